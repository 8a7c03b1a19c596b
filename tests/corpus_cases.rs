//! Contradictions of the kinds found in the real corpus (../shared/corpora/allforces), rewritten
//! in our own words and figures, with the near-misses figlint must stay quiet about.

mod common;
use figlint::config::Config;

fn fm(date: &str) -> String {
    format!("---\ntitle: t\ndate: {date}\n---\n\n")
}

fn rules_for(texts: &[String]) -> Vec<(String, Vec<String>)> {
    let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
    let (corpus, _, findings) = common::check_texts(&refs, &Config::shipped());
    findings
        .iter()
        .map(|f| (f.rule.clone(), common::texts_of(&corpus, f)))
        .collect()
}

fn assert_flags(texts: &[String], rule: &str, values: &[&str]) {
    let found = rules_for(texts);
    assert!(
        found
            .iter()
            .any(|(r, t)| r == rule && values.iter().all(|v| t.iter().any(|x| x == v))),
        "expected {rule} with {values:?}, got {found:?}"
    );
}

/// Exactly one finding, of `rule`, naming every one of `values`.
fn assert_only(texts: &[String], rule: &str, values: &[&str]) {
    let found = rules_for(texts);
    assert!(
        found.len() == 1
            && found[0].0 == rule
            && values.iter().all(|v| found[0].1.iter().any(|x| x == v)),
        "expected only {rule} with {values:?}, got {found:?}"
    );
}

fn assert_quiet(texts: &[String]) {
    let found = rules_for(texts);
    assert!(found.is_empty(), "expected no finding, got {found:?}");
}

#[test]
fn a_slipped_decimal_point_in_one_post() {
    // One post says 215.4億ドル where every other says 2154億ドル.
    let a = fm("2026-02-01")
        + "Acme Roboticsは、2026年には2154億ドルものAI設備投資計画を発表している。\n";
    let b = fm("2026-03-01")
        + "さらに、Acme Roboticsが2026年に215.4億ドルものAI設備投資を計画している。\n";
    assert_flags(
        &[a, b],
        "contradiction-across-articles",
        &["215.4億ドル", "2154億ドル"],
    );
}

#[test]
fn two_market_sizes_for_the_same_year() {
    let a = fm("2025-10-01")
        + "量子センサー市場は2025年には3,120億ドル規模に達すると調査会社が予測している。\n";
    let b = fm("2026-01-10") + "特に、量子センサー市場は2025年に480億ドル規模となる見込みだ。\n";
    assert_flags(
        &[a, b],
        "contradiction-across-articles",
        &["3,120億ドル", "480億ドル"],
    );
}

#[test]
fn a_run_rate_by_year_end_is_not_the_years_revenue() {
    // 「年末までに年間90億ドル」 is the yearly pace reached by December (a run-rate); the
    // year's revenue is what was earned in it. They are different measures.
    let a = fm("2025-11-02")
        + "現在のZeta Labsは、2025年末までに年間約90億ドルの収益を達成すると予測されている。\n";
    let b = fm("2026-02-18") + "Zeta Labsは、2025年には年間売上60億ドルを見込む。\n";
    assert_quiet(&[a, b]);
    // Two run-rates for the same year-end do contradict each other.
    let a = fm("2025-11-02")
        + "現在のZeta Labsは、2025年末までに年間約90億ドルの収益を達成すると予測されている。\n";
    let c = fm("2025-12-01") + "Zeta Labsは、2025年末までに年間140億ドルの収益に達する見込みだ。\n";
    assert_flags(
        &[a, c],
        "contradiction-across-articles",
        &["約90億ドル", "140億ドル"],
    );
}

#[test]
fn two_growth_rates_to_the_same_year() {
    let a = fm("2026-02-20")
        + "清掃ロボット市場は、2030年までに年平均成長率19%で成長すると予測されている。\n";
    let b =
        fm("2026-02-28") + "清掃ロボット市場は、2030年には年平均成長率33%で拡大する見通しだ。\n";
    assert_flags(&[a, b], "contradiction-across-articles", &["19%", "33%"]);
}

#[test]
fn this_year_resolves_against_the_article_date() {
    // "今年" in a post dated 2025 is 2025.
    let a =
        fm("2025-08-29") + "Orbital Cloudは、2025年に620億ドルという設備投資予算を確保している。\n";
    let b = fm("2025-09-07") + "Orbital Cloudは、今年410億ドルを投資する計画を発表した。\n";
    assert_flags(
        &[a, b],
        "contradiction-across-articles",
        &["620億ドル", "410億ドル"],
    );
}

#[test]
fn a_headline_against_its_body() {
    let a = "---\ntitle: \"仙台のAI産業が40%成長\"\ndate: 2025-06-01\n---\n\n仙台のAI産業は2024年に17%の成長を記録した。\n".to_string();
    assert_flags(&[a], "contradiction-in-article", &["40%", "17%"]);
}

#[test]
fn quiet_about_other_years_scopes_bounds_and_rounding() {
    // Another year.
    assert_quiet(&[
        fm("2025-10-01") + "量子センサー市場は2025年には3,120億ドル規模に達する。\n",
        fm("2025-10-02") + "量子センサー市場は2030年には9,800億ドル規模に達する。\n",
    ]);
    // Another scope: a city against its country.
    assert_quiet(&[
        fm("2025-10-01") + "福岡のAI産業は2024年に3,500億円の規模に達した。\n",
        fm("2025-10-02") + "日本全体のAI産業は2024年に7兆円の規模に達した。\n",
    ]);
    // A bound the other value satisfies.
    assert_quiet(&[
        fm("2025-10-01") + "福岡のAI産業は2024年に20%以上成長した。\n",
        fm("2025-10-02") + "福岡のAI産業の2024年の成長率は24%だった。\n",
    ]);
    // Rounding.
    assert_quiet(&[
        fm("2025-10-01") + "Zeta Labsの2024年の売上高は558万ドルだった。\n",
        fm("2025-10-02") + "Zeta Labsの2024年の売上高は600万ドルだった。\n",
    ]);
    // Another metric.
    assert_quiet(&[
        fm("2025-10-01") + "Zeta Labsの2024年の売上高は558万ドルだった。\n",
        fm("2025-10-02") + "Zeta Labsの2024年の純利益は90万ドルだった。\n",
    ]);
}

/// An article with a title as well as a date.
fn titled(date: &str, title: &str) -> String {
    format!("---\ntitle: \"{title}\"\ndate: {date}\n---\n\n")
}

#[test]
fn a_world_scope_meets_however_it_is_written() {
    // 世界の / グローバルな, and two spellings of generative AI, are one subject.
    let a = fm("2025-10-01") + "世界の生成AI市場は2030年に1,200億ドルに達すると予測されている。\n";
    let b = fm("2025-11-01")
        + "グローバルなジェネレーティブAI市場は、2030年には3,400億ドルに達する見込みだ。\n";
    assert_flags(
        &[a, b],
        "contradiction-across-articles",
        &["1,200億ドル", "3,400億ドル"],
    );
    // A narrower scope stays apart: Japan's market is not the world's.
    let a = fm("2025-10-01") + "世界の生成AI市場は2030年に1,200億ドルに達すると予測されている。\n";
    let c = fm("2025-11-01") + "日本の生成AI市場は2030年に120億ドルに達すると予測されている。\n";
    assert_quiet(&[a, c]);
}

#[test]
fn estimates_of_two_named_sources_do_not_contradict() {
    let a = fm("2025-10-01")
        + "IDCによると、量子センサー市場は2027年に500億円に達すると予測されている。\n";
    let b = fm("2025-11-01")
        + "ガートナーによれば、量子センサー市場は2027年に800億円に達する見込みだ。\n";
    // They are shown as two sources' estimates (severity info), and only so.
    assert_only(&[a, b], "sources-disagree", &["500億円", "800億円"]);
    // Without a second source they do.
    let a = fm("2025-10-01")
        + "IDCによると、量子センサー市場は2027年に500億円に達すると予測されている。\n";
    let c = fm("2025-11-01") + "量子センサー市場は2027年に800億円に達する見込みだ。\n";
    assert_flags(
        &[a, c],
        "contradiction-across-articles",
        &["500億円", "800億円"],
    );
}

#[test]
fn two_estimates_beside_a_contradiction_are_one_finding() {
    // 500 and 800 are two firms' estimates; the uncredited 90 contradicts both. The conflict
    // is reported once, by the contradiction, which lists all three values with their sources.
    let a = fm("2025-10-01")
        + "IDCによると、量子センサー市場は2027年に500億円に達すると予測されている。\n";
    let b = fm("2025-11-01")
        + "ガートナーによれば、量子センサー市場は2027年に800億円に達する見込みだ。\n";
    let c = fm("2025-12-01") + "量子センサー市場は2027年に90億円に達する見込みだ。\n";
    assert_only(
        &[a, b, c],
        "contradiction-across-articles",
        &["500億円", "800億円", "90億円"],
    );
}

#[test]
fn one_undated_event_told_with_other_amounts_weeks_apart() {
    // The same news item (who invests in what), told without a year in posts weeks apart.
    let a = fm("2025-12-01") + "先日、ホンダが水素AI分野に200億円を投資すると発表した。\n";
    let b = fm("2026-01-15") + "ホンダが水素AIに2000億円も投資するという話には驚いた。\n";
    assert_flags(
        &[a.clone(), b],
        "contradiction-across-articles",
        &["200億円", "2000億円"],
    );
    // Months apart it may be another investment; and another recipient is another event.
    let late = fm("2026-09-15") + "ホンダが水素AIに2000億円も投資するという話には驚いた。\n";
    assert_quiet(&[a.clone(), late]);
    let other = fm("2026-01-15") + "ホンダが電池工場に2000億円を投資するという。\n";
    assert_quiet(&[a, other]);
}

#[test]
fn a_valuation_stated_twice_in_one_article() {
    let a = fm("2025-09-24")
        + "Nova Roboticsの評価額は45億ドルに達した。\n\n報道によれば、Nova Roboticsが5億ドルを調達し、評価額が450億ドルになったという。\n";
    assert_flags(&[a], "contradiction-in-article", &["45億ドル", "450億ドル"]);
}

#[test]
fn a_year_prefix_frames_a_title_and_does_not_date_its_figure() {
    // 「2026年…」 opens most titles of some blogs; the figure after it is the body's.
    let a = titled("2025-09-24", "2026年Nova Labsの評価額12億ドル、その真意")
        + "Nova Labsの評価額は120億ドルとなった。\n";
    assert_flags(&[a], "contradiction-in-article", &["12億ドル", "120億ドル"]);
    // A body figure of another year is another matter.
    let b = titled("2025-09-24", "2026年Nova Labsの評価額12億ドル、その真意")
        + "2024年、Nova Labsの評価額は3億ドルだった。\n";
    assert_quiet(&[b]);
}

#[test]
fn compound_rates_over_different_spans_are_not_compared() {
    let a = fm("2025-09-03")
        + "ある予測では、車載AI市場は2025年から2030年まで15%のCAGRで成長するとされる。\n\n別の予測では、車載AI市場は2025年から2033年にかけて25%のCAGRで成長するという。\n";
    assert_quiet(&[a]);
}

#[test]
fn a_subject_left_unsaid_continues_from_the_sentence_before() {
    // The second sentence drops its subject: it is still Lumen AI's revenue.
    let a = fm("2025-05-01")
        + "Lumen AIの売上高は2023年に90億円だった。2024年の売上高は180億円に達した。\n";
    let b = fm("2025-06-01") + "Lumen AIの2024年の売上高は240億円だった。\n";
    assert_flags(
        &[a, b],
        "contradiction-across-articles",
        &["180億円", "240億円"],
    );
    // A sentence that names another market is about that market, not the one before.
    let c = fm("2025-05-01")
        + "量子AI市場全体は2025年に900億円に達する。量子センサー市場に絞っても、2025年には300億円に達する。\n";
    let d = fm("2025-06-01") + "量子AI市場全体は2025年に900億円に達する見込みだ。\n";
    assert_quiet(&[c, d]);
}

#[test]
fn an_amount_that_goes_on_from_a_claim_continues_its_measure() {
    // 「…に達し、2024年には…を突破」, 「2023年の…から2026年には…」 and a next sentence that
    // names nothing: each is the same market's size, for its own year.
    let a = fm("2025-05-01")
        + "国内の配膳ロボット市場は2023年に400億円に達し、2024年には500億円に拡大する見込みだ。

国内の配膳ロボット市場は2023年の400億円から2026年には900億円に拡大する。2028年には1,200億円に達するという。
";
    let b = fm("2025-06-01")
        + "国内の配膳ロボット市場は2024年に350億円に達した。国内の配膳ロボット市場は2028年に2,400億円と予測される。
";
    assert_flags(
        &[a.clone(), b.clone()],
        "contradiction-across-articles",
        &["500億円", "350億円"],
    );
    assert_flags(
        &[a, b],
        "contradiction-across-articles",
        &["1,200億円", "2,400億円"],
    );
    // An amount that names another thing after it, a listed other item, or a rate is not a
    // continuation (「45億円ものコスト削減」, 「や…からの」, 「1ドル150円換算」).
    let c = fm("2025-05-01")
        + "配膳ロボット大手のA社はロボットに5億円を投資し、同時に45億円ものコスト削減を目指す。
";
    let d = fm("2025-06-01")
        + "配膳ロボット大手のA社はロボットに5億円を投資する。
";
    assert_quiet(&[c, d]);
}

#[test]
fn a_size_with_no_place_is_the_worlds_and_a_framing_qualifier_narrows_nothing() {
    // 「量子センサーは…規模」 says no 市場 but is the same (world) market's size.
    let a = fm("2025-05-01")
        + "世界の量子センサー市場は2030年までに78億ドル規模になると見込まれる。
";
    let b = fm("2025-06-01")
        + "量子センサーは2030年には7.8億ドル規模に成長するという。
";
    assert_flags(
        &[a, b],
        "contradiction-across-articles",
        &["78億ドル", "7.8億ドル"],
    );
    // 「AI設備投資予測で」 names the measure; it is no narrower subject.
    let c = fm("2026-02-01")
        + "Acme Roboticsは2026年のAI設備投資予測で1,150億ドルを掲げた。
";
    let d = fm("2026-02-10")
        + "Acme Roboticsは2026年に1,750億ドルのAI設備投資を計画している。
";
    assert_flags(
        &[c, d],
        "contradiction-across-articles",
        &["1,150億ドル", "1,750億ドル"],
    );
    // A country's market stays apart from the world's.
    let e = fm("2025-06-01")
        + "国内の量子センサー市場は2030年に7.8億ドル規模に成長するという。
";
    let f = fm("2025-05-01")
        + "世界の量子センサー市場は2030年までに78億ドル規模になると見込まれる。
";
    assert_quiet(&[e, f]);
}

#[test]
fn an_undated_revenue_or_round_restated_weeks_apart_with_a_slipped_digit() {
    // Undated, articles three weeks apart: 350 against 3,500 is a slipped digit.
    let a = fm("2026-03-01")
        + "Acme Roboticsは年間売上350億ドル以上を誇る。
";
    let b = fm("2026-03-20")
        + "Acme Roboticsは年間売上3,500億ドル以上を誇る巨大企業だ。
";
    assert_flags(
        &[a.clone(), b],
        "contradiction-across-articles",
        &["350億ドル以上", "3,500億ドル以上"],
    );
    // Twice as much is a round that grew or a result that moved on; months apart, too.
    let c = fm("2026-03-10")
        + "Acme Roboticsは年間売上700億ドル以上を誇る。
";
    assert_quiet(&[a.clone(), c]);
    let d = fm("2026-07-20")
        + "Acme Roboticsは年間売上3,500億ドル以上を誇る巨大企業だ。
";
    assert_quiet(&[a, d]);
}

#[test]
fn growth_rates_the_articles_own_values_do_not_give() {
    let flagged = |text: String| -> Vec<String> {
        rules_for(&[text])
            .into_iter()
            .filter(|(r, _)| r == "growth-arithmetic")
            .flat_map(|(_, t)| t)
            .collect()
    };
    // A series copied from a larger market, its rate kept: 52 → 610 is 63%/yr, not 28%.
    let a = fm("2026-02-01")
        + "量子センサー市場は2025年時点で52億ドル規模に達し、2030年には610億ドル（年平均成長率28%）に拡大すると見込まれている。\n";
    let got = flagged(a);
    assert!(
        ["52億ドル", "610億ドル", "28%"]
            .iter()
            .all(|v| got.iter().any(|t| t == v)),
        "{got:?}"
    );
    // A year-on-year rise that the year before's value does not give (5,600 → 7,000 is 25%).
    let b = fm("2026-02-01")
        + "国内の配膳ロボット市場は2024年に5,600億円に上った。2025年の国内の配膳ロボット市場は前年比40%増の7,000億円となった。\n";
    let got = flagged(b);
    assert!(got.iter().any(|t| t == "40%"), "{got:?}");
    // The same rates with values that fit are quiet.
    let c = fm("2026-02-01")
        + "量子センサー市場は2025年時点で52億ドル規模に達し、2030年には180億ドル（年平均成長率28%）に拡大すると見込まれている。国内の配膳ロボット市場は2024年に5,600億円に上った。2025年の国内の配膳ロボット市場は前年比25%増の7,000億円となった。\n";
    assert!(flagged(c).is_empty());
}

#[test]
fn one_estimate_among_others_and_one_more_tranche_are_not_contradictions() {
    // 「別のレポートでは」: the writer presents another estimate, not the figure.
    let a = fm("2025-10-20") + "2024年の中国の量子産業の規模は7,000億元に達した。\n";
    let b =
        fm("2025-11-09") + "別のレポートでは、2024年の中国の量子産業の規模は7470億元とされる。\n";
    assert_quiet(&[a, b]);
    // 「40億ドルの追加投資」 is one more tranche; 80億ドル was the whole.
    let c = fm("2025-12-04") + "ノヴァ社はOrbit AIに80億ドルを投資した。\n";
    let d = fm("2025-12-06") + "ノヴァ社はOrbit AIに40億ドルの追加投資を行った。\n";
    assert_quiet(&[c, d]);
}

#[test]
fn an_acquisition_price_is_compared_by_the_company_acquired_whenever_stated() {
    // One article dates the deal, the other does not; the acquirer is named in one only.
    let a = format!(
        "{}2022年に北斗テックを48億ドルで買収し、音声技術を強化した。\n",
        fm("2025-03-01")
    );
    let b = format!(
        "{}青葉電機は約31億ドルという巨額を投じて北斗テックを買収した。\n",
        fm("2025-11-20")
    );
    assert_flags(
        &[a.clone(), b],
        "contradiction-across-articles",
        &["48億ドル", "約31億ドル"],
    );
    // The same price written another way, and another company's price, stay quiet.
    let c = format!(
        "{}青葉電機は北斗テックを約48億ドルで買収した。\n",
        fm("2025-11-20")
    );
    let d = format!(
        "{}青葉電機は南星ソフトを31億ドルで買収した。\n",
        fm("2025-11-20")
    );
    assert_quiet(&[a.clone(), c]);
    assert_quiet(&[a, d]);
}

#[test]
fn a_latin_place_word_inside_a_name_is_not_a_place() {
    // "us" in "Semrush"-like names is no United States: the name keeps its letters and no
    // scope, so two statements about the company meet.
    let a = format!(
        "{}Brushwoodの2024年の売上高は12億ドルだった。\n",
        fm("2025-03-01")
    );
    let b = format!(
        "{}Brushwoodの2024年の売上高は19億ドルだった。\n",
        fm("2025-04-01")
    );
    assert_flags(
        &[a, b],
        "contradiction-across-articles",
        &["12億ドル", "19億ドル"],
    );
}

#[test]
fn a_figure_after_an_amount_takes_the_amounts_subject_not_the_amount() {
    let text = format!(
        "{}北辰ロボット市場は2025年に240億ドルに達し、2030年には827億ドル（年平均成長率28%）まで拡大すると予測されている。\n",
        fm("2025-06-01")
    );
    let (corpus, claims, _) = common::check_texts(&[&text], &Config::shipped());
    let of = |t: &str| {
        claims
            .iter()
            .find(|c| {
                let f = &corpus.figures[c.figure];
                corpus.docs[f.doc].slice(f.offset, f.length) == t
            })
            .unwrap_or_else(|| panic!("no claim for {t}: {claims:?}"))
    };
    assert_eq!(of("28%").subject, of("240億ドル").subject);
    assert_eq!(of("28%").metric, "cagr");
}

#[test]
fn a_market_named_without_a_place_is_the_worlds() {
    let world = format!(
        "{}世界の量子センサー市場は2025年に500億ドルに達すると予測されている。\n",
        fm("2025-03-01")
    );
    let bare = format!(
        "{}量子センサー市場は2025年に700億ドルに達する見込みだ。\n",
        fm("2025-04-01")
    );
    let whole = format!(
        "{}量子センサー市場全体は2025年に700億ドルに達する見込みだ。\n",
        fm("2025-04-01")
    );
    let domestic = format!(
        "{}国内の量子センサー市場は2025年に700億ドルに達する見込みだ。\n",
        fm("2025-04-01")
    );
    let china = format!(
        "{}中国全体の量子センサー市場は2025年に700億ドルに達する見込みだ。\n",
        fm("2025-04-01")
    );
    for other in [bare, whole] {
        assert_flags(
            &[world.clone(), other],
            "contradiction-across-articles",
            &["500億ドル", "700億ドル"],
        );
    }
    assert_quiet(&[world.clone(), domestic]);
    assert_quiet(&[world, china]);
}

#[test]
fn a_compound_rate_to_a_year_meets_a_rate_over_a_span_ending_then() {
    let span = format!(
        "{}量子センサー市場全体は2024年から2030年にかけて年平均成長率37%で成長すると予測されている。\n",
        fm("2025-03-01")
    );
    let to_year = format!(
        "{}世界の量子センサー市場は2030年までに年平均成長率29%で拡大する見込みだ。\n",
        fm("2025-06-01")
    );
    let other_span = format!(
        "{}量子センサー市場は2025年から2030年にかけて年平均成長率29%で成長する見込みだ。\n",
        fm("2025-06-01")
    );
    assert_flags(
        &[span.clone(), to_year],
        "contradiction-across-articles",
        &["37%", "29%"],
    );
    // Two spans stated in full are two different rates.
    assert_quiet(&[span, other_span]);
}

#[test]
fn hundreds_of_values_for_one_key_make_one_finding() {
    // A generated list of 300 different revenues for one company and year: one finding, on
    // the values stated most, rather than a comparison of every value with every other.
    let mut text = fm("2025-01-01");
    for i in 0..300 {
        text.push_str(&format!(
            "北辰テックの2024年の売上高は{}億円だった。\n\n",
            1000 + i * 7
        ));
    }
    let found = rules_for(&[text]);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].0, "contradiction-in-article");
}

#[test]
fn a_versioned_models_score_is_one_value_in_every_article_dated_or_not() {
    // Three posts give Zeta-4o's MMLU as 86.1; a fourth gives it the score of another model.
    let stated = |date: &str| fm(date) + "Zeta-4oはMMLUで86.1というスコアを記録した。\n";
    let odd = fm("2026-03-20") + "比較すると、某大手AI企業のZeta-4oは、MMLUで90.4を示している。\n";
    assert_flags(
        &[
            stated("2026-01-05"),
            stated("2026-02-05"),
            stated("2026-03-05"),
            odd,
        ],
        "contradiction-across-articles",
        &["86.1", "90.4"],
    );
    // A family name without a version covers models of several sizes: never compared undated.
    let a = fm("2026-01-05") + "OmegaはMMLUで70.2を記録した。\n";
    let b = fm("2026-02-05") + "OmegaはMMLUで84.5を記録した。\n";
    assert_quiet(&[a, b]);
}

