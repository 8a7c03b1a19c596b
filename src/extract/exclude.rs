//! Numbers that are not figures: ordinals (第3), vague amounts (数十), era years (令和5年),
//! version and model names (GPT-4, Claude 3.5, H100), list markers (`1.` , `(1)`),
//! URLs, and Japanese words that merely contain numeral characters (四六時中, 六本木).

use super::numeral;

/// Characters that, right before a numeral, make it an ordinal or a vague amount.
fn blocks_before(c: char) -> bool {
    matches!(c, '第' | '数' | '何' | '幾' | '#' | '＃' | '@' | '＠' | '№')
}

/// Whether the numeral after 数 makes a vague amount (数十, 数百万, 数10億, 数1000人: several
/// tens, hundreds …): written in kanji or as a power of ten. Any other number after 数 (ユーザー
/// 数450万人, 件数3,200件) is a count of what 数 ends; so is a power of ten after a noun that
/// 数 ends (see [`counted_noun_before`]: 「ユーザー数100万人」, 「従業員数1000人」).
fn vague_after_su(head: &str, rest: &str) -> bool {
    let digits: String = rest
        .chars()
        .take_while(|c| c.is_ascii_digit() || ('０'..='９').contains(c))
        .map(|c| {
            char::from_digit(c.to_digit(10).unwrap_or_else(|| c as u32 - '０' as u32), 10)
                .unwrap_or('0')
        })
        .collect();
    digits.is_empty()
        || digits.len() >= 2
            && digits.starts_with('1')
            && digits[1..].bytes().all(|b| b == b'0')
            && !counted_noun_before(head)
}

/// Whether the text before 数 ends in a noun that 数 makes "the number of": a katakana word
/// (ユーザー数, アクセス数) or a kanji that names what is counted (人数, 従業員数, 件数, 社数).
/// After a particle or 約 (「は数100万人」, 「約数100」) 数 is "several".
fn counted_noun_before(head: &str) -> bool {
    let Some(su) = head.strip_suffix('数') else {
        return false;
    };
    su.chars().next_back().is_some_and(|c| {
        ('\u{30A1}'..='\u{30FA}').contains(&c)
            || c == 'ー'
            || "人者員件社台回店舗校部票席帯品語種国機枚冊名体局所場院科".contains(c)
    })
}

/// Words containing numeral characters that are not figures. Matched at the numeral start.
static STOPLIST: &[&str] = &[
    "四六時中",
    "七五三",
    "八百屋",
    "八百長",
    "三三五五",
    "五十音",
    "五十嵐",
    "九十九",
    "十中八九",
    "百人一首",
    "一億総",
    "六本木",
    "二人三脚",
    "千歳",
    "三十三間堂",
    "四十七士",
    "十二分",
    "八十八",
    "三人称",
    "二十四節気",
    "五十歩百歩",
    "千万無量",
    "百分率",
];

/// Japanese era names: the number after them is not a Gregorian year or a count.
static ERAS: &[&str] = &["令和", "平成", "昭和", "大正", "明治", "元年"];

/// English words that may precede a number without making it part of a name
/// (`In 2024`, `About 30`). Compared case-insensitively.
/// Acronyms that name a measure: the number after them and a space is its figure
/// (「CAGR 12.5%」, "YoY 15%"), not a model's version (「Llama 4」).
static MEASURE_ACRONYMS: &[&str] = &["CAGR", "YoY", "QoQ", "MoM", "ARR", "ROI"];

static FUNCTION_WORDS: &[&str] = &[
    "in",
    "by",
    "since",
    "from",
    "until",
    "till",
    "through",
    "to",
    "of",
    "about",
    "around",
    "over",
    "under",
    "nearly",
    "almost",
    "only",
    "some",
    "just",
    "and",
    "or",
    "the",
    "at",
    "for",
    "with",
    "than",
    "between",
    "approximately",
    "roughly",
    "up",
    "top",
    "more",
    "less",
    "fewer",
    "least",
    "most",
    "estimated",
    "an",
    "a",
    "are",
    "is",
    "was",
    "were",
    "all",
    "had",
    "has",
    "have",
    "q1",
    "q2",
    "q3",
    "q4",
    "h1",
    "h2",
    "fy",
    "cy",
    "during",
    "early",
    "late",
    "mid",
    "before",
    "after",
    "fiscal",
    "year",
    "years",
    "by",
    "reached",
    "hit",
    "of",
    "on",
    "per",
    "each",
    "every",
    "than",
    "below",
    "above",
    "circa",
    "some",
    "usd",
    "eur",
    "gbp",
    "jpy",
    "cny",
    "rmb",
    "krw",
    "inr",
    "hkd",
    "twd",
    "cad",
    "aud",
    "chf",
    "sgd",
    "minus",
    "negative",
    "plus",
    "total",
    "totaling",
    "totalling",
    "what",
    "but",
    "if",
    "then",
    "that",
    "these",
    "those",
    "it",
    "we",
    "they",
    "i",
    "you",
    "he",
    "she",
];

