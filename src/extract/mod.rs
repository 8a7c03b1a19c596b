//! Extraction: prose text → figures.
//!
//! A single forward scan looks for places where a numeral can start (ASCII or full-width
//! digits, CJK numerals, English number words) and skips everything else cheaply. At each
//! candidate it parses, in order:
//!
//! 1. the numeral itself ([`numeral`]): digits, CJK numerals and 万/億/兆 compounds;
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
//! * **Kanji-only numerals** must be multi-character (`二十五`) or carry a strong unit
//!   (`三人`, `五割`, `百円`); `一` alone needs `%` or `割`. A small stoplist rejects words
//!   like `四六時中` and `六本木`.

mod exclude;
mod numeral;
mod qualifiers;
mod units;

use crate::figure::{Bound, Kind, RawFigure};
use numeral::{char_at, cjk, digit_at, dot_at, pow10, Cjk, Numeral};
use qualifiers::Q;
use rust_decimal::Decimal;
use units::U;

/// Every figure in `text`, in order of position, with byte offsets relative to `text`.
pub fn extract(text: &str) -> Vec<RawFigure> {
    let b = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    let mut floor = 0;
    let bitmap: &[u64] = &START_BITMAP;
    while i < b.len() {
        let c = b[i];
        if c < 0x80 {
            if c.is_ascii_digit() {
                let next = candidate(text, i, floor, &mut out);
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
                let number_word = numeral::is_english_number_word(&text[i..we]);
                if te > we && !(number_word && b[we] == b'-') {
                    // Letters glued to digits: a name (R1, H100, GPT-4o) or FY2025.
                    if let Some(f) = fiscal_year(text, i, te) {
                        out.push(f);
                    }
                    i = te;
                    floor = te;
                } else if number_word || ((c == b'a' || c == b'A') && we == i + 1) {
                    let next = candidate(text, i, floor, &mut out);
                    floor = next;
                    i = next.max(we);
                } else {
                    i = we;
                }
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
        if len == 3 && i + 2 < b.len() {
            let cp = ((c as u32 & 0x0F) << 12)
                | ((b[i + 1] as u32 & 0x3F) << 6)
                | (b[i + 2] as u32 & 0x3F);
            let fen = (cp == 0x4E07 || cp == 0x842C) && text[i + 3..].starts_with("分之");
            if fen || bitmap[(cp >> 6) as usize] & (1u64 << (cp & 63)) != 0 {
                let next = candidate(text, i, floor, &mut out);
                floor = next;
                i = next.max(i + 3);
                continue;
            }
        }
        i += len;
    }
    out
}

/// Bitmap over the BMP of the characters that can start a numeral: CJK digits and
/// 十百千 (not 万億兆, which need a digit first) and full-width digits.
static START_BITMAP: std::sync::LazyLock<Vec<u64>> = std::sync::LazyLock::new(|| {
    let mut m = vec![0u64; 1024];
    for cp in 0x3000u32..0x10000 {
        let Some(c) = char::from_u32(cp) else {
            continue;
        };
        let starts =
            matches!(cjk(c), Some(Cjk::Digit(_) | Cjk::Small(_))) || ('０'..='９').contains(&c);
        if starts {
            m[(cp >> 6) as usize] |= 1u64 << (cp & 63);
        }
    }
    m
});

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
}

/// What the forward parse found.
enum Parsed {
    Qty(Qty),
    /// Not a figure: resume scanning at this byte.
    Skip(usize),
}

/// Try a figure whose numeral starts at `p`; push it to `out`. Returns where to resume.
fn candidate(text: &str, p: usize, floor: usize, out: &mut Vec<RawFigure>) -> usize {
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
    if let Some((code, _)) = cur_prefix {
        if fig.kind == Kind::Number && fig.unit.is_empty() {
            fig.kind = Kind::Money;
            fig.unit = code;
            fig.has_unit = true;
        }
    }

    // A range: connector, then a second quantity.
    if fig.bound.is_none() && !fig.approx {
        if let Some((q2, e2)) = range_tail(text, &fig, end, between) {
            let (lo_scaled, lo_prec) = if !fig.has_scale && q2.has_scale && !q1.has_unit {
                let m = pow10(q2.scale_e);
                (fig.value * m, fig.precision * m)
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
    if let Some((code, _)) = cur_prefix {
        if fig.kind == Kind::Number && fig.unit.is_empty() {
            fig.kind = Kind::Money;
            fig.unit = code;
            fig.has_unit = true;
        }
    }

    // Validity of what we have.
    if !acceptable(
        text,
        p,
        end,
        &fig,
        cur_prefix.is_some() || approx || bound.is_some(),
    ) {
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
            if fig.leading_zero || (fig.kanji_only && fig.value.is_zero()) {
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
fn acceptable(text: &str, p: usize, _end: usize, q: &Qty, qualified: bool) -> bool {
    if !q.kanji_only {
        return true;
    }
    if exclude::stoplisted(text, p) {
        return false;
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
            numeral::is_english_number_word(&text[j..we])
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

/// Parse numeral, scale, unit and trailing qualifiers at `p`.
fn parse_qty(text: &str, p: usize, money_prefix: Option<&'static str>) -> Parsed {
    let b = text.as_bytes();
    // 百分之二十 / 千分之五: a percentage written before its number.
    for (pre, div) in [("百分之", 1i32)] {
        if text[p..].starts_with(pre) {
            let s = p + pre.len();
            let Some(n) = numeral::parse_numeral(text, s) else {
                return Parsed::Skip(s);
            };
            let d = pow10(div.ilog10() as i32);
            let mut q = base_qty(&n, n.value / d, n.precision / d);
            q.kind = Kind::Percent;
            q.unit = "%";
            q.precision = q.precision.min(Decimal::ONE);
            q.has_unit = true;
            q.kanji_only = false;
            let end = suffix_quals(text, n.end, &mut q);
            q.end = end;
            return Parsed::Qty(q);
        }
    }
    let mut q;
    let mut e;
    let n: Option<Numeral>;
    if b[p].is_ascii_alphabetic() {
        let Some((v, pr, end, _)) = numeral::parse_english(text, p) else {
            return Parsed::Skip(numeral::ascii_word(b, p));
        };
        q = Qty {
            end,
            value: v,
            precision: pr,
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
            english: true,
        };
        e = end;
        n = None;
        if v >= Decimal::from(1000) {
            q.has_scale = true;
        }
    } else {
        let Some(nn) = numeral::parse_numeral(text, p) else {
            return Parsed::Skip(skip_end(text, p));
        };
        q = base_qty(&nn, nn.value, nn.precision);
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
        // English scale (million, bn, k).
        if !nn.big_scale && !nn.ends_with_multiplier {
            if let Some((se, send, glued)) = units::en_scale(text, e, money_prefix.is_some()) {
                let money_after = units::en_unit(text, skip_space(b, send))
                    .is_some_and(|(u, _)| matches!(u, U::Money(_)))
                    || units::cjk_unit(text, send).is_some_and(|(u, _)| matches!(u, U::Money(_)));
                let ok = !glued || money_prefix.is_some() || money_after || se == 3;
                if ok {
                    let m = pow10(se);
                    q.value *= m;
                    q.precision = nn.precision * m;
                    q.has_scale = true;
                    q.scale_e = se;
                    q.plain_digits = None;
                    e = send;
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
        if (c == '多' || c == '余') && units::cjk_unit(text, e + l).is_some() {
            more = true;
            e += l;
        }
    }
    // Fractions: 3分の1, 三分之一.
    for sep in ["分の", "分之"] {
        if text[e..].starts_with(sep) {
            let s = e + sep.len();
            if let Some(n2) = numeral::parse_numeral(text, s) {
                if !q.value.is_zero() {
                    let den = q.value;
                    q.value = n2.value / den;
                    q.precision = Decimal::new(1, 6);
                    q.kind = Kind::Number;
                    q.unit = "";
                    if sep == "分之" && den >= Decimal::ONE_HUNDRED && is_pow10(den) {
                        // 千分之五, 百万分之五: per-mille and friends, as percentages.
                        q.value *= Decimal::ONE_HUNDRED;
                        q.precision = n2.precision * Decimal::ONE_HUNDRED / den;
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
                    | U::PerMille
                    | U::Zhe
            );
        if cheng_ok && space_ok {
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
        end: n.end,
        value,
        precision,
        kind: Kind::Number,
        unit: "",
        has_unit: false,
        scale_e: 0,
        has_scale: false,
        approx: false,
        bound: None,
        kanji_only: !n.has_digits,
        kanji_chars: n.kanji_chars,
        plain_digits: n.plain_int_digits,
        leading_zero: n.leading_zero,
        english: false,
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
        U::Money(code) => {
            set(q, Kind::Money, code);
            // 2222円13銭
            if code == "JPY" {
                if let Some(n2) = numeral::parse_numeral(text, end) {
                    if text[n2.end..].starts_with("銭") && n2.value < Decimal::ONE_HUNDRED {
                        q.value += n2.value / Decimal::ONE_HUNDRED;
                        q.precision = Decimal::new(1, 2);
                        end = n2.end + "銭".len();
                    }
                }
            }
        }
        U::Count(c) => set(q, Kind::Count, c),
        U::Num(c) => set(q, Kind::Number, c),
        U::Wari | U::Cheng => {
            if q.has_scale {
                return Some(q.end);
            }
            q.value *= Decimal::TEN;
            q.precision *= Decimal::TEN;
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
            if q.has_scale || text[uend..].starts_with(['り', 'れ', 'っ', 'る', 'ら']) {
                return None;
            }
            if q.value < Decimal::TEN {
                q.value *= Decimal::TEN;
                q.precision *= Decimal::TEN;
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