#[test]
fn a_score_belongs_to_the_model_the_words_around_it_name() {
    // 「XのMMLUスコアN」, 「N を記録したX」 and 「XのようなモデルはN」 name whose score it is: the
    // sentence's subject has its own, and no two scores of one model disagree here.
    let a = fm("2026-02-01")
        + "Omega R2は、MMLUで88.9を記録しており、これはZeta-4oのMMLUスコア88.7を僅かに上回る。\n\n\
           Omega R2のMMLUスコアは、前述の91.8を記録したZeta 5 Proに次ぐ88.9だ。\n";
    assert_quiet(&[a]);
    // Given to the right models, two scores of one model in one article disagree.
    let b = fm("2026-02-01")
        + "Omega R2のようなオープンソースモデルは、MMLUベンチマークで91.8を記録した。\n\n\
           一方、Omega R2はMMLUで88.9にとどまるという報告もある。\n";
    assert_flags(&[b], "contradiction-in-article", &["91.8", "88.9"]);
}

#[test]
fn an_amount_that_is_the_scale_of_a_round_is_that_round() {
    // 「N規模の資金調達」 is a funding round of about N, not a market size.
    let a = fm("2026-03-28") + "Nimbus AIが約2兆円規模の資金調達を交渉中だと報じられた。\n";
    let b = fm("2026-04-03") + "Nimbus AIが約20兆円の資金調達を進めているという。\n";
    assert_flags(
        &[a, b],
        "contradiction-across-articles",
        &["約2兆円", "約20兆円"],
    );
    // An amount followed by its own noun (「…のキャッシュフロー」) is not the revenue named before.
    let c = fm("2026-01-01")
        + "Nimbus AIは2028年までに400億ドル規模の売上と90億ドルのキャッシュフローを目指す。\n";
    assert_quiet(&[c]);
}

#[test]
fn one_investors_two_investments_of_a_year_in_two_things_are_two() {
    // A yearly spend on a partner's product and a stake in the partner, both in 2025.
    let a = fm("2025-10-06")
        + "Orbit Capitalは2025年にNimbus AIのエージェントに20億ドルを投資することを約束した。\n";
    let b = fm("2025-11-02")
        + "Orbit CapitalがNimbus AIに2025年、200億ドルを投資したという報道もある。\n";
    assert_quiet(&[a, b]);
    // The same investment told twice with a slipped digit is still one.
    let c = fm("2025-10-06") + "Orbit Capitalは2025年にNimbus AIに20億ドルを投資した。\n";
    let d = fm("2025-11-02") + "Orbit Capitalは2025年にNimbus AIに200億ドルを投資した。\n";
    assert_flags(
        &[c, d],
        "contradiction-across-articles",
        &["20億ドル", "200億ドル"],
    );
}

#[test]
fn scores_in_a_list_under_a_benchmark_and_a_score_compared_with_another() {
    // A list of scores under an item that names the benchmark, and earlier prose that gives
    // Omega R2 another score on it.
    let a = fm("2026-04-07")
        + "Omega R2はMMLUベンチマークで91.8という高いスコアを記録した。\n\n\
           *   **MMLU（知識の理解）:**\n    *   Zeta 5 Pro: 91.8\n    *   Omega R2: 88.9\n\
           *   **HumanEval:**\n    *   Omega R2: 90.2\n";
    assert_flags(&[a], "contradiction-in-article", &["91.8", "88.9"]);
    // 「これはZeta-4oの91.8に匹敵」 gives Zeta-4o a score on the benchmark just named.
    let b = fm("2026-03-23")
        + "Omega R2はMMLUで91.8を記録しており (出典: 社内資料)、これはZeta-4oの91.8に匹敵する。\
           Zeta-4o自身はMMLUで88.7だ。\n";
    assert_flags(&[b], "contradiction-in-article", &["91.8", "88.7"]);
    // A list under a heading that names no benchmark gives no scores.
    let c = fm("2026-04-07")
        + "*   **主な数字:**\n    *   Zeta 5 Pro: 91.8\n    *   Zeta 5 Pro: 88.9\n";
    assert_quiet(&[c]);
}

#[test]
fn what_a_company_received_from_one_investor_is_one_event() {
    // A running total from one investor against a cap of that investor's money, weeks apart.
    let total = fm("2025-11-01") + "NimbusはOrbit Cloudから合計60億ドルもの投資を受けている。\n";
    let cap =
        fm("2025-11-25") + "NimbusはOrbit Cloudから最大30億ドルの投資を受けると発表された。\n";
    assert_flags(
        &[total.clone(), cap],
        "contradiction-across-articles",
        &["60億ドル", "最大30億ドル"],
    );
    // A total against one tranche, and two investors' money, are no contradiction.
    let tranche = fm("2025-11-25") + "NimbusはOrbit Cloudから30億ドルの出資を受けた。\n";
    assert_quiet(&[total.clone(), tranche]);
    let other = fm("2025-11-25") + "NimbusはZenith Labsから30億ドルの投資を受けた。\n";
    assert_quiet(&[total, other]);
}

#[test]
fn a_floor_written_with_a_plus_or_after_a_converted_amount_holds_the_larger_plan() {
    // 「$40B+」 and 「400億ドル（約6兆円）以上」 are floors: a plan of 520〜560億ドル is above them.
    let a =
        fm("2026-02-01") + "Zentrix Cloudは2026年の設備投資計画を520億〜560億ドルとしている。\n";
    let b = fm("2026-02-20")
        + "大手各社は2026年に巨額の設備投資を予定している（Zentrix Cloud $40B+、他社も続く）。\n";
    let c = fm("2026-03-01")
        + "Zentrix Cloudが2026年に400億ドル（約6兆円）以上を設備投資に充てる計画だ。\n";
    assert_quiet(&[a.clone(), b, c]);
    // Without the floor, 400億ドル is a contradiction.
    let d = fm("2026-03-01")
        + "Zentrix Cloudが2026年に400億ドル（約6兆円）を設備投資に充てる計画だ。\n";
    assert_flags(&[a, d], "contradiction-across-articles", &["400億ドル"]);
}

#[test]
fn one_deal_in_two_currencies_is_compared_at_the_reference_rate() {
    // 8億ドル and 3000億円 (about 20億ドル in 2025) for one acquisition disagree; 1200億円 is
    // 8億ドル at about 150円/$ and agrees.
    let a = fm("2025-10-01") + "Zentrix社は2019年にQuiver Labsを8億ドルで買収した。\n";
    let b = fm("2025-11-01") + "ZentrixはQuiver Labsを3000億円で買収したことで知られる。\n";
    let c = fm("2025-11-01") + "ZentrixはQuiver Labsを約1200億円で買収したことで知られる。\n";
    assert_flags(
        &[a.clone(), b],
        "contradiction-across-articles",
        &["8億ドル", "3000億円"],
    );
    assert_quiet(&[a, c]);
    // A market's size in yen is usually a country's: markets are never compared across
    // currencies.
    let d = fm("2025-10-01") + "量子センサー市場は2025年に300億ドルに達する。\n";
    let e = fm("2025-11-01") + "量子センサー市場は2025年に1兆円に達する。\n";
    assert_quiet(&[d, e]);
}

#[test]
fn a_company_the_vocabulary_knows_is_compared_across_currencies_by_its_kanji_name() {
    // A kanji name does not look like a name: only a `companies` entry (here the user's)
    // lets its funding in dollars meet its funding in yen.
    let a = fm("2025-10-01") + "北辰精機は50億ドルの資金調達を実施した。\n";
    let b = fm("2025-11-01") + "北辰精機は3兆円の資金調達を実施した。\n";
    let refs = [a.as_str(), b.as_str()];
    let flagged = |config: &Config| {
        let (_, _, findings) = common::check_texts(&refs, config);
        findings
            .iter()
            .any(|f| f.rule == "contradiction-across-articles")
    };
    assert!(!flagged(&Config::shipped()));
    let mut config = Config::shipped();
    config
        .merge("figlint.yaml", "companies:\n  北辰精機: [Hokushin]\n")
        .expect("config parses");
    assert!(flagged(&config));
}

#[test]
fn an_undated_round_restated_in_yen_is_compared_in_dollars() {
    // 1000億ドル and 15兆円 are one round at about 150円/$; 150兆円 is a slipped digit.
    let a = fm("2025-10-01") + "Zentrixは1000億ドルの資金調達を進めている。\n";
    let b = fm("2025-10-20") + "Zentrixは15兆円の資金調達を進めている。\n";
    let c = fm("2025-10-20") + "Zentrixは150兆円の資金調達を進めている。\n";
    assert_quiet(&[a.clone(), b]);
    assert_flags(
        &[a, c],
        "contradiction-across-articles",
        &["1000億ドル", "150兆円"],
    );
}

#[test]
fn items_of_a_list_share_the_measure_named_after_the_last() {
    // 「XがYに最大N、ZがMを投資する」: the first amount is an investment too, and two caps of
    // one commitment three times apart disagree.
    let a = fm("2025-11-20")
        + "ZentrixがQuiver Labsに最大50億ドル、Halcyonが最大100億ドルを投資する。\n";
    let b = fm("2025-11-28")
        + "Quiver Labsは、Zentrixから最大150億ドル、Halcyonから最大100億ドルといった投資を受けている。\n";
    assert_flags(
        &[a.clone(), b],
        "contradiction-across-articles",
        &["最大50億ドル", "最大150億ドル"],
    );
    // Two caps close to each other, and a list that is no list (a clause in between), are quiet.
    let c = fm("2025-11-28") + "Quiver Labsは、Zentrixから最大55億ドルの投資を受けている。\n";
    assert_quiet(&[a, c]);
    let d = fm("2025-11-20")
        + "Zentrixが開発した50億ドルの工場、そしてHalcyonが最大100億ドルを投資している。\n";
    let (corpus, claims, _) = common::check_texts(&[d.as_str()], &Config::shipped());
    let measured: Vec<(&str, &str)> = claims
        .iter()
        .map(|c| (corpus.figures[c.figure].text.as_str(), c.metric.as_str()))
        .collect();
    assert!(
        !measured
            .iter()
            .any(|(t, m)| *t == "50億ドル" && *m == "investment"),
        "{measured:?}"
    );
}

#[test]
fn an_alternative_amount_states_nothing_and_a_topic_item_needs_a_topic_lead() {
    let metric_of = |text: &str, fig: &str| {
        let (corpus, claims, _) = common::check_texts(&[text], &Config::shipped());
        claims
            .iter()
            .find(|c| corpus.figures[c.figure].text == fig)
            .map(|c| c.metric.clone())
    };
    // 「N、あるいはM」: the writer offers two values and states neither (so the two are no
    // contradiction in the article, and neither stands against another article's value).
    let a = fm("2025-11-20")
        + "2025年にZentrixがAIに850億ドル、あるいは750億ドルもの投資を計画している。\n";
    assert_eq!(metric_of(&a, "850億ドル"), None);
    assert_eq!(metric_of(&a, "750億ドル"), None);
    // A total's word after the party's particle, and 「からも」 after 「から」.
    let c = fm("2025-11-20")
        + "Quiver LabsはZentrixから合計40億ドル、Halcyonからも5億ドルの出資を受けた。\n";
    assert_eq!(
        metric_of(&c, "40億ドル").as_deref(),
        Some("investment (total)")
    );
    let d = fm("2025-11-20") + "Zentrixが合計40億ドル、Halcyonが合計20億ドルを投資している。\n";
    assert_eq!(
        metric_of(&d, "40億ドル").as_deref(),
        Some("investment (total)")
    );
    // An item that ends in 「は」 is a list item only after a first item with 「は」 too.
    let b = fm("2025-11-20") + "ZentrixがQuiver Labsに50億ドル、同業他社は100億ドルを投資した。\n";
    assert_ne!(metric_of(&b, "50億ドル").as_deref(), Some("investment"));
}

#[test]
fn a_place_qualifies_its_own_amount_and_a_total_is_no_round() {
    let claims_of = |text: &str| {
        let (corpus, claims, _) = common::check_texts(&[text], &Config::shipped());
        claims
            .iter()
            .map(|c| {
                (
                    corpus.figures[c.figure].text.clone(),
                    c.key.clone(),
                    c.metric.clone(),
                )
            })
            .collect::<Vec<_>>()
    };
    // 「…州で400億ドルの拡張、2025年には750億ドルの設備投資」: the place is the first
    // amount's; the second is the company's own.
    let a = fm("2025-11-20")
        + "Zentrixは2027年までにオレゴン州で400億ドルの拡張、2025年には750億ドルの設備投資を行うと発表した。\n";
    let got = claims_of(&a);
    let of = |t: &str| got.iter().find(|c| c.0 == t).cloned();
    assert_eq!(
        of("750億ドル").map(|c| c.1),
        Some("zentrix".to_string()),
        "{got:?}"
    );
    // A time (「9月時点で」) or an amount (「約124億で」) narrows no subject; a span ahead does;
    // a rate in the figure's own clause leaves the place with it; a segment named with a
    // number (5G) or ending like a time word (端末) is a segment.
    for (text, fig, key) in [
        (
            "Zentrixはオレゴン州で前年比20%増の120億ドルを投資した。",
            "120億ドル",
            "zentrix@オレゴン州",
        ),
        (
            "Zentrixは5G向けで120億ドルの売上を計上した。",
            "120億ドル",
            "zentrix@5g",
        ),
        (
            "Zentrixは端末向けで80億ドルの売上を計上した。",
            "80億ドル",
            "zentrix@端末",
        ),
        (
            "Zentrixは2025年9月時点で140億ドルの評価額となった。",
            "140億ドル",
            "zentrix",
        ),
        (
            "Zentrixは上半期で43億ドルの売上を計上した。",
            "43億ドル",
            "zentrix",
        ),
        (
            "Zentrixは今後5年間で300億ドルを投資する。",
            "300億ドル",
            "zentrix@今後5",
        ),
    ] {
        let got = claims_of(&(fm("2025-11-20") + text + "\n"));
        assert_eq!(
            got.iter().find(|c| c.0 == fig).map(|c| c.1.as_str()),
            Some(key),
            "{got:?}"
        );
    }
    // 「総合商社の投資額」 is no total.
    let t = fm("2025-11-20") + "総合商社の投資額は120億ドルに達した。\n";
    let got = claims_of(&t);
    assert_eq!(
        got.iter()
            .find(|c| c.0 == "120億ドル")
            .map(|c| c.2.as_str()),
        Some("investment"),
        "{got:?}"
    );
    // 「総資金調達額は120億ドル」 is a total, never compared with one round.
    let b = fm("2025-11-20") + "Zentrixの総資金調達額は120億ドルを超えている。\n";
    let got = claims_of(&b);
    assert_eq!(
        got.iter()
            .find(|c| c.0 == "120億ドルを超え")
            .map(|c| c.2.as_str()),
        Some("funding (total)"),
        "{got:?}"
    );
}

#[test]
fn the_ai_market_is_a_subject_and_a_value_a_span_reaches_is_its_end() {
    let (corpus, claims, _) = common::check_texts(
        &[(fm("2025-11-20")
            + "AI市場規模は2025年に2440億ドルに達する。\n\n量子センサー市場は2025年から2030年まで年平均15%で成長し、約380億ドルに達する。\n")
            .as_str()],
        &Config::shipped(),
    );
    let of = |t: &str| {
        claims
            .iter()
            .find(|c| corpus.figures[c.figure].text == t)
            .map(|c| (c.key.clone(), c.period.clone()))
    };
    // 「AI市場規模」: without the market word AI is no subject; AI市場 is one.
    assert_eq!(
        of("2440億ドル"),
        Some(("ai市場".to_string(), Some("2025".to_string())))
    );
    assert_eq!(of("約380億ドル").and_then(|c| c.1).as_deref(), Some("2030"));
}

#[test]
fn a_value_most_articles_credit_to_one_firm_is_that_firms_estimate() {
    // 2440億ドル is credited to Statista twice and to MarketsandMarkets once; 3717億ドル to
    // MarketsandMarkets. The two values are two firms' estimates, not a contradiction.
    let a = fm("2025-10-01") + "Statistaによると、AI市場規模は2025年に2440億ドルに達する。\n";
    let b = fm("2025-10-02") + "Statistaの調査では、AI市場規模は2025年に2440億ドルになる。\n";
    let c =
        fm("2025-10-03") + "MarketsandMarketsによると、AI市場規模は2025年に2440億ドルとなる。\n";
    let d = fm("2025-10-04")
        + "MarketsandMarketsのレポートによると、AI市場規模は2025年に3717億ドルに達する。\n";
    assert_only(
        &[a, b, c, d],
        "sources-disagree",
        &["2440億ドル", "3717億ドル"],
    );
    // Unattributed, the two values disagree.
    let e = fm("2025-10-04") + "AI市場規模は2025年に3717億ドルに達する。\n";
    let f = fm("2025-10-05") + "AI市場規模は2025年に2440億ドルに達する。\n";
    assert_flags(
        &[e, f],
        "contradiction-across-articles",
        &["3717億ドル", "2440億ドル"],
    );
}

#[test]
fn an_aside_on_an_amount_is_about_what_the_amount_is_about() {
    // The whole market reaches 9,100億ドル at 30% a year; the 800億ドル is a segment named on
    // the way: no growth arithmetic across the two.
    let a = fm("2026-03-01")
        + "ロボット市場は拡大しており、2025年には800億ドル規模になると予測される協働ロボット市場をはじめ、2030年には9,100億ドル（年平均成長率30%）に達すると見込まれる。\n";
    let (corpus, claims, findings) = common::check_texts(&[a.as_str()], &Config::shipped());
    let of = |t: &str| {
        claims
            .iter()
            .find(|c| corpus.figures[c.figure].text == t)
            .map(|c| (c.key.clone(), c.metric.clone()))
    };
    assert_eq!(of("9,100億ドル").map(|k| k.1), Some("size".to_string()));
    assert_eq!(of("30%").map(|k| k.0), of("9,100億ドル").map(|k| k.0));
    assert_ne!(of("30%").map(|k| k.0), of("800億ドル").map(|k| k.0));
    assert!(findings.is_empty(), "{findings:?}");
}

#[test]
fn the_company_a_sentence_refers_back_to_is_the_one_named_just_before() {
    // 「同社」 takes the company the sentence before opens with, even when that sentence
    // states no figure; two such rounds a month apart disagree.
    let a = fm("2026-02-01")
        + "Zentrixの動向も注目に値する。現在、同社は800億ドル規模の資金調達を交渉中だ。\n";
    let b = fm("2026-02-20") + "Zentrixは80億ドル規模の資金調達を交渉中だ。\n";
    assert_flags(
        &[a, b],
        "contradiction-across-articles",
        &["800億ドル", "80億ドル"],
    );
    // Without 「同社」 nothing is carried from a sentence with no figure.
    let c = fm("2026-02-01")
        + "Zentrixの動向も注目に値する。現在、800億ドル規模の資金調達が交渉されている。\n";
    let (corpus, claims, _) = common::check_texts(&[c.as_str()], &Config::shipped());
    assert!(
        claims.iter().all(|c| c.key != "zentrix"),
        "{:?}",
        claims
            .iter()
            .map(|c| (&corpus.figures[c.figure].text, &c.key))
            .collect::<Vec<_>>()
    );
}

#[test]
fn a_benchmark_score_is_compared_in_points() {
    // 1.5 points apart is two scores (2% of 88.7 would have hidden it); 0.3 apart is rounding.
    let a = fm("2026-02-01") + "Zeta-4oのMMLUスコアは88.7を記録した。\n";
    let b = fm("2026-03-01") + "Zeta-4oはMMLUで90.2というスコアを記録している。\n";
    let c = fm("2026-03-01") + "Zeta-4oはMMLUで88.9というスコアを記録している。\n";
    assert_flags(
        &[a.clone(), b],
        "contradiction-across-articles",
        &["88.7", "90.2"],
    );
    assert_quiet(&[a, c]);
}

#[test]
fn a_name_joined_to_the_amount_by_no_is_whose_investment_it_is() {
    // 「XのYへのN投資」: X invests, Y receives; two posts a month apart give two amounts.
    let a =
        fm("2026-01-10") + "KestrelのオランダAI拠点への120億ドル投資は、欧州での存在感を高める。\n";
    let b = fm("2026-02-05") + "KestrelのオランダAI拠点への12億ドル投資は、思ったより小さい。\n";
    assert_only(
        &[a, b],
        "contradiction-across-articles",
        &["120億ドル", "12億ドル"],
    );
    // What receives it alone names no investor: 「Yへの」 with no owner before it.
    let c = fm("2026-01-10") + "Nimbus Labsへの120億ドルの投資も、性能向上に寄与した。\n";
    let d = fm("2026-02-05") + "Nimbus Labsへの12億ドルの投資も、話題になった。\n";
    assert_quiet(&[c, d]);
    // A common noun before 「の」 is what is invested in, not who invests.
    let e = fm("2026-01-10") + "量子計算の120億ドル投資は、欧州での存在感を高める。\n";
    let f = fm("2026-02-05") + "量子計算の12億ドル投資は、思ったより小さい。\n";
    assert_quiet(&[e, f]);
}

#[test]
fn an_amount_pointed_back_to_restates_the_claim_it_repeats() {
    // 「この85億ドルという数字」 restates the loan stated before: the finding lists it too.
    let a = fm("2026-01-10")
        + "Orbiqは、2026年に85億ドルの設備投資を計画している。\n\n正直なところ、この85億ドルという数字は大きい。\n";
    let b = fm("2026-02-05") + "Orbiqは、2026年に58億ドルの設備投資を計画している。\n";
    let refs = [a.as_str(), b.as_str()];
    let (corpus, _, findings) = common::check_texts(&refs, &Config::shipped());
    let restated: Vec<_> = corpus
        .claims
        .iter()
        .filter(|c| c.inherited == Some(figlint::context::Inherited::Restated))
        .collect();
    assert_eq!(restated.len(), 1, "{:?}", corpus.claims);
    assert_eq!(restated[0].metric, "investment");
    assert_eq!(restated[0].period.as_deref(), Some("2026"));
    let f = findings
        .iter()
        .find(|f| f.rule == "contradiction-across-articles")
        .expect("a cross-article finding");
    let texts = common::texts_of(&corpus, f);
    assert_eq!(
        texts.iter().filter(|t| *t == "85億ドル").count(),
        2,
        "both places of 85億ドル are listed: {texts:?}"
    );
    // An amount that does not point back, or repeats a value two claims share, restates
    // nothing.
    let c = fm("2026-01-10")
        + "Orbiqは、2026年に85億ドルの設備投資を計画している。\n\n別の工場でも85億ドルかかった。\n";
    let (corpus, _, _) = common::check_texts(&[c.as_str()], &Config::shipped());
    assert!(
        corpus.claims.iter().all(|c| c.inherited.is_none()),
        "{:?}",
        corpus.claims
    );
}

#[test]
fn an_amount_pointed_back_to_restates_its_headline() {
    // The title states the investment, the body only points back at it (「この90億ドルと
    // いう投資」): the body then says what its headline says, and meets other articles.
    let a = titled("2026-01-10", "Halcyon、ロボット工場に90億ドル投資へ")
        + "正直なところ、この90億ドルという投資は思ったより大きい。\n";
    let b =
        titled("2026-02-05", "ロボット工場の話") + "Halcyonはロボット工場に40億ドルを投資する。\n";
    let (corpus, _, _) = common::check_texts(&[a.as_str()], &Config::shipped());
    let restated: Vec<_> = corpus
        .claims
        .iter()
        .filter(|c| c.inherited == Some(figlint::context::Inherited::Restated))
        .collect();
    assert_eq!(restated.len(), 1, "{:?}", corpus.claims);
    assert!(!restated[0].headline);
    assert_eq!(restated[0].metric, "investment");
    assert_only(
        &[a.clone(), b],
        "contradiction-across-articles",
        &["90億ドル", "40億ドル"],
    );
    // When the body states that investment itself, with another value, the pointer is
    // left alone: which of the two it repeats is for the headline check to say.
    let c = titled("2026-01-10", "Halcyon、ロボット工場に90億ドル投資へ")
        + "Halcyonはロボット工場に40億ドルを投資する。\n\n正直なところ、この90億ドルという投資は思ったより大きい。\n";
    let (corpus, _, _) = common::check_texts(&[c.as_str()], &Config::shipped());
    assert!(
        corpus.claims.iter().all(|c| c.inherited.is_none()),
        "{:?}",
        corpus.claims
    );
}

