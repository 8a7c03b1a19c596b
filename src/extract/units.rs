//! Unit vocabulary: what may follow a numeral (percent signs, currencies, counters,
//! English scale words) and the currency symbols and codes that may precede one.

use super::edge::Edges;
use std::sync::LazyLock;

/// What a unit after a numeral makes of it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Unit {
    Percent,
    PercentPoint,
    /// Basis points: a percentage-point difference in hundredths.
    BasisPoints,
    /// Per mille: a percentage in tenths.
    PerMille,
    Money(&'static str),
    /// Money in a unit 10^e of the currency: cents (-2), satoshis (-8), MUSD (6).
    MoneyExp(&'static str, i8),
    Count(&'static str),
    Num(&'static str),
    /// 割 (tenths, as a percentage).
    Wari,
    /// Chinese 成 (tenths, as a percentage).
    Cheng,
    /// Chinese 折 (a discount: 8折 pays 80%).
    Zhe,
    /// 年 after a numeral (a year if it reads like one, else a count of years).
    Nen,
    /// 年度 (fiscal year).
    Nendo,
    /// 月 (a month name, not a figure).
    Month,
    /// 日 (a day of the month or a count of days).
    Day,
    /// A dozen (ダース, 打, dozens): twelve times the number, a bare number.
    Dozen,
    /// Not a figure at all: ranks, clock times, issue numbers, decades.
    Skip,
}

/// Whether the text at `i`, right after `打`, makes it the verb "hit / make" (打了, 打折,
/// 打开) rather than a dozen.
pub(crate) fn da_verb(text: &str, i: usize) -> bool {
    text.get(i..).is_some_and(|r| {
        r.starts_with([
            '了', '过', '過', '着', '著', '开', '開', '算', '折', '破', '败', '敗', '出', '进',
            '進', '入', '到', '给', '給', '电', '電', '车', '車', '工', '造', '击', '擊', '印',
            '扮', '卡', '球', '架', '包', '字', '败', '的', '成', '平', '法',
        ])
    })
}

/// Whether the text at `i`, right after `折`, makes it a Japanese verb (折り, 折れ).
pub(crate) fn zhe_verb(text: &str, i: usize) -> bool {
    text.get(i..)
        .is_some_and(|r| r.starts_with(['り', 'れ', 'っ', 'る', 'ら']))
}

/// CJK and symbol units that follow a numeral directly. Longest match wins.
static CJK_UNITS: &[(&str, Unit)] = &[
    ("%", Unit::Percent),
    ("％", Unit::Percent),
    ("‰", Unit::PerMille),
    ("パーセント", Unit::Percent),
    ("パーセンテージポイント", Unit::PercentPoint),
    ("ポイント", Unit::PercentPoint),
    ("个百分点", Unit::PercentPoint),
    ("個百分点", Unit::PercentPoint),
    ("個百分點", Unit::PercentPoint),
    ("个百分點", Unit::PercentPoint),
    ("百分点", Unit::PercentPoint),
    ("百分點", Unit::PercentPoint),
    ("割", Unit::Wari),
    ("成", Unit::Cheng),
    // Money
    ("円", Unit::Money("JPY")),
    ("日元", Unit::Money("JPY")),
    ("日圆", Unit::Money("JPY")),
    ("日圓", Unit::Money("JPY")),
    ("日円", Unit::Money("JPY")),
    ("ドル", Unit::Money("USD")),
    ("米ドル", Unit::Money("USD")),
    ("USドル", Unit::Money("USD")),
    ("美元", Unit::Money("USD")),
    ("美金", Unit::Money("USD")),
    ("元", Unit::Money("CNY")),
    ("人民元", Unit::Money("CNY")),
    ("人民币", Unit::Money("CNY")),
    ("人民幣", Unit::Money("CNY")),
    ("元人民币", Unit::Money("CNY")),
    ("ユーロ", Unit::Money("EUR")),
    ("欧元", Unit::Money("EUR")),
    ("歐元", Unit::Money("EUR")),
    ("ウォン", Unit::Money("KRW")),
    ("韓国ウォン", Unit::Money("KRW")),
    ("韩元", Unit::Money("KRW")),
    ("韓元", Unit::Money("KRW")),
    ("ポンド", Unit::Money("GBP")),
    ("英ポンド", Unit::Money("GBP")),
    ("英镑", Unit::Money("GBP")),
    ("英鎊", Unit::Money("GBP")),
    ("港元", Unit::Money("HKD")),
    ("港币", Unit::Money("HKD")),
    ("港幣", Unit::Money("HKD")),
    ("香港ドル", Unit::Money("HKD")),
    ("台湾ドル", Unit::Money("TWD")),
    ("台湾元", Unit::Money("TWD")),
    ("新台币", Unit::Money("TWD")),
    ("新台幣", Unit::Money("TWD")),
    ("台币", Unit::Money("TWD")),
    ("ルピー", Unit::Money("INR")),
    ("インドルピー", Unit::Money("INR")),
    ("卢比", Unit::Money("INR")),
    ("豪ドル", Unit::Money("AUD")),
    ("オーストラリアドル", Unit::Money("AUD")),
    ("澳元", Unit::Money("AUD")),
    ("カナダドル", Unit::Money("CAD")),
    ("加元", Unit::Money("CAD")),
    ("加拿大元", Unit::Money("CAD")),
    ("シンガポールドル", Unit::Money("SGD")),
    ("新加坡元", Unit::Money("SGD")),
    ("スイスフラン", Unit::Money("CHF")),
    ("瑞士法郎", Unit::Money("CHF")),
    ("ルーブル", Unit::Money("RUB")),
    ("卢布", Unit::Money("RUB")),
    ("バーツ", Unit::Money("THB")),
    ("泰铢", Unit::Money("THB")),
    ("ルピア", Unit::Money("IDR")),
    ("リンギット", Unit::Money("MYR")),
    ("レアル", Unit::Money("BRL")),
    ("ディルハム", Unit::Money("AED")),
    ("ビットコイン", Unit::Money("BTC")),
    ("比特币", Unit::Money("BTC")),
    ("个比特币", Unit::Money("BTC")),
    ("美圆", Unit::Money("USD")),
    ("ナイラ", Unit::Money("NGN")),
    ("奈拉", Unit::Money("NGN")),
    ("スイス・フラン", Unit::Money("CHF")),
    ("ニュー台湾ドル", Unit::Money("TWD")),
    ("パナマ・バルボア", Unit::Money("PAB")),
    ("$", Unit::Money("USD")),
    ("€", Unit::Money("EUR")),
    ("₡", Unit::Money("CRC")),
    ("₾", Unit::Money("GEL")),
    ("₭", Unit::Money("LAK")),
    ("ரூ", Unit::Money("LKR")),
    ("₿", Unit::Money("BTC")),
    ("セント", Unit::MoneyExp("USD", -2)),
    ("美分", Unit::MoneyExp("USD", -2)),
    ("块", Unit::Money("CNY")),
    ("塊", Unit::Money("CNY")),
    // Counters
    ("人", Unit::Count("人")),
    ("名", Unit::Count("名")),
    ("社", Unit::Count("社")),
    ("件", Unit::Count("件")),
    ("種類", Unit::Count("種類")),
    ("种", Unit::Count("种")),
    ("台", Unit::Count("台")),
    ("個", Unit::Count("個")),
    ("个", Unit::Count("个")),
    ("つ", Unit::Count("つ")),
    ("回", Unit::Count("回")),
    ("か国", Unit::Count("か国")),
    ("カ国", Unit::Count("か国")),
    ("ヶ国", Unit::Count("か国")),
    ("ヵ国", Unit::Count("か国")),
    ("ケ国", Unit::Count("か国")),
    ("箇国", Unit::Count("か国")),
    ("か所", Unit::Count("か所")),
    ("カ所", Unit::Count("か所")),
    ("ヶ所", Unit::Count("か所")),
    ("箇所", Unit::Count("か所")),
    ("拠点", Unit::Count("拠点")),
    ("店舗", Unit::Count("店舗")),
    ("本", Unit::Count("本")),
    ("枚", Unit::Count("枚")),
    ("冊", Unit::Count("冊")),
    ("校", Unit::Count("校")),
    ("機", Unit::Count("機")),
    ("基", Unit::Count("基")),
    ("隻", Unit::Count("隻")),
    ("頭", Unit::Count("頭")),
    ("匹", Unit::Count("匹")),
    ("双", Unit::Count("双")),
    ("雙", Unit::Count("雙")),
    ("只", Unit::Count("只")),
    ("ダース", Unit::Dozen),
    ("打", Unit::Dozen),
    ("軒", Unit::Count("軒")),
    ("棟", Unit::Count("棟")),
    ("世帯", Unit::Count("世帯")),
    ("票", Unit::Count("票")),
    ("席", Unit::Count("席")),
    ("項目", Unit::Count("項目")),
    ("文字", Unit::Count("文字")),
    ("語", Unit::Count("語")),
    ("ページ", Unit::Count("ページ")),
    ("歳", Unit::Count("歳")),
    ("岁", Unit::Count("岁")),
    ("時間", Unit::Count("時間")),
    ("小时", Unit::Count("小时")),
    ("日間", Unit::Count("日間")),
    ("天", Unit::Count("天")),
    ("週間", Unit::Count("週間")),
    ("ヶ月", Unit::Count("か月")),
    ("か月", Unit::Count("か月")),
    ("カ月", Unit::Count("か月")),
    ("ケ月", Unit::Count("か月")),
    ("ヵ月", Unit::Count("か月")),
    ("箇月", Unit::Count("か月")),
    ("个月", Unit::Count("个月")),
    ("年間", Unit::Count("年間")),
    ("分間", Unit::Count("分間")),
    ("秒", Unit::Count("秒")),
    ("家", Unit::Count("家")),
    ("项", Unit::Count("项")),
    ("款", Unit::Count("款")),
    ("篇", Unit::Count("篇")),
    ("次", Unit::Count("次")),
    ("所", Unit::Count("所")),
    ("条", Unit::Count("条")),
    ("辆", Unit::Count("辆")),
    ("部", Unit::Count("部")),
    ("パラメータ", Unit::Count("パラメータ")),
    ("トークン", Unit::Count("トークン")),
    ("ユーザー", Unit::Count("ユーザー")),
    // Other measures
    ("倍", Unit::Num("倍")),
    ("ワット", Unit::Num("W")),
    ("キロワット", Unit::Num("kW")),
    ("メガワット", Unit::Num("MW")),
    ("ギガワット", Unit::Num("GW")),
    ("テラバイト", Unit::Num("TB")),
    ("ペタバイト", Unit::Num("PB")),
    ("ギガバイト", Unit::Num("GB")),
    ("トン", Unit::Num("t")),
    ("吨", Unit::Num("t")),
    ("斤", Unit::Num("斤")),
    ("キロメートル", Unit::Num("km")),
    ("キロ", Unit::Num("キロ")),
    ("メートル", Unit::Num("m")),
    ("公里", Unit::Num("km")),
    // Dates and ranks: not figures
    ("年", Unit::Nen),
    ("年度", Unit::Nendo),
    ("年代", Unit::Skip),
    ("月", Unit::Month),
    ("月間", Unit::Count("月間")),
    ("日", Unit::Day),
    ("号", Unit::Day),
    ("時", Unit::Skip),
    ("时", Unit::Skip),
    ("点", Unit::Count("点")),
    ("位", Unit::Skip),
    ("番", Unit::Skip),
    ("番目", Unit::Skip),
    ("代", Unit::Skip),
    ("世紀", Unit::Skip),
    ("世代", Unit::Skip),
    ("次元", Unit::Skip),
    ("期", Unit::Skip),
    ("分", Unit::Count("分")),
    ("分の", Unit::Skip),
    ("分之", Unit::Skip),
    ("折", Unit::Zhe),
];

/// (first char, entries) index over [`CJK_UNITS`], longest entry first within a char.
static CJK_INDEX: LazyLock<Vec<(char, &'static str, Unit)>> = LazyLock::new(|| {
    let mut v: Vec<(char, &'static str, Unit)> = CJK_UNITS
        .iter()
        .map(|&(s, u)| (s.chars().next().unwrap(), s, u))
        .collect();
    v.sort_by(|a, b| a.0.cmp(&b.0).then(b.1.len().cmp(&a.1.len())));
    v
});

/// The CJK/symbol unit at byte `i`, longest match: (unit, end).
pub(crate) fn cjk_unit(text: &str, i: usize) -> Option<(Unit, usize)> {
    let rest = text.get(i..)?;
    let c = rest.chars().next()?;
    let idx = &*CJK_INDEX;
    let lo = idx.partition_point(|e| e.0 < c);
    for &(ec, s, u) in &idx[lo..] {
        if ec != c {
            break;
        }
        if rest.starts_with(s) {
            return Some((u, i + s.len()));
        }
    }
    None
}

/// English units after a numeral (lower case, matched case-insensitively at a word
/// boundary). Longest first within a shared prefix.
static EN_UNITS: &[(&str, Unit)] = &[
    ("percentage points", Unit::PercentPoint),
    ("percentage point", Unit::PercentPoint),
    ("percentage", Unit::Percent),
    ("percent", Unit::Percent),
    ("percents", Unit::Percent),
    ("per cent", Unit::Percent),
    ("pct", Unit::Percent),
    ("pp", Unit::PercentPoint),
    ("pt", Unit::PercentPoint),
    ("pts", Unit::PercentPoint),
    ("basis points", Unit::BasisPoints),
    ("basis point", Unit::BasisPoints),
    ("bps", Unit::BasisPoints),
    ("bp", Unit::BasisPoints),
    ("us dollars", Unit::Money("USD")),
    ("us dollar", Unit::Money("USD")),
    ("u.s. dollars", Unit::Money("USD")),
    ("dollars", Unit::Money("USD")),
    ("dollar", Unit::Money("USD")),
    ("euros", Unit::Money("EUR")),
    ("euro", Unit::Money("EUR")),
    ("yen", Unit::Money("JPY")),
    ("japanese yen", Unit::Money("JPY")),
    ("chinese yuan", Unit::Money("CNY")),
    ("yuan", Unit::Money("CNY")),
    ("renminbi", Unit::Money("CNY")),
    ("rmb", Unit::Money("CNY")),
    ("pounds sterling", Unit::Money("GBP")),
    ("pounds", Unit::Money("GBP")),
    ("pound", Unit::Money("GBP")),
    ("british pounds", Unit::Money("GBP")),
    ("rupees", Unit::Money("INR")),
    ("australian dollars", Unit::Money("AUD")),
    ("canadian dollars", Unit::Money("CAD")),
    ("hong kong dollars", Unit::Money("HKD")),
    ("swiss francs", Unit::Money("CHF")),
    ("francs", Unit::Money("FRF")),
    ("finnish markka", Unit::Money("FIM")),
    ("markka", Unit::Money("FIM")),
    ("pesetas", Unit::Money("ESP")),
    ("dutch guilders", Unit::Money("NLG")),
    ("guilders", Unit::Money("NLG")),
    ("turkish lira", Unit::Money("TRY")),
    ("lira", Unit::Money("TRY")),
    ("musd", Unit::MoneyExp("USD", 6)),
    ("meur", Unit::MoneyExp("EUR", 6)),
    ("mgbp", Unit::MoneyExp("GBP", 6)),
    ("cents", Unit::MoneyExp("USD", -2)),
    ("cent", Unit::MoneyExp("USD", -2)),
    ("pence", Unit::MoneyExp("GBP", -2)),
    ("penny", Unit::MoneyExp("GBP", -2)),
    ("pennies", Unit::MoneyExp("GBP", -2)),
    ("satoshis", Unit::MoneyExp("BTC", -8)),
    ("satoshi", Unit::MoneyExp("BTC", -8)),
    ("kuai", Unit::Money("CNY")),
    ("rupee", Unit::Money("INR")),
    ("won", Unit::Money("KRW")),
    ("usd", Unit::Money("USD")),
    ("eur", Unit::Money("EUR")),
    ("jpy", Unit::Money("JPY")),
    ("cny", Unit::Money("CNY")),
    ("gbp", Unit::Money("GBP")),
    ("krw", Unit::Money("KRW")),
    ("hkd", Unit::Money("HKD")),
    ("twd", Unit::Money("TWD")),
    ("inr", Unit::Money("INR")),
    ("cad", Unit::Money("CAD")),
    ("aud", Unit::Money("AUD")),
    ("chf", Unit::Money("CHF")),
    ("sgd", Unit::Money("SGD")),
    ("bitcoins", Unit::Money("BTC")),
    ("bitcoin", Unit::Money("BTC")),
    ("btc", Unit::Money("BTC")),
    ("dozens", Unit::Dozen),
    ("dozen", Unit::Dozen),
    ("dzs", Unit::Dozen),
    ("dz", Unit::Dozen),
    ("dozs", Unit::Dozen),
    ("doz", Unit::Dozen),
    ("x", Unit::Num("x")),
    ("times", Unit::Num("x")),
    ("gw", Unit::Num("GW")),
    ("mw", Unit::Num("MW")),
    ("kw", Unit::Num("kW")),
    ("gwh", Unit::Num("GWh")),
    ("twh", Unit::Num("TWh")),
    ("kwh", Unit::Num("kWh")),
    ("tb", Unit::Num("TB")),
    ("gb", Unit::Num("GB")),
    ("pb", Unit::Num("PB")),
    ("mb", Unit::Num("MB")),
    ("nm", Unit::Num("nm")),
    ("km", Unit::Num("km")),
    ("kg", Unit::Num("kg")),
    ("ghz", Unit::Num("GHz")),
    ("tflops", Unit::Num("TFLOPS")),
    ("pflops", Unit::Num("PFLOPS")),
    // An AI accelerator's throughput: trillions of operations per second.
    ("tops", Unit::Num("TOPS")),
    ("st", Unit::Skip),
    ("nd", Unit::Skip),
    ("rd", Unit::Skip),
    ("th", Unit::Skip),
];

/// Whether `b[i]` starts a new word (not preceded by an ASCII letter or digit).
#[inline]
pub(crate) fn word_start(b: &[u8], i: usize) -> bool {
    i == 0 || !b[i - 1].is_ascii_alphanumeric()
}

/// Whether position `i` ends a word (not followed by an ASCII letter or digit).
#[inline]
pub(crate) fn word_end(b: &[u8], i: usize) -> bool {
    i >= b.len() || !b[i].is_ascii_alphanumeric()
}

/// An English unit at byte `i` (no leading space): (unit, end). Longest match.
pub(crate) fn en_unit(text: &str, i: usize) -> Option<(Unit, usize)> {
    let b = text.as_bytes();
    if !b.get(i)?.is_ascii_alphabetic() {
        return None;
    }
    let rest = &b[i..];
    let mut best: Option<(Unit, usize)> = None;
    for &(s, u) in EN_UNITS {
        let n = s.len();
        if rest.len() >= n
            && rest[..n].eq_ignore_ascii_case(s.as_bytes())
            && word_end(b, i + n)
            && best.is_none_or(|(_, e)| i + n > e)
        {
            best = Some((u, i + n));
        }
    }
    best
}

/// An English scale after a digit numeral at `i`: a word after an optional space
/// (`million`, `billion`, …) or a glued suffix (`k`, `m`, `mn`, `bn`, `b`, `tn`).
/// Returns (power of ten, end, glued suffix?).
pub(crate) fn en_scale(text: &str, i: usize, money: bool) -> Option<(i32, usize, bool)> {
    let b = text.as_bytes();
    let mut j = i;
    if b.get(j) == Some(&b' ') {
        j += 1;
    }
    let we = {
        let mut k = j;
        while k < b.len() && b[k].is_ascii_alphabetic() {
            k += 1;
        }
        k
    };
    if we == j {
        return None;
    }
    let w = &text[j..we];
    let word = |s: &str| w.eq_ignore_ascii_case(s);
    let e = if word("hundred") {
        2
    } else if word("thousand") || w == "k" && j == i || w == "K" && j == i && money {
        3
    } else if word("million")
        || word("mil")
        || word("mln")
        || word("mn")
        || (word("m") || w == "MM") && j == i
    {
        6
    } else if word("billion") || word("bn") || word("bln") || (word("b") && j == i) {
        9
    } else if word("trillion") || word("tn") || word("trn") || word("tln") {
        12
    } else if word("lakh") {
        5
    } else if word("crore") {
        7
    } else {
        return None;
    };
    if !word_end(b, we) {
        return None;
    }
    Some((e, we, j == i && w.len() <= 3))
}

/// Currency symbols and codes written before a numeral, longest first.
static PREFIX_CURRENCY: &[(&str, &str)] = &[
    ("US$", "USD"),
    ("U.S.$", "USD"),
    ("USD$", "USD"),
    ("CAD$", "CAD"),
    ("cad$", "CAD"),
    ("HK$", "HKD"),
    ("hk $", "HKD"),
    ("MXN$", "MXN"),
    ("Mex$", "MXN"),
    ("AUD$", "AUD"),
    ("NZD$", "NZD"),
    ("NZ$", "NZD"),
    ("NT$", "TWD"),
    ("A$", "AUD"),
    ("AU$", "AUD"),
    ("C$", "CAD"),
    ("c $", "CAD"),
    ("S$", "SGD"),
    ("R$", "BRL"),
    ("CN¥", "CNY"),
    ("RMB¥", "CNY"),
    ("MUSD", "USD"),
    ("MEUR", "EUR"),
    ("MGBP", "GBP"),
    ("MAUD", "AUD"),
    ("USD", "USD"),
    ("EUR", "EUR"),
    ("GBP", "GBP"),
    ("JPY", "JPY"),
    ("CNY", "CNY"),
    ("RMB", "CNY"),
    ("KRW", "KRW"),
    ("HKD", "HKD"),
    ("TWD", "TWD"),
    ("INR", "INR"),
    ("CAD", "CAD"),
    ("AUD", "AUD"),
    ("CHF", "CHF"),
    ("SGD", "SGD"),
    ("$", "USD"),
    ("＄", "USD"),
    ("€", "EUR"),
    ("£", "GBP"),
    ("￡", "GBP"),
    ("¥", "JPY"),
    ("￥", "JPY"),
    ("₩", "KRW"),
    ("₹", "INR"),
    ("₡", "CRC"),
    ("₾", "GEL"),
    ("₭", "LAK"),
    ("₿", "BTC"),
    ("\\", "JPY"),
    ("人民币", "CNY"),
];

/// Whether `text[s..e]` is an upper-case currency code glued to a number (`USD115`).
pub(crate) fn glued_code(text: &str, s: usize, e: usize) -> bool {
    let w = &text[s..e];
    (w.len() == 3 || w.len() == 4)
        && text.as_bytes().get(e).is_some_and(u8::is_ascii_digit)
        && w.bytes().all(|c| c.is_ascii_uppercase())
        && PREFIX_CURRENCY.iter().any(|&(p, _)| p == w)
}

/// Acronyms of a rate written glued to the percentage they name (「CAGR46%」, 「YoY25%」,
/// 「ROI300%」): unlike a name glued to digits (H100, GPT4), the digits are a figure.
const RATE_ACRONYMS: &[&str] = &["CAGR", "YoY", "YOY", "ROI", "QoQ", "MoM"];

/// Whether the word `text[s..e]` is a rate's acronym ([`RATE_ACRONYMS`]) glued to a
/// percentage or a multiple right after it.
pub(crate) fn glued_rate(text: &str, s: usize, e: usize) -> bool {
    let b = text.as_bytes();
    if !RATE_ACRONYMS.contains(&&text[s..e]) || !word_start(b, s) {
        return false;
    }
    let digits = b[e..]
        .iter()
        .take_while(|c| c.is_ascii_digit() || **c == b'.')
        .count();
    digits > 0
        && ["%", "％", "倍"]
            .iter()
            .any(|u| text[e + digits..].starts_with(u))
}

/// Whether a rate's acronym ends at byte `p`, glued to a percentage there (see
/// [`glued_rate`]).
pub(crate) fn rate_acronym_before(text: &str, p: usize) -> bool {
    RATE_ACRONYMS.iter().any(|a| {
        p >= a.len() && text.is_char_boundary(p - a.len()) && glued_rate(text, p - a.len(), p)
    })
}

/// A currency prefix ending exactly at byte `i`: (ISO code, start).
pub(crate) fn prefix_currency(text: &str, i: usize) -> Option<(&'static str, usize)> {
    static EDGES: LazyLock<Edges> =
        LazyLock::new(|| Edges::ending(PREFIX_CURRENCY.iter().map(|p| p.0)));
    let head = &text.as_bytes()[..i];
    if !EDGES.may_end(head) {
        return None;
    }
    for &(s, code) in PREFIX_CURRENCY {
        let n = s.len();
        if head.len() >= n && head[head.len() - n..].eq_ignore_ascii_case(s.as_bytes()) {
            let st = i - n;
            // Letter codes must start a word (not "ABCUSD").
            if s.as_bytes()[0].is_ascii_alphabetic() && !word_start(text.as_bytes(), st) {
                continue;
            }
            return Some((code, st));
        }
    }
    None
}

/// A currency symbol written *after* the numeral's first position, for ranges such as
/// `$60-$70`: the symbol at byte `i` (forward): (code, end).
pub(crate) fn forward_currency_symbol(text: &str, i: usize) -> Option<(&'static str, usize)> {
    let rest = text.get(i..)?;
    for &(s, code) in PREFIX_CURRENCY {
        if !s.as_bytes()[0].is_ascii_alphabetic() && rest.starts_with(s) {
            return Some((code, i + s.len()));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cjk_units_longest_match() {
        assert_eq!(cjk_unit("米ドル", 0), Some((Unit::Money("USD"), 9)));
        assert_eq!(cjk_unit("元", 0), Some((Unit::Money("CNY"), 3)));
        assert_eq!(cjk_unit("人民元で", 0), Some((Unit::Money("CNY"), 9)));
        assert_eq!(cjk_unit("種類", 0), Some((Unit::Count("種類"), 6)));
        assert_eq!(cjk_unit("年度", 0), Some((Unit::Nendo, 6)));
        assert_eq!(cjk_unit("個百分点", 0), Some((Unit::PercentPoint, 12)));
        assert_eq!(cjk_unit("は", 0), None);
    }

    #[test]
    fn english_units_and_scales() {
        assert_eq!(en_unit("percent of", 0), Some((Unit::Percent, 7)));
        assert_eq!(
            en_unit("percentage points", 0),
            Some((Unit::PercentPoint, 17))
        );
        assert_eq!(en_unit("Dollars", 0), Some((Unit::Money("USD"), 7)));
        assert_eq!(en_unit("xylophone", 0), None);
        assert_eq!(en_scale(" billion", 0, false), Some((9, 8, false)));
        assert_eq!(en_scale("bn ", 0, false), Some((9, 2, true)));
        assert_eq!(en_scale(" m", 0, false), None);
    }

    #[test]
    fn currency_prefixes() {
        assert_eq!(prefix_currency("US$", 3), Some(("USD", 0)));
        assert_eq!(prefix_currency("a $", 3), Some(("USD", 2)));
        assert_eq!(prefix_currency("EUR", 3), Some(("EUR", 0)));
        assert_eq!(prefix_currency("XEUR", 4), None);
    }
}
