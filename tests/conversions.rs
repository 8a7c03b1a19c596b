//! Currency conversions in Japanese, Chinese and English: every detection form and every check.

mod common;
use figlint::config::Config;
use figlint::corpus::Corpus;
use figlint::load::{self, Format};

fn corpus(texts: &[&str]) -> Corpus {
    let docs = texts
        .iter()
        .enumerate()
        .map(|(i, t)| load::parse(format!("c{i}.md"), t.to_string(), Format::Markdown).0)
        .collect();
    Corpus::from_documents(docs, &Config::shipped().vocabulary())
}

fn pairs(text: &str) -> Vec<(String, f64)> {
    corpus(&[text])
        .conversions
        .iter()
        .map(|c| (c.pair(), (c.rate * 100.0).round() / 100.0))
        .collect()
}

fn findings(texts: &[&str]) -> Vec<(String, String, Vec<String>)> {
    let (c, _, f) = common::check_texts(texts, &Config::shipped());
    f.iter()
        .map(|f| (f.rule.clone(), f.message.clone(), common::texts_of(&c, f)))
        .collect()
}

#[test]
fn every_detection_form() {
    // Japanese: full-width and ASCII brackets, 日本円にして after a comma.
    assert_eq!(
        pairs("総額は40億ドル（約6,000億円）だ。"),
        vec![("USD/JPY".into(), 150.0)]
    );
    assert_eq!(
        pairs("総額は40億ドル(約6,000億円)だ。"),
        vec![("USD/JPY".into(), 150.0)]
    );
    assert_eq!(
        pairs("総額は40億ドル、日本円にして約6,000億円だ。"),
        vec![("USD/JPY".into(), 150.0)]
    );
    // Chinese: 约合 in brackets, and after a comma.
    assert_eq!(
        pairs("投资额为20亿美元（约合144亿元人民币）。"),
        vec![("USD/CNY".into(), 7.2)]
    );
    assert_eq!(
        pairs("投资额为20亿美元，约合144亿元。"),
        vec![("USD/CNY".into(), 7.2)]
    );
    // English: about, equivalent to.
    assert_eq!(
        pairs("It raised $3 billion (about ¥450 billion) last year."),
        vec![("USD/JPY".into(), 150.0)]
    );
    assert_eq!(
        pairs("It raised €2 billion, equivalent to $2.2 billion."),
        vec![("EUR/USD".into(), 1.1)]
    );
    // A range restated as a range: one conversion per end.
    assert_eq!(
        pairs("費用は60億ドルから70億ドル（約9,000億円から1兆500億円）だ。"),
        vec![("USD/JPY".into(), 150.0), ("USD/JPY".into(), 150.0)]
    );
    // Not conversions: the same currency, a percentage, two amounts in a list.
    assert!(pairs("売上は500億円（前年は450億円）だった。").is_empty());
    assert!(pairs("シェアは30%（約2億ドル）だった。").is_empty());
    assert!(pairs("A社は5億ドル、B社は700億円を投じた。").is_empty());
    // A stated rate after the converted amount is not a conversion of its own.
    assert_eq!(
        pairs("市場は710億ドル（約11兆円、1ドル150円換算）に達する。").len(),
        1
    );
}

#[test]
fn the_same_amount_converted_twice_in_one_article() {
    let f = findings(&[
        "総額300億ドル（約4兆5,180億円）のうち、300億ドル（約4兆5,900億円）が新規だ。\n",
    ]);
    assert!(
        f.iter().any(|(r, _, _)| r == "conversion-same-amount"),
        "{f:?}"
    );
    // In English, within rounding, it is the same conversion.
    let f = findings(&["It costs $30 billion (about ¥4.5 trillion); the $30 billion (about ¥4.5 trillion) is new.\n"]);
    assert!(f.is_empty(), "{f:?}");
}

