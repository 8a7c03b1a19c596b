//! The vocabularies of `rules/vocab.*.yaml` compiled for matching, and the folding of
//! full-width forms and case that text and vocabulary share.

use super::spec::{Settings, VocabSpec};
use super::Source;
use crate::figure::Kind;
use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, MatchKind};
use std::collections::BTreeSet;
use std::sync::OnceLock;

/// The vocabularies compiled for matching.
pub struct Vocab {
    pub(super) metrics: Vec<(String, u8)>,
    /// The metric words, folded; compiled on first use (a run whose files all come from the
    /// cache never needs them).
    pub(super) metric_word_list: Vec<String>,
    pub(super) metric_words: OnceLock<AhoCorasick>,
    pub(super) metric_of_word: Vec<usize>,
    pub(super) aliases: Vec<(String, String)>,
    /// The keys of well-known companies (their canonical names, folded).
    companies: std::collections::HashSet<String>,
    pub(super) strip: Vec<String>,
    pub(super) anaphora: Vec<String>,
    pub(super) non_subjects: Vec<String>,
    /// `non_subjects` as a set: a phrase is looked up by its endings rather than every word
    /// compared with it.
    non_subject_set: std::collections::HashSet<String>,
    /// (spelling folded, canonical name), longest spelling first.
    pub(super) sources: Vec<(String, String)>,
    /// The spellings of `sources` as one automaton, built on first use.
    pub(super) source_words: OnceLock<AhoCorasick>,
    /// (spelling folded, canonical name) of benchmarks, longest spelling first.
    pub(super) benchmarks: Vec<(String, String)>,
    pub(super) benchmark_words: OnceLock<AhoCorasick>,
    pub(super) scopes: Vec<String>,
    /// place → parent ("" for none), normalised.
    pub(super) places: Vec<(String, String)>,
    pub(super) settings: Settings,
    /// What the per-file stage looks for on behalf of the text rules.
    text: std::sync::Arc<crate::text::Spec>,
    /// Subjects already normalised: the same few thousand subjects recur across a corpus,
    /// and normalising one runs every alias, strip, scope and place word over it.
    normalised: std::sync::Mutex<std::collections::HashMap<String, (String, String)>>,
    /// Each of the word lists normalising runs over a subject (alias spellings, strip words,
    /// scope words, places) as one automaton, built on first use: most subjects hold none of
    /// a list's words, and one pass tells so where a search per word took hundreds.
    prefilters: [OnceLock<AhoCorasick>; 4],
    /// [`ONGOING_RECIPIENTS`] keyed, built on first use.
    ongoing: OnceLock<std::collections::HashSet<String>>,
}

/// What a large company keeps putting money into, announcement after announcement (see
/// [`Vocab::is_ongoing_recipient`]), as written.
const ONGOING_RECIPIENTS: &[&str] = &[
    "AIインフラ",
    "インフラ",
    "AIデータセンター",
    "データセンター",
    "クラウドインフラ",
    "クラウド",
    "AI事業",
    "AI",
    "AI関連",
    "AI技術",
    "AI開発",
    "AI infrastructure",
    "data centers",
    "data centres",
    "人工智能基础设施",
    "数据中心",
];

/// The word lists of [`Vocab::prefilters`].
#[derive(Clone, Copy)]
enum Words {
    Aliases,
    Strip,
    Scopes,
    Places,
}

/// Every spelling of every name, folded, with its canonical name; longest spelling first.
fn spellings(names: &std::collections::BTreeMap<String, Vec<String>>) -> Vec<(String, String)> {
    let mut all: Vec<(String, String)> = names
        .iter()
        .flat_map(|(name, other)| {
            std::iter::once(name)
                .chain(other)
                .map(move |s| (fold(s), name.clone()))
        })
        .collect();
    all.sort_by(|a, b| b.0.len().cmp(&a.0.len()).then(a.0.cmp(&b.0)));
    all
}

pub(super) fn kind_bit(kind: Kind) -> u8 {
    match kind {
        Kind::Percent => 1,
        Kind::PercentPoint => 2,
        Kind::Money => 4,
        Kind::Count => 8,
        Kind::Number => 16,
        Kind::Year => 0,
    }
}

fn kind_bit_named(name: &str) -> u8 {
    match name {
        "percent" => 1,
        "percent_point" => 2,
        "money" => 4,
        "count" => 8,
        "number" => 16,
        _ => 0,
    }
}