#[test]
fn more_verbs_of_growing_to_an_amount() {
    // 「へと激増」, 「にも上る」, 「にまで成長」: each says the market reaches the amount.
    let a = fm("2025-10-01")
        + "世界の光電融合市場は2024年の3億ドルから、2030年には95億ドルへと激増するとされる。\n";
    let b =
        fm("2025-11-01") + "世界の光電融合市場は、2030年には59億ドルにも上ると予測されている。\n";
    let c = fm("2025-12-01") + "世界の光電融合市場は2030年に9.5億ドルにまで成長するという。\n";
    assert_only(
        &[a, b, c],
        "contradiction-across-articles",
        &["95億ドル", "59億ドル", "9.5億ドル"],
    );
}

#[test]
fn money_put_into_something_named_after_it_is_invested_in_it() {
    // 「Nを Yに投じる」: the amount first, then what it is put into.
    let a = fm("2026-01-10") + "Kestrelが約300億円をオランダの研究拠点に投じる。\n";
    let b = fm("2026-02-05") + "Kestrelは3000億円をオランダの研究拠点に投じる計画だ。\n";
    assert_only(
        &[a, b],
        "contradiction-across-articles",
        &["約300億円", "3000億円"],
    );
    // Another amount, or a clause, between them: not this pattern.
    let c = fm("2026-01-10") + "Kestrelが300億円を借り入れ、研究拠点に投じる。\n";
    let d = fm("2026-02-05") + "Kestrelが3000億円を借り入れ、研究拠点に投じる。\n";
    assert_quiet(&[c, d]);
}

#[test]
fn a_models_price_per_token_disagrees_across_articles() {
    // A named model's input and output prices, as of each article's date.
    let a = fm("2026-01-10")
        + "Zephyr 2 ProのAPI料金は、入力100万トークンあたり3.00ドル、出力100万トークンあたり12.00ドルだ。\n";
    let b = fm("2026-02-05") + "Zephyr 2 Proは入力0.03ドル/1M、出力12.00ドル/1Mで使える。\n";
    assert_only(
        &[a.clone(), b],
        "contradiction-across-articles",
        &["3.00ドル", "0.03ドル"],
    );
    // Per thousand tokens is another price; a second model after 「なら」 is not the
    // first's; 「$1.00/$5.00（入力/出力）」 names no price before its amounts.
    let c = fm("2026-02-05") + "Zephyr 2 Proは入力1Kトークンあたり0.003ドルだ。\n";
    let d = fm("2026-02-05")
        + "Zephyr 2 Proは入力3.00ドルと高価ですが、Zephyr 2 Miniなら入力0.30ドルです。\n";
    let e = fm("2026-02-05") + "Zephyr 2 Proは、さらに安価な$1.00/$5.00（入力/出力）だ。\n";
    assert_quiet(&[a.clone(), c]);
    assert_quiet(&[a.clone(), d]);
    assert_quiet(&[a, e]);
}

#[test]
fn money_put_into_something_is_invested_in_it() {
    // 「XがYにNを投じ」 is X's investment in Y, compared as of each article's date.
    let a = fm("2026-01-10") + "Kestrelがオランダの研究拠点に約300億円を投じて新棟を建設する。\n";
    let b =
        fm("2026-02-05") + "Kestrelがオランダの研究拠点に3000億円を投じる計画が明らかになった。\n";
    assert_only(
        &[a, b],
        "contradiction-across-articles",
        &["約300億円", "3000億円"],
    );
    // What the money goes to when it is only the domain (「AI関連に」) narrows nothing: the
    // same company's investment with and without it is one investment.
    let c = fm("2026-01-10") + "Kestrelは2026年にAI関連に500億ドルを投資する。\n";
    let d = fm("2026-02-05") + "Kestrelは2026年に900億ドルを投資する計画だ。\n";
    assert_only(
        &[c, d],
        "contradiction-across-articles",
        &["500億ドル", "900億ドル"],
    );
}

#[test]
fn a_versioned_products_stated_gain_is_one_figure_in_every_article() {
    // 「精度」 of a versioned product, undated, in posts a week apart.
    let a = fm("2026-01-10") + "Proteo 7は、予測精度97%を達成した。\n";
    let b = fm("2026-01-17") + "Proteo 7の予測精度は91%に達したという。\n";
    assert_only(&[a, b], "contradiction-across-articles", &["97%", "91%"]);
    // A product without a version is a family whose members differ: left alone.
    let c = fm("2026-01-10") + "Proteoは、予測精度97%を達成した。\n";
    let d = fm("2026-01-17") + "Proteoの予測精度は91%に達したという。\n";
    assert_quiet(&[c, d]);
    // Two models whose names differ only in their numbers are two models.
    let e = fm("2026-01-10") + "QuantaChip X100の演算性能は900TFLOPSに達する。\n";
    let f = fm("2026-01-17") + "QuantaChip X200の演算性能は2200TFLOPSに達する。\n";
    assert_quiet(&[e, f]);
}

#[test]
fn a_round_of_job_cuts_is_known_by_who_cuts() {
    // Undated, a week apart, whatever reason each post gives.
    let a = fm("2026-01-10") + "Zentrixが効率化で最大3000人規模の削減を計画している。\n";
    let b = fm("2026-01-17") + "Zentrixが発表した最大9000人の人員削減は衝撃だった。\n";
    assert_only(
        &[a, b],
        "contradiction-across-articles",
        &["最大3000人", "最大9000人"],
    );
    // A duration is no count of what is cut: 「3年間で」 makes no claim.
    let c = fm("2026-01-10") + "Zentrixは3年間で最大3000人の人員削減を進める。\n";
    let (corpus, _, _) = common::check_texts(&[c.as_str()], &Config::shipped());
    let texts: Vec<&str> = corpus
        .claims
        .iter()
        .map(|cl| corpus.figures[cl.figure].text.as_str())
        .collect();
    assert_eq!(texts, ["最大3000人"], "{:?}", corpus.claims);
}

#[test]
fn a_headline_quoted_at_the_start_of_a_sentence_names_its_subject() {
    let a = fm("2026-01-10") + "「Kestrel、量子研究に500億円投資へ」というニュースが流れた。\n";
    let b = fm("2026-02-05") + "「Kestrel、量子研究に50億円投資へ」――この見出しに驚いた。\n";
    assert_only(
        &[a, b],
        "contradiction-across-articles",
        &["500億円", "50億円"],
    );
}

#[test]
fn a_part_of_an_amount_just_claimed_is_measured_as_the_whole_is() {
    // 「そのうちX部門がN」: the part's revenue for the whole's fiscal year.
    let a = fm("2026-03-01")
        + "OrbiqのFY2025の売上高は900億ドルに達し、そのうち産業機器部門が410億ドルを占める。\n";
    let b = fm("2026-03-20")
        + "Orbiqの2025会計年度の売上高が900億ドルとなり、そのうち産業機器部門が140億ドルを占めた。\n";
    assert_only(
        &[a, b],
        "contradiction-across-articles",
        &["410億ドル", "140億ドル"],
    );
    // Without 「うち」 the second amount is not the whole's part.
    let c = fm("2026-03-20")
        + "Orbiqの2025会計年度の売上高が900億ドルとなり、新工場には140億ドルを投じた。\n";
    let (corpus, _, _) = common::check_texts(&[c.as_str()], &Config::shipped());
    assert!(
        corpus.claims.iter().all(|cl| !cl.key.contains('@')),
        "{:?}",
        corpus.claims
    );
}

#[test]
fn a_market_valued_at_an_amount_is_of_that_size() {
    // 「…と評価され」 of a market is its size, not a company's valuation: two forecasters'
    // sizes for one year are estimates of two sources.
    let a = fm("2026-03-01")
        + "Harborlineによると、世界の農業ロボット市場は2024年に40億ドルと評価された。\n";
    let (corpus, _, _) = common::check_texts(&[a.as_str()], &Config::shipped());
    assert!(
        corpus.claims.iter().any(|c| c.metric == "size"),
        "{:?}",
        corpus.claims
    );
    // A company's 「評価」 is its valuation.
    let b = fm("2026-03-01") + "Kestrelは、9月には1,700億ドルの評価を受けた。\n";
    let (corpus, _, _) = common::check_texts(&[b.as_str()], &Config::shipped());
    assert!(
        corpus.claims.iter().any(|c| c.metric == "valuation"),
        "{:?}",
        corpus.claims
    );
}

#[test]
fn a_companys_investment_named_with_what_it_goes_to_is_keyed_by_both() {
    // 「XのY投資N」 and 「XがYにN」 are one investment; AWS is AWS however it is written.
    // (A named program: what a company keeps spending on, such as AIインフラ, is no one event;
    // see `a_companys_ongoing_spending_on_ai_infrastructure_is_no_one_event`.)
    let a = fm("2026-01-10") + "AWSの量子計算研究所投資500億ドル、その狙いは何か。\n";
    let b = fm("2026-02-05") + "Amazon AWSが量子計算研究所に50億ドルを投資すると発表した。\n";
    assert_only(
        &[a, b],
        "contradiction-across-articles",
        &["500億ドル", "50億ドル"],
    );
}

#[test]
fn a_versioned_product_is_the_same_with_or_without_its_makers_name() {
    // 「Meta Falcon 4、…」 (a maker the vocabulary knows) and 「Falcon 4、…」.
    let a = fm("2026-01-10") + "「Meta Falcon 4、推論速度2倍」という見出しを見た。\n";
    let b = fm("2026-01-20") + "「Falcon 4、推論速度が5倍向上」というニュースだ。\n";
    assert_only(&[a, b], "contradiction-across-articles", &["2倍", "5倍"]);
    // The version is part of the name: Falcon 4 and Falcon 5 are two products.
    let c = fm("2026-01-10") + "「Falcon 4、推論速度2倍」という見出しを見た。\n";
    let d = fm("2026-01-20") + "「Falcon 5、推論速度が5倍向上」というニュースだ。\n";
    assert_quiet(&[c, d]);
}

#[test]
fn gains_against_different_things_are_different_measures() {
    // 2倍 and 3倍 for one versioned chip's performance, a month apart, are a contradiction.
    let a = fm("2026-01-10") + "Tern 5が「性能2倍」を謳って登場した。\n";
    let b = fm("2026-02-10") + "Tern 5が「性能3倍」を謳う裏側には何があるのか。\n";
    assert_only(&[a, b], "contradiction-across-articles", &["2倍", "3倍"]);
    // Against its predecessor and against a rival, they are two claims.
    let c = fm("2026-01-10") + "Tern 5は前世代のTern 4と比較して、推論性能で2倍を実現した。\n";
    let d = fm("2026-02-10") + "Tern 5はQuark X9と比べて推論速度で最大1.5倍を謳う。\n";
    assert_quiet(&[c, d]);
}

#[test]
fn a_benchmark_table_gives_each_model_its_score() {
    // Models in the header, benchmarks in the rows.
    let a = fm("2026-01-10")
        + "主要ベンチマークの比較は次の通り。\n\n| ベンチマーク | Zeta-7 | Quill 3 |\n|---|---|---|\n| MMLU | 84.2% | 80.1% |\n| HumanEval | 71.0% | 66.5% |\n";
    // Benchmarks in the header, models in the rows.
    let b = fm("2026-02-10")
        + "各モデルのスコアを並べる。\n\n| モデル | MMLU | HumanEval |\n|---|---|---|\n| Zeta-7 | 89.9% | 71.0% |\n";
    assert_only(
        &[a, b],
        "contradiction-across-articles",
        &["84.2%", "89.9%"],
    );
    // A cell that says more than a score, or a table of no benchmark, makes no score.
    let c = fm("2026-01-10")
        + "| 項目 | Zeta-7 |\n|---|---|\n| 価格 | 20% 割引 |\n| MMLU | 約85%（推定） |\n";
    let (corpus, _, _) = common::check_texts(&[c.as_str()], &Config::shipped());
    assert!(
        corpus
            .claims
            .iter()
            .all(|cl| !cl.metric.starts_with("score on")),
        "{:?}",
        corpus.claims
    );
}

#[test]
fn a_name_that_opened_the_sentence_before_continues_as_its_topic() {
    // 「Xは…です。」 with no figure, then the amounts with no subject of their own.
    let a = fm("2025-09-01")
        + "Lumora社は急成長中のスタートアップです。2024年5月には12億ドルの評価額で資金を集めました。\n";
    let b = fm("2025-10-01") + "Lumoraの評価額は2024年5月時点で120億ドルだった。\n";
    assert_only(
        &[a, b],
        "contradiction-across-articles",
        &["12億ドル", "120億ドル"],
    );
    // A sentence before that opens with something other than a name as its topic leaves
    // nothing to continue.
    let c =
        fm("2025-09-01") + "市場の動きは速い。2024年5月には12億ドルの評価額で資金を集めました。\n";
    let (corpus, _, _) = common::check_texts(&[c.as_str()], &Config::shipped());
    assert!(corpus.claims.is_empty(), "{:?}", corpus.claims);
}

#[test]
fn two_periods_that_share_one_predicate_are_one_measure() {
    // 「2025年にはX、2030年にはYに達する」: X is the same market's size, for 2025.
    let a = fm("2025-09-01")
        + "世界の量子センサー市場は、2025年には420億ドル、2030年には1,300億ドルに達すると予測されている。\n";
    let b = fm("2025-11-01") + "量子センサー市場は2025年に42億ドル規模に達する見込みだ。\n";
    assert_only(
        &[a, b],
        "contradiction-across-articles",
        &["420億ドル", "42億ドル"],
    );
    // 「…から…へと急増」 is a change: its start is the same measure for the earlier year.
    let c = fm("2025-09-01")
        + "量子センサー市場が2023年の300億ドルから2033年には2,000億ドルへと急増するという。\n";
    let d = fm("2025-11-01") + "量子センサー市場は2023年に30億ドルだった。\n";
    assert_only(
        &[c, d],
        "contradiction-across-articles",
        &["300億ドル", "30億ドル"],
    );
    // Another thing named between the two amounts is not the same measure: the first amount
    // is the first market's level for its own year (「X市場は2025年には N、」), never the
    // second market's nor for the second year.
    let e = fm("2025-09-01")
        + "量子センサー市場は2025年には420億ドル、一方でロボット市場は2030年に900億ドルに達する。\n";
    let (corpus, _, _) = common::check_texts(&[e.as_str()], &Config::shipped());
    let got: Vec<(&str, Option<&str>, f64)> = corpus
        .claims
        .iter()
        .map(|c| (c.key.as_str(), c.period.as_deref(), c.value))
        .collect();
    assert_eq!(
        got,
        vec![
            ("量子センサー", Some("2025"), 42e9),
            ("ロボット", Some("2030"), 90e9)
        ],
        "{:?}",
        corpus.claims
    );
}

#[test]
fn an_amount_a_market_is_said_to_be_is_its_size_without_a_verb_of_reaching() {
    // 「X市場は N、Y市場は M と、…」: each market's level, listed.
    let a = fm("2025-09-01")
        + "2025年には、量子センサー市場は420億ドル、光チップ市場は90億ドルと、どちらも活況だ。\n";
    let b = fm("2025-10-01") + "光チップ市場は2025年に900億ドル規模に達する見込みだ。\n";
    assert_only(
        &[a, b],
        "contradiction-across-articles",
        &["90億ドル", "900億ドル"],
    );
    // Amounts dealt out with 「それぞれ」 are not all the last market's; money put into a
    // market (「市場に」) is no size; a change in size (「…億ドル増」) is no level.
    let c = fm("2025-09-01")
        + "量子センサーや光チップ市場は、2025年時点でそれぞれ420億ドル、90億ドルの規模だ。\n";
    let d = fm("2025-09-01")
        + "Orbis社は光チップ市場に2025年に300億ドル、量子分野に50億ドルを投じる。\n";
    let e = fm("2025-09-01") + "光チップ市場は2025年に60億ドル増、と伸びが続く。\n";
    for t in [c, d, e] {
        let (corpus, _, _) = common::check_texts(&[t.as_str()], &Config::shipped());
        assert!(
            !corpus.claims.iter().any(|cl| cl.metric == "size"
                && cl.key.contains("光チップ")
                && cl.unit == "USD"
                && cl.value != 9e9),
            "{t}: {:?}",
            corpus.claims
        );
    }
}

#[test]
fn a_year_that_opens_a_sentence_dates_each_amount_of_its_list() {
    // 「2025年には、A市場はN、B市場はM」: both are 2025's.
    let a = fm("2025-09-01")
        + "2025年には、量子センサー市場は420億ドル、光チップ市場は90億ドルと、どちらも活況だ。\n";
    let (corpus, _, _) = common::check_texts(&[a.as_str()], &Config::shipped());
    let chip = corpus.claims.iter().find(|c| c.key.contains("光チップ"));
    assert_eq!(
        chip.and_then(|c| c.period.as_deref()),
        Some("2025"),
        "{:?}",
        corpus.claims
    );
    // Another owner's amount listed after a claim (「中国の93億ドル」) does not continue it
    // as the same subject's.
    let b = fm("2025-09-01")
        + "2024年には、米国の民間ロボット投資が800億ドルに達し、中国の70億ドルを大きく上回った。\n";
    let (corpus, _, _) = common::check_texts(&[b.as_str()], &Config::shipped());
    assert!(
        corpus
            .claims
            .iter()
            .all(|c| c.value != 7e9 || c.scope != "米国"),
        "{:?}",
        corpus.claims
    );
}

#[test]
fn a_name_that_joins_or_leads_a_round_is_not_whose_round_it_is() {
    // The investors who take part are not the company raising, nor the one valued.
    let a = fm("2025-11-20")
        + "2025年11月には、OrbisやKestrelも参加する形で40億ドルの資金調達を完了させ、評価額を900億ドルに引き上げた。\n";
    let b = fm("2025-09-01") + "Kestrelが主導したシリーズDで12億ドルを調達した。\n";
    for t in [a, b] {
        let (corpus, _, _) = common::check_texts(&[t.as_str()], &Config::shipped());
        assert!(
            corpus
                .claims
                .iter()
                .all(|c| !c.key.contains("kestrel") && !c.key.contains("orbis")),
            "{t}: {:?}",
            corpus.claims
        );
    }
}

#[test]
fn the_same_measure_listed_for_other_places_is_scoped_to_them() {
    // 「米国の…投資が800億ドルに達し、中国の70億ドル」: China's amount of the same measure.
    let a = fm("2025-09-01")
        + "2024年には、米国の民間ロボット投資が800億ドルに達し、中国の70億ドル、英国の30億ドルを大きく上回った。\n";
    let b = fm("2025-10-01") + "2024年の中国の民間ロボット投資は700億ドルだった。\n";
    assert_only(
        &[a.clone(), b],
        "contradiction-across-articles",
        &["70億ドル", "700億ドル"],
    );
    let (corpus, _, _) = common::check_texts(&[a.as_str()], &Config::shipped());
    let uk = corpus.claims.iter().find(|c| c.value == 3e9);
    assert_eq!(
        uk.map(|c| (c.scope.as_str(), c.subject.as_str())),
        Some(("英国", "英国（米国の民間ロボット）")),
        "{:?}",
        corpus.claims
    );
}

#[test]
fn the_company_refers_back_to_the_one_company_named_before() {
    // 「同社」 after a sentence that names one well-known company, not as its opening topic:
    // that company; and 「企業価値」 measures it rather than naming another company.
    let valued = |text: String| {
        let (corpus, _, _) = common::check_texts(&[text.as_str()], &Config::shipped());
        corpus
            .claims
            .iter()
            .find(|c| c.value == 4.5e12)
            .map(|c| (c.subject.clone(), c.metric.clone(), c.inherited.is_some()))
    };
    let one = fm("2025-10-01")
        + "これらの成果は、NVIDIAが市場で強いことを示している。同社の企業価値は4.5兆ドルと評価されている。\n";
    assert_eq!(
        valued(one),
        Some(("NVIDIA".to_string(), "valuation".to_string(), true))
    );
    // Another name that could be the company before: which one 「同社」 is stays open.
    for other in ["NVIDIAとZenithが", "ZenithとNVIDIAが", "NVIDIAとインテルが"] {
        let two = fm("2025-10-01")
            + &format!("これらの成果は、{other}市場で強いことを示している。同社の企業価値は4.5兆ドルと評価されている。\n");
        assert_eq!(valued(two), None, "{other}");
    }
}

#[test]
fn a_word_for_a_company_s_worth_names_no_other_company() {
    // 「企業価値」 opens with 「企業」 but measures the company the sentence goes on about; a
    // phrase that names other companies (「競合企業の評価額」) still ends the carry.
    let claim = |second: &str| {
        let text = fm("2025-10-01") + "Zenithは急成長している企業だ。" + second + "\n";
        let (corpus, _, _) = common::check_texts(&[text.as_str()], &Config::shipped());
        corpus
            .claims
            .iter()
            .find(|c| c.value == 9e10 && c.subject.contains("Zenith"))
            .map(|c| (c.subject.clone(), c.metric.clone()))
    };
    assert_eq!(
        claim("企業価値は900億ドルと評価されている。"),
        Some(("Zenith".to_string(), "valuation".to_string()))
    );
    assert_eq!(claim("競合企業の評価額は900億ドルに達した。"), None);
}

/// The claims of one article: `(value, subject, metric, period)`.
fn claims_of(text: &str) -> Vec<(f64, String, String, Option<String>)> {
    let (corpus, _, _) = common::check_texts(&[text], &Config::shipped());
    corpus
        .claims
        .iter()
        .map(|c| {
            (
                c.value,
                c.subject.clone(),
                c.metric.clone(),
                c.period.clone(),
            )
        })
        .collect()
}

#[test]
fn a_change_to_a_level_with_its_rate_after_an_aside() {
    // 「AからBへと、年平均N%で成長」: both ends are the market's size, and the rate is over
    // the span of the change, not the last year alone.
    let text = fm("2025-10-01")
        + "床清掃ロボット市場は、2025年の32億ドルから2035年には150億ドルへと、年平均成長率（CAGR）16.9%で成長すると予測されている。\n";
    let got = claims_of(&text);
    let has = |v: f64, metric: &str, period: &str| {
        got.iter().any(|c| {
            c.0 == v
                && c.1 == "床清掃ロボット市場"
                && c.2 == metric
                && c.3.as_deref() == Some(period)
        })
    };
    assert!(has(3.2e9, "size", "2025"), "{got:?}");
    assert!(has(1.5e10, "size", "2035"), "{got:?}");
    assert!(has(16.9, "cagr", "2025-2035"), "{got:?}");
    // A rate with no change before it keeps its own year.
    let plain = fm("2025-10-01") + "床清掃ロボット市場は2030年まで年平均成長率16.9%で成長する。\n";
    assert!(
        claims_of(&plain)
            .iter()
            .any(|c| c.2 == "cagr" && c.3.as_deref() == Some("2030")),
        "{:?}",
        claims_of(&plain)
    );
}

#[test]
fn a_measure_in_latin_letters_does_not_end_the_topic() {
    // 「CAGRは…」 names no other subject: the market of the sentence before goes on.
    let text = fm("2025-10-01")
        + "国内の床清掃ロボット市場は、2024年度に前年度比8倍の2億円に急拡大した。2024年度から2029年度にかけてのCAGRは88.8％で、2029年度には市場規模が95億円に上る。\n";
    let got = claims_of(&text);
    assert!(
        got.iter()
            .any(|c| c.0 == 88.8 && c.2 == "cagr" && c.1.contains("床清掃ロボット市場")),
        "{got:?}"
    );
    assert!(
        got.iter()
            .any(|c| c.0 == 9.5e9 && c.2 == "size" && c.3.as_deref() == Some("FY2029")),
        "{got:?}"
    );
}

