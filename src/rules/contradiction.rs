//! `contradiction`: claims for the same subject, metric and period whose values cannot all be
//! true. Scope `corpus` compares articles with each other; scope `article` compares the claims
//! of one article (a headline without a period is compared with its body).

use super::options::{self, Known, OptionError, OptionValue, Tolerance};
use super::{fill, Context, Kind, Options, Rule};
use crate::context::{word_script, Claim, Script, Source, PRICE_METRICS, PRODUCT_METRICS};
use crate::finding::{fingerprint, At, Finding, FindingKind, Location};
use std::collections::{BTreeMap, HashMap};

pub static KIND: Kind = Kind {
    name: "contradiction",
    summary: "Two claims for the same subject, metric and period disagree.",
    finding: FindingKind::Contradiction,
    options: &[
        "scope",
        "metrics",
        "tolerance",
        "require_period",
        "headlines",
        "as_of_days",
        "between",
    ],
    defaults: || Box::new(Contradiction::default()),
    check,
    shipped: (
        "rules/contradiction.yaml",
        include_str!("../../rules/contradiction.yaml"),
    ),
};

/// Which claims a contradiction rule compares.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Scope {
    /// Claims of one article with each other.
    Article,
    /// Claims of different articles.
    #[default]
    Corpus,
}

/// A contradiction rule's options.
#[derive(Debug, Clone)]
pub struct Contradiction {
    pub scope: Scope,
    /// Only these metrics (all when empty).
    pub metrics: Vec<String>,
    pub tolerance: Tolerance,
    /// Compare only claims that state a period.
    pub require_period: bool,
    /// Compare claims made in titles and headings too.
    pub headlines: bool,
    /// Across articles: an event (an investment, a funding round) stated without a period is
    /// compared with the same event in articles published within this many days (0: never).
    pub as_of_days: u32,
    /// Which disagreements the rule reports: between values that should be one (`values`),
    /// or between estimates attributed to different named sources (`sources`), which no
    /// `values` rule reports.
    pub between: Between,
}

/// Which disagreements a contradiction rule reports (see [`Contradiction::between`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Between {
    #[default]
    Values,
    Sources,
}

impl Default for Contradiction {
    fn default() -> Self {
        Contradiction {
            scope: Scope::Corpus,
            metrics: Vec::new(),
            tolerance: Tolerance::default(),
            require_period: false,
            headlines: true,
            as_of_days: 0,
            between: Between::Values,
        }
    }
}

impl Options for Contradiction {
    fn set(&mut self, name: &str, v: &OptionValue, known: &Known<'_>) -> Result<(), OptionError> {
        match name {
            "scope" => {
                self.scope = match v {
                    OptionValue::Text(t) if t == "article" => Scope::Article,
                    OptionValue::Text(t) if t == "corpus" => Scope::Corpus,
                    _ => return Err("`scope` must be `article` or `corpus`".to_string().into()),
                }
            }
            "metrics" => self.metrics = options::metrics(name, v, known)?,
            "tolerance" => self.tolerance = Tolerance::read(name, v)?,
            "require_period" => self.require_period = options::boolean(name, v)?,
            "headlines" => self.headlines = options::boolean(name, v)?,
            // At most ten years.
            "as_of_days" => self.as_of_days = options::count(name, v, 0, 3660)?,
            "between" => {
                self.between = match v {
                    OptionValue::Text(t) if t == "values" => Between::Values,
                    OptionValue::Text(t) if t == "sources" => Between::Sources,
                    _ => return Err("`between` must be `values` or `sources`".to_string().into()),
                }
            }
            _ => unreachable!("the config reader passes only the kind's options"),
        }
        Ok(())
    }

    fn show(&self) -> Vec<(&'static str, String)> {
        let mut out = vec![
            (
                "scope",
                match self.scope {
                    Scope::Article => "article",
                    Scope::Corpus => "corpus",
                }
                .to_string(),
            ),
            ("tolerance", self.tolerance.show()),
        ];
        if !self.metrics.is_empty() {
            out.push(("metrics", self.metrics.join(", ")));
        }
        out.push(("require_period", self.require_period.to_string()));
        out.push(("headlines", self.headlines.to_string()));
        if self.as_of_days > 0 {
            out.push(("as_of_days", self.as_of_days.to_string()));
        }
        if self.between == Between::Sources {
            out.push(("between", "sources".to_string()));
        }
        out
    }
}

fn check(rule: &Rule, cx: &Context<'_>, out: &mut Vec<Finding>) {
    let o: &Contradiction = rule.options();
    let claims = &cx.corpus.claims;
    let wanted = |c: &Claim| {
        c.compared()
            && (o.metrics.is_empty() || o.metrics.contains(&c.metric))
            && (!o.require_period
                || c.period.is_some()
                || as_of(o, c, cx).is_some()
                || as_of_state(o, c, cx).is_some()
                || once(c)
                || timeless(c))
            && (o.headlines || !c.headline)
    };
    match o.scope {
        Scope::Corpus => {
            // Group by (metric, unit, period, scope words), then by subject.
            let mut groups: BTreeMap<(&str, &str, Option<&str>, &str), Vec<usize>> =
                BTreeMap::new();
            for (i, c) in claims.iter().enumerate().filter(|(_, c)| wanted(c)) {
                // An undated event's total meets the event's other amounts (see
                // [`total_against_cap`]).
                let metric = match c.metric.strip_suffix(TOTAL) {
                    Some(base) if as_of(o, c, cx).is_some() => base,
                    _ => c.metric.as_str(),
                };
                groups
                    .entry((
                        metric,
                        group_unit(c, cx.vocab),
                        grouping_period(c),
                        c.scope.as_str(),
                    ))
                    .or_default()
                    .push(i);
            }
            for members in groups.values() {
                for cluster in subject_clusters(members, cx) {
                    report_cluster(rule, o, cx, &cluster, Scope::Corpus, out);
                }
            }
        }
        Scope::Article => {
            let mut groups: BTreeMap<(usize, &str, &str, &str), Vec<usize>> = BTreeMap::new();
            for (i, c) in claims.iter().enumerate().filter(|(_, c)| wanted(c)) {
                groups
                    .entry((c.doc, c.metric.as_str(), c.unit.as_str(), c.scope.as_str()))
                    .or_default()
                    .push(i);
            }
            for members in groups.values() {
                for cluster in subject_clusters(members, cx) {
                    report_cluster(rule, o, cx, &cluster, Scope::Article, out);
                }
            }
        }
    }
}