impl Vocab {
    pub fn from_spec(v: &VocabSpec, settings: Settings) -> Vocab {
        let mut metrics = Vec::new();
        let mut words = Vec::new();
        let mut metric_of_word = Vec::new();
        for (name, m) in &v.metrics {
            let bits = m.kinds.iter().fold(0, |b, k| b | kind_bit_named(&k.value));
            let idx = metrics.len();
            metrics.push((name.clone(), bits));
            for w in &m.words {
                words.push(fold(w));
                metric_of_word.push(idx);
            }
        }
        let mut aliases: Vec<(String, String)> = v
            .aliases
            .iter()
            .chain(&v.companies)
            .flat_map(|(canon, spellings)| spellings.iter().map(move |s| (fold(s), fold(canon))))
            .collect();
        aliases.sort_by(|a, b| b.0.len().cmp(&a.0.len()).then(a.0.cmp(&b.0)));
        let mut strip: Vec<String> = v.strip.iter().map(|s| fold(s)).collect();
        strip.sort_by_key(|s| std::cmp::Reverse(s.len()));
        let mut vocab = Vocab {
            metrics,
            metric_word_list: words,
            metric_words: OnceLock::new(),
            metric_of_word,
            aliases,
            companies: Default::default(),
            strip,
            anaphora: v.anaphora.iter().map(|s| fold(s)).collect(),
            non_subjects: v.non_subjects.iter().map(|s| fold(s)).collect(),
            non_subject_set: v.non_subjects.iter().map(|s| fold(s)).collect(),
            sources: spellings(&v.sources),
            source_words: OnceLock::new(),
            benchmarks: spellings(&v.benchmarks),
            benchmark_words: OnceLock::new(),
            scopes: v.scopes.iter().map(|s| fold(s)).collect(),
            places: v.places.iter().map(|(k, p)| (fold(k), fold(p))).collect(),
            settings,
            text: Default::default(),
            normalised: Default::default(),
            prefilters: Default::default(),
            ongoing: OnceLock::new(),
        };
        // A company's key is its canonical name as subjects are keyed (日本電気 is scoped to
        // 日本 like any subject that names it).
        vocab.companies = v.companies.keys().map(|c| vocab.normalise(c).0).collect();
        vocab
    }

    /// Whether a subject key is a well-known company's (see `companies` in the vocabulary).
    pub fn is_company(&self, key: &str) -> bool {
        self.companies.contains(key)
    }

    pub fn settings(&self) -> Settings {
        self.settings
    }

    /// What the per-file stage looks for on behalf of the text rules.
    pub fn text(&self) -> &crate::text::Spec {
        &self.text
    }

    /// The vocabulary with the text rules' needs set.
    pub fn with_text(mut self, spec: crate::text::Spec) -> Vocab {
        self.text = std::sync::Arc::new(spec);
        self
    }

    /// The metric words as one automaton: a DFA, since the vocabulary is small and is
    /// searched in every sentence that holds a figure.
    pub(super) fn metric_words(&self) -> &AhoCorasick {
        self.metric_words.get_or_init(|| {
            AhoCorasickBuilder::new()
                .match_kind(MatchKind::LeftmostLongest)
                .kind(Some(AhoCorasickKind::DFA))
                .build(&self.metric_word_list)
                .expect("metric vocabulary compiles")
        })
    }

    /// Normalises a subject: returns `(key, scope signature)`.
    pub fn normalise(&self, subject: &str) -> (String, String) {
        if let Some(v) = self
            .normalised
            .lock()
            .ok()
            .and_then(|k| k.get(subject).cloned())
        {
            return v;
        }
        let v = self.normalise_afresh(subject);
        if let Ok(mut known) = self.normalised.lock() {
            known.insert(subject.to_string(), v.clone());
        }
        v
    }

    /// Whether `s` holds any word of the list as a substring (a word found by [`find_word`]
    /// is one): when it holds none, a pass over the list would change nothing.
    fn holds_any(&self, list: Words, s: &str) -> bool {
        self.prefilters[list as usize]
            .get_or_init(|| {
                let words: Vec<&str> = match list {
                    Words::Aliases => self.aliases.iter().map(|(f, _)| f.as_str()).collect(),
                    Words::Strip => self.strip.iter().map(String::as_str).collect(),
                    Words::Scopes => self.scopes.iter().map(String::as_str).collect(),
                    Words::Places => self.places.iter().map(|(p, _)| p.as_str()).collect(),
                };
                AhoCorasick::new(words.iter().filter(|w| !w.is_empty())).expect("words compile")
            })
            .is_match(s)
    }

