//! One candidate figure: the quantity parsed forward, then what is written before it
//! (currency, sign, qualifiers), a range, money adjustments and the checks that reject
//! numbers that are not figures.

use super::minor::minor_tail;
use super::numeral::{self, cjk, pow10};
use super::qty::{bare_year, parse_qty};
use super::qualifiers::{self, Qualifiers};
use super::quantity::{Parsed, Qty};
use super::range::range_tail;
use super::{chinese_context, english, exclude, skip_after, skip_end, units, whole_span};
use crate::figure::{Kind, RawFigure};
use rust_decimal::Decimal;

/// A figure being put together around a numeral: the quantity (the low end of a range),
/// its span and what is written before it.
struct Draft {
    fig: Qty,
    start: usize,
    end: usize,
    /// (low, high), when the quantity is the low end of a range.
    range: Option<(Decimal, Decimal)>,
    /// Qualifiers and signs before the numeral.
    before: Qualifiers,
    /// A currency symbol or code before the numeral: (code, start).
    currency: Option<(&'static str, usize)>,
}

/// Try a figure whose numeral starts at `p`; push it to `out`. Returns where to resume.
/// A number too large to hold (its scaled value overflows a decimal) is no figure.
pub(crate) fn candidate(text: &str, p: usize, floor: usize, out: &mut Vec<RawFigure>) -> usize {
    let currency = currency_before(text, p, floor);
    if currency.is_none() && exclude::blocked_by_prefix(text, p) {
        return skip_end(text, p);
    }
    let first = match parse_qty(text, p, currency.map(|c| c.0)) {
        Parsed::Qty(qty) => qty,
        Parsed::Skip(e) => return e,
    };
    let mut draft = Draft {
        fig: first.clone(),
        start: currency.map_or(p, |c| c.1),
        end: first.end,
        range: None,
        before: Qualifiers::default(),
        currency,
    };
    let between = draft.look_back(text, floor);
    money_from_prefix(&mut draft.fig, draft.currency);
    draft.percent_named_before(text, floor);
    // A value too large to hold: no figure.
    let overflow = || skip_end(text, p).max(p + 1);
    if draft.fig.quals.bound.is_none() && !draft.fig.quals.approx {
        let Some(()) = draft.add_range(text, &first, between) else {
            return overflow();
        };
    }
    // The range may have taken a bare number's unit from its second end: look again.
    money_from_prefix(&mut draft.fig, draft.currency);
    if draft.fig.kind == Kind::Money {
        let Some(()) = draft.money_details(text) else {
            return overflow();
        };
    }
    draft.spaced_minus(text, floor);
    if let Some(resume) = draft.rejection(text, p) {
        return resume;
    }
    if !draft.fig.has_unit {
        draft.year_if_bare(text, p);
    }
    let end = draft.end;
    out.push(draft.finish());
    end
}

/// A currency symbol or code before the numeral at `p` ($ 75, US$4.7, EUR 125), not
/// starting before `floor`: (code, start).
fn currency_before(text: &str, p: usize, floor: usize) -> Option<(&'static str, usize)> {
    let b = text.as_bytes();
    let mut j = p;
    while j > floor && b[j - 1] == b' ' && p - j < 3 {
        j -= 1;
    }
    units::prefix_currency(text, j).filter(|&(_, st)| st >= floor)
}

impl Draft {
    /// Looks back for qualifiers and a sign (and a currency between them). Returns whether
    /// `between` was among them.
    fn look_back(&mut self, text: &str, floor: usize) -> bool {
        let mut between = false;
        for _ in 0..3 {
            // The currency may come after a qualifier ("about $5") or before a sign ("$-5").
            let Some((qualifier, st)) = qualifiers::prefix_qualifier(text, self.start, floor)
            else {
                break;
            };
            self.before.add(qualifier);
            between |= qualifier.between;
            self.start = st;
            if self.currency.is_none() {
                if let Some((code, cst)) = units::prefix_currency(text, self.start) {
                    if cst >= floor {
                        self.currency = Some((code, cst));
                        self.start = cst;
                    }
                }
            }
        }
        between
    }

    /// "percent of 10", "per cent of twenty-two": a percentage named before its number.
    fn percent_named_before(&mut self, text: &str, floor: usize) {
        let fig = &mut self.fig;
        if fig.kind == Kind::Number && !fig.has_unit && self.currency.is_none() {
            if let Some(ps) = percent_of_before(text, self.start, floor) {
                fig.set_unit(Kind::Percent, "%");
                fig.precision = fig.precision.min(Decimal::ONE);
                self.start = ps;
            }
        }
    }

    /// A range: connector, then a second quantity, after `first` (the quantity as parsed).
    /// `None` when the low end's scaled value overflows.
    fn add_range(&mut self, text: &str, first: &Qty, between: bool) -> Option<()> {
        let fig = &mut self.fig;
        let Some((high, e2)) = range_tail(text, fig, self.end, between) else {
            return Some(());
        };
        let (lo_scaled, lo_prec) = if !fig.has_scale && high.has_scale && !first.has_unit {
            let m = pow10(high.scale_e);
            (fig.value.checked_mul(m)?, fig.precision.checked_mul(m)?)
        } else {
            (fig.value, fig.precision)
        };
        if lo_scaled <= high.value || self.before.negative {
            if !fig.has_unit || fig.kind == Kind::Number && fig.unit.is_empty() {
                fig.kind = high.kind;
                fig.unit = high.unit;
                fig.has_unit = high.has_unit;
            }
            fig.value = lo_scaled;
            fig.precision = lo_prec;
            if matches!(high.kind, Kind::Percent | Kind::PercentPoint)
                && high.precision <= Decimal::ONE
            {
                fig.precision = fig.precision.min(Decimal::ONE);
            }
            fig.written.kanji_only &= high.written.kanji_only;
            fig.written.kanji_chars += high.written.kanji_chars;
            fig.quals.approx |= high.quals.approx;
            fig.quals.bound = high.quals.bound;
            self.range = Some((lo_scaled, high.value));
            self.end = e2;
        }
        Some(())
    }