/// Whether two claims fall in the same group of the corpus-wide comparison: the same metric,
/// unit, period (as grouped) and scope words, and the same subject key (similar spellings
/// that the comparison also joins are not counted here). The language server's hover lists
/// the other articles' values of a figure's group with it.
pub fn same_group(a: &Claim, b: &Claim) -> bool {
    a.key == b.key
        && a.metric == b.metric
        && a.unit == b.unit
        && a.scope == b.scope
        && grouping_period(a) == grouping_period(b)
}

/// The longest key compared by similarity (characters): longer ones meet only when equal.
const MAX_FUZZY_KEY: usize = 48;
/// The most similarity comparisons made in one group.
const MAX_SIMILARITY_PAIRS: usize = 200_000;

/// Splits claims (all of one scope signature) into clusters of matching subjects: equal keys,
/// or long keys whose similarity reaches the configured threshold.
fn subject_clusters(members: &[usize], cx: &Context<'_>) -> Vec<Vec<usize>> {
    let mut by_key: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for &i in members {
        by_key
            .entry(cx.corpus.claims[i].key.as_str())
            .or_default()
            .push(i);
    }
    let keys: Vec<&str> = by_key.keys().copied().collect();
    let mut parent: Vec<usize> = (0..keys.len()).collect();
    fn root(p: &mut [usize], mut i: usize) -> usize {
        while p[i] != i {
            p[i] = p[p[i]];
            i = p[i];
        }
        i
    }
    let threshold = cx.vocab.settings().subject_similarity;
    // Similar spellings are looked for among keys of a noun phrase's length, and at most
    // MAX_SIMILARITY_PAIRS pairs per group: the cost stays bounded whatever the input.
    let mut budget = MAX_SIMILARITY_PAIRS;
    if keys.len() <= 2000 && threshold < 1.0 {
        let lens: Vec<usize> = keys.iter().map(|k| k.chars().count()).collect();
        for a in 0..keys.len() {
            if !(8..=MAX_FUZZY_KEY).contains(&lens[a]) {
                continue;
            }
            for b in a + 1..keys.len() {
                if !(8..=MAX_FUZZY_KEY).contains(&lens[b])
                    || lens[a].abs_diff(lens[b]) > lens[a].max(lens[b]) / 4
                {
                    continue;
                }
                if budget == 0 {
                    break;
                }
                budget -= 1;
                // What an event's money goes to must be named the same (→AI教育 is not
                // →AI需要); only the rest of the subject may be spelt differently.
                // (The arrow stays with the party: → what it goes to.)
                let ((sa, ra), (sb, rb)) = (party(keys[a]), party(keys[b]));
                if ra != rb || !same_digits(sa, sb) {
                    continue;
                }
                if strsim::normalized_levenshtein(sa, sb) >= threshold {
                    let (ra, rb) = (root(&mut parent, a), root(&mut parent, b));
                    parent[ra.max(rb)] = ra.min(rb);
                }
            }
        }
    }
    // One investor's money named by what it goes to in other words (「AI自動運転EV開発」 and
    // 「自動運転AI」): the recipients' content words agree (see [`same_recipient`]).
    let mut by_investor: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for (k, key) in keys.iter().enumerate() {
        let (investor, recipient) = party(key);
        if !recipient.is_empty() && investor.chars().count() >= 2 {
            by_investor.entry(investor).or_default().push(k);
        }
    }
    for ks in by_investor.values().filter(|ks| ks.len() > 1) {
        let words: Vec<_> = ks
            .iter()
            .map(|&k| content_words(party(keys[k]).1))
            .collect();
        for (i, &a) in ks.iter().enumerate() {
            for (j, &b) in ks.iter().enumerate().skip(i + 1) {
                if budget == 0 {
                    break;
                }
                budget -= 1;
                if same_recipient(&words[i], &words[j]) {
                    let (ra, rb) = (root(&mut parent, a), root(&mut parent, b));
                    parent[ra.max(rb)] = ra.min(rb);
                }
            }
        }
    }
    let mut clusters: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for (k, key) in keys.iter().enumerate() {
        let r = root(&mut parent, k);
        clusters.entry(r).or_default().extend(&by_key[key]);
    }
    clusters
        .into_values()
        .filter(|c| c.len() > 1)
        .map(|mut c| {
            c.sort_unstable();
            c
        })
        .collect()
}

/// Words of what money goes to that say what is done with it rather than what it goes to
/// (開発 of 「自動運転AI開発」).
const GENERIC_HEADS: &[&str] = &[
    "開発", "事業", "分野", "領域", "研究", "強化", "推進", "整備", "拡大", "拡充", "関連", "向け",
];

/// The content words of a recipient (`→ai自動運転ev開発`): runs of Latin letters and digits,
/// of katakana, and of kanji, of two characters or more (a lone 米 or 州 is a prefix or a
/// suffix, not a word), without [`GENERIC_HEADS`].
fn content_words(recipient: &str) -> std::collections::BTreeSet<&str> {
    let mut words = std::collections::BTreeSet::new();
    let mut run: Option<(usize, Option<Script>)> = None;
    for (i, c) in recipient.char_indices().chain([(recipient.len(), ' ')]) {
        let k = word_script(c);
        if run.is_some_and(|(_, rk)| rk == k) {
            continue;
        }
        if let Some((s, rk)) = run {
            // 「倫理研究」 is 「倫理」 with what is done with it: a run of kanji sheds the
            // generic heads it ends with, as long as a word is left.
            let mut word = &recipient[s..i];
            while let Some(w) = GENERIC_HEADS
                .iter()
                .find_map(|h| word.strip_suffix(h))
                .filter(|w| w.chars().count() >= 2)
            {
                word = w;
            }
            if rk.is_some() && word.chars().count() >= 2 && !GENERIC_HEADS.contains(&word) {
                words.insert(word);
            }
        }
        run = Some((i, k));
    }
    words
}

/// Whether two recipients of one investor's money (their [`content_words`]) name the same
/// thing in other words: the content words of one are all among the other's, and there are at least two of them (「AI」
/// alone is any AI; 「自動運転」 and 「AI」 together name one thing).
fn same_recipient(
    a: &std::collections::BTreeSet<&str>,
    b: &std::collections::BTreeSet<&str>,
) -> bool {
    let (small, large) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    small.len() >= 2 && small.is_subset(large)
}

/// Whether two keys hold the same digits in the same order: versions and model numbers
/// (h100 and b200, gpt4 and gpt5) are different things however alike the rest is spelt.
fn same_digits(a: &str, b: &str) -> bool {
    a.bytes()
        .filter(u8::is_ascii_digit)
        .eq(b.bytes().filter(u8::is_ascii_digit))
}