    /// `items` when `s` holds any word of the list, else none of them.
    fn if_any<'a, T>(&self, list: Words, s: &str, items: &'a [T]) -> &'a [T] {
        if self.holds_any(list, s) {
            items
        } else {
            &[]
        }
    }

    /// Whether a recipient key names what a large company keeps putting money into (its AI
    /// infrastructure, data centres, cloud, AI business) rather than one programme: an
    /// undated investment in it is no one event. The words are keyed as recipients are.
    pub fn is_ongoing_recipient(&self, key: &str) -> bool {
        self.ongoing
            .get_or_init(|| {
                ONGOING_RECIPIENTS
                    .iter()
                    .map(|w| self.normalise(w).0)
                    .collect()
            })
            .contains(key)
    }

    fn normalise_afresh(&self, subject: &str) -> (String, String) {
        let mut s = fold(subject);
        // 「スイスの重電大手ABBのロボティクス事業部門」, 「中国の自動運転企業Neolix」: a
        // description of a company (its place and trade, then 大手, メーカー, 企業 or
        // スタートアップ) set before its Latin name is no part of whose figure it is.
        for marker in ["大手", "メーカー", "企業", "スタートアップ"] {
            if let Some(at) = s.find(marker) {
                let name = &s[at + marker.len()..];
                if at > 0
                    && name.starts_with(|c: char| c.is_ascii_alphabetic())
                    && !self.is_non_subject(name)
                {
                    s = name.to_string();
                    break;
                }
            }
        }
        // 「Acme社」, 「アクメ社」, 「Geminiアプリ」: a name with the word for company or for its
        // app is the name, before aliases are looked up (グーグル社 is グーグル). Only a name:
        // 「生成AIアプリ」 and 「AIアプリ」 are kinds of app, 「子会社」 no company's name.
        for suffix in ["社", "アプリ"] {
            if let Some(name) = s.strip_suffix(suffix) {
                let katakana = |c: char| ('\u{30A1}'..='\u{30FA}').contains(&c) || c == 'ー';
                let glued = if suffix == "社" {
                    name.ends_with(|c: char| c.is_ascii_alphanumeric() || katakana(c))
                } else {
                    name.ends_with(|c: char| c.is_ascii_alphanumeric())
                        && !name.chars().any(is_kanji)
                        && !self.is_non_subject(name)
                };
                if name.chars().count() >= 2 && glued {
                    s.truncate(name.len());
                    break;
                }
            }
        }
        let aliases = self.if_any(Words::Aliases, &s, &self.aliases);
        for (from, to) in aliases {
            // Unless the canonical form is already there (beside the spelling, which may
            // contain it: ソフトバンクグループ → ソフトバンク), or the spelling stands only inside
            // the canonical form (米 in 米国 is no spelling of it to replace).
            let inside = from.len() < to.len()
                && to.contains(from.as_str())
                && find_word(&s.replace(to.as_str(), "\u{2}"), from, 0).is_none();
            if !inside
                && find_word(&s, from, 0).is_some()
                && find_word(&replace_words(&s, from, ""), to, 0).is_none()
            {
                s = replace_words(&s, from, to);
            }
        }
        // `replace` always makes a new string: only call it when there is something to replace.
        for possessive in ["'s", "’s"] {
            if s.contains(possessive) {
                s = s.replace(possessive, "");
            }
        }
        // Spaces stay as word gaps until the end, so that Latin words are matched whole.
        if s.contains(' ') {
            s = s.replace(' ', GAP.encode_utf8(&mut [0; 4]));
        }
        s.retain(|c| {
            !matches!(
                c,
                'の' | '的'
                    | '・'
                    | '「'
                    | '」'
                    | '『'
                    | '』'
                    | '('
                    | ')'
                    | '"'
                    | '\''
                    | '“'
                    | '”'
                    | '【'
                    | '】'
            )
        });
        let strip = self.if_any(Words::Strip, &s, &self.strip);
        for w in strip {
            if s.len() > w.len() && find_word(&s, w, 0).is_some() {
                s = replace_words(&s, w, "");
            }
        }
        let mut scope = BTreeSet::new();
        let mut named: Vec<&str> = Vec::new();
        let scopes = self.if_any(Words::Scopes, &s, &self.scopes);
        for w in scopes {
            if find_word(&s, w, 0).is_some() {
                scope.insert(self.canonical_scope(w).to_string());
                named.push(w);
            }
        }
        let places = self.if_any(Words::Places, &s, &self.places);
        let present: Vec<&(String, String)> = places
            .iter()
            .filter(|(p, _)| find_word(&s, p, 0).is_some())
            .collect();
        for (place, _) in &present {
            // A parent named together with its child narrows to the child: 中国北京 → 北京.
            if present.iter().any(|(_, parent)| parent == place) {
                s = replace_words(&s, place, "");
            } else {
                scope.insert(place.clone());
                named.push(place);
            }
        }
        // The scope is compared on its own: the key is what is left ("世界の生成AI" and
        // "生成AI" with a world scope from the clause are one subject). A subject that is
        // only a scope (中国) keeps it as its key.
        let mut rest = s.clone();
        named.sort_by_key(|w| std::cmp::Reverse(w.len()));
        for w in named {
            // A place goes with its administrative suffix (京都府, 北京市, 广东省); a scope word
            // (世界, 国内) has none, and 「市場」 is a market, not a city (「AIの世界市場」).
            let administrative = !self.scopes.iter().any(|x| x == w);
            while let Some(i) = find_word(&rest, w, 0) {
                let mut end = i + w.len();
                if administrative
                    && rest[end..].starts_with(['府', '県', '市', '省', '州', '都', '区'])
                    && !rest[end..].starts_with("市場")
                {
                    end += '府'.len_utf8();
                }
                rest.replace_range(i..end, "");
            }
        }
        // 「グローバルな生成AI」: the adjective's ending goes with the scope word.
        let rest = if rest.len() < s.len() {
            rest.trim_start_matches(['な', 'の', '的', GAP]).to_string()
        } else {
            rest
        };
        let enough = |r: &str| {
            r.chars().filter(|&c| c != GAP).count() >= 2
                && !self.is_non_subject(&r.replace(GAP, ""))
        };
        if enough(&rest) {
            s = rest;
        }
        // A market is named with or without the word (生成AI市場 = 生成AI's market size),
        // unless what is left is too generic to be a subject (AI市場 stays).
        let mut market = false;
        for m in MARKET_WORDS {
            if let Some(r) = s.strip_suffix(m) {
                market = true;
                if enough(r) {
                    s = r.to_string();
                }
                break;
            }
        }
        // A market named without a place is the world's (「生成AI市場」, 「AI市場全体」): a
        // country's or a region's market is named with it (国内, 日本, 北米).
        if market && (scope.is_empty() || scope.len() == 1 && scope.contains("全体")) {
            scope.clear();
            scope.insert(self.canonical_scope("世界").to_string());
        }
        s.retain(|c| c != GAP);
        // 「A18Xチップ」, 「H100 GPU」, 「Llama 4モデル」: a versioned name with the word for
        // what kind of product it is, is the product.
        if let Some(name) = PRODUCT_NOUNS.iter().find_map(|w| s.strip_suffix(w)) {
            let latin = name
                .bytes()
                .rev()
                .take_while(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.'))
                .count();
            if is_versioned(&name[name.len() - latin..]) {
                s.truncate(name.len());
            }
        }
        // 「Meta Llama 4」, 「Amazon Inferentia 3」: a versioned product named after its maker
        // is the product, as it is written without the maker.
        if let Some(product) = self.product_of_company(&s) {
            s = product;
        }
        (s, scope.into_iter().collect::<Vec<_>>().join(","))
    }

    /// The rest of a key that opens with a well-known company's key, when the rest is a
    /// versioned product's name (Latin, with a digit: `llama4`, `a18x`, `h100`).
    fn product_of_company(&self, key: &str) -> Option<String> {
        let company = self
            .companies
            .iter()
            .filter(|c| key.len() > c.len() && key.starts_with(c.as_str()))
            .max_by_key(|c| c.len())?;
        let rest = &key[company.len()..];
        let latin = rest
            .bytes()
            .take_while(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.'))
            .count();
        (latin == rest.len() && is_versioned(rest)).then(|| rest.to_string())
    }

    /// The scope of a market named without a place: the world's.
    pub fn world_scope(&self) -> &str {
        self.canonical_scope("世界")
    }

    /// The canonical form of a scope word: the one its aliases name (グローバル → 世界).
    fn canonical_scope<'a>(&'a self, w: &'a str) -> &'a str {
        self.aliases
            .iter()
            .find(|(from, _)| from == w)
            .map_or(w, |(_, to)| to.as_str())
    }

    /// Every source named in a sentence, found once for all its figures; `pick` gives the
    /// one a figure is attributed to: the named organisation nearest before it, else the
    /// first after it; else, if the sentence presents its figures as one estimate among
    /// others, [`Source::Another`].
    pub fn sources_in(&self, text: &str) -> SentenceSources {
        static ANOTHER: OnceLock<AhoCorasick> = OnceLock::new();
        let named = self.named_sources(text);
        let another = named.is_empty()
            && ANOTHER
                .get_or_init(|| {
                    AhoCorasickBuilder::new()
                        .kind(Some(AhoCorasickKind::ContiguousNFA))
                        .build(ANOTHER_ESTIMATE)
                        .expect("markers compile")
                })
                .is_match(text);
        SentenceSources { named, another }
    }

    fn named_sources(&self, text: &str) -> Vec<(usize, String)> {
        names_in(text, &self.sources, &self.source_words, false)
            .into_iter()
            .map(|(i, _, name)| (i, name))
            .collect()
    }

    /// The benchmarks a text names: `(start, end, canonical name)`. A name may go on with a
    /// version (AIME → AIME25, which is another benchmark than AIME24): the version is kept.
    pub(super) fn benchmarks_in(&self, text: &str) -> Vec<(usize, usize, String)> {
        names_in(text, &self.benchmarks, &self.benchmark_words, true)
    }

    /// Scope words and places named in `text`.
    pub fn scope_words(&self, text: &str) -> Vec<String> {
        let f = fold(text);
        let mut v: Vec<String> = self
            .scopes
            .iter()
            .filter(|w| f.contains(w.as_str()))
            .map(|w| self.canonical_scope(w).to_string())
            .collect();
        v.extend(
            self.places
                .iter()
                .filter(|(p, _)| f.contains(p.as_str()))
                .map(|(p, _)| p.clone()),
        );
        v
    }

    pub(super) fn is_anaphor(&self, np: &str) -> bool {
        let f = fold(np);
        f.is_empty()
            || self
                .anaphora
                .iter()
                .any(|a| f == *a || f.starts_with(a.as_str()) && self.is_metric_word(&f[a.len()..]))
    }

    /// A phrase that cannot be a subject: a time word, a generic noun, a metric word alone.
    /// The words that name no subject (folded).
    fn non_subject_words(&self) -> impl Iterator<Item = &String> {
        self.non_subjects.iter()
    }

    /// Whether a phrase ends in a word that is never a subject on its own (世界のAI).
    pub(super) fn ends_in_non_subject(&self, np: &str) -> bool {
        let f = fold(np);
        let f = f.trim_end_matches(['の', '的', ' ']);
        // Every ending of the phrase (itself and the empty one included) that is a word of
        // the list, standing as a word.
        f.char_indices()
            .map(|(i, _)| i)
            .chain([f.len()])
            .any(|i| self.non_subject_set.contains(&f[i..]) && ends_in_word(f, &f[i..]))
    }

    /// Whether a folded word is a place of the vocabulary's (日本, 北京), not a scope word.
    pub fn is_place(&self, word: &str) -> bool {
        self.places.iter().any(|(p, _)| p == word)
    }

    pub fn is_non_subject(&self, np: &str) -> bool {
        let f = fold(np);
        let f = f.trim_matches(['の', '的', ' ']);
        // 「最新の四半期決算」, 「既存の記事」: a word of time before a word that names nobody.
        let f = [
            "最新の",
            "直近の",
            "今回の",
            "前回の",
            "最近の",
            "既存の",
            "過去の",
        ]
        .iter()
        .find_map(|m| f.strip_prefix(m))
        .unwrap_or(f);
        // 「某AI企業」: a subject left anonymous names nobody.
        f.starts_with('某')
            || self.is_sources_word(f)
            || self.is_metric_word(f)
            // The phrase itself, or a word it ends in with at most one character before it.
            || self.non_subject_set.contains(f)
            || f.chars().next().is_some_and(|c| {
                let w = &f[c.len_utf8()..];
                self.non_subject_set.contains(w) && ends_in_word(f, w)
            })
    }

    /// Whether a folded phrase is a named source's word that names no subject (「IDC Japan
    /// の予測」, 「Gartnerの調査」): where a figure comes from, not what it is about.
    fn is_sources_word(&self, f: &str) -> bool {
        f.rsplit_once('の').is_some_and(|(head, tail)| {
            self.non_subjects.iter().any(|w| w == tail)
                && self
                    .named_sources(head)
                    .first()
                    .is_some_and(|(i, _)| *i == 0)
        })
    }

    pub(super) fn is_metric_word(&self, s: &str) -> bool {
        s.is_empty()
            || self
                .metric_words()
                .find(s)
                .is_some_and(|m| m.start() == 0 && m.end() == s.len())
    }

    /// Strips metric words and particles from the end of a subject (`AI市場規模` → `AI市場`).
    /// `np` without the metric words and the words that name no subject (予測, 見込み, 時点,
    /// 計画 …, the vocabulary's `non_subjects`) it ends with.
    pub(super) fn trim_generic_suffix<'a>(&self, mut np: &'a str) -> &'a str {
        loop {
            let before = np;
            np = self.trim_metric_suffix(np);
            if let Some(w) = self
                .non_subject_words()
                .find(|w| w.chars().count() >= 2 && np.ends_with(w.as_str()) && np.len() > w.len())
            {
                np = &np[..np.len() - w.len()];
            }
            if np == before {
                return np;
            }
        }
    }

    pub(super) fn trim_metric_suffix<'a>(&self, mut np: &'a str) -> &'a str {
        // The words are folded (ARR as arr): they are searched in the folded phrase, which has
        // the same offsets. `np` only ever loses its end, so one folding serves every round.
        let folded = fold_same_len(np);
        loop {
            let before = np;
            np = np.trim_end_matches(['の', '的', ' ']);
            if let Some(m) = self
                .metric_words()
                .find_iter(&folded[..np.len()])
                .filter(|m| m.end() == np.len() && m.start() > 0)
                .last()
            {
                // 「AI市場規模」, 「世界のAI市場規模」: what is left without the market word ends
                // in a word that is no subject (AI), so the market word stays (AI市場 is one).
                let market = MARKET_WORDS
                    .iter()
                    .find(|w| np[m.start()..].starts_with(*w) && m.end() > m.start() + w.len());
                // 「LLM関連支出」: spending on a field that alone is no subject keeps the word
                // (what is spent on is the subject, as a market is).
                let spending = SPENDING_WORDS.contains(&&np[m.start()..]);
                np = match market {
                    Some(w) if self.ends_in_non_subject(&np[..m.start()]) => {
                        &np[..m.start() + w.len()]
                    }
                    None if spending
                        && self.ends_in_non_subject(
                            np[..m.start()]
                                .trim_end_matches(['の', '的'])
                                .trim_end_matches("関連"),
                        ) =>
                    {
                        return np;
                    }
                    _ => &np[..m.start()],
                };
            }
            if np == before {
                return np;
            }
        }
    }
}

