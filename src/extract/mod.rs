//! Extraction: prose text → figures.
//!
//! A single forward scan looks for places where a numeral can start (ASCII or full-width
//! digits, CJK numerals, English number words) and skips everything else cheaply. At each
//! candidate it parses, in order:
//!
//! 1. the numeral itself ([`numeral`]): digits, CJK numerals and 万/億/兆 compounds, or
//!    English number words ([`english`]);
//! 2. an English scale (`million`, `bn`, `k`) ([`units::en_scale`]);
//! 3. a unit (`%`, `円`, `人`, `dollars`, `割` …) ([`units`]);
//! 4. qualifiers after the unit (`以上`, `近く`, `or more`) ([`qualifiers`]);
//! 5. a range connector and a second quantity (`60〜70%`, `$5 to $10 billion`);
//! 6. looking back: a currency prefix (`$`, `US$`, `€`), a sign (`▲`, `−`, `マイナス`) and
//!    qualifiers (`約`, `about`, `more than`).
//!
//! Numbers that are not figures are rejected by [`exclude`]: ordinals, version and model
//! names, list markers, dates, times and URLs.
//!
//! Choices worth knowing:
//! * **Precision** is the place value of the last significant digit written, fully scaled.
//!   Trailing zeros of the integer part are significant when the number is written with a
//!   thousands separator or a decimal point, and not otherwise: `7,000億元` → 1e8,
//!   `7000億元` → 1e11, `600万ドル` → 1e6, `$92.0 billion` → 1e8, `94,000人` → 1,
//!   `7000人` → 1000. Two exceptions: percentages written with `%`/percent/百分之 (and
//!   percentage points) are read to the unit (`100%` → 1), and years to the year.
//! * **Ranges** give one figure with `value` = low end. Both ends may carry the full unit
//!   (`60億ドルから70億ドル`); a unitless low end borrows the unit and scale of the high end
//!   (`3-5億円` → 3e8..5e8 JPY).
//! * **Years**: `2024年`, `2025年度` (unit `FY`), `FY2025`, `二〇二四年`; a following month and
//!   day are part of the span (`2025年6月1日` is one Year figure for 2025). A bare 4-digit
//!   integer 1900–2100 is a Year when preceded by `in`/`by`/`since`/… or a month name, or
//!   when glued to CJK text (`2025世界人工知能大会`); otherwise it is a Number.
//! * **Dates and times** (`6月`, `26日` after a month, `10:30`, `3時`, `2025/06/01`,
//!   `2025-06-01`) and ranks (`1位`, `3番目`) give no figure. Durations are Counts
//!   (`24時間`, `3か月`, `7日`).
//! * **`points`** in English is a percentage-point unit only as `percentage points`
//!   (or `pp`, `pt`, `bps`); bare `points` is not a unit.
//! * **English number words** ([`english`]): an ordinal (`twenty-first`, `one hundred
//!   fifth`) is skipped whole; fractions (`three twenty-firsts`), mixed numbers
//!   (`twenty and three fifths`), decimals (`nine point nought four`) and ratios
//!   (`one over three` at a clause end, `two out of five`, `one in twenty`) are Numbers.
//!   `the one`, `that one`, `no one` are pronouns. Glued `M` (`10M`) and `b` (`1.2b`)
//!   are scales only with two digits or a decimal, and never after a version number
//!   (`Llama 3 70B`).
//! * **Kanji-only numerals** must be multi-character (`二十五`) or carry a strong unit
//!   (`三人`, `五割`, `百円`); `一` alone needs `%` or `割`. A small stoplist rejects words
//!   like `四六時中` and `六本木`.

mod edge;
mod english;
mod exclude;
mod kana;
mod numeral;
mod qualifiers;
mod spaced;
mod units;

use crate::figure::{Bound, Kind, RawFigure};
use numeral::{char_at, cjk, digit_at, dot_at, pow10, Cjk, Numeral};
use qualifiers::Q;
use rust_decimal::Decimal;
use units::U;

/// Every figure in `text`, in order of position, with byte offsets relative to `text`.
pub fn extract(text: &str) -> Vec<RawFigure> {
    if let Some(v) = kana::whole_hiragana(text) {
        return v;
    }
    let b = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    let mut floor = 0;
    let bitmap: &[u64; 1024] = &BITMAP;
    while i < b.len() {
        let c = b[i];
        if c < 0x80 {
            if c.is_ascii_digit() {
                let next = spaced::candidate_spaced(text, i, floor, &mut out);
                floor = next;
                i = next.max(i + 1);
            } else if c.is_ascii_alphabetic() {
                if !units::word_start(b, i) {
                    i += 1;
                    continue;
                }
                if let Some(e) = exclude::url_end(text, i) {
                    i = e;
                    floor = e;
                    continue;
                }
                let we = numeral::ascii_word(b, i);
                let te = exclude::token_end(b, i);
                let number_word = english::is_english_number_word(&text[i..we]);
                if te > we && !(number_word && b[we] == b'-') {
                    // Letters glued to digits: a name (R1, H100, GPT-4o) or FY2025,
                    // or a currency code (USD115).
                    if units::glued_code(text, i, we) {
                        let next = candidate(text, we, i, &mut out);
                        floor = next;
                        i = next.max(we + 1);
                        continue;
                    }
                    if let Some(f) = fiscal_year(text, i, te) {
                        out.push(f);
                    }
                    i = te;
                    floor = te;
                } else if number_word || ((c == b'a' || c == b'A') && we == i + 1) {
                    let next = spaced::candidate_spaced(text, i, floor, &mut out);
                    floor = next;
                    i = next.max(we);
                } else {
                    i = we;
                }
            } else if c == b'.'
                && b.get(i + 1).is_some_and(u8::is_ascii_digit)
                && (i == 0 || !(b[i - 1].is_ascii_alphanumeric() || b[i - 1] == b'.'))
            {
                // .5, -.5: a decimal without its leading zero.
                let next = candidate(text, i, floor, &mut out);
                floor = next;
                i = next.max(i + 1);
            } else {
                i += 1;
            }
            continue;
        }
        // Multi-byte: decode 3-byte sequences by hand and test a bitmap of the code points
        // that can start a numeral (CJK numerals, full-width digits).
        let len = match c {
            0xC0..=0xDF => 2,
            0xE0..=0xEF => 3,
            0xF0..=0xF7 => 4,
            _ => 1,
        };
        // ¼ ½ ¾ (U+00BC–U+00BE): fractions in one character (⅐ … ⅞ are in the bitmap).
        if len == 2 && c == 0xC2 && matches!(b.get(i + 1), Some(0xBC..=0xBE)) {
            let next = candidate(text, i, floor, &mut out);
            floor = next;
            i = next.max(i + len);
            continue;
        }
        if len == 3 && i + 2 < b.len() {
            // A run of three-byte characters (most of CJK prose) is crossed in a tight loop:
            // one load and one bit test per character, the row of the bitmap chosen by the
            // first two bytes and the bit by the third.
            let run = b[i..]
                .chunks_exact(3)
                .take_while(|ch| {
                    let row = ((ch[0] as usize & 0x0F) << 6) | (ch[1] as usize & 0x3F);
                    ch[0] & 0xF0 == 0xE0 && bitmap[row] & (1u64 << (ch[2] & 0x3F)) == 0
                })
                .count();
            i += 3 * run;
            let Some(&[c, c1, c2]) = b.get(i..i + 3) else {
                continue;
            };
            if c & 0xF0 != 0xE0 {
                continue;
            }
            let cp = ((c as u32 & 0x0F) << 12) | ((c1 as u32 & 0x3F) << 6) | (c2 as u32 & 0x3F);
            if matches!(cp, 0x534A | 0x5BF9 | 0x5C0D) {
                // 半折 / 对折 (50%), 半成 (5%).
                if let Some(f) = half_discount(text, i) {
                    i = f.end;
                    floor = f.end;
                    out.push(f);
                    continue;
                }
            }
            let fen = (cp == 0x4E07 || cp == 0x842C)
                && (text[i + 3..].starts_with("分之")
                    || text[i + 3..].starts_with("万分之")
                    || text[i + 3..].starts_with("萬分之"));
            if fen || starts(cp) {
                let next = spaced::candidate_spaced(text, i, floor, &mut out);
                floor = next;
                i = next.max(i + 3);
                continue;
            }
        }
        i += len;
    }
    out
}

/// Whether the three-byte character `cp` can start a numeral: CJK digits and 十百千 (not
/// 万億兆, which need a digit first), full-width digits and the vulgar fractions ⅐ … ⅞.
fn starts(cp: u32) -> bool {
    char::from_u32(cp).is_some_and(|c| {
        matches!(cjk(c), Some(Cjk::Digit(_) | Cjk::Small(_)))
            || ('０'..='９').contains(&c)
            || ('⅐'..='⅞').contains(&c)
    })
}

