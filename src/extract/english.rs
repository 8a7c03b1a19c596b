//! English number words: cardinals (`twenty-five`, `two hundred and five`, `a million`,
//! `five and a half million`), decimals (`two hundred point zero three`), fractions
//! (`two thirds`, `one and a half`, `three twenty-firsts`, `six million and two thirds`),
//! ratios (`one over three`, `two out of five`, `one in twenty`) and digit numerals
//! continued by scale words (`4 thousand 3 hundred and 21`).
//!
//! A phrase is read as tokens (number words, an optional leading `a`, at most one
//! ordinal word at the end) joined by spaces, hyphens or `and`, then evaluated:
//!
//! * **Cardinals** take the longest run of tokens that makes a well-formed number.
//! * **Fractions** end in an ordinal word, the denominator. It may be compound
//!   (`twenty-fifths` is 25, `one hundred fifth` 105) when it starts with a unit or tens
//!   word that is not hyphen-glued to the word before; the longest such denominator
//!   that leaves a numerator wins (`one hundred thirty fifths` is 100/35). The ordinal's
//!   number must agree with the numerator: singular after one (`one fifth`, `a third`),
//!   plural otherwise (`three fifths`).
//! * **Mixed numbers** join a whole part and a proper fraction with `and`
//!   (`twenty and three fifths` = 20.6); after a scale word the fraction is of that scale
//!   (`two million and three fifths` = 2.6 million).
//! * **Ordinals** are not figures: a well-formed number followed by an ordinal that does
//!   not make a fraction (`twenty-first`, `one hundred fifth`, `two millionth`) is
//!   reported as [`En::Ordinal`], and the caller skips it whole.

use super::numeral::{self, ascii_word};
use rust_decimal::Decimal;

/// An English cardinal number word.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum EnWord {
    Unit(u32),
    Ten(u32),
    Hundred,
    Big(u32),
    Dozen,
    /// half, quarter(s): a fraction of the scale word after it (`half a million`).
    Frac(u32),
    /// hundreds, thousands, millions: a scale only after a number (`five hundreds`).
    Plural(u32),
}

fn en_word(w: &str) -> Option<EnWord> {
    const UNITS: [&str; 20] = [
        "zero",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
    ];
    const TENS: [&str; 8] = [
        "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
    ];
    if w.len() > 9 || w.len() < 3 {
        return None;
    }
    // Every word below starts with one of these letters; most words of prose do not.
    if !matches!(
        w.as_bytes()[0].to_ascii_lowercase(),
        b'b' | b'd' | b'e' | b'f' | b'h' | b'm' | b'n' | b'o' | b'q' | b's' | b't' | b'z'
    ) {
        return None;
    }
    let mut buf = [0u8; 9];
    for (d, s) in buf.iter_mut().zip(w.bytes()) {
        *d = s.to_ascii_lowercase();
    }
    let lw = std::str::from_utf8(&buf[..w.len()]).ok()?;
    if let Some(n) = UNITS.iter().position(|&u| u == lw) {
        return Some(EnWord::Unit(n as u32));
    }
    if let Some(n) = TENS.iter().position(|&u| u == lw) {
        return Some(EnWord::Ten(20 + 10 * n as u32));
    }
    Some(match lw {
        "hundred" => EnWord::Hundred,
        "thousand" => EnWord::Big(3),
        "million" => EnWord::Big(6),
        "billion" => EnWord::Big(9),
        "trillion" => EnWord::Big(12),
        "hundreds" => EnWord::Plural(2),
        "thousands" => EnWord::Plural(3),
        "millions" => EnWord::Plural(6),
        "billions" => EnWord::Plural(9),
        "trillions" => EnWord::Plural(12),
        "dozen" | "dozens" => EnWord::Dozen,
        "nought" | "naught" => EnWord::Unit(0),
        "half" => EnWord::Frac(2),
        "quarter" | "quarters" => EnWord::Frac(4),
        _ => return None,
    })
}

/// An ordinal word used as a fraction's denominator.
#[derive(Clone, Copy, Debug)]
struct Ordinal {
    /// The cardinal it stands for (`fifth` → five, `twentieth` → twenty).
    card: EnWord,
    plural: bool,
    /// `half`, `quarter`: a denominator on its own only, never inside a compound.
    simple_only: bool,
    /// `first`, `second`: only inside a compound (`twenty-first`); "one second" is a time.
    compound_only: bool,
}