/// A key split before its party: → what an event goes to (the arrow
/// stays with the party).
fn party(key: &str) -> (&str, &str) {
    key.split_at(key.find('→').unwrap_or(key.len()))
}

/// Claims of one cluster with the same stated value and interval.
struct ValueClass {
    claims: Vec<usize>,
    /// The member whose interval is narrowest: the class's value as its most precise writing
    /// allows it, which the comparison uses (約20億 and 20億 are one value, read as 20億).
    rep: usize,
    docs: Vec<usize>,
}

fn conflict(a: &Claim, b: &Claim, tol: Tolerance) -> bool {
    // A benchmark score written to a decimal (94.8%) is a measurement stated exactly: its
    // rounding and one step of its last digit are all that may separate it from another
    // (94.8% and 95.2% differ; 88.7 and 88.9, or 94.8% and 94.85%, do not).
    let exact = |c: &Claim| c.metric.starts_with("score on ") && c.high - c.low < 0.5;
    let t = if exact(a) && exact(b) {
        // (Plus a hair: 88.75 + 0.1 must reach 88.85 in floating point.)
        (a.high - a.low).max(b.high - b.low) + 1e-9
    } else {
        tol.room(a.in_points(), a.value.abs().max(b.value.abs()))
    };
    a.high + t < b.low || b.high + t < a.low || !a.in_points() && different_limits(a, b)
}

/// How far apart two caps (最大50億ドル, 最大150億ドル) or two floors of one thing must be to
/// state different limits: each allows the other's value, but a writer states the limit as the
/// figure.
const LIMIT_RATIO: f64 = 1.5;

/// Whether two claims are both caps or both floors whose limits are [`LIMIT_RATIO`] apart.
/// Amounts and counts only: 「50%以上」 and 「80%以上」 are bounds a writer picks loosely.
fn different_limits(a: &Claim, b: &Claim) -> bool {
    let caps = a.low == f64::NEG_INFINITY && b.low == f64::NEG_INFINITY;
    let floors = a.high == f64::INFINITY && b.high == f64::INFINITY;
    let (lo, hi) = (a.value.min(b.value), a.value.max(b.value));
    (caps || floors) && lo > 0.0 && hi >= LIMIT_RATIO * lo
}

/// Measures of a named company's one event or state whose amounts are compared across
/// currencies: a deal reported as 7億7500万ドル in one article and 3000億円 in another.
const CROSS_CURRENCY_METRICS: &[&str] = &[
    "acquisition",
    "investment",
    "funding",
    "valuation",
    "contract",
];
/// How far apart two amounts in different currencies must be, once converted at their
/// articles' reference rates, to contradict each other: beyond any rate a writer may have
/// used and any rounding of the conversion.
const CROSS_CURRENCY_RATIO: f64 = 1.5;
/// The unit a claim is grouped by across articles: `money` for a named company's deal or
/// valuation in any currency (see [`CROSS_CURRENCY_METRICS`]), else its own.
fn group_unit<'a>(c: &'a Claim, vocab: &crate::context::Vocab) -> &'a str {
    if is_bare_score(c) {
        return "%";
    }
    let metric = c.metric.strip_suffix(TOTAL).unwrap_or(&c.metric);
    if CROSS_CURRENCY_METRICS.contains(&metric)
        && c.scope.is_empty()
        && (crate::context::names_someone(&c.subject) || vocab.is_company(party(&c.key).0))
    {
        "money"
    } else {
        c.unit.as_str()
    }
}

/// A benchmark score written without its percent sign, as a table cell often is
/// (「| SWE-bench Verified | 58.7 |」): the same measure as 「74.9%」 in a sentence.
fn is_bare_score(c: &Claim) -> bool {
    c.unit.is_empty() && c.metric.starts_with("score on ")
}

/// The unit two claims are compared in: a bare score is a percentage.
fn compared_unit(c: &Claim) -> &str {
    if is_bare_score(c) {
        "%"
    } else {
        &c.unit
    }
}

/// An amount's interval in US dollars at the reference rate of its article's month.
fn in_dollars(c: &Claim, cx: &Context<'_>) -> Option<(f64, f64)> {
    let (y, m, _) = cx.corpus.docs[c.doc].meta.date?;
    let r = cx.fx.rate(&c.unit, "USD", y, m)?.rate;
    Some((c.low * r, c.high * r))
}

/// Whether two claims' values cannot both be true: in one unit, beyond the tolerance; in two
/// currencies, more than [`CROSS_CURRENCY_RATIO`] apart once both are in dollars.
fn conflict_in(cx: &Context<'_>, a: &Claim, b: &Claim, tol: Tolerance) -> bool {
    if compared_unit(a) == compared_unit(b) {
        return conflict(a, b, tol);
    }
    match (in_dollars(a, cx), in_dollars(b, cx)) {
        (Some((al, ah)), Some((bl, bh))) => {
            al > 0.0
                && bl > 0.0
                && (ah * CROSS_CURRENCY_RATIO < bl || bh * CROSS_CURRENCY_RATIO < al)
        }
        _ => false,
    }
}

/// Measures of a state that has one value at a time: within one article, two undated values
/// for one subject disagree.
const STATE_METRICS: &[&str] = &[
    "valuation",
    "users",
    "monthly_users",
    "weekly_users",
    "daily_users",
    "employees",
    "subscription_price",
    "subscription_price (per seat)",
];

/// Measures of an event that happens once (an acquisition's price): stated with or without a
/// period, every statement is about the same event.
const ONCE_METRICS: &[&str] = &["acquisition"];

/// Whether a claim measures an event that happens once.
fn once(c: &Claim) -> bool {
    ONCE_METRICS.contains(&c.metric.as_str())
}

/// Whether a claim is a versioned model's score on a benchmark (GPT-4o's MMLU, not Llama's)
/// or what a versioned product states of itself ([`PRODUCT_METRICS`]: 「Llama 4、推論速度2倍」,
/// against whatever it is measured against): a property fixed once the product is out,
/// compared across articles with or without a period. The name must carry its version (a
/// digit): a family name covers models of several sizes whose scores differ.
fn timeless(c: &Claim) -> bool {
    let measure = c.metric.split(" (vs ").next().unwrap_or(&c.metric);
    (c.metric.starts_with("score on ")
        || PRODUCT_METRICS.contains(&measure)
        || SPEC_METRICS.contains(&measure))
        && c.key.bytes().any(|b| b.is_ascii_digit())
}

/// What a model is built with: its size and how much it reads at once, fixed for a versioned
/// model (「GPT-4oのコンテキストウィンドウは12.8万トークン」 in every article).
const SPEC_METRICS: &[&str] = &["parameters", "context_window"];

