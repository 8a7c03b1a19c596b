//! The development set of hand-verified contradictions, conversion errors and look-alikes
//! (../shared/eval/dev.yaml), scored the way ../shared/eval/score.py scores a findings file:
//! a contradiction is found when one finding holds two of its points, a conversion when a
//! conversion finding holds its point, and a look-alike is flagged when one finding holds all
//! of its points. The floors below are today's measured levels: recall may only go up, and no
//! look-alike may ever be flagged.

mod common;
use figlint::config::Config;
use figlint::corpus::Corpus;
use figlint::finding::Finding;
use serde::Deserialize;
use std::path::{Path, PathBuf};

#[derive(Deserialize)]
struct Set {
    #[serde(default)]
    contradictions: Vec<Entry>,
    #[serde(default)]
    conversions: Vec<Entry>,
    #[serde(default)]
    quiet: Vec<Entry>,
    #[serde(default)]
    conversion_quiet: Vec<Entry>,
}

#[derive(Deserialize)]
struct Entry {
    id: String,
    #[serde(default)]
    tier: Option<String>,
    points: Vec<Point>,
}

#[derive(Deserialize)]
struct Point {
    file: String,
    line: usize,
    text: String,
}

fn shared() -> PathBuf {
    let p = std::env::var_os("FIGLINT_SHARED")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared"));
    assert!(
        p.join("eval/dev.yaml").is_file(),
        "{} has no eval/dev.yaml: this test needs the project's shared folder beside the \
         checkout (or FIGLINT_SHARED pointing at it)",
        p.display()
    );
    p
}

/// The name score.py gives a path: `seeds/NAME` for a seed, else the bare file name.
fn key(path: &str) -> String {
    let name = Path::new(path)
        .file_name()
        .map_or(String::new(), |n| n.to_string_lossy().into_owned());
    if format!("/{path}").contains("/seeds/") {
        format!("seeds/{name}")
    } else {
        name
    }
}

fn norm(t: &str) -> String {
    t.chars()
        .filter(|c| !matches!(c, '約' | ' ' | '\u{3000}'))
        .collect()
}

/// Each finding as its kind and the (file key, line, text) of every location.
type Located = (String, Vec<(String, usize, String)>);

fn located(corpus: &Corpus, findings: &[Finding]) -> Vec<Located> {
    findings
        .iter()
        .map(|f| {
            let locs = f
                .locations
                .iter()
                .map(|l| {
                    let doc = &corpus.docs[l.doc(corpus)];
                    (key(&doc.path), l.line(corpus), l.text(corpus).to_string())
                })
                .collect();
            (f.kind.to_string(), locs)
        })
        .collect()
}

fn point_in(p: &Point, loc: &(String, usize, String)) -> bool {
    let (t, pt) = (norm(&loc.2), norm(&p.text));
    loc.0 == p.file && loc.1 == p.line && (t.is_empty() || t.contains(&pt) || pt.contains(&t))
}

fn covered(e: &Entry, found: &[Located], kind: Option<&str>, need: usize) -> bool {
    found
        .iter()
        .filter(|(k, _)| kind.is_none_or(|want| k == want))
        .any(|(_, locs)| {
            e.points
                .iter()
                .filter(|p| locs.iter().any(|l| point_in(p, l)))
                .count()
                >= need
        })
}

#[test]
fn the_development_set_is_found_and_its_look_alikes_stay_quiet() {
    let shared = shared();
    let text = std::fs::read_to_string(shared.join("eval/dev.yaml")).unwrap();
    let set: Set = serde_saphyr::from_str(&text).expect("dev.yaml parses");
    let config = Config::shipped();
    let (corpus, findings) = common::check_paths(
        &[
            shared.join("seeds"),
            shared.join("corpora/allforces/_posts"),
        ],
        &config,
    );
    let found = located(&corpus, &findings);

    fn recall<'a>(
        entries: &'a [Entry],
        tier: &str,
        kind: Option<&str>,
        found: &[Located],
    ) -> (Vec<&'a str>, usize) {
        let of_tier: Vec<&Entry> = entries
            .iter()
            .filter(|e| e.tier.as_deref() == Some(tier))
            .collect();
        let got = of_tier
            .iter()
            .filter(|e| covered(e, found, kind, e.points.len().min(2)))
            .map(|e| e.id.as_str())
            .collect();
        (got, of_tier.len())
    }
    let (must, must_n) = recall(&set.contradictions, "must", None, &found);
    let (should, should_n) = recall(&set.contradictions, "should", None, &found);
    let (conv, conv_n) = recall(&set.conversions, "must", Some("conversion"), &found);
    eprintln!(
        "dev set: contradictions must {}/{must_n}, should {}/{should_n}; conversions must {}/{conv_n}",
        must.len(),
        should.len(),
        conv.len()
    );
    // What is found today (session 5) must stay found; the goal is 90% of the musts. Each
    // needs a different part of the claim model: two undated valuations in one article,
    // one undated event across articles (investor → recipient, weeks apart), world scope
    // written two ways, and a market's size read from 「…に達する」.
    for id in [
        "within-figure-ai-valuation-W",
        "toyota-autonomous-ai-investment",
        "world-private-ai-investment-2024",
        "genai-market-2030",
        "world-ai-market-cagr-2024-2030",
    ] {
        assert!(
            must.contains(&id),
            "must contradiction {id} no longer found: {must:?}"
        );
    }
    // A compound rate to the same year in two articles; an acquisition's price stated with and
    // without its year, by the company acquired.
    for id in [
        "genai-market-cagr-2030",
        "nuance-acquisition-price",
        "genai-market-2025",
        // Money from one investor: a running total against a cap.
        "amazon-anthropic-cumulative",
    ] {
        assert!(
            should.contains(&id),
            "should contradiction {id} no longer found: {should:?}"
        );
    }
    assert_eq!(conv.len(), conv_n, "every must conversion: found {conv:?}");
    for (section, entries) in [
        ("quiet", &set.quiet),
        ("conversion_quiet", &set.conversion_quiet),
    ] {
        let flagged: Vec<&str> = entries
            .iter()
            .filter(|e| covered(e, &found, None, e.points.len()))
            .map(|e| e.id.as_str())
            .collect();
        assert!(
            flagged.is_empty(),
            "{section} look-alikes flagged: {flagged:?}"
        );
    }
}
