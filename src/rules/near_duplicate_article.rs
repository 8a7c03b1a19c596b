//! `near-duplicate-article`: articles whose bodies are mostly the same text (one republished
//! under another category, or inside a longer one), and titles repeated across articles.
//!
//! Each article's sketch (made when its file is read, see [`crate::text::sketch`]) is banded:
//! only articles that share a band of their MinHash, or a paragraph found in few articles,
//! are compared, so the cost stays near linear in the number of articles. One finding per
//! cluster, with every article in it.

use super::{Context, Kind, Known, OptionError, OptionValue, Rule};
use crate::finding::{fingerprint, At, Finding, FindingKind, Location, Severity};
use crate::text::{Sets, Sketch};
use std::collections::{BTreeMap, HashMap};

pub static KIND: Kind = Kind {
    name: "near-duplicate-article",
    summary: "Articles whose bodies are mostly the same text, and titles repeated across articles.",
    finding: FindingKind::Duplicate,
    options: &["threshold", "warning_at", "min_chars", "titles"],
    defaults: || Box::new(DuplicateOptions::default()),
    check,
    shipped: (
        "rules/near-duplicate-article.yaml",
        include_str!("../../rules/near-duplicate-article.yaml"),
    ),
};

/// The options of a `near-duplicate-article` rule.
#[derive(Debug, Clone)]
pub struct DuplicateOptions {
    /// Two articles this alike (0..=1) are near-duplicates.
    pub threshold: f64,
    /// From this similarity the finding is a warning (else the rule's severity).
    pub warning_at: f64,
    /// Articles with less body text (normalised characters) are not compared.
    pub min_chars: u32,
    /// Report a title used by several articles whose bodies differ.
    pub titles: bool,
}

impl Default for DuplicateOptions {
    fn default() -> Self {
        DuplicateOptions {
            threshold: 0.8,
            warning_at: 0.9,
            min_chars: 100,
            titles: true,
        }
    }
}

fn share(name: &str, v: &OptionValue) -> Result<f64, OptionError> {
    match v {
        OptionValue::Number(x) if (0.3..=1.0).contains(x) => Ok(*x),
        _ => Err(format!("`{name}` must be a number from 0.3 to 1").into()),
    }
}

impl super::Options for DuplicateOptions {
    fn set(&mut self, name: &str, v: &OptionValue, _: &Known<'_>) -> Result<(), OptionError> {
        match name {
            "threshold" => self.threshold = share(name, v)?,
            "warning_at" => self.warning_at = share(name, v)?,
            "min_chars" => self.min_chars = super::options::count(name, v, 1, 10_000_000)?,
            "titles" => self.titles = super::options::boolean(name, v)?,
            _ => unreachable!("the config reader passes only the kind's options"),
        }
        Ok(())
    }
    fn show(&self) -> Vec<(&'static str, String)> {
        vec![
            ("threshold", self.threshold.to_string()),
            ("warning_at", self.warning_at.to_string()),
            ("min_chars", self.min_chars.to_string()),
            ("titles", self.titles.to_string()),
        ]
    }
}

/// Bands of the MinHash: 16 bands of 4 bins find most pairs from about 60% alike.
const BANDS: usize = 16;
/// A paragraph found in more articles than this is boilerplate, not a sign of a copy.
const COMMON: usize = 20;
/// A paragraph indexed for containment is at least this long (normalised characters).
const INDEXED: u32 = 50;

