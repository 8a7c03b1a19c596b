//! Numerals: ASCII and full-width digits (with thousands separators and decimals),
//! CJK numerals (`二十五`, `三千五百`, `两千`, `二〇二四`), the CJK scales 万/萬/億/亿/兆
//! mixed freely with digits (`1兆2,803億`, `9,036億8,634万`). English number words are
//! in [`super::english`].
//!
//! Precision convention: the place value of the last significant digit written, fully
//! scaled. Trailing zeros of the integer part are significant when the number is written
//! with a thousands separator or a decimal point (`7,000億` → 1e8, `94,000` → 1,
//! `92.0 billion` → 1e8), and not otherwise (`7000億` → 1e11, `600万` → 1e6,
//! `$500 million` → 1e8, `7000` → 1000). The caller reads plain integer percentages to the
//! unit (`100%` → 1) and years to the year.

use rust_decimal::Decimal;

/// A parsed numeral.
#[derive(Debug, Clone)]
pub(crate) struct Numeral {
    /// Fully scaled value (CJK scales applied; English scale words are applied by the caller).
    pub value: Decimal,
    /// Place value of the last significant digit (see the module docs); multiply by a
    /// following scale word.
    pub precision: Decimal,
    /// Byte offset just past the numeral.
    pub end: usize,
    /// Number of CJK numeral characters used.
    pub kanji_chars: u32,
    /// Whether any ASCII / full-width digit was used.
    pub has_digits: bool,
    /// Whether a CJK scale (万/億/兆) was used.
    pub big_scale: bool,
    /// Whether the last token was a CJK multiplier or scale (`三千`, `5万`).
    pub ends_with_multiplier: bool,
    /// For a numeral made of one digit literal only: its integer digit count, if it has no
    /// separators and no decimals (used for year detection).
    pub plain_int_digits: Option<u32>,
    /// The digit literal starts with a `0` and has more digits (`06`).
    pub leading_zero: bool,
    /// The Chinese colloquial reading of a final lone digit after 百/千/万/亿 as the next
    /// lower place (`两千四百五` → 2450, `一万三` → 13000): (value, precision). The caller
    /// uses it in Chinese context only; Japanese reads `百五` as 105.
    pub abbrev: Option<(Decimal, Decimal)>,
}

/// An ASCII or full-width digit at byte `i`: (digit, byte length).
#[inline]
pub(crate) fn digit_at(b: &[u8], i: usize) -> Option<(u8, usize)> {
    let c = *b.get(i)?;
    if c.is_ascii_digit() {
        Some((c - b'0', 1))
    } else if c == 0xEF && b.get(i + 1) == Some(&0xBC) {
        match b.get(i + 2) {
            Some(&d) if (0x90..=0x99).contains(&d) => Some((d - 0x90, 3)),
            _ => None,
        }
    } else {
        None
    }
}

/// A thousands separator (`,` or `，`) at byte `i`: its byte length.
#[inline]
fn sep_at(b: &[u8], i: usize) -> Option<usize> {
    match b.get(i) {
        Some(b',') => Some(1),
        Some(0xEF) if b.get(i + 1) == Some(&0xBC) && b.get(i + 2) == Some(&0x8C) => Some(3),
        _ => None,
    }
}

/// A weaker thousands separator at byte `i`: the ideographic comma `、` (`5、450`), a
/// space, or a no-break / thin space (`1 234 567`, `40\u{202f}000`). Its byte length.
#[inline]
fn weak_sep_at(b: &[u8], i: usize) -> Option<usize> {
    match b.get(i)? {
        b' ' => Some(1),
        0xC2 if b.get(i + 1) == Some(&0xA0) => Some(2),
        0xE3 if b.get(i + 1) == Some(&0x80) && b.get(i + 2) == Some(&0x81) => Some(3),
        0xE2 if b.get(i + 1) == Some(&0x80) && matches!(b.get(i + 2), Some(0xAF | 0x89)) => Some(3),
        _ => None,
    }
}

