//! Runs the extractor against the Microsoft Recognizers-Text specifications in
//! `../shared/peer-specs/recognizers-text` (override with `FIGLINT_SHARED=<shared dir>`).
//!
//! A case passes when every expected result is matched by an extracted figure whose span
//! overlaps it (spec offsets are chars, `End` inclusive) and whose value is equal (relative
//! tolerance 1e-9). For currencies the ISO code must agree too (spec `isoCurrency`, or its
//! unit name mapped to a code; skipped when neither gives one). Results with a null value
//! (a bare unit word such as "dollars", also written as the string "null") are not figures
//! and are ignored. A range figure matches a value at either of its ends. Minor currency
//! units are compared in the major unit (spec `50` `Cent` is 0.50 USD, `Pence`/`Penny` GBP,
//! `Satoshi` 1e-8 BTC), which is how the extractor reports them. Extra figures are
//! allowed, except that a case with no expected results passes only if we extract nothing
//! of the model's kind (any figure at all for NumberModel, a percentage for PercentModel,
//! money for CurrencyModel).
//!
//! Which figures a model looks at: NumberModel → all; PercentModel → Percent and
//! PercentPoint (the spec resolves `个百分点` to a percentage); CurrencyModel → Money.

mod common;
use figlint::extract::extract;
use figlint::figure::{Kind, RawFigure};
use serde_json::Value;
use std::path::PathBuf;

/// Floors, in percent of dotnet-active cases passed, per (model, language).
const FLOORS: &[(&str, &str, f64)] = &[
    ("NumberModel", "English", 93.5),
    ("NumberModel", "Japanese", 90.0),
    ("NumberModel", "Chinese", 92.5),
    ("PercentModel", "English", 99.0),
    ("PercentModel", "Japanese", 99.0),
    ("PercentModel", "Chinese", 99.0),
    ("CurrencyModel", "English", 98.0),
    ("CurrencyModel", "Japanese", 96.9),
    ("CurrencyModel", "Chinese", 99.0),
];

fn spec_path(shared: &std::path::Path, model: &str, lang: &str) -> PathBuf {
    let group = if model == "CurrencyModel" {
        "NumberWithUnit"
    } else {
        "Number"
    };
    shared
        .join("peer-specs/recognizers-text/Specs")
        .join(group)
        .join(lang)
        .join(format!("{model}.json"))
}

fn dotnet_active(case: &Value) -> bool {
    let mentions = |k: &str| {
        case.get(k)
            .and_then(Value::as_str)
            .is_some_and(|s| s.to_ascii_lowercase().contains("dotnet"))
    };
    !mentions("NotSupported") && !mentions("NotSupportedByDesign")
}

/// The ISO code for a spec currency unit name, when the spec gives no `isoCurrency`.
fn unit_to_iso(unit: &str) -> Option<&'static str> {
    Some(match unit {
        "Dollar" | "United States dollar" => "USD",
        "Euro" => "EUR",
        "Japanese yen" | "Yen" => "JPY",
        "Chinese yuan" | "Yuan" => "CNY",
        "British pound" | "Pound" => "GBP",
        "South Korean won" => "KRW",
        "Hong Kong dollar" => "HKD",
        "Canadian dollar" => "CAD",
        "Australian dollar" => "AUD",
        "Indian rupee" => "INR",
        _ => return None,
    })
}

fn parse_num(s: &str) -> Option<f64> {
    s.trim().trim_end_matches('%').parse::<f64>().ok()
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9 * a.abs().max(b.abs()).max(1.0)
}

fn relevant(model: &str, f: &RawFigure) -> bool {
    match model {
        "PercentModel" => matches!(f.kind, Kind::Percent | Kind::PercentPoint),
        "CurrencyModel" => f.kind == Kind::Money,
        _ => true,
    }
}

