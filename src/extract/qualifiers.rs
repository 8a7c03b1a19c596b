//! Qualifiers around a figure: approximation (約, about, 左右), one-sided bounds
//! (以上, more than, 不到) and negative signs (▲, マイナス, minus).

use super::edge::Edges;
use crate::figure::Bound;
use std::sync::LazyLock;

/// The effect of one qualifier.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Qualifier {
    pub approx: bool,
    pub bound: Option<Bound>,
    pub negative: bool,
    /// `between` (English), which licenses `and` as a range connector.
    pub between: bool,
}

/// What the qualifiers on a figure add up to.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Qualifiers {
    pub approx: bool,
    pub bound: Option<Bound>,
    /// An odd number of signs (▲, マイナス, minus).
    pub negative: bool,
}

impl Qualifiers {
    /// Adds one qualifier: approximation accumulates, a bound replaces the one before and
    /// signs cancel in pairs.
    pub(crate) fn add(&mut self, q: Qualifier) {
        self.approx |= q.approx;
        if q.bound.is_some() {
            self.bound = q.bound;
        }
        self.negative ^= q.negative;
    }

    /// Joins the qualifiers written after a figure (which carry no sign) to these.
    pub(crate) fn join(&mut self, after: Qualifiers) {
        self.approx |= after.approx;
        if after.bound.is_some() {
            self.bound = after.bound;
        }
    }
}

/// A qualifier that approximates or bounds, without a sign.
const fn effect(approx: bool, bound: Option<Bound>) -> Qualifier {
    Qualifier {
        approx,
        bound,
        negative: false,
        between: false,
    }
}

const APPROX: Qualifier = effect(true, None);
const GE: Qualifier = effect(false, Some(Bound::Ge));
const GT: Qualifier = effect(false, Some(Bound::Gt));
const LE: Qualifier = effect(false, Some(Bound::Le));
const LT: Qualifier = effect(false, Some(Bound::Lt));
const NEARLY: Qualifier = effect(true, Some(Bound::Le));
const NEG: Qualifier = Qualifier {
    approx: false,
    bound: None,
    negative: true,
    between: false,
};

/// Qualifiers written before a figure (CJK ones need no space; English ones are words).
static PREFIX: &[(&str, Qualifier)] = &[
    ("約", APPROX),
    ("約", APPROX),
    ("およそ", APPROX),
    ("凡そ", APPROX),
    ("概ね", APPROX),
    ("おおむね", APPROX),
    ("ざっと", APPROX),
    ("推定", APPROX),
    ("推計", APPROX),
    ("ほぼ", APPROX),
    ("最大", LE),
    ("最大で", LE),
    ("最低", GE),
    ("最低でも", GE),
    ("少なくとも", GE),
    ("超", GT),
    ("约", APPROX),
    ("大约", APPROX),
    ("大概", APPROX),
    ("将近", NEARLY),
    ("接近", NEARLY),
    ("超过", GT),
    ("超過", GT),
    ("逾", GT),
    ("不到", LT),
    ("不足", LT),
    ("至少", GE),
    ("最多", LE),
    ("不少于", GE),
    ("不超过", LE),
    ("マイナス", NEG),
    ("负", NEG),
    ("負", NEG),
    ("▲", NEG),
    ("△", NEG),
    ("−", NEG),
    ("－", NEG),
    ("‐", NEG),
];

/// English prefix qualifiers (lower case; matched case-insensitively as whole words).
static PREFIX_EN: &[(&str, Qualifier)] = &[
    ("about", APPROX),
    ("around", APPROX),
    ("roughly", APPROX),
    ("approximately", APPROX),
    ("approx.", APPROX),
    ("approx", APPROX),
    ("an estimated", APPROX),
    ("estimated", APPROX),
    ("some", APPROX),
    ("circa", APPROX),
    ("nearly", NEARLY),
    ("almost", NEARLY),
    ("close to", NEARLY),
    ("more than", GT),
    ("over", GT),
    ("above", GT),
    ("greater than", GT),
    ("in excess of", GT),
    ("just over", GT),
    ("at least", GE),
    ("no less than", GE),
    ("under", LT),
    ("below", LT),
    ("less than", LT),
    ("fewer than", LT),
    ("just under", LT),
    ("up to", LE),
    ("at most", LE),
    ("no more than", LE),
    ("minus", NEG),
    ("negative", NEG),
    (
        "between",
        Qualifier {
            approx: false,
            bound: None,
            negative: false,
            between: true,
        },
    ),
];