/// Measures that name one event: stated without a period, they are taken as of the
/// article's date when the event is named by who and what (an investor and what the money
/// goes to: 「トヨタが自動運転AIに…投資」).
const AS_OF_METRICS: &[&str] = &["investment", "funding"];
/// Events that a company announces once in a while and that are named by who alone (a round
/// of job cuts, an issue of bonds, a lawsuit's settlement), or by the two parties a deal's
/// key always holds (see `context::contract`): stated without a period, they are taken as of
/// the article's date with no recipient needed.
const AS_OF_ALONE_METRICS: &[&str] = &["layoffs", "bond_issue", "settlement", "contract"];
/// Prices that a product is sold at: stated without a period, they are taken as of the
/// article's date when the product is named with its version (「GPT-4o mini」, not 「GPT」).
/// So is a plan's monthly price (a claim only when the plan is named: see
/// `context::subscription`).
fn priced_product(c: &Claim) -> bool {
    let measure = c.metric.split(" (").next().unwrap_or(&c.metric);
    PRICE_METRICS.contains(&measure)
        && c.key.bytes().any(|b| b.is_ascii_digit())
        && c.key.bytes().any(|b| b.is_ascii_alphabetic())
        || measure == crate::context::subscription::METRIC
}

/// A change a company or a product reports (「AcmeがAI物流でコストを15%削減」): one result of
/// one initiative, which the news restates; stated without a period, it is taken as of the
/// article's date. Only a subject alone (no qualifier) is: the same company's changes of
/// other initiatives are keyed apart by what changes.
fn reported_change(c: &Claim) -> bool {
    (c.metric.starts_with("reduction of ") || c.metric.starts_with("gain in "))
        && !c.key.contains(['@', '→'])
}

/// The day number (days since 0000-03-01, for differences) of an undated event claim's
/// article, when the rule compares such claims across articles.
fn as_of(o: &Contradiction, c: &Claim, cx: &Context<'_>) -> Option<i64> {
    let metric = c.metric.strip_suffix(TOTAL).unwrap_or(&c.metric);
    if o.as_of_days == 0
        || c.period.is_some()
        || !(AS_OF_METRICS.contains(&metric) && c.key.contains('→') && !ongoing_spending(c, cx)
            || AS_OF_ALONE_METRICS.contains(&metric)
            || priced_product(c)
            || reported_change(c))
    {
        return None;
    }
    let (y, m, d) = cx.corpus.docs[c.doc].meta.date?;
    Some(day_number(i64::from(y), i64::from(m), i64::from(d)))
}

/// Whether an undated investment goes to what a large company keeps spending on (AIインフラ,
/// データセンター; see `Vocab::is_ongoing_recipient`): no one event, so investments in it weeks
/// apart are not one figure (Amazon's 500億ドル for government AI and its 1兆円 for another
/// country's are both 「AIインフラに投資」).
fn ongoing_spending(c: &Claim, cx: &Context<'_>) -> bool {
    c.key
        .split_once('→')
        .is_some_and(|(_, to)| cx.vocab.is_ongoing_recipient(to))
}

/// Measures of a company's state that the news keeps restating (a funding round, a year's
/// revenue): stated without a period by articles a few weeks apart about the same company
/// alone (no recipient, no qualifier), they are one figure. Rounds and results move on
/// between articles, so only values [`STATE_RATIO`] or more apart (a slipped digit, 350億ドル
/// for 3,500億ドル) are called a contradiction. Valuations are left out: articles retell
/// earlier rounds' valuations (184億ドル two years before 1,830億ドル) without their dates.
const RESTATED_METRICS: &[&str] = &["funding", "revenue (annual)", "debt"];
/// The most days between two articles whose undated state figures are compared.
const STATE_DAYS: i64 = 45;
/// How far apart two undated state figures must be to contradict each other.
const STATE_RATIO: f64 = 3.0;

/// The day number of an undated state claim's article (see [`RESTATED_METRICS`]).
fn as_of_state(o: &Contradiction, c: &Claim, cx: &Context<'_>) -> Option<i64> {
    if o.as_of_days == 0
        || c.period.is_some()
        || c.headline
        || !RESTATED_METRICS.contains(&c.metric.as_str())
        || c.key.contains(['→', '@'])
    {
        return None;
    }
    let (y, m, d) = cx.corpus.docs[c.doc].meta.date?;
    Some(day_number(i64::from(y), i64::from(m), i64::from(d)))
}

/// Whether two claims' values are at least [`STATE_RATIO`] apart: their values as written, so
/// that 「350億ドル以上」 and 「3,500億ドル以上」 (bounds that do not exclude each other) are
/// one slipped digit apart. Amounts in two currencies are compared in dollars at their
/// articles' reference rates; without a rate they are not compared.
fn far_apart(a: &Claim, b: &Claim, cx: &Context<'_>) -> bool {
    let (x, y) = if a.unit == b.unit {
        (a.value, b.value)
    } else {
        match (dollar_value(a, cx), dollar_value(b, cx)) {
            (Some(x), Some(y)) => (x, y),
            _ => return false,
        }
    };
    let (lo, hi) = (x.min(y), x.max(y));
    lo > 0.0 && hi >= STATE_RATIO * lo
}

/// An amount's value in US dollars at the reference rate of its article's month.
fn dollar_value(c: &Claim, cx: &Context<'_>) -> Option<f64> {
    let (y, m, _) = cx.corpus.docs[c.doc].meta.date?;
    Some(c.value * cx.fx.rate(&c.unit, "USD", y, m)?.rate)
}

/// Two undated restated figures (see [`RESTATED_METRICS`]) of articles close in time that are
/// far apart.
fn restated_far_apart(o: &Contradiction, a: &Claim, b: &Claim, cx: &Context<'_>) -> bool {
    match (as_of_state(o, a, cx), as_of_state(o, b, cx)) {
        (Some(x), Some(y)) => (x - y).abs() <= STATE_DAYS && far_apart(a, b, cx),
        _ => false,
    }
}

/// Days since a fixed epoch for a proleptic Gregorian date (only differences matter).
fn day_number(y: i64, m: i64, d: i64) -> i64 {
    let (y, m) = if m <= 2 { (y - 1, m + 12) } else { (y, m) };
    365 * y + y / 4 - y / 100 + y / 400 + (153 * (m - 3) + 2) / 5 + d
}

/// The variant of a measure that is a running total (「合計80億ドル」, 「累計」).
const TOTAL: &str = " (total)";

