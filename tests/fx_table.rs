//! The shipped reference exchange-rate table (data/fx/ecb-monthly.csv) against
//! the ECB daily file it is derived from, plus lookup behaviour on real data.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::process::Command;

use figlint::fx::{RateOverride, RateTable};

const ECB_DAILY: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../shared/data/fx/eurofxref-hist.csv"
);

/// Monthly averages recomputed from the ECB daily CSV:
/// (year, month, currency) → units per 1 EUR.
struct Recomputed {
    averages: BTreeMap<(i32, u32, String), f64>,
    currencies: BTreeSet<String>,
}

impl Recomputed {
    /// The daily CSV must be there (it is in the shared folder beside the checkout).
    fn load() -> Recomputed {
        let text = std::fs::read_to_string(ECB_DAILY).unwrap_or_else(|err| {
            panic!("{ECB_DAILY}: {err}: the ECB daily rates are read from the shared folder")
        });
        let mut lines = text.lines();
        let header: Vec<&str> = lines.next().expect("header").split(',').collect();
        assert_eq!(header[0], "Date");
        let mut sums: BTreeMap<(i32, u32, String), (f64, u32)> = BTreeMap::new();
        for line in lines.filter(|l| !l.trim().is_empty()) {
            let cells: Vec<&str> = line.split(',').collect();
            let date = cells[0];
            let year: i32 = date[0..4].parse().expect("year");
            let month: u32 = date[5..7].parse().expect("month");
            for (name, cell) in header.iter().zip(&cells).skip(1) {
                let cell = cell.trim();
                if name.is_empty() || cell.is_empty() || cell == "N/A" {
                    continue;
                }
                let value: f64 = cell.parse().expect("daily rate");
                let entry = sums
                    .entry((year, month, (*name).to_owned()))
                    .or_insert((0.0, 0));
                entry.0 += value;
                entry.1 += 1;
            }
        }
        let averages: BTreeMap<_, _> = sums
            .into_iter()
            .map(|(key, (sum, n))| (key, sum / f64::from(n)))
            .collect();
        let currencies = averages.keys().map(|(_, _, c)| c.clone()).collect();
        Recomputed {
            averages,
            currencies,
        }
    }

    fn per_eur(&self, currency: &str, year: i32, month: u32) -> f64 {
        if currency == "EUR" {
            return 1.0;
        }
        *self
            .averages
            .get(&(year, month, currency.to_owned()))
            .unwrap_or_else(|| panic!("no {currency} average for {year}-{month:02} in the CSV"))
    }

    /// Units of `quote` per 1 `base`.
    fn cross(&self, base: &str, quote: &str, year: i32, month: u32) -> f64 {
        self.per_eur(quote, year, month) / self.per_eur(base, year, month)
    }
}

fn relative_diff(a: f64, b: f64) -> f64 {
    (a - b).abs() / b.abs()
}

fn ecb_rate(base: &str, quote: &str, year: i32, month: u32) -> f64 {
    let q = RateTable::ecb()
        .rate(base, quote, year, month)
        .unwrap_or_else(|| panic!("no {base}/{quote} rate for {year}-{month:02}"));
    assert!(q.exact_month, "{base}/{quote} {year}-{month:02}: {q:?}");
    assert_eq!(q.month, (year, month));
    q.rate
}

#[test]
fn known_months_match_the_recomputed_average() {
    let daily = Recomputed::load();
    let checks = [
        ("USD", "JPY", 2025, 7),
        ("CNY", "JPY", 2025, 11),
        ("EUR", "USD", 2024, 1),
        ("USD", "KRW", 2025, 3),
        ("KRW", "JPY", 2010, 6),
        ("EUR", "KRW", 1999, 1),
        ("GBP", "USD", 2008, 10),
        ("CHF", "EUR", 2015, 1),
        ("USD", "CNY", 2026, 10),
        ("EUR", "TRL", 2004, 1),
        ("USD", "IDR", 2025, 7),
    ];
    for (base, quote, year, month) in checks {
        let expected = daily.cross(base, quote, year, month);
        let got = ecb_rate(base, quote, year, month);
        let diff = relative_diff(got, expected);
        eprintln!("{base}/{quote} {year}-{month:02}: table {got:.6} recomputed {expected:.6}");
        assert!(
            diff < 1e-4,
            "{base}/{quote} {year}-{month:02}: table {got}, recomputed {expected}"
        );
    }
}