fn en_ordinal(w: &str) -> Option<Ordinal> {
    if w.len() < 4 || w.len() > 12 {
        return None;
    }
    let mut buf = [0u8; 12];
    for (d, s) in buf.iter_mut().zip(w.bytes()) {
        *d = s.to_ascii_lowercase();
    }
    let lw = std::str::from_utf8(&buf[..w.len()]).ok()?;
    let (stem, plural) = match lw.strip_suffix('s') {
        Some(s) => (s, true),
        None => (lw, false),
    };
    use EnWord::*;
    let card = match stem {
        "half" | "halve" => Unit(2),
        "quarter" => Unit(4),
        "first" => Unit(1),
        "second" => Unit(2),
        "third" => Unit(3),
        "fourth" => Unit(4),
        "fifth" => Unit(5),
        "sixth" => Unit(6),
        "seventh" => Unit(7),
        "eighth" => Unit(8),
        "ninth" => Unit(9),
        "tenth" => Unit(10),
        "eleventh" => Unit(11),
        "twelfth" => Unit(12),
        "thirteenth" => Unit(13),
        "fourteenth" => Unit(14),
        "fifteenth" => Unit(15),
        "sixteenth" => Unit(16),
        "seventeenth" => Unit(17),
        "eighteenth" => Unit(18),
        "nineteenth" => Unit(19),
        "twentieth" => Ten(20),
        "thirtieth" => Ten(30),
        "fortieth" => Ten(40),
        "fiftieth" => Ten(50),
        "sixtieth" => Ten(60),
        "seventieth" => Ten(70),
        "eightieth" => Ten(80),
        "ninetieth" => Ten(90),
        "hundredth" => Hundred,
        "thousandth" => Big(3),
        "millionth" => Big(6),
        "billionth" => Big(9),
        "trillionth" => Big(12),
        _ => return None,
    };
    if stem == "halve" && !plural {
        return None;
    }
    Some(Ordinal {
        card,
        plural,
        simple_only: matches!(stem, "half" | "halve" | "quarter"),
        compound_only: matches!(stem, "first" | "second"),
    })
}

/// Whether `w` can start an English number (one … ninety, hundred, thousand, …).
pub(crate) fn is_english_number_word(w: &str) -> bool {
    en_word(w).is_some_and(|x| !matches!(x, EnWord::Plural(_)))
}

/// How a token is joined to the one before it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Join {
    Start,
    Space,
    Hyphen,
    And,
}

#[derive(Clone, Copy, Debug)]
enum T {
    Card(EnWord),
    /// `a` (`a hundred`, `a fifth`, `and a half`).
    Article,
    Ord(Ordinal),
}

#[derive(Clone, Copy, Debug)]
struct Tok {
    t: T,
    end: usize,
    join: Join,
}

/// At most this many tokens are read.
const MAX_TOKS: usize = 24;

fn is_article(w: &[u8]) -> bool {
    w.len() == 1 && (w[0] == b'a' || w[0] == b'A')
}

/// The number words at `start`, tokenized: the tokens and how many of them there are.
fn tokens(text: &str, start: usize) -> ([Tok; MAX_TOKS], usize) {
    let mut toks = [Tok {
        t: T::Article,
        end: 0,
        join: Join::Start,
    }; MAX_TOKS];
    let n = tokenize(text, start, &mut toks);
    (toks, n)
}