#[test]
fn a_source_s_forecast_is_not_a_subject_and_another_topic_ends_the_carry() {
    // 「IDC Japanの予測では、…」: the forecast is where the figure comes from.
    let text =
        fm("2025-10-01") + "IDC Japanの予測では、2024年には前年比40.5%増の9,000億円に達した。\n";
    let got = claims_of(&text);
    assert!(got.iter().all(|c| !c.1.contains("予測")), "{got:?}");
    // A sentence that makes another market its topic, with no claim of its own, hands the
    // next sentence no subject.
    let text = fm("2025-10-01")
        + "世界の床清掃ロボット市場は2024年に54億ドルと推定される。特に業務用清掃ロボット市場は爆発的な成長を遂げている。この間の年平均成長率（CAGR）は42.8%に達した。\n";
    let got = claims_of(&text);
    assert!(got.iter().all(|c| c.0 != 42.8), "{got:?}");
    assert!(got.iter().any(|c| c.0 == 5.4e9), "{got:?}");
}

#[test]
fn parties_listed_under_a_measure_named_as_the_topic() {
    // 「2026年の設備投資額は、Aが…、Bが…」: each amount is its party's, of that measure and
    // year, and a party's wrong figure in another article is found.
    let list = fm("2025-10-01")
        + "2026年のAI設備投資予測は、Googleが1150億ドル以上、Metaが1080億ドル、Zenithが990億ドルとなっている。\n";
    let got = claims_of(&list);
    let has = |v: f64, who: &str| {
        got.iter().any(|c| {
            c.0 == v && c.1 == who && c.2 == "investment" && c.3.as_deref() == Some("2026")
        })
    };
    assert!(has(1.08e11, "Meta"), "{got:?}");
    let other = fm("2025-10-20") + "Metaの2026年の設備投資は108億ドルになる見込みだ。\n";
    assert_flags(
        &[list.clone(), other],
        "contradiction-across-articles",
        &["1080億ドル", "108億ドル"],
    );
    // A name with an aside is the name.
    let aside = fm("2025-10-01")
        + "具体的な投資額としては、Amazonが1,000億ドル以上、Alphabet（Google）が750億ドルとなっている。\n";
    let got = claims_of(&aside);
    assert!(
        got.iter().any(|c| c.0 == 7.5e10 && c.1 == "Alphabet"),
        "{got:?}"
    );
    // Percentages listed by party are shares of one whole, not the topic's measure.
    let shares =
        fm("2025-10-01") + "新会社の成長戦略は、Zenithが70%、Acmeが30%を出資する形で進む。\n";
    assert!(claims_of(&shares).is_empty(), "{:?}", claims_of(&shares));
}

#[test]
fn a_bare_measure_is_the_one_company_s_the_sentence_names() {
    // 「Xの決算を見ると、…、FY2025の売上高は…」: a measure with only a period before it, in a
    // sentence that names one well-known company, is that company's.
    let text = fm("2025-10-01")
        + "NVIDIAの直近の決算を見ると、その伸びは驚異的で、FY2025の売上高は1200億ドルに達した。\n";
    let got = claims_of(&text);
    assert!(
        got.iter().any(|c| c.0 == 1.2e11
            && c.1 == "NVIDIA"
            && c.2 == "revenue"
            && c.3.as_deref() == Some("FY2025")),
        "{got:?}"
    );
    // A measure of something else named before it (「…を使う企業の売上高」), or a sentence that
    // names two companies, gives no company.
    for quiet in [
        "NVIDIAのGPUを使う企業の売上高は1200億ドルだ。",
        "NVIDIAとインテルの決算では、FY2025の売上高は1200億ドルに達した。",
    ] {
        let got = claims_of(&(fm("2025-10-01") + quiet + "\n"));
        assert!(
            got.iter().all(|c| !(c.0 == 1.2e11 && c.1 == "NVIDIA")),
            "{quiet}: {got:?}"
        );
    }
}

#[test]
fn a_market_capitalisation_is_a_valuation_and_a_stock_price_names_no_one() {
    // 時価総額 holds 総額 but is no total: it meets the company's other valuations.
    let text = fm("2025-10-01") + "Zenithの時価総額は9,000億ドルに達した。\n";
    let got = claims_of(&text);
    assert!(
        got.iter().any(|c| c.0 == 9e11 && c.2 == "valuation"),
        "{got:?}"
    );
    // 「株価が急騰し、時価総額が…」: the stock price is not whose valuation it is.
    let text = fm("2025-10-01") + "株価が33%も急騰し、時価総額が9,040億ドルに達した。\n";
    let got = claims_of(&text);
    assert!(got.iter().all(|c| c.1 != "株価"), "{got:?}");
}

#[test]
fn recurring_revenue_is_its_own_measure_and_several_years_are_no_year() {
    // ARR is a run-rate at a date: two values in one year (early and late) are no conflict,
    // and it never meets a calendar year's revenue.
    let text = fm("2025-10-01")
        + "2025年初頭には約10億ドルだったZenithの年間経常収益（ARR）が、同年8月には50億ドルを突破した。\n\nZenithの年間経常収益は50億ドルに達した。\n\nZenithの2025年の売上高は30億ドルだった。\n";
    let got = claims_of(&text);
    assert!(
        got.iter()
            .any(|c| c.0 == 5e9 && c.2 == "arr" && c.3.is_none()),
        "{got:?}"
    );
    assert_quiet(&[text]);
    // 「今後3年間で」 is over three years: the amount is no yearly one.
    let text =
        fm("2025-10-01") + "Zenithは今後3年間でクラウドインフラに3,800億円を投資すると発表した。\n";
    let got = claims_of(&text);
    assert!(
        got.iter().any(|c| c.0 == 3.8e11 && c.2 == "investment"),
        "{got:?}"
    );
}

#[test]
fn the_same_measure_listed_for_another_company() {
    // 「Xは設備投資額を…140億ドルに、YもN割増の120億ドルに」: Y's amount is Y's capex.
    let text = fm("2025-10-01")
        + "マイクロソフトは2026年に設備投資額を前年比8割増の1400億ドルに、グーグル親会社のアルファベットも同9割増の1200億ドルに増やす。\n";
    let got = claims_of(&text);
    assert!(
        got.iter().any(|c| c.0 == 1.2e11
            && c.1 == "アルファベット"
            && c.2 == "investment"
            && c.3.as_deref() == Some("2026")),
        "{got:?}"
    );
    // An item that is not a company's clause (a partner, a name that is no subject) stays out.
    let text = fm("2025-10-01")
        + "マイクロソフトは2026年に設備投資額を1400億ドルに、アルファベットとの提携で1200億ドルに増やす。\n";
    let got = claims_of(&text);
    assert!(got.iter().all(|c| c.1 != "アルファベット"), "{got:?}");
}

#[test]
fn a_conversion_states_the_claim_of_the_amount_it_converts() {
    // 「N億ドル（約M億円）」: the yen amount is the same investment, for the same year, but
    // it is not compared: the dollar amount stands for it.
    let text = fm("2025-09-01")
        + "Orbit Freightは2025年に物流AIへ50億ドル（約7,400億円）の投資を行うと発表した。\n";
    let (corpus, _, _) = common::check_texts(&[text.as_str()], &Config::shipped());
    let of = |v: f64| corpus.claims.iter().find(|c| c.value == v);
    let usd = of(5e9).expect("the dollar amount makes a claim");
    let jpy = of(7.4e11).expect("its conversion states the same claim");
    assert_eq!(
        (&jpy.key, &jpy.metric, &jpy.period),
        (&usd.key, &usd.metric, &usd.period)
    );
    assert_eq!(jpy.unit, "JPY");
    assert_eq!(jpy.inherited, Some(figlint::context::Inherited::Converted));
    assert!(usd.compared() && !jpy.compared());
}

#[test]
fn conversions_at_different_rates_are_not_a_contradiction() {
    // The same dollar amount converted at two days' rates: the yen amounts differ, the claim
    // does not (the conversion rules judge the rates).
    let a = fm("2025-09-01")
        + "Orbit Freightは2025年に物流AIへ50億ドル（約7,400億円）の投資を行うと発表した。\n";
    let b = fm("2025-10-15")
        + "Orbit Freightは2025年に物流AIへ50億ドル（約8,600億円）の投資を行う計画だ。\n";
    let found = rules_for(&[a.clone(), b]);
    assert!(
        !found.iter().any(|(r, _)| r.starts_with("contradiction")),
        "{found:?}"
    );
    // A different dollar amount still is.
    let c = fm("2025-10-15")
        + "Orbit Freightは2025年に物流AIへ80億ドル（約1兆2,300億円）の投資を行う計画だ。\n";
    assert_flags(
        &[a, c],
        "contradiction-across-articles",
        &["50億ドル", "80億ドル"],
    );
}

#[test]
fn a_change_of_a_named_quantity_is_a_claim_of_whoever_made_it() {
    // 「Xを N%短縮」: the quantity and the direction are the measure, the company the subject.
    let text = fm("2025-07-01")
        + "Kestrel Logisticsは倉庫AIの導入で、仕分け時間を35%短縮した。\n\nKestrel Logisticsは配送コストを従来比12%削減したという。\n";
    let got = claims_of(&text);
    assert!(
        got.iter()
            .any(|c| c.0 == 35.0 && c.1 == "Kestrel Logistics" && c.2 == "reduction of 仕分け時間"),
        "{got:?}"
    );
    assert!(
        got.iter()
            .any(|c| c.0 == 12.0 && c.2 == "reduction of 配送コスト"),
        "{got:?}"
    );
}

#[test]
fn a_headline_change_against_the_bodys() {
    let text = "---\ntitle: \"Kestrel Logistics、仕分け時間60%短縮\"\ndate: 2025-07-01\n---\n\n"
        .to_string()
        + "Kestrel Logisticsは倉庫AIの導入で、仕分け時間を35%短縮した。\n";
    assert_flags(&[text], "contradiction-in-article", &["60%", "35%"]);
}

#[test]
fn what_a_multiple_is_of_is_its_baseline_not_its_subject() {
    // 「Yの3倍」: Y is what the gain is measured against; the subject is the topic before.
    let got =
        claims_of(&(fm("2025-07-01") + "Vireo R5は、Vireo R4の3倍の推論性能を実現したという。\n"));
    assert!(
        got.iter()
            .any(|c| c.0 == 3.0 && c.1 == "Vireo R5" && c.2 == "inference_speed (vs vireor4)"),
        "{got:?}"
    );
    // The predecessor however it is called, and 「生成AI性能」 as one measure word: two
    // articles giving the same product's gain over its predecessor as 3倍 and 2倍 disagree.
    let a = fm("2025-07-01") + "Vireo R5の生成AI性能は前モデルの3倍に向上した。\n";
    let b = fm("2025-09-01") + "Vireo R5は、生成AI性能が前世代比で2倍になった。\n";
    assert_flags(&[a, b], "contradiction-across-articles", &["3倍", "2倍"]);
    // 「Yの2倍化」 doubles Y: Y is no baseline.
    let got = claims_of(&(fm("2025-07-01") + "Vireo R5は推論性能の2倍化を実現した。\n"));
    assert!(!got.iter().any(|c| c.2.contains("(vs ")), "{got:?}");
}

#[test]
fn what_a_companys_new_product_does_is_the_products() {
    // 「Xが「P 7」を発表して、性能が2倍に」: the versioned product the clause names is whose
    // gain it is, so two articles on the product meet whatever the company is called.
    let a = fm("2025-07-01") + "Googleが新チップ「Vireo R5」を発表し、性能が2倍になった。\n";
    let b = fm("2025-08-01") + "今回のVireo R5は性能が3倍に向上したという。\n";
    let got = claims_of(&a);
    assert!(
        got.iter()
            .any(|c| c.0 == 2.0 && c.1 == "Vireo R5" && c.2 == "performance"),
        "{got:?}"
    );
    assert_flags(&[a, b], "contradiction-across-articles", &["2倍", "3倍"]);
    // An event's year is no version, and a product compared with is the baseline.
    let got = claims_of(
        &(fm("2025-07-01")
            + "Googleは、Expo 2025で発表した新チップで、Vireo R4と比較して性能が2倍になったと述べた。\n"),
    );
    assert!(
        !got.iter().any(|c| c.1 == "Expo 2025" || c.1 == "Vireo R4"),
        "{got:?}"
    );
}

#[test]
fn a_versioned_models_context_window_is_one_figure_in_every_article() {
    let a = fm("2025-07-01") + "Vireo R5は100万トークンのコンテキストウィンドウを持つ。\n";
    let b = fm("2026-01-15") + "Vireo R5のコンテキスト長は200万トークンに達する。\n";
    assert_only(
        &[a, b],
        "contradiction-across-articles",
        &["100万トークン", "200万トークン"],
    );
    // Tokens processed are no window, and a family name without a version is no one model.
    let c = fm("2025-07-01") + "Vireoは1日に1兆トークンを処理するという。\n";
    let d = fm("2025-07-01") + "Vireoのコンテキストウィンドウは100万トークンだ。\n";
    let e = fm("2025-09-01") + "Vireoのコンテキストウィンドウは20万トークンだ。\n";
    assert_quiet(&[c, d, e]);
}

#[test]
fn a_change_glued_to_its_quantity_is_whoever_the_quantity_belongs_to() {
    // 「XのQN%向上」 and 「Xの「QN%向上」」: no particle, the owner joined by 「の」.
    let got = claims_of(&(fm("2025-07-01") + "Vireo R5のコード生成能力73%向上が話題だ。\n"));
    assert!(
        got.iter()
            .any(|c| c.0 == 73.0 && c.1 == "Vireo R5" && c.2 == "gain in コード生成能力"),
        "{got:?}"
    );
    let got = claims_of(&(fm("2025-07-01") + "Vireo R5の「生産性25%向上」がもたらす変革。\n"));
    assert!(
        got.iter()
            .any(|c| c.0 == 25.0 && c.1 == "Vireo R5" && c.2 == "gain in 生産性"),
        "{got:?}"
    );
    // A field is no quantity: 「Vireo R5のAI物流15%削減」 says what was cut in nothing.
    let got = claims_of(&(fm("2025-07-01") + "Vireo R5のAI物流15%削減が話題だ。\n"));
    assert!(!got.iter().any(|c| c.2.contains("AI物流")), "{got:?}");
}

#[test]
fn a_companys_ongoing_spending_on_ai_infrastructure_is_no_one_event() {
    // Two announcements weeks apart, both 「AIインフラに投資」: not one figure.
    let a = fm("2025-11-20") + "AmazonがAIインフラに500億ドルを投資すると発表した。\n";
    let b = fm("2025-12-20") + "AmazonがAIインフラに200億ドルを投資するという。\n";
    assert_quiet(&[a, b]);
    // An investment in one named program still is one event.
    let c = fm("2025-11-20") + "Amazonが倉庫ロボットAIに50億ドルを投資すると発表した。\n";
    let d = fm("2025-12-20") + "Amazonが倉庫ロボットAIに500億ドルを投資するという。\n";
    assert_flags(
        &[c, d],
        "contradiction-across-articles",
        &["50億ドル", "500億ドル"],
    );
}

#[test]
fn a_year_after_a_list_dates_every_item_that_leaves_its_verb_to_it() {
    // 「Aは N、Bは M、Cは Kを2026年に…」: one verb, one year, for all three.
    let got = claims_of(
        &(fm("2025-12-01")
            + "Googleは1150億ドル以上、Metaは1080億ドル、Microsoftは990億ドル以上を2026年にAI設備投資に充てると予測されている。\n"),
    );
    for (value, who) in [
        (1.15e11, "Google"),
        (1.08e11, "Meta"),
        (9.9e10, "Microsoft"),
    ] {
        assert!(
            got.iter().any(|c| c.0 == value
                && c.1 == who
                && c.2 == "investment"
                && c.3.as_deref() == Some("2026")),
            "{who}: {got:?}"
        );
    }
    // A year after another clause's verb dates nothing of the list.
    let got = claims_of(
        &(fm("2025-12-01") + "A社の売上は100億円、B社は200億円で、2024年に両社は統合した。\n"),
    );
    assert!(!got.iter().any(|c| c.0 == 1e10 && c.3.is_some()), "{got:?}");
}

#[test]
fn a_name_in_a_bracketed_list_owns_its_amount() {
    // 「（Google $115B+、Meta $108B）」: Meta's amount, not a continuation of Google's.
    let got = claims_of(
        &(fm("2025-12-01")
            + "各社がAI設備投資を見込んでいる（Google $115B+、Meta $108B）という事実（2026年予測）は大きい。\n"),
    );
    assert!(
        got.iter()
            .any(|c| c.0 == 1.08e11 && c.1 == "Meta" && c.2 == "investment"),
        "{got:?}"
    );
}

#[test]
fn a_fall_of_more_than_all_is_its_own_error_and_no_contradiction() {
    // 「コストを300%削減」 cannot be: `impossible-fall` says so, and setting it against another
    // article's 20% cut would only repeat that the two numbers differ.
    let a = fm("2025-07-01") + "Kestrel Logisticsは新チップで推論コストを300%削減した。\n";
    let b = fm("2025-09-01") + "Kestrel Logisticsは新チップで推論コストを20%削減した。\n";
    let found = rules_for(&[a.clone(), b]);
    assert!(
        !found.iter().any(|(r, _)| r.starts_with("contradiction")),
        "{found:?}"
    );
    assert!(
        found
            .iter()
            .any(|(r, v)| r == "impossible-fall" && v.iter().any(|v| v == "300%")),
        "{found:?}"
    );
    // Two possible falls of the same quantity still meet.
    let c = fm("2025-09-01") + "Kestrel Logisticsは新チップで推論コストを60%削減した。\n";
    let d = fm("2025-07-01") + "Kestrel Logisticsは新チップで推論コストを30%削減した。\n";
    assert_flags(&[c, d], "contradiction-across-articles", &["60%", "30%"]);
}

#[test]
fn changes_of_different_quantities_or_hands_stay_apart() {
    // Two quantities of one company; the same quantity of two companies; and what follows a
    // change is not a measure of the quantity it changed.
    let text = fm("2025-07-01")
        + "Kestrel Logisticsは仕分け時間を35%短縮し、梱包コストを60%削減した。\n\nHarbor Pickは仕分け時間を50%短縮した。\n\n仮に、施策によってコンバージョン率が5%向上し、年間売上が800万円増えたとします。\n";
    assert_quiet(std::slice::from_ref(&text));
    // The quantity of a change is nobody's revenue.
    let got = claims_of(&text);
    assert!(!got.iter().any(|c| c.0 == 8e6), "{got:?}");
}

#[test]
fn money_put_in_as_a_huge_sum_is_invested() {
    // 「Nもの巨額を投じる」: a word for the sum between the amount and the verb.
    let got = claims_of(
        &(fm("2025-08-01")
            + "Nordwind Energyは、送電網のAI制御に45億ドルもの巨額を投じるという。\n"),
    );
    assert!(
        got.iter()
            .any(|c| c.0 == 4.5e9 && c.1 == "Nordwind Energy" && c.2 == "investment"),
        "{got:?}"
    );
}

#[test]
fn a_market_a_comma_and_an_amount_is_its_size() {
    // A headline's way: 「X市場、2031年N億ドル」 is the market's size that year, so a body
    // that gives another size for it disagrees.
    let text = "---\ntitle: \"海底ケーブル監視AI市場、2031年95億ドルへ\"\ndate: 2025-08-01\n---\n\n"
        .to_string()
        + "海底ケーブル監視AI市場は、2031年に59億ドル規模に達すると予測されている。\n";
    assert_flags(
        &[text],
        "contradiction-in-article",
        &["95億ドル", "59億ドル"],
    );
    // A change of the market is not its size.
    let got =
        claims_of(&(fm("2025-08-01") + "海底ケーブル監視AI市場、2031年に12億ドル増の見通し。\n"));
    assert!(!got.iter().any(|c| c.0 == 1.2e9), "{got:?}");
}

#[test]
fn a_quantity_in_the_subjects_place_leaves_the_change_to_the_name_before_it() {
    // 「Xは配送コストも12%削減」: 「も」 puts the quantity where the subject stands; the change
    // is X's. With no name before it (「現場では、リードタイムも30%短縮」) it is nobody's.
    let got = claims_of(
        &(fm("2025-07-01")
            + "Kestrel Logisticsは配送コストも従来比12%削減したという。\n\n現場では、リードタイムも30%短縮した。\n"),
    );
    assert!(
        got.iter()
            .any(|c| c.0 == 12.0 && c.1 == "Kestrel Logistics" && c.2 == "reduction of 配送コスト"),
        "{got:?}"
    );
    assert!(!got.iter().any(|c| c.0 == 30.0), "{got:?}");
}

#[test]
fn a_sentence_that_turns_to_something_else_continues_no_subject() {
    // 「一方で、」 opens on another matter: the amount after it is not the company's named before.
    let got = claims_of(
        &(fm("2025-07-01")
            + "River Deskは顧客対応を改善した。一方で、200億ドルものAI投資をしながら成果が出ない企業もある。\n"),
    );
    assert!(!got.iter().any(|c| c.0 == 2e10), "{got:?}");
    // Without the turn the carried subject still applies.
    let got = claims_of(
        &(fm("2025-07-01")
            + "River Deskは顧客対応を改善した。さらに、2025年には20億ドルを投じる計画だ。\n"),
    );
    assert!(
        got.iter().any(|c| c.0 == 2e9 && c.1 == "River Desk"),
        "{got:?}"
    );
}

#[test]
fn a_period_restated_in_brackets_keeps_the_measure_with_its_company() {
    // 「2025年度（FY2025）の売上高」: the bracketed period is read past, so the revenue is
    // still the company's the sentence opened with.
    let a = fm("2026-02-01")
        + "Oracleの最新決算を見ると、2025年度（FY2025）の売上高は1305億ドルに達した。\n";
    let b = fm("2026-03-01") + "Oracleの2025年度の売上高は1035億ドルだった。\n";
    assert_only(
        &[a, b],
        "contradiction-across-articles",
        &["1305億ドル", "1035億ドル"],
    );
    // A bracket that is not a period (a ticker) is not read past.
    let c = fm("2026-02-01")
        + "Oracleの決算を見ると、2025年度（ティッカーORCL）の売上高は1305億ドルだ。\n";
    let d = fm("2026-03-01") + "Oracleの2025年度の売上高は1035億ドルだった。\n";
    assert_quiet(&[c, d]);
}

#[test]
fn a_markets_level_for_a_year_listed_with_other_markets() {
    // 「X市場は2025年に N、Y市場は…」: the year is the level's, not where money goes.
    let a = fm("2026-02-01")
        + "中でも量子AI市場は2025年に71億ドル、量子センサー市場も2025年に8億ドルと、急速に拡大している。\n";
    let b = fm("2026-03-01")
        + "量子AI市場だけでも2025年に17億ドル、周辺市場もCAGR 40%で伸びると見込まれる。\n";
    assert_only(
        &[a, b],
        "contradiction-across-articles",
        &["71億ドル", "17億ドル"],
    );
    // Money a market receives in a year is not its level.
    let c = fm("2026-02-01") + "量子AI市場は2025年に71億ドル、前年より多くの投資を集めた。\n";
    let d = fm("2026-03-01") + "量子AI市場には2025年に17億ドル、海外から資金が流れ込んだ。\n";
    assert_quiet(&[c, d]);
}