/// Qualifiers written after a figure's unit (Japanese and Chinese).
static SUFFIX: &[(&str, Qualifier)] = &[
    ("以上", GE),
    ("以下", LE),
    ("未満", LT),
    ("以内", LE),
    ("を超える", GT),
    ("を超え", GT),
    ("を超す", GT),
    ("を越える", GT),
    ("を上回る", GT),
    ("を下回る", LT),
    ("を突破", GT),
    ("を切る", LT),
    ("超え", GT),
    ("超える", GT),
    ("超", GT),
    ("突破", GT),
    ("強", GT),
    (
        "弱",
        Qualifier {
            approx: true,
            bound: Some(Bound::Lt),
            negative: false,
            between: false,
        },
    ),
    ("近く", NEARLY),
    ("足らず", LT),
    ("余り", GT),
    ("あまり", GT),
    ("余", GT),
    ("多", GT),
    ("程度", APPROX),
    ("ほど", APPROX),
    ("前後", APPROX),
    ("くらい", APPROX),
    ("ぐらい", APPROX),
    ("左右", APPROX),
    ("上下", APPROX),
];

/// English suffix qualifiers after a space.
static SUFFIX_EN: &[(&str, Qualifier)] = &[
    ("or more", GE),
    ("or higher", GE),
    ("or above", GE),
    ("and above", GE),
    ("or less", LE),
    ("or lower", LE),
    ("or so", APPROX),
    ("plus", GT),
];

/// A prefix qualifier ending at byte `i` (after optional spaces), not starting before
/// `floor`: (qualifier, start).
pub(crate) fn prefix_qualifier(text: &str, i: usize, floor: usize) -> Option<(Qualifier, usize)> {
    let b = text.as_bytes();
    let mut j = i;
    while j > floor && (b[j - 1] == b' ') {
        j -= 1;
    }
    let head = &text[floor..j];
    // ASCII hyphen as a minus sign: only right before the numeral, and not after a
    // letter, digit or another hyphen (GPT-4, 2024-2025, --).
    if j == i && head.ends_with('-') {
        let k = j - 1;
        let prev = if k > 0 { b[k - 1] } else { b' ' };
        if !prev.is_ascii_alphanumeric() && prev != b'-' && prev != b'.' && prev != b'_' {
            return Some((NEG, k));
        }
        return None;
    }
    static EDGES: LazyLock<Edges> = LazyLock::new(|| Edges::ending(PREFIX.iter().map(|p| p.0)));
    static EDGES_EN: LazyLock<Edges> =
        LazyLock::new(|| Edges::ending(PREFIX_EN.iter().map(|p| p.0)));
    let mut best: Option<(Qualifier, usize)> = None;
    let may_end = EDGES.may_end(head.as_bytes());
    for &(s, qq) in PREFIX.iter().filter(|_| may_end) {
        if head.ends_with(s) && best.is_none_or(|(_, st)| j - s.len() < st) {
            best = Some((qq, j - s.len()));
        }
    }
    if best.is_some() {
        return best;
    }
    // English: need a space between the word and the figure (or a currency symbol).
    if j == i && (i == 0 || b[i - 1].is_ascii_alphanumeric()) {
        return None;
    }
    if !EDGES_EN.may_end(head.as_bytes()) {
        return None;
    }
    for &(s, qq) in PREFIX_EN {
        let n = s.len();
        if head.len() >= n && head.as_bytes()[head.len() - n..].eq_ignore_ascii_case(s.as_bytes()) {
            let st = j - n;
            if st == 0 || !b[st - 1].is_ascii_alphanumeric() {
                return Some((qq, st));
            }
        }
    }
    None
}

