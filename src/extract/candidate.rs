//! One candidate figure: the quantity parsed forward, then what is written before it
//! (currency, sign, qualifiers), a range, money adjustments and the checks that reject
//! numbers that are not figures.

use super::minor::minor_tail;
use super::numeral::{char_at, cjk, pow10};
use super::qty::{parse_qty, Parsed, Qty};
use super::qualifiers::{self, Qualifiers};
use super::range::range_tail;
use super::{chinese_context, english, exclude, skip_after, skip_end, units, whole_span};
use crate::figure::{Kind, RawFigure};
use rust_decimal::Decimal;

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
        Parsed::Qty(qty) => qty,
        Parsed::Skip(e) => return e,
    };
    let mut end = q1.end;
    let mut fig = q1.clone();
    let mut range: Option<(Decimal, Decimal)> = None;

    // Look back for qualifiers and a sign.
    let mut start = cur_prefix.map_or(p, |c| c.1);
    let mut before = Qualifiers::default();
    let mut between = false;
    for _ in 0..3 {
        // The currency may come after a qualifier ("about $5") or before a sign ("$-5").
        let Some((qq, st)) = qualifiers::prefix_qualifier(text, start, floor) else {
            break;
        };
        before.add(qq);
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
            fig.set_unit(Kind::Percent, "%");
            fig.precision = fig.precision.min(Decimal::ONE);
            start = ps;
        }
    }

    // A range: connector, then a second quantity.
    if fig.quals.bound.is_none() && !fig.quals.approx {
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
            if lo_scaled <= q2.value || before.negative {
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
                fig.written.kanji_only &= q2.written.kanji_only;
                fig.written.kanji_chars += q2.written.kanji_chars;
                fig.quals.approx |= q2.quals.approx;
                fig.quals.bound = q2.quals.bound;
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
    if !before.negative && cur_prefix.is_none() && text[end..].trim().is_empty() {
        let head = text[floor..start].trim_end_matches(' ');
        if head.len() + floor < start {
            if let Some(h) = head.strip_suffix('-') {
                if h.trim().is_empty() {
                    before.negative = true;
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
            cur_prefix.is_some() || before.approx || before.bound.is_some(),
            before.negative,
        )
    {
        return skip_after(text, p, end);
    }
    // Bare numbers: years, list markers.
    if !fig.has_unit {
        if range.is_none()
            && exclude::list_marker(text, p, end)
            && !before.approx
            && before.bound.is_none()
            && !before.negative
        {
            return end;
        }
        if range.is_none() && !before.approx && before.bound.is_none() && cur_prefix.is_none() {
            // 0900, 〇〇 (a placeholder), "課題3：", "tsuzumi 2": labels and codes.
            let zero_word = fig.written.kanji_only && standalone_numeral(text, p, end);
            if (fig.written.leading_zero || (fig.written.kanji_only && fig.value.is_zero()))
                && !whole
                && !zero_word
            {
                return end;
            }
            if text[end..].starts_with('：')
                || (text[end..].starts_with(':') && !fig.written.english)
            {
                return end;
            }
            if exclude::after_name(text, p, end) {
                return end;
            }
        }
        let hi_ok =
            range.is_none_or(|(_, hi)| hi >= Decimal::from(1900) && hi <= Decimal::from(2100));
        if fig.written.plain_digits == Some(4) && hi_ok && bare_year(text, p, end, &fig) {
            fig.kind = Kind::Year;
            fig.precision = Decimal::ONE;
        }
    }
    before.join(fig.quals);
    let mut value = fig.value;
    if before.negative {
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
        approx: before.approx,
        bound: before.bound,
        range: range.map(|(a, c)| (a.normalize(), c.normalize())),
        precision: fig.precision.normalize(),
    });
    end
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

/// Whether a figure passes the precision-over-recall rules for kanji numerals.
fn acceptable(text: &str, p: usize, end: usize, qty: &Qty, qualified: bool, neg: bool) -> bool {
    if !qty.written.kanji_only {
        return true;
    }
    if exclude::stoplisted(text, p) {
        return false;
    }
    // マイナス一, 负五: a signed numeral.
    if neg && qty.kind == Kind::Number && !qty.has_unit {
        return true;
    }
    if !qty.has_unit && qty.kind == Kind::Number && standalone_numeral(text, p, end) {
        return true;
    }
    // A bare numeral quoted on its own: “一”, 「五」 (not 「一部」, 「一強」).
    let open = text[..p].ends_with(['“', '「', '『', '"']);
    let bare = text[p..end].chars().all(|c| cjk(c).is_some());
    if open && bare && text[end..].starts_with(['”', '」', '』', '"']) {
        return true;
    }
    // 〇年後, 〇十年: 〇 as a placeholder digit.
    if text[p..].starts_with('〇') && qty.has_unit && qty.value.is_zero() {
        return false;
    }
    // Dozens and measures: 一ダース, 十打, 八トン, 十キロ, 十斤.
    let tail = &text[p..end];
    let measure = tail.contains("ダース")
        || tail.ends_with('打')
        || tail.ends_with('對')
        || (qty.kind == Kind::Number && matches!(qty.unit, "t" | "キロ" | "km" | "斤"));
    if measure {
        return true;
    }
    let strong = match qty.kind {
        Kind::Percent | Kind::PercentPoint | Kind::Money | Kind::Year => true,
        Kind::Count => matches!(
            qty.unit,
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
        Kind::Number => qty.unit == "倍",
    };
    if qty.written.kanji_chars == 1 {
        let one = qty.value == Decimal::ONE;
        if one {
            return qty.kind == Kind::Percent
                || (qty.kind == Kind::Money && !text[p..].starts_with("一円"));
        }
        return strong;
    }
    strong || qty.has_unit || qty.written.kanji_chars >= 2 || qualified
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

/// Whether a bare 4-digit number at `p..end` reads as a year.
pub(super) fn bare_year(text: &str, p: usize, end: usize, qty: &Qty) -> bool {
    let v = qty.value;
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