/// A decimal point (`.` or `．`) at byte `i`: its byte length.
#[inline]
pub(crate) fn dot_at(b: &[u8], i: usize) -> Option<usize> {
    match b.get(i) {
        Some(b'.') => Some(1),
        Some(0xEF) if b.get(i + 1) == Some(&0xBC) && b.get(i + 2) == Some(&0x8E) => Some(3),
        _ => None,
    }
}

/// A run of digits written with digits.
#[derive(Debug, Clone, Copy)]
struct Lit {
    mant: u128,
    dec: u32,
    /// Trailing zeros of the integer part (only meaningful when `dec == 0`).
    tz: u32,
    int_digits: u32,
    has_sep: bool,
    leading_zero: bool,
    end: usize,
    /// Grouped with a weak separator (`、`, a space).
    weak: bool,
}

/// Parse a digit literal at `i` (which must hold a digit, or a decimal point and a digit).
///
/// Groups of exactly three digits after `、` or a space are read as thousands (`5、450`,
/// `1 234 567`) when the first group has one to three digits, the literal does not follow
/// another `digit、` or `digit ` (a list), and no group of another length follows the same
/// separator (`10、100、1000` stays three numbers).
fn parse_lit(b: &[u8], i: usize) -> Option<Lit> {
    let strong = parse_lit_sep(b, i, false)?;
    // Only a short plain group right before a weak separator and a digit can be grouped.
    let may_group = !strong.has_sep
        && strong.dec == 0
        && (1..=3).contains(&strong.int_digits)
        && weak_sep_at(b, strong.end).is_some_and(|n| digit_at(b, strong.end + n).is_some());
    if !may_group {
        return Some(strong);
    }
    let after_list = i >= 2
        && (weak_sep_at(b, i - 1) == Some(1) && b[i - 2].is_ascii_digit()
            || i >= 4 && weak_sep_at(b, i - 3) == Some(3) && digit_at(b, i - 4).is_some()
            || i >= 6 && weak_sep_at(b, i - 3) == Some(3) && digit_at(b, i - 6).is_some());
    if !after_list {
        if let Some(l) = parse_lit_sep(b, i, true) {
            let bad_tail = weak_sep_at(b, l.end).is_some_and(|n| digit_at(b, l.end + n).is_some());
            if l.weak && !bad_tail {
                return Some(l);
            }
        }
    }
    Some(strong)
}