#[test]
fn the_same_amount_across_articles_of_one_month() {
    let a =
        "---\ndate: 2025-07-01\n---\n\nトヨタは新工場に80億ドル（約1兆2,000億円）を投資する。\n";
    let b =
        "---\ndate: 2025-07-20\n---\n\nトヨタは新工場に80億ドル（約1兆4,000億円）を投資する。\n";
    let f = findings(&[a, b]);
    assert!(
        f.iter().any(|(r, _, _)| r == "conversion-same-amount"),
        "{f:?}"
    );
    // Another month: writers convert at another rate; not compared.
    let c =
        "---\ndate: 2025-09-20\n---\n\nトヨタは新工場に80億ドル（約1兆4,000億円）を投資する。\n";
    let f = findings(&[a, c]);
    assert!(
        !f.iter().any(|(r, _, _)| r == "conversion-same-amount"),
        "{f:?}"
    );
    // The same amount about another company is another event: not compared.
    let d =
        "---\ndate: 2025-07-20\n---\n\nソニーは新工場に80億ドル（約1兆4,000億円）を投資する。\n";
    let f = findings(&[a, d]);
    assert!(
        !f.iter().any(|(r, _, _)| r == "conversion-same-amount"),
        "{f:?}"
    );
    // Dated by the text to different months of one year: two events, not compared.
    let jan = "---\ndate: 2025-07-01\n---\n\nトヨタは2025年1月に新工場へ80億ドル（約1兆2,000億円）を投資した。\n";
    let jun = "---\ndate: 2025-07-20\n---\n\nトヨタは2025年6月に新工場へ80億ドル（約1兆4,000億円）を投資した。\n";
    let f = findings(&[jan, jun]);
    assert!(
        !f.iter().any(|(r, _, _)| r == "conversion-same-amount"),
        "{f:?}"
    );
    // The same month: compared.
    let jun2 = jun
        .replace("2025-07-20", "2025-07-25")
        .replace("1兆4,000億円", "1兆2,000億円");
    let f = findings(&[jun, &jun2]);
    assert!(
        f.iter().any(|(r, _, _)| r == "conversion-same-amount"),
        "{f:?}"
    );
}

#[test]
fn a_rate_out_of_line_with_the_article() {
    let text = "---\ndate: 2025-07-10\n---\n\n工場に100億ドル（約1兆5,000億円）、研究に20億ドル（約3,000億円）、販売に40億ドル（約6,400億円）を充てる。\n";
    let f = findings(&[text]);
    let hit = f
        .iter()
        .find(|(r, _, _)| r == "conversion-article-rate")
        .expect("article rate");
    // The converted amount first, its source second.
    assert_eq!(
        hit.2[..2],
        ["約6,400億円".to_string(), "40億ドル".to_string()]
    );
    assert!(
        hit.1.contains("160.0 円/$") && hit.1.contains("150.0 円/$"),
        "{}",
        hit.1
    );
}

#[test]
fn a_rate_far_from_the_reference_of_the_article_month() {
    // CNY/JPY averaged about 20.5 in July 2025 (ECB); 1.5兆円 for 1500億元 is 10, the rate of
    // no month of the five years before.
    let f = findings(&["---\ndate: 2025-07-10\n---\n\n中国は1500億元（約1.5兆円）を投じる。\n"]);
    let hit = f
        .iter()
        .find(|(r, _, _)| r == "conversion-reference-rate")
        .expect("reference rate");
    assert!(
        hit.1.contains("10.00 円/元") && hit.1.contains("ECB monthly average 2025-07"),
        "{}",
        hit.1
    );
    // Chinese and English articles are checked the same way.
    let f = findings(&[
        "---\ndate: 2025-07-10\nlang: zh\n---\n\n出口额为10亿美元（约合50亿元人民币）。\n",
    ]);
    assert!(
        f.iter().any(|(r, _, _)| r == "conversion-reference-rate"),
        "{f:?}"
    );
    let f = findings(&["---\ndate: 2025-07-10\nlang: en\n---\n\nThe deal is worth $1 billion (about ¥100 billion).\n"]);
    assert!(
        f.iter().any(|(r, _, _)| r == "conversion-reference-rate"),
        "{f:?}"
    );
    // At the month's rate, nothing; and an undated article is not checked.
    assert!(findings(&[
        "---\ndate: 2025-07-10\n---\n\n中国は1500億元（約3兆800億円）を投じる。\n"
    ])
    .is_empty());
    assert!(findings(&["中国は1500億元（約2.5兆円）を投じる。\n"]).is_empty());
}