/// Read the tokens of a number phrase starting at `start`.
fn tokenize(text: &str, start: usize, toks: &mut [Tok; MAX_TOKS]) -> usize {
    let b = text.as_bytes();
    let mut n = 0;
    let mut i = start;
    let mut join = Join::Start;
    while n < MAX_TOKS {
        let we = ascii_word(b, i);
        if we == i || b.get(we).is_some_and(u8::is_ascii_digit) {
            break;
        }
        let w = &text[i..we];
        let t = if is_article(w.as_bytes()) {
            if !matches!(join, Join::Start | Join::And) || b.get(we) != Some(&b' ') {
                break;
            }
            T::Article
        } else if let Some(c) = en_word(w) {
            match c {
                EnWord::Frac(den) => {
                    // A fraction of the scale after it (half million, half a dozen), or
                    // else a denominator (a half, three quarters).
                    let nb = skip_sp(b, we);
                    let nwe = ascii_word(b, nb);
                    let next = en_word(&text[nb..nwe]);
                    if matches!(next, Some(EnWord::Big(_))) {
                        T::Card(c)
                    } else if w.eq_ignore_ascii_case("half")
                        && is_article(&b[nb..nwe])
                        && b.get(nwe) == Some(&b' ')
                        && matches!(
                            en_word(&text[skip_sp(b, nwe)..ascii_word(b, skip_sp(b, nwe))]),
                            Some(EnWord::Big(_) | EnWord::Dozen)
                        )
                    {
                        // half a million: the scale is the next token.
                        toks[n] = Tok {
                            t: T::Card(EnWord::Frac(den)),
                            end: we,
                            join,
                        };
                        n += 1;
                        i = skip_sp(b, nwe);
                        join = Join::Space;
                        continue;
                    } else {
                        match en_ordinal(w) {
                            Some(o) => T::Ord(o),
                            None => break,
                        }
                    }
                }
                _ => T::Card(c),
            }
        } else if let Some(o) = en_ordinal(w) {
            T::Ord(o)
        } else {
            break;
        };
        if let T::Ord(o) = t {
            // An ordinal needs a number before it; first/second only after a tens word.
            let after_ten = n > 0 && matches!(toks[n - 1].t, T::Card(EnWord::Ten(_)));
            if n == 0 || (o.compound_only && !after_ten) {
                break;
            }
        }
        toks[n] = Tok { t, end: we, join };
        n += 1;
        if matches!(t, T::Ord(_)) {
            break;
        }
        // Separator: spaces and hyphens, then an optional `and`.
        let mut j = we;
        let mut hyphen = false;
        while let Some(&c) = b.get(j) {
            if c == b'-' {
                hyphen = true;
            } else if c != b' ' {
                break;
            }
            j += 1;
        }
        if j == we || b.get(j).is_none_or(|c| !c.is_ascii_alphabetic()) {
            break;
        }
        join = if hyphen { Join::Hyphen } else { Join::Space };
        if !hyphen
            && b.len() >= j + 4
            && b[j..j + 3].eq_ignore_ascii_case(b"and")
            && b[j + 3] == b' '
        {
            let nj = skip_sp(b, j + 4);
            let nwe = ascii_word(b, nj);
            let w2 = &text[nj..nwe];
            let ok = en_word(w2).is_some()
                || en_ordinal(w2).is_some()
                || (is_article(w2.as_bytes()) && b.get(nwe) == Some(&b' '));
            if !ok {
                break;
            }
            j = nj;
            join = Join::And;
        }
        i = j;
    }
    n
}

fn skip_sp(b: &[u8], mut i: usize) -> usize {
    while b.get(i) == Some(&b' ') {
        i += 1;
    }
    i
}

/// A cardinal being read token by token.
#[derive(Clone, Copy, Debug)]
struct Acc {
    total: Decimal,
    section: Decimal,
    cur: Decimal,
    cur_set: bool,
    cur_ten: bool,
    /// `a` was read: only a scale, dozen or fraction word may follow.
    article: bool,
    /// A fraction word was read: a scale word must follow.
    need_scale: bool,
    /// The whole part before `and a half million`, waiting for the fraction.
    whole: Option<Decimal>,
    last_big: u32,
    prec: Decimal,
    last_was_big: bool,
}

impl Acc {
    fn new() -> Self {
        Acc {
            total: Decimal::ZERO,
            section: Decimal::ZERO,
            cur: Decimal::ZERO,
            cur_set: false,
            cur_ten: false,
            article: false,
            need_scale: false,
            whole: None,
            last_big: u32::MAX,
            prec: Decimal::ONE,
            last_was_big: false,
        }
    }

    /// Whether what was read so far is a complete number.
    fn complete(&self) -> bool {
        !self.article
            && !self.need_scale
            && self.whole.is_none()
            && (self.cur_set || !self.section.is_zero() || self.last_big != u32::MAX)
    }

    fn value(&self) -> Decimal {
        self.total + self.section + self.cur
    }

    fn precision(&self) -> Decimal {
        if self.last_was_big {
            self.prec
        } else {
            Decimal::ONE
        }
    }

