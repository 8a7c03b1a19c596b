//! `figlint check --format github|compact|table` on small in-memory articles with CJK text.

mod common;
use figlint::config::{Config, Severity};
use figlint::corpus::Corpus;
use figlint::finding::Finding;
use figlint::load::{self, Format};
use figlint::report::formats::{self, compact, github, table};
use unicode_width::UnicodeWidthStr;

/// One contradiction inside an article (error), one across two articles (warning).
const TEXTS: &[&str] = &[
    "浜松の楽器産業は2023年に8%成長した。だが浜松の楽器産業の2023年の成長率は3%だった。\n",
    "# 広島\n\n広島の造船業の2024年の売上高は1,200億円だった。\n",
    "広島の造船業の2024年の売上高は1,650億円に達した。\n",
];

/// The pipeline over `(path, text)` articles.
fn check(docs: &[(&str, &str)]) -> (Corpus, Vec<Finding>) {
    let docs = docs
        .iter()
        .map(|(p, t)| load::parse(p.to_string(), t.to_string(), Format::Markdown).0)
        .collect();
    let outcome = figlint::check_documents(docs, &Config::shipped());
    (outcome.corpus, outcome.findings)
}

fn sample() -> (Corpus, Vec<Finding>) {
    let (corpus, _, findings) = common::check_texts(TEXTS, &Config::shipped());
    let rules: Vec<&str> = findings.iter().map(|f| f.rule.as_str()).collect();
    assert_eq!(
        rules,
        ["contradiction-in-article", "contradiction-across-articles"]
    );
    (corpus, findings)
}

#[test]
fn github_escapes_data_and_properties() {
    assert_eq!(formats::escape_data("a%b\r\nc: d, e"), "a%25b%0D%0Ac: d, e");
    assert_eq!(
        formats::escape_property("a%b\r\nc: d, e"),
        "a%25b%0D%0Ac%3A d%2C e"
    );
    // `%` first: an escape is never escaped again.
    assert_eq!(formats::escape_property("%3A:"), "%253A%3A");
}

#[test]
fn github_lines_for_cjk_findings() {
    let (corpus, findings) = check(&[
        ("news, 2025:ja/100%.md", TEXTS[0]),
        ("b.md", TEXTS[1]),
        ("c.md", TEXTS[2]),
    ]);
    assert_eq!(findings.len(), 2);
    let out = github(&corpus, &findings);
    assert_eq!(out.lines().count(), 2, "one line per finding: {out}");
    // Findings come in their order; find each one's line by its level.
    let line = |level: &str| {
        out.lines()
            .find(|l| l.starts_with(level))
            .unwrap_or_else(|| panic!("no {level} line in {out}"))
    };
    let lines = [line("::error "), line("::warning ")];
    let error = findings
        .iter()
        .find(|f| f.severity == Severity::Error)
        .unwrap();
    assert!(out.ends_with('\n'));
    assert!(!out.contains('\r'));

    // "8%" is the 15th character of line 1 (columns count characters, not bytes); the end
    // column is that of its last character.
    let (msg, help) = (&error.message, &error.help);
    assert!(msg.contains("8% vs 3%") && !help.is_empty());
    assert_eq!(
        lines[0],
        format!(
            "::error file=news%2C 2025%3Aja/100%25.md,line=1,col=15,endLine=1,endColumn=16,\
             title=contradiction-in-article::{}%0A{}",
            msg.replace('%', "%25"),
            help.replace('%', "%25")
        )
    );
    // In the message `:` and `,` stay as they are.
    assert!(
        lines[0].contains(" in 2023 disagrees in one article: 8%25 vs 3%25"),
        "{}",
        lines[0]
    );

    // "1,200億円" is on line 3, characters 18 to 24.
    assert!(
        lines[1].starts_with(
            "::warning file=b.md,line=3,col=18,endLine=3,endColumn=24,\
             title=contradiction-across-articles::"
        ),
        "{}",
        lines[1]
    );
    assert!(lines[1].contains("1,200億円 (1 article) vs 1,650億円 (1 article)"));
    assert_eq!(lines[1].matches("%0A").count(), 1, "message%0Ahelp");
}