/// Whether a one-character qualifier `q` is really the start of a word (強い, 多く, 余裕).
fn word_continues(q: &str, after: &str) -> bool {
    let Some(c) = after.chars().next() else {
        return false;
    };
    match q {
        "強" | "弱" => matches!(
            c,
            'い' | 'く'
                | 'か'
                | 'さ'
                | 'ま'
                | 'め'
                | 'み'
                | 'る'
                | '化'
                | '気'
                | '調'
                | '力'
                | '点'
        ),
        "多" => matches!(
            c,
            'い' | 'く' | 'か' | 'さ' | '数' | '様' | '彩' | '的' | '种' | '種' | '大' | '元'
        ),
        "余" => matches!(c, '裕' | '計' | '地' | '談' | '韻' | '白' | '剰'),
        _ => false,
    }
}

/// A suffix qualifier at byte `i` (CJK directly; English after one space): (qualifier, end).
pub(crate) fn suffix_qualifier(text: &str, i: usize) -> Option<(Qualifier, usize)> {
    static EDGES: LazyLock<Edges> = LazyLock::new(|| Edges::starting(SUFFIX.iter().map(|p| p.0)));
    static EDGES_EN: LazyLock<Edges> =
        LazyLock::new(|| Edges::starting(SUFFIX_EN.iter().map(|p| p.0)));
    let rest = text.get(i..)?;
    let mut best: Option<(Qualifier, usize)> = None;
    if rest.as_bytes().first().is_some_and(|c| *c >= 0x80) {
        if !EDGES.may_start(rest.as_bytes()) {
            return None;
        }
        for &(s, qq) in SUFFIX {
            if rest.starts_with(s)
                && best.is_none_or(|(_, e)| i + s.len() > e)
                && !word_continues(s, &rest[s.len()..])
            {
                best = Some((qq, i + s.len()));
            }
        }
        return best;
    }
    if let Some(r) = rest.strip_prefix(' ') {
        if !EDGES_EN.may_start(r.as_bytes()) {
            return None;
        }
        let b = text.as_bytes();
        for &(s, qq) in SUFFIX_EN {
            let n = s.len();
            if r.len() >= n
                && r.as_bytes()[..n].eq_ignore_ascii_case(s.as_bytes())
                && (i + 1 + n >= b.len() || !b[i + 1 + n].is_ascii_alphanumeric())
            {
                return Some((qq, i + 1 + n));
            }
        }
    }
    None
}

/// A plus sign right after a figure (「$115B+」, "100+ countries") is a floor; not when a
/// number or letter follows (1+1, 3%+α).
pub(crate) fn trailing_plus(text: &str, i: usize) -> Option<(Qualifier, usize)> {
    let rest = text.get(i..)?;
    let plus = ["+", "＋"].into_iter().find(|p| rest.starts_with(p))?;
    let next = rest[plus.len()..].chars().next();
    next.is_none_or(|c| !c.is_alphanumeric() && c != '+')
        .then_some((GE, i + plus.len()))
}

/// A bound written after the bracket that closes at byte `i` or after a short bracketed
/// conversion that opens there (「1150億ドル（約18兆円）以上」): it bounds both amounts. Only a
/// conversion's brackets: an amount before the bracket that closes, an amount in the bracket
/// that opens (「OpenAI（評価額5000億ドル）を上回る」 bounds what the sentence is about, not
/// the valuation).
pub(crate) fn bound_past_bracket(text: &str, i: usize) -> Option<Qualifier> {
    let rest = text.get(i..)?;
    let close = if let Some(r) = [")", "）"].iter().find_map(|c| rest.strip_prefix(c)) {
        let head = text.get(..i)?;
        let open = head
            .char_indices()
            .rev()
            .take(24)
            .find(|&(_, c)| matches!(c, ')' | '）' | '(' | '（' | '。' | '\n'))?;
        if !matches!(open.1, '(' | '（') || !ends_with_amount(&head[..open.0]) {
            return None;
        }
        rest.len() - r.len()
    } else {
        let open = ["(", "（"].iter().find_map(|c| rest.strip_prefix(c))?;
        let inner = open
            .char_indices()
            .take(24)
            .find(|&(_, c)| matches!(c, ')' | '）' | '(' | '（' | '。' | '\n'))?;
        if !matches!(inner.1, ')' | '）') || !ends_with_amount(&open[..inner.0]) {
            return None;
        }
        let at = rest.len() - open.len() + inner.0;
        at + inner.1.len_utf8()
    };
    suffix_qualifier(text, i + close)
        .map(|(q, _)| q)
        .filter(|q| q.bound.is_some())
}

