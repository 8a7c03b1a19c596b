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
                && c.docs[c.figures[f.locations[0].figure].doc]
                    .path
                    .contains(file)
        });
        let f = hit.unwrap_or_else(|| panic!("no headline finding in {file}"));
        let texts = common::texts_of(&c, f);
        // The headline first, then the body's figure; every other place that repeats one of
        // the two values (the excerpt restates the headline) is listed after them.
        assert_eq!(texts[..2], ["25%", "12%"], "{file}");
        assert!(texts.iter().all(|t| t == "25%" || t == "12%"), "{texts:?}");
        // The headline is the title, on line 3.
        let d = &c.docs[c.figures[f.locations[0].figure].doc];
        assert_eq!(d.position(c.figures[f.locations[0].figure].offset).line, 3);
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