/// Words of spending: they stay in a subject whose rest names no subject (「LLM関連支出」), and
/// 「Xへの…」 before one names what is spent on.
pub(super) const SPENDING_WORDS: &[&str] = &["支出", "支出額", "総支出"];

/// Whether a Latin name carries a version: it starts with a letter and holds a digit
/// (「TPU v7」, 「a18x」, 「llama4」; not 「AI」, not 「2025」).
pub(crate) fn is_versioned(name: &str) -> bool {
    name.len() >= 2
        && name.starts_with(|c: char| c.is_ascii_alphabetic())
        && name.bytes().any(|b| b.is_ascii_digit())
}

/// Words for the kind of product a versioned name is (folded).
const PRODUCT_NOUNS: &[&str] = &[
    "チップ",
    "プロセッサー",
    "プロセッサ",
    "gpu",
    "モデル",
    "シリーズ",
    "chip",
    "model",
    "芯片",
    "模型",
];

/// The words for a market: a subject named with or without one is the same market.
pub(super) const MARKET_WORDS: [&str; 4] = ["市場", "マーケット", "市场", "market"];

/// The names of `list` in `text` as whole words: `(start, end, canonical name)`. With
/// `versioned`, a Latin name may go on with digits (AIME25): they are part of the name.
fn names_in(
    text: &str,
    list: &[(String, String)],
    automaton: &OnceLock<AhoCorasick>,
    versioned: bool,
) -> Vec<(usize, usize, String)> {
    let mut out = Vec::new();
    if list.is_empty() {
        return out;
    }
    let automaton = automaton.get_or_init(|| {
        AhoCorasickBuilder::new()
            .match_kind(MatchKind::LeftmostLongest)
            .kind(Some(AhoCorasickKind::ContiguousNFA))
            .build(list.iter().map(|(s, _)| s))
            .expect("names compile")
    });
    let f = fold_same_len(text);
    let b = f.as_bytes();
    for m in automaton.find_iter(f.as_str()) {
        let (spelling, name) = &list[m.pattern().as_usize()];
        let (i, mut end) = (m.start(), m.end());
        let mut name = name.clone();
        if versioned {
            let digits = b[end..].iter().take_while(|c| c.is_ascii_digit()).count();
            name.push_str(&text[end..end + digits]);
            end += digits;
            // An extended edition is a benchmark of its own (HumanEval+, MBPP+).
            if b.get(end) == Some(&b'+') {
                name.push('+');
                end += 1;
            }
        }
        // A Latin name is a whole word (IDC, not "idcard").
        let word = spelling
            .bytes()
            .next()
            .is_some_and(|c| !c.is_ascii_alphanumeric())
            || (i == 0 || !b[i - 1].is_ascii_alphanumeric())
                && b.get(end).is_none_or(|c| !c.is_ascii_alphanumeric());
        if word {
            out.push((i, end, name));
        }
    }
    out
}