#[test]
fn net_and_operating_losses_are_different_measures() {
    // A net loss and an operating loss of one half-year are both true.
    let a = fm("2025-10-01") + "Corvidは2025年上半期に135億ドルの純損失を計上した。\n";
    let b = fm("2025-11-01") + "Corvidは2025年上半期で78億ドルの営業損失を計上している。\n";
    assert_quiet(&[a.clone(), b]);
    // Two net losses of that half-year are one measure.
    let c = fm("2025-11-01") + "Corvidの2025年上半期の純損失は53億ドルだった。\n";
    assert_only(
        &[a, c],
        "contradiction-across-articles",
        &["135億ドル", "53億ドル"],
    );
}

#[test]
fn money_contributed_is_invested() {
    // 「Nを拠出」 (contributes N), with no measure word in the sentence, is an investment.
    let a = fm("2026-01-10") + "Brisaも2025年に20億ドルを拠出しており、連携が見て取れる。\n";
    let b = fm("2026-02-05") + "Brisaは2025年に200億ドルを拠出した。\n";
    assert_only(
        &[a, b],
        "contradiction-across-articles",
        &["20億ドル", "200億ドル"],
    );
}

#[test]
fn a_year_that_opens_most_titles_is_a_template_and_frames_none() {
    // A site that opens every title with 「2026年」: the year frames no title in particular, so
    // a headline meets its body's figures of any year, as a title without the prefix does.
    let target = titled("2025-12-01", "2026年札幌AI産業が示す、25%成長の意味")
        + "札幌のAI産業が25%成長したという。札幌のAI産業は2024年に12%成長した。\n";
    let site: Vec<String> = (1..=12)
        .map(|i| {
            titled(
                "2025-11-01",
                &format!("2026年Firm{i}の評価額{i}0億ドルの行方"),
            ) + &format!("Firm{i}の評価額は{i}0億ドルとなった。\n")
        })
        .collect();
    let mut texts = site.clone();
    texts.push(target.clone());
    assert_only(&texts, "contradiction-in-article", &["25%", "12%"]);
    // Alone, or on a site where few titles open with it, the year frames its title: the
    // headline meets body figures of that year only.
    assert_quiet(std::slice::from_ref(&target));
    let mut few = site[..3].to_vec();
    few.push(target);
    assert_quiet(&few);
}

#[test]
fn a_world_market_written_after_its_field() {
    // 「AIの世界市場」 is 「世界のAI市場」: the scope word takes no 「市」 of 「市場」 with it.
    let a = fm("2025-09-01") + "2030年には量子AIの世界市場が1.8兆ドル規模に達するという。\n";
    let b = fm("2025-10-01") + "世界の量子AI市場は2030年には8,270億ドルへ拡大する。\n";
    assert_only(
        &[a, b],
        "contradiction-across-articles",
        &["1.8兆ドル", "8,270億ドル"],
    );
}

#[test]
fn a_country_and_its_government_are_one_actor() {
    // 「日本が…に投資」 and 「日本政府が…に投資」: one news item, two amounts.
    let a = fm("2025-12-10") + "日本が量子人材育成に200億円を投資する。\n";
    let b = fm("2025-12-15") + "日本政府が量子人材育成に500億円を投資する。\n";
    assert_only(
        &[a, b],
        "contradiction-across-articles",
        &["200億円", "500億円"],
    );
    // A country's companies are not its government.
    let c = fm("2025-12-15") + "日本企業が量子人材育成に500億円を投資する。\n";
    let d = fm("2025-12-10") + "日本が量子人材育成に200億円を投資する。\n";
    assert_quiet(&[c, d]);
}

#[test]
fn a_round_is_not_whose_round_it_is() {
    // 「シリーズBラウンドでは…」: the round dates the money; the company is the one the text
    // goes on about, carried from the sentence before, and a round never keys a claim alone.
    let a = fm("2025-10-01")
        + "Zephyraは急成長している企業だ。シリーズBラウンドでは10億ドルを調達し、評価額は25億ドルに達した。\n\n"
        + "最近のテンセント主導の資金調達では、評価額が約30億ドルに達する見込みだ。\n";
    let (corpus, _, _) = common::check_texts(&[a.as_str()], &Config::shipped());
    let keys: Vec<(&str, &str)> = corpus
        .claims
        .iter()
        .map(|c| (c.key.as_str(), c.metric.as_str()))
        .collect();
    assert!(
        keys.iter().all(|(k, _)| k.starts_with("zephyra")),
        "{keys:?}"
    );
    assert!(
        keys.contains(&("zephyra@シリーズbラウンド", "valuation")),
        "{keys:?}"
    );
}

#[test]
fn they_refer_to_the_company_the_sentence_before_is_about() {
    // 「彼らは」 after a sentence about one company: that company's amount.
    let a =
        fm("2026-01-10") + "まず、Zephyraの動向を見ていこう。彼らは2025年に20億ドルを拠出した。\n";
    let b = fm("2026-02-05") + "Zephyraは2025年に200億ドルを拠出している。\n";
    assert_only(
        &[a, b],
        "contradiction-across-articles",
        &["20億ドル", "200億ドル"],
    );
}

#[test]
fn a_reported_change_is_one_result_restated_by_the_news() {
    // 「ZephyraがAI物流でコストを15%削減」 and, weeks later, 「Zephyra、AI物流でコスト20%削減」:
    // one reported result, two values.
    let a = fm("2025-12-24") + "ZephyraがAI物流システムでコストを15%削減したというニュースだ。\n";
    let b = fm("2026-01-20") + "Zephyraは、AI物流システムでコストを20%削減した。\n";
    assert_only(
        &[a.clone(), b],
        "contradiction-across-articles",
        &["15%", "20%"],
    );
    // Half a year on, it may be another result.
    let c = fm("2026-07-20") + "Zephyraは、AI物流システムでコストを20%削減した。\n";
    assert_quiet(&[a, c]);
}

#[test]
fn what_money_goes_to_named_in_other_words() {
    // 「自動運転AIに」 and 「AI自動運転EVの開発に」: the first's words are all in the second.
    let a = fm("2025-12-10") + "Kestrelが自動運転AIに100億円を投資すると発表した。\n";
    let b = fm("2026-01-25") + "KestrelがAI自動運転EVの開発に1000億円を投資するという。\n";
    assert_only(
        &[a.clone(), b],
        "contradiction-across-articles",
        &["100億円", "1000億円"],
    );
    // One word in common is not enough: 「AI」 alone is any AI.
    let c = fm("2026-01-25") + "KestrelがAI人材に1000億円を投資するという。\n";
    assert_quiet(&[a, c]);
}

#[test]
fn a_model_line_named_with_or_without_its_family() {
    // 「Claude Opus 9」 and 「Opus 9」 are one model; its MMLU score disagrees.
    let a = fm("2026-01-10") + "Claude Opus 9はMMLUで91.1%を記録した。\n";
    let b = fm("2026-02-05") + "Opus 9はMMLUで91.8%を記録した。\n";
    assert_only(
        &[a, b],
        "contradiction-across-articles",
        &["91.1%", "91.8%"],
    );
    // A change stated after a benchmark's name is no score on it.
    let c = fm("2026-01-10")
        + "Claude Opus 9はSWE-bench Verifiedで同等の性能のまま、出力トークンを76%削減できる。\n";
    let d = fm("2026-02-05") + "Opus 9はSWE-bench Verifiedで80.9%を記録した。\n";
    assert_quiet(&[c, d]);
}

#[test]
fn what_an_investment_goes_to_between_the_amount_and_the_word() {
    // 「Kestrelの270億ドル量子計算研究所投資」 is Kestrel's investment in its quantum lab, as
    // 「Kestrelが量子計算研究所に…を投資」 is.
    let a = fm("2026-01-10") + "Kestrelの270億ドル量子計算研究所投資が話題だ。\n";
    let b = fm("2026-02-05") + "Kestrelが量子計算研究所に720億ドルを投資する。\n";
    assert_only(
        &[a, b],
        "contradiction-across-articles",
        &["270億ドル", "720億ドル"],
    );
    // 「270億ドル規模の投資」 names nothing it goes to.
    let c = fm("2026-01-10") + "Kestrelの270億ドル規模の投資が話題だ。\n";
    let d = fm("2026-02-05") + "Kestrelが量子計算研究所に720億ドルを投資する。\n";
    assert_quiet(&[c, d]);
}

#[test]
fn a_speed_up_in_percent_meets_the_same_speed_up_in_multiples() {
    // 「50%向上」 is 1.5倍: against 3倍 for the same model it disagrees, against 1.5倍 it agrees.
    let a = fm("2026-05-02") + "Quillon 7の推論速度は40%向上したと発表された。\n";
    let b = fm("2026-05-20") + "Quillon 7は推論速度が3倍に向上したと伝えられた。\n";
    let c = fm("2026-05-21") + "Quillon 7は推論速度が1.4倍に向上したと伝えられた。\n";
    assert_only(
        &[a.clone(), b],
        "contradiction-across-articles",
        &["40%", "3倍"],
    );
    assert_quiet(&[a, c]);
}

#[test]
fn an_aspect_of_performance_is_a_measure_of_its_own() {
    // A model's multilingual gain is not its overall gain; two multilingual gains meet.
    let a = fm("2026-05-02") + "Quillon 7は多言語生成性能が2倍になった。\n";
    let b = fm("2026-05-20") + "Quillon 7は性能が30%向上したという。\n";
    assert_quiet(&[a.clone(), b]);
    let c = fm("2026-05-21") + "Quillon 7の多言語対応は70%向上したと報じられた。\n";
    assert_only(&[a, c], "contradiction-across-articles", &["2倍", "70%"]);
}

#[test]
fn an_industrys_size_written_as_one_word_keeps_its_industry() {
    // 「X国AI産業規模」 is the size of X国's AI industry, as 「X国のAI関連産業の規模」 is; the
    // size of its AI market is another thing.
    let a =
        fm("2026-04-02") + "2025年のノルディアAI産業規模は前年比20%増の6,000億ユーロに達した。\n";
    let b = fm("2026-04-20") + "2025年のノルディアのAI関連産業の規模は4,000億ユーロだった。\n";
    let c = fm("2026-04-21") + "2025年のノルディアのAI市場規模は4,000億ユーロだった。\n";
    assert_only(
        &[a.clone(), b],
        "contradiction-across-articles",
        &["6,000億ユーロ", "4,000億ユーロ"],
    );
    assert_quiet(&[a, c]);
}

#[test]
fn an_announcement_is_no_part_of_whose_figure_it_is() {
    // 「Xの発表では」 states X's figure.
    let a = fm("2026-05-02") + "Quillon 7の発表では、推論速度が2倍に向上したという。\n";
    let b = fm("2026-05-20") + "Quillon 7は推論速度が3倍に向上したと伝えられた。\n";
    assert_only(&[a, b], "contradiction-across-articles", &["2倍", "3倍"]);
}

#[test]
fn a_rounds_total_is_the_round_not_a_running_total() {
    // 「総額17億ユーロの資金調達ラウンド」 is one round's size; 「これまでの調達総額」 sums rounds.
    let text = fm("2026-05-02")
        + "ベルダAIは総額17億ユーロの資金調達ラウンドを完了した。\n\n"
        + "これにより、ベルダAIの資金調達総額は30億ユーロとなった。\n";
    let (_, claims, _) = common::check_texts(&[text.as_str()], &Config::shipped());
    let metric_of = |value: f64| {
        claims
            .iter()
            .find(|c| c.value == value)
            .map(|c| c.metric.clone())
            .unwrap_or_default()
    };
    assert_eq!(metric_of(17e8), "funding", "{claims:?}");
    assert_eq!(metric_of(30e8), "funding (total)", "{claims:?}");
}

#[test]
fn a_cut_in_staff_is_a_round_of_layoffs_not_a_head_count() {
    // 「1万人の従業員削減」 is a cut, never the company's head count; two cuts of one round meet.
    let a = fm("2026-05-02")
        + "ノースウィンド社は2025年末の従業員数が12万人に達した。\n\n"
        + "ノースウィンド社は1万人の従業員削減を発表した。\n";
    assert_quiet(std::slice::from_ref(&a));
    let b = fm("2026-05-20") + "ノースウィンド社が4万人の人員削減に踏み切った。\n";
    assert_flags(
        &[a, b],
        "contradiction-across-articles",
        &["1万人", "4万人"],
    );
}

#[test]
fn a_means_before_de_does_not_narrow_whose_figure_it_is() {
    // 「汎用性向上で40%性能アップ」: how the gain came, not a part of the model; a place before で
    // still narrows (「欧州で」).
    let a = fm("2026-05-02") + "Quillon 7は汎用性向上で40%の性能向上を果たした。\n";
    let b = fm("2026-05-20") + "Quillon 7は性能が30%向上したという。\n";
    assert_only(&[a, b], "contradiction-across-articles", &["40%", "30%"]);
    let c = fm("2026-05-02") + "ノースウィンド社は2025年に欧州で3億ドルの売上を上げた。\n";
    let d = fm("2026-05-20") + "ノースウィンド社の2025年の売上は8億ドルだった。\n";
    assert_quiet(&[c, d]);
}

#[test]
fn a_round_amount_is_read_as_written_unless_about_or_a_bound() {
    // 「1000億円」 is a thousand, not anything from 500 to 1500: 1200 in another post for the
    // same investment disagrees with it.
    let a = fm("2025-10-01") + "Norvaxは量子通信の研究に1000億円を投資すると発表した。\n";
    let b = fm("2025-10-20") + "Norvaxは量子通信の研究に1200億円を投資すると発表した。\n";
    assert_flags(
        &[a.clone(), b],
        "contradiction-across-articles",
        &["1000億円", "1200億円"],
    );
    // About a thousand allows 1050, and a round cap or floor is a threshold picked round.
    let about = fm("2025-10-20") + "Norvaxは量子通信の研究に約1000億円を投資すると発表した。\n";
    let exact = fm("2025-10-25") + "Norvaxは量子通信の研究に1,050億円を投資すると発表した。\n";
    assert_quiet(&[about, exact]);
    let cap = fm("2025-10-20") + "Norvaxは量子通信の研究に最大100億ドルを投資すると発表した。\n";
    let more = fm("2025-10-25") + "Norvaxは量子通信の研究に140億ドルを投資すると発表した。\n";
    assert_quiet(&[cap, more]);
    // So does a scale: 「100億ドル規模」 is of the order of ten billion.
    let scale = fm("2025-10-20") + "Norvaxは量子通信の研究に100億ドル規模の投資を行う。\n";
    let more = fm("2025-10-25") + "Norvaxは量子通信の研究に130億ドルを投資すると発表した。\n";
    assert_quiet(&[scale, more]);
}

#[test]
fn an_article_that_contradicts_itself_and_others_is_one_finding() {
    // The first post gives two growth rates for one year; the second repeats one of them. One
    // conflict: reported once, across articles, its help naming the article at odds with itself.
    // (Each names a different figure first, so that the older one-finding-per-figure merge
    // does not already join them.)
    let a = fm("2025-10-01")
        + "Veltaの国内出荷台数は2024年に18%増加した。\n\n後半では、Veltaの国内出荷台数は2024年に30%増加したとしている。\n";
    let b = fm("2025-10-05") + "Veltaの国内出荷台数は2024年に18%増加した。\n";
    let c = fm("2025-10-09") + "Veltaの国内出荷台数は2024年に18%増加した。\n";
    let refs = [a.as_str(), b.as_str(), c.as_str()];
    let (_, _, findings) = common::check_texts(&refs, &Config::shipped());
    let rules: Vec<&str> = findings.iter().map(|f| f.rule.as_str()).collect();
    assert_eq!(rules, ["contradiction-across-articles"], "{findings:#?}");
    assert!(
        findings[0].help.contains("also contradiction-in-article: "),
        "{}",
        findings[0].help
    );
}

#[test]
fn one_value_in_several_writings_is_listed_once_in_its_most_precise() {
    // 1000億ドル, 1,000億ドル and 約1000億ドル are one value; 約20億 meets 20億 as 20億, so 約30億
    // still disagrees with it.
    let posts = [
        fm("2025-10-01") + "Orbisは2025年に1000億ドルを調達した。\n",
        fm("2025-10-02") + "Orbisは2025年に1,000億ドルを調達した。\n",
        fm("2025-10-03") + "Orbisは2025年に約1000億ドルを調達した。\n",
        fm("2025-10-04") + "Orbisは2025年に400億ドルを調達した。\n",
    ];
    let refs: Vec<&str> = posts.iter().map(String::as_str).collect();
    let (_, _, findings) = common::check_texts(&refs, &Config::shipped());
    assert_eq!(findings.len(), 1, "{findings:#?}");
    assert!(
        findings[0]
            .message
            .ends_with("1,000億ドル (3 articles) vs 400億ドル (1 article)")
            || findings[0]
                .message
                .ends_with("400億ドル (1 article) vs 1,000億ドル (3 articles)"),
        "{}",
        findings[0].message
    );
    let posts = [
        fm("2025-10-01") + "GaleはOrbisに合計で約30億ドルを投資している。\n",
        fm("2025-10-02") + "GaleはOrbisに合計で約20億ドルを投資している。\n",
        fm("2025-10-03") + "GaleはOrbisに合計で20億ドルを投資している。\n",
    ];
    assert_flags(
        &posts,
        "contradiction-across-articles",
        &["約30億ドル", "20億ドル"],
    );
}

#[test]
fn a_score_without_its_percent_sign_meets_the_same_score_with_it() {
    // A table cell drops the % that the sentence writes: one measure. HumanEval+ is a benchmark
    // of its own, not HumanEval.
    let a = fm("2026-01-10") + "Zeta-7はMMLUで84.2%を記録した。HumanEvalでは71.0%だった。\n";
    let b = fm("2026-02-10")
        + "主要ベンチマークの比較は次の通り。\n\n| ベンチマーク | Zeta-7 | Quill 3 |\n|---|---|---|\n| MMLU | 89.9 | 80.1 |\n| HumanEval+ | 64.0 | 60.5 |\n";
    assert_only(&[a, b], "contradiction-across-articles", &["84.2%", "89.9"]);
}

#[test]
fn the_next_periods_value_of_a_series_has_the_measure_of_the_first() {
    // 「2025年には年間売上40億ドル、2026年には90億ドル」: the measure is named once, for the
    // first period; the second value is the same measure's for 2026.
    let a = fm("2025-10-01")
        + "Orbisは、2025年には年間売上40億ドル、2026年には90億ドルを見込んでいる。\n";
    let b = fm("2025-10-20") + "Orbisの2026年の年間売上は60億ドルになる見通しだ。\n";
    assert_only(
        &[a, b],
        "contradiction-across-articles",
        &["90億ドル", "60億ドル"],
    );
}

#[test]
fn a_field_named_in_latin_letters_does_not_stop_a_subject_carried_over() {
    // 「彼らは、2026年にはAI設備投資に…」: "AI" is the field the money goes to, not another
    // name the sentence turns to; the investment is Orbis's, whose 2026 plan another post
    // gives differently.
    let a = fm("2025-10-01")
        + "Orbisは次世代モデルの開発を進めている。彼らは、2026年にはAI設備投資に900億ドルを計画している。\n";
    let b = fm("2025-10-20") + "Orbisは2026年にAI設備投資に600億ドルを計画している。\n";
    assert_only(
        &[a, b],
        "contradiction-across-articles",
        &["900億ドル", "600億ドル"],
    );
}

#[test]
fn on_a_global_scale_is_not_a_size() {
    // 「世界規模で投資する」 says how widely the money is spent: the amount is an investment,
    // met by the same year's investment elsewhere, not a size.
    let claims = claims_of(
        &(fm("2025-10-01") + "Orbisは2025年にデータセンターに800億ドルを世界規模で投資する。\n"),
    );
    assert!(
        claims.iter().any(|c| c.0 == 8e10 && c.2 == "investment"),
        "expected an investment, got {claims:?}"
    );
    // An amount 「…規模で」 still gives the size.
    let claims = claims_of(&(fm("2025-10-01") + "生成AI市場は2025年に710億ドル規模で推移する。\n"));
    assert!(
        claims.iter().any(|c| c.0 == 7.1e10 && c.2 == "size"),
        "expected a size, got {claims:?}"
    );
}

#[test]
fn a_change_stated_beside_its_two_values_is_worked_out() {
    // The value reached is stated first, the change after 「前年のAから」.
    let a = fm("2025-10-01")
        + "調査では、生成AIを使う企業の割合は48.0%に達し、前年の30.0%から300%の増加となった。\n";
    // (The extractor reads 「30.0%から300%」 as one from–to; the finding points at it.)
    assert_only(&[a], "change-arithmetic", &["30.0%から300%", "48.0%"]);
    // After 「これは」, in the sentence before.
    let b = fm("2025-10-01")
        + "Orbisは今年の設備投資を800億ドルに引き上げた。これは前年の500億ドルから200%の増額だ。\n";
    assert_only(
        &[b],
        "change-arithmetic",
        &["200%", "500億ドル", "800億ドル"],
    );
    // Chinese: the verb before the percentage.
    let c = fm("2025-10-01") + "该公司的收入从100亿元增长到120亿元，增长了50%。\n";
    assert_only(&[c], "change-arithmetic", &["50%"]);
    // A measure with a unit of its own (an accelerator's TOPS), and 「強化」 as the rise.
    let d = fm("2025-10-01")
        + "新型NPUは60 TOPSの演算性能を持つ。これは前世代の40 TOPSから200%の強化だ。\n";
    assert_only(&[d], "change-arithmetic", &["200%", "40 TOPS", "60 TOPS"]);
}

#[test]
fn amounts_listed_past_the_total_they_are_summed_to() {
    // Two stakes in dollars, each restated in yen, summed to a yen total they pass.
    let a = fm("2025-10-01")
        + "Orbisへの出資は、Acmeからの最大30億ドル（約4,500億円）、さらに追加の20億ドル（約3,000億円）で合計約5,000億円に上る。\n";
    assert_only(
        &[a],
        "part-exceeds-whole",
        &["最大30億ドル", "20億ドル", "約5,000億円"],
    );
    // A total that holds its parts, and one of which the list names only some parts.
    let b = fm("2025-10-01")
        + "Acmeからは最大30億ドル、Zenithからは最大45億ドル、合計75億ドルを受け入れる。\n";
    let c = fm("2025-10-01")
        + "2026年にはAcmeが500億ドル以上、Zenithが400億ドル以上と、大手6社の合計で2000億ドルに達する。\n";
    assert_quiet(&[b, c]);
}

#[test]
fn a_change_the_values_give_or_a_rate_per_year_is_left_alone() {
    // Rounded as written: 100 → 148 is 48%, 「約50%」.
    let a = fm("2025-10-01") + "Orbisの売上は100億円から148億円へと約50%増加した。\n";
    // A change in points between two shares.
    let b = fm("2025-10-01") + "導入率は42%から61%へと19%上昇した。\n";
    // A compound rate per year is growth-arithmetic's.
    let c = fm("2025-10-01")
        + "国内市場は2020年の100億円から2025年には300億円へ、年平均25%で成長した。\n";
    // Two values with no change between them (「AからBの範囲で」) and a percentage of another thing.
    let d =
        fm("2025-10-01") + "投資額は100億円から150億円の範囲で、そのうち30%を研究開発に充てる。\n";
    assert_quiet(&[a, b, c, d]);
    // A change of another measure, of a part, or with no value reached right after it; and
    // a range of the change itself (「10%から20%の増加」).
    for text in [
        "同社の売上高は150億円、営業利益は前年の20億円から50%増加した。",
        "売上高は150億円に達し、そのうち海外は前年の50億円から20%増加した。",
        "売上高は100億円から20%増の見通しで、利益は30億円となる。",
        "営業利益は前年の20億円から50%増の見込みだが、売上高は200億円にとどまる。",
        "営業利益率は15%に達し、来年は10%から20%の増加が見込まれる。",
    ] {
        assert_quiet(&[fm("2025-10-01") + text + "\n"]);
    }
}