/// Whether two claims of one undated event, one a running total and the other not, can be
/// compared: only when the other is a cap the total passes (「Amazonから合計80億ドル」 against
/// 「Amazonから最大40億ドル」). A total against one round or tranche is no contradiction.
fn total_against_cap(a: &Claim, b: &Claim) -> bool {
    let (total, other) = match (a.metric.ends_with(TOTAL), b.metric.ends_with(TOTAL)) {
        (true, false) => (a, b),
        (false, true) => (b, a),
        _ => return a.metric == b.metric,
    };
    let cap = other.high.is_finite() && (!other.low.is_finite() || other.low <= 0.0);
    cap && total.metric.strip_suffix(TOTAL) == Some(other.metric.as_str())
}

/// Whether two claims of different articles may be compared: dated claims always (they are
/// grouped by period); undated events only when their articles are close enough in time.
fn comparable_across(o: &Contradiction, a: &Claim, b: &Claim, cx: &Context<'_>) -> bool {
    if a.doc == b.doc || !total_against_cap(a, b) {
        return false;
    }
    match (as_of(o, a, cx), as_of(o, b, cx)) {
        (Some(x), Some(y)) => (x - y).abs() <= i64::from(o.as_of_days),
        (None, None) => match (as_of_state(o, a, cx), as_of_state(o, b, cx)) {
            (Some(_), Some(_)) => restated_far_apart(o, a, b, cx),
            _ => {
                (a.period.is_some()
                    || !o.require_period
                    || once(a) && once(b)
                    || timeless(a) && timeless(b))
                    && same_span(a, b)
            }
        },
        _ => false,
    }
}

/// The period a claim is grouped by across articles: a compound rate's end year (「2030年ま
/// でに年平均28%」 and 「2024年から2030年にかけてCAGR 37%」 are both rates to 2030), else its
/// period.
fn grouping_period(c: &Claim) -> Option<&str> {
    let p = c.period.as_deref()?;
    match p.split_once('-') {
        Some((start, end)) if c.metric == "cagr" && is_year(start) && is_year(end) => Some(end),
        _ => Some(p),
    }
}

fn is_year(s: &str) -> bool {
    s.len() == 4 && s.bytes().all(|b| b.is_ascii_digit())
}

/// Whether two compound rates to one year can be compared: two spans stated in full must be
/// the same span (2024–2030 and 2025–2030 are different rates); a rate stated only to its end
/// year may be of any span ending then.
fn same_span(a: &Claim, b: &Claim) -> bool {
    match (a.period.as_deref(), b.period.as_deref()) {
        (Some(x), Some(y)) if x.contains('-') && y.contains('-') => x == y,
        _ => true,
    }
}

/// Whether two claims are estimates attributed to two different named sources (IDC's and
/// Gartner's market sizes differ without either being wrong).
fn different_sources(a: &Claim, b: &Claim) -> bool {
    let another = |c: &Claim| c.source == Some(Source::Another);
    another(a) || another(b) || matches!((&a.source, &b.source), (Some(x), Some(y)) if x != y)
}

/// Whether two claims of one article are about the same period.
fn comparable_in_article(a: &Claim, b: &Claim, cx: &Context<'_>) -> bool {
    let same_sentence =
        cx.corpus.figures[a.figure].sentence == cx.corpus.figures[b.figure].sentence;
    match (&a.period, &b.period) {
        (Some(x), Some(y)) => x == y,
        // Two figures without a period are compared when one is a headline, or when they
        // measure a state that has one value at a time (a valuation, a head count) in two
        // sentences of the body.
        (None, None) => {
            !same_sentence
                && (a.headline != b.headline
                    || !a.headline
                        && !b.headline
                        && (a.inherited.is_none()
                            && b.inherited.is_none()
                            && (STATE_METRICS.contains(&a.metric.as_str()) || once(a))
                            // A model's score on one benchmark, even of the article's topic.
                            || a.metric.starts_with("score on ")))
        }
        // A headline framed by a year meets body figures of that year only, unless the year
        // is the site's template (see [`template_year`]).
        (None, Some(y)) => {
            a.headline && !b.headline && framed_for(a, y, cx) && !history(b, y, cx)
                || one_forecast_rate(a, b, cx)
        }
        (Some(x), None) => {
            b.headline && !a.headline && framed_for(b, x, cx) && !history(a, x, cx)
                || one_forecast_rate(b, a, cx)
        }
    }
}

/// Words right after a rate that make it a forecast (「CAGR46%で成長すると見込まれ」).
const FORECAST_AFTER: &[&str] = &[
    "見込",
    "予測",
    "予想",
    "見通し",
    "見られ",
    "される",
    "expected",
    "projected",
    "forecast",
    "预计",
    "预测",
];

/// Whether an undated compound rate (`undated`) and one dated to a span ahead (`dated`, of
/// the same subject and measure) in the same paragraph of the body are one forecast: 「…2025年の2440億ドルから2030年
/// には8270億ドルへと、年平均成長率28%で拡大すると予測…市場もCAGR46%で成長すると見込まれ」
/// gives the market two rates for what lies ahead. A rate that says nothing of the future
/// (「…CAGR20%で成長した」) may be of the past, and is left alone.
fn one_forecast_rate(undated: &Claim, dated: &Claim, cx: &Context<'_>) -> bool {
    if undated.headline || dated.headline || undated.metric != "cagr" {
        return false;
    }
    let (u, d) = (
        &cx.corpus.figures[undated.figure],
        &cx.corpus.figures[dated.figure],
    );
    let published = cx.corpus.docs[undated.doc].meta.date.map(|d| d.0);
    // The year the span ends (「2025-2030」 is grouped by 2030).
    let ends = grouping_period(dated)
        .and_then(|p| p.get(p.len().saturating_sub(4)..))
        .and_then(|y| y.parse::<i32>().ok());
    let after = u
        .after
        .get(..u.after.floor_char_boundary(30))
        .unwrap_or(&u.after);
    u.place.line == d.place.line
        && matches!((ends, published), (Some(e), Some(p)) if e > p)
        && FORECAST_AFTER.iter().any(|w| after.contains(w))
}

/// Whether a body figure's period is two or more years before its article: background
/// (「2022年に100億ドルの社債を発行して以来」), not the news a headline without a period gives.
fn history(body: &Claim, period: &str, cx: &Context<'_>) -> bool {
    let year = period
        .trim_start_matches(|c: char| !c.is_ascii_digit())
        .get(..4)
        .and_then(|y| y.parse::<i32>().ok());
    let published = cx.corpus.docs[body.doc].meta.date.map(|d| d.0);
    matches!((year, published), (Some(y), Some(p)) if y + 2 <= p)
}