/// The pairs worth comparing: articles that share a band, or a paragraph few articles have.
/// Each band bucket and each shared paragraph adds a chain and a star over its members, never all
/// its pairs.
fn candidates(sketches: &[(usize, &Sketch)]) -> Vec<(usize, usize)> {
    // Keys and articles in flat lists sorted by key (no table of lists: the corpus has a
    // hundred thousand paragraphs).
    let mut by_band: Vec<(usize, u64, u32)> = Vec::with_capacity(sketches.len() * BANDS);
    let mut by_paragraph: Vec<(u64, u32)> = Vec::new();
    for (i, (_, s)) in sketches.iter().enumerate() {
        by_band.extend(s.bands(BANDS).map(|(band, key)| (band, key, i as u32)));
        by_paragraph.extend(
            s.paragraphs
                .iter()
                .filter(|p| p.1 >= INDEXED)
                .map(|&(h, _)| (h, i as u32)),
        );
    }
    by_band.sort_unstable();
    by_paragraph.sort_unstable();
    by_paragraph.dedup();
    let mut pairs: Vec<(usize, usize)> = Vec::new();
    for run in by_band.chunk_by(|a, b| (a.0, a.1) == (b.0, b.1)) {
        for k in 1..run.len() {
            let (first, prev, this) = (run[0].2 as usize, run[k - 1].2 as usize, run[k].2 as usize);
            pairs.push((first, this));
            pairs.push((prev, this));
        }
    }
    for run in by_paragraph.chunk_by(|a, b| a.0 == b.0) {
        if run.len() < 2 || run.len() > COMMON {
            continue;
        }
        // A chain and a star, as for the bands: clusters are joined transitively, so all
        // pairs are not needed (and with many copies of one text they grow with its square).
        for k in 1..run.len() {
            let (first, prev, this) = (run[0].1 as usize, run[k - 1].1 as usize, run[k].1 as usize);
            pairs.push((first, this));
            pairs.push((prev, this));
        }
    }
    pairs.sort_unstable();
    pairs.dedup();
    pairs
}

fn check(rule: &Rule, cx: &Context<'_>, out: &mut Vec<Finding>) {
    let o: &DuplicateOptions = rule.options();
    let corpus = cx.corpus;
    let sketches: Vec<(usize, &Sketch)> = corpus
        .texts
        .iter()
        .enumerate()
        .filter_map(|(d, t)| t.sketch.as_ref().map(|s| (d, s)))
        .collect();
    let long: Vec<(usize, &Sketch)> = sketches
        .iter()
        .copied()
        .filter(|(_, s)| s.chars >= o.min_chars)
        .collect();
    let mut sets = Sets::new(long.len());
    for (a, b) in candidates(&long) {
        if long[a].1.similarity(long[b].1) >= o.threshold {
            sets.join(a, b);
        }
    }
    let mut clusters: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for i in 0..long.len() {
        let r = sets.find(i);
        clusters.entry(r).or_default().push(i);
    }
    let path = |d: usize| corpus.docs[d].path.as_str();
    let place = |d: usize, s: &Sketch, label: String| Location {
        at: At::Text {
            doc: d,
            start: s.at.0,
            end: s.at.1,
            quote: s.quote.clone(),
            place: corpus.texts[d].place(s.at.0, s.at.1),
        },
        claim: None,
        label,
    };
    // Which cluster each document is in, for titles.
    let mut cluster_of: HashMap<usize, usize> = HashMap::new();
    for (k, members) in clusters.values().filter(|m| m.len() > 1).enumerate() {
        let mut members: Vec<(usize, &Sketch)> = members.iter().map(|&i| long[i]).collect();
        members.sort_by(|a, b| path(a.0).cmp(path(b.0)));
        for (d, _) in &members {
            cluster_of.insert(*d, k);
        }
        let (first, fs) = members[0];
        let sims: Vec<f64> = members[1..].iter().map(|(_, s)| fs.similarity(s)).collect();
        let best = sims.iter().copied().fold(0.0f64, f64::max);
        let mut locations = vec![place(first, fs, "this article".to_string())];
        for ((d, s), sim) in members[1..].iter().zip(&sims) {
            locations.push(place(
                *d,
                s,
                format!(
                    "{:.0}% alike: {}",
                    sim * 100.0,
                    crate::report::escape_controls(path(first))
                ),
            ));
        }
        let count = members.len().to_string();
        let similarity = format!("{:.0}%", best * 100.0);
        // Known by its articles' file names: edits to the text (or a move of the repository)
        // keep a cluster the same finding for baselines.
        let mut bodies: Vec<String> = members
            .iter()
            .map(|&(d, _)| {
                let p = path(d);
                p.rsplit(['/', '\\']).next().unwrap_or(p).to_string()
            })
            .collect();
        bodies.sort();
        let mut parts = vec![rule.id.as_str()];
        parts.extend(bodies.iter().map(String::as_str));
        out.push(Finding {
            severity: if best >= o.warning_at {
                rule.severity.max(Severity::Warning)
            } else {
                rule.severity
            },
            help: format!(
                "{} articles share most of their text (the larger of shingles in common and \
                 the share of the shorter one's paragraphs found word for word in the other); \
                 keep one, or make them differ",
                members.len()
            ),
            fingerprint: fingerprint(&parts),
            locations,
            ..rule.finding(&[("count", &count), ("similarity", &similarity)])
        });
    }
    if !o.titles {
        return;
    }
    let mut by_title: BTreeMap<u64, Vec<(usize, &Sketch)>> = BTreeMap::new();
    for &(d, s) in &sketches {
        if let Some(t) = s.title {
            by_title.entry(t).or_default().push((d, s));
        }
    }
    for (title, mut members) in by_title {
        if members.len() < 2 {
            continue;
        }
        // Copies already reported as one cluster need no second finding.
        let first_cluster = cluster_of.get(&members[0].0);
        if first_cluster.is_some()
            && members
                .iter()
                .all(|(d, _)| cluster_of.get(d) == first_cluster)
        {
            continue;
        }
        members.sort_by(|a, b| path(a.0).cmp(path(b.0)));
        let locations = members
            .iter()
            .enumerate()
            .map(|(k, (d, s))| {
                place(
                    *d,
                    s,
                    if k == 0 {
                        "this title".to_string()
                    } else {
                        "the same title".to_string()
                    },
                )
            })
            .collect();
        out.push(Finding {
            message: format!("the same title in {} articles", members.len()),
            help: "articles with different bodies share this title; readers and search engines cannot tell them apart".to_string(),
            fingerprint: fingerprint(&[&rule.id, "title", &format!("{title:016x}")]),
            locations,
            ..rule.finding(&[])
        });
    }
}