#[test]
fn an_earlier_year_named_in_the_sentence_allows_that_years_rate() {
    // 2021: USD/JPY averaged about 110. Converted at the time's rate, in an article of 2025.
    let text = "---\ndate: 2025-07-10\n---\n\n同社は2021年に10億ドル（約1,100億円）を調達した。\n";
    assert!(findings(&[text]).is_empty());
}

#[test]
fn a_year_named_after_the_amount_or_in_the_sentence_before_dates_the_conversion() {
    // 2021: about 1,100–1,190 won to the dollar; the article is of late 2025 (about 1,400).
    let after = "---\ndate: 2025-09-10\n---\n\n政府は100兆ウォン（約874億ドル）の計画を2021年に発表した。\n";
    assert!(findings(&[after]).is_empty(), "{:?}", findings(&[after]));
    // Early 2025, named in the sentence before: EUR/USD was about 1.04 (1.16 by October).
    let before = "---\ndate: 2025-10-15\n---\n\nその計画は2025年初頭に発表された。総額は約2,000億ユーロ（約2,090億ドル）に上る。\n";
    assert!(findings(&[before]).is_empty(), "{:?}", findings(&[before]));
    // Undated, the same conversion is judged at the article's month: a stale rate, that of
    // February 2025.
    let undated = "---\ndate: 2025-10-15\n---\n\n総額は約2,000億ユーロ（約2,090億ドル）に上る。\n";
    assert!(
        findings(&[undated])
            .iter()
            .any(|f| f.0 == "conversion-stale-rate" && f.1.contains("the rate of 2025-02")),
        "{:?}",
        findings(&[undated])
    );
}

#[test]
fn a_bare_dollar_in_an_article_about_another_dollar_is_not_judged() {
    // The article names NZドル: its bare ドル may be New Zealand dollars (about 88 円).
    let nz = "---\ndate: 2025-09-10\n---\n\n同国はAI研究に7000万ドル（約62億円）を投じる。予算はNZドル建てだ。\n";
    assert!(findings(&[nz]).is_empty(), "{:?}", findings(&[nz]));
    // Without another dollar in sight, ドル is the US dollar and 88 円 is far off.
    let us = "---\ndate: 2025-09-10\n---\n\n同国はAI研究に7000万ドル（約62億円）を投じる。\n";
    assert!(!findings(&[us]).is_empty());
}

#[test]
fn a_bare_dollar_is_the_dollar_named_or_whose_country_is_named_nearby() {
    let judged = |text: &str| -> Vec<(String, bool)> {
        corpus(&[text])
            .conversions
            .iter()
            .map(|c| (c.pair(), c.judged()))
            .collect()
    };
    // The sentence before names the New Zealand dollar.
    let named = "---\ndate: 2025-09-10\n---\n\n政府は7000万NZドルの基金を作った。同国はさらに7000万ドル（約62億円）を投じる。\n";
    assert_eq!(judged(named), [("NZD/JPY".to_string(), true)]);
    assert!(findings(&[named]).is_empty(), "{:?}", findings(&[named]));
    // The article names the Australian dollar; the sentence names Australia.
    let country = "---\ndate: 2025-09-10\n---\n\n予算は豪ドル建てで組まれた。\n\n今年、オーストラリア政府は5000万ドル（約50億円）を投じる。\n";
    assert_eq!(judged(country), [("AUD/JPY".to_string(), true)]);
    // The sentence names the United States in an article that also names the Hong Kong dollar.
    let us = "---\ndate: 2025-09-10\n---\n\n香港ドルは米ドルに連動する。\n\n米国の企業は1億ドル（約148億円）を投じた。\n";
    assert_eq!(judged(us), [("USD/JPY".to_string(), true)]);
    // Nothing near says which: kept, shown, but not judged by any rule.
    let unsaid = "---\ndate: 2025-09-10\n---\n\n予算は豪ドル建てだ。\n\n研究所は5000万ドル（約20億円）を受け取った。\n";
    let c = corpus(&[unsaid]);
    assert_eq!(c.conversions.len(), 1);
    assert!(!c.conversions[0].judged());
    assert!(
        c.conversions[0]
            .unresolved
            .as_deref()
            .unwrap()
            .contains("AUD"),
        "{:?}",
        c.conversions[0].unresolved
    );
    assert!(findings(&[unsaid]).is_empty(), "{:?}", findings(&[unsaid]));
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a.md"), unsaid).unwrap();
    let out = assert_cmd::Command::cargo_bin("figlint")
        .unwrap()
        .args(["check", "--verbose", "--no-cache"])
        .arg(dir.path())
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("a.md:7: 5000万ドル not judged") && err.contains("AUD"),
        "{err}"
    );
}