/// Parse a digit literal at `i`, grouping on weak separators too when `weak`.
fn parse_lit_sep(b: &[u8], mut i: usize, weak: bool) -> Option<Lit> {
    let mut weak_used = false;
    let mut mant: u128 = 0;
    let mut int_digits = 0u32;
    let mut tz = 0u32;
    let mut has_sep = false;
    let mut first_digit = None;
    let mut digits_total = 0u32;
    let mut group_len = 0u32;
    let mut lakh = false;
    loop {
        if let Some((d, len)) = digit_at(b, i) {
            if first_digit.is_none() {
                first_digit = Some(d);
            }
            mant = mant * 10 + d as u128;
            int_digits += 1;
            digits_total += 1;
            group_len += 1;
            tz = if d == 0 { tz + 1 } else { 0 };
            i += len;
            if digits_total > 26 {
                return None;
            }
            continue;
        }
        // Indian grouping (12,34,567): pairs after the first group, three digits last.
        if b.get(i) == Some(&b',') && (lakh || (!has_sep && (1..=2).contains(&group_len))) {
            if let Some(j) = lakh_pairs_end(b, i) {
                lakh = true;
                for &d in &b[i + 1..j] {
                    if d.is_ascii_digit() {
                        mant = mant * 10 + (d - b'0') as u128;
                        int_digits += 1;
                        digits_total += 1;
                        tz = if d == b'0' { tz + 1 } else { 0 };
                    }
                }
                has_sep = true;
                group_len = 2;
                i = j;
                // The final ",ddd" is taken by the thousands rule below.
            }
        }
        // Weak separators (、, spaces): the same rule, all groups alike.
        if weak && !lakh && (weak_used || !has_sep) {
            if let Some(slen) = weak_sep_at(b, i) {
                let gl_ok = if weak_used {
                    group_len == 3
                } else {
                    (1..=3).contains(&group_len) && first_digit != Some(0)
                };
                if gl_ok && group_of_three(b, i + slen) {
                    has_sep = true;
                    weak_used = true;
                    group_len = 0;
                    i += slen;
                    continue;
                }
            }
        }
        // Thousands separator: exactly three digits must follow, then a non-digit.
        if let Some(slen) = sep_at(b, i).filter(|&l| l == 1 || b[i - 1] >= 0x80) {
            if weak_used {
                break;
            }
            let gl = if lakh { 3 } else { group_len };
            let gl_ok = (has_sep && gl == 3) || (!has_sep && (1..=3).contains(&gl));
            if gl_ok && group_of_three(b, i + slen) {
                has_sep = true;
                group_len = 0;
                i += slen;
                continue;
            }
        }
        break;
    }
    let leading_zero = first_digit == Some(0) && int_digits > 1 && !has_sep;
    let mut dec = 0u32;
    if let Some(dlen) = dot_at(b, i) {
        if digit_at(b, i + dlen).is_some() {
            i += dlen;
            while let Some((d, len)) = digit_at(b, i) {
                mant = mant * 10 + d as u128;
                dec += 1;
                digits_total += 1;
                i += len;
                if digits_total > 26 {
                    return None;
                }
            }
        }
    }
    if int_digits == 0 && dec == 0 {
        return None;
    }
    Some(Lit {
        mant,
        dec,
        tz,
        int_digits,
        has_sep,
        leading_zero,
        end: i,
        weak: weak_used,
    })
}

/// Indian grouping (12,34,567) at the comma at `i`: where its pairs end and the final
/// `,ddd` starts, when pairs and then three digits follow.
fn lakh_pairs_end(b: &[u8], i: usize) -> Option<usize> {
    let two = |j: usize| {
        b.get(j..j + 2)
            .is_some_and(|d| d.iter().all(u8::is_ascii_digit))
    };
    if !(two(i + 1) && b.get(i + 3) == Some(&b',')) {
        return None;
    }
    let mut j = i + 3;
    while b.get(j) == Some(&b',') && two(j + 1) && b.get(j + 3) == Some(&b',') {
        j += 3;
    }
    let last3 = b
        .get(j + 1..j + 4)
        .is_some_and(|d| d.iter().all(u8::is_ascii_digit))
        && !b.get(j + 4).is_some_and(u8::is_ascii_digit);
    last3.then_some(j)
}

/// Whether exactly three digits start at `j` (a thousands group after its separator).
fn group_of_three(b: &[u8], mut j: usize) -> bool {
    let mut n = 0;
    while n < 3 {
        match digit_at(b, j) {
            Some((_, l)) => j += l,
            None => break,
        }
        n += 1;
    }
    n == 3 && digit_at(b, j).is_none()
}

/// 10^k as a Decimal (k may be negative, down to -28).
pub(crate) fn pow10(k: i32) -> Decimal {
    if k >= 0 {
        Decimal::from_i128_with_scale(10i128.pow(k as u32), 0)
    } else {
        Decimal::from_i128_with_scale(1, (-k) as u32)
    }
}

/// What a CJK numeral character stands for.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum Cjk {
    Digit(u8),
    /// 十 百 千
    Small(u32),
    /// 万 億 兆
    Big(u32),
}