/// Whether a headline claim's framing year, if any, lets it meet a body figure of `year`: its
/// own year does, and a year that frames most titles (a template's) frames nothing.
fn framed_for(headline: &Claim, year: &str, cx: &Context<'_>) -> bool {
    headline
        .framing
        .as_ref()
        .is_none_or(|f| f == year || cx.template_year.as_ref() == Some(f))
}

fn report_cluster(
    rule: &Rule,
    o: &Contradiction,
    cx: &Context<'_>,
    cluster: &[usize],
    scope: Scope,
    out: &mut Vec<Finding>,
) {
    let classes = value_classes(cx, cluster, scope);
    if classes.len() < 2 {
        return;
    }
    let conflicts = conflicting_classes(o, cx, &classes, scope);
    if conflicts.is_empty() {
        return;
    }
    let primary = primary_class(&classes, &conflicts);
    let Some((pc, others, locations)) = locate(cx, &classes, &conflicts, primary, scope) else {
        return;
    };
    let found = Cluster {
        classes: &classes,
        conflicts: &conflicts,
        primary,
        others: &others,
        scope,
    };
    out.push(cluster_finding(rule, cx, &found, pc, locations));
}

/// The values of a cluster of claims: one value (the same figure repeated, in any writing) is
/// one class; within an article, one per period.
fn value_classes(cx: &Context<'_>, cluster: &[usize], scope: Scope) -> Vec<ValueClass> {
    let claims = &cx.corpus.claims;
    let mut classes: Vec<ValueClass> = Vec::new();
    let mut index: HashMap<(u64, u64, Option<&str>, &str), usize> = HashMap::new();
    for &i in cluster {
        let c = &claims[i];
        let period = if scope == Scope::Article {
            c.period.as_deref()
        } else {
            None
        };
        // One value in any writing (1000億ドル, 1,000億ドル, $100B, 約1000億ドル) is one class,
        // whatever its digits or 約 say of its rounding; bounds and ranges are known by what
        // they allow.
        let raw = &cx.corpus.figures[c.figure].raw;
        let (lo, hi) = if raw.bound.is_none() && raw.range.is_none() {
            (c.value.to_bits(), 0)
        } else {
            (c.low.to_bits(), c.high.to_bits())
        };
        let k = (lo, hi, period, compared_unit(c));
        let at = *index.entry(k).or_insert_with(|| {
            classes.push(ValueClass {
                claims: Vec::new(),
                rep: i,
                docs: Vec::new(),
            });
            classes.len() - 1
        });
        let rep = &claims[classes[at].rep];
        if c.high - c.low < rep.high - rep.low {
            classes[at].rep = i;
        }
        classes[at].claims.push(i);
        if !classes[at].docs.contains(&c.doc) {
            classes[at].docs.push(c.doc);
        }
    }
    most_stated(classes)
}

/// The most values of one subject, measure and period that are compared with each other.
/// A list or a table of hundreds of values for one key is no pair of figures that disagree,
/// and comparing every value with every other would take time that grows with its square.
const MAX_VALUES: usize = 100;

/// The [`MAX_VALUES`] classes stated by the most articles (then by the most figures, then the
/// first stated), in the order they were first stated.
fn most_stated(mut classes: Vec<ValueClass>) -> Vec<ValueClass> {
    if classes.len() <= MAX_VALUES {
        return classes;
    }
    classes.sort_by_key(|c| {
        (
            std::cmp::Reverse(c.docs.len()),
            std::cmp::Reverse(c.claims.len()),
            c.claims[0],
        )
    });
    classes.truncate(MAX_VALUES);
    classes.sort_by_key(|c| c.claims[0]);
    classes
}

/// A pair of value classes in conflict, `(a, b, x, y)`: claim `x` of class `a` and claim `y`
/// of class `b` can be compared and cannot both be true.
type Conflict = (usize, usize, usize, usize);

/// The pairs of value classes that conflict, each with a representative pair of claims.
fn conflicting_classes(
    o: &Contradiction,
    cx: &Context<'_>,
    classes: &[ValueClass],
    scope: Scope,
) -> Vec<Conflict> {
    let claims = &cx.corpus.claims;
    // The source each value is attributed to: the one most of the articles that state it (or a
    // value it agrees with) name (an unattributed 2,440億ドル next to Statista's 2,437.2億
    // ドル is Statista's; one article that credits it to another firm does not make it that
    // firm's too). Ties keep every source tied.
    let class_sources: Vec<std::collections::BTreeSet<&str>> = (0..classes.len())
        .map(|a| {
            // (source, article) pairs: an article that repeats a credit counts once.
            let mut credits: std::collections::BTreeSet<(&str, usize)> = Default::default();
            for &c in (0..classes.len())
                .filter(|&b| {
                    b == a
                        || !conflict_in(
                            cx,
                            &claims[classes[a].rep],
                            &claims[classes[b].rep],
                            o.tolerance,
                        )
                })
                .flat_map(|b| classes[b].claims.iter())
            {
                if let Some(s) = claims[c].source.as_ref() {
                    credits.insert((s.as_str(), claims[c].doc));
                }
            }
            let mut named: BTreeMap<&str, usize> = BTreeMap::new();
            for (s, _) in credits {
                *named.entry(s).or_default() += 1;
            }
            let most = named.values().copied().max().unwrap_or(0);
            named
                .into_iter()
                .filter(|&(_, n)| n == most)
                .map(|(s, _)| s)
                .collect()
        })
        .collect();
    // Conflicting pairs of classes, each with a representative pair of claims.
    let mut conflicts: Vec<Conflict> = Vec::new();
    // Whether two values of the cluster contradict each other (the `values` rule's finding).
    let mut contradicted = false;
    for a in 0..classes.len() {
        for b in a + 1..classes.len() {
            let (ca, cb) = (&claims[classes[a].rep], &claims[classes[b].rep]);
            let restated = || {
                scope == Scope::Corpus
                    && classes[a].claims.iter().any(|&x| {
                        classes[b]
                            .claims
                            .iter()
                            .any(|&y| restated_far_apart(o, &claims[x], &claims[y], cx))
                    })
            };
            if !conflict_in(cx, ca, cb, o.tolerance) && !restated() {
                continue;
            }
            // Two values each backed by other named sources are two estimates: a `sources`
            // rule's business, never a `values` rule's.
            let (sa, sb) = (&class_sources[a], &class_sources[b]);
            let two_estimates = !sa.is_empty() && !sb.is_empty() && sa.is_disjoint(sb);
            let comparable = |x: &Claim, y: &Claim| match scope {
                Scope::Corpus => {
                    comparable_across(o, x, y, cx)
                        // Two sources cited in one article disagree as much as in two.
                        || o.between == Between::Sources
                            && x.doc == y.doc
                            && comparable_in_article(x, y, cx)
                }
                Scope::Article => comparable_in_article(x, y, cx),
            };
            let pair = |want: &dyn Fn(&Claim, &Claim) -> bool| {
                classes[a].claims.iter().find_map(|&x| {
                    classes[b].claims.iter().find_map(|&y| {
                        let (cx_, cy) = (&claims[x], &claims[y]);
                        (comparable(cx_, cy) && want(cx_, cy)).then_some((x, y))
                    })
                })
            };
            let as_values = || {
                (!two_estimates)
                    .then(|| pair(&|x, y| !different_sources(x, y)))
                    .flatten()
            };
            let pair = match o.between {
                Between::Values => as_values(),
                // Estimates the `values` rule leaves alone, shown by two attributed figures.
                Between::Sources if as_values().is_none() => {
                    pair(&|x, y| x.source.is_some() && y.source.is_some() && x.source != y.source)
                }
                Between::Sources => {
                    contradicted = true;
                    None
                }
            };
            if let Some((x, y)) = pair {
                conflicts.push((a, b, x, y));
            }
        }
    }
    // A conflict is reported once: when values of the cluster contradict each other, the
    // `values` finding lists every value with its source, the estimates among them too.
    if contradicted {
        conflicts.clear();
    }
    conflicts
}