#[test]
fn the_second_value_of_a_change_told_by_month_is_that_months() {
    // 「…3月には615億ドルでしたが、9月には1,830億ドルに」: 「でしたが」 is "but", not a new
    // subject, so the second amount goes on with the valuation, and 9月 is September of the
    // year named with March. Another post's September value then meets it.
    let a = fm("2025-10-01")
        + "Orbisの企業価値は、2025年3月には615億ドルでしたが、9月には1,830億ドルに急上昇しました。\n";
    let b = fm("2025-10-20") + "Orbisの評価額は2025年9月に1,300億ドルとなった。\n";
    assert_only(
        &[a.clone(), b],
        "contradiction-across-articles",
        &["1,830億ドル", "1,300億ドル"],
    );
    let claims = claims_of(&a);
    assert!(
        claims
            .iter()
            .any(|c| c.0 == 6.15e10 && c.2 == "valuation" && c.3.as_deref() == Some("2025-03"))
            && claims
                .iter()
                .any(|c| c.0 == 1.83e11 && c.2 == "valuation" && c.3.as_deref() == Some("2025-09")),
        "expected March and September valuations, got {claims:?}"
    );
    // A span (「1月から7月にかけて」) is no one month.
    let c =
        fm("2025-10-01") + "Orbisの売上高は2025年1月から7月にかけて、累計で40億ドルに達した。\n";
    assert!(
        claims_of(&c)
            .iter()
            .all(|c| c.3.as_deref() != Some("2025-07")),
        "a span read as its last month"
    );
    // 「翌年9月」 is not September of the year before it; a month that dates something else
    // in another clause does not date the figure.
    let d = fm("2025-10-01")
        + "Orbisは2024年3月に100億ドルを調達し、翌年9月には150億ドルを調達した。\n";
    assert!(
        claims_of(&d)
            .iter()
            .all(|c| c.3.as_deref() != Some("2024-09")),
        "翌年9月 read as 2024-09"
    );
    let e = fm("2025-10-01")
        + "今年は、2月に発表した新製品が好調で、Orbisの売上高は100億円に達した。\n";
    let claims = claims_of(&e);
    assert!(
        claims.iter().any(|c| c.3.as_deref() == Some("2025")),
        "expected this year's revenue, got {claims:?}"
    );
}

#[test]
fn a_past_deal_another_article_dates_may_be_converted_at_its_times_rate() {
    // 「100億ドル（約1.3兆円）」 is 130円/$ in a September 2025 article: the rate of early
    // 2023, not of the article's month. Alone it is a stale rate; when another article dates
    // the same investment to January 2023, the writer converted at the deal's rate.
    let restated = fm("2025-09-10") + "OrbisはZenithに100億ドル（約1.3兆円）を投資している。\n";
    let dated = fm("2025-06-01") + "2023年1月、OrbisはZenithに100億ドルを投資した。\n";
    let alone = rules_for(std::slice::from_ref(&restated));
    assert!(
        alone.iter().any(|(r, _)| r == "conversion-stale-rate"),
        "expected a stale rate alone, got {alone:?}"
    );
    let both = rules_for(&[restated, dated]);
    assert!(
        both.iter().all(|(r, _)| !r.starts_with("conversion-")),
        "expected the dated deal to explain the rate, got {both:?}"
    );
}

#[test]
fn a_headlines_market_figure_after_its_framing_year() {
    // 「2026年Xロボ市場、2032年に88億ドルへ」: the leading year frames the title, the market
    // named after it is the subject, 「…へ」 heads for the amount, and the year written with
    // the figure dates it. The body states the same size three times smaller.
    let a = titled(
        "2025-10-01",
        "2026年配膳ロボット市場、2032年に88億ドルへ：その行方",
    ) + "配膳ロボット市場は2032年に29億ドルに達すると予測されている。\n";
    assert_only(
        std::slice::from_ref(&a),
        "contradiction-in-article",
        &["88億ドル", "29億ドル"],
    );
    let claims = claims_of(&a);
    assert!(
        claims
            .iter()
            .any(|c| c.0 == 8.8e9 && c.2 == "size" && c.3.as_deref() == Some("2032")),
        "expected the headline's 2032 size, got {claims:?}"
    );
    // The same title with the body's figure is quiet.
    let b = titled(
        "2025-10-01",
        "2026年配膳ロボット市場、2032年に88億ドルへ：その行方",
    ) + "配膳ロボット市場は2032年に88億ドルに達すると予測されている。\n";
    assert_quiet(&[b]);
}

#[test]
fn a_mark_passed_is_reached() {
    // 「…を突破した」 says the market reached the amount; 「N超の案件」 is no level of it.
    let a = fm("2025-10-01") + "配膳ロボット市場は120億ドルを突破した。\n";
    let claims = claims_of(&a);
    assert!(
        claims.iter().any(|c| c.0 == 1.2e10 && c.2 == "size"),
        "expected a size, got {claims:?}"
    );
    let b = fm("2025-10-01") + "配膳ロボット市場では2024年、1億ドル超の案件が全体の6割を占めた。\n";
    assert!(
        claims_of(&b).iter().all(|c| c.2 != "size"),
        "an attribute 「N超の」 read as the market's size"
    );
}

#[test]
fn spending_is_its_own_measure_and_whats_spent_on_is_the_subject() {
    // 「Xへの支出」 is X's spending; it meets 「X支出」 of another post for the same year, and
    // never a market's size.
    let a =
        fm("2025-10-01") + "配膳ロボットへの世界的な支出は2026年に420億ドルに達する見込みだ。\n";
    let b = fm("2025-10-15") + "配膳ロボット支出は2026年に240億ドルになると予測されている。\n";
    assert_only(
        &[a.clone(), b],
        "contradiction-across-articles",
        &["420億ドル", "240億ドル"],
    );
    let claims = claims_of(&a);
    assert!(
        claims
            .iter()
            .any(|c| c.1 == "配膳ロボット" && c.2 == "spending"),
        "expected spending on 配膳ロボット, got {claims:?}"
    );
    let size = fm("2025-10-15") + "配膳ロボット市場は2026年に240億ドルに達する。\n";
    assert_quiet(&[a, size]);
    // Spending on a field that alone names nothing (LLM) keeps its word of spending, and its
    // growth is the spending's.
    let c = fm("2025-10-01") + "2025年のLLM関連支出は前年比62%増の約4,800億円に達した。\n";
    let claims = claims_of(&c);
    assert!(
        claims
            .iter()
            .any(|c| c.2 == "spending" && c.1.contains("支出"))
            && claims
                .iter()
                .any(|c| c.2 == "growth (spending)" && c.1.contains("支出")),
        "expected LLM spending and its growth, got {claims:?}"
    );
}

#[test]
fn a_part_of_the_year_before_a_measure_is_its_period_not_its_subject() {
    // 「2025年第2四半期の売上高」: the quarter dates the revenue; the company named before it
    // owns it. 「Q3売上（FY2025）」 keeps its quarter out of the year's revenue.
    let a = fm("2025-10-01") + "Orbisの2025年第2四半期の売上高は467億ドルだった。\n";
    let claims = claims_of(&a);
    assert!(
        claims
            .iter()
            .any(|c| c.1 == "Orbis" && c.2 == "revenue" && c.3.as_deref() == Some("2025Q2")),
        "expected Orbis's Q2 revenue, got {claims:?}"
    );
    let b = fm("2025-10-01") + "Orbisの2024年3月期の連結売上高は2兆1038億円だった。\n";
    assert!(
        claims_of(&b).iter().all(|c| !c.1.starts_with('期')),
        "a fiscal year's month left in the subject"
    );
    // After a name too: 「Orbisの2025年3月期の売上高」.
    let c = fm("2025-10-01") + "Orbisの2025年3月期の売上高は4兆円だった。\n";
    let claims = claims_of(&c);
    assert!(
        claims
            .iter()
            .any(|c| c.1 == "Orbis" && c.3.as_deref() == Some("2025-03")),
        "expected Orbis's revenue of the year to March 2025, got {claims:?}"
    );
    let q = fm("2025-10-01") + "OrbisがQ3売上570億ドル（FY2025）を記録した。\n";
    let year = fm("2025-10-02") + "Orbisの2025会計年度の売上高は1305億ドルだった。\n";
    assert_quiet(&[q, year]);
}

#[test]
fn a_company_valuation_goes_on_from_the_name_before_and_a_list_names_no_one() {
    // 「企業評価額は…」 is the worth of the company the sentence before opened with, not another
    // company (企業) the sentence turns to.
    let a =
        fm("2025-10-01") + "Orbisは新たな資金調達を発表した。企業評価額は5,000億ドルに達した。\n";
    let claims = claims_of(&a);
    assert!(
        claims
            .iter()
            .any(|c| c.0 == 5e11 && c.1 == "Orbis" && c.2 == "valuation"),
        "expected Orbis's valuation, got {claims:?}"
    );
    // The last of three names listed is not the subject of what they do together, nor of the
    // next sentence.
    let b = fm("2025-10-01")
        + "Orbis、Zenith、Acmeが連携し、5000億ドル規模の計画を進めている。2025年4月には400億ドルを調達した。\n";
    let claims = claims_of(&b);
    assert!(
        claims.iter().all(|c| c.1 != "Acme"),
        "the last of a list taken as the subject: {claims:?}"
    );
    // Two names set off by a comma are one thing said twice.
    let c = fm("2025-10-01") + "Amazon、AWSが推論コストを20%削減した。\n";
    assert!(
        claims_of(&c).iter().any(|c| c.1 == "AWS"),
        "an apposition lost its subject"
    );
}

#[test]
fn a_market_opened_as_the_topic_owns_the_next_sentences_level() {
    // 「X市場は急速に拡大している。2030年には…に達する見込みだ。」: the amount the next
    // sentence reaches is the market's size; another post gives the same year otherwise.
    let a = fm("2025-10-01")
        + "配膳ロボット市場は急速に拡大している。2030年には120億ドルに達する見込みだ。\n";
    let b = fm("2025-10-20") + "配膳ロボット市場は2030年に45億ドルに達すると予測されている。\n";
    assert_only(
        &[a.clone(), b],
        "contradiction-across-articles",
        &["120億ドル", "45億ドル"],
    );
    // A sentence that names its own subject keeps it.
    let c = fm("2025-10-01")
        + "配膳ロボット市場は急速に拡大している。Orbisの売上高は2030年に120億ドルに達する見込みだ。\n";
    assert!(
        claims_of(&c).iter().all(|c| c.2 != "size"),
        "another subject's amount read as the market's size"
    );
}

#[test]
fn a_year_compared_with_is_not_the_figures_period() {
    // 「2029年には市場規模が2024年比で3.1倍の4兆円」: 2029's size, 2024 the base.
    let a = fm("2025-10-01")
        + "配膳ロボット市場は、2029年には市場規模が2024年比で3.1倍の4兆円になると予測されている。\n";
    let claims = claims_of(&a);
    assert!(
        claims
            .iter()
            .any(|c| c.0 == 4e12 && c.3.as_deref() == Some("2029")),
        "expected the 2029 size, got {claims:?}"
    );
}

#[test]
fn the_same_market_refers_back_to_the_market_named_last() {
    // 「…配膳ロボット市場であり、同市場は…」 and 「同市場は」 after a sentence about it.
    for text in [
        "成長を牽引するのは配膳ロボット市場であり、同市場は2034年までに約120億ドルに達すると予測されている。",
        "配膳ロボット市場は注目されている。同市場は2034年までに約120億ドルに達すると予測されている。",
    ] {
        let claims = claims_of(&(fm("2025-10-01") + text + "\n"));
        assert!(
            claims
                .iter()
                .any(|c| c.1 == "配膳ロボット市場" && c.2 == "size" && c.3.as_deref() == Some("2034")),
            "expected the market's 2034 size in {text}, got {claims:?}"
        );
    }
}

#[test]
fn a_sentence_about_two_subjects_hands_neither_to_the_next() {
    // 「A市場は…、B市場も…。この成長は…2030年には…」: whose 2030 size the next sentence
    // gives is not said.
    let a = fm("2025-10-01")
        + "ロボット市場は2025年に2,440億ドル規模に達し、配膳ロボット市場も710億ドルに上る。この成長は著しく、2030年には8,270億ドルまで拡大すると見られている。\n";
    let claims = claims_of(&a);
    assert!(
        claims.iter().all(|c| c.0 != 8.27e11),
        "the 2030 amount given to one of two markets: {claims:?}"
    );
    // One subject is handed on.
    let b = fm("2025-10-01")
        + "配膳ロボット市場は2025年に710億ドルに上る。この成長は著しく、2030年には8,270億ドルまで拡大すると見られている。\n";
    assert!(
        claims_of(&b)
            .iter()
            .any(|c| c.0 == 8.27e11 && c.1 == "配膳ロボット市場"),
        "a single subject not carried"
    );
}

#[test]
fn a_market_carried_over_is_not_a_narrower_or_another_subjects_figure() {
    // The market the sentence before opened with does not own a place's share of it, two
    // companies' revenue, or an amount after a company's claim in the same sentence.
    for text in [
        "配膳ロボット市場は急速に拡大している。米国だけで2030年に50億ドルに達する見込みだ。",
        "配膳ロボット市場はOrbisとZenithが主導している。両社の売上高は合計で50億ドルに達する。",
        "配膳ロボット市場は急拡大している。Orbisの市場シェアは8割に達し、同市場は2028年に50億ドルに達する見通しだ。",
        "配膳ロボット市場は2024年に6億ドルに達した。株式市場の混乱にもかかわらず、同市場は2030年に50億ドルに拡大する見通しだ。",
    ] {
        let claims = claims_of(&(fm("2025-10-01") + text + "\n"));
        assert!(
            claims
                .iter()
                .filter(|c| c.0 == 5e9)
                .all(|c| c.1 == "配膳ロボット市場" && !text.contains("米国") && !text.contains("両社")),
            "{text}: {claims:?}"
        );
    }
    // Spending on a field is keyed as the field's spending, however it is written.
    let a = fm("2025-10-01") + "世界の生成AI支出は2025年に2,020億ドルに達する。\n";
    let b = fm("2025-10-15") + "生成AIへの支出は2025年に1,500億ドルに達する。\n";
    assert_only(
        &[a, b],
        "contradiction-across-articles",
        &["2,020億ドル", "1,500億ドル"],
    );
}

#[test]
fn a_company_in_latin_and_in_katakana_is_one_subject_and_no_prefix_of_another_name() {
    let keys = |text: &str| -> Vec<(String, String)> {
        let (_, claims, _) =
            common::check_texts(&[&(fm("2025-10-01") + text + "\n")], &Config::shipped());
        claims
            .iter()
            .map(|c| (c.key.clone(), c.metric.clone()))
            .collect()
    };
    // Latin and katakana spellings of a well-known company meet.
    let latin = keys("Accentureは2025年に1.1万人の人員削減を発表した。");
    let kana = keys("アクセンチュアは2025年に1.1万人の人員削減を発表した。");
    assert!(!latin.is_empty() && latin == kana, "{latin:?} vs {kana:?}");
    let latin = keys("CoreWeaveは2025年に20億ドルを調達した。");
    let kana = keys("コアウィーブは2025年に20億ドルを調達した。");
    assert!(!latin.is_empty() && latin == kana, "{latin:?} vs {kana:?}");
    // A company's name inside another name joined by an apostrophe is not that company, and
    // a possessive is: Dell'Oro is not Dell, Google's is Google.
    let other =
        keys("調査会社Dell'Oro Groupは、AI-RANへの投資が2029年までに100億ドルを超えると予測する。");
    let dell = keys("Dell Technologiesの売上高は2025年に1000億ドルだった。");
    assert!(
        dell.iter().all(|(d, _)| d == "dell")
            && other
                .iter()
                .all(|(k, _)| !k.starts_with("dellgroup") && k.contains("dellorogro")),
        "{other:?} against Dell's key {dell:?}"
    );
    let google = keys("Google's revenue reached $350 billion in 2025.");
    let kana = keys("グーグルの売上高は2025年に3500億ドルだった。");
    assert!(
        !google.is_empty() && google.iter().all(|(k, _)| kana.iter().any(|(g, _)| g == k)),
        "{google:?} vs {kana:?}"
    );
}

#[test]
fn a_quoted_survey_finding_is_not_the_publishers_own_change() {
    let claims = |text: &str| {
        let (_, claims, _) =
            common::check_texts(&[&(fm("2025-10-01") + text + "\n")], &Config::shipped());
        claims
            .iter()
            .map(|c| (c.value, c.subject.clone(), c.metric.clone()))
            .collect::<Vec<_>>()
    };
    let survey = claims("IBMが発表した「AI導入で生産性が92%向上」という調査結果は驚きだった。");
    assert!(
        survey.iter().all(|c| c.1 != "IBM"),
        "a survey's finding given to its publisher: {survey:?}"
    );
    let own = claims("IBMが「生産性45%向上」という具体的な数字を出した。");
    assert!(
        own.iter().any(|c| c.1 == "IBM" && c.2 == "gain in 生産性"),
        "the company's own figure lost: {own:?}"
    );
}

#[test]
fn a_span_of_months_is_a_period_and_no_figure() {
    // 「2025年4〜6月期」 is one period: neither a stray number 4 nor a subject 「6月期の売上高」.
    for (text, period) in [
        (
            "ソニーの2025年4〜6月期の売上高は12兆円だった。",
            "2025-04..06",
        ),
        (
            "ソニーの2024年7-9月期の営業利益は3000億円となった。",
            "2024-07..09",
        ),
    ] {
        let (corpus, claims, _) =
            common::check_texts(&[&(fm("2025-10-01") + text + "\n")], &Config::shipped());
        assert!(
            corpus
                .figures
                .iter()
                .all(|f| f.raw.kind != figlint::figure::Kind::Number),
            "a stray number in {text}: {:?}",
            corpus.figures.iter().map(|f| &f.text).collect::<Vec<_>>()
        );
        assert!(
            claims
                .iter()
                .any(|c| c.subject == "ソニー" && c.period.as_deref() == Some(period)),
            "{text}: {:?}",
            claims
                .iter()
                .map(|c| (&c.subject, &c.period))
                .collect::<Vec<_>>()
        );
    }
}

#[test]
fn a_template_year_is_counted_over_every_title_not_only_those_with_figures() {
    // Most titles open with the site's 「2026年」 but state no figure; a few titles state a
    // figure without the year. The year is still the template's.
    let target = titled("2025-12-01", "2026年札幌AI産業が示す、25%成長の意味")
        + "札幌のAI産業が25%成長したという。札幌のAI産業は2024年に12%成長した。\n";
    let mut texts: Vec<String> = (1..=12)
        .map(|i| titled("2025-11-01", &format!("2026年Firm{i}の新戦略")) + "本文。\n")
        .collect();
    texts.extend((1..=4).map(|i| {
        titled(
            "2025-11-01",
            &format!("配膳ロボットが飲食店の{i}0%に導入へ"),
        ) + "本文。\n"
    }));
    texts.push(target);
    assert_only(&texts, "contradiction-in-article", &["25%", "12%"]);
}

#[test]
fn a_share_of_a_population_is_a_measure_of_what_it_uses() {
    // Two articles give one forecast's share of applications that will carry agents.
    let a = fm("2025-10-01")
        + "Orbisによると、2026年までに企業アプリケーションの40%に配膳エージェントが搭載される。\n";
    let b =
        fm("2025-11-01") + "2026年には企業アプリの15%に配膳エージェントが搭載される見込みだ。\n";
    assert_only(&[a, b], "contradiction-across-articles", &["40%", "15%"]);
    // Shares of two countries' workers, and a failure that merely names adoption, are quiet.
    let c = fm("2025-10-01")
        + "インドでは従業員の92%がAIを活用している。日本では従業員の30%がAIを活用している。\n";
    assert_quiet(&[c]);
    let claims = claims_of(&(fm("2025-10-01") + "企業の75%がAI導入に失敗している。\n"));
    assert!(claims.is_empty(), "{claims:?}");
    let claims = claims_of(&(fm("2025-10-01") + "国内企業の約65%がAIを業務に活用している。\n"));
    assert!(
        claims
            .iter()
            .any(|c| c.1 == "AI" && c.2 == "share of 国内企業 (活用)"),
        "{claims:?}"
    );
}

#[test]
fn a_share_denied_planned_or_of_no_named_thing_is_no_claim() {
    for text in [
        // Denied, planned, a noun the clause goes on from, hiring.
        "2025年時点で国内企業の40%が生成AIを導入していない。",
        "2025年には国内企業の35%が生成AIを導入する予定だ。",
        "企業の40%が生成AIの導入見送りを決めた。",
        "企業の40%がエンジニアを採用した。",
        // No thing named: an adverb, a place, two things, or nothing at all.
        "社員の40%が積極的に活用している。",
        "国内企業の25%が全社で導入している。",
        "企業の40%がAIとクラウドを導入した。",
        "ソフトバンクの売上高は2025年に6兆円だった。2025年時点で社員の90%が導入済みだ。",
    ] {
        let claims = claims_of(&(fm("2025-10-01") + text + "\n"));
        assert!(
            claims.iter().all(|c| !c.2.starts_with("share of")),
            "{text}: {claims:?}"
        );
    }
    // Whose workers they are is part of the population.
    let a = fm("2025-10-01") + "2025年、ソフトバンクの社員の90%が生成AIを業務に活用している。\n";
    let b = fm("2025-11-01") + "2025年、楽天の社員の20%が生成AIを業務に活用している。\n";
    assert_quiet(&[a, b]);
}

#[test]
fn the_review_look_alikes_of_session_24_stay_quiet() {
    // A title that opens with a dated year (「2025年の…」) is no template.
    let mut texts: Vec<String> = (1..=10)
        .map(|i| titled("2025-11-01", &format!("2025年の生成AIニュースまとめ{i}")) + "本文。\n")
        .collect();
    texts.push(
        titled("2025-12-01", "2025年生成AI市場、前年比30%成長")
            + "生成AI市場は2024年に前年比50%成長した。2025年は前年比30%成長した。\n",
    );
    assert_quiet(&texts);
    // A span of months with no year is no subject.
    let claims = claims_of(
        &(fm("2025-10-01") + "任天堂の7〜9月期の売上高は前年同期比20%増の3000億円だった。\n"),
    );
    assert!(claims.iter().all(|c| !c.1.contains('〜')), "{claims:?}");
    // A company's own result quoted is still its own; a survey's is not.
    let own = claims_of(
        &(fm("2025-10-01")
            + "ソフトバンクは「生成AIの活用で社内の業務時間が40%削減」という結果を公表した。\n"),
    );
    assert!(own.iter().any(|c| c.1 == "ソフトバンク"), "{own:?}");
    // An investment in yen and a market size in dollars are no two ends of one rate.
    let mixed = fm("2025-10-01")
        + "世界の生成AI投資額は2024年に約3兆円だった。世界の生成AI市場は2030年に年平均成長率40%で1兆ドルに達する見込みだ。\n";
    assert!(
        rules_for(&[mixed])
            .iter()
            .all(|(r, _)| r != "growth-arithmetic"),
        "investment against size"
    );
}

/// Whether `claims` (as [`claims_of`] gives them) hold one of `subject` for `period`.
fn has_dated(
    claims: &[(f64, String, String, Option<String>)],
    subject: &str,
    period: &str,
) -> bool {
    claims
        .iter()
        .any(|c| c.1 == subject && c.3.as_deref() == Some(period))
}