/// The CJK numeral meaning of `c`, if any.
#[inline]
pub(crate) fn cjk(c: char) -> Option<Cjk> {
    Some(match c {
        '〇' | '零' => Cjk::Digit(0),
        '一' | '壱' | '壹' => Cjk::Digit(1),
        '二' | '弐' | '贰' | '貳' | '两' | '兩' => Cjk::Digit(2),
        '三' | '叁' => Cjk::Digit(3),
        '四' | '肆' => Cjk::Digit(4),
        '五' | '伍' => Cjk::Digit(5),
        '六' | '陆' | '陸' => Cjk::Digit(6),
        '七' | '柒' => Cjk::Digit(7),
        '八' | '捌' => Cjk::Digit(8),
        '九' | '玖' => Cjk::Digit(9),
        '十' | '拾' => Cjk::Small(1),
        '百' | '佰' => Cjk::Small(2),
        '千' | '仟' => Cjk::Small(3),
        '万' | '萬' => Cjk::Big(4),
        '億' | '亿' => Cjk::Big(8),
        '兆' => Cjk::Big(12),
        _ => return None,
    })
}

/// The char at byte `i` and its length.
#[inline]
pub(crate) fn char_at(text: &str, i: usize) -> Option<(char, usize)> {
    let c = text.get(i..)?.chars().next()?;
    Some((c, c.len_utf8()))
}

/// The current component being built (a digit literal or CJK digit(s)).
#[derive(Debug, Clone, Copy)]
struct Cur {
    value: Decimal,
    prec: Decimal,
    kanji: bool,
    /// Number of positional kanji digits (二〇二四 → 4).
    kanji_len: u32,
    kanji_zero: bool,
}

/// Parse a numeral at byte `start`. Returns `None` when there is no numeral, or when the
/// run of numeral characters is not one we accept (e.g. `二三` without a zero).
pub(crate) fn parse_numeral(text: &str, start: usize) -> Option<Numeral> {
    let b = text.as_bytes();
    let mut st = NumeralParse::new(start);
    // `.5`: a decimal point with no integer part, not after a word or number.
    let lead_dot = dot_at(b, start) == Some(1)
        && digit_at(b, start + 1).is_some()
        && (start == 0 || !(b[start - 1].is_ascii_alphanumeric() || b[start - 1] == b'.'));
    loop {
        let go = if digit_at(b, st.i).is_some() || (lead_dot && st.i == start) {
            st.digit_literal(b)?
        } else {
            let Some((c, clen)) = char_at(text, st.i) else {
                break;
            };
            match cjk(c) {
                None => st.decimal_point(text, start, c, clen),
                Some(Cjk::Digit(d)) => st.kanji_digit(d, clen),
                Some(Cjk::Small(e)) => st.small_multiplier(text, e, clen)?,
                Some(Cjk::Big(e)) => st.big_scale(e, clen)?,
            }
        };
        if !go {
            break;
        }
    }
    if st.i == start {
        return None;
    }
    st.finish()
}

/// The state of [`parse_numeral`] as it reads a numeral left to right. Its steps return
/// whether the numeral reads on (`false`: it ends before this character; `None`: there
/// is no numeral at all).
struct NumeralParse {
    i: usize,
    total: Decimal,
    section: Decimal,
    section_any: bool,
    total_any: bool,
    cur: Option<Cur>,
    last_small: u32,
    last_big: u32,
    sec_prec: Decimal,
    last_prec: Decimal,
    kanji_chars: u32,
    has_digits: bool,
    big_scale: bool,
    ends_mult: bool,
    lits: u32,
    first_lit: Option<Lit>,
    /// Exponent of the multiplier right before the current kanji digit (for `百五` = 150),
    /// and whether a filler zero came since the last multiplier.
    last_mult: Option<u32>,
    abbrev_e: Option<u32>,
    filler: bool,
}

impl NumeralParse {
    /// Nothing read yet, at `start`.
    fn new(start: usize) -> NumeralParse {
        NumeralParse {
            i: start,
            total: Decimal::ZERO,
            section: Decimal::ZERO,
            section_any: false,
            total_any: false,
            cur: None,
            last_small: u32::MAX,
            last_big: u32::MAX,
            sec_prec: Decimal::ONE,
            last_prec: Decimal::ONE,
            kanji_chars: 0,
            has_digits: false,
            big_scale: false,
            ends_mult: false,
            lits: 0,
            first_lit: None,
            last_mult: None,
            abbrev_e: None,
            filler: false,
        }
    }

