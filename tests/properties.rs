//! Generated inputs: articles made from a grammar of numbers (digits with separators,
//! full-width digits, kanji numerals, English words, numbers too large to hold), scale words,
//! units, qualifiers, ranges and filler text, with and without front matter. For every input:
//! no panic, every figure's span on character boundaries inside its text, every value inside
//! its own interval, and the same results with and without the cache.
//!
//! The property tests run with a fixed seed and a bounded number of cases. The campaign at the
//! end runs the same generators for as long as `FIGLINT_FUZZ_SECONDS` says (`scripts/fuzz.sh`);
//! it is ignored in a plain test run.

mod common;
use figlint::config::Config;
use figlint::context::interval;
use figlint::extract::extract;
use figlint::figure::Figure;
use figlint::load::{self, Format};
use proptest::prelude::*;
use proptest::strategy::ValueTree;
use proptest::test_runner::{Config as RunnerConfig, RngSeed, TestRunner};

fn with_commas(n: u64) -> String {
    let s = n.to_string();
    let mut out = String::new();
    for (i, c) in s.chars().enumerate() {
        if i > 0 && (s.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

fn full_width(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            '0'..='9' => char::from_u32(c as u32 - '0' as u32 + '０' as u32).unwrap(),
            ',' => '，',
            '.' => '．',
            c => c,
        })
        .collect()
}

/// A numeral as writers write them, and some no writer would.
fn numeral() -> impl Strategy<Value = String> {
    prop_oneof![
        (0u64..10_000_000_000).prop_map(|n| n.to_string()),
        (1u64..10_000_000_000).prop_map(with_commas),
        (0u32..100_000, 0u32..10_000).prop_map(|(a, b)| format!("{a}.{b}")),
        (1u64..1_000_000).prop_map(|n| full_width(&with_commas(n))),
        prop::sample::select(vec![
            "三",
            "十二",
            "百五十",
            "二千",
            "三万",
            "五十億",
            "一千二百",
            "〇",
            "二〇二四",
            "数十",
            "twelve",
            "one hundred",
            "three and a half",
            "a dozen",
        ])
        .prop_map(str::to_string),
        "[1-9][0-9]{15,40}",
        "[0-9]{1,3}(,[0-9]{1,4}){1,4}",
    ]
}

fn pick(words: &'static [&'static str]) -> impl Strategy<Value = &'static str> {
    prop::sample::select(words)
}

/// One figure in its words: qualifiers, numeral, scale, unit, a range's other end.
fn figure() -> impl Strategy<Value = String> {
    (
        pick(&[
            "",
            "約",
            "およそ",
            "最大",
            "前年比",
            "about ",
            "$",
            "€",
            "US$",
            "−",
            "-",
        ]),
        numeral(),
        pick(&[
            "",
            "万",
            "億",
            "兆",
            "千",
            " million",
            " billion",
            "bn",
            "k",
            "億ドル",
        ]),
        pick(&[
            "",
            "円",
            "ドル",
            "%",
            "％",
            "人",
            "社",
            "ユーロ",
            "元",
            "件",
            " USD",
            "倍",
            "pp",
        ]),
        pick(&[
            "", "以上", "近く", "超", "未満", " or more", "程度", "増", "減",
        ]),
        prop::option::of((pick(&["〜", "～", "-", "から", " to "]), numeral())),
    )
        .prop_map(|(before, n, scale, unit, after, range)| {
            let range = range.map_or(String::new(), |(sep, m)| format!("{sep}{m}{scale}{unit}"));
            format!("{before}{n}{scale}{unit}{range}{after}")
        })
}

/// A sentence: filler around one or two figures, with the words that give them context.
fn sentence() -> impl Strategy<Value = String> {
    (
        "[ぁ-んァ-ヶー一-龥a-zA-Z 、,()（）「」]{0,16}",
        pick(&[
            "",
            "北辰テックの",
            "世界の生成AI市場は",
            "国内の",
            "2024年に",
            "The market ",
        ]),
        figure(),
        pick(&[
            "",
            "の売上高",
            "成長した",
            "に達した",
            "を投資",
            "（約",
            "）",
            " growth",
        ]),
        prop::option::of(figure()),
        "[ぁ-んァ-ヶー一-龥a-z 。.]{0,12}",
    )
        .prop_map(|(a, subject, f, metric, g, b)| {
            format!("{a}{subject}{f}{metric}{}{b}", g.unwrap_or_default())
        })
}