#[test]
fn github_notice_and_newlines_in_messages() {
    let (corpus, findings) = sample();
    let mut f = findings[0].clone();
    f.severity = Severity::Info;
    f.rule = "house:rule,1".to_string();
    f.message = "line one\r\nline two: 100%, done".to_string();
    f.help = String::new();
    assert_eq!(
        github(&corpus, &[f.clone()]),
        "::notice file=a0.md,line=1,col=15,endLine=1,endColumn=16,title=house%3Arule%2C1::\
         line one%0D%0Aline two: 100%25, done\n"
    );
    f.help = "evidence\nhere".to_string();
    assert!(github(&corpus, &[f]).ends_with("done%0Aevidence%0Ahere\n"));
}

#[test]
fn compact_lines_exactly() {
    let (corpus, findings) = sample();
    assert_eq!(
        compact(&corpus, &findings),
        format!(
            "a0.md:1:15: error contradiction-in-article {}\n\
             a1.md:3:18: warning contradiction-across-articles {}\n",
            findings[0].message, findings[1].message
        )
    );
    // A message over several lines stays on one; the help is not shown.
    let mut f = findings[1].clone();
    f.severity = Severity::Info;
    f.message = "1,200億円 here,\n1,650億円\r\nelsewhere".to_string();
    assert_eq!(
        compact(&corpus, &[f]),
        "a1.md:3:18: info contradiction-across-articles 1,200億円 here, 1,650億円 elsewhere\n"
    );
}

#[test]
fn no_findings() {
    let (corpus, _, findings) = common::check_texts(
        &["浜松の楽器産業は2023年に8%成長した。\n"],
        &Config::shipped(),
    );
    assert!(findings.is_empty());
    assert_eq!(github(&corpus, &findings), "");
    assert_eq!(compact(&corpus, &findings), "");
    let t = table(&corpus, &findings, None);
    assert!(t.contains("location") && t.contains("figures"));
    assert_eq!(
        t.lines().count(),
        4,
        "borders and a header, nothing else:\n{t}"
    );
}

/// Every line of a table is as wide on screen as the others (CJK characters count two).
fn assert_aligned(t: &str) -> usize {
    let widths: Vec<usize> = t.lines().map(UnicodeWidthStr::width).collect();
    assert!(
        widths.windows(2).all(|w| w[0] == w[1]),
        "ragged table:\n{t}"
    );
    widths[0]
}

#[test]
fn table_aligns_cjk() {
    let (corpus, findings) = sample();
    let t = table(&corpus, &findings, None);
    assert_aligned(&t);
    let header = t.lines().nth(1).unwrap();
    let columns: Vec<&str> = header.trim_matches('│').split('┆').map(str::trim).collect();
    assert_eq!(
        columns,
        ["location", "severity", "rule", "message", "figures"]
    );
    let row = t
        .lines()
        .find(|l| l.contains("a1.md:3:18"))
        .expect("the warning's row");
    assert!(row.contains("┆ warning "), "{row}");
    assert!(row.contains("┆ 1,200億円 / 1,650億円 │"), "{row}");
    insta::assert_snapshot!("table_unbounded", t);
}

#[test]
fn table_fits_a_width() {
    let (corpus, findings) = sample();
    for w in [40u16, 60, 80, 120] {
        let t = table(&corpus, &findings, Some(w));
        let width = assert_aligned(&t);
        assert!(width <= usize::from(w), "{width} > {w}:\n{t}");
        // Locations are never broken across lines.
        assert!(t.contains("a0.md:1:15") && t.contains("a1.md:3:18"), "{t}");
    }
    // Wide enough, rule ids stay whole too.
    let t = table(&corpus, &findings, Some(120));
    assert!(t.contains("contradiction-across-articles"), "{t}");
    insta::assert_snapshot!("table_width_80", table(&corpus, &findings, Some(80)));
}