    /// Read one token (`next` is the one after it). False if it cannot continue the number.
    fn push(&mut self, tok: &Tok, next: Option<&Tok>) -> bool {
        let w = match tok.t {
            T::Card(w) => w,
            T::Article => {
                if self.cur_set || !self.section.is_zero() {
                    // five and a half million: keep the whole part for the fraction.
                    let frac_next = next.is_some_and(|t| matches!(t.t, T::Card(EnWord::Frac(_))));
                    if tok.join != Join::And || !frac_next || !self.section.is_zero() {
                        return false;
                    }
                    self.whole = Some(self.cur);
                }
                self.cur = Decimal::ONE;
                self.cur_set = true;
                self.article = true;
                return true;
            }
            T::Ord(_) => return false,
        };
        if self.article && matches!(w, EnWord::Unit(_) | EnWord::Ten(_)) {
            return false;
        }
        if self.need_scale && !matches!(w, EnWord::Big(_) | EnWord::Dozen) {
            return false;
        }
        self.article = false;
        match w {
            EnWord::Unit(n) | EnWord::Ten(n) => {
                let ten = matches!(w, EnWord::Ten(_));
                if self.cur_set {
                    let joins_ten = self.cur_ten && !ten && n > 0 && n < 10;
                    let frac_next = next.is_some_and(|t| matches!(t.t, T::Card(EnWord::Frac(_))));
                    if joins_ten {
                        self.cur += Decimal::from(n);
                        self.cur_ten = false;
                        return true;
                    }
                    // five and three quarters million
                    if tok.join != Join::And || !frac_next || self.whole.is_some() {
                        return false;
                    }
                    self.whole = Some(self.cur);
                    self.cur = Decimal::ZERO;
                }
                self.cur = Decimal::from(n);
                self.cur_set = true;
                self.cur_ten = ten;
                self.prec = Decimal::ONE;
                self.last_was_big = false;
            }
            EnWord::Hundred => {
                if !self.section.is_zero() || self.whole.is_some() {
                    return false;
                }
                let v = if self.cur_set { self.cur } else { Decimal::ONE };
                self.section = v * Decimal::ONE_HUNDRED;
                self.prec = Decimal::ONE_HUNDRED;
                self.last_was_big = false;
                self.cur = Decimal::ZERO;
                self.cur_set = false;
                self.cur_ten = false;
            }
            EnWord::Big(e) | EnWord::Plural(e) => {
                let plural = matches!(w, EnWord::Plural(_));
                if e >= self.last_big
                    || (!self.cur_set && self.section.is_zero())
                    || (plural && next.is_some())
                {
                    return false;
                }
                if plural && e == 2 {
                    // five hundreds
                    if !self.section.is_zero() {
                        return false;
                    }
                    self.section = self.cur * Decimal::ONE_HUNDRED;
                    self.cur = Decimal::ZERO;
                    self.cur_set = false;
                    return true;
                }
                let m = numeral::pow10(e as i32);
                let group = self.section + self.cur;
                let Some(add) = group.checked_mul(m) else {
                    return false;
                };
                self.total += add;
                let frac = !group.fract().is_zero();
                self.prec = if frac {
                    // half a million: read to the fraction.
                    m * self.cur.fract()
                } else {
                    self.prec * m
                };
                self.last_was_big = true;
                self.section = Decimal::ZERO;
                self.cur = Decimal::ZERO;
                self.cur_set = false;
                self.cur_ten = false;
                self.need_scale = false;
                self.last_big = e;
            }
            EnWord::Dozen => {
                let v = if self.cur_set { self.cur } else { Decimal::ONE };
                self.cur = v * Decimal::from(12);
                self.cur_set = true;
                self.need_scale = false;
                self.prec = Decimal::from(12);
            }
            EnWord::Frac(den) => {
                // half million, three quarters billion, five and a half million.
                if !self.section.is_zero() {
                    return false;
                }
                let num = if self.cur_set { self.cur } else { Decimal::ONE };
                if num >= Decimal::from(den) {
                    return false;
                }
                self.cur = self.whole.take().unwrap_or_default() + num / Decimal::from(den);
                self.cur_set = true;
                self.need_scale = true;
            }
        }
        true
    }
}

/// The longest complete cardinal at the start of `toks`: (tokens used, reading).
fn cardinal_prefix(toks: &[Tok]) -> Option<(usize, Acc)> {
    let mut acc = Acc::new();
    let mut best = None;
    for (k, t) in toks.iter().enumerate() {
        if !acc.push(t, toks.get(k + 1)) {
            break;
        }
        if acc.complete() {
            best = Some((k + 1, acc));
        }
    }
    best
}

