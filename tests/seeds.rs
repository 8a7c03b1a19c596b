//! The seed articles the project was specified from (read from ../shared at run time).

mod common;
use figlint::config::Config;
use figlint::corpus::Corpus;
use figlint::figure::{Bound, Kind};
use rust_decimal::Decimal;
use std::str::FromStr;

fn seeds() -> Corpus {
    let dir = common::shared_path("seeds");
    Corpus::scan(&[dir], &Config::shipped().vocabulary())
}

fn find<'a>(c: &'a Corpus, file: &str, text: &str) -> Vec<&'a figlint::figure::Figure> {
    c.figures
        .iter()
        .filter(|f| {
            let d = &c.docs[f.doc];
            d.path.contains(file) && &d.source()[f.offset..f.offset + f.length] == text
        })
        .collect()
}

fn dec(s: &str) -> Decimal {
    Decimal::from_str(s).unwrap()
}

#[test]
fn seed_figures_are_read_with_value_unit_and_qualifiers() {
    let c = seeds();
    let one = |file: &str, text: &str| {
        let v = find(&c, file, text);
        assert!(!v.is_empty(), "{text} not found in {file}");
        v[0].raw.clone()
    };
    for (file, text, value, kind, unit) in [
        ("000_", "25%", "25", Kind::Percent, "%"),
        ("000_", "12%", "12", Kind::Percent, "%"),
        ("000_", "6割", "60", Kind::Percent, "%"),
        ("000_", "71種類", "71", Kind::Count, "種類"),
        ("000_", "132種類", "132", Kind::Count, "種類"),
        ("001_", "1500億元", "150000000000", Kind::Money, "CNY"),
        ("003_", "920億ドル", "92000000000", Kind::Money, "USD"),
        (
            "003_",
            "約13兆9,575億円",
            "13957500000000",
            Kind::Money,
            "JPY",
        ),
        (
            "003_",
            "約13兆8,575億円",
            "13857500000000",
            Kind::Money,
            "JPY",
        ),
        (
            "003_",
            "約9,036億8,634万円",
            "903686340000",
            Kind::Money,
            "JPY",
        ),
    ] {
        let r = one(file, text);
        assert_eq!(
            (r.value, r.kind, r.unit.as_str()),
            (dec(value), kind, unit),
            "{text}"
        );
    }
    let r = one("000_", "7,000億元を突破");
    assert_eq!(
        (r.value, r.unit.as_str(), r.bound),
        (dec("700000000000"), "CNY", Some(Bound::Gt))
    );
    let r = one("000_", "3,500億元近く");
    assert!(r.approx && r.unit == "CNY" && r.value == dec("350000000000"));
    let r = one("000_", "4万人を超える");
    assert_eq!(
        (r.value, r.kind, r.bound),
        (dec("40000"), Kind::Count, Some(Bound::Gt))
    );
    let r = one("000_", "4割以上");
    assert_eq!((r.value, r.bound), (dec("40"), Some(Bound::Ge)));
    let r = one("001_", "約2.5兆円");
    assert!(r.approx && r.value == dec("2500000000000") && r.precision == dec("100000000000"));
    // Nothing is read from a model name, and a year in an event's name is not money.
    assert!(c.figures.iter().all(|f| {
        let d = &c.docs[f.doc];
        let t = &d.source()[f.offset..f.offset + f.length];
        t != "1" && !(t.starts_with("2025") && f.raw.kind == Kind::Money)
    }));
}

#[test]
fn seed_check_flags_the_headline_and_stays_quiet_about_scope_and_year() {
    let (c, findings) = common::check_paths(&[common::shared_path("seeds")], &Config::shipped());
    for file in ["000_", "002_"] {
        let hit = findings.iter().find(|f| {
            f.rule == "contradiction-in-article"
                && c.docs[f.locations[0].doc(&c)].path.contains(file)
        });
        let f = hit.unwrap_or_else(|| panic!("no headline finding in {file}"));
        let texts = common::texts_of(&c, f);
        // The headline first, then the body's figure; every other place that repeats one of
        // the two values (the excerpt restates the headline) is listed after them.
        assert_eq!(texts[..2], ["25%", "12%"], "{file}");
        assert!(texts.iter().all(|t| t == "25%" || t == "12%"), "{texts:?}");
        // The headline is the title, on line 3.
        assert_eq!(f.locations[0].line(&c), 3);
    }
    for f in &findings {
        let t = common::texts_of(&c, f).join(" ");
        assert!(
            !(t.contains("3,500億元") && t.contains("7,000億元")),
            "Beijing vs all of China: {}",
            f.message
        );
        assert!(
            !(t.contains("5784億元") && t.contains("7,000億元")),
            "2023 vs 2024: {}",
            f.message
        );
    }
}

#[test]
fn seed_002_has_end_markers_and_repeated_paragraphs_and_republishes_000() {
    let (c, findings) = common::check_paths(&[common::shared_path("seeds")], &Config::shipped());
    let file = |f: &figlint::finding::Finding| c.docs[f.locations[0].doc(&c)].path.clone();
    let markers: Vec<usize> = findings
        .iter()
        .filter(|f| f.rule == "artifact" && f.message.contains("`---END---`"))
        .inspect(|f| assert!(file(f).contains("002_"), "{}", file(f)))
        .map(|f| f.locations[0].line(&c))
        .collect();
    assert_eq!(markers, [62, 86, 94, 124, 148, 170]);
    let repeats: Vec<&figlint::finding::Finding> = findings
        .iter()
        .filter(|f| f.rule == "repeated-paragraph")
        .collect();
    // Every repeat is in 002; its paragraphs come back up to four or five times.
    assert!(repeats.iter().all(|f| file(f).contains("002_")));
    // Paragraphs that come back together in the same order are one finding each time.
    assert!(repeats.len() >= 5, "{}", repeats.len());
    assert!(
        repeats
            .iter()
            .any(|f| f.message.contains("paragraphs in a row")),
        "{:?}",
        repeats.iter().map(|f| &f.message).collect::<Vec<_>>()
    );
    let most = repeats.iter().map(|f| f.locations.len()).max().unwrap();
    assert!((4..=5).contains(&most), "{most}");
    for f in &repeats {
        assert!(f.locations.iter().all(|l| !l.text(&c).is_empty()));
    }
    let dup: Vec<&figlint::finding::Finding> = findings
        .iter()
        .filter(|f| f.rule == "near-duplicate-article")
        .collect();
    assert_eq!(
        dup.len(),
        1,
        "{:?}",
        dup.iter().map(|f| &f.message).collect::<Vec<_>>()
    );
    let files: Vec<String> = dup[0]
        .locations
        .iter()
        .map(|l| c.docs[l.doc(&c)].path.clone())
        .collect();
    assert_eq!(files.len(), 2);
    assert!(
        files[0].contains("000_") && files[1].contains("002_"),
        "{files:?}"
    );
    assert_eq!(dup[0].severity, figlint::finding::Severity::Warning);
}