/// Bitmap over the BMP of the three-byte characters [`extract`] stops at: those that
/// [`starts`] a numeral, and 半/对/對 (half-price discounts) and 万/萬 (万分之).
static BITMAP: std::sync::LazyLock<[u64; 1024]> = std::sync::LazyLock::new(|| {
    let mut m = [0u64; 1024];
    for cp in 0x800u32..0x10000 {
        if starts(cp) || matches!(cp, 0x534A | 0x5BF9 | 0x5C0D | 0x4E07 | 0x842C) {
            m[(cp >> 6) as usize & 1023] |= 1u64 << (cp & 63);
        }
    }
    m
});

/// `半折` / `对折` / `對折` (a half-price discount, 50%) and `半成` (5%) at `i`.
fn half_discount(text: &str, i: usize) -> Option<RawFigure> {
    let rest = &text[i..];
    let dui = (rest.starts_with("对折") || rest.starts_with("對折")) && text[..i].ends_with('打');
    let (v, len) = if rest.starts_with("半折") || dui {
        (50, 6)
    } else if rest.starts_with("半成") && !rest[6..].starts_with(['品', '年']) {
        (5, 6)
    } else {
        // 半ダース, 半打 (six), 半百 (fifty): bare numbers.
        let (v, len) = if rest.starts_with("半ダース") {
            (6, "半ダース".len())
        } else if rest.starts_with("半打") && !units::da_verb(text, i + 6) {
            (6, 6)
        } else if rest.starts_with("半百") {
            (50, 6)
        } else {
            return None;
        };
        return Some(RawFigure {
            start: i,
            end: i + len,
            value: Decimal::from(v),
            kind: Kind::Number,
            unit: String::new(),
            approx: false,
            bound: None,
            range: None,
            precision: Decimal::ONE,
        });
    };
    Some(RawFigure {
        start: i,
        end: i + len,
        value: Decimal::from(v),
        kind: Kind::Percent,
        unit: "%".into(),
        approx: false,
        bound: None,
        range: None,
        precision: Decimal::from(v / 5),
    })
}

/// `FY2025` / `FY25` as a fiscal-year figure.
fn fiscal_year(text: &str, s: usize, e: usize) -> Option<RawFigure> {
    let t = &text[s..e];
    if t.len() < 4 || !t[..2].eq_ignore_ascii_case("FY") {
        return None;
    }
    let digits = &t[2..];
    if !digits.bytes().all(|c| c.is_ascii_digit()) {
        return None;
    }
    let y: i64 = match digits.len() {
        4 => digits.parse().ok()?,
        2 => 2000 + digits.parse::<i64>().ok()?,
        _ => return None,
    };
    Some(RawFigure {
        start: s,
        end: e,
        value: Decimal::from(y),
        kind: Kind::Year,
        unit: "FY".into(),
        approx: false,
        bound: None,
        range: None,
        precision: Decimal::ONE,
    })
}

/// A numeral with its scale and unit, as parsed forward from its first character.
#[derive(Debug, Clone)]
struct Qty {
    end: usize,
    value: Decimal,
    precision: Decimal,
    kind: Kind,
    unit: &'static str,
    has_unit: bool,
    /// Power of ten applied by a scale (CJK 万/億/兆 or English million…), if any.
    scale_e: i32,
    has_scale: bool,
    approx: bool,
    bound: Option<Bound>,
    /// CJK numeral characters only (no digits, no English words).
    kanji_only: bool,
    kanji_chars: u32,
    /// Plain digit integer with this many digits (for years).
    plain_digits: Option<u32>,
    leading_zero: bool,
    /// Came from English number words.
    english: bool,
    /// Money given in a minor unit (cents, pence).
    minor_unit: bool,
}

impl Qty {
    /// A plain number ending at `end`: no unit, scale or qualifier yet ([`base_qty`] adds what
    /// a parsed numeral says about how it was written).
    fn number(end: usize, value: Decimal, precision: Decimal) -> Qty {
        Qty {
            end,
            value,
            precision,
            kind: Kind::Number,
            unit: "",
            has_unit: false,
            scale_e: 0,
            has_scale: false,
            approx: false,
            bound: None,
            kanji_only: false,
            kanji_chars: 0,
            plain_digits: None,
            leading_zero: false,
            english: false,
            minor_unit: false,
        }
    }
}

/// What the forward parse found.
enum Parsed {
    Qty(Qty),
    /// Not a figure: resume scanning at this byte.
    Skip(usize),
}

