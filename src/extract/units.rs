//! Unit vocabulary: what may follow a numeral (percent signs, currencies, counters,
//! English scale words) and the currency symbols and codes that may precede one.

use super::edge::Edges;
use std::sync::LazyLock;

/// What a unit after a numeral makes of it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum U {
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
static CJK_UNITS: &[(&str, U)] = &[
    ("%", U::Percent),
    ("％", U::Percent),
    ("‰", U::PerMille),
    ("パーセント", U::Percent),
    ("パーセンテージポイント", U::PercentPoint),
    ("ポイント", U::PercentPoint),
    ("个百分点", U::PercentPoint),
    ("個百分点", U::PercentPoint),
    ("個百分點", U::PercentPoint),
    ("个百分點", U::PercentPoint),
    ("百分点", U::PercentPoint),
    ("百分點", U::PercentPoint),
    ("割", U::Wari),
    ("成", U::Cheng),
    // Money
    ("円", U::Money("JPY")),
    ("日元", U::Money("JPY")),
    ("日圆", U::Money("JPY")),
    ("日圓", U::Money("JPY")),
    ("日円", U::Money("JPY")),
    ("ドル", U::Money("USD")),
    ("米ドル", U::Money("USD")),
    ("USドル", U::Money("USD")),
    ("美元", U::Money("USD")),
    ("美金", U::Money("USD")),
    ("元", U::Money("CNY")),
    ("人民元", U::Money("CNY")),
    ("人民币", U::Money("CNY")),
    ("人民幣", U::Money("CNY")),
    ("元人民币", U::Money("CNY")),
    ("ユーロ", U::Money("EUR")),
    ("欧元", U::Money("EUR")),
    ("歐元", U::Money("EUR")),
    ("ウォン", U::Money("KRW")),
    ("韓国ウォン", U::Money("KRW")),
    ("韩元", U::Money("KRW")),
    ("韓元", U::Money("KRW")),
    ("ポンド", U::Money("GBP")),
    ("英ポンド", U::Money("GBP")),
    ("英镑", U::Money("GBP")),
    ("英鎊", U::Money("GBP")),
    ("港元", U::Money("HKD")),
    ("港币", U::Money("HKD")),
    ("港幣", U::Money("HKD")),
    ("香港ドル", U::Money("HKD")),
    ("台湾ドル", U::Money("TWD")),
    ("台湾元", U::Money("TWD")),
    ("新台币", U::Money("TWD")),
    ("新台幣", U::Money("TWD")),
    ("台币", U::Money("TWD")),
    ("ルピー", U::Money("INR")),
    ("インドルピー", U::Money("INR")),
    ("卢比", U::Money("INR")),
    ("豪ドル", U::Money("AUD")),
    ("オーストラリアドル", U::Money("AUD")),
    ("澳元", U::Money("AUD")),
    ("カナダドル", U::Money("CAD")),
    ("加元", U::Money("CAD")),
    ("加拿大元", U::Money("CAD")),
    ("シンガポールドル", U::Money("SGD")),
    ("新加坡元", U::Money("SGD")),
    ("スイスフラン", U::Money("CHF")),
    ("瑞士法郎", U::Money("CHF")),
    ("ルーブル", U::Money("RUB")),
    ("卢布", U::Money("RUB")),
    ("バーツ", U::Money("THB")),
    ("泰铢", U::Money("THB")),
    ("ルピア", U::Money("IDR")),
    ("リンギット", U::Money("MYR")),
    ("レアル", U::Money("BRL")),
    ("ディルハム", U::Money("AED")),
    ("ビットコイン", U::Money("BTC")),
    ("比特币", U::Money("BTC")),
    ("个比特币", U::Money("BTC")),
    ("美圆", U::Money("USD")),
    ("ナイラ", U::Money("NGN")),
    ("奈拉", U::Money("NGN")),
    ("スイス・フラン", U::Money("CHF")),
    ("ニュー台湾ドル", U::Money("TWD")),
    ("パナマ・バルボア", U::Money("PAB")),
    ("$", U::Money("USD")),
    ("€", U::Money("EUR")),
    ("₡", U::Money("CRC")),
    ("₾", U::Money("GEL")),
    ("₭", U::Money("LAK")),
    ("ரூ", U::Money("LKR")),
    ("₿", U::Money("BTC")),
    ("セント", U::MoneyExp("USD", -2)),
    ("美分", U::MoneyExp("USD", -2)),
    ("块", U::Money("CNY")),
    ("塊", U::Money("CNY")),
    // Counters
    ("人", U::Count("人")),
    ("名", U::Count("名")),
    ("社", U::Count("社")),
    ("件", U::Count("件")),
    ("種類", U::Count("種類")),
    ("种", U::Count("种")),
    ("台", U::Count("台")),
    ("個", U::Count("個")),
    ("个", U::Count("个")),
    ("つ", U::Count("つ")),
    ("回", U::Count("回")),
    ("か国", U::Count("か国")),
    ("カ国", U::Count("か国")),
    ("ヶ国", U::Count("か国")),
    ("ヵ国", U::Count("か国")),
    ("ケ国", U::Count("か国")),
    ("箇国", U::Count("か国")),
    ("か所", U::Count("か所")),
    ("カ所", U::Count("か所")),
    ("ヶ所", U::Count("か所")),
    ("箇所", U::Count("か所")),
    ("拠点", U::Count("拠点")),
    ("店舗", U::Count("店舗")),
    ("本", U::Count("本")),
    ("枚", U::Count("枚")),
    ("冊", U::Count("冊")),
    ("校", U::Count("校")),
    ("機", U::Count("機")),
    ("基", U::Count("基")),
    ("隻", U::Count("隻")),
    ("頭", U::Count("頭")),
    ("匹", U::Count("匹")),
    ("双", U::Count("双")),
    ("雙", U::Count("雙")),
    ("只", U::Count("只")),
    ("ダース", U::Dozen),
    ("打", U::Dozen),
    ("軒", U::Count("軒")),
    ("棟", U::Count("棟")),
    ("世帯", U::Count("世帯")),
    ("票", U::Count("票")),
    ("席", U::Count("席")),
    ("項目", U::Count("項目")),
    ("文字", U::Count("文字")),
    ("語", U::Count("語")),
    ("ページ", U::Count("ページ")),
    ("歳", U::Count("歳")),
    ("岁", U::Count("岁")),
    ("時間", U::Count("時間")),
    ("小时", U::Count("小时")),
    ("日間", U::Count("日間")),
    ("天", U::Count("天")),
    ("週間", U::Count("週間")),
    ("ヶ月", U::Count("か月")),
    ("か月", U::Count("か月")),
    ("カ月", U::Count("か月")),
    ("ケ月", U::Count("か月")),
    ("ヵ月", U::Count("か月")),
    ("箇月", U::Count("か月")),
    ("个月", U::Count("个月")),
    ("年間", U::Count("年間")),
    ("分間", U::Count("分間")),
    ("秒", U::Count("秒")),
    ("家", U::Count("家")),
    ("项", U::Count("项")),
    ("款", U::Count("款")),
    ("篇", U::Count("篇")),
    ("次", U::Count("次")),
    ("所", U::Count("所")),
    ("条", U::Count("条")),
    ("辆", U::Count("辆")),
    ("部", U::Count("部")),
    ("パラメータ", U::Count("パラメータ")),
    ("トークン", U::Count("トークン")),
    ("ユーザー", U::Count("ユーザー")),
    // Other measures
    ("倍", U::Num("倍")),
    ("ワット", U::Num("W")),
    ("キロワット", U::Num("kW")),
    ("メガワット", U::Num("MW")),
    ("ギガワット", U::Num("GW")),
    ("テラバイト", U::Num("TB")),
    ("ペタバイト", U::Num("PB")),
    ("ギガバイト", U::Num("GB")),
    ("トン", U::Num("t")),
    ("吨", U::Num("t")),
    ("斤", U::Num("斤")),
    ("キロメートル", U::Num("km")),
    ("キロ", U::Num("キロ")),
    ("メートル", U::Num("m")),
    ("公里", U::Num("km")),
    // Dates and ranks: not figures
    ("年", U::Nen),
    ("年度", U::Nendo),
    ("年代", U::Skip),
    ("月", U::Month),
    ("月間", U::Count("月間")),
    ("日", U::Day),
    ("号", U::Day),
    ("時", U::Skip),
    ("时", U::Skip),
    ("点", U::Count("点")),
    ("位", U::Skip),
    ("番", U::Skip),
    ("番目", U::Skip),
    ("代", U::Skip),
    ("世紀", U::Skip),
    ("世代", U::Skip),
    ("次元", U::Skip),
    ("期", U::Skip),
    ("分", U::Count("分")),
    ("分の", U::Skip),
    ("分之", U::Skip),
    ("折", U::Zhe),
];

