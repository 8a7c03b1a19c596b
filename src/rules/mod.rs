//! The rule kinds and the rules made of them.
//!
//! A kind is one file: its check, its typed options (its own struct, or one of the option
//! sets several kinds share in [`options`]), its doc comment, and the YAML of the rules it
//! ships with their examples. To add one, write the file and add one line to
//! [`KINDS`]; `figlint rules`, `figlint explain` and the config reader all work from that
//! table.

pub mod artifact;
mod change_arithmetic;
mod contradiction;
mod conversion_article_rate;
mod conversion_corpus_rate;
mod conversion_reference_rate;
mod conversion_same_amount;
mod conversion_stale_rate;
pub mod fact;
mod growth_arithmetic;
mod impossible_fall;
mod near_duplicate_article;
pub mod options;
mod part_exceeds_whole;
mod ratio_arithmetic;
pub mod repeated_paragraph;
mod values;

use crate::context::Vocab;
use crate::conversion::Conversion;
use crate::corpus::Corpus;
use crate::finding::{fingerprint, At, Finding, FindingKind, Location, Severity};
use crate::fx::{RateQuote, RateTable};
/// The language server's hover lists a claim's comparison group.
pub use contradiction::same_group;
pub use options::{Consensus, Known, OptionError, OptionValue, Tolerance, ToleranceOnly};

/// Every rule kind, in the order their shipped rules are listed (the first rule of a
/// figure's findings keeps the finding when several flag it).
pub static KINDS: &[&Kind] = &[
    &contradiction::KIND,
    &fact::KIND,
    &conversion_same_amount::KIND,
    &conversion_article_rate::KIND,
    &conversion_reference_rate::KIND,
    &conversion_stale_rate::KIND,
    &conversion_corpus_rate::KIND,
    &artifact::KIND,
    &repeated_paragraph::KIND,
    &near_duplicate_article::KIND,
    &growth_arithmetic::KIND,
    &ratio_arithmetic::KIND,
    &part_exceeds_whole::KIND,
    &impossible_fall::KIND,
    &change_arithmetic::KIND,
];

/// The kind called `name` in YAML.
pub fn kind(name: &str) -> Option<&'static Kind> {
    KINDS.iter().copied().find(|k| k.name == name)
}

/// A rule kind: what it checks, the findings it makes, its options and its shipped rules.
pub struct Kind {
    /// Its `kind:` in YAML.
    pub name: &'static str,
    /// One line on what it checks.
    pub summary: &'static str,
    pub finding: FindingKind,
    /// The options it takes (beyond every rule's id, kind, severity, enabled, message,
    /// explanation and examples).
    pub options: &'static [&'static str],
    /// Its options at their defaults.
    pub defaults: fn() -> Box<dyn Options>,
    /// Runs a rule of this kind over the run's claims, adding its findings to `out`.
    pub check: fn(&Rule, &Context<'_>, &mut Vec<Finding>),
    /// The YAML file of the rules of this kind that figlint ships: `(name, text)`.
    pub shipped: (&'static str, &'static str),
}

impl std::fmt::Debug for Kind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name)
    }
}