/// The cardinal made of all of `toks`, if they make one. A lone `a` is one.
fn cardinal_all(toks: &[Tok]) -> Option<Acc> {
    if let [Tok { t: T::Article, .. }] = toks {
        let mut acc = Acc::new();
        acc.cur = Decimal::ONE;
        acc.cur_set = true;
        return Some(acc);
    }
    let (k, acc) = cardinal_prefix(toks)?;
    (k == toks.len()).then_some(acc)
}

/// The value of the denominator `toks`, whose last token is an ordinal.
fn denominator(toks: &[Tok]) -> Option<Decimal> {
    let (last, head) = toks.split_last()?;
    let T::Ord(o) = last.t else { return None };
    if head.is_empty() {
        return match o.card {
            _ if o.compound_only => None,
            EnWord::Unit(n) | EnWord::Ten(n) => Some(Decimal::from(n)),
            EnWord::Hundred => Some(Decimal::ONE_HUNDRED),
            EnWord::Big(e) => Some(numeral::pow10(e as i32)),
            _ => None,
        };
    } else {
        // A compound starts with a unit or tens word, not glued to the word before it.
        if o.simple_only
            || !matches!(head[0].t, T::Card(EnWord::Unit(_) | EnWord::Ten(_)))
            || head[0].join != Join::Space
        {
            return None;
        }
    }
    let mut as_card = [*last; MAX_TOKS];
    as_card[..head.len()].copy_from_slice(head);
    as_card[head.len()] = Tok {
        t: T::Card(o.card),
        ..*last
    };
    let acc = cardinal_all(&as_card[..toks.len()])?;
    let v = acc.value();
    (v >= Decimal::TWO && v.fract().is_zero()).then_some(v)
}

/// A fraction made of all of `toks` (numerator words, then a denominator ending in an
/// ordinal): Some(Some(value)) when it is one, Some(None) when the words read as an
/// ordinal instead (`twenty-first`, `two millionth`), None when they are neither.
fn fraction(toks: &[Tok]) -> Option<Option<(Decimal, usize)>> {
    let n = toks.len();
    let T::Ord(o) = toks.last()?.t else {
        return None;
    };
    // The longest denominator that leaves a numerator.
    let mut ordinal = false;
    for s in 1..n {
        let Some(den) = denominator(&toks[s..]) else {
            continue;
        };
        let Some(num) = cardinal_all(&toks[..s]) else {
            continue;
        };
        let num = num.value();
        if o.plural == (num == Decimal::ONE) || num.is_zero() {
            // one hundred fifth, three fifth: an ordinal after a number.
            ordinal = true;
            continue;
        }
        return Some(Some((num / den, n - s)));
    }
    if ordinal || cardinal_all(&toks[..n - 1]).is_some() {
        return Some(None);
    }
    None
}

/// What [`parse`] read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum En {
    /// A number: value, precision, end.
    Number(Decimal, Decimal, usize),
    /// An ordinal phrase (`twenty-first`, `one hundred fifth`) that ends here: no figure.
    Ordinal(usize),
}

/// Parse English number words at `start`: a cardinal, a fraction or a decimal.
pub(crate) fn parse(text: &str, start: usize) -> Option<En> {
    let (toks, n) = tokens(text, start);
    let toks = &toks[..n];
    if n == 0 {
        return None;
    }
    let frac_prec = Decimal::new(1, 6);
    if matches!(toks[n - 1].t, T::Ord(_)) {
        let end = toks[n - 1].end;
        // A mixed number: whole `and` proper fraction (twenty and three fifths).
        for k in (1..n - 1).rev() {
            if toks[k].join != Join::And {
                continue;
            }
            let (Some(whole), Some(Some((f, _)))) =
                (cardinal_all(&toks[..k]), fraction(&toks[k..]))
            else {
                continue;
            };
            if f >= Decimal::ONE {
                break;
            }
            // six million and two thirds: two thirds of a million.
            let scale = match toks[k - 1].t {
                T::Card(EnWord::Big(e)) => numeral::pow10(e as i32),
                _ => Decimal::ONE,
            };
            return Some(En::Number(whole.value() + f * scale, frac_prec, end));
        }
        match fraction(toks) {
            Some(Some((f, den_len))) => {
                // A compound singular denominator stands alone or before "of"
                // (one twenty-fifth of, not "a twenty-first century").
                let compound = den_len >= 2;
                let singular = matches!(toks[n - 1].t, T::Ord(o) if !o.plural);
                if singular && compound && next_word_blocks(text, end) {
                    return Some(En::Ordinal(end));
                }
                // two thirds of a million
                if let Some((m, e2)) = of_a_scale(text, end) {
                    return Some(En::Number(f * m, frac_prec, e2));
                }
                return Some(En::Number(f, frac_prec, end));
            }
            Some(None) => return Some(En::Ordinal(end)),
            None => {}
        }
    }
    let (k, acc) = cardinal_prefix(toks)?;
    let end = toks[k - 1].end;
    let v = acc.value();
    // two hundred point zero three
    if v.fract().is_zero() {
        if let Some((d, digits, e2)) = point_digits(text, end) {
            let prec = Decimal::new(1, digits);
            return Some(En::Number(v + d, prec, e2));
        }
    }
    Some(En::Number(v, acc.precision(), end))
}