#[test]
fn every_table_entry_matches_the_daily_csv() {
    let daily = Recomputed::load();
    let ecb = RateTable::ecb();
    let table_currencies: BTreeSet<String> = ecb
        .currencies()
        .into_iter()
        .filter(|c| *c != "EUR")
        .map(str::to_owned)
        .collect();
    assert_eq!(table_currencies, daily.currencies);

    let ((y0, m0), (y1, m1)) = ecb.range();
    let first_csv = daily.averages.keys().next().map(|(y, m, _)| (*y, *m));
    let last_csv = daily.averages.keys().next_back().map(|(y, m, _)| (*y, *m));
    assert_eq!(first_csv, Some((y0, m0)));
    assert_eq!(last_csv, Some((y1, m1)));

    let mut present = 0;
    for year in y0..=y1 {
        for month in 1..=12 {
            if (year, month) < (y0, m0) || (year, month) > (y1, m1) {
                continue;
            }
            for currency in &daily.currencies {
                let quote = ecb.rate("EUR", currency, year, month);
                match daily.averages.get(&(year, month, currency.clone())) {
                    Some(&expected) => {
                        let quote = quote.expect("rate present in the CSV");
                        assert!(quote.exact_month, "{currency} {year}-{month:02}");
                        // Six significant digits: well inside 1e-5.
                        assert!(
                            relative_diff(quote.rate, expected) < 1e-5,
                            "{currency} {year}-{month:02}: {} vs {expected}",
                            quote.rate
                        );
                        present += 1;
                    }
                    None => assert!(
                        quote.is_none_or(|q| !q.exact_month),
                        "{currency} {year}-{month:02} should be absent"
                    ),
                }
            }
        }
    }
    assert_eq!(present, daily.averages.len());
}

#[test]
fn sanity_ranges_for_yen_rates() {
    let usd_jpy = ecb_rate("USD", "JPY", 2025, 7);
    assert!(
        (140.0..160.0).contains(&usd_jpy),
        "USD/JPY 2025-07 = {usd_jpy}"
    );
    // Published ECB figures: July 2025 averages 171.531 JPY and 1.16769 USD
    // per EUR, i.e. about 146.9 JPY per USD.
    assert!(
        (usd_jpy - 146.90).abs() < 0.01,
        "USD/JPY 2025-07 = {usd_jpy}"
    );
    assert!((ecb_rate("EUR", "USD", 2024, 1) - 1.0905).abs() < 0.001);
    // CNY/JPY stays within 19..22 through November 2025; the yen's slide
    // takes the December 2025 average just above 22 (22.12 in the ECB data).
    for month in 1..=11 {
        let cny_jpy = ecb_rate("CNY", "JPY", 2025, month);
        assert!(
            (19.0..22.0).contains(&cny_jpy),
            "CNY/JPY 2025-{month:02} = {cny_jpy}"
        );
    }
    let december = ecb_rate("CNY", "JPY", 2025, 12);
    assert!(
        (22.0..22.3).contains(&december),
        "CNY/JPY 2025-12 = {december}"
    );
    let usd_krw = ecb_rate("USD", "KRW", 2025, 3);
    assert!(
        (1350.0..1550.0).contains(&usd_krw),
        "USD/KRW 2025-03 = {usd_krw}"
    );
    // The article example: 920億ドル ≈ 13兆9,575億円 implies about 151.7 JPY
    // per USD, a plausible 2025 rate.
    let implied = 13.9575e12 / 92.0e9;
    let reference = ecb_rate("USD", "JPY", 2025, 2);
    assert!(
        relative_diff(implied, reference) < 0.05,
        "{implied} vs {reference}"
    );
}

#[test]
fn inverse_pairs_are_consistent() {
    let pairs = [
        ("USD", "JPY", 2025, 7),
        ("CNY", "JPY", 2025, 11),
        ("EUR", "USD", 2024, 1),
        ("KRW", "GBP", 2012, 2),
        ("CHF", "EUR", 2015, 1),
    ];
    for (a, b, year, month) in pairs {
        let forward = ecb_rate(a, b, year, month);
        let backward = ecb_rate(b, a, year, month);
        assert!(
            (forward * backward - 1.0).abs() < 1e-12,
            "{a}/{b} {year}-{month:02}: {forward} × {backward}"
        );
        // Triangular consistency through a third currency.
        let via_usd = ecb_rate(a, "USD", year, month) * ecb_rate("USD", b, year, month);
        assert!(relative_diff(via_usd, forward) < 1e-12);
    }
}

#[test]
fn fallback_at_the_edges_of_the_table() {
    let ecb = RateTable::ecb();
    assert_eq!(ecb.range(), ((1999, 1), (2026, 10)));
    let last = ecb_rate("USD", "JPY", 2026, 10);

    for (year, month) in [(2026, 11), (2026, 12), (2027, 1)] {
        let q = ecb
            .rate("USD", "JPY", year, month)
            .expect("within 3 months");
        assert!(!q.exact_month);
        assert_eq!(q.month, (2026, 10));
        assert_eq!(q.rate, last);
        assert_eq!(
            q.source,
            format!("ECB monthly average 2026-10 (nearest available to {year}-{month:02})")
        );
    }
    assert!(ecb.rate("USD", "JPY", 2027, 2).is_none());

    let q = ecb.rate("EUR", "USD", 1998, 10).expect("within 3 months");
    assert_eq!(q.month, (1999, 1));
    assert!(!q.exact_month);
    assert!(ecb.rate("EUR", "USD", 1998, 9).is_none());

    // CNY starts in 2005-04 in the ECB file.
    let q = ecb.rate("CNY", "JPY", 2005, 1).expect("within 3 months");
    assert_eq!(q.month, (2005, 4));
    assert!(ecb.rate("CNY", "JPY", 2004, 12).is_none());
    // BGN ends in 2025-12 (Bulgaria adopted the euro).
    let q = ecb.rate("BGN", "EUR", 2026, 3).expect("within 3 months");
    assert_eq!(q.month, (2025, 12));
    assert!((q.rate - 1.0 / 1.95583).abs() < 1e-5);
    assert!(ecb.rate("BGN", "EUR", 2026, 4).is_none());

    // Unknown currencies give nothing rather than a guess.
    assert!(ecb.rate("USD", "TWD", 2025, 7).is_none());
    assert_eq!(
        ecb.rate("usd", "jpy", 2025, 7).map(|q| q.rate),
        Some(ecb_rate("USD", "JPY", 2025, 7))
    );
}