#[cfg(test)]
mod tests {
    use crate::config::Config;
    use crate::load::{parse, Format};

    fn findings(texts: &[String]) -> Vec<(String, Vec<String>)> {
        let mut config = Config::shipped();
        for r in &mut config.rules {
            r.enabled = r.id == "near-duplicate-article";
        }
        let docs = texts
            .iter()
            .enumerate()
            .map(|(i, t)| parse(format!("a{i}.md"), t.clone(), Format::Markdown).0)
            .collect();
        let out = crate::pipeline::check_documents(docs, &config);
        out.findings
            .iter()
            .map(|f| {
                (
                    f.message.clone(),
                    f.locations
                        .iter()
                        .map(|l| out.corpus.docs[l.doc(&out.corpus)].path.clone())
                        .collect(),
                )
            })
            .collect()
    }

    /// An article of `n` paragraphs of made-up words, different for each `seed`.
    fn article(title: &str, seed: u64, n: usize) -> String {
        const POOL: &[char] = &[
            'あ', 'い', 'う', 'え', 'お', 'か', 'き', 'く', 'け', 'こ', 'さ', 'し', 'す', 'せ',
            'そ', 'た', 'ち', 'つ', 'て', 'と', 'な', 'に', 'ぬ', 'ね', 'の', 'は', 'ひ', 'ふ',
            '倉', '庫', '港', '畑', '機', '械', '人', '手', '道', '具', '町', '村',
        ];
        let mut x = seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1;
        let mut s = format!("---\ntitle: \"{title}\"\n---\n\n");
        for _ in 0..n {
            for _ in 0..60 {
                x ^= x << 13;
                x ^= x >> 7;
                x ^= x << 17;
                s.push(POOL[(x % POOL.len() as u64) as usize]);
            }
            s.push_str("。\n\n");
        }
        s
    }

    #[test]
    fn a_copy_and_an_article_republished_inside_a_longer_one_are_one_cluster() {
        let a = article("倉庫の自動化", 1, 6);
        let mut longer = a.replace("倉庫の自動化", "倉庫の自動化（再掲）");
        longer.push_str(article("x", 2, 6).split("---\n\n").nth(1).unwrap());
        let other = article("港の荷役", 3, 6);
        let got = findings(&[a.clone(), longer, other, a]);
        assert_eq!(
            got,
            [(
                "3 articles are mostly the same text (100% alike)".to_string(),
                vec![
                    "a0.md".to_string(),
                    "a1.md".to_string(),
                    "a3.md".to_string()
                ]
            )]
        );
    }

    #[test]
    fn a_title_repeated_over_different_bodies_is_reported_and_different_articles_are_not() {
        let got = findings(&[
            article("倉庫の自動化のいま", 4, 5),
            article("倉庫の自動化のいま", 5, 5),
        ]);
        assert_eq!(
            got,
            [(
                "the same title in 2 articles".to_string(),
                vec!["a0.md".to_string(), "a1.md".to_string()]
            )]
        );
        let got = findings(&[article("題一", 4, 5), article("題一", 5, 5)]);
        assert!(got.is_empty(), "{got:?}");
    }
}