#[test]
fn clauses_that_share_one_verb_share_its_year() {
    // 「A市場は2025年にX、B市場はYに達する」: the first clause leaves its verb, and its year,
    // to the second.
    let claims = claims_of(
        &(fm("2025-10-01")
            + "ロボット市場は2027年に900億ドル、介護ロボット市場は120億ドルに達する見込みだ。\n"),
    );
    assert!(has_dated(&claims, "介護ロボット市場", "2027"), "{claims:?}");
    // So across articles the second market's 2027 size meets another article's.
    let a = fm("2025-10-01")
        + "ロボット市場は2027年に900億ドル、介護ロボット市場は120億ドルに達する見込みだ。\n";
    let b = fm("2025-11-01") + "介護ロボット市場は2027年に45億ドルに達すると予測されている。\n";
    assert_flags(
        &[a, b],
        "contradiction-across-articles",
        &["120億ドル", "45億ドル"],
    );
    // A clause with a verb of its own keeps its year to itself (issue 13's 年率55%), and so
    // does one that names its own time (「今後3年間で」), or one after a clause about
    // something else (a share) that the year dates.
    for (text, figure) in [
        (
            "ロボット市場は2030年には900億ドルに達し、特に介護ロボット市場は年率30%で成長している。",
            "介護ロボット市場",
        ),
        (
            "2028年までに北海道のデータセンターに400億円、九州でも今後3年間で研究に50億円を投じる。",
            "九州",
        ),
        (
            "さらに、物流ロボットは2026年には倉庫の40%に導入されると見込まれており、介護ロボット市場も120億ドル以上と見込まれる。",
            "介護ロボット市場",
        ),
    ] {
        let claims = claims_of(&(fm("2025-10-01") + text + "\n"));
        assert!(
            claims
                .iter()
                .filter(|c| c.1.contains(figure))
                .all(|c| c.3.is_none()),
            "{text}: {claims:?}"
        );
    }
}

#[test]
fn a_market_marked_with_de_reaches_its_amount() {
    let claims = claims_of(
        &(fm("2025-10-01")
            + "2027年にはロボット市場全体で900億ドル、介護ロボット市場で120億ドルに達すると予測されている。\n"),
    );
    for (subject, value) in [("ロボット市場", 900e8), ("介護ロボット市場", 120e8)] {
        assert!(
            claims.iter().any(|c| c.1 == subject
                && c.2 == "size"
                && c.3.as_deref() == Some("2027")
                && (c.0 - value).abs() < 1.0),
            "{subject}: {claims:?}"
        );
    }
    // 「Xで」 before an amount that is not reached is a place or a means, not the subject.
    let claims = claims_of(&(fm("2025-10-01") + "ロボット市場で100億ドルを調達した。\n"));
    assert!(claims.iter().all(|c| c.1 != "ロボット市場"), "{claims:?}");
}

#[test]
fn amounts_reached_with_emphasis_narrowed_or_given_respectively() {
    // 「にもなる」 reaches; 「に絞っても」 narrows to the market named.
    let claims = claims_of(
        &(fm("2025-10-01")
            + "2027年には介護ロボット市場だけでも120億ドルにもなると言われている。\n"),
    );
    assert!(has_dated(&claims, "介護ロボット市場", "2027"), "{claims:?}");
    let claims = claims_of(
        &(fm("2025-10-01")
            + "ロボット市場は2027年時点で900億ドル、介護ロボット市場に絞っても120億ドルに達し、2030年にはそれぞれ2000億ドルとなる。\n"),
    );
    assert!(
        claims
            .iter()
            .any(|c| c.1 == "介護ロボット市場" && (c.0 - 120e8).abs() < 1.0),
        "{claims:?}"
    );
    // 「それぞれ」: the value of each of several subjects, none of them named in its clause.
    assert!(
        claims.iter().all(|c| (c.0 - 2000e8).abs() > 1.0),
        "{claims:?}"
    );
    // Two values offered as alternatives state neither.
    let claims = claims_of(
        &(fm("2025-10-01")
            + "2025年にAcme RoboticsがAIに850億ドル、あるいは750億ドルを投資する計画だ。\n"),
    );
    assert!(claims.is_empty(), "{claims:?}");
}

#[test]
fn names_in_an_aside_and_company_names_in_two_scripts_own_their_figures() {
    // A name marked with が inside a bracketed aside owns the figure after it.
    let claims = claims_of(
        &(fm("2025-10-01")
            + "巨額の設備投資（2026年にはGoogleが1150億ドル以上、Metaが1080億ドルを投じる見込み）が続く。\n"),
    );
    assert!(
        claims
            .iter()
            .any(|c| c.1 == "Meta" && (c.0 - 1080e8).abs() < 1.0),
        "{claims:?}"
    );
    assert!(claims.iter().all(|c| !c.1.contains("巨額")), "{claims:?}");
    // A well-known company written in Latin and katakana, or katakana and kanji, opens the
    // sentence before as its topic: the next sentence's figure is its.
    for (text, subject) in [
        (
            "SKハイニックスは好調な企業だ。2024年度の売上高は251億ドルに達した。",
            "SKハイニックス",
        ),
        (
            "トヨタ自動車は好調な企業だ。2024年度の売上高は45兆円に達した。",
            "トヨタ自動車",
        ),
    ] {
        let claims = claims_of(&(fm("2025-10-01") + text + "\n"));
        assert!(
            claims.iter().any(|c| c.1 == subject && c.2 == "revenue"),
            "{text}: {claims:?}"
        );
    }
}

#[test]
fn bond_issues_and_settlements_are_events_of_their_company() {
    // One issue of bonds, stated a month apart with a slipped digit.
    let a = fm("2025-10-01") + "Kestrel Motorsは300億ドルの社債を発行した。\n";
    let b = fm("2025-11-01") + "Kestrel Motorsが30億ドルの社債発行に踏み切った。\n";
    assert_flags(
        &[a, b],
        "contradiction-across-articles",
        &["300億ドル", "30億ドル"],
    );
    let claims = claims_of(&(fm("2025-10-01") + "Kestrel Motorsは和解金15億ドルを支払う。\n"));
    assert!(
        claims
            .iter()
            .any(|c| c.1 == "Kestrel Motors" && c.2 == "settlement"),
        "{claims:?}"
    );
    // A headline's news against the body's history: an issue two years before the article
    // is background, not the headline's figure.
    let c = titled("2025-10-31", "Kestrel Motorsの300億ドル社債発行")
        + "Kestrel Motorsは300億ドルの社債を発行した。同社が2022年に100億ドルの社債を発行して以来の規模だ。\n";
    assert_quiet(&[c]);
}

#[test]
fn a_price_table_states_each_models_prices() {
    // A row names a model, a column header a price: the cell is that model's price, and two
    // articles that price the same model differently disagree.
    let table = fm("2025-10-01")
        + "各社の料金をまとめた。\n\n| モデル | 提供元 | 入力料金（100万トークンあたり） | 出力料金 |\n|---|---|---|---|\n| Kite-4 mini | Northwind | $0.15 | $0.60 |\n| Kite-4 | Northwind | $2.50 | $10.00 |\n";
    let claims = claims_of(&table);
    let priced = |v: f64, metric: &str| {
        claims
            .iter()
            .any(|c| c.0 == v && c.1 == "Kite-4 mini" && c.2 == metric && c.3.is_none())
    };
    assert!(
        priced(0.15, "input_price") && priced(0.6, "output_price"),
        "{claims:?}"
    );
    let prose =
        fm("2025-11-01") + "Kite-4 miniは入力100万トークンあたり0.25ドル、出力1.00ドルと安価だ。\n";
    assert_flags(
        &[table.clone(), prose],
        "contradiction-across-articles",
        &["$0.15", "0.25ドル"],
    );
    // A cell that says more than its amount (an estimate, a note), a row that names no model
    // (a total, a year), and a header that is no measure make no claim.
    let loose = fm("2025-10-01")
        + "| 企業 | 評価額 | 2024年売上高 | 備考 |\n|---|---|---|---|\n| Quill AI | 約50億ドル（推定） | 3億ドル | 20億ドル |\n| 合計 | 80億ドル | 5億ドル | |\n| 2025年 | 90億ドル | | |\n";
    let claims = claims_of(&loose);
    assert!(claims.is_empty(), "{claims:?}");
}

#[test]
fn a_word_of_change_names_what_changed() {
    // 「20%効率化」 is a gain in efficiency and 「20%低価格化」 a cut in price, told of the
    // company that made it; the same company's result in two articles of one season meets.
    let a = fm("2025-12-01") + "「WestlineがAI倉庫管理で20%効率化」というニュースが流れた。\n";
    let b = fm("2026-01-10") + "WestlineはAI倉庫ロボットを導入し、効率を35%改善したと発表した。\n";
    assert_flags(&[a, b], "contradiction-across-articles", &["20%", "35%"]);
    let claims = claims_of(
        &(fm("2025-12-01")
            + "Brightwaveは推論チップを15%低価格化すると発表した。Orbitalは物流で30%の効率化を実現した。\n"),
    );
    assert!(
        claims
            .iter()
            .any(|c| c.1 == "Orbital" && c.2 == "gain in 効率" && c.0 == 30.0),
        "{claims:?}"
    );
    assert!(
        claims
            .iter()
            .any(|c| c.1 == "Brightwave" && c.2 == "reduction of 推論チップ"),
        "{claims:?}"
    );
    // A change that points back (「この「20%高速化」は」) restates the one before; a change
    // of something that is no name (「創薬工程全体で30%の高速化が実現できたとしたら」) is too
    // vague to compare.
    let text = fm("2025-12-01")
        + "Helix Bioが創薬AIを20%高速化したと発表した。\n\nこの「20%高速化」は大きい。\n\n創薬工程全体で30%の高速化が実現できたとしたら、意味は大きい。\n";
    let claims = claims_of(&text);
    assert!(
        claims
            .iter()
            .filter(|c| c.0 == 20.0)
            .all(|c| c.1.contains("Helix Bio")),
        "{claims:?}"
    );
    assert!(!claims.iter().any(|c| c.0 == 30.0), "{claims:?}");
}

#[test]
fn a_party_marked_also_a_viewed_market_a_segment_and_a_described_buyer_make_claims() {
    // 「Bも N」 after a sentence that claimed A's measure states B's, for the same year; so
    // does a third party in the same list.
    let claims = claims_of(
        &(fm("2026-01-10")
            + "Northwindは2026年、AIデータセンターに900億ドル（約13兆円）を投じる計画だ。Fabrikamも700億ドル（約10兆円）、Contosoも650億ドルと、いずれも巨額だ。\n"),
    );
    for (party, value) in [("Fabrikam", 700.0e8), ("Contoso", 650.0e8)] {
        assert!(
            claims.iter().any(|c| c.1 == party
                && c.2 == "investment"
                && c.0 == value
                && c.3.as_deref() == Some("2026")),
            "{party}: {claims:?}"
        );
    }
    // No measure to go on with: a bare 「Bも N」 after a sentence of no claim stays unclaimed.
    let claims = claims_of(&(fm("2026-01-10") + "話題は尽きない。Fabrikamも700億ドルと大きい。\n"));
    assert!(!claims.iter().any(|c| c.1 == "Fabrikam"), "{claims:?}");
    // 「…で見ると」 makes what is looked at the topic; a segment's amount that 「を占める」 of a
    // whole, or that is 「…と大きい」, is its level.
    let claims = claims_of(
        &(fm("2026-01-10")
            + "ロボット市場全体で見ると、2025年には500億ドル、2030年には1200億ドルと予測されている。\n\n2025年には、協働ロボット市場だけでも90億ドルを占める。\n\n物流ロボット市場も2025年時点で60億ドル以上と大きい。\n"),
    );
    for (subject, value, year) in [
        ("ロボット市場全体", 500.0e8, "2025"),
        ("ロボット市場全体", 1200.0e8, "2030"),
        ("協働ロボット市場", 90.0e8, "2025"),
        ("物流ロボット市場", 60.0e8, "2025"),
    ] {
        assert!(
            claims.iter().any(|c| c.1 == subject
                && c.2 == "size"
                && c.0 == value
                && c.3.as_deref() == Some(year)),
            "{subject} {value}: {claims:?}"
        );
    }
}

#[test]
fn an_acquisition_price_after_a_comma_and_a_word_of_surprise_is_the_targets() {
    // The object of 買収 stands before a comma and 「なんと」, the price after them; a
    // description of the target (「ドイツの産業機器大手…」) does not keep two articles apart.
    let a = fm("2025-10-01")
        + "Orbital Holdingsは、ドイツの産業機器大手Krellの物流事業部門を、なんと40億ドル（約6,000億円）で買収すると発表した。\n";
    let b = fm("2025-10-08")
        + "Orbital Holdingsがドイツの機械メーカーKrellの物流事業部門を70億ドルで買収することが明らかになった。\n";
    let claims = claims_of(&a);
    assert!(
        claims
            .iter()
            .any(|c| c.2 == "acquisition" && c.0 == 40.0e8 && c.1.contains("Krell")),
        "{claims:?}"
    );
    assert_flags(
        &[a, b],
        "contradiction-across-articles",
        &["40億ドル", "70億ドル"],
    );
}

#[test]
fn a_list_under_a_measure_topic_opening_with_its_year_or_marked_by_mo() {
    // 「…設備投資は、2026年にはAが…、Bが…」: the first item opens with the list's year; and
    // 「…設備投資も、」 makes the measure the topic as 「は、」 does.
    for topic in ["AI設備投資は", "AI設備投資も"] {
        let claims = claims_of(
            &(fm("2026-01-10")
                + &format!("{topic}、2026年にはNorthwindが900億ドル以上、Fabrikamが700億ドル、Contosoが650億ドル以上と予測されている。\n")),
        );
        for (party, value) in [
            ("Northwind", 900.0e8),
            ("Fabrikam", 700.0e8),
            ("Contoso", 650.0e8),
        ] {
            assert!(
                claims.iter().any(|c| c.1 == party
                    && c.2 == "investment"
                    && c.0 == value
                    && c.3.as_deref() == Some("2026")),
                "{topic} {party}: {claims:?}"
            );
        }
    }
}

#[test]
fn one_investment_named_by_what_it_is_for_in_other_words_and_another_currency() {
    // 「倫理的AI開発」 and 「AI倫理研究」 are one thing done two ways (開発, 研究 are what is
    // done with the money): the same company's undated investment in it, 10億ドル in one
    // article and 100億円 in another five weeks later, disagree even across currencies.
    let a = fm("2025-12-01") + "Orbital Labsが倫理的AI開発に10億ドルを投資すると発表した。\n";
    let b = fm("2026-01-05") + "Orbital LabsがAI倫理研究に100億円を投資すると発表した。\n";
    assert_flags(
        &[a.clone(), b],
        "contradiction-across-articles",
        &["10億ドル", "100億円"],
    );
    // What the money goes to must still agree: ethics research is not chip development.
    let c = fm("2026-01-05") + "Orbital LabsがAI半導体開発に100億円を投資すると発表した。\n";
    assert_quiet(&[a, c]);
}

#[test]
fn a_one_word_product_owns_its_change_and_a_share_of_people_restates_nothing() {
    // A headline's 「Brightlaneコード品質25%向上」: the product's name glued to the quantity
    // owns the change, and is no part of the measure; so in the body 「Brightlaneの…」.
    let claims = claims_of(
        "---\ntitle: \"2026年Brightlaneコード品質25%向上の真意\"\ndate: 2026-01-10\n---\n\nBrightlaneのコード品質が25%向上したという。\n",
    );
    assert!(
        claims.len() == 2
            && claims
                .iter()
                .all(|c| c.1 == "Brightlane" && c.2 == "gain in コード品質" && c.0 == 25.0),
        "{claims:?}"
    );
    // 「92%ものリーダーが」 is a share of leaders: it does not restate a headline's 92% gain.
    let text = "---\ntitle: \"Nimbus調査が示す「AI生産性92%向上」\"\ndate: 2026-01-10\n---\n\n調査では、92%ものリーダーがROIを期待している。\n\nこの「92%向上」という数字は大きい。\n";
    let lines: Vec<usize> = {
        let (corpus, _, _) = common::check_texts(&[text], &Config::shipped());
        corpus
            .claims
            .iter()
            .map(|c| corpus.figures[c.figure].place.line)
            .collect()
    };
    assert_eq!(lines, vec![2, 8], "claims on lines {lines:?}");
}

#[test]
fn another_estimate_is_named_as_such_in_the_help() {
    // 「…という予測もある」 is another estimate, whoever made it: shown beside the credited one,
    // and the help says so rather than crediting it to nobody.
    let text = fm("2025-10-01")
        + "IDCによると、量子センサー市場は2030年に300億ドルに達する。一方で、量子センサー市場は2030年に900億ドルに達するという予測もある。\n";
    let (_, _, findings) = common::check_texts(&[text.as_str()], &Config::shipped());
    let f: Vec<_> = findings
        .iter()
        .filter(|f| f.rule == "sources-disagree")
        .collect();
    assert_eq!(f.len(), 1, "{findings:?}");
    assert!(
        f[0].message
            .contains("estimates from different sources differ")
            && f[0].help.contains("credited to IDC")
            && f[0].help.contains("given as another estimate (uncredited)"),
        "{}\n{}",
        f[0].message,
        f[0].help
    );
}

#[test]
fn a_valuation_keys_its_company_whatever_describes_the_round() {
    // 「企業評価額」 is one measure word (not 「…の企業」 as the subject), and 「…の一部であり」
    // is the copula: the round described by its size qualifies nothing.
    let a = fm("2025-09-10") + "Orbis AIの企業評価額が80億ユーロに達したことは注目に値する。\n";
    let b = fm("2025-09-20")
        + "この出資は、Orbis AIが実施した総額12億ユーロの資金調達ラウンドの一部であり、同社の評価額を120億ユーロに押し上げた。\n";
    let (corpus, _, _) = common::check_texts(&[&a, &b], &Config::shipped());
    let keys: Vec<&str> = corpus
        .claims
        .iter()
        .filter(|c| c.metric == "valuation")
        .map(|c| c.key.as_str())
        .collect();
    assert!(
        keys.len() == 2 && keys.iter().all(|k| *k == keys[0] && !k.contains('@')),
        "{keys:?}"
    );
    // In one article, the two undated valuations meet.
    let one = fm("2025-09-10")
        + "Orbis AIの企業評価額が80億ユーロに達したことは注目に値する。\n\nこの出資は、Orbis AIが実施した総額12億ユーロの資金調達ラウンドの一部であり、同社の評価額を120億ユーロに押し上げた。\n";
    assert_flags(
        &[one],
        "contradiction-in-article",
        &["80億ユーロ", "120億ユーロ"],
    );
}

#[test]
fn a_restated_amount_takes_the_meaning_most_statements_give() {
    // Three statements of one amount, one of them with what it goes to; 「この…という数字」
    // restates the meaning two of them give.
    let a = fm("2025-07-01")
        + "Orbisが自動運転AIに500億円を投資すると発表した。\n\nOrbisの500億円投資は業界で話題だ。\n\nOrbisが500億円を投じる狙いは明確だ。\n\nこの500億円という数字は決して小さくない。\n";
    let (corpus, _, _) = common::check_texts(&[&a], &Config::shipped());
    let restated: Vec<&str> = corpus
        .claims
        .iter()
        .filter(|c| c.inherited == Some(figlint::context::Inherited::Restated))
        .map(|c| c.key.as_str())
        .collect();
    assert_eq!(restated, ["orbis"], "{:?}", corpus.claims);
    // Every statement different: nothing to restate.
    let b = fm("2025-07-01")
        + "Orbisが自動運転AIに500億円を投資すると発表した。\n\nZenithの500億円投資も話題だ。\n\nこの500億円という数字は決して小さくない。\n";
    let (corpus, _, _) = common::check_texts(&[&b], &Config::shipped());
    assert!(
        corpus
            .claims
            .iter()
            .all(|c| c.inherited != Some(figlint::context::Inherited::Restated)),
        "{:?}",
        corpus.claims
    );
}

#[test]
fn two_compound_rates_ahead_for_one_market_in_one_paragraph() {
    // One market, a rate dated to the span ahead and an undated one said of the future.
    let a = fm("2026-02-01")
        + "ロボット保険市場は、2025年の40億ドルから2030年には120億ドルへと、年平均成長率25%で拡大すると予測されています。特に、ロボット保険市場はCAGR38%で成長すると見込まれています。\n";
    assert_only(&[a], "contradiction-in-article", &["25%", "38%"]);
    // A rate of the past, and a forecast rate in another paragraph.
    let b = fm("2026-02-01")
        + "ロボット保険市場は、2025年から2030年にかけて年平均成長率25%で拡大すると予測されています。これまでロボット保険市場はCAGR38%で成長してきた。\n";
    let c = fm("2026-02-01")
        + "ロボット保険市場は、2025年から2030年にかけて年平均成長率25%で拡大すると予測されています。\n\n別の段落では、ロボット保険市場はCAGR38%で成長すると見込まれています。\n";
    assert_quiet(&[b]);
    assert_quiet(&[c]);
}

#[test]
fn a_rise_leading_to_a_level_is_the_growth_of_what_the_level_measures() {
    // 「N%増のM」 without 前年比: the rate is the market's growth in the level's year, and the
    // level is the market's size, though a change stands between the market and the amount.
    let text = fm("2025-10-01")
        + "世界のロボット保険市場は2024年に18%増の420億ドル、2025年には9.5%増の460億ドルに達すると見られる。\n";
    let claims = claims_of(&text);
    let has = |v: f64, metric: &str, period: &str| {
        claims
            .iter()
            .any(|c| c.0 == v && c.2 == metric && c.3.as_deref() == Some(period))
    };
    assert!(has(18.0, "growth", "2024"), "{claims:?}");
    assert!(has(42_000_000_000.0, "size", "2024"), "{claims:?}");
    assert!(has(9.5, "growth", "2025"), "{claims:?}");
    assert!(has(46_000_000_000.0, "size", "2025"), "{claims:?}");
    // A company's revenue growth and its profit growth in one sentence are two measures, and
    // the profit's rate takes the year its amount is of.
    let text = fm("2025-10-01")
        + "Orbisの2024年の売上高は前年比12%増の300億円、営業利益は2024年に前年比40%増の50億円だった。\n";
    let claims = claims_of(&text);
    assert!(
        claims
            .iter()
            .any(|c| c.0 == 12.0 && c.2 == "growth (revenue)"),
        "{claims:?}"
    );
    assert!(
        claims
            .iter()
            .any(|c| c.0 == 40.0 && c.2 == "growth (operating_profit)"),
        "{claims:?}"
    );
    assert_quiet(&[text]);
}

#[test]
fn a_fall_is_a_negative_growth_rate() {
    // 「前年比10%減」 is −10%: it never agrees with a rise of 10% in another article.
    let claims = claims_of(
        &(fm("2025-10-01") + "世界のロボット保険市場は2024年に前年比10%減の380億ドルとなった。\n"),
    );
    assert!(
        claims.iter().any(|c| c.0 == -10.0 && c.2 == "growth"),
        "{claims:?}"
    );
    let fall = fm("2025-10-01") + "世界のロボット保険市場は2024年に前年比10%減となった。\n";
    let rise = fm("2025-11-01") + "世界のロボット保険市場は2024年に前年比10%増となった。\n";
    let (_, _, findings) = common::check_texts(&[&fall, &rise], &Config::shipped());
    assert!(
        findings
            .iter()
            .any(|f| f.rule == "contradiction-across-articles"
                && f.message.contains("-10%")
                && f.message.contains(" 10%")),
        "{findings:?}"
    );
}

#[test]
fn an_amount_after_a_rise_still_goes_on_from_the_party_before() {
    // 「…も同9割増の120億ドル」: the rise between the two amounts does not break the list.
    let text = fm("2025-10-01")
        + "マイクロソフトは2023年10-12月期に設備投資額を前年同期比7割増の150億ドルに、グーグル親会社のアルファベットも同6割増の110億ドルに増やした。\n";
    let claims = claims_of(&text);
    assert!(
        claims
            .iter()
            .any(|c| c.0 == 11_000_000_000.0 && c.2 == "investment"),
        "{claims:?}"
    );
}