/// The sources one sentence names, in order, for the figures in it.
pub struct SentenceSources {
    named: Vec<(usize, String)>,
    another: bool,
}

impl SentenceSources {
    /// The source of a figure at byte `at` of the sentence.
    pub fn pick(&self, at: usize) -> Option<Source> {
        let before = self.named.iter().rev().find(|(i, _)| *i < at);
        let after = self.named.iter().find(|(i, _)| *i >= at);
        before
            .or(after)
            .map(|(_, n)| Source::Named(n.clone()))
            .or_else(|| self.another.then_some(Source::Another))
    }
}

/// Words that present a figure as one estimate among others (「別のレポートでは」, 「…という
///予測もあります」, "another estimate"): it does not contradict a figure from elsewhere.
const ANOTHER_ESTIMATE: &[&str] = &[
    "別の予測",
    "別の調査",
    "別のレポート",
    "別の報告",
    "別の試算",
    "別の推計",
    "別の統計",
    "別の分析",
    "別の見方",
    "他の予測",
    "他の調査",
    "他のレポート",
    "という予測も",
    "との予測も",
    "とする予測も",
    "という見方も",
    "との見方も",
    "という試算も",
    "との試算も",
    "另一项",
    "另一份",
    "其他预测",
    "另有预测",
    "another estimate",
    "another forecast",
    "another report",
    "another study",
    "other estimates",
    "other forecasts",
];