/// Parse English number words at `start`, ignoring ordinals: (value, precision, end).
pub(crate) fn parse_english(text: &str, start: usize) -> Option<(Decimal, Decimal, usize)> {
    match parse(text, start)? {
        En::Number(v, p, e) => Some((v, p, e)),
        En::Ordinal(_) => None,
    }
}

/// Whether a letter word other than `of` follows at `e` (after one space).
fn next_word_blocks(text: &str, e: usize) -> bool {
    let b = text.as_bytes();
    let j = skip_sp(b, e);
    let we = ascii_word(b, j);
    j > e && we > j && !text[j..we].eq_ignore_ascii_case("of")
}

/// ` of a million` at `e`: (the scale, end).
fn of_a_scale(text: &str, e: usize) -> Option<(Decimal, usize)> {
    let b = text.as_bytes();
    let rest = b.get(e..)?;
    if rest.len() < 6 || !rest[..6].eq_ignore_ascii_case(b" of a ") {
        return None;
    }
    let ws = e + 6;
    let we = ascii_word(b, ws);
    match en_word(&text[ws..we])? {
        EnWord::Big(x) => Some((numeral::pow10(x as i32), we)),
        _ => None,
    }
}

/// ` and a half`, ` and one quarter`, ` and two thirds` at `e`, after a number that
/// ends in a scale word: (the proper fraction, end).
pub(crate) fn and_a_fraction(text: &str, e: usize) -> Option<(Decimal, usize)> {
    let b = text.as_bytes();
    let rest = b.get(e..)?;
    if rest.len() < 6 || !rest[..5].eq_ignore_ascii_case(b" and ") {
        return None;
    }
    let s = skip_sp(b, e + 5);
    let (toks, n) = tokens(text, s);
    if n < 2 {
        return None;
    }
    match fraction(&toks[..n]) {
        Some(Some((f, _))) if f < Decimal::ONE => Some((f, toks[n - 1].end)),
        _ => None,
    }
}

/// ` point zero three`, ` point seventy-one` at `e`: (the decimal part, its number of
/// digits, end). Each word gives its digits (`eleven` gives two).
fn point_digits(text: &str, e: usize) -> Option<(Decimal, u32, usize)> {
    let b = text.as_bytes();
    let rest = b.get(e..)?;
    if rest.len() < 8 || !rest[..7].eq_ignore_ascii_case(b" point ") {
        return None;
    }
    let mut i = skip_sp(b, e + 7);
    let mut digits: u64 = 0;
    let mut count = 0u32;
    let mut end = e;
    while count < 16 {
        let we = ascii_word(b, i);
        let (v, n, e2) = match en_word(&text[i..we]) {
            Some(EnWord::Unit(n)) => (n as u64, if n >= 10 { 2 } else { 1 }, we),
            Some(EnWord::Ten(t)) => {
                // seventy-one, seventy one
                let j = if matches!(b.get(we), Some(b'-' | b' ')) {
                    we + 1
                } else {
                    we
                };
                let ue = ascii_word(b, j);
                match en_word(&text[j..ue]) {
                    Some(EnWord::Unit(u)) if j > we && (1..10).contains(&u) => {
                        ((t + u) as u64, 2, ue)
                    }
                    _ => (t as u64, 2, we),
                }
            }
            _ => break,
        };
        digits = digits * 10u64.pow(n) + v;
        count += n;
        end = e2;
        if b.get(e2) != Some(&b' ') {
            break;
        }
        i = e2 + 1;
    }
    if count == 0 {
        return None;
    }
    Some((Decimal::new(digits as i64, count), count, end))
}