/// The primary class: the one stated by the fewest articles among those in conflict (the
/// outlier), then the one in the most conflicts, then the earliest.
fn primary_class(classes: &[ValueClass], conflicts: &[Conflict]) -> usize {
    let mut involved = vec![0usize; classes.len()];
    for &(a, b, _, _) in conflicts {
        involved[a] += 1;
        involved[b] += 1;
    }
    (0..classes.len())
        .filter(|&k| involved[k] > 0)
        .min_by_key(|&k| {
            (
                classes[k].docs.len(),
                std::cmp::Reverse(involved[k]),
                classes[k].claims[0],
            )
        })
        .expect("some class is in conflict")
}

/// The primary claim, the classes in conflict with the primary class, and every place that
/// states one of the values in conflict (the primary claim first, then one claim of each
/// class it conflicts with, then every other).
fn locate(
    cx: &Context<'_>,
    classes: &[ValueClass],
    conflicts: &[Conflict],
    primary: usize,
    scope: Scope,
) -> Option<(usize, Vec<usize>, Vec<Location>)> {
    let claims = &cx.corpus.claims;
    // A figure's label: its text, and its article when the finding spans articles.
    let label_of = |c: usize| match scope {
        Scope::Corpus => format!(
            "{} in {}",
            text_of(cx, c),
            cx.corpus.docs[claims[c].doc].path
        ),
        Scope::Article => text_of(cx, c).to_string(),
    };
    let mut locations = Vec::new();
    let mut others = Vec::new();
    let mut primary_claim = None;
    for &(a, b, x, y) in conflicts {
        let (mine, theirs, other_class) = if a == primary {
            (x, y, b)
        } else if b == primary {
            (y, x, a)
        } else {
            continue;
        };
        let pc = *primary_claim.get_or_insert(mine);
        if locations.is_empty() {
            locations.push(Location {
                at: At::Figure(claims[pc].figure),
                claim: Some(pc),
                label: format!("{} here", text_of(cx, pc)),
            });
        }
        if locations.len() < 8 {
            locations.push(Location {
                at: At::Figure(claims[theirs].figure),
                claim: Some(theirs),
                label: label_of(theirs),
            });
        }
        others.push(other_class);
    }
    let pc = primary_claim?;
    // Values in conflict with each other but not with the primary one are involved too
    // (「合計80億ドル」 against 「最大40億ドル」, beside a 40億ドル that conflicts with 80 only).
    for &(a, b, _, _) in conflicts {
        for k in [a, b] {
            if k != primary && !others.contains(&k) {
                others.push(k);
            }
        }
    }
    // Every other figure that states one of the values in conflict, in every article: the
    // editor sees each place to mend (the human report shows the first few).
    for &k in std::iter::once(&primary).chain(&others) {
        for &c in &classes[k].claims {
            if locations.iter().any(|l| l.claim == Some(c)) {
                continue;
            }
            locations.push(Location {
                at: At::Figure(claims[c].figure),
                claim: Some(c),
                label: label_of(c),
            });
        }
    }
    Some((pc, others, locations))
}

/// A cluster's value classes in conflict, as [`report_cluster`] found them.
struct Cluster<'a> {
    classes: &'a [ValueClass],
    conflicts: &'a [Conflict],
    primary: usize,
    /// The classes in conflict with the primary one.
    others: &'a [usize],
    scope: Scope,
}

/// How close two values of one unit are, relative to the larger, to be shown as one figure
/// written more or less precisely.
const SAME_FIGURE: f64 = 0.02;

/// The values in conflict side by side, the primary first, each with how often it is stated:
/// `483億ドル (1 article) vs 78億ドル (5 articles)`; in one article `39億ドル (headline) vs
/// 390億ドル (body)` when a headline disagrees with its body, else `8% vs 3% (×2)`.
fn values_side_by_side(cx: &Context<'_>, found: &Cluster<'_>, pc: usize) -> String {
    let claims = &cx.corpus.claims;
    let mut shown: Vec<String> = Vec::new();
    let headline_against_body = found.scope == Scope::Article && {
        let headline = |k: usize| found.classes[k].claims.iter().any(|&c| claims[c].headline);
        let all = std::iter::once(found.primary).chain(found.others.iter().copied());
        let (h, b): (Vec<usize>, Vec<usize>) = all.partition(|&k| headline(k));
        !h.is_empty() && !b.is_empty()
    };
    // Other values that are one figure written more or less precisely (1079億ドル, 1080億ドル
    // and 1080億ドル以上; 28% and 28.46%: in one unit, within [`SAME_FIGURE`] of each other)
    // are one side, shown together: only sides disagree.
    let meet = |a: usize, b: usize| {
        let (x, y) = (&claims[found.classes[a].rep], &claims[found.classes[b].rep]);
        // (Percentages within half a point: 80% and 81.5% are two figures.)
        let near = if x.unit == "%" {
            0.5
        } else {
            SAME_FIGURE * x.value.abs().max(y.value.abs())
        };
        compared_unit(x) == compared_unit(y) && (x.value - y.value).abs() <= near
    };
    let mut sides: Vec<Vec<usize>> = vec![vec![found.primary]];
    for &k in found.others {
        match sides[1..]
            .iter_mut()
            .find(|side| side.iter().all(|&j| meet(j, k)))
        {
            Some(side) => side.push(k),
            None => sides.push(vec![k]),
        }
    }
    for side in &sides {
        let mut texts: Vec<std::borrow::Cow<'_, str>> = Vec::new();
        let mut docs: Vec<usize> = Vec::new();
        let mut figures = 0;
        let mut headline = false;
        for &k in side {
            let class = &found.classes[k];
            // A value stated in several writings is shown in its most precise one.
            let first = if k == found.primary { pc } else { class.rep };
            let text = text_of(cx, first);
            if !texts.contains(&text) {
                texts.push(text);
            }
            docs.extend(&class.docs);
            figures += class.claims.len();
            headline |= class.claims.iter().any(|&c| claims[c].headline);
        }
        docs.sort_unstable();
        docs.dedup();
        let n = docs.len();
        let count = match found.scope {
            Scope::Corpus => format!(" ({n} article{})", if n == 1 { "" } else { "s" }),
            Scope::Article if headline_against_body => {
                if headline {
                    " (headline)".to_string()
                } else {
                    " (body)".to_string()
                }
            }
            Scope::Article if figures > 1 => format!(" (×{figures})"),
            Scope::Article => String::new(),
        };
        let item = format!("{}{count}", texts.join(" / "));
        if !shown.contains(&item) {
            shown.push(item);
        }
    }
    shown.join(" vs ")
}