/// Whether text ends with an amount: a digit, a currency word after a number (18兆円,
/// 1150億ドル) or an abbreviated magnitude ($115B).
fn ends_with_amount(s: &str) -> bool {
    let s = s.trim_end();
    let digit_before = |t: &str| {
        t.chars()
            .any(|c| c.is_ascii_digit() || ('０'..='９').contains(&c))
    };
    if s.ends_with(|c: char| c.is_ascii_digit() || ('０'..='９').contains(&c)) {
        return true;
    }
    if let Some(t) = [
        "円",
        "ドル",
        "元",
        "ユーロ",
        "ポンド",
        "ウォン",
        "兆",
        "億",
        "万",
        "billion",
        "million",
        "trillion",
    ]
    .iter()
    .find_map(|w| s.strip_suffix(w))
    {
        return digit_before(t);
    }
    s.strip_suffix(['B', 'M', 'K', 'T'])
        .is_some_and(|t| t.ends_with(|c: char| c.is_ascii_digit()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prefixes() {
        assert_eq!(prefix_qualifier("約", 3, 0), Some((APPROX, 0)));
        assert_eq!(prefix_qualifier("about ", 6, 0), Some((APPROX, 0)));
        assert_eq!(prefix_qualifier("more than ", 10, 0), Some((GT, 0)));
        assert_eq!(prefix_qualifier("x -", 3, 0), Some((NEG, 2)));
        assert_eq!(prefix_qualifier("GPT-", 4, 0), None);
        // "tabout " is not "about".
        assert_eq!(prefix_qualifier("tabout ", 7, 0), None);
        // Nothing before the floor.
        assert_eq!(prefix_qualifier("約", 3, 3), None);
    }

    #[test]
    fn suffixes() {
        assert_eq!(suffix_qualifier("以上の", 0), Some((GE, 6)));
        assert_eq!(suffix_qualifier("を超える", 0), Some((GT, 12)));
        assert_eq!(suffix_qualifier("近くに", 0), Some((NEARLY, 6)));
        assert_eq!(suffix_qualifier(" or more", 0), Some((GE, 8)));
        assert_eq!(suffix_qualifier("です", 0), None);
    }

    #[test]
    fn plus_and_brackets() {
        assert_eq!(trailing_plus("+、", 0), Some((GE, 1)));
        assert_eq!(trailing_plus("+", 0), Some((GE, 1)));
        assert_eq!(trailing_plus("+1", 0), None);
        assert_eq!(trailing_plus("+α", 0), None);
        assert_eq!(bound_past_bracket("（約18兆円）以上を", 0), Some(GE));
        let t = "1150億ドル（約18兆円）以上";
        assert_eq!(bound_past_bracket(t, t.find('）').unwrap()), Some(GE));
        // Brackets that hold no conversion: the bound is not the amount's.
        assert_eq!(bound_past_bracket("）以上", 0), None);
        let t = "OpenAI（評価額5000億ドル）を上回る";
        assert_eq!(bound_past_bracket(t, t.find('）').unwrap()), None);
        assert_eq!(bound_past_bracket("（2025年）以上", 0), None);
        let t = "1.5兆（約100億ドル）以上";
        assert_eq!(bound_past_bracket(t, t.find('）').unwrap()), Some(GE));
        assert_eq!(bound_past_bracket("（約18兆円）の", 0), None);
        assert_eq!(
            bound_past_bracket(
                "（約18兆円、前年の二倍を大きく超えるかもしれない額）以上",
                0
            ),
            None
        );
        assert_eq!(bound_past_bracket("（約18兆円）程度", 0), None);
    }
}