    /// A digit literal (`1,234.5`) as the current component.
    fn digit_literal(&mut self, b: &[u8]) -> Option<bool> {
        if self.cur.is_some() {
            return Some(false);
        }
        let lit = parse_lit(b, self.i)?;
        let value = Decimal::try_from_i128_with_scale(lit.mant as i128, lit.dec).ok()?;
        // Trailing integer zeros count only after a separator or with decimals.
        let prec = if lit.dec > 0 || lit.has_sep || lit.mant == 0 {
            pow10(-(lit.dec as i32))
        } else {
            pow10(lit.tz.min(20) as i32)
        };
        self.cur = Some(Cur {
            value,
            prec,
            kanji: false,
            kanji_len: 0,
            kanji_zero: false,
        });
        if self.first_lit.is_none() {
            self.first_lit = Some(lit);
        }
        self.lits += 1;
        self.has_digits = true;
        self.ends_mult = false;
        self.i = lit.end;
        Some(true)
    }

    /// A non-numeral character `c`: a Chinese decimal point 点/點 or a Japanese `・` before
    /// CJK digits, which the numeral reads on through; anything else ends it.
    fn decimal_point(&mut self, text: &str, start: usize, c: char, clen: usize) -> bool {
        let i = self.i;
        // Chinese decimal point 点/點 followed by CJK digits.
        // Also after a unit (一百二十点五, 四百亿点零五).
        let after_small = self.cur.is_none()
            && (self.section_any || self.total_any)
            && self.kanji_chars > 0
            && !self.has_digits;
        // Japanese `・` as a decimal point between kanji numerals (四・八〇〇), when the
        // fraction has two digits or a zero, or after マイナス: `三・四人` (three or four
        // people) and `一・二を争う` stay unread.
        let nakaguro = c == '・'
            && (self.cur.is_some_and(|c| c.kanji) || after_small)
            && !self.has_digits
            && {
                let mut j = i + clen;
                let (mut n, mut zero) = (0, false);
                while let Some((c2, l2)) = char_at(text, j) {
                    match cjk(c2) {
                        Some(Cjk::Digit(d)) => {
                            zero |= d == 0;
                            n += 1;
                            j += l2;
                        }
                        _ => break,
                    }
                }
                let int_zero = self.cur.is_some_and(|c| c.kanji && c.value.is_zero());
                n >= 2 || zero || (n == 1 && (int_zero || text[..start].ends_with("マイナス")))
            };
        let point = (c == '点' || c == '點') && (self.cur.is_some_and(|c| c.kanji) || after_small);
        if !(point || nakaguro) {
            return false;
        }
        let mut j = i + clen;
        let mut frac = Decimal::ZERO;
        let mut places = 0u32;
        while let Some((c2, l2)) = char_at(text, j) {
            match cjk(c2) {
                Some(Cjk::Digit(d)) if c2 != '两' && c2 != '兩' => {
                    frac = frac * Decimal::TEN + Decimal::from(d);
                    places += 1;
                    j += l2;
                }
                _ => break,
            }
            if places > 20 {
                break;
            }
        }
        if places == 0 {
            return false;
        }
        let cu = self.cur.get_or_insert(Cur {
            value: Decimal::ZERO,
            prec: Decimal::ONE,
            kanji: true,
            kanji_len: 1,
            kanji_zero: false,
        });
        cu.value += frac * pow10(-(places as i32));
        cu.prec = pow10(-(places as i32));
        cu.kanji_len = 1;
        self.kanji_chars += places + 1;
        self.i = j;
        self.ends_mult = false;
        true
    }