/// Month names (English), after which a number is a day or a year.
pub(crate) static MONTHS: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
];

/// Why the numeral at `p` is not a figure, judging by what precedes it.
pub(crate) fn blocked_by_prefix(text: &str, p: usize) -> bool {
    let b = text.as_bytes();
    if p == 0 {
        return false;
    }
    let prev = b[p - 1];
    if prev.is_ascii_alphanumeric() {
        return !super::units::rate_acronym_before(text, p);
    }
    // GPT-4, Qwen2.5, v1.2, A_3, 2025/06: glued to a word or number by punctuation.
    if matches!(prev, b'.' | b'-' | b'_' | b'/' | b':' | b'+')
        && p >= 2
        && b[p - 2].is_ascii_alphanumeric()
    {
        // three-nought-four: digits read out one by one (with a nought, unlike
        // fifty-fifty or one-two).
        let spelled = prev == b'-' && b[p].is_ascii_alphabetic() && {
            let ws = numeral::word_before(b, p - 1);
            let we = numeral::ascii_word(b, p);
            let nought =
                |w: &str| w.eq_ignore_ascii_case("nought") || w.eq_ignore_ascii_case("naught");
            let (w1, w2) = (&text[ws..p - 1], &text[p..we]);
            (nought(w1) || nought(w2))
                && super::english::is_english_number_word(w1)
                && super::english::is_english_number_word(w2)
        };
        if !spelled {
            return true;
        }
    }
    let head = &text[..p];
    if let Some(c) = head.chars().next_back() {
        if c == '数' && !vague_after_su(head, &text[p..]) {
            // 「ユーザー数450万人」: 数 is the noun "number", not "several".
        } else if blocks_before(c) || numeral::cjk(c).is_some() {
            return true;
        }
    }
    if ERAS.iter().any(|e| head.ends_with(e)) {
        return true;
    }
    // A product or model name: "Claude 3.5", "iPhone 15", "Windows 11", "Llama 4".
    if prev == b' ' && p >= 2 && b[p - 2].is_ascii_alphanumeric() {
        let ws = numeral::word_before(b, p - 1);
        let w = &text[ws..p - 1];
        let has_upper = w.bytes().any(|c| c.is_ascii_uppercase());
        let has_digit = w.bytes().any(|c| c.is_ascii_digit());
        let all_digits = w.bytes().all(|c| c.is_ascii_digit());
        if (has_upper || has_digit)
            && !all_digits
            && !numeral::word_in(w, FUNCTION_WORDS)
            && !numeral::word_in(w, MONTHS)
            && !numeral::word_in(w, MEASURE_ACRONYMS)
        {
            return true;
        }
    }
    false
}

/// Whether the number at `p` follows an ASCII word and a space that is not a function
/// word (`tsuzumi 2`, `Top 10`): for unitless numbers, a name rather than a figure.
/// Only applies inside CJK prose (the word is preceded or the number followed by a
/// non-ASCII character), so English prose ("scored 30 points") keeps its numbers.
pub(crate) fn after_name(text: &str, p: usize, e: usize) -> bool {
    let b = text.as_bytes();
    if p < 2 || b[p - 1] != b' ' || !b[p - 2].is_ascii_alphanumeric() {
        return false;
    }
    let ws = numeral::word_before(b, p - 1);
    let w = &text[ws..p - 1];
    let cjk_around = (ws > 0 && b[ws - 1] >= 0x80) || b.get(e).is_some_and(|c| *c >= 0x80);
    cjk_around
        && !numeral::word_in(w, FUNCTION_WORDS)
        && !numeral::word_in(w, MONTHS)
        && !numeral::word_in(w, MEASURE_ACRONYMS)
        && !w.bytes().all(|c| c.is_ascii_digit())
}