    /// Money: millions in a code (MUSD 30), ¥ as the yuan in Chinese prose, and a
    /// minor-unit amount after it (`3 dollars 50 cents`). `None` when the value overflows.
    fn money_details(&mut self, text: &str) -> Option<()> {
        let fig = &mut self.fig;
        if let Some((_, st)) = self.currency {
            // MUSD 30, MAUD 60: millions.
            let pre = &text[st..];
            if pre.len() > 4
                && pre.as_bytes()[0] == b'M'
                && pre.as_bytes()[1..4].iter().all(u8::is_ascii_uppercase)
                && !fig.has_scale
            {
                fig.value = fig.value.checked_mul(pow10(6))?;
                fig.precision = fig.precision.checked_mul(pow10(6))?;
            }
            // ¥ is the yuan in Chinese prose.
            if fig.unit == "JPY"
                && (pre.starts_with('¥') || pre.starts_with('￥'))
                && chinese_context(text, st, self.end)
            {
                fig.unit = "CNY";
            }
        }
        if self.range.is_none() && !fig.minor_unit {
            if let Some((add, prec, e2)) = minor_tail(text, self.end, fig.unit) {
                fig.value += add;
                fig.precision = fig.precision.min(prec);
                self.end = e2;
            }
        }
        Some(())
    }

    /// "- 10  k", "- 1 4/5": a minus sign set apart by spaces, for a number on its own.
    fn spaced_minus(&mut self, text: &str, floor: usize) {
        let (start, end) = (self.start, self.end);
        if !self.before.negative && self.currency.is_none() && text[end..].trim().is_empty() {
            let head = text[floor..start].trim_end_matches(' ');
            if head.len() + floor < start {
                if let Some(h) = head.strip_suffix('-') {
                    if h.trim().is_empty() {
                        self.before.negative = true;
                        self.start = floor + h.len();
                    }
                }
            }
        }
    }

    /// Where to resume when the draft (its numeral at `p`) is no figure: a kanji numeral
    /// the prose rules reject, a list marker, a label or code.
    fn rejection(&self, text: &str, p: usize) -> Option<usize> {
        let (fig, before, end) = (&self.fig, &self.before, self.end);
        let whole = whole_span(text, self.start, end);
        let qualified = self.currency.is_some() || before.approx || before.bound.is_some();
        if !whole && !acceptable(text, p, end, fig, qualified, before.negative) {
            return Some(skip_after(text, p, end));
        }
        if fig.has_unit || self.range.is_some() {
            return None;
        }
        // Bare numbers: list markers.
        if exclude::list_marker(text, p, end)
            && !before.approx
            && before.bound.is_none()
            && !before.negative
        {
            return Some(end);
        }
        if !before.approx && before.bound.is_none() && self.currency.is_none() {
            // 0900, 〇〇 (a placeholder), "課題3：", "tsuzumi 2": labels and codes.
            let zero_word = fig.written.kanji_only && standalone_numeral(text, p, end);
            if (fig.written.leading_zero || (fig.written.kanji_only && fig.value.is_zero()))
                && !whole
                && !zero_word
            {
                return Some(end);
            }
            if text[end..].starts_with('：')
                || (text[end..].starts_with(':') && !fig.written.english)
            {
                return Some(end);
            }
            if exclude::after_name(text, p, end) {
                return Some(end);
            }
        }
        None
    }

    /// A bare four-digit number (or a range ending in one) that reads as a year.
    fn year_if_bare(&mut self, text: &str, p: usize) {
        let hi_ok = self
            .range
            .is_none_or(|(_, hi)| hi >= Decimal::from(1900) && hi <= Decimal::from(2100));
        let fig = &mut self.fig;
        if fig.written.plain_digits == Some(4) && hi_ok && bare_year(text, p, self.end, fig) {
            fig.kind = Kind::Year;
            fig.precision = Decimal::ONE;
        }
    }

    /// The figure: qualifiers before and after joined, a sign applied.
    fn finish(mut self) -> RawFigure {
        self.before.join(self.fig.quals);
        let mut value = self.fig.value;
        let mut range = self.range;
        if self.before.negative {
            value = -value;
            // 「−5〜3%」 (the sign before both ends) and 「−3〜5」 read the same span, low end first.
            range = range.map(|(lo, hi)| ((-hi).min(-lo), (-hi).max(-lo)));
            if let Some((lo, _)) = range {
                value = lo;
            }
        }
        RawFigure {
            start: self.start,
            end: self.end,
            value: value.normalize(),
            kind: self.fig.kind,
            unit: self.fig.unit.to_string(),
            approx: self.before.approx,
            bound: self.before.bound,
            range: range.map(|(a, c)| (a.normalize(), c.normalize())),
            precision: self.fig.precision.normalize(),
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
            let ws = numeral::word_before(text.as_bytes(), j);
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