    /// A kanji digit `d`: positional after another (二〇二四), a filler zero (一千零五), or
    /// the start of a new component.
    fn kanji_digit(&mut self, d: u8, clen: usize) -> bool {
        match self.cur.as_mut() {
            Some(cu) if cu.kanji => {
                // Positional kanji digits (二〇二四).
                cu.value = cu.value * Decimal::TEN + Decimal::from(d);
                cu.kanji_len += 1;
                cu.kanji_zero |= d == 0;
                if d == 0 {
                    cu.prec *= Decimal::TEN;
                } else {
                    cu.prec = Decimal::ONE;
                }
            }
            Some(_) => return false,
            None => {
                if d == 0 && (self.section_any || self.total_any) {
                    // 一千零五: a filler zero.
                    self.kanji_chars += 1;
                    self.filler = true;
                    self.i += clen;
                    return true;
                }
                self.abbrev_e = if self.ends_mult && !self.filler && d > 0 {
                    self.last_mult.filter(|&e| e >= 2)
                } else {
                    None
                };
                self.cur = Some(Cur {
                    value: Decimal::from(d),
                    prec: Decimal::ONE,
                    kanji: true,
                    kanji_len: 1,
                    kanji_zero: d == 0,
                });
            }
        }
        self.kanji_chars += 1;
        self.ends_mult = false;
        self.i += clen;
        true
    }

    /// 十 百 千 (10^`e`): multiplies the current component into the section. `None` when
    /// the value overflows (no figure).
    fn small_multiplier(&mut self, text: &str, e: u32, clen: usize) -> Option<bool> {
        if e >= self.last_small {
            return Some(false);
        }
        if let Some(cu) = self.cur {
            if cu.kanji && cu.kanji_len > 1 {
                return Some(false);
            }
        }
        let m = pow10(e as i32);
        let (v, p) = match self.cur {
            // 零十三: a leading zero before a multiplier is a filler.
            // (〇十年 stays a placeholder.)
            Some(cu) if cu.kanji && cu.value.is_zero() && text[..self.i].ends_with('零') => {
                (Decimal::ONE, Decimal::ONE)
            }
            Some(cu) => (cu.value, cu.prec),
            None => (Decimal::ONE, Decimal::ONE),
        };
        self.section = self.section.checked_add(v.checked_mul(m)?)?;
        self.sec_prec = p.checked_mul(m)?;
        self.section_any = true;
        self.last_small = e;
        self.multiplier_read(e, clen);
        Some(true)
    }

    /// 万 億 兆 (10^`e`): a scale over the section, or over everything before it.
    fn big_scale(&mut self, e: u32, clen: usize) -> Option<bool> {
        let doubled = self.last_big == 4 && self.ends_mult && self.cur.is_none();
        // 万億 / 万亿: ten thousand hundred-millions (a 兆).
        if e == 8 && doubled && !self.section_any {
            self.total = self.total.checked_mul(pow10(8))?;
            self.last_prec = self.last_prec.checked_mul(pow10(8))?;
            self.last_big = 12;
            self.kanji_chars += 1;
            self.i += clen;
            return Some(true);
        }
        // 万万: a hundred million (四万万).
        if e == 4 && doubled && !self.section_any {
            self.total = self.total.checked_mul(pow10(4))?;
            self.last_prec = self.last_prec.checked_mul(pow10(4))?;
            self.last_big = 8;
            self.kanji_chars += 1;
            self.i += clen;
            return Some(true);
        }
        // 一万五千亿: a larger scale applies to everything before it.
        if e > self.last_big
            && self.last_big != u32::MAX
            && (self.cur.is_some() || self.section_any)
        {
            let m = pow10(e as i32);
            let (v, p) = match self.cur {
                Some(cu) => (cu.value, cu.prec),
                None => (Decimal::ZERO, self.sec_prec),
            };
            let sum = self.total.checked_add(self.section)?.checked_add(v)?;
            self.total = sum.checked_mul(m)?;
            self.last_prec = p.checked_mul(m)?;
            self.close_section(e, clen);
            return Some(true);
        }
        if e >= self.last_big || (self.cur.is_none() && !self.section_any) {
            return Some(false);
        }
        if let Some(cu) = self.cur {
            if cu.kanji && cu.kanji_len > 1 && !cu.kanji_zero {
                return Some(false);
            }
        }
        let m = pow10(e as i32);
        if let Some(cu) = self.cur {
            self.section = self.section.checked_add(cu.value)?;
            self.sec_prec = cu.prec;
        }
        self.total = self.total.checked_add(self.section.checked_mul(m)?)?;
        self.last_prec = self.sec_prec.checked_mul(m)?;
        self.total_any = true;
        self.big_scale = true;
        self.close_section(e, clen);
        Some(true)
    }