/// A ratio after the integer `num` that ends at `e`: `over 3` (only where the clause
/// ends after it: "over 3 years" is a duration), `out of five` (not more than the
/// whole: "12 out of 10" is two numbers), `in twenty-one` (after one only, written in
/// words, and not before a time unit). Returns (num / den, end).
pub(crate) fn ratio_tail(text: &str, num: Decimal, e: usize) -> Option<(Decimal, usize)> {
    let b = text.as_bytes();
    if b.get(e) != Some(&b' ') || !matches!(b.get(e + 1), Some(b'o' | b'O' | b'i' | b'I')) {
        return None;
    }
    if !num.fract().is_zero() || num.is_sign_negative() {
        return None;
    }
    let r = &b[e + 1..];
    let starts = |w: &[u8]| r.len() > w.len() && r[..w.len()].eq_ignore_ascii_case(w);
    let (kind, j) = if starts(b"over ") {
        (0, e + 6)
    } else if starts(b"out of ") {
        (1, e + 8)
    } else if starts(b"in ") && num == Decimal::ONE {
        (2, e + 4)
    } else {
        return None;
    };
    let (den, de) = if numeral::digit_at(b, j).is_some() {
        if kind == 2 {
            return None;
        }
        let n = numeral::parse_numeral(text, j)?;
        if n.kanji_chars > 0 || n.leading_zero || !n.value.fract().is_zero() {
            return None;
        }
        if b.get(n.end)
            .is_some_and(|c| c.is_ascii_alphanumeric() || matches!(c, b'.' | b'/' | b'%'))
            && !(b[n.end] == b'.' && b.get(n.end + 1).is_none_or(|c| !c.is_ascii_digit()))
        {
            return None;
        }
        (n.value, n.end)
    } else if b.get(j).is_some_and(u8::is_ascii_alphabetic)
        && is_english_number_word(&text[j..ascii_word(b, j)])
    {
        let (v, _, e2) = parse_english(text, j)?;
        if !v.fract().is_zero() {
            return None;
        }
        (v, e2)
    } else {
        return None;
    };
    if den < Decimal::TWO {
        return None;
    }
    let ok = match kind {
        0 => clause_ends(b, de),
        1 => num <= den,
        _ => num < den && !before_time_unit(text, de),
    };
    ok.then(|| (num / den, de))
}

/// Whether only punctuation or the end of the text follows `e` (after spaces).
fn clause_ends(b: &[u8], e: usize) -> bool {
    let j = skip_sp(b, e);
    match b.get(j) {
        None => true,
        Some(c) => {
            matches!(
                c,
                b'.' | b',' | b';' | b':' | b'!' | b'?' | b')' | b'\n' | b'\r'
            ) && b.get(j + 1).is_none_or(|c| !c.is_ascii_digit())
        }
    }
}

/// Whether a time unit word (`minutes`, `years`) follows `e`.
fn before_time_unit(text: &str, e: usize) -> bool {
    let b = text.as_bytes();
    let j = skip_sp(b, e);
    let w = &text[j..ascii_word(b, j)];
    const TIME: &[&str] = &[
        "second", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "week", "weeks",
        "month", "months", "year", "years", "game", "games", "match", "matches",
    ];
    j > e && TIME.iter().any(|t| t.eq_ignore_ascii_case(w))
}