/// A kind's typed options.
pub trait Options: std::fmt::Debug + Send + Sync + AnyOptions {
    /// Reads option `name` (one of the kind's [`Kind::options`]) from YAML.
    fn set(
        &mut self,
        name: &str,
        value: &OptionValue,
        known: &Known<'_>,
    ) -> Result<(), OptionError>;
    /// Each option and its value, for `figlint explain`.
    fn show(&self) -> Vec<(&'static str, String)>;
}

/// What every options type can do without writing it: be copied and be looked at as itself.
pub trait AnyOptions {
    fn clone_box(&self) -> Box<dyn Options>;
    fn as_any(&self) -> &dyn std::any::Any;
}

impl<T: Options + Clone + 'static> AnyOptions for T {
    fn clone_box(&self) -> Box<dyn Options> {
        Box::new(self.clone())
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

/// A rule: a kind with its options, and what every rule has.
#[derive(Debug)]
pub struct Rule {
    pub id: String,
    pub kind: &'static Kind,
    pub severity: Severity,
    pub enabled: bool,
    pub message: String,
    pub explanation: String,
    pub examples: Examples,
    /// The file that defined the rule.
    pub origin: String,
    pub options: Box<dyn Options>,
}

impl Clone for Rule {
    fn clone(&self) -> Self {
        Rule {
            id: self.id.clone(),
            kind: self.kind,
            severity: self.severity,
            enabled: self.enabled,
            message: self.message.clone(),
            explanation: self.explanation.clone(),
            examples: self.examples.clone(),
            origin: self.origin.clone(),
            options: self.options.clone_box(),
        }
    }
}

impl Rule {
    /// Runs the rule, adding its findings to `out`.
    pub fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        (self.kind.check)(self, cx, out);
    }

    /// A finding of this rule with its message filled from `vars` (see [`fill`]), its kind
    /// and severity; the caller sets the rest with struct update syntax
    /// (`Finding { help, fingerprint, locations, ..rule.finding(vars) }`).
    pub fn finding(&self, vars: &[(&str, &str)]) -> Finding {
        Finding {
            rule: self.id.clone(),
            kind: self.kind.finding,
            severity: self.severity,
            message: fill(&self.message, vars),
            help: String::new(),
            fingerprint: String::new(),
            locations: Vec::new(),
        }
    }

    /// The rule's options, as its kind's type.
    pub fn options<T: 'static>(&self) -> &T {
        self.options
            .as_any()
            .downcast_ref()
            .expect("a rule's options are of its kind's type")
    }

    /// An option's value as `figlint explain` shows it, if the kind takes it.
    pub fn option(&self, name: &str) -> Option<String> {
        self.options
            .show()
            .into_iter()
            .find_map(|(n, v)| (n == name).then_some(v))
    }
}

/// Texts a rule must flag and texts it must leave alone, checked by the tests with the
/// shipped config plus `config` (figlint.yaml text, for rules that need one, such as facts).
#[derive(Debug, Clone, Default, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Examples {
    #[serde(default)]
    pub flag: Vec<Flagged>,
    /// Each a list of articles the rule must leave alone.
    #[serde(default)]
    pub pass: Vec<Vec<String>>,
    #[serde(default)]
    pub config: Option<String>,
}

/// Articles (named `a0.md`, `a1.md`, … in order) on which the rule, alone, makes exactly one
/// finding: this message, its first figure at `at` (`a0.md:5`).
#[derive(Debug, Clone, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Flagged {
    pub docs: Vec<String>,
    pub message: String,
    pub at: String,
}

/// Everything a rule may look at.
pub struct Context<'a> {
    pub corpus: &'a Corpus,
    pub vocab: &'a Vocab,
    /// Canonical figures from the config's `facts:`.
    pub facts: &'a [fact::Fact],
    /// Reference exchange rates: the shipped ECB table with the config's `rates:` over it.
    pub fx: &'a RateTable,
    /// A `conversion-stale-rate` rule is enabled: `conversion-reference-rate` leaves stale
    /// conversions to it (and reports them itself when it is off).
    pub stale_rule: bool,
    /// The year that opens most of the corpus's titles that state a figure (「2026年…」 on
    /// every post of a site): a template's prefix, which frames no title in particular.
    pub template_year: Option<String>,
    /// The years the corpus dates its amounts to (see [`corpus_date_fit`]), built on first use.
    pub dated: std::sync::OnceLock<DatedAmounts>,
}

/// The measures of one-time events, which one date fits wherever they are restated.
const EVENTS: &[&str] = &["investment", "funding", "acquisition", "valuation"];

/// Dated claims by what they state: (key, metric, unit) → (value, year) of each.
pub type DatedAmounts = std::collections::HashMap<(String, String, String), Vec<(f64, i32)>>;