/// An article: sentences in paragraphs, perhaps after front matter with odd values.
fn article() -> impl Strategy<Value = String> {
    (
        prop::option::of((
            "[^\\x00\\n\"\\\\]{0,20}",
            pick(&["2025-03-01", "2024-12-31", "2025-13-40", "", "yesterday"]),
            pick(&["", "\\t", "\\\"", "\\u3042", "''"]),
        )),
        prop::collection::vec(sentence(), 1..6),
        pick(&["\n\n", "。", "\n", " "]),
    )
        .prop_map(|(front, sentences, join)| {
            let body = sentences.join(join);
            match front {
                Some((title, date, escape)) => {
                    format!("---\ntitle: \"{title}{escape}\"\ndate: {date}\n---\n\n{body}\n")
                }
                None => format!("{body}\n"),
            }
        })
}

/// The runner: a fixed seed, a bounded number of cases, no files of failures written.
fn runner(cases: u32) -> TestRunner {
    TestRunner::new(RunnerConfig {
        cases,
        rng_seed: RngSeed::Fixed(2026),
        failure_persistence: None,
        ..RunnerConfig::default()
    })
}

/// What must hold for one text's figures.
fn figures_hold(text: &str) -> Result<(), TestCaseError> {
    for raw in extract(text) {
        prop_assert!(
            raw.start < raw.end && raw.end <= text.len(),
            "{raw:?} in {text:?}"
        );
        prop_assert!(text.is_char_boundary(raw.start) && text.is_char_boundary(raw.end));
        let fig = Figure {
            doc: 0,
            offset: raw.start,
            length: raw.end - raw.start,
            sentence: 0,
            raw,
            text: String::new(),
            place: Default::default(),
            before: String::new(),
            after: String::new(),
        };
        let (low, high) = interval(&fig, 0.05);
        prop_assert!(low <= high, "{low} > {high} for {:?} in {text:?}", fig.raw);
        if fig.raw.range.is_none() && fig.raw.bound.is_none() {
            let v: f64 = fig.raw.value.try_into().unwrap_or(f64::NAN);
            if v.is_finite() {
                let slack = v.abs() * 1e-9;
                prop_assert!(
                    low - slack <= v && v <= high + slack,
                    "{v} outside {low}..{high} for {:?} in {text:?}",
                    fig.raw
                );
            }
        }
    }
    Ok(())
}

/// What must hold for a run over some articles: findings point inside their documents.
fn run_holds(texts: &[String]) -> Result<(), TestCaseError> {
    let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
    let (corpus, _, findings) = common::check_texts(&refs, &Config::shipped());
    for f in &findings {
        for l in &f.locations {
            let (start, end) = l.span(&corpus);
            let src = corpus.docs[l.doc(&corpus)].source();
            prop_assert!(start <= end && end <= src.len());
            prop_assert!(src.is_char_boundary(start));
            prop_assert!(src.is_char_boundary(end));
            prop_assert!(!l.text(&corpus).is_empty());
        }
    }
    Ok(())
}

#[test]
fn generated_texts_give_figures_inside_their_text_and_their_intervals() {
    runner(2000)
        .run(&article(), |text| figures_hold(&text))
        .unwrap();
}

#[test]
fn generated_articles_run_through_the_whole_pipeline() {
    runner(300)
        .run(&prop::collection::vec(article(), 1..4), |texts| {
            run_holds(&texts)
        })
        .unwrap();
}