/// Whether folded text ends in `word` as a word: a Latin word only after a non-Latin
/// character (xAI is a name, not a letter before AI).
fn ends_in_word(f: &str, word: &str) -> bool {
    f.ends_with(word)
        && !(word.starts_with(|c: char| c.is_ascii_alphanumeric())
            && f[..f.len() - word.len()].ends_with(|c: char| c.is_ascii_alphanumeric()))
}

/// A CJK ideograph (kanji, hanzi) or the kanji repeat mark.
pub(super) fn is_kanji(c: char) -> bool {
    ('\u{4E00}'..='\u{9FFF}').contains(&c) || ('\u{3400}'..='\u{4DBF}').contains(&c) || c == '々'
}

/// The script of a character that words of names and measures are written in: Latin letters
/// and digits, katakana (with the long-vowel mark ー), or kanji; `None` for hiragana,
/// punctuation and everything else. Runs of one script are the words figlint splits
/// recipients and changed quantities into.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Script {
    Latin,
    Katakana,
    Kanji,
}

pub fn word_script(c: char) -> Option<Script> {
    if c.is_ascii_alphanumeric() {
        Some(Script::Latin)
    } else if ('\u{30A1}'..='\u{30FA}').contains(&c) || c == 'ー' {
        Some(Script::Katakana)
    } else if ('\u{4E00}'..='\u{9FFF}').contains(&c) {
        Some(Script::Kanji)
    } else {
        None
    }
}

/// Full-width ASCII to ASCII, and ASCII lower case.
pub fn fold(s: &str) -> String {
    // Every full-width form starts with the byte 0xEF; most text has none.
    if memchr::memchr(0xEF, s.as_bytes()).is_none() && !s.contains('\u{3000}') {
        return s.to_ascii_lowercase();
    }
    s.chars()
        .map(|c| match c {
            '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
            '\u{3000}' => ' ',
            _ => c,
        })
        .map(|c| c.to_ascii_lowercase())
        .collect()
}

/// Folds full-width ASCII and case without changing byte lengths where it matters for
/// offsets: full-width forms (3 bytes) become ASCII padded so offsets stay aligned.
pub(super) fn fold_same_len(s: &str) -> String {
    let mut out = s.to_ascii_lowercase().into_bytes();
    // U+FF01–U+FF5E are EF BC 81–BF and EF BD 80–9E in UTF-8.
    let mut i = 0;
    while let Some(k) = memchr::memchr(0xEF, &out[i..]) {
        let at = i + k;
        let cp = match out[at + 1..] {
            [0xBC, c, ..] if c >= 0x81 => 0xFF00 + u32::from(c & 0x3F),
            [0xBD, c, ..] if c <= 0x9E => 0xFF40 + u32::from(c & 0x3F),
            _ => 0,
        };
        if cp != 0 {
            // The ASCII character, then two DEL bytes: three bytes, as before.
            out[at] = ((cp - 0xFEE0) as u8).to_ascii_lowercase();
            out[at + 1] = 0x7F;
            out[at + 2] = 0x7F;
        }
        i = at + 1;
    }
    String::from_utf8(out).expect("ASCII written over whole characters")
}