/// The calendar year a claim's period names (`2023`, `2023-04`, `2023H1`, `2023Q3`); none for
/// a fiscal year or a span.
fn calendar_year(period: &str) -> Option<i32> {
    let year = period.get(..4)?.parse().ok()?;
    match period.as_bytes().get(4) {
        None | Some(b'H' | b'Q') => Some(year),
        Some(b'-') if period.len() == 7 => Some(year),
        _ => None,
    }
}

/// The reference rate of a month of a year that other statements of the same amount date it
/// to (another article's 「2023年1月、MicrosoftはOpenAIに100億ドルを投資」), that the
/// conversion fits: an article that restates a past deal without its date may convert it at
/// the rate of the deal's time. Months after the article's own are not considered.
pub fn corpus_date_fit(cx: &Context<'_>, c: &Conversion, tol: f64) -> Option<RateQuote> {
    let (y, m, _) = cx.corpus.docs[c.doc].meta.date?;
    let claims = &cx.corpus.claims;
    // Only a one-time event is dated once for all (a company's revenue has a value every
    // year, and a year's value dates no other year's).
    let own = cx
        .corpus
        .claim_of(c.source)
        .filter(|x| EVENTS.contains(&x.metric.as_str()))?;
    let dated = cx.dated.get_or_init(|| {
        let mut map = DatedAmounts::new();
        for x in claims.iter().filter(|x| x.compared()) {
            if let Some(year) = x.period.as_deref().and_then(calendar_year) {
                map.entry((x.key.clone(), x.metric.clone(), x.unit.clone()))
                    .or_default()
                    .push((x.value, year));
            }
        }
        map
    });
    let years: std::collections::BTreeSet<i32> = dated
        .get(&(own.key.clone(), own.metric.clone(), own.unit.clone()))?
        .iter()
        .filter(|&&(value, year)| {
            (value - own.value).abs() <= own.value.abs() * 0.01 && (1999..=y).contains(&year)
        })
        .map(|&(_, year)| year)
        .collect();
    years.into_iter().rev().find_map(|year| {
        let last = if year == y { m } else { 12 };
        (1..=last)
            .filter_map(|month| cx.fx.rate(&c.base, &c.quote, year, month))
            .find(|q| q.exact_month && fits(c, q.rate, tol))
    })
}

/// The year a site's template opens most titles with (「2026年…」 on every post): the year
/// that frames more than half of the articles' titles (glued to their words, as
/// `title_framing_year` reads it; 「2025年の…」 dates, it frames nothing), and at least
/// [`TEMPLATE_TITLES`] of them. A headline framed by that year (see `Claim::framing`) is
/// framed by the template, not by its figures. Counted over every title, not only those that
/// state a figure, so that what the claim model reads in titles does not move it.
pub fn template_year(corpus: &Corpus) -> Option<String> {
    use std::collections::BTreeMap;
    let mut years: BTreeMap<&str, usize> = BTreeMap::new();
    let mut titles = 0;
    for title in corpus.docs.iter().filter_map(|d| d.meta.title.as_deref()) {
        titles += 1;
        if let Some(year) = crate::context::title_framing_year(title) {
            *years.entry(year).or_default() += 1;
        }
    }
    let (year, n) = years.into_iter().max_by_key(|&(_, n)| n)?;
    (n >= TEMPLATE_TITLES && 2 * n > titles).then(|| year.to_string())
}

/// Articles whose headlines open with one year before that year is taken for a template.
pub const TEMPLATE_TITLES: usize = 10;

/// Fills a rule's message template: `{metric}`, `{subject}`, `{period}`, `{value}`,
/// `{other}`, `{count}`, and any extra `(name, value)` pairs.
pub fn fill(template: &str, vars: &[(&str, &str)]) -> String {
    let mut s = template.to_string();
    for (k, v) in vars {
        s = s.replace(&format!("{{{k}}}"), v);
    }
    s
}