    /// After a scale 10^`e` (a character of `clen` bytes): a new section begins.
    fn close_section(&mut self, e: u32, clen: usize) {
        self.section = Decimal::ZERO;
        self.section_any = false;
        self.sec_prec = Decimal::ONE;
        self.last_small = u32::MAX;
        self.last_big = e;
        self.multiplier_read(e, clen);
    }

    /// After a multiplier or scale 10^`e` (a character of `clen` bytes): it ends the numeral
    /// so far, and the component before it is used up.
    fn multiplier_read(&mut self, e: u32, clen: usize) {
        self.last_mult = Some(e);
        self.abbrev_e = None;
        self.filler = false;
        self.cur = None;
        self.kanji_chars += 1;
        self.ends_mult = true;
        self.i += clen;
    }

    /// The numeral read, or `None` for a positional kanji run without a zero.
    fn finish(self) -> Option<Numeral> {
        let (total, section, cur) = (self.total, self.section, self.cur);
        // Positional kanji digit runs are only accepted with a zero (二〇二四, 一〇〇): 二三日 or
        // 四五人 are "two or three", not 23.
        if let Some(cu) = cur {
            if cu.kanji && cu.kanji_len > 1 && !cu.kanji_zero {
                return None;
            }
        }
        let sum = total.checked_add(section)?;
        let (value, precision) = match cur {
            Some(cu) => (sum.checked_add(cu.value)?, cu.prec),
            None if self.section_any => (sum, self.sec_prec),
            None => (total, self.last_prec),
        };
        let abbrev = match (cur, self.abbrev_e) {
            (Some(cu), Some(e)) if cu.kanji && cu.kanji_len == 1 => {
                let d = cu.value.trunc();
                let place = pow10(e as i32 - 1);
                let prec = if cu.prec < Decimal::ONE {
                    cu.prec
                } else {
                    place
                };
                let scaled = d.checked_mul(place)?;
                Some((sum.checked_add(scaled)?.checked_add(cu.value - d)?, prec))
            }
            _ => None,
        };
        let only_lit = self.lits == 1 && self.kanji_chars == 0;
        let lit = self.first_lit.filter(|_| only_lit);
        Some(Numeral {
            value,
            precision,
            end: self.i,
            kanji_chars: self.kanji_chars,
            has_digits: self.has_digits,
            big_scale: self.big_scale,
            ends_with_multiplier: self.ends_mult,
            plain_int_digits: lit
                .filter(|l| !l.has_sep && l.dec == 0)
                .map(|l| l.int_digits),
            leading_zero: lit.is_some_and(|l| l.leading_zero),
            abbrev,
        })
    }
}

/// End of the run of numeral characters (digits, separators, CJK numerals) from `i`;
/// used to skip a run we reject as a whole.
pub(crate) fn numeral_run_end(text: &str, mut i: usize) -> usize {
    let b = text.as_bytes();
    loop {
        if let Some((_, l)) = digit_at(b, i) {
            i += l;
            continue;
        }
        if let Some((c, l)) = char_at(text, i) {
            if cjk(c).is_some() {
                i += l;
                continue;
            }
            if (sep_at(b, i).is_some() || dot_at(b, i).is_some()) && digit_at(b, i + l).is_some() {
                i += l;
                continue;
            }
        }
        return i;
    }
}