/// Whether one case passes.
fn case_passes(model: &str, case: &Value) -> bool {
    let input = case["Input"].as_str().unwrap_or("");
    let figs: Vec<RawFigure> = extract(input)
        .into_iter()
        .filter(|f| relevant(model, f))
        .collect();
    // char offset → byte offset
    let byte_of: Vec<usize> = input
        .char_indices()
        .map(|(b, _)| b)
        .chain(std::iter::once(input.len()))
        .collect();
    let results = case["Results"].as_array().cloned().unwrap_or_default();
    if results.is_empty() {
        return figs.is_empty();
    }
    for r in &results {
        let res = &r["Resolution"];
        let Some(vs) = res
            .get("value")
            .and_then(Value::as_str)
            .filter(|v| *v != "null")
        else {
            continue; // a bare unit word: not a figure
        };
        let Some(mut want) = parse_num(vs) else {
            return false;
        };
        let unit = res.get("unit").and_then(Value::as_str).unwrap_or("");
        // Minor units are money in the major unit: 50 cents is 0.50 USD.
        let minor_iso = match unit {
            "Cent" => Some("USD"),
            "Pence" | "Penny" => Some("GBP"),
            "Satoshi" => Some("BTC"),
            _ => None,
        };
        if model == "CurrencyModel" && minor_iso.is_some() {
            want /= if unit == "Satoshi" { 1e8 } else { 100.0 };
        }
        let s = r["Start"].as_u64().unwrap_or(0) as usize;
        let e = r["End"].as_u64().unwrap_or(0) as usize + 1;
        let (bs, be) = (
            byte_of[s.min(byte_of.len() - 1)],
            byte_of[e.min(byte_of.len() - 1)],
        );
        let iso = res
            .get("isoCurrency")
            .and_then(Value::as_str)
            .filter(|s| !s.is_empty())
            .or(minor_iso)
            .or_else(|| unit_to_iso(unit));
        let num = |d: &rust_decimal::Decimal| d.to_string().parse().unwrap_or(f64::NAN);
        let ok = figs.iter().any(|f| {
            // A range matches a value at either end.
            let value_ok = close(num(&f.value), want)
                || f.range
                    .is_some_and(|(lo, hi)| close(num(&lo), want) || close(num(&hi), want));
            f.start < be
                && bs < f.end
                && value_ok
                && (model != "CurrencyModel" || iso.is_none_or(|c| c == f.unit))
        });
        if !ok {
            return false;
        }
    }
    true
}

#[test]
fn recognizers_text_specs() {
    let shared = common::shared();
    let verbose = std::env::var("FIGLINT_PEER_VERBOSE").ok();
    println!(
        "{:<14} {:<9} {:>6} {:>7} {:>16} {:>14}",
        "model", "language", "cases", "active", "passed/active", "passed/other"
    );
    let mut below = Vec::new();
    for &(model, lang, floor) in FLOORS {
        let path = spec_path(&shared, model, lang);
        let raw = std::fs::read_to_string(&path)
            .unwrap_or_else(|e| panic!("reading {}: {e}", path.display()));
        let cases: Vec<Value> =
            serde_json::from_str(raw.trim_start_matches('\u{feff}')).expect("spec JSON");
        let (mut active, mut pass_active, mut other, mut pass_other) = (0, 0, 0, 0);
        for case in &cases {
            let pass = case_passes(model, case);
            if dotnet_active(case) {
                active += 1;
                pass_active += pass as usize;
                if !pass
                    && verbose
                        .as_deref()
                        .is_some_and(|v| v == model || v == "all" || v == format!("{model}/{lang}"))
                {
                    let input = case["Input"].as_str().unwrap_or("");
                    let got: Vec<String> = extract(input)
                        .iter()
                        .map(|f| format!("{}={}{}", &input[f.start..f.end], f.value, f.unit))
                        .collect();
                    let want: Vec<String> = case["Results"]
                        .as_array()
                        .into_iter()
                        .flatten()
                        .map(|r| format!("{}={}", r["Text"], r["Resolution"]["value"]))
                        .collect();
                    println!("FAIL [{lang}] {input:?}\n   want {want:?}\n   got  {got:?}");
                }
            } else {
                other += 1;
                pass_other += pass as usize;
            }
        }
        let pct = 100.0 * pass_active as f64 / active.max(1) as f64;
        println!(
            "{:<14} {:<9} {:>6} {:>7} {:>9} ({:>5.1}%) {:>8}/{:<5}",
            model,
            lang,
            cases.len(),
            active,
            pass_active,
            pct,
            pass_other,
            other
        );
        if pct < floor {
            below.push(format!("{model}/{lang}: {pct:.1}% < floor {floor}%"));
        }
    }
    assert!(below.is_empty(), "below floor: {below:?}");
}