#[test]
fn a_report_or_a_backlog_is_no_subject() {
    // 「最新の四半期決算、…」: the results name nobody; 「受注残高は…」 is a measure (the backlog),
    // so the company before it owns the figures after it.
    let text = fm("2025-10-01")
        + "Orbisは好調だ。最新の四半期決算、売上高が前年同期比11%増の54億円となった。\n\nZenithの2025年度の受注残高は過去最高の104億円に達し、営業利益は51%増の3億円となった。\n\nアナリストは2026年度の売上高が58%増加すると予想している。\n";
    let claims = claims_of(&text);
    assert!(
        claims.iter().all(|c| !c.1.contains("決算")
            && !c.1.contains("受注残")
            && !c.1.contains("アナリスト")),
        "{claims:?}"
    );
    assert!(
        claims
            .iter()
            .any(|c| c.1 == "Zenith" && c.2 == "backlog" && c.0 == 10_400_000_000.0),
        "{claims:?}"
    );
    assert!(
        claims
            .iter()
            .any(|c| c.1 == "Zenith" && c.2 == "growth (operating_profit)"),
        "{claims:?}"
    );
}

#[test]
fn a_plans_monthly_price_stated_twice() {
    // One plan, two prices in one article (a plan has one price at a time).
    let a = fm("2026-04-01")
        + "まずはOrbis Pro（月約2万円）から試すのがよい。\n\n費用の目安として、Orbis Proは月額約3,000円で利用できる。\n";
    assert_only(&[a], "contradiction-in-article", &["約2万円", "約3,000円"]);
    // Across articles weeks apart, in the same currency.
    let b = fm("2026-04-01") + "Orbis Proは$20/月で使える。\n";
    let c = fm("2026-04-20") + "Orbis Proの料金は月額$30だ。\n";
    assert_flags(&[b, c], "contradiction-across-articles", &["$20", "$30"]);
    // Look-alikes: two tiers of one product, a price per seat beside the plan's, several seats
    // together, a tool named by its kind, and tiers named alone.
    for quiet in [
        "Orbis Pro（$20/月）とOrbis Max（$200/月）がある。\n",
        "Orbis Teamは1ユーザーあたり月額約4,000円だ。\n\n5ユーザーで導入するとOrbis Teamは月額2万円になる。\n",
        "AIツールの費用は月額3万円からだ。\n\n別のAIツールは月額8万円だった。\n",
        "| プラン | 月額 |\n|---|---|\n| Pro | $20 |\n| Max | $200 |\n\n別の製品ではProが$60だ。\n",
    ] {
        assert_quiet(&[fm("2026-04-01") + quiet]);
    }
}

#[test]
fn a_named_measures_growth_meets_however_the_rate_is_stated() {
    // 「売上高は前年比19%増」 and 「売上高は…25%増の300億円」 are both Orbis's revenue growth
    // in 2024; its operating profit's growth is another measure.
    let a = fm("2025-03-01") + "Orbisの2024年の売上高は前年比19%増となった。\n";
    let b = fm("2025-03-10") + "Orbisの売上高は2024年に前年比25%増の300億円に達した。\n";
    let c = fm("2025-03-10") + "Orbisの2024年の営業利益は前年比25%増となった。\n";
    assert_flags(
        &[a.clone(), b],
        "contradiction-across-articles",
        &["19%", "25%"],
    );
    assert_quiet(&[a, c]);
}

#[test]
fn a_deal_between_two_named_parties_told_twice() {
    // One deal between two named companies, in either order, weeks apart.
    let a = titled("2026-02-01", "OrbisとZenithの520億ドル契約、その狙い")
        + "OrbisとZenithの520億ドル契約は業界を驚かせた。\n";
    let b = fm("2026-02-20") + "ZenithはOrbisと7年間で250億ドルの契約を結んだ。\n";
    assert_flags(
        &[a.clone(), b],
        "contradiction-across-articles",
        &["520億ドル", "250億ドル"],
    );
    // The deal's claims name both parties in one key, whichever is named first.
    let got = claims_of(&(fm("2026-02-20") + "ZenithはOrbisと250億ドルの契約を結んだ。\n"));
    assert!(
        got.iter()
            .any(|c| c.0 == 25e9 && c.2 == "contract" && c.1.contains("Orbis")),
        "{got:?}"
    );
    // A deal's scale stated as its topic, with both parties named, is its value; the other
    // party may follow the amount.
    for text in [
        "OrbisとZenithの提携は100億ドル規模と報じられた。\n",
        "Orbisは100億ドルでZenithと契約した。\n",
    ] {
        let got = claims_of(&(fm("2026-02-01") + text));
        assert!(
            got.iter().any(|c| c.0 == 1e10 && c.2 == "contract"),
            "{text}: {got:?}"
        );
    }
    // Look-alikes: one party's deals with two others, a deal whose other party is not named,
    // a deal for what is bought (a katakana common noun is no party), and the scale of a deal
    // stated as its topic without its parties.
    assert_quiet(&[
        fm("2026-02-01") + "OrbisはZenithと520億ドルの契約を結んだ。\n",
        fm("2026-02-10") + "OrbisはNovaと250億ドルの契約を結んだ。\n",
    ]);
    for quiet in [
        "Orbisは520億ドルの契約を結んだ。\n\nOrbisは250億ドルの契約を別に結んだ。\n",
        "Orbisはエネルギーと計算資源に1.4兆ドルの長期契約をコミットした。\n\nOrbisはZenithと250億ドルの契約を結んだ。\n",
        "この提携は100億ドル規模と報じられた。\n\nこの提携は50億ドル規模とも言われる。\n",
    ] {
        assert_quiet(&[fm("2026-02-01") + quiet]);
        assert!(
            claims_of(&(fm("2026-02-01") + quiet))
                .iter()
                .all(|c| c.2 != "contract" || c.1.contains("Zenith")),
            "{quiet}"
        );
    }
}

#[test]
fn money_named_by_the_verb_that_invests_it() {
    // 「XがYにN投じる」 (a headline's way, without を) and 「XがYに投じるN」 (the money named
    // by the verb before it) are X's investment in Y.
    let a = titled("2026-03-01", "OrbisがベルリンにAI拠点で800億円投じる")
        + "OrbisがベルリンにAI拠点で投じる80億円は、単なる資金ではない。\n";
    assert_flags(&[a], "contradiction-in-article", &["800億円", "80億円"]);
    let got = claims_of(&(fm("2026-03-01") + "Zenith Labsが投じた45億ドルは、次の一手だ。\n"));
    assert!(
        got.iter()
            .any(|c| c.0 == 4.5e9 && c.1 == "Zenith Labs" && c.2 == "investment"),
        "{got:?}"
    );
    // What the money goes to, named before a headline's verb, is not who invests it.
    let got = claims_of(&(fm("2026-03-01") + "AIインフラに1000億ドル投じるOrbis連合の狙い\n"));
    assert!(got.iter().all(|c| c.2 != "investment"), "{got:?}");
    // A verb of investing in its ongoing form before the amount.
    let got = claims_of(&(fm("2026-03-01") + "Orbisがベルリンに投資している800億円は大きい。\n"));
    assert!(
        got.iter().any(|c| c.0 == 8e10 && c.2 == "investment"),
        "{got:?}"
    );
}

#[test]
fn a_market_named_right_before_or_after_its_size() {
    // 「X市場N予測」 and 「X、Y年にN市場へ」 (headlines' ways) state the market's size.
    let got = claims_of(&(fm("2026-03-01") + "AI半導体市場4100億ドル予測、その狙いとは\n"));
    assert!(
        got.iter()
            .any(|c| c.0 == 4.1e11 && c.1 == "AI半導体市場" && c.2 == "size"),
        "{got:?}"
    );
    let got = claims_of(&(fm("2026-03-01") + "医療生成AI、2034年に150億ドル市場へ：その真価\n"));
    assert!(
        got.iter().any(|c| c.0 == 1.5e10
            && c.1 == "医療生成AI"
            && c.2 == "size"
            && c.3.as_deref() == Some("2034")),
        "{got:?}"
    );
    // A title's size against the body's size of the same market in the same year.
    let a = titled("2026-03-01", "医療生成AI、2034年に150億ドル市場へ")
        + "医療生成AI市場は2034年に250億ドルに達すると予測されている。\n";
    assert_flags(
        &[a],
        "contradiction-in-article",
        &["150億ドル", "250億ドル"],
    );
    // A market right before an amount the clause invests is not the investment's subject.
    let got = claims_of(&(fm("2026-03-01") + "Orbis、EV市場3兆円投資へ\n"));
    assert!(got.iter().all(|c| c.1 != "EV市場"), "{got:?}");
    // Look-alikes: a place's market alone says not of what; a market a company enters or
    // targets is not its size.
    for quiet in [
        "- 市場動向: 世界市場3,200億ドル、日本市場6.8兆円。\n",
        "Orbisは1兆ドル市場に参入する。\n",
        "Orbisが1兆ドル市場を狙う。\n",
        "医療AI、1兆ドル市場へ参入する企業が増えた。\n",
    ] {
        let got = claims_of(&(fm("2026-03-01") + quiet));
        assert!(got.iter().all(|c| c.2 != "size"), "{quiet}: {got:?}");
    }
}

#[test]
fn a_count_in_another_things_counter_is_no_head_count() {
    // Companies counted under a heading on staff shortages, a multiple of staff, a multiple of
    // models: none is a count of people or of models.
    for text in [
        "### 課題1：人材不足と採用難——320社中150社（46.9%）が該当\n",
        "Orbisは国際的な従業員数を3倍に増やす。\n",
        "Zenith Cloud、生成AIモデル数2倍増の狙い\n",
    ] {
        let got = claims_of(&(fm("2026-03-01") + text));
        assert!(
            got.iter()
                .all(|c| !matches!(c.2.as_str(), "employees" | "models")),
            "{text}: {got:?}"
        );
    }
    // A head count in people stays a claim, and so does a model's size counted with 個.
    let got = claims_of(&(fm("2026-03-01") + "Orbisの従業員数は1,200人だ。\n"));
    assert!(
        got.iter().any(|c| c.0 == 1200.0 && c.2 == "employees"),
        "{got:?}"
    );
    let got = claims_of(&(fm("2026-03-01") + "Zeta-3は1750億個のパラメータを持つ。\n"));
    assert!(
        got.iter().any(|c| c.0 == 1.75e11 && c.2 == "parameters"),
        "{got:?}"
    );
}

#[test]
fn abstract_nouns_name_no_subject() {
    // What drives, aims or is hoped for (主役, 目標, 可能性, 未来) is not what a figure is about.
    for text in [
        "この成長を牽引する主役は、年平均成長率（CAGR）44%という速さで拡大する。\n",
        "目標は、開発期間を20%短縮することだ。\n",
        "そんな未来が、彼らの20万人の人材育成によって近づく。\n",
        "一部の試算では4年間で900億ドルを超える収益が見込まれる。\n",
        "ビジネス面では、3000億ドルという企業価値は重い。\n",
    ] {
        // Nothing else in these sentences names a subject: no claim at all.
        let got = claims_of(&(fm("2026-03-01") + text));
        assert!(got.is_empty(), "{text}: {got:?}");
    }
}

#[test]
fn results_a_sentence_before_names_are_that_companys() {
    let has = |got: &[(f64, String, String, Option<String>)], v: f64, metric: &str, period| {
        got.iter()
            .any(|c| c.0 == v && c.1.contains("Sony") && c.2 == metric && c.3.as_deref() == period)
    };
    // The company whose results the sentence before speaks of, and a period set off at the
    // start of the sentence (a year and its quarter, then a comma) that dates every clause.
    let got = claims_of(
        &(fm("2025-11-20")
            + "Sonyの決算には驚いた。2025年第3四半期、純利益が前年同期比で12%増の3,100億円、売上高も8%増の2兆9,000億円だった。\n"),
    );
    assert!(has(&got, 3.1e11, "net_profit", Some("2025Q3")), "{got:?}");
    assert!(has(&got, 2.9e12, "revenue", Some("2025Q3")), "{got:?}");
    // 「その売上高」 after the company's results in the same sentence; a fiscal year written in
    // Latin letters (FY2025) names no other company.
    let got =
        claims_of(&(fm("2025-11-20") + "Sonyの直近の決算を見ると、その売上高は13兆円に達した。\n"));
    assert!(has(&got, 1.3e13, "revenue", None), "{got:?}");
    let got = claims_of(
        &(fm("2025-11-20") + "Sonyはゲーム事業が好調だ。その売上はFY2025には13兆円に達した。\n"),
    );
    assert!(has(&got, 1.3e13, "revenue", Some("FY2025")), "{got:?}");
    // Without a word of results, a company that is only the subject of the sentence before
    // hands nothing on.
    let got = claims_of(&(fm("2025-11-20") + "Sonyが新型機を発表した。売上高は13兆円に達した。\n"));
    assert!(got.is_empty(), "{got:?}");
}

#[test]
fn a_markets_size_as_estimated() {
    // 「…市場は2025年にN と推計されている」: the market's size, with no verb of reaching.
    let got =
        claims_of(&(fm("2025-11-20") + "AIロボット市場は2025年に420億ドルと推計されている。\n"));
    assert!(
        got.iter()
            .any(|c| c.0 == 4.2e10 && c.2 == "size" && c.3.as_deref() == Some("2025")),
        "{got:?}"
    );
    // A change estimated is no size.
    let got =
        claims_of(&(fm("2025-11-20") + "AIロボット市場は2025年に42億ドル増と推計されている。\n"));
    assert!(got.iter().all(|c| c.2 != "size"), "{got:?}");
}

#[test]
fn a_measure_glossed_in_brackets_or_named_after_the_amount() {
    let has = |text: &str, v: f64, subject: &str, metric: &str| {
        let got = claims_of(&(fm("2025-11-20") + text));
        assert!(
            got.iter()
                .any(|c| c.0 == v && c.1 == subject && c.2 == metric),
            "{text}: {got:?}"
        );
    };
    // 「CAGR（年平均成長率）」 and 「年平均成長率（CAGR）」: the measure and its gloss.
    has(
        "特に、ロボット市場のCAGR（年平均成長率）が31%と予測されている。\n",
        31.0,
        "ロボット市場",
        "cagr",
    );
    has(
        "ロボット市場の年平均成長率（CAGR）18.5%という数字は大きい。\n",
        18.5,
        "ロボット市場",
        "cagr",
    );
    // The span a rate is over names no subject: the market the sentence opened with does.
    has(
        "ロボットの世界市場は、2024年から2029年にかけて40億ドル成長し、予測期間中の年平均成長率（CAGR）は30.5%で成長すると予測されている。\n",
        30.5,
        "ロボットの世界市場",
        "cagr",
    );
    // 「Nという Acmeの売上高は」: the measure the amount is said to be, and whose.
    has(
        "前年同期比12%増の240億ドルというZenithCloudの売上高は、市場の予想を上回った。\n",
        2.4e10,
        "ZenithCloud",
        "revenue",
    );
    // Words that describe the amount (「巨額の」, 「破格の」) name no owner.
    let got =
        claims_of(&(fm("2025-11-20") + "彼らは2026年には900億ドルという巨額のAI投資を行う。\n"));
    assert!(got.iter().all(|c| !c.1.contains("巨額")), "{got:?}");
}

#[test]
fn a_segment_named_alone_is_the_segment_of_the_company_before_it() {
    // 「Sonyは…、ゲーム事業が…」: the segment of the one company named before it, keyed as
    // the same segment written 「Sonyのゲーム事業部」.
    let got = common::check_texts(
        &[
            &(fm("2025-11-20")
                + "Sonyは2025年度の売上高が13兆円に達し、ゲーム事業が前年比12%増の4兆円を記録した。\n"),
            &(fm("2025-11-20") + "Sonyのゲーム事業部の売上高は2025年度に4兆円だった。\n"),
        ],
        &Config::shipped(),
    )
    .0;
    let keys: Vec<_> = got
        .claims
        .iter()
        .filter(|c| c.value == 4e12 || c.value == 12.0)
        .map(|c| c.key.clone())
        .collect();
    assert!(keys.len() >= 2, "{:?}", got.claims);
    assert!(
        keys.iter().all(|k| k == &keys[0] && k.contains("ソニー")),
        "{keys:?}"
    );
}

#[test]
fn a_deals_scale_named_before_the_deal() {
    // 「OrbisはZenithとの380億ドル規模の複数年クラウド契約」: the scale of the deal named after
    // it is the deal's value, not a market's size; told twice with other amounts, it flags.
    let a = fm("2026-02-01") + "Orbisは、Zenithとの380億ドル規模の複数年クラウド契約を結んだ。\n";
    let b = fm("2026-02-15") + "ZenithとOrbisが38億ドル規模のクラウド契約を結んだ。\n";
    let got = claims_of(&a);
    assert!(
        got.iter()
            .any(|c| c.0 == 3.8e10 && c.2 == "contract" && c.1.contains("Zenith")),
        "{got:?}"
    );
    assert_flags(
        &[a, b],
        "contradiction-across-articles",
        &["380億ドル", "38億ドル"],
    );
    // The scale of an investment, with a deal only in a later clause, stays what it was.
    let got = claims_of(
        &(fm("2026-02-01") + "OrbisはZenithに50億ドル規模の投資を行い、契約も更新した。\n"),
    );
    assert!(got.iter().all(|c| c.2 != "contract"), "{got:?}");
}

#[test]
fn values_written_more_or_less_precisely_are_one_side_of_a_finding() {
    // One article slips a decimal point; the others give one figure as 1080億ドル or 1079億ドル.
    // The message sets the slip against the others, not four values against each other.
    let texts = [
        fm("2026-02-01") + "Orbisは2026年に107.9億ドルの設備投資を計画している。\n",
        fm("2026-02-03") + "Orbisは2026年に1080億ドルの設備投資を計画している。\n",
        fm("2026-02-05") + "Orbisは2026年に1079億ドルの設備投資を計画している。\n",
        fm("2026-02-07") + "Orbisは2026年に1079億ドルの設備投資を計画している。\n",
    ];
    let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
    let (_, _, findings) = common::check_texts(&refs, &Config::shipped());
    let messages: Vec<&str> = findings
        .iter()
        .filter(|f| f.rule == "contradiction-across-articles")
        .map(|f| f.message.as_str())
        .collect();
    assert_eq!(messages.len(), 1, "{messages:?}");
    assert!(
        messages[0].ends_with("107.9億ドル (1 article) vs 1080億ドル / 1079億ドル (3 articles)")
            || messages[0]
                .ends_with("107.9億ドル (1 article) vs 1079億ドル / 1080億ドル (3 articles)"),
        "{messages:?}"
    );
}

#[test]
fn a_companys_own_attribute_as_topic_and_an_investments_scale() {
    // 「Sonyの成長戦略は…。…売上高が…」: a well-known company's own attribute as the topic of
    // the sentence before hands the company on to figures that name no owner.
    let got = claims_of(
        &(fm("2025-12-01")
            + "Sonyの成長戦略は非常に大胆です。2025年第3四半期に売上高が前年同期比12%増の3兆円に達しました。\n"),
    );
    assert!(
        got.iter().any(|c| c.0 == 3e12
            && c.1.contains("Sony")
            && c.2 == "revenue"
            && c.3.as_deref() == Some("2025Q3")),
        "{got:?}"
    );
    // A product as the topic is no company's attribute.
    let got =
        claims_of(&(fm("2025-12-01") + "SonyのZeta-4は好評です。売上高が3兆円に達しました。\n"));
    assert!(got.iter().all(|c| !c.1.contains("Sony")), "{got:?}");
    // 「N規模の…投資」: the scale of an investment named after it is an investment, not a size.
    let got = claims_of(&(fm("2025-12-01") + "Sonyは100億ドル規模のAIインフラ投資を表明した。\n"));
    assert!(
        got.iter().any(|c| c.0 == 1e10 && c.2 == "investment"),
        "{got:?}"
    );
}

#[test]
fn the_scale_of_what_a_company_does_is_no_size_of_the_company() {
    // 「Sonyが100億ドル規模の受注」, 「…1兆ドル規模のIPO」: a scale of something the company does,
    // not the company's size; a market's scale stays its size.
    for text in [
        "Sonyは100億ドル規模のカスタムチップ受注を確保した。\n",
        "Sonyが1兆ドル規模のIPOを準備している。\n",
    ] {
        let got = claims_of(&(fm("2025-12-01") + text));
        assert!(got.iter().all(|c| c.2 != "size"), "{text}: {got:?}");
    }
    let got = claims_of(&(fm("2025-12-01") + "ロボット市場は100億ドル規模に達した。\n"));
    assert!(got.iter().any(|c| c.0 == 1e10 && c.2 == "size"), "{got:?}");
}

#[test]
fn money_from_a_named_investor_goes_on_about_the_company() {
    // 「Sonyの成長は…。Zenithからの80億ドルの投資は…」: the company the text goes on about
    // receives it; the name before 「から」 is who invests, not another subject.
    let got = claims_of(
        &(fm("2025-12-01") + "Sonyの成長は目覚ましい。Zenithからの80億ドルの投資は大きい。\n"),
    );
    assert!(
        got.iter()
            .any(|c| c.0 == 8e9 && c.1.contains("Sony") && c.2 == "investment"),
        "{got:?}"
    );
    // A name that is the subject of its own clause still stops the carry.
    let got =
        claims_of(&(fm("2025-12-01") + "Sonyの成長は目覚ましい。Zenithは80億ドルを調達した。\n"));
    assert!(got.iter().all(|c| !c.1.contains("Sony")), "{got:?}");
}

#[test]
fn look_alikes_of_this_sessions_forms_stay_apart() {
    // 「その」 after any noun is that noun's, not the company's.
    let got = claims_of(
        &(fm("2025-12-01") + "Sonyが買収した新興企業は、その売上高が1億ドルに満たない。\n"),
    );
    assert!(got.iter().all(|c| !c.1.contains("Sony")), "{got:?}");
    // Results named as another company's are that company's.
    let got = claims_of(
        &(fm("2025-12-01")
            + "Sonyが出資するZenithLabsの決算が発表された。売上高は10億ドルだった。\n"),
    );
    assert!(got.iter().all(|c| !c.1.contains("Sony")), "{got:?}");
    // A relation names another party: 「Sonyの親会社は」.
    let got = claims_of(
        &(fm("2025-12-01") + "Sonyの親会社は非上場だ。昨年は売上高3億ドルを計上した。\n"),
    );
    assert!(got.iter().all(|c| !c.1.contains("Sony")), "{got:?}");
    // A GPU's name (H100) is no period: it names something else, and stops the carry.
    let got = claims_of(
        &(fm("2025-12-01")
            + "Sonyは計算資源の確保を急いでいる。H100の調達に30億ドルを投資した。\n"),
    );
    assert!(got.iter().all(|c| !c.1.contains("Sony")), "{got:?}");
    // A year alone set off by a comma does not date a later clause of its own time.
    let got = claims_of(
        &(fm("2025-12-01")
            + "2023年、Sonyの売上高は100億ドルだったが、現在の売上高は200億ドルだ。\n"),
    );
    assert!(
        got.iter()
            .all(|c| c.0 != 2e10 || c.3.as_deref() != Some("2023")),
        "{got:?}"
    );
}

#[test]
fn percentages_more_than_half_a_point_apart_are_two_sides() {
    let texts = [
        fm("2026-02-01") + "Orbisの2025年の売上高成長率は60%だった。\n",
        fm("2026-02-03") + "Orbisの2025年の売上高成長率は80%だった。\n",
        fm("2026-02-05") + "Orbisの2025年の売上高成長率は81.5%だった。\n",
    ];
    let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
    let (_, _, findings) = common::check_texts(&refs, &Config::shipped());
    let messages: Vec<&str> = findings
        .iter()
        .filter(|f| f.rule == "contradiction-across-articles")
        .map(|f| f.message.as_str())
        .collect();
    assert!(!messages.is_empty(), "{findings:?}");
    assert!(messages.iter().all(|m| !m.contains(" / ")), "{messages:?}");
}