/// After a digit numeral and a spelled-out scale word that end at `e` (`4 thousand`,
/// `3 hundred`), more of the same number: `4 thousand 3 hundred and 21`,
/// `6 crore and two hundred`, `3 hundred and one`. Each part is smaller than the scale
/// before it; a part without a scale word needs `and` and follows `hundred` or
/// `thousand`. Returns (amount to add, precision, end).
pub(crate) fn scale_chain(
    text: &str,
    mut e: usize,
    mut scale: i32,
) -> Option<(Decimal, Decimal, usize)> {
    let b = text.as_bytes();
    let mut add = Decimal::ZERO;
    let mut prec = None;
    loop {
        if b.get(e) != Some(&b' ') {
            break;
        }
        let mut j = e + 1;
        let and = b.len() >= j + 4 && b[j..j + 3].eq_ignore_ascii_case(b"and") && b[j + 3] == b' ';
        if and {
            j = skip_sp(b, j + 4);
        }
        // The part: digits with an optional scale word, or number words.
        let (v, pe, part_scale) = if numeral::digit_at(b, j).is_some() {
            let Some(n) = numeral::parse_numeral(text, j) else {
                break;
            };
            if n.plain_int_digits.is_none() || n.leading_zero || n.kanji_chars > 0 {
                break;
            }
            match spelled_scale(text, n.end) {
                Some((se, send)) => (n.value * numeral::pow10(se), send, Some(se)),
                None => {
                    if b.get(n.end)
                        .is_some_and(|c| c.is_ascii_alphanumeric() || *c == b'.')
                        && !(b[n.end] == b'.'
                            && b.get(n.end + 1).is_none_or(|c| !c.is_ascii_digit()))
                    {
                        break;
                    }
                    (n.value, n.end, None)
                }
            }
        } else if and && b.get(j).is_some_and(u8::is_ascii_alphabetic) {
            let Some((v, _, pe)) = parse_english(text, j) else {
                break;
            };
            if !v.fract().is_zero() {
                break;
            }
            let s = (v >= Decimal::ONE_HUNDRED).then_some(2);
            (v, pe, s)
        } else {
            break;
        };
        if v.is_zero() || v >= numeral::pow10(scale) {
            break;
        }
        if part_scale.is_none() && !(and && scale <= 3) {
            break;
        }
        add += v;
        e = pe;
        prec = Some(part_scale.map_or(Decimal::ONE, numeral::pow10));
        match part_scale {
            Some(s) => scale = s,
            None => break,
        }
    }
    prec.map(|p| (add, p, e))
}

/// A spelled-out scale word after one space at `i` (` hundred`, ` thousand`, ` crore`):
/// (power of ten, end).
pub(crate) fn spelled_scale(text: &str, i: usize) -> Option<(i32, usize)> {
    let b = text.as_bytes();
    if b.get(i) != Some(&b' ') {
        return None;
    }
    let we = ascii_word(b, i + 1);
    if b.get(we).is_some_and(u8::is_ascii_digit) {
        return None;
    }
    let w = &text[i + 1..we];
    let e = match en_word(w) {
        Some(EnWord::Hundred) => 2,
        Some(EnWord::Big(e)) => e as i32,
        _ if w.eq_ignore_ascii_case("lakh") => 5,
        _ if w.eq_ignore_ascii_case("crore") => 7,
        _ => return None,
    };
    Some((e, we))
}

/// Whether the lone `one` at `p..e` is a pronoun: after a determiner (`the one you
/// mentioned`, `that one`, `no one`, `each one`).
pub(crate) fn pronoun_one(text: &str, p: usize, e: usize) -> bool {
    let b = text.as_bytes();
    if e != p + 3 || !text[p..e].eq_ignore_ascii_case("one") || p < 2 || b[p - 1] != b' ' {
        return false;
    }
    let ws = numeral::word_before(b, p - 1);
    const DETERMINERS: &[&str] = &[
        "the",
        "that",
        "this",
        "which",
        "each",
        "every",
        "any",
        "no",
        "another",
        "whichever",
    ];
    numeral::word_in(&text[ws..p - 1], DETERMINERS)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    fn d(s: &str) -> Decimal {
        Decimal::from_str(s).unwrap()
    }

    #[test]
    fn english_words() {
        let p = |s: &str| parse_english(s, 0).map(|(v, _, e)| (v, e));
        assert_eq!(p("twenty-five people"), Some((d("25"), 11)));
        assert_eq!(p("two hundred and five"), Some((d("205"), 20)));
        assert_eq!(p("a million"), Some((d("1000000"), 9)));
        assert_eq!(p("three thousand"), Some((d("3000"), 14)));
        assert_eq!(p("hello"), None);
    }

    #[test]
    fn every_number_word_passes_the_first_letter_filter() {
        let words = "zero one two three four five six seven eight nine ten eleven twelve thirteen \
            fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty \
            seventy eighty ninety hundred thousand million billion trillion hundreds thousands \
            millions billions trillions dozen dozens nought naught half quarter quarters";
        for w in words.split_whitespace() {
            assert!(en_word(w).is_some(), "{w}");
            assert!(en_word(&w.to_ascii_uppercase()).is_some(), "{w}");
        }
        for w in ["and", "apple", "Cloud", "growth", "percent", "xyz"] {
            assert!(en_word(w).is_none(), "{w}");
        }
    }
}