/// (first char, entries) index over [`CJK_UNITS`], longest entry first within a char.
static CJK_INDEX: LazyLock<Vec<(char, &'static str, U)>> = LazyLock::new(|| {
    let mut v: Vec<(char, &'static str, U)> = CJK_UNITS
        .iter()
        .map(|&(s, u)| (s.chars().next().unwrap(), s, u))
        .collect();
    v.sort_by(|a, b| a.0.cmp(&b.0).then(b.1.len().cmp(&a.1.len())));
    v
});

/// The CJK/symbol unit at byte `i`, longest match: (unit, end).
pub(crate) fn cjk_unit(text: &str, i: usize) -> Option<(U, usize)> {
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
static EN_UNITS: &[(&str, U)] = &[
    ("percentage points", U::PercentPoint),
    ("percentage point", U::PercentPoint),
    ("percentage", U::Percent),
    ("percent", U::Percent),
    ("percents", U::Percent),
    ("per cent", U::Percent),
    ("pct", U::Percent),
    ("pp", U::PercentPoint),
    ("pt", U::PercentPoint),
    ("pts", U::PercentPoint),
    ("basis points", U::BasisPoints),
    ("basis point", U::BasisPoints),
    ("bps", U::BasisPoints),
    ("bp", U::BasisPoints),
    ("us dollars", U::Money("USD")),
    ("us dollar", U::Money("USD")),
    ("u.s. dollars", U::Money("USD")),
    ("dollars", U::Money("USD")),
    ("dollar", U::Money("USD")),
    ("euros", U::Money("EUR")),
    ("euro", U::Money("EUR")),
    ("yen", U::Money("JPY")),
    ("japanese yen", U::Money("JPY")),
    ("chinese yuan", U::Money("CNY")),
    ("yuan", U::Money("CNY")),
    ("renminbi", U::Money("CNY")),
    ("rmb", U::Money("CNY")),
    ("pounds sterling", U::Money("GBP")),
    ("pounds", U::Money("GBP")),
    ("pound", U::Money("GBP")),
    ("british pounds", U::Money("GBP")),
    ("rupees", U::Money("INR")),
    ("australian dollars", U::Money("AUD")),
    ("canadian dollars", U::Money("CAD")),
    ("hong kong dollars", U::Money("HKD")),
    ("swiss francs", U::Money("CHF")),
    ("francs", U::Money("FRF")),
    ("finnish markka", U::Money("FIM")),
    ("markka", U::Money("FIM")),
    ("pesetas", U::Money("ESP")),
    ("dutch guilders", U::Money("NLG")),
    ("guilders", U::Money("NLG")),
    ("turkish lira", U::Money("TRY")),
    ("lira", U::Money("TRY")),
    ("musd", U::MoneyExp("USD", 6)),
    ("meur", U::MoneyExp("EUR", 6)),
    ("mgbp", U::MoneyExp("GBP", 6)),
    ("cents", U::MoneyExp("USD", -2)),
    ("cent", U::MoneyExp("USD", -2)),
    ("pence", U::MoneyExp("GBP", -2)),
    ("penny", U::MoneyExp("GBP", -2)),
    ("pennies", U::MoneyExp("GBP", -2)),
    ("satoshis", U::MoneyExp("BTC", -8)),
    ("satoshi", U::MoneyExp("BTC", -8)),
    ("kuai", U::Money("CNY")),
    ("rupee", U::Money("INR")),
    ("won", U::Money("KRW")),
    ("usd", U::Money("USD")),
    ("eur", U::Money("EUR")),
    ("jpy", U::Money("JPY")),
    ("cny", U::Money("CNY")),
    ("gbp", U::Money("GBP")),
    ("krw", U::Money("KRW")),
    ("hkd", U::Money("HKD")),
    ("twd", U::Money("TWD")),
    ("inr", U::Money("INR")),
    ("cad", U::Money("CAD")),
    ("aud", U::Money("AUD")),
    ("chf", U::Money("CHF")),
    ("sgd", U::Money("SGD")),
    ("bitcoins", U::Money("BTC")),
    ("bitcoin", U::Money("BTC")),
    ("btc", U::Money("BTC")),
    ("dozens", U::Dozen),
    ("dozen", U::Dozen),
    ("dzs", U::Dozen),
    ("dz", U::Dozen),
    ("dozs", U::Dozen),
    ("doz", U::Dozen),
    ("x", U::Num("x")),
    ("times", U::Num("x")),
    ("gw", U::Num("GW")),
    ("mw", U::Num("MW")),
    ("kw", U::Num("kW")),
    ("gwh", U::Num("GWh")),
    ("twh", U::Num("TWh")),
    ("kwh", U::Num("kWh")),
    ("tb", U::Num("TB")),
    ("gb", U::Num("GB")),
    ("pb", U::Num("PB")),
    ("mb", U::Num("MB")),
    ("nm", U::Num("nm")),
    ("km", U::Num("km")),
    ("kg", U::Num("kg")),
    ("ghz", U::Num("GHz")),
    ("tflops", U::Num("TFLOPS")),
    ("pflops", U::Num("PFLOPS")),
    ("st", U::Skip),
    ("nd", U::Skip),
    ("rd", U::Skip),
    ("th", U::Skip),
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
pub(crate) fn en_unit(text: &str, i: usize) -> Option<(U, usize)> {
    let b = text.as_bytes();
    if !b.get(i)?.is_ascii_alphabetic() {
        return None;
    }
    let rest = &b[i..];
    let mut best: Option<(U, usize)> = None;
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
        assert_eq!(cjk_unit("米ドル", 0), Some((U::Money("USD"), 9)));
        assert_eq!(cjk_unit("元", 0), Some((U::Money("CNY"), 3)));
        assert_eq!(cjk_unit("人民元で", 0), Some((U::Money("CNY"), 9)));
        assert_eq!(cjk_unit("種類", 0), Some((U::Count("種類"), 6)));
        assert_eq!(cjk_unit("年度", 0), Some((U::Nendo, 6)));
        assert_eq!(cjk_unit("個百分点", 0), Some((U::PercentPoint, 12)));
        assert_eq!(cjk_unit("は", 0), None);
    }

    #[test]
    fn english_units_and_scales() {
        assert_eq!(en_unit("percent of", 0), Some((U::Percent, 7)));
        assert_eq!(en_unit("percentage points", 0), Some((U::PercentPoint, 17)));
        assert_eq!(en_unit("Dollars", 0), Some((U::Money("USD"), 7)));
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