#[test]
fn a_house_rate_in_config_is_the_reference() {
    let mut config = Config::shipped();
    config
        .merge(
            "figlint.yaml",
            "rates:\n  - pair: USD/JPY\n    rate: 100\n    source: house rate\n",
        )
        .unwrap();
    let (_, _, f) = common::check_texts(
        &["---\ndate: 2025-07-10\n---\n\n総額は40億ドル（約6,000億円）だ。\n"],
        &config,
    );
    assert!(
        f.iter()
            .any(|f| f.rule == "conversion-reference-rate" && f.message.contains("house rate")),
        "{:?}",
        f.iter().map(|f| &f.message).collect::<Vec<_>>()
    );
}

#[test]
fn a_rate_far_from_the_corpus_median() {
    // Eight conversions in three articles of one month at 150, and one at 120.
    let good = |n: usize| {
        format!("---\ndate: 2025-07-0{n}\n---\n\nA社に10億ドル（約1,500億円）、B社に20億ドル（約3,000億円）、C社に30億ドル（約4,500億円）を投じる。\n")
    };
    let bad = "---\ndate: 2025-07-09\n---\n\nD社に50億ドル（約6,000億円）を投じる。\n";
    let (a, b, c) = (good(1), good(2), good(3));
    let mut config = Config::shipped();
    // Only the corpus rule, so that the reference rule does not take the finding.
    config
        .merge(
            "figlint.yaml",
            "rules:\n  - id: conversion-reference-rate\n    enabled: false\n  - id: conversion-stale-rate\n    enabled: false\n",
        )
        .unwrap();
    let (_, _, f) = common::check_texts(&[&a, &b, &c, bad], &config);
    let hit = f
        .iter()
        .find(|f| f.rule == "conversion-corpus-rate")
        .expect("corpus rate");
    assert!(
        hit.message.contains("120.0 円/$") && hit.message.contains("150.0 円/$"),
        "{}",
        hit.message
    );
}

#[test]
fn an_undated_conversion_at_an_old_rate_is_stale_and_says_when() {
    // USD/JPY was about 114-115 in early 2022 and about 147 in July 2025.
    let text = "---\ndate: 2025-07-10\n---\n\n同社は5000万ドル（日本円で約57億円）を調達した。\n";
    let f = findings(&[text]);
    assert_eq!(f.len(), 1, "{f:?}");
    assert_eq!(f[0].0, "conversion-stale-rate");
    assert!(
        f[0].1.contains("the rate of 2022-") && f[0].1.contains("2025-07"),
        "{}",
        f[0].1
    );
    // Dated by its sentence, the same conversion is right for its time.
    let dated = "---\ndate: 2025-07-10\n---\n\n同社は2022年初めに5000万ドル（日本円で約57億円）を調達した。\n";
    assert!(findings(&[dated]).is_empty(), "{:?}", findings(&[dated]));
    // With the stale-rate rule off, the reference-rate rule reports it as off the reference.
    let mut config = Config::shipped();
    config
        .merge(
            "figlint.yaml",
            "rules:\n  - id: conversion-stale-rate\n    enabled: false\n",
        )
        .unwrap();
    let (_, _, f) = common::check_texts(&[text], &config);
    let rules: Vec<&str> = f.iter().map(|f| f.rule.as_str()).collect();
    assert_eq!(rules, ["conversion-reference-rate"]);
}

#[test]
fn a_majority_at_an_old_rate_is_no_yardstick() {
    // Three conversions at the 2023 rate of about 140 and one accurate at July 2025's 147:
    // the accurate one is not the one out of line.
    let text = "---\ndate: 2025-07-10\n---\n\nA社に10億ドル（約1,400億円）、B社に20億ドル（約2,800億円）、C社に30億ドル（約4,200億円）、D社に50億ドル（約7,350億円）を投じる。\n";
    let f = findings(&[text]);
    assert!(
        !f.iter()
            .any(|(r, _, at)| r == "conversion-article-rate" && at[0] == "約7,350億円"),
        "{f:?}"
    );
}