/// Try a figure whose numeral starts at `p`; push it to `out`. Returns where to resume.
/// A number too large to hold (its scaled value overflows a decimal) is no figure.
pub(crate) fn candidate(text: &str, p: usize, floor: usize, out: &mut Vec<RawFigure>) -> usize {
    macro_rules! checked {
        ($e:expr) => {
            match $e {
                Some(v) => v,
                None => return skip_end(text, p).max(p + 1),
            }
        };
    }
    let b = text.as_bytes();
    // A currency symbol or code before the numeral ($ 75, US$4.7, EUR 125).
    let mut cur_prefix: Option<(&'static str, usize)> = None;
    {
        let mut j = p;
        while j > floor && b[j - 1] == b' ' && p - j < 3 {
            j -= 1;
        }
        if let Some((code, st)) = units::prefix_currency(text, j) {
            if st >= floor {
                cur_prefix = Some((code, st));
            }
        }
    }
    if cur_prefix.is_none() && exclude::blocked_by_prefix(text, p) {
        return skip_end(text, p);
    }
    let q1 = match parse_qty(text, p, cur_prefix.map(|c| c.0)) {
        Parsed::Qty(q) => q,
        Parsed::Skip(e) => return e,
    };
    let mut end = q1.end;
    let mut fig = q1.clone();
    let mut range: Option<(Decimal, Decimal)> = None;

    // Look back for qualifiers and a sign.
    let mut start = cur_prefix.map_or(p, |c| c.1);
    let mut approx = false;
    let mut bound: Option<Bound> = None;
    let mut negative = false;
    let mut between = false;
    for _ in 0..3 {
        // The currency may come after a qualifier ("about $5") or before a sign ("$-5").
        let Some((qq, st)) = qualifiers::prefix_qualifier(text, start, floor) else {
            break;
        };
        apply_q(&mut approx, &mut bound, &mut negative, qq);
        between |= qq.between;
        start = st;
        if cur_prefix.is_none() {
            if let Some((code, cst)) = units::prefix_currency(text, start) {
                if cst >= floor {
                    cur_prefix = Some((code, cst));
                    start = cst;
                }
            }
        }
    }
    money_from_prefix(&mut fig, cur_prefix);

    // "percent of 10", "per cent of twenty-two": a percentage named before its number.
    if fig.kind == Kind::Number && !fig.has_unit && cur_prefix.is_none() {
        if let Some(ps) = percent_of_before(text, start, floor) {
            set(&mut fig, Kind::Percent, "%");
            fig.precision = fig.precision.min(Decimal::ONE);
            start = ps;
        }
    }

    // A range: connector, then a second quantity.
    if fig.bound.is_none() && !fig.approx {
        if let Some((q2, e2)) = range_tail(text, &fig, end, between) {
            let (lo_scaled, lo_prec) = if !fig.has_scale && q2.has_scale && !q1.has_unit {
                let m = pow10(q2.scale_e);
                (
                    checked!(fig.value.checked_mul(m)),
                    checked!(fig.precision.checked_mul(m)),
                )
            } else {
                (fig.value, fig.precision)
            };
            if lo_scaled <= q2.value || negative {
                if !fig.has_unit || fig.kind == Kind::Number && fig.unit.is_empty() {
                    fig.kind = q2.kind;
                    fig.unit = q2.unit;
                    fig.has_unit = q2.has_unit;
                }
                fig.value = lo_scaled;
                fig.precision = lo_prec;
                if matches!(q2.kind, Kind::Percent | Kind::PercentPoint)
                    && q2.precision <= Decimal::ONE
                {
                    fig.precision = fig.precision.min(Decimal::ONE);
                }
                fig.kanji_only &= q2.kanji_only;
                fig.kanji_chars += q2.kanji_chars;
                fig.approx |= q2.approx;
                fig.bound = q2.bound;
                range = Some((lo_scaled, q2.value));
                end = e2;
            }
        }
    }
    // The range may have taken a bare number's unit from its second end: look again.
    money_from_prefix(&mut fig, cur_prefix);

    if fig.kind == Kind::Money {
        if let Some((_, st)) = cur_prefix {
            // MUSD 30, MAUD 60: millions.
            let pre = &text[st..];
            if pre.len() > 4
                && pre.as_bytes()[0] == b'M'
                && pre.as_bytes()[1..4].iter().all(u8::is_ascii_uppercase)
                && !fig.has_scale
            {
                fig.value = checked!(fig.value.checked_mul(pow10(6)));
                fig.precision = checked!(fig.precision.checked_mul(pow10(6)));
            }
            // ¥ is the yuan in Chinese prose.
            if fig.unit == "JPY"
                && (pre.starts_with('¥') || pre.starts_with('￥'))
                && chinese_context(text, st, end)
            {
                fig.unit = "CNY";
            }
        }
        if range.is_none() && !fig.minor_unit {
            if let Some((add, prec, e2)) = minor_tail(text, end, fig.unit) {
                fig.value += add;
                fig.precision = fig.precision.min(prec);
                end = e2;
            }
        }
    }

    // "- 10  k", "- 1 4/5": a minus sign set apart by spaces, for a number on its own.
    if !negative && cur_prefix.is_none() && text[end..].trim().is_empty() {
        let head = text[floor..start].trim_end_matches(' ');
        if head.len() + floor < start {
            if let Some(h) = head.strip_suffix('-') {
                if h.trim().is_empty() {
                    negative = true;
                    start = floor + h.len();
                }
            }
        }
    }
    // Validity of what we have.
    let whole = whole_span(text, start, end);
    if !whole
        && !acceptable(
            text,
            p,
            end,
            &fig,
            cur_prefix.is_some() || approx || bound.is_some(),
            negative,
        )
    {
        return skip_after(text, p, end);
    }
    // Bare numbers: years, list markers.
    if !fig.has_unit {
        if range.is_none()
            && exclude::list_marker(text, p, end)
            && !approx
            && bound.is_none()
            && !negative
        {
            return end;
        }
        if range.is_none() && !approx && bound.is_none() && cur_prefix.is_none() {
            // 0900, 〇〇 (a placeholder), "課題3：", "tsuzumi 2": labels and codes.
            let zero_word = fig.kanji_only && standalone_numeral(text, p, end);
            if (fig.leading_zero || (fig.kanji_only && fig.value.is_zero())) && !whole && !zero_word
            {
                return end;
            }
            if text[end..].starts_with('：') || (text[end..].starts_with(':') && !fig.english) {
                return end;
            }
            if exclude::after_name(text, p, end) {
                return end;
            }
        }
        let hi_ok =
            range.is_none_or(|(_, hi)| hi >= Decimal::from(1900) && hi <= Decimal::from(2100));
        if fig.plain_digits == Some(4) && hi_ok && bare_year(text, p, end, &fig) {
            fig.kind = Kind::Year;
            fig.precision = Decimal::ONE;
        }
    }
    approx |= fig.approx;
    if let Some(bd) = fig.bound {
        bound = Some(bd);
    }
    let mut value = fig.value;
    if negative {
        value = -value;
        range = range.map(|(lo, hi)| (-hi, -lo));
        if let Some((lo, _)) = range {
            value = lo;
        }
    }
    out.push(RawFigure {
        start,
        end,
        value: value.normalize(),
        kind: fig.kind,
        unit: fig.unit.to_string(),
        approx,
        bound,
        range: range.map(|(a, c)| (a.normalize(), c.normalize())),
        precision: fig.precision.normalize(),
    });
    end
}

/// Whether the text around `s..e` is Chinese: CJK ideographs and no kana nearby.
fn chinese_context(text: &str, s: usize, e: usize) -> bool {
    let mut a = s.saturating_sub(90);
    while !text.is_char_boundary(a) {
        a += 1;
    }
    let mut z = (e + 90).min(text.len());
    while !text.is_char_boundary(z) {
        z -= 1;
    }
    let mut han = false;
    for c in text[a..z].chars() {
        if ('\u{3040}'..='\u{30FF}').contains(&c) {
            return false;
        }
        han |= ('\u{4E00}'..='\u{9FFF}').contains(&c);
    }
    han
}

/// A minor-unit amount after a money amount ending at `i` (`3 dollars 50 cents`,
/// `thirteen dollars and forty-five cents`, `2ドル3セント`, `5元3角`, `50元6角3分`,
/// `10円5銭`, `15 dollars 50.`): (amount in the major unit, precision, end).
fn minor_tail(text: &str, i: usize, code: &str) -> Option<(Decimal, Decimal, usize)> {
    let b = text.as_bytes();
    let mut j = i;
    let mut and = false;
    let mut to = false;
    if b.get(j) == Some(&b' ') {
        j += 1;
        if b.len() >= j + 4 && b[j..j + 3].eq_ignore_ascii_case(b"and") && b[j + 3] == b' ' {
            j += 4;
            and = true;
        }
    } else if let Some(r) = ["と", "又", "零"]
        .iter()
        .find(|c| text[j..].starts_with(**c))
    {
        j += r.len();
        to = true;
    }
    let english = b.get(j).is_some_and(|c| c.is_ascii_alphabetic());
    let (v, e) = if english {
        let (v, _, e) = english::parse_english(text, j)?;
        (v, e)
    } else {
        let n = numeral::parse_numeral(text, j)?;
        if n.big_scale
            || n.value.fract() != Decimal::ZERO
            || n.leading_zero && n.value > Decimal::from(9)
        {
            return None;
        }
        (n.value, n.end)
    };
    if v.is_zero() || v >= Decimal::ONE_HUNDRED {
        return None;
    }
    let cent = Decimal::new(1, 2);
    let dime = Decimal::new(1, 1);
    // An explicit minor unit.
    let se = skip_space(b, e);
    let minor: &[(&str, Decimal)] = match code {
        "CNY" => &[
            ("角", dime),
            ("毛", dime),
            ("mao", dime),
            ("jiao", dime),
            ("分", cent),
        ],
        "JPY" => &[("日本銭", cent), ("銭", cent), ("sen", cent)],
        "GBP" => &[("pence", cent), ("penny", cent), ("p", cent)],
        _ => &[
            ("cents", cent),
            ("cent", cent),
            ("セント", cent),
            ("美分", cent),
        ],
    };
    for &(w, m) in minor {
        let at = if w.as_bytes()[0].is_ascii_alphabetic() {
            se
        } else {
            e
        };
        let Some(r) = text.get(at..) else { continue };
        let hit = if w.as_bytes()[0].is_ascii_alphabetic() {
            r.len() >= w.len()
                && r.as_bytes()[..w.len()].eq_ignore_ascii_case(w.as_bytes())
                && units::word_end(b, at + w.len())
        } else {
            r.starts_with(w)
        };
        if hit && (m == cent || v < Decimal::TEN) {
            let mut add = v.checked_mul(m)?;
            let mut end = at + w.len();
            let mut prec = m;
            if m == dime {
                // 6角3分, five mao five: the fen.
                let k = skip_space(b, end);
                let k = if b.len() >= k + 4 && b[k..k + 4].eq_ignore_ascii_case(b"and ") {
                    k + 4
                } else {
                    k
                };
                let n3 = if b.get(k).is_some_and(|c| c.is_ascii_alphabetic()) {
                    english::parse_english(text, k).map(|(v, _, e)| (v, e))
                } else {
                    numeral::parse_numeral(text, k).map(|n| (n.value, n.end))
                };
                if let Some((v3, e3)) = n3 {
                    if v3 < Decimal::TEN && v3.fract().is_zero() {
                        let e3f = if text[e3..].starts_with('分') {
                            e3 + 3
                        } else {
                            e3
                        };
                        let bare_ok = e3f > e3 || !continues(text, e3);
                        if bare_ok {
                            add = add.checked_add(v3.checked_mul(cent)?)?;
                            end = e3f;
                            prec = cent;
                        }
                    }
                }
            }
            return Some((add, prec, end));
        }
    }
    // A bare number of cents: only where a sentence or clause ends after it.
    let bare = if english || (b.get(i) == Some(&b' ') && digit_at(b, j).is_some()) {
        !continues(text, e) && (i == j - 1 || and || english)
    } else {
        to && (text[e..].starts_with('で') || !continues(text, e) && !text[e..].starts_with('、'))
            && units::cjk_unit(text, e).is_none()
    };
    let bare = bare || (english || and || i + 1 == j) && text[e..].starts_with(" more");
    bare.then_some((v.checked_mul(cent)?, cent, e))
}

/// Whether the text at `e` goes on with a word, number or unit (not a clause end).
fn continues(text: &str, e: usize) -> bool {
    match char_at(text, e) {
        None => false,
        Some((c, _)) => {
            if matches!(
                c,
                '.' | ',' | ';' | '!' | '?' | ')' | '。' | '、' | '，' | '！' | '？' | '）'
            ) {
                return false;
            }
            if c == ' ' {
                return !matches!(text.as_bytes().get(e + 1), None | Some(b'.' | b','));
            }
            // Hiragana goes on as grammar (です, で), not as a unit.
            !('\u{3040}'..='\u{309F}').contains(&c)
        }
    }
}

/// `percent of ` (or `percents of`, `per cent of`) ending at `i`, not itself after a
/// number (`30 percent of 200 firms` is a count of firms): its start.
fn percent_of_before(text: &str, i: usize, floor: usize) -> Option<usize> {
    let head = text.as_bytes().get(floor..i)?;
    for pre in [&b"percent of "[..], b"percents of ", b"per cent of "] {
        let n = pre.len();
        if head.len() >= n && head[head.len() - n..].eq_ignore_ascii_case(pre) {
            let st = i - n;
            if !units::word_start(text.as_bytes(), st) {
                return None;
            }
            let mut j = st;
            while j > floor && text.as_bytes()[j - 1] == b' ' {
                j -= 1;
            }
            let ws = exclude::word_before(text.as_bytes(), j);
            let w = &text[ws..j];
            let numeric =
                w.bytes().any(|c| c.is_ascii_digit()) || english::is_english_number_word(w);
            return (!numeric).then_some(st);
        }
    }
    None
}

fn apply_q(approx: &mut bool, bound: &mut Option<Bound>, negative: &mut bool, q: Q) {
    *approx |= q.approx;
    if q.bound.is_some() {
        *bound = q.bound;
    }
    *negative ^= q.negative;
}

/// Where to resume after rejecting a numeral at `p`: past the whole token.
fn skip_end(text: &str, p: usize) -> usize {
    let b = text.as_bytes();
    if b[p].is_ascii_alphabetic() {
        return numeral::ascii_word(b, p);
    }
    let e = numeral::numeral_run_end(text, p);
    // Skip glued letters and version dots too (3.5-turbo, 4o).
    if b.get(e)
        .is_some_and(|c| c.is_ascii_alphanumeric() || *c == b'.' || *c == b'-')
    {
        return exclude::token_end(b, e);
    }
    e
}

/// Where to resume after rejecting the figure `p..end`.
fn skip_after(text: &str, p: usize, end: usize) -> usize {
    end.max(skip_end(text, p))
}

/// Whether a figure passes the precision-over-recall rules for kanji numerals.
fn acceptable(text: &str, p: usize, end: usize, q: &Qty, qualified: bool, neg: bool) -> bool {
    if !q.kanji_only {
        return true;
    }
    if exclude::stoplisted(text, p) {
        return false;
    }
    // マイナス一, 负五: a signed numeral.
    if neg && q.kind == Kind::Number && !q.has_unit {
        return true;
    }
    if !q.has_unit && q.kind == Kind::Number && standalone_numeral(text, p, end) {
        return true;
    }
    // A bare numeral quoted on its own: “一”, 「五」 (not 「一部」, 「一強」).
    let open = text[..p].ends_with(['“', '「', '『', '"']);
    let bare = text[p..end].chars().all(|c| cjk(c).is_some());
    if open && bare && text[end..].starts_with(['”', '」', '』', '"']) {
        return true;
    }
    // 〇年後, 〇十年: 〇 as a placeholder digit.
    if text[p..].starts_with('〇') && q.has_unit && q.value.is_zero() {
        return false;
    }
    // Dozens and measures: 一ダース, 十打, 八トン, 十キロ, 十斤.
    let tail = &text[p..end];
    let measure = tail.contains("ダース")
        || tail.ends_with('打')
        || tail.ends_with('對')
        || (q.kind == Kind::Number && matches!(q.unit, "t" | "キロ" | "km" | "斤"));
    if measure {
        return true;
    }
    let strong = match q.kind {
        Kind::Percent | Kind::PercentPoint | Kind::Money | Kind::Year => true,
        Kind::Count => matches!(
            q.unit,
            "人" | "名"
                | "社"
                | "件"
                | "種類"
                | "台"
                | "個"
                | "个"
                | "つ"
                | "か国"
                | "か所"
                | "年間"
                | "時間"
                | "日間"
                | "か月"
                | "週間"
                | "歳"
                | "家"
                | "项"
                | "店舗"
                | "拠点"
                | "回"
                | "本"
                | "枚"
                | "冊"
                | "校"
                | "双"
                | "雙"
                | "只"
                | "匹"
                | "年"
        ),
        Kind::Number => q.unit == "倍",
    };
    if q.kanji_chars == 1 {
        let one = q.value == Decimal::ONE;
        if one {
            return q.kind == Kind::Percent
                || (q.kind == Kind::Money && !text[p..].starts_with("一円"));
        }
        return strong;
    }
    strong || q.has_unit || q.kanji_chars >= 2 || qualified
}

/// Whether the bare kanji numeral `p..e` stands on its own in the sentence: the subject
/// at the start of a line (三は素数です, 一と二百は…), the predicate (答えは五です), after
/// another numeral and と (三百と〇は), or 零 before a particle (零となる).
fn standalone_numeral(text: &str, p: usize, e: usize) -> bool {
    let head = &text[..p];
    let line_start =
        head.trim_end_matches([' ', '\u{3000}']).is_empty() || head.ends_with(['\n', '。']);
    let after_num_to = head.strip_suffix('と').is_some_and(|h| {
        h.chars()
            .next_back()
            .is_some_and(|c| cjk(c).is_some() || c.is_ascii_digit())
    });
    let rest = &text[e..];
    // 〇〇 is a placeholder (交換部品は〇〇です).
    if text[p..e].starts_with('〇') && e - p > '〇'.len_utf8() {
        return false;
    }
    ((line_start || after_num_to) && subject_after(text, e))
        || (head.ends_with('は') && (rest.starts_with("です") || rest.starts_with('。')))
        || (text[p..].starts_with('零') && zero_particle(text, e))
}

/// Whether a bare numeral ending at `e` is followed by the topic particle は, or by と
/// and another numeral (三は…, 一と二百…).
fn subject_after(text: &str, e: usize) -> bool {
    let r = &text[e..];
    r.starts_with("は")
        || r.strip_prefix("と").is_some_and(|r2| {
            r2.chars().next().is_some_and(|c| {
                cjk(c).is_some() || c.is_ascii_digit() || r2.starts_with("マイナス")
            })
        })
}

/// Whether 零 ending at `e` is followed by a particle (零となる, 零に, 零で).
fn zero_particle(text: &str, e: usize) -> bool {
    text[e..].starts_with(['と', 'に', 'で', 'を', 'が', 'は'])
}

/// Whether `s..e` is the whole input, but for spaces: a numeral phrase on its own
/// (`二`, `零`, `0123`), which reads as a number whatever the prose rules say.
fn whole_span(text: &str, s: usize, e: usize) -> bool {
    text[..s].trim().is_empty() && text[e..].trim().is_empty()
}

/// Whether `s..e`, after an optional sign, is the whole input.
fn whole_after_sign(text: &str, s: usize, e: usize) -> bool {
    let head = text[..s].trim_end();
    let head = head
        .strip_suffix(['-', '−', '－'])
        .or_else(|| head.strip_suffix("负"))
        .or_else(|| head.strip_suffix("負"))
        .or_else(|| head.strip_suffix("マイナス"))
        .unwrap_or(head);
    head.trim().is_empty() && text[e..].trim().is_empty()
}

/// Notations after a digit literal `nn` (which starts at `p`): exponents (`1.3e6`,
/// `2.5^-1`, `1.3x10^6`) and fractions (`3/100`, `1 4/5`). Returns (value, precision,
/// end). A slash fraction that could be a date (`6/5`, `12/3`) is read only when it
/// is the whole input (`-3/2`) or a mixed number (`2 1/4`).
fn digit_notation(text: &str, p: usize, nn: &Numeral) -> Option<(Decimal, Decimal, usize)> {
    let b = text.as_bytes();
    let e = nn.end;
    if nn.kanji_chars > 0 || nn.big_scale {
        return None;
    }
    // A signed integer exponent at `j`: (exponent, end).
    let exponent = |mut j: usize, multi_sign: bool| -> Option<(i32, usize)> {
        let mut neg = false;
        let mut signs = 0;
        loop {
            match char_at(text, j) {
                Some(('+', l)) => j += l,
                Some(('-' | '−' | '－', l)) => {
                    neg = !neg;
                    j += l;
                }
                _ => break,
            }
            signs += 1;
        }
        if signs > 1 && !multi_sign {
            return None;
        }
        let s = j;
        let mut v: i32 = 0;
        while let Some((d, l)) = digit_at(b, j) {
            v = v.checked_mul(10)?.checked_add(d as i32)?;
            j += l;
            if j - s > 9 {
                return None;
            }
        }
        if j == s
            || b.get(j)
                .is_some_and(|c| c.is_ascii_alphanumeric() || *c == b'.')
        {
            return None;
        }
        Some((if neg { -v } else { v }, j))
    };
    let c = *b.get(e)?;
    // 1.3e6, 12.32e+14, -12e-1, 2.7890e－1
    if c == b'e' || c == b'E' {
        let (x, j) = exponent(e + 1, false)?;
        if x.abs() > 20 {
            return None;
        }
        let v = nn.value.checked_mul(pow10(x))?;
        return Some((v, nn.precision.checked_mul(pow10(x))?, j));
    }
    // 1.3x10^6, 6.23×10^-4
    for times in ["x10^", "×10^", "X10^"] {
        if text[e..].starts_with(times) {
            let (x, j) = exponent(e + times.len(), false)?;
            if x.abs() > 20 {
                return None;
            }
            let v = nn.value.checked_mul(pow10(x))?;
            return Some((v, nn.precision.checked_mul(pow10(x))?, j));
        }
    }
    // 2^5, 2.5^-1, 1.1^--23
    if c == b'^' {
        let (x, j) = exponent(e + 1, true)?;
        let base: f64 = nn.value.to_string().parse().ok()?;
        let v = base.powi(x);
        if !v.is_finite() || v.abs() > 1e20 || (v != 0.0 && v.abs() < 1e-20) {
            return None;
        }
        let v = Decimal::from_f64_retain(v)?.round_sf(15)?;
        return Some((v, Decimal::new(1, 6), j));
    }
    let int = |n: &Numeral| n.plain_int_digits.is_some() && !n.leading_zero;
    // A fraction `n/d` starting at `s`: (n, d, end).
    let fraction = |s: usize| -> Option<(Decimal, Decimal, usize)> {
        let num = numeral::parse_numeral(text, s)?;
        if !int(&num) || num.kanji_chars > 0 {
            return None;
        }
        let sl = match char_at(text, num.end)? {
            ('/', 1) => 1,
            ('／', l) => l,
            _ => return None,
        };
        digit_at(b, num.end + sl)?;
        let den = numeral::parse_numeral(text, num.end + sl)?;
        if !int(&den) || den.kanji_chars > 0 || den.value.is_zero() {
            return None;
        }
        let de = den.end;
        // 2025/06/01, 3/4/2025, 1/2-3: dates and more.
        if matches!(b.get(de), Some(b'/' | b'-' | b':'))
            || text[de..].starts_with('／')
            || b.get(de).is_some_and(|c| c.is_ascii_alphanumeric())
            || (dot_at(b, de).is_some() && digit_at(b, de + 1).is_some())
        {
            return None;
        }
        Some((num.value, den.value, de))
    };
    // A mixed number: 2 1/4, 1 ３/5.
    if c == b' ' && int(nn) && nn.plain_int_digits.is_some_and(|d| d <= 3) {
        let mut j = e;
        while b.get(j) == Some(&b' ') && j - e < 2 {
            j += 1;
        }
        if digit_at(b, j).is_some() {
            if let Some((n, d, de)) = fraction(j) {
                let v = nn.value + n / d;
                return Some((v, Decimal::new(1, 6), de));
            }
        }
    }
    if c == b'/' || text[e..].starts_with('／') {
        let (n, d, de) = fraction(p)?;
        let small = |x: Decimal| x >= Decimal::ONE && x <= Decimal::from(31);
        let datelike = small(n) && small(d) && (n <= Decimal::from(12) || d <= Decimal::from(12));
        if !whole_after_sign(text, p, de) {
            // In prose, only a proper fraction that cannot be a date, with a short
            // numerator: 1/100, 7/40 (not 6/5, 50/50, 16/9, 2024/1689).
            let short = |x: Decimal| x < Decimal::ONE_THOUSAND;
            if datelike || n >= d || !short(n) || d > Decimal::from(10_000) {
                return None;
            }
        }
        return Some((n / d, Decimal::new(1, 6), de));
    }
    None
}

/// Whether a bare 4-digit number at `p..end` reads as a year.
fn bare_year(text: &str, p: usize, end: usize, q: &Qty) -> bool {
    let v = q.value;
    if v < Decimal::from(1900) || v > Decimal::from(2100) {
        return false;
    }
    // Glued to CJK text: 2025世界人工知能大会.
    if let Some((c, _)) = char_at(text, end) {
        if (c as u32) >= 0x3000 && !matches!(c, '、' | '。' | '，' | '）' | '」' | '・') {
            return true;
        }
    }
    let b = text.as_bytes();
    let mut j = p;
    while j > 0 && b[j - 1] == b' ' {
        j -= 1;
    }
    if j < p {
        let ws = exclude::word_before(b, j);
        let w = &text[ws..j];
        const YEAR_WORDS: &[&str] = &[
            "in", "by", "since", "from", "until", "till", "through", "of", "during", "early",
            "late", "mid", "before", "after", "fiscal", "year", "between", "and", "to",
        ];
        if exclude::word_in(w, YEAR_WORDS) || exclude::word_in(w, exclude::MONTHS) {
            return true;
        }
    }
    false
}

/// Parse a range tail at `i` after the low end `q1`: connector, second quantity.
/// Returns the second quantity and the end of the range.
fn range_tail(text: &str, q1: &Qty, i: usize, between: bool) -> Option<(Qty, usize)> {
    let b = text.as_bytes();
    let rest = text.get(i..)?;
    let mut kara = false;
    let mut hyphen = false;
    let conn_len = if let Some(c) = rest.chars().next() {
        match c {
            '〜' | '～' | '~' | '–' | '—' | '－' | '至' | '到' => c.len_utf8(),
            '-' => {
                hyphen = true;
                1
            }
            'か' if rest.starts_with("から") => {
                kara = true;
                "から".len()
            }
            ' ' => {
                let r = &rest[1..];
                let rb = r.as_bytes();
                if rb.len() >= 3 && rb[..3].eq_ignore_ascii_case(b"to ") {
                    4
                } else if between && rb.len() >= 4 && rb[..4].eq_ignore_ascii_case(b"and ") {
                    5
                } else if r.starts_with("- ") || r.starts_with("– ") || r.starts_with("— ") {
                    1 + r.chars().next()?.len_utf8() + 1
                } else {
                    return None;
                }
            }
            _ => return None,
        }
    } else {
        return None;
    };
    let mut j = i + conn_len;
    // Optional currency symbol on the high end ($60-$70, 約8,862億円から約1兆339億円).
    let mut sym = None;
    if let Some((code, e)) = units::forward_currency_symbol(text, j) {
        sym = Some(code);
        j = e;
        while b.get(j) == Some(&b' ') {
            j += 1;
        }
    }
    if kara {
        if let Some(r) = text[j..].strip_prefix("約") {
            j = text.len() - r.len();
        }
    }
    // The second numeral must start here.
    let starts = digit_at(b, j).is_some()
        || char_at(text, j)
            .is_some_and(|(c, _)| matches!(cjk(c), Some(Cjk::Digit(_) | Cjk::Small(_))))
        || (b.get(j).is_some_and(|c| c.is_ascii_alphabetic()) && !q1.english && !hyphen && {
            let we = numeral::ascii_word(b, j);
            english::is_english_number_word(&text[j..we])
        });
    if !starts {
        return None;
    }
    // Kinds must agree: digits with digits, kanji with kanji.
    let q2 = match parse_qty(text, j, sym) {
        Parsed::Qty(q) => q,
        Parsed::Skip(_) => return None,
    };
    if hyphen {
        // Dates and phone numbers: 2025-06-01, 03-1234-5678.
        if q2.leading_zero || q1.leading_zero || q1.kanji_only || q2.kanji_only {
            return None;
        }
        if b.get(q2.end) == Some(&b'-') && digit_at(b, q2.end + 1).is_some() {
            return None;
        }
    }
    let mut q2 = q2;
    if let Some(code) = sym {
        if q2.kind == Kind::Number && q2.unit.is_empty() {
            q2.kind = Kind::Money;
            q2.unit = code;
            q2.has_unit = true;
        }
    }
    // Units must agree when both are given.
    if q1.has_unit && q2.has_unit && (q1.kind != q2.kind || q1.unit != q2.unit) {
        return None;
    }
    if kara && !q2.has_unit {
        return None;
    }
    // "2024-25": a year range written short.
    if q1.plain_digits == Some(4) && q2.plain_digits == Some(2) && hyphen {
        let century = q1.value - (q1.value % Decimal::from(100));
        q2.value += century;
    }
    let mut end = q2.end;
    if kara && text[end..].starts_with("まで") {
        end += "まで".len();
    }
    Some((q2, end))
}

/// Parse numeral, scale, unit and trailing qualifiers at `p`. A value too large to hold is
/// no figure.
fn parse_qty(text: &str, p: usize, money_prefix: Option<&'static str>) -> Parsed {
    macro_rules! checked {
        ($e:expr) => {
            match $e {
                Some(v) => v,
                None => return Parsed::Skip(skip_end(text, p).max(p + 1)),
            }
        };
    }
    let b = text.as_bytes();
    // 百分之二十 / 千分之五: a percentage written before its number.
    // 万分之三 (0.03%), 万万分之七: per ten-thousand.
    for (pre, e) in [
        ("百分之", 0),
        ("佰分之", 0),
        ("万分之", 2),
        ("萬分之", 2),
        ("万万分之", 6),
        ("萬萬分之", 6),
    ] {
        if text[p..].starts_with(pre) {
            let s = p + pre.len();
            let Some(n) = numeral::parse_numeral(text, s) else {
                return Parsed::Skip(s);
            };
            let d = pow10(e);
            let (mut v, mut pr, mut end) = (n.value, n.precision, n.end);
            // 百分之15k: a glued thousands suffix.
            if n.has_digits {
                if let Some((c, l)) = char_at(text, end) {
                    let next_alpha = b.get(end + l).is_some_and(|c| c.is_ascii_alphanumeric());
                    if matches!(c, 'k' | 'K' | 'Ｋ') && !next_alpha {
                        v = checked!(v.checked_mul(Decimal::ONE_THOUSAND));
                        pr = checked!(pr.checked_mul(Decimal::ONE_THOUSAND));
                        end += l;
                    }
                }
            }
            let mut n = n;
            n.end = end;
            v /= d;
            pr /= d;
            let mut q = base_qty(&n, v, pr);
            q.kind = Kind::Percent;
            q.unit = "%";
            if e == 0 {
                q.precision = q.precision.min(Decimal::ONE);
            }
            q.has_unit = true;
            q.kanji_only = false;
            let end = suffix_quals(text, n.end, &mut q);
            q.end = end;
            return Parsed::Qty(q);
        }
    }
    // 五五折, 三八折: two kanji digits before 折 read positionally (55%, 38%).
    if let (Some((c1, l1)), true) = (char_at(text, p), b.len() >= p + 9) {
        if let (Some(Cjk::Digit(d1)), Some((c2, l2))) = (cjk(c1), char_at(text, p + l1)) {
            if let Some(Cjk::Digit(d2)) = cjk(c2) {
                let e = p + l1 + l2;
                if d1 > 0 && text[e..].starts_with('折') && !units::zhe_verb(text, e + 3) {
                    let n = Numeral {
                        value: Decimal::from(d1 * 10 + d2),
                        precision: Decimal::ONE,
                        end: e + 3,
                        kanji_chars: 2,
                        has_digits: false,
                        big_scale: false,
                        ends_with_multiplier: false,
                        plain_int_digits: None,
                        leading_zero: false,
                        abbrev: None,
                    };
                    let mut q = base_qty(&n, n.value, n.precision);
                    set(&mut q, Kind::Percent, "%");
                    q.end = suffix_quals(text, n.end, &mut q);
                    return Parsed::Qty(q);
                }
            }
        }
    }
    let mut q;
    let mut e;
    let n: Option<Numeral>;
    if b[p].is_ascii_alphabetic() {
        let (v, pr, end) = match english::parse(text, p) {
            Some(english::En::Number(v, pr, end)) => (v, pr, end),
            // twenty-first, one hundred fifth: ordinals are not figures.
            Some(english::En::Ordinal(end)) => return Parsed::Skip(end),
            None => return Parsed::Skip(numeral::ascii_word(b, p)),
        };
        // one over three, two out of five, one in twenty
        if money_prefix.is_none() {
            if let Some((r, re)) = english::ratio_tail(text, v, end) {
                return Parsed::Qty(fraction_qty(text, r, re, true));
            }
        }
        // the one you mentioned, that one, no one: a pronoun.
        if english::pronoun_one(text, p, end) && units::en_unit(text, skip_space(b, end)).is_none()
        {
            return Parsed::Skip(end);
        }
        q = Qty {
            english: true,
            ..Qty::number(end, v, pr)
        };
        e = end;
        n = None;
        if v >= Decimal::from(1000) {
            q.has_scale = true;
        }
    } else {
        // ½, ⅔: a fraction in one character.
        if let Some((v, ve)) = numeral::vulgar_fraction(text, p) {
            return Parsed::Qty(fraction_qty(text, v, ve, false));
        }
        let Some(nn) = numeral::parse_numeral(text, p) else {
            return Parsed::Skip(skip_end(text, p));
        };
        q = base_qty(&nn, nn.value, nn.precision);
        // 两千四百五 = 2450 in Chinese (Japanese 百五 is 105).
        if let Some((v, pr)) = nn.abbrev {
            if chinese_context(text, p, nn.end) {
                q.value = v;
                q.precision = pr;
            }
        }
        e = nn.end;
        if nn.big_scale {
            q.has_scale = true;
            q.scale_e = big_scale_exp(&nn);
        }
        n = Some(nn);
    }
    let digits = n.as_ref().is_some_and(|n| n.has_digits);
    // Things right after a digit numeral that make it not a figure.
    if digits {
        let nn = n.as_ref().unwrap();
        if let Some((v, pr, e2)) = digit_notation(text, p, nn) {
            q.value = v;
            q.precision = pr;
            q.plain_digits = None;
            q.end = e2;
            q.end = suffix_quals(text, e2, &mut q);
            return Parsed::Qty(q);
        }
        if let Some(dl) = dot_at(b, e) {
            if digit_at(b, e + dl).is_some() {
                // 1.2.3, 192.168.1.2
                return Parsed::Skip(exclude::token_end(b, e));
            }
        }
        if b.get(e) == Some(&b'-') && digit_at(b, e + 1).is_some() {
            // 2025-06-01, 03-1234-5678: dates and phone numbers.
            let mut k = e;
            let mut groups = 1;
            let mut zero = false;
            while b.get(k) == Some(&b'-') && b.get(k + 1).is_some_and(|c| c.is_ascii_digit()) {
                zero |= b[k + 1] == b'0';
                k += 1;
                while k < b.len() && b[k].is_ascii_digit() {
                    k += 1;
                }
                groups += 1;
            }
            if groups >= 3 || (zero && nn.plain_int_digits == Some(4)) {
                return Parsed::Skip(k);
            }
        }
        if matches!(b.get(e), Some(b':') | Some(b'/')) && digit_at(b, e + 1).is_some() {
            let mut k = e;
            while k < b.len() && (b[k].is_ascii_digit() || b[k] == b':' || b[k] == b'/') {
                k += 1;
            }
            return Parsed::Skip(k);
        }
        if let Some((c, _)) = char_at(text, e) {
            if c == '数' {
                return Parsed::Skip(e);
            }
        }
        // 2½
        if matches!(b.get(e), Some(0xC2 | 0xE2))
            && nn.plain_int_digits.is_some()
            && !nn.leading_zero
        {
            if let Some((f, fe)) = numeral::vulgar_fraction(text, e) {
                q.value += f;
                q.precision = Decimal::new(1, 6);
                q.plain_digits = None;
                e = fe;
            }
        }
        // 1 over 3, 2000 over 3, 2 out of 5 (not "in 2019 over 3").
        if nn.plain_int_digits.is_some() && !nn.leading_zero && money_prefix.is_none() {
            if let Some((r, re)) = english::ratio_tail(text, nn.value, e) {
                if !(nn.plain_int_digits == Some(4) && bare_year(text, p, e, &q)) {
                    return Parsed::Qty(fraction_qty(text, r, re, false));
                }
            }
        }
        // English scale (million, bn, k).
        if !nn.big_scale && !nn.ends_with_multiplier {
            if let Some((se, send, glued)) = units::en_scale(text, e, money_prefix.is_some()) {
                let money_after = units::en_unit(text, skip_space(b, send))
                    .is_some_and(|(u, _)| matches!(u, U::Money(_) | U::MoneyExp(..)))
                    || units::cjk_unit(text, send)
                        .is_some_and(|(u, _)| matches!(u, U::Money(_) | U::MoneyExp(..)));
                // 10M, 1.5M, 1.2b: a glued capital M needs a decimal or two digits (3M is
                // a company), a glued b or B a decimal (70B, 405B name model sizes); a
                // glued m is metres. Not after a version number either (Gemma 3 270M).
                let (scale_at, suffix) = (e, &text[e..send]);
                let decimal = nn.precision < Decimal::ONE;
                let two_digits = decimal || nn.plain_int_digits.is_some_and(|d| d >= 2);
                let letter = ((suffix == "M" && two_digits)
                    || (suffix.eq_ignore_ascii_case("b") && decimal)
                    || suffix.eq_ignore_ascii_case("mil"))
                    && !after_version(b, p);
                let ok = !glued || money_prefix.is_some() || money_after || se == 3 || letter;
                if ok {
                    let m = pow10(se);
                    q.value = checked!(q.value.checked_mul(m));
                    q.precision = checked!(nn.precision.checked_mul(m));
                    q.has_scale = true;
                    q.scale_e = se;
                    q.plain_digits = None;
                    e = send;
                    if english::spelled_scale(text, scale_at).is_some() && q.value.fract().is_zero()
                    {
                        // 4 thousand 3 hundred and 21, 6 crore and two hundred
                        if let Some((add, pr, ce)) = english::scale_chain(text, e, se) {
                            q.value += add;
                            q.precision = pr;
                            e = ce;
                        }
                    }
                    // 3 million and a half
                    if se >= 3 {
                        if let Some((f, fe)) = english::and_a_fraction(text, e) {
                            q.value = checked!(q.value.checked_add(checked!(f.checked_mul(m))));
                            q.precision = Decimal::new(1, 6);
                            e = fe;
                        }
                    }
                }
            }
        }
        if b.get(e).is_some_and(|c| c.is_ascii_alphabetic()) {
            // Glued letters: only units are allowed (5GW, 10x, 115.5USD); 3rd, 5G, 4K are not figures.
            match units::en_unit(text, e) {
                Some((U::Skip, _)) | None => return Parsed::Skip(exclude::token_end(b, e)),
                _ => {}
            }
        }
    }
    // Chinese/Japanese "more than" between numeral and unit: 100多家, 3000余亿.
    let mut more = false;
    if let Some((c, l)) = char_at(text, e) {
        let vague = matches!(c, '多' | '余' | '几' | '幾');
        // 十多万, 500余万, 二十几万: "more than" / "some" before a scale.
        let scale = char_at(text, e + l).and_then(|(c2, l2)| match cjk(c2) {
            Some(Cjk::Big(se)) if !q.has_scale || se > q.scale_e as u32 => Some((se, l2)),
            _ => None,
        });
        if let (true, Some((se, l2))) = (vague && q.value.fract().is_zero(), scale) {
            let m = pow10(se as i32);
            q.value = checked!(q.value.checked_mul(m));
            q.precision = checked!(q.precision.checked_mul(m));
            q.has_scale = true;
            q.scale_e = se as i32;
            q.kanji_chars += 1;
            q.plain_digits = None;
            if c == '几' || c == '幾' {
                q.approx = true;
            } else {
                more = true;
            }
            e += l + l2;
        } else if (c == '多' || c == '余') && units::cjk_unit(text, e + l).is_some() {
            more = true;
            e += l;
        }
    }
    // Mixed fractions: 2と4分の1, 三百五十又三分之一, 3又一千分之23.
    for conj in ["と", "又"] {
        let Some(s) = text[e..].strip_prefix(conj).map(|r| text.len() - r.len()) else {
            continue;
        };
        let Some(n1) = numeral::parse_numeral(text, s) else {
            continue;
        };
        // 三百と二ダース: a number and some dozens.
        if conj == "と" && text[n1.end..].starts_with("ダース") && q.value.fract().is_zero() {
            q.value = checked!(q
                .value
                .checked_add(checked!(n1.value.checked_mul(Decimal::from(12)))));
            q.precision = Decimal::ONE;
            q.kanji_only = false;
            q.plain_digits = None;
            q.has_unit = true;
            q.end = n1.end + "ダース".len();
            return Parsed::Qty(q);
        }
        for sep in ["分の", "分之"] {
            if !text[n1.end..].starts_with(sep) || n1.value.is_zero() {
                continue;
            }
            let Some(n2) = numeral::parse_numeral(text, n1.end + sep.len()) else {
                continue;
            };
            if q.value.fract().is_zero() && n1.value.fract().is_zero() {
                q.value += n2.value / n1.value;
                q.precision = Decimal::new(1, 6);
                q.kind = Kind::Number;
                q.unit = "";
                q.has_unit = true;
                q.kanji_only = false;
                q.has_scale = false;
                q.plain_digits = None;
                q.end = suffix_quals(text, n2.end, &mut q);
                return Parsed::Qty(q);
            }
        }
    }
    // Fractions: 3分の1, 三分之一.
    // 百万万分之七: the numeral, then 万 more.
    let mut den_mult = Decimal::ONE;
    if (text[e..].starts_with('万') || text[e..].starts_with('萬'))
        && text[e + 3..].starts_with("分之")
    {
        den_mult = pow10(4);
        e += 3;
    }
    for sep in ["分の", "分之"] {
        if text[e..].starts_with(sep) {
            let mut s = e + sep.len();
            // 负3分之负一百五十七: a signed numerator.
            let mut neg = false;
            for sign in ["负", "負", "マイナス"] {
                if text[s..].starts_with(sign) {
                    s += sign.len();
                    neg = true;
                }
            }
            if let Some(n2) = numeral::parse_numeral(text, s) {
                if !q.value.is_zero() {
                    let den = checked!(q.value.checked_mul(den_mult));
                    q.value = checked!(n2.value.checked_div(den));
                    if neg {
                        q.value = -q.value;
                    }
                    // 一百分之二 (an explicit 一): a fraction, not a percentage.
                    let explicit = char_at(text, p)
                        .is_some_and(|(c, _)| matches!(cjk(c), Some(Cjk::Digit(_))));
                    q.precision = Decimal::new(1, 6);
                    q.kind = Kind::Number;
                    q.unit = "";
                    if sep == "分之" && den >= Decimal::ONE_HUNDRED && is_pow10(den) && !explicit
                    {
                        // 千分之五, 百万分之五: per-mille and friends, as percentages.
                        q.value = checked!(q.value.checked_mul(Decimal::ONE_HUNDRED));
                        q.precision =
                            checked!(checked!(n2.precision.checked_mul(Decimal::ONE_HUNDRED))
                                .checked_div(den));
                        q.kind = Kind::Percent;
                        q.unit = "%";
                    }
                    q.has_unit = true;
                    q.kanji_only = false;
                    q.has_scale = false;
                    q.end = n2.end;
                    let end = suffix_quals(text, n2.end, &mut q);
                    q.end = end;
                    return Parsed::Qty(q);
                }
            }
            return Parsed::Skip(s);
        }
    }
    // The unit.
    let mut ue = e;
    let spaced = b.get(e) == Some(&b' ');
    if spaced {
        ue += 1;
        // Several spaces only before a percentage unit (一百五十    个百分点).
        let mut k = ue;
        while b.get(k) == Some(&b' ') {
            k += 1;
        }
        if k > ue
            && units::cjk_unit(text, k)
                .is_some_and(|(u, _)| matches!(u, U::Percent | U::PercentPoint))
        {
            ue = k;
        }
    }
    // 12-cent, one-yen: a hyphen before a money word.
    if b.get(e) == Some(&b'-')
        && units::en_unit(text, e + 1)
            .is_some_and(|(u, _)| matches!(u, U::Money(_) | U::MoneyExp(..)))
    {
        ue = e + 1;
    }
    let unit = units::cjk_unit(text, ue)
        .or_else(|| units::en_unit(text, ue))
        .filter(|(u, _)| !(spaced && *u == U::Skip));
    if let Some((u, uend)) = unit {
        // "成" only as a Chinese tenth (七成), not 成長/成功 …
        let cheng_ok = u != U::Cheng
            || char_at(text, uend).is_none_or(|(c, _)| {
                !matches!(
                    c,
                    '長' | '长'
                        | '功'
                        | '立'
                        | '果'
                        | '績'
                        | '绩'
                        | '熟'
                        | '分'
                        | '員'
                        | '员'
                        | '本'
                        | '为'
                        | '為'
                        | '人'
                        | '年'
                        | '形'
                        | '就'
                        | '型'
                        | '約'
                        | '约'
                        | '交'
                        | 'し'
                        | 'す'
                        | 'さ'
                        | 'り'
                        | 'る'
                )
            });
        // A space before a CJK unit is only allowed for a few of them.
        let space_ok = !spaced
            || b[ue].is_ascii_alphabetic()
            || matches!(
                u,
                U::Percent
                    | U::PercentPoint
                    | U::Wari
                    | U::Cheng
                    | U::Money(_)
                    | U::MoneyExp(..)
                    | U::PerMille
                    | U::Zhe
            );
        // "$ 20 $ 37": after a prefix, a symbol before a number starts the next amount.
        let next_amount = money_prefix.is_some()
            && (text[..uend].ends_with('$') || text[..uend].ends_with('€'))
            && digit_at(b, skip_space(b, uend)).is_some();
        if cheng_ok && space_ok && !next_amount {
            match apply_unit(text, p, u, uend, &mut q, n.as_ref()) {
                Some(end) => e = end,
                None => return Parsed::Skip(uend),
            }
        }
    }
    if more {
        q.bound = Some(Bound::Gt);
    }
    q.end = suffix_quals(text, e, &mut q);
    Parsed::Qty(q)
}

/// Whether the numeral at `p` follows a version number and a space (`Llama 3 70B`).
fn after_version(b: &[u8], p: usize) -> bool {
    if p < 2 || b[p - 1] != b' ' || !b[p - 2].is_ascii_digit() {
        return false;
    }
    let mut s = p - 1;
    while s > 0 && (b[s - 1].is_ascii_digit() || b[s - 1] == b'.') {
        s -= 1;
    }
    s == 0 || b[s - 1] == b' ' || b[s - 1].is_ascii_alphabetic()
}

/// A bare fraction (`one over three`, `½`) ending at `end`, with its trailing qualifiers.
fn fraction_qty(text: &str, value: Decimal, end: usize, english: bool) -> Qty {
    let mut q = Qty {
        has_unit: true,
        english,
        ..Qty::number(end, value, Decimal::new(1, 6))
    };
    q.end = suffix_quals(text, end, &mut q);
    q
}

fn is_pow10(v: Decimal) -> bool {
    let mut v = v.normalize();
    while v >= Decimal::TEN && (v % Decimal::TEN).is_zero() {
        v /= Decimal::TEN;
    }
    v == Decimal::ONE
}

fn skip_space(b: &[u8], i: usize) -> usize {
    if b.get(i) == Some(&b' ') {
        i + 1
    } else {
        i
    }
}

fn base_qty(n: &Numeral, value: Decimal, precision: Decimal) -> Qty {
    Qty {
        kanji_only: !n.has_digits,
        kanji_chars: n.kanji_chars,
        plain_digits: n.plain_int_digits,
        leading_zero: n.leading_zero,
        ..Qty::number(n.end, value, precision)
    }
}

/// The power of ten of the largest CJK scale in a numeral's value (for range inheritance).
fn big_scale_exp(n: &Numeral) -> i32 {
    // precision is a power of ten times the scale; the value's magnitude tells the scale.
    let v = n.value.abs();
    for e in [12, 8, 4] {
        if v >= pow10(e) {
            return e;
        }
    }
    0
}

/// Apply unit `u` (which ends at `uend`) to `q`. Returns the new end, or `None` when the
/// unit makes the number a non-figure (a rank, a month, a clock time).
fn apply_unit(
    text: &str,
    p: usize,
    u: U,
    uend: usize,
    q: &mut Qty,
    n: Option<&Numeral>,
) -> Option<usize> {
    let mut end = uend;
    match u {
        U::Percent => {
            // %E5%B0: URL encoding, not a percentage.
            let nb = text.as_bytes();
            if nb.get(uend).is_some_and(|c| c.is_ascii_hexdigit())
                && nb.get(uend + 1).is_some_and(|c| c.is_ascii_hexdigit())
                && text[..uend].ends_with('%')
            {
                return None;
            }
            // Percentages are read to the unit: 100% → 1, not 100.
            q.precision = q.precision.min(Decimal::ONE);
            set(q, Kind::Percent, "%")
        }
        U::PercentPoint => {
            q.precision = q.precision.min(Decimal::ONE);
            set(q, Kind::PercentPoint, "pp")
        }
        U::BasisPoints => {
            q.value /= Decimal::ONE_HUNDRED;
            q.precision /= Decimal::ONE_HUNDRED;
            set(q, Kind::PercentPoint, "pp");
        }
        U::PerMille => {
            q.value /= Decimal::TEN;
            q.precision /= Decimal::TEN;
            set(q, Kind::Percent, "%");
        }
        U::Money(code) | U::MoneyExp(code, _) => {
            let unit_text = &text[..uend];
            if unit_text.ends_with('块') || unit_text.ends_with('塊') {
                // 三块 (three yuan), not 三块石头 (three stones).
                let noun = char_at(text, uend).is_some_and(|(c, _)| {
                    ('\u{4E00}'..='\u{9FFF}').contains(&c) && c != '钱' && c != '錢'
                });
                if noun || q.has_scale {
                    return None;
                }
            }
            set(q, Kind::Money, code);
            if let U::MoneyExp(_, e) = u {
                q.minor_unit = e < 0;
                let m = pow10(e as i32);
                q.value = q.value.checked_mul(m)?;
                q.precision = q.precision.checked_mul(m)?;
            } else if !q.has_scale {
                // 75 USD million
                if let Some((se, send, false)) = units::en_scale(text, end, true) {
                    if se >= 6 {
                        let m = pow10(se);
                        q.value = q.value.checked_mul(m)?;
                        q.precision = q.precision.checked_mul(m)?;
                        q.has_scale = true;
                        end = send;
                    }
                }
            }
        }
        U::Count(c) => set(q, Kind::Count, c),
        U::Dozen => {
            // 打 is a dozen in Chinese only (Japanese 一打 is a stroke, 打席 an at-bat).
            if text[..uend].ends_with('打')
                && (units::da_verb(text, uend) || !chinese_context(text, p, uend))
            {
                return None;
            }
            q.value = q.value.checked_mul(Decimal::from(12))?;
            q.precision = q.precision.checked_mul(Decimal::from(12))?;
            set(q, Kind::Number, "");
        }
        U::Num(c) => set(q, Kind::Number, c),
        U::Wari | U::Cheng => {
            if q.has_scale {
                return Some(q.end);
            }
            q.value = q.value.checked_mul(Decimal::TEN)?;
            q.precision = q.precision.checked_mul(Decimal::TEN)?;
            set(q, Kind::Percent, "%");
            if text[end..].starts_with('半') {
                // 5割半, 三成半
                q.value += Decimal::from(5);
                q.precision = Decimal::from(5);
                end += '半'.len_utf8();
            } else if u == U::Wari {
                // 3割8分(5厘)
                if let Some(n2) = numeral::parse_numeral(text, end) {
                    if text[n2.end..].starts_with('分') && n2.value < Decimal::TEN {
                        q.value += n2.value;
                        q.precision = Decimal::ONE;
                        end = n2.end + '分'.len_utf8();
                        if let Some(n3) = numeral::parse_numeral(text, end) {
                            if text[n3.end..].starts_with('厘') && n3.value < Decimal::TEN {
                                q.value += n3.value / Decimal::TEN;
                                q.precision = Decimal::new(1, 1);
                                end = n3.end + '厘'.len_utf8();
                            }
                        }
                    }
                }
            } else if let Some(n2) = numeral::parse_numeral(text, end) {
                // 七成六 → 76%
                if n2.kanji_chars == 1 && n2.value < Decimal::TEN && !n2.has_digits {
                    q.value += n2.value;
                    q.precision = Decimal::ONE;
                    end = n2.end;
                }
            }
        }
        U::Zhe => {
            // 8折 (80%), 75折 (75%), 9.9折 (99%); not Japanese 折り/折れ.
            if q.has_scale || units::zhe_verb(text, uend) || q.value == Decimal::TEN {
                return None;
            }
            if q.value < Decimal::TEN {
                q.value = q.value.checked_mul(Decimal::TEN)?;
                q.precision = q.precision.checked_mul(Decimal::TEN)?;
            } else if q.value >= Decimal::ONE_HUNDRED {
                return None;
            }
            set(q, Kind::Percent, "%");
        }
        U::Nen | U::Nendo => {
            let yearlike = match n {
                Some(n) => {
                    (n.plain_int_digits == Some(4) || (!n.has_digits && n.kanji_chars == 4))
                        && q.value >= Decimal::from(1000)
                        && q.value <= Decimal::from(2999)
                }
                None => false,
            };
            if !yearlike {
                if u == U::Nendo {
                    return None;
                }
                set(q, Kind::Count, "年");
                return Some(end);
            }
            q.kind = Kind::Year;
            q.unit = if u == U::Nendo { "FY" } else { "" };
            q.has_unit = true;
            q.precision = Decimal::ONE;
            // Month and day are part of the date: 2025年6月1日.
            if u == U::Nen {
                if let Some(n2) = numeral::parse_numeral(text, end) {
                    if text[n2.end..].starts_with('月') && n2.value <= Decimal::from(12) {
                        end = n2.end + '月'.len_utf8();
                        if let Some(n3) = numeral::parse_numeral(text, end) {
                            if text[n3.end..].starts_with('日') && n3.value <= Decimal::from(31) {
                                end = n3.end + '日'.len_utf8();
                            }
                        }
                    }
                }
            }
        }
        U::Month => return None,
        U::Day => {
            let head = &text[..p];
            let date = head.ends_with('月') || q.value > Decimal::from(366);
            if date || text[uend..].starts_with('号') {
                return None;
            }
            if text[..uend].ends_with("号") {
                return None;
            }
            set(q, Kind::Count, "日");
        }
        U::Skip => return None,
    }
    Some(end)
}

/// A bare number after a currency symbol or code is an amount of that currency (`$75`).
fn money_from_prefix(fig: &mut Qty, prefix: Option<(&'static str, usize)>) {
    if let Some((code, _)) = prefix {
        if fig.kind == Kind::Number && fig.unit.is_empty() {
            fig.kind = Kind::Money;
            fig.unit = code;
            fig.has_unit = true;
        }
    }
}

fn set(q: &mut Qty, kind: Kind, unit: &'static str) {
    q.kind = kind;
    q.unit = unit;
    q.has_unit = true;
}

/// Qualifiers after the unit (以上, 近く, or more). Returns the new end.
fn suffix_quals(text: &str, mut e: usize, q: &mut Qty) -> usize {
    for _ in 0..2 {
        match qualifiers::suffix_qualifier(text, e) {
            Some((qq, qe)) => {
                q.approx |= qq.approx;
                if qq.bound.is_some() {
                    q.bound = qq.bound;
                }
                e = qe;
            }
            None => break,
        }
    }
    e
}

#[cfg(test)]
mod tests;