/// Whether a kanji numeral at `p` starts a stoplisted word.
pub(crate) fn stoplisted(text: &str, p: usize) -> bool {
    let rest = &text[p..];
    STOPLIST.iter().any(|w| rest.starts_with(w))
}

/// Whether the bare number `p..e` is a list or section marker: `1.` or `1)` at the start
/// of the text, or wrapped in brackets `(1)`, `（1）`, `[1]`.
pub(crate) fn list_marker(text: &str, p: usize, e: usize) -> bool {
    let head = text[..p].trim_start();
    let rest = &text[e..];
    // Start of the text or of a line (after indentation or markdown markers).
    let line = head.rsplit('\n').next().unwrap_or("");
    let line_start = line
        .trim_start_matches(|c: char| c.is_whitespace() || matches!(c, '#' | '*' | '>' | '-' | '|'))
        .is_empty();
    if line_start {
        let b = rest.as_bytes();
        if (b.first() == Some(&b'.') || b.first() == Some(&b')'))
            && b.get(1).is_none_or(|c| !c.is_ascii_digit())
        {
            return true;
        }
        if rest.starts_with('．') || rest.starts_with('）') {
            return true;
        }
    }
    let open = head.ends_with('(') || head.ends_with('（') || head.ends_with('[');
    let close = rest.starts_with(')') || rest.starts_with('）') || rest.starts_with(']');
    open && close
}

/// If an ASCII token starting at `i` is a URL (`http…`, `www.`), its end (next whitespace).
pub(crate) fn url_end(text: &str, i: usize) -> Option<usize> {
    let rest = &text.as_bytes()[i..];
    let is_url = rest.len() > 4
        && (rest[..4].eq_ignore_ascii_case(b"http") || rest[..4].eq_ignore_ascii_case(b"www."));
    if !is_url {
        return None;
    }
    let n = rest
        .iter()
        .position(|c| c.is_ascii_whitespace() || *c >= 0x80)
        .unwrap_or(rest.len());
    Some(i + n)
}

/// End of an ASCII identifier-like token from `i`: letters, digits, and `.`, `-`, `_`
/// when followed by a letter or digit (GPT-4o, Llama-3.1-70B, Qwen2.5).
pub(crate) fn token_end(b: &[u8], mut i: usize) -> usize {
    while i < b.len() {
        let c = b[i];
        let glue = matches!(c, b'.' | b'-' | b'_')
            && b.get(i + 1).is_some_and(|d| d.is_ascii_alphanumeric());
        if c.is_ascii_alphanumeric() || glue {
            i += 1;
        } else {
            break;
        }
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prefixes_that_block() {
        assert!(blocked_by_prefix("第3", 3));
        assert!(blocked_by_prefix("GPT-4", 4));
        assert!(blocked_by_prefix("Claude 3.5", 7));
        assert!(blocked_by_prefix("iPhone 15", 7));
        assert!(blocked_by_prefix("数十", 3));
        assert!(blocked_by_prefix("数10億", 3));
        assert!(blocked_by_prefix("数１００万", 3));
        assert!(!blocked_by_prefix("ユーザー数450万人", "ユーザー数".len()));
        assert!(!blocked_by_prefix("件数3,200件", "件数".len()));
        // A power of ten after a noun that 数 ends is a count; after a particle, several.
        assert!(!blocked_by_prefix("ユーザー数100万人", "ユーザー数".len()));
        assert!(!blocked_by_prefix("従業員数1000人", "従業員数".len()));
        assert!(blocked_by_prefix("利用者は数100万人", "利用者は数".len()));
        assert!(blocked_by_prefix("約数100人", "約数".len()));
        assert!(blocked_by_prefix("令和5", 6));
        assert!(!blocked_by_prefix("In 2024", 3));
        assert!(!blocked_by_prefix("売上は30", 9));
        assert!(!blocked_by_prefix("June 2025", 5));
    }

    #[test]
    fn markers_and_tokens() {
        assert!(list_marker("1. はじめに", 0, 1));
        assert!(list_marker("手順(1)を", 7, 8));
        assert!(!list_marker("1.5倍", 0, 1));
        assert!(stoplisted("四六時中", 0));
        assert!(!stoplisted("四十人", 0));
        assert_eq!(url_end("https://a.b/c 1", 0), Some(13));
        assert_eq!(token_end(b"GPT-4o is", 0), 6);
    }
}