#[test]
fn overrides_win_over_the_ecb_table() {
    let ecb = RateTable::ecb();
    let house = ecb
        .with_overrides([
            RateOverride {
                base: "USD".to_owned(),
                quote: "JPY".to_owned(),
                rate: 150.0,
                from: Some((2025, 1)),
                to: Some((2025, 12)),
                source: "house rate 2025".to_owned(),
            },
            RateOverride {
                base: "USD".to_owned(),
                quote: "TWD".to_owned(),
                rate: 30.0,
                from: None,
                to: None,
                source: "house TWD".to_owned(),
            },
        ])
        .expect("valid overrides");

    let q = house.rate("USD", "JPY", 2025, 7).unwrap();
    assert_eq!(q.rate, 150.0);
    assert_eq!(q.source, "house rate 2025");
    assert!(q.exact_month);
    assert!((house.rate("JPY", "USD", 2025, 7).unwrap().rate - 1.0 / 150.0).abs() < 1e-15);
    // Outside the override's range, and for other pairs: the ECB table.
    assert_eq!(
        house.rate("USD", "JPY", 2024, 12).unwrap().rate,
        ecb_rate("USD", "JPY", 2024, 12)
    );
    assert_eq!(
        house.rate("CNY", "JPY", 2025, 7).unwrap().rate,
        ecb_rate("CNY", "JPY", 2025, 7)
    );
    // A currency the ECB lacks, reached through the override's USD leg.
    let q = house.rate("TWD", "JPY", 2024, 3).unwrap();
    let expected = ecb_rate("USD", "JPY", 2024, 3) / 30.0;
    assert!(relative_diff(q.rate, expected) < 1e-12);
    assert_eq!(q.source, "house TWD + ECB monthly average 2024-03");
    // In 2025 the USD leg is itself the house rate.
    let q = house.rate("TWD", "JPY", 2025, 3).unwrap();
    assert!(relative_diff(q.rate, 5.0) < 1e-12);

    // The shared table is unchanged.
    assert_ne!(ecb.rate("USD", "JPY", 2025, 7).unwrap().rate, 150.0);
}

fn repo_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Runs the generator; `None` (with a note) when python3 cannot be started.
fn run_generator(args: &[&Path]) -> std::process::Output {
    Command::new("python3")
        .arg(repo_root().join("scripts/gen_fx_table.py"))
        .args(args)
        .current_dir(repo_root())
        .output()
        .unwrap_or_else(|err| {
            panic!("the generator needs python3 (apt-get install python3): {err}")
        })
}

#[test]
fn shipped_table_is_what_the_script_generates() {
    assert!(
        Path::new(ECB_DAILY).exists(),
        "{ECB_DAILY} is missing: it is in the shared folder beside the checkout"
    );
    let dir = tempfile::tempdir().expect("temp dir");
    let fresh = dir.path().join("ecb-monthly.csv");
    let output = run_generator(&[Path::new(ECB_DAILY), Path::new("--output"), fresh.as_path()]);
    assert!(
        output.status.success(),
        "generator failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    let generated = std::fs::read(&fresh).expect("generated table");
    let shipped = std::fs::read(repo_root().join("data/fx/ecb-monthly.csv")).expect("shipped");
    assert!(
        generated == shipped,
        "data/fx/ecb-monthly.csv is stale; run python3 scripts/gen_fx_table.py"
    );

    // --check agrees, and notices a tampered file.
    let ok = run_generator(&[Path::new(ECB_DAILY), Path::new("--check")]);
    assert!(
        ok.status.success(),
        "{}",
        String::from_utf8_lossy(&ok.stderr)
    );
    let mut tampered = String::from_utf8(generated).expect("utf-8");
    tampered = tampered.replacen("2025-07,JPY,", "2025-07,JPY,1", 1);
    std::fs::write(&fresh, tampered).expect("write");
    let stale = run_generator(&[
        Path::new(ECB_DAILY),
        Path::new("--check"),
        Path::new("--output"),
        fresh.as_path(),
    ]);
    assert_eq!(stale.status.code(), Some(1));
}