/// A gap between words while a subject is normalised (a space, until the end).
const GAP: char = '\u{1}';

/// The first place from byte `from` where `word` stands in `s` as a word: a Latin word (or a
/// word's Latin edge) is not part of a longer Latin word (`us` is not in `semrush`, `dell` not
/// in `dell'oro`); CJK words have no such edges.
pub(super) fn find_word(s: &str, word: &str, from: usize) -> Option<usize> {
    if word.is_empty() {
        return None;
    }
    let alnum = |c: Option<char>| c.is_some_and(|c| c.is_ascii_alphanumeric());
    let (first, last) = (word.chars().next(), word.chars().next_back());
    let mut at = from;
    while let Some(i) = find_bytes(&s.as_bytes()[at..], word.as_bytes()).map(|i| at + i) {
        let end = i + word.len();
        // An apostrophe between letters joins them (Dell'Oro is not Dell).
        let joined_before = |head: &str| {
            let mut back = head.chars().rev();
            match back.next() {
                Some('\'' | '’') => alnum(back.next()),
                c => alnum(c),
            }
        };
        let joined_after = |tail: &str| {
            let mut on = tail.chars();
            match on.next() {
                // A possessive ("Google's") leaves the name a word of its own.
                Some('\'' | '’') => {
                    let next = on.next();
                    let possessive = matches!(next, Some('s' | 'S')) && !alnum(on.next());
                    alnum(next) && !possessive
                }
                c => alnum(c),
            }
        };
        let clear_before = !alnum(first) || !joined_before(&s[..i]);
        let clear_after = !alnum(last) || !joined_after(&s[end..]);
        if clear_before && clear_after {
            return Some(i);
        }
        at = i + first.map_or(1, char::len_utf8);
    }
    None
}

/// Where `needle` first stands in `hay`. Subjects and clauses are short, and most words
/// looked for in them are not there: finding the needle's first byte and comparing the rest
/// costs less than setting up the standard library's two-way searcher for every word.
fn find_bytes(hay: &[u8], needle: &[u8]) -> Option<usize> {
    let (&first, rest) = needle.split_first()?;
    if hay.len() > 512 {
        return memchr::memmem::find(hay, needle);
    }
    let last = hay.len().checked_sub(needle.len())?;
    let mut at = 0;
    while at <= last {
        let i = at + memchr::memchr(first, &hay[at..=last])?;
        if &hay[i + 1..i + needle.len()] == rest {
            return Some(i);
        }
        at = i + 1;
    }
    None
}