/// A figure's text as written.
pub fn text<'a>(cx: &Context<'a>, figure: usize) -> &'a str {
    &cx.corpus.figures[figure].text
}

/// The median of some rates (not empty).
pub fn median(rates: &[f64]) -> f64 {
    let mut v = rates.to_vec();
    v.sort_by(f64::total_cmp);
    let n = v.len();
    if n % 2 == 1 {
        v[n / 2]
    } else {
        (v[n / 2 - 1] + v[n / 2]) / 2.0
    }
}

/// The median rate of the article's other conversions of the same pair, when it has two.
pub fn article_median(cx: &Context<'_>, c: &Conversion) -> Option<f64> {
    let rates: Vec<f64> = cx
        .corpus
        .conversions
        .iter()
        .filter(|o| {
            o.judged()
                && o.doc == c.doc
                && o.base == c.base
                && o.quote == c.quote
                && o.target != c.target
        })
        .map(|o| o.rate)
        .collect();
    (rates.len() >= 2).then(|| median(&rates))
}

/// The reference rate for a conversion's pair in its article's month, if the article is dated.
pub fn reference(cx: &Context<'_>, c: &Conversion) -> Option<RateQuote> {
    let (y, m, _) = cx.corpus.docs[c.doc].meta.date?;
    cx.fx.rate(&c.base, &c.quote, y, m)
}

/// The reference rate of a month of the year the text dates the amount to (its sentence or
/// the one before: 「…と2021年に発表」, 「2025年初頭に…」) that the conversion fits, if any:
/// the writer converted at the rate of the event's time. Months after the article's own are
/// not considered.
pub fn stated_date_fit(cx: &Context<'_>, c: &Conversion, tol: f64) -> Option<RateQuote> {
    let (y, m, _) = cx.corpus.docs[c.doc].meta.date?;
    let stated = c.stated_year.filter(|&s| s <= y && s >= 1999)?;
    let (first, last) = c.stated_months.unwrap_or((1, 12));
    let last = if stated == y { last.min(m) } else { last };
    (first..=last)
        .filter_map(|month| cx.fx.rate(&c.base, &c.quote, stated, month))
        .find(|q| q.exact_month && fits(c, q.rate, tol))
}

/// How far back a conversion not dated by its text is matched against older rates.
const STALE_MONTHS: u32 = 60;

/// For a conversion the text does not date, the most recent month before the article's
/// whose reference rate the conversion matches within its own rounding (and `tol` more):
/// the writer converted at an old rate. `None` when the text dates the amount, the article
/// is undated, or no month of the last five years fits.
pub fn stale_fit(cx: &Context<'_>, c: &Conversion, tol: f64) -> Option<RateQuote> {
    if c.stated_year.is_some() || c.declared_rate {
        return None;
    }
    let (mut y, mut m, _) = cx.corpus.docs[c.doc].meta.date?;
    for _ in 0..STALE_MONTHS {
        (y, m) = if m == 1 { (y - 1, 12) } else { (y, m - 1) };
        if let Some(q) = cx.fx.rate(&c.base, &c.quote, y, m) {
            if q.exact_month && fits(c, q.rate, tol) {
                return Some(q);
            }
        }
    }
    None
}

/// The tolerance beyond a conversion's own rounding within which an older month's rate is
/// taken as the one the writer used.
pub const STALE_TOLERANCE: f64 = 0.005;

/// Where a conversion's rate stands against the reference rates: the one judgement that
/// `conversion-reference-rate` and `conversion-stale-rate` both read.
#[derive(Debug, Clone, PartialEq)]
pub enum RateStanding {
    /// Nothing to judge against: an undated article, a pair with no reference, or a rate the
    /// writer states (「1ドル150円換算」).
    Unjudged,
    /// Within `tol` of the reference of its date: the article's month, or a month of the year
    /// the text dates the amount to.
    Fits,
    /// Off the article month's reference (`now`), but the rate of an earlier month (`then`),
    /// and the text names no date for the amount.
    Stale { now: RateQuote, then: RateQuote },
    /// Off the reference, and no date explains it.
    Off(RateQuote),
}

