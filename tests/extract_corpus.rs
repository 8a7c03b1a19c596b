//! Smoke test of the extractor on the real corpus (`../shared/corpora/allforces/_posts`,
//! 103 MB of Japanese): every figure's span lies on character boundaries inside its text,
//! and every kind of figure is found. To see the counts and the speed:
//!
//! ```text
//! cargo test --release --test extract_corpus -- --nocapture
//! ```
//!
//! `FIGLINT_SHARED` overrides the shared directory; `FIGLINT_DUMP=<n>` prints every n-th
//! figure with its context, to review false positives.

mod common;
use figlint::extract::extract;
use figlint::figure::Kind;
use std::time::Instant;

#[test]
fn corpus_smoke() {
    let shared = common::shared();
    let dir = shared.join("corpora/allforces/_posts");
    let mut texts = Vec::new();
    for entry in std::fs::read_dir(&dir).expect("corpus dir") {
        let path = entry.unwrap().path();
        if let Ok(s) = std::fs::read_to_string(&path) {
            texts.push(s);
        }
    }
    let bytes: usize = texts.iter().map(String::len).sum();
    let dump: usize = std::env::var("FIGLINT_DUMP")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    let t0 = Instant::now();
    let mut total = 0usize;
    let mut by_kind = [0usize; 6];
    for text in &texts {
        let figs = extract(text);
        total += figs.len();
        for f in &figs {
            assert!(f.start < f.end && f.end <= text.len());
            assert!(text.is_char_boundary(f.start) && text.is_char_boundary(f.end));
            by_kind[f.kind as usize] += 1;
        }
    }
    let secs = t0.elapsed().as_secs_f64();
    println!(
        "{} files, {:.1} MB, {} figures in {:.3}s single-threaded: {:.0} MB/s",
        texts.len(),
        bytes as f64 / 1e6,
        total,
        secs,
        bytes as f64 / 1e6 / secs
    );
    let kinds = [
        Kind::Percent,
        Kind::PercentPoint,
        Kind::Money,
        Kind::Count,
        Kind::Number,
        Kind::Year,
    ];
    for k in kinds {
        println!("  {:<14} {}", k.as_str(), by_kind[k as usize]);
        assert!(
            by_kind[k as usize] > 0,
            "no {} figure in the corpus",
            k.as_str()
        );
    }
    if dump > 0 {
        let mut n = 0usize;
        for text in &texts {
            for f in extract(text) {
                n += 1;
                if n.is_multiple_of(dump) {
                    let a = text.floor_char_boundary(f.start.saturating_sub(24));
                    let b = text.ceil_char_boundary((f.end + 12).min(text.len()));
                    println!(
                        "{:?} {} {} | {}",
                        f.kind,
                        f.value,
                        f.unit,
                        text[a..b].replace('\n', " ")
                    );
                }
            }
        }
    }
    assert!(total > 60_000, "only {total} figures");
    assert!(by_kind[Kind::Money as usize] > 10_000);
    assert!(by_kind[Kind::Percent as usize] > 10_000);
}