#[test]
fn generated_articles_read_the_same_with_and_without_the_cache() {
    let config = Config::shipped();
    runner(24)
        .run(&prop::collection::vec(article(), 1..4), |texts| {
            let dir = tempfile::tempdir().unwrap();
            let cache = tempfile::tempdir().unwrap();
            for (i, t) in texts.iter().enumerate() {
                std::fs::write(dir.path().join(format!("a{i}.md")), t).unwrap();
            }
            let paths = [dir.path().to_path_buf()];
            let summary = |how: figlint::CacheUse| {
                let mut opts = figlint::Options::new(&config);
                opts.cache = how;
                let o = figlint::check(&paths, &opts).unwrap();
                let figures: Vec<_> = o
                    .corpus
                    .figures
                    .iter()
                    .map(|f| (f.doc, f.offset, f.length, f.raw.value, f.raw.unit.clone()))
                    .collect();
                let claims: Vec<_> = o
                    .corpus
                    .claims
                    .iter()
                    .map(|c| (c.figure, c.key.clone(), c.metric.clone(), c.period.clone()))
                    .collect();
                let findings: Vec<_> = o.findings.iter().map(|f| f.fingerprint.clone()).collect();
                (figures, claims, findings)
            };
            let fresh = summary(figlint::CacheUse::Off);
            let cold = summary(figlint::CacheUse::Dir(cache.path().join("c")));
            let warm = summary(figlint::CacheUse::Dir(cache.path().join("c")));
            prop_assert_eq!(&fresh, &cold);
            prop_assert_eq!(&fresh, &warm);
            Ok(())
        })
        .unwrap();
}

/// The fuzz campaign (`scripts/fuzz.sh MINUTES`): the generators above for
/// `FIGLINT_FUZZ_SECONDS`, each input through the extractor and every fourth batch through
/// the whole pipeline; prints the number of inputs and fails on the first failure.
#[test]
#[ignore = "a timed campaign: run it with scripts/fuzz.sh"]
fn campaign() {
    let seconds: u64 = std::env::var("FIGLINT_FUZZ_SECONDS")
        .expect("FIGLINT_FUZZ_SECONDS: how long the campaign runs (scripts/fuzz.sh sets it)")
        .parse()
        .expect("FIGLINT_FUZZ_SECONDS is a number of seconds");
    let seed: u64 = std::env::var("FIGLINT_FUZZ_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(1);
    let mut runner = TestRunner::new(RunnerConfig {
        rng_seed: RngSeed::Fixed(seed),
        failure_persistence: None,
        ..RunnerConfig::default()
    });
    let strategy = prop::collection::vec(article(), 1..4);
    let started = std::time::Instant::now();
    let (mut inputs, mut runs) = (0u64, 0u64);
    while started.elapsed().as_secs() < seconds {
        let texts = strategy.new_tree(&mut runner).unwrap().current();
        for t in &texts {
            inputs += 1;
            if let Err(e) = figures_hold(t) {
                panic!("failure after {inputs} inputs (seed {seed}): {e}");
            }
            // The document reader too (front matter, Markdown, sentences).
            let _ = load::parse("x.md".into(), t.clone(), Format::Markdown);
        }
        if inputs.is_multiple_of(4) {
            runs += 1;
            if let Err(e) = run_holds(&texts) {
                panic!("failure after {inputs} inputs (seed {seed}): {e}");
            }
        }
    }
    println!(
        "fuzz campaign: {inputs} generated articles ({runs} whole-pipeline runs) in {:.0} s, seed {seed}, 0 failures",
        started.elapsed().as_secs_f64()
    );
}

#[test]
fn reproducers_the_generators_found_stay_fixed() {
    // A kanji multiplier after a numeral too large to scale: no figure, no panic.
    for text in ["80000000000000000000000000千\n", "9".repeat(28).as_str()] {
        figures_hold(&format!("{text}千億円")).unwrap();
    }
    // A minus before a range whose second end is the smaller: one span, low end first.
    let figs = extract("0−21〜twelve程度\n");
    for f in &figs {
        if let Some((lo, hi)) = f.range {
            assert!(lo <= hi, "{f:?}");
        }
    }
    figures_hold("0−21〜twelve程度\n").unwrap();
}