/// A vulgar fraction character at `i` (`½`, `⅔`, `¾`): (value, end).
pub(crate) fn vulgar_fraction(text: &str, i: usize) -> Option<(Decimal, usize)> {
    let (c, l) = char_at(text, i)?;
    let (n, d) = match c {
        '½' => (1, 2),
        '⅓' => (1, 3),
        '⅔' => (2, 3),
        '¼' => (1, 4),
        '¾' => (3, 4),
        '⅕' => (1, 5),
        '⅖' => (2, 5),
        '⅗' => (3, 5),
        '⅘' => (4, 5),
        '⅙' => (1, 6),
        '⅚' => (5, 6),
        '⅐' => (1, 7),
        '⅛' => (1, 8),
        '⅜' => (3, 8),
        '⅝' => (5, 8),
        '⅞' => (7, 8),
        '⅑' => (1, 9),
        '⅒' => (1, 10),
        _ => return None,
    };
    Some((Decimal::from(n) / Decimal::from(d), i + l))
}

/// The ASCII word (letters only) starting at `i`.
pub(crate) fn ascii_word(b: &[u8], i: usize) -> usize {
    let mut j = i;
    while j < b.len() && b[j].is_ascii_alphabetic() {
        j += 1;
    }
    j
}

/// Whether `w` is one of `list`, ignoring ASCII case.
pub(super) fn word_in(w: &str, list: &[&str]) -> bool {
    list.iter().any(|x| x.eq_ignore_ascii_case(w))
}

/// The ASCII word (letters and digits) ending at byte `e`: its start.
pub(super) fn word_before(b: &[u8], e: usize) -> usize {
    let mut s = e;
    while s > 0 && b[s - 1].is_ascii_alphanumeric() {
        s -= 1;
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    fn d(s: &str) -> Decimal {
        Decimal::from_str(s).unwrap()
    }

    fn num(s: &str) -> (Decimal, Decimal, usize) {
        let n = parse_numeral(s, 0).unwrap();
        (n.value, n.precision, n.end)
    }

    #[test]
    fn ascii_and_fullwidth() {
        assert_eq!(num("25"), (d("25"), d("1"), 2));
        assert_eq!(num("1,234.5"), (d("1234.5"), d("0.1"), 7));
        assert_eq!(num("１２３"), (d("123"), d("1"), 9));
        assert_eq!(num("１，０００．５").0, d("1000.5"));
        // A comma not followed by three digits is not a separator.
        assert_eq!(num("1,23").0, d("1"));
    }

    #[test]
    fn cjk_compounds() {
        assert_eq!(num("1兆2,803億").0, d("1280300000000"));
        assert_eq!(num("1兆2,803億").1, d("100000000"));
        assert_eq!(num("9,036億8,634万").0, d("903686340000"));
        assert_eq!(num("9,036億8,634万").1, d("10000"));
        assert_eq!(num("7,000億").1, d("100000000"));
        assert_eq!(num("7000億").1, d("100000000000"));
        assert_eq!(num("7000").1, d("1000"));
        assert_eq!(num("7,000").1, d("1"));
        assert_eq!(num("2.5兆").1, d("100000000000"));
        assert_eq!(num("3500亿").0, d("350000000000"));
        assert_eq!(num("1万2000").0, d("12000"));
    }

    #[test]
    fn kanji_numerals() {
        assert_eq!(num("二十五"), (d("25"), d("1"), 9));
        assert_eq!(num("三千五百").0, d("3500"));
        assert_eq!(num("三千五百").1, d("100"));
        assert_eq!(num("两千").0, d("2000"));
        assert_eq!(num("二〇二四").0, d("2024"));
        assert_eq!(num("一千零五十").0, d("1050"));
        assert_eq!(num("十万").0, d("100000"));
        assert_eq!(num("三点一四").0, d("3.14"));
        // "two or three" is not 23.
        assert!(parse_numeral("二三日", 0).is_none());
        // A scale alone is not a numeral.
        assert!(parse_numeral("万一", 0).is_none());
    }
}