/// `s` with every place where `word` stands as a word (see [`find_word`]) replaced by `to`.
fn replace_words(s: &str, word: &str, to: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut last = 0;
    while let Some(i) = find_word(s, word, last) {
        out.push_str(&s[last..i]);
        out.push_str(to);
        last = i + word.len();
    }
    out.push_str(&s[last..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn find_bytes_agrees_with_the_standard_search() {
        let long = "市場".repeat(300) + "生成AI市場";
        let cases = [
            ("生成AI市場は", "AI市場"),
            ("AI", "AI市場"),
            ("abcabd", "abd"),
            ("aaab", "aab"),
            ("市場", "市場"),
            ("", "a"),
            ("米国と中国", "英国"),
            (long.as_str(), "生成AI"),
            (long.as_str(), "欧州"),
        ];
        for (hay, needle) in cases {
            assert_eq!(
                find_bytes(hay.as_bytes(), needle.as_bytes()),
                hay.find(needle),
                "{needle} in {hay}"
            );
        }
        assert_eq!(find_bytes(b"abc", b""), None);
    }

    #[test]
    fn a_name_that_ends_in_a_generic_word_is_still_a_name() {
        let v = crate::config::Config::shipped().vocabulary();
        assert!(v.is_non_subject("AI"));
        assert!(v.is_non_subject("同社"));
        assert!(!v.is_non_subject("xAI"));
        assert!(!v.is_non_subject("eLLM"));
    }

    #[test]
    fn subjects_written_differently_meet_and_other_scopes_stay_apart() {
        let v = crate::config::Config::shipped().vocabulary();
        let key = |s: &str| v.normalise(s);
        // Japanese: particles, spellings of one thing, scope words written two ways, a place
        // with its administrative suffix, the word for market.
        assert_eq!(
            key("世界の生成AI市場"),
            key("グローバルなジェネレーティブAI")
        );
        assert_eq!(key("世界の生成AI市場").1, "世界");
        assert_eq!(key("京都府のロボット産業"), key("京都のロボット業界"));
        assert_ne!(key("北京のAI産業"), key("中国のAI産業"));
        assert_ne!(key("中国のAI産業"), key("世界のAI産業"));
        assert_ne!(key("生成AI市場").0, key("AIエージェント市場").0);
        // A subject that is only a scope keeps it; a generic remainder keeps its word.
        assert_eq!(key("中国").0, "中国");
        assert_eq!(key("世界のAI市場").0, "ai市場");
        // A spelling inside the canonical form (米 in 米国) is not replaced in it.
        assert_eq!(key("米国"), key("アメリカ"));
        assert_eq!(key("米国").0, "米国");
        assert_eq!(key("米のAI投資"), key("米国のAI投資"));
        // A loanword in katakana or Latin.
        assert_eq!(key("Alibaba Cloud"), key("アリババクラウド"));
        // A name with the word for company; a company's short and full names.
        assert_eq!(key("Zentrix社"), key("Zentrix"));
        assert_eq!(key("ゼントリクス社"), key("ゼントリクス"));
        assert_eq!(key("Zentaアプリ"), key("Zenta"));
        assert_ne!(key("スマホアプリ").0, "スマホ");
        assert_ne!(key("同社").0, "同");
        // The company word after a long-vowel mark; a kind of app is not a name.
        assert_eq!(key("ゼンタリー社"), key("ゼンタリー"));
        assert_ne!(key("生成AIアプリ"), key("生成AI"));
        assert_ne!(key("AIアプリ"), key("AI"));
        // 「社」 comes off before aliases are looked up: the company's katakana name meets
        // its Latin one.
        assert_eq!(key("グーグル社"), key("Google"));
        // A well-known company is known by the key its subjects get, also one that names a
        // place (日本電気).
        for name in ["Google", "日本電気", "NEC", "トヨタ自動車"] {
            assert!(v.is_company(&key(name).0), "{name}: {:?}", key(name));
        }
        assert!(!v.is_company(&key("生成AI").0));
        assert_eq!(key("Mistral"), key("Mistral AI"));
        assert_eq!(key("ミストラルAI"), key("Mistral AI"));
        // A versioned name with the word for its kind of product is the product; a product
        // word after a name without a version stays (an AI chip is no AI).
        assert_eq!(key("Apple A18Xチップ").0, key("A18X").0);
        assert_eq!(key("H100 GPU"), key("H100"));
        assert_eq!(key("Vireo R5モデル"), key("Vireo R5"));
        assert_ne!(key("AIチップ").0, key("AI").0);
        assert_ne!(key("Vireoモデル").0, key("Vireo").0);
        // What a large company keeps spending on, in any of the three languages, as recipients
        // are keyed; one programme is not.
        for ongoing in [
            "AIインフラ",
            "AI infrastructure",
            "data centres",
            "数据中心",
        ] {
            assert!(v.is_ongoing_recipient(&key(ongoing).0), "{ongoing}");
        }
        assert!(!v.is_ongoing_recipient(&key("自動運転AI").0));
        // Chinese and English.
        eprintln!(
            "{:?} {:?}",
            key("全球生成式人工智能市场"),
            key("世界的生成式AI")
        );
        assert_eq!(key("全球生成式人工智能市场"), key("世界的生成式AI"));
        assert_ne!(key("深圳无人机产业"), key("北京无人机产业"));
        assert_eq!(
            key("the global generative AI market"),
            key("worldwide GenAI")
        );
        assert_ne!(key("US AI market"), key("China AI market"));
    }

    #[test]
    fn sources_are_found_by_any_spelling_nearest_before_the_figure() {
        let v = crate::config::Config::shipped().vocabulary();
        let t = "ガートナーの予測では500億円、IDCによれば700億円。";
        let at = |s: &str| t.find(s).unwrap();
        let named = |n: &str| Some(Source::Named(n.to_string()));
        assert_eq!(v.sources_in(t).pick(at("500")), named("Gartner"));
        assert_eq!(v.sources_in(t).pick(at("700")), named("IDC"));
        // After the figure when none stands before it; a Latin name only as a whole word.
        let t = "市場は500億ドルに達するとMcKinseyは見る。";
        assert_eq!(
            v.sources_in(t).pick(t.find("500").unwrap()),
            named("McKinsey")
        );
        assert_eq!(v.sources_in("idcard 5%").pick(7), None);
        let t = "別のレポートでは市場は600億ドルとされる。";
        assert_eq!(
            v.sources_in(t).pick(t.find("600").unwrap()),
            Some(Source::Another)
        );
    }

    #[test]
    fn fold_maps_full_width_and_case() {
        assert_eq!(fold("ＡＩ市場　Ｇｒｏｗｔｈ 25％"), "ai市場 growth 25%");
        assert_eq!(fold("OpenAIの売上"), "openaiの売上");
        // Other characters that start with the byte 0xEF stay as they are.
        assert_eq!(fold("ｱｲ\u{FEFF}"), "ｱｲ\u{FEFF}");
    }

    #[test]
    fn fold_same_len_keeps_every_offset() {
        for s in [
            "ＡＩ市場は２５％",
            "Revenue（ＵＳ＄）ｚ～",
            "ｱｲ！～\u{FF5F}",
            "plain 日本語",
        ] {
            let f = fold_same_len(s);
            assert_eq!(f.len(), s.len(), "{s}");
            // Each character folds in its own three bytes, padded with DEL.
            let want: String = s
                .chars()
                .flat_map(|c| match c {
                    '\u{FF01}'..='\u{FF5E}' => {
                        let a = char::from_u32(c as u32 - 0xFEE0)
                            .unwrap()
                            .to_ascii_lowercase();
                        vec![a, '\u{7F}', '\u{7F}']
                    }
                    _ => vec![c.to_ascii_lowercase()],
                })
                .collect();
            assert_eq!(f, want, "{s}");
        }
        assert_eq!(fold_same_len("ＡＩ"), "a\u{7F}\u{7F}i\u{7F}\u{7F}");
    }
}