/// Judges a conversion against the reference rates, `tol` beyond its own rounding.
pub fn standing(cx: &Context<'_>, c: &Conversion, tol: f64) -> RateStanding {
    if c.declared_rate {
        return RateStanding::Unjudged;
    }
    let Some(now) = reference(cx, c) else {
        return RateStanding::Unjudged;
    };
    if fits(c, now.rate, tol)
        || stated_date_fit(cx, c, tol).is_some()
        || corpus_date_fit(cx, c, tol).is_some()
    {
        return RateStanding::Fits;
    }
    match stale_fit(cx, c, STALE_TOLERANCE) {
        Some(then) => RateStanding::Stale { now, then },
        None => RateStanding::Off(now),
    }
}

pub fn fits(c: &Conversion, rate: f64, tol: f64) -> bool {
    rate >= c.low * (1.0 - tol) && rate <= c.high * (1.0 + tol)
}

/// What a conversion rule found.
pub struct ConversionFinding<'a> {
    pub primary: &'a Conversion,
    /// Other conversions involved (their targets and sources are shown too).
    pub others: &'a [&'a Conversion],
    pub message: String,
    pub help: String,
}

/// A conversion finding: the converted amount first, its source second, then the others.
pub fn conversion_finding(rule: &Rule, cx: &Context<'_>, f: ConversionFinding<'_>) -> Finding {
    let mut locations = Vec::new();
    for (k, c) in std::iter::once(f.primary)
        .chain(f.others.iter().copied())
        .enumerate()
    {
        let rate = crate::conversion::show_rate(c.rate, &c.base, &c.quote);
        locations.push(Location {
            at: At::Figure(c.target),
            claim: None,
            label: if k == 0 {
                format!("converted at {rate}")
            } else {
                format!("here at {rate}")
            },
        });
        locations.push(Location {
            at: At::Figure(c.source),
            claim: None,
            label: "from this amount".to_string(),
        });
    }
    let norm = |fig: usize| contradiction::normalised_text(text(cx, fig));
    let (s, t) = (norm(f.primary.source), norm(f.primary.target));
    Finding {
        rule: rule.id.clone(),
        kind: rule.kind.finding,
        severity: rule.severity,
        message: f.message,
        help: f.help,
        fingerprint: fingerprint(&[&rule.id, &f.primary.pair(), &s, &t]),
        locations,
    }
}

/// A finding about one conversion's rate against the rate expected: fills the rule's message
/// (`{source}`, `{target}`, `{rate}`, `{pair}`, `{expected}` and `extra`) and ends the help,
/// after the `evidence`, with what the source amount is at the expected rate.
pub fn rate_finding(
    rule: &Rule,
    cx: &Context<'_>,
    c: &Conversion,
    (rate, expected): (f64, &str),
    evidence: String,
    extra: &[(&str, &str)],
) -> Finding {
    use crate::conversion::{show_amount, show_rate};
    let mut vars = vec![
        ("source", text(cx, c.source).to_string()),
        ("target", text(cx, c.target).to_string()),
        ("rate", show_rate(c.rate, &c.base, &c.quote)),
        ("pair", c.pair()),
        ("expected", expected.to_string()),
    ];
    vars.extend(extra.iter().map(|&(k, v)| (k, v.to_string())));
    let vars: Vec<(&str, &str)> = vars.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let lang = cx.corpus.docs[c.doc].meta.lang;
    let help = format!(
        "{evidence}; at that rate {} is {}",
        text(cx, c.source),
        show_amount(c.source_value * rate, &c.quote, lang)
    );
    conversion_finding(
        rule,
        cx,
        ConversionFinding {
            primary: c,
            others: &[],
            message: fill(&rule.message, &vars),
            help,
        },
    )
}