/// The finding for a cluster: its message, the evidence of every value, and a fingerprint
/// that names every value in conflict.
fn cluster_finding(
    rule: &Rule,
    cx: &Context<'_>,
    found: &Cluster<'_>,
    pc: usize,
    locations: Vec<Location>,
) -> Finding {
    let claims = &cx.corpus.claims;
    let Cluster {
        classes,
        conflicts,
        primary,
        others,
        scope,
    } = *found;
    let p = &claims[pc];
    let other_docs: Vec<usize> = {
        let mut d: Vec<usize> = others
            .iter()
            .flat_map(|&k| classes[k].docs.iter().copied())
            .filter(|&d| d != p.doc || scope == Scope::Article)
            .collect();
        d.sort_unstable();
        d.dedup();
        d
    };
    let other_texts: Vec<std::borrow::Cow<'_, str>> = others
        .iter()
        .map(|&k| text_of(cx, classes[k].claims[0]))
        .collect();
    let period = p
        .period
        .as_deref()
        .map(|x| format!(" in {x}"))
        .unwrap_or_default();
    let metric = p.metric.replace('_', " ");
    let values = values_side_by_side(cx, found, pc);
    let message = fill(
        &rule.message,
        &[
            ("metric", &metric),
            ("subject", &p.subject),
            ("period", &period),
            ("value", &text_of(cx, pc)),
            ("other", &other_texts.join(", ")),
            ("count", &other_docs.len().to_string()),
            ("values", &values),
        ],
    );
    // The evidence: every value stated for this subject, with how many articles state it.
    let mut evidence: Vec<String> = std::iter::once(primary)
        .chain(others.iter().copied())
        .map(|k| {
            let n = classes[k].docs.len();
            let first = &cx.corpus.docs[claims[classes[k].claims[0]].doc].path;
            // Whom the articles credit the value to, when any does.
            let mut credited: Vec<&str> = Vec::new();
            for &c in &classes[k].claims {
                if let Some(Source::Named(s)) = &claims[c].source {
                    if !credited.contains(&s.as_str()) {
                        credited.push(s);
                    }
                }
            }
            let another = classes[k]
                .claims
                .iter()
                .any(|&c| claims[c].source == Some(Source::Another));
            let credited = if !credited.is_empty() {
                format!(", credited to {}", credited.join(", "))
            } else if another {
                // 「…という予測もある」: another forecast, whoever made it.
                ", given as another estimate (uncredited)".to_string()
            } else {
                String::new()
            };
            match scope {
                Scope::Corpus => format!(
                    "{} in {n} article{} (first: {first}){credited}",
                    text_of(cx, classes[k].rep),
                    if n == 1 { "" } else { "s" }
                ),
                Scope::Article => format!(
                    "{} ×{}{credited}",
                    text_of(cx, classes[k].claims[0]),
                    classes[k].claims.len()
                ),
            }
        })
        .collect();
    evidence.dedup();
    // In words a reader knows: the subject as the article writes it, never the matching key.
    let help = format!(
        "{}, {}{}: {}",
        p.subject.trim(),
        p.metric.replace('_', " "),
        p.period
            .as_deref()
            .map(|y| format!(" in {y}"))
            .unwrap_or_default(),
        evidence.join("; ")
    );
    let units: std::collections::BTreeSet<&str> = std::iter::once(primary)
        .chain(others.iter().copied())
        .map(|k| compared_unit(&claims[classes[k].claims[0]]))
        .collect();
    let help = if units.len() > 1 {
        format!(
            "{help}. Amounts in different currencies are compared in dollars at the reference \
             rate of each article's month, and only when more than {CROSS_CURRENCY_RATIO}× apart"
        )
    } else {
        help
    };
    // The fingerprint names every value in conflict, whichever is primary, so that another
    // article repeating one of them does not make an old finding look new.
    let mut texts: Vec<String> = conflicts
        .iter()
        .flat_map(|&(a, b, _, _)| [a, b])
        .flat_map(|k| {
            classes[k]
                .claims
                .iter()
                .map(|&c| normalised_text(&text_of(cx, c)))
        })
        .collect();
    texts.sort();
    texts.dedup();
    let mut parts: Vec<&str> = vec![
        rule.id.as_str(),
        p.key.as_str(),
        p.metric.as_str(),
        p.period.as_deref().unwrap_or(""),
    ];
    parts.extend(texts.iter().map(String::as_str));
    Finding {
        rule: rule.id.clone(),
        kind: rule.kind.finding,
        severity: rule.severity,
        message,
        help,
        fingerprint: fingerprint(&parts),
        locations,
    }
}

/// The figure's text as written in its file; a fall stated as a rate (「10%減」, whose claim is
/// −10%) with its minus sign, so that it is not shown as the rise it is compared with.
pub fn text_of<'a>(cx: &Context<'a>, claim: usize) -> std::borrow::Cow<'a, str> {
    let c = &cx.corpus.claims[claim];
    let text = &cx.corpus.figures[c.figure].text;
    if c.value < 0.0 && !text.starts_with(['-', '−', '▲', '△']) {
        format!("-{text}").into()
    } else {
        text.as_str().into()
    }
}

/// A figure's text without spaces and with full-width folded, for fingerprints.
pub fn normalised_text(s: &str) -> String {
    crate::context::fold(s)
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect()
}
