//! Unit tests for the extractor, on short sentences written for these tests.

use super::extract;
use crate::figure::{Bound, Kind, RawFigure};
use rust_decimal::Decimal;
use std::str::FromStr;

fn d(s: &str) -> Decimal {
    Decimal::from_str(s).unwrap()
}

/// The figures of `text` as (matched text, value, kind, unit).
fn figs(text: &str) -> Vec<(String, Decimal, Kind, String)> {
    extract(text)
        .into_iter()
        .map(|f| (text[f.start..f.end].to_string(), f.value, f.kind, f.unit))
        .collect()
}

/// The only figure of `text`.
fn one(text: &str) -> RawFigure {
    let v = extract(text);
    assert_eq!(v.len(), 1, "expected one figure in {text:?}, got {v:#?}");
    v.into_iter().next().unwrap()
}

fn span(text: &str, f: &RawFigure) -> String {
    text[f.start..f.end].to_string()
}

#[test]
fn percentages() {
    let t = "売上は25%伸び、利益も12％増えた。";
    let v = figs(t);
    assert_eq!(v.len(), 2);
    assert_eq!(v[0], ("25%".into(), d("25"), Kind::Percent, "%".into()));
    assert_eq!(v[1], ("12％".into(), d("12"), Kind::Percent, "%".into()));
    let f = one("成長率は１．７パーセントだった");
    assert_eq!((f.value, f.precision), (d("1.7"), d("0.1")));
    let f = one("比率は百分之二十左右");
    assert_eq!((f.value, f.kind, f.approx), (d("20"), Kind::Percent, true));
    let f = one("growth of 5 percent");
    assert_eq!((f.value, f.kind), (d("5"), Kind::Percent));
}

#[test]
fn percentage_points() {
    let f = one("前年より3ポイント上昇");
    assert_eq!(
        (f.value, f.kind, f.unit.as_str()),
        (d("3"), Kind::PercentPoint, "pp")
    );
    let f = one("提高了2个百分点");
    assert_eq!((f.value, f.kind), (d("2"), Kind::PercentPoint));
    let f = one("up 1.5 percentage points");
    assert_eq!((f.value, f.kind), (d("1.5"), Kind::PercentPoint));
    // Bare "points" is not a percentage unit.
    let v = figs("the team scored 30 points");
    assert_eq!(v, vec![("30".into(), d("30"), Kind::Number, "".into())]);
    // A name before a bare number in Japanese prose.
    assert!(figs("「tsuzumi 2」が登場").is_empty());
    // A measure's acronym before its figure is no model name: 「CAGR 12.5%」 is a figure,
    // 「Llama 4」 is not.
    let f = one("市場はCAGR 12.5%で成長する");
    assert_eq!((f.value, f.kind), (d("12.5"), Kind::Percent));
    let f = one("売上はYoY 15%増えた");
    assert_eq!((f.value, f.kind), (d("15"), Kind::Percent));
    assert!(figs("Llama 4が登場した").is_empty());
}

#[test]
fn wari_and_bu() {
    let f = one("市場の6割を占める");
    assert_eq!(
        (f.value, f.kind, f.precision),
        (d("60"), Kind::Percent, d("10"))
    );
    let f = one("打率は3割8分だ");
    assert_eq!((f.value, f.precision), (d("38"), d("1")));
    let t = "全体の4割以上が利用";
    let f = one(t);
    assert_eq!((f.value, f.bound), (d("40"), Some(Bound::Ge)));
    assert_eq!(span(t, &f), "4割以上");
    let f = one("女性は三割です");
    assert_eq!(f.value, d("30"));
}

#[test]
fn cjk_money_compounds() {
    let cases = [
        ("予算は1兆2,803億円だ", "1280300000000", "JPY", "100000000"),
        ("総額9,036億8,634万円に", "903686340000", "JPY", "10000"),
        ("規模は2兆5,433億円", "2543300000000", "JPY", "100000000"),
        ("調達額1億3,700万ドル", "137000000", "USD", "10000"),
        ("投資は920億ドル", "92000000000", "USD", "1000000000"),
        ("市場は7,000億元に", "700000000000", "CNY", "100000000"),
        ("规模达3500亿元", "350000000000", "CNY", "10000000000"),
        ("売上1500億元", "150000000000", "CNY", "10000000000"),
        ("价格１．０７５３美元", "1.0753", "USD", "0.0001"),
        ("3万ウォン", "30000", "KRW", "10000"),
        ("50億ユーロ", "5000000000", "EUR", "1000000000"),
        ("100万香港ドル", "1000000", "HKD", "1000000"),
    ];
    for (t, v, c, p) in cases {
        let f = one(t);
        assert_eq!(
            (f.value, f.kind, f.unit.as_str(), f.precision),
            (d(v), Kind::Money, c, d(p)),
            "{t}"
        );
    }
}

#[test]
fn approx_and_precision() {
    let t = "費用は約2.5兆円になる";
    let f = one(t);
    assert_eq!(span(t, &f), "約2.5兆円");
    assert_eq!(
        (f.value, f.approx, f.precision),
        (d("2500000000000"), true, d("100000000000"))
    );
    let t = "出資額（約12兆4,860億円）";
    let f = one(t);
    assert_eq!(span(t, &f), "約12兆4,860億円");
    assert_eq!((f.value, f.approx), (d("12486000000000"), true));
    let t = "売上は4,200億元近くまで伸びた";
    let f = one(t);
    assert_eq!(span(t, &f), "4,200億元近く");
    assert_eq!(
        (f.value, f.approx, f.bound),
        (d("420000000000"), true, Some(Bound::Le))
    );
    let f = one("about $3.50 each");
    assert_eq!(
        (f.value, f.approx, f.precision),
        (d("3.5"), true, d("0.01"))
    );
}

#[test]
fn precision_convention() {
    // Trailing integer zeros are significant only with a separator or a decimal point.
    let cases = [
        ("市場は7,000億元に達した", "100000000"),
        ("市場は7000億元に達した", "100000000000"),
        ("調達額は600万ドルだった", "1000000"),
        ("売上は1,200億円だった", "100000000"),
        ("they spent $92 billion", "1000000000"),
        ("they spent $92.0 billion", "100000000"),
        ("a share of 25%", "1"),
        ("a share of 100%", "1"),
        ("a share of 1.7%", "0.1"),
        ("a €10m fund", "10000000"),
        ("投資額は2,440億ドル", "100000000"),
        ("予算は1兆2,803億円", "100000000"),
        ("費用は約2.5兆円", "100000000000"),
        ("社員は94,000人", "1"),
        ("社員は7000人", "1000"),
        ("社員は7,000人", "1"),
        ("比率は百分之二十", "1"),
        ("シェアは60〜70%だ", "1"),
        ("growth in 2020 was slow", "1"),
        ("2020年に開始", "1"),
    ];
    for (t, p) in cases {
        assert_eq!(one(t).precision, d(p), "{t}");
    }
}

#[test]
fn bounds() {
    let t = "市場は7,000億元を突破した";
    let f = one(t);
    assert_eq!(span(t, &f), "7,000億元を突破");
    assert_eq!(f.bound, Some(Bound::Gt));
    let t = "技術者は4万人を超える";
    let f = one(t);
    assert_eq!(
        (f.value, f.kind, f.unit.as_str()),
        (d("40000"), Kind::Count, "人")
    );
    assert_eq!(f.bound, Some(Bound::Gt));
    assert_eq!(span(t, &f), "4万人を超える");
    let f = one("社員4万人");
    assert_eq!(
        (f.value, f.bound, f.precision),
        (d("40000"), None, d("10000"))
    );
    let f = one("成長率は20%強");
    assert_eq!(f.bound, Some(Bound::Gt));
    let f = one("3割弱が反対");
    assert_eq!((f.bound, f.approx), (Some(Bound::Lt), true));
    let f = one("1000人未満の企業");
    assert_eq!(f.bound, Some(Bound::Lt));
    let t = "more than $5 billion";
    let f = one(t);
    assert_eq!(span(t, &f), t);
    assert_eq!(
        (f.value, f.unit.as_str(), f.bound),
        (d("5000000000"), "USD", Some(Bound::Gt))
    );
    let f = one("at least 30 people");
    assert_eq!(f.bound, Some(Bound::Ge));
    let f = one("不到100万元");
    assert_eq!((f.value, f.bound), (d("1000000"), Some(Bound::Lt)));
    let f = one("至少50%");
    assert_eq!(f.bound, Some(Bound::Ge));
    let f = one("100多家企业");
    assert_eq!(
        (f.value, f.unit.as_str(), f.bound),
        (d("100"), "家", Some(Bound::Gt))
    );
}

#[test]
fn counts() {
    let v = figs("稼働モデルは71種類、累計で132種類になった");
    assert_eq!(v[0].1, d("71"));
    assert_eq!(
        v[1],
        ("132種類".into(), d("132"), Kind::Count, "種類".into())
    );
    let f = one("二十五人が参加");
    assert_eq!(
        (f.value, f.kind, f.unit.as_str()),
        (d("25"), Kind::Count, "人")
    );
    let f = one("工場は24時間稼働");
    assert_eq!((f.value, f.unit.as_str()), (d("24"), "時間"));
    let f = one("提携先は三社だ");
    assert_eq!((f.value, f.unit.as_str()), (d("3"), "社"));
}

#[test]
fn multipliers_are_numbers() {
    let f = one("性能は10倍になった");
    assert_eq!(
        (f.value, f.kind, f.unit.as_str()),
        (d("10"), Kind::Number, "倍")
    );
    let f = one("a 10x speedup");
    assert_eq!((f.value, f.unit.as_str()), (d("10"), "x"));
}

#[test]
fn western_money() {
    let cases = [
        (
            "spent $92 billion on it",
            "92000000000",
            "USD",
            "1000000000",
        ),
        (
            "raised US$4.7bn last year",
            "4700000000",
            "USD",
            "100000000",
        ),
        (
            "a ¥2.5 trillion plan",
            "2500000000000",
            "JPY",
            "100000000000",
        ),
        ("a €10m fund", "10000000", "EUR", "10000000"),
        ("it costs £3", "3", "GBP", "1"),
        ("USD 5 million", "5000000", "USD", "1000000"),
        ("5 million dollars", "5000000", "USD", "1000000"),
        ("5 million euros", "5000000", "EUR", "1000000"),
        ("CNY 10bn", "10000000000", "CNY", "10000000000"),
        ("200 yen", "200", "JPY", "100"),
        ("costs ￥500", "500", "JPY", "100"),
        ("twenty dollars", "20", "USD", "1"),
    ];
    for (t, v, c, p) in cases {
        let f = one(t);
        assert_eq!(
            (f.value, f.kind, f.unit.as_str(), f.precision),
            (d(v), Kind::Money, c, d(p)),
            "{t}"
        );
    }
}

#[test]
fn negatives() {
    for t in [
        "利益は▲5%",
        "利益は△5%",
        "成長率は−5%",
        "マイナス5%",
        "负5%",
        "minus 5%",
        "fell -5%",
    ] {
        assert_eq!(one(t).value, d("-5"), "{t}");
    }
    // A hyphen inside a name or between numbers is not a sign.
    assert!(figs("GPT-4 is here").is_empty());
}

#[test]
fn ranges() {
    let t = "シェアは60〜70%だ";
    let f = one(t);
    assert_eq!(span(t, &f), "60〜70%");
    assert_eq!(
        (f.value, f.kind, f.range),
        (d("60"), Kind::Percent, Some((d("60"), d("70"))))
    );
    let f = one("費用は3-5億円");
    assert_eq!((f.value, f.unit.as_str()), (d("300000000"), "JPY"));
    assert_eq!(f.range, Some((d("300000000"), d("500000000"))));
    let t = "60億ドルから70億ドルの投資";
    let f = one(t);
    assert_eq!(span(t, &f), "60億ドルから70億ドル");
    assert_eq!(f.range, Some((d("6000000000"), d("7000000000"))));
    let f = one("between 3 and 5 percent");
    assert_eq!((f.kind, f.range), (Kind::Percent, Some((d("3"), d("5")))));
    let f = one("增长3至5倍");
    assert_eq!(f.range, Some((d("3"), d("5"))));
    let f = one("$5 to $10 billion");
    assert_eq!(f.range, Some((d("5000000000"), d("10000000000"))));
}

#[test]
fn years() {
    let f = one("2024年に発表");
    assert_eq!(
        (f.value, f.kind, f.unit.as_str()),
        (d("2024"), Kind::Year, "")
    );
    let t = "2025年6月に開始";
    let f = one(t);
    assert_eq!((f.value, f.kind), (d("2025"), Kind::Year));
    assert_eq!(span(t, &f), "2025年6月");
    let f = one("2024年上半期の実績");
    assert_eq!((f.value, f.kind), (d("2024"), Kind::Year));
    let f = one("2025年度の予算");
    assert_eq!(
        (f.value, f.kind, f.unit.as_str()),
        (d("2025"), Kind::Year, "FY")
    );
    let f = one("FY2025 results");
    assert_eq!(
        (f.value, f.kind, f.unit.as_str()),
        (d("2025"), Kind::Year, "FY")
    );
    let f = one("growth in 2024 was slow");
    assert_eq!(f.kind, Kind::Year);
    let f = one("二〇二四年");
    assert_eq!((f.value, f.kind), (d("2024"), Kind::Year));
    let f = one("3年後");
    assert_eq!((f.kind, f.unit.as_str()), (Kind::Count, "年"));
}

#[test]
fn names_are_not_figures() {
    for t in [
        "GPT-4oとGPT-4を比べる",
        "DeepSeekのR1が話題",
        "Python 3.11で動く",
        "Llama 4とClaude 3.5",
        "iPhone 15とWindows 11",
        "H100とA100、B200",
        "M4チップ",
        "5Gと4K、3D",
        "Gemini 2.5 Proの評価",
        "Qwen2.5とo1",
        "Web3の時代",
        "H20の輸出",
    ] {
        assert!(figs(t).is_empty(), "{t}: {:?}", figs(t));
    }
}

#[test]
fn other_non_figures() {
    for t in [
        "第3四半期の報告",
        "第三章",
        "3rd place and 1st",
        "10:30に集合",
        "3時に会う",
        "2025/06/01に公開",
        "2025-06-01に公開",
        "電話03-1234-5678まで",
        "詳細は https://example.com/a/2025/10 にある",
        "全国1位",
        "6月に発表",
        "先月26日に発表",
        "数十億円の投資",
        "一緒に一方で一部の一つ",
        "一度万一百貨店千葉九州四国三菱",
        "十分な一番一般唯一同一統一第一一気に一人ひとり",
        "四六時中",
        "二三日で",
    ] {
        assert!(figs(t).is_empty(), "{t}: {:?}", figs(t));
    }
    // List markers.
    assert!(figs("1. はじめに").is_empty());
    assert!(figs("手順(2)を参照").is_empty());
}

#[test]
fn year_in_a_name_is_not_money() {
    let v = figs("「2025世界人工知能大会」開幕");
    assert!(v.iter().all(|f| f.2 == Kind::Year), "{v:?}");
}

#[test]
fn conversion_pair() {
    let t = "830億ドル(約12兆4,860億円)を出資";
    let v = extract(t);
    assert_eq!(v.len(), 2);
    assert_eq!((v[0].value, v[0].unit.as_str()), (d("83000000000"), "USD"));
    assert_eq!(
        (v[1].value, v[1].unit.as_str(), v[1].approx),
        (d("12486000000000"), "JPY", true)
    );
}

#[test]
fn offsets_are_bytes() {
    let t = "売上は1兆2,803億円。";
    let f = one(t);
    assert_eq!(f.start, "売上は".len());
    assert_eq!(f.end, "売上は1兆2,803億円".len());
}

#[test]
fn spaced_cjk_figures() {
    let t = "確率は１２０パ ーセ ントだ";
    let f = one(t);
    assert_eq!((f.value, f.kind), (d("120"), Kind::Percent));
    assert_eq!(span(t, &f), "１２０パ ーセ ント");
    let f = one("价格涨了 七成 六");
    assert_eq!((f.value, f.kind), (d("76"), Kind::Percent));
    let f = one("利率为百 分 之 2.4");
    assert_eq!(f.value, d("2.4"));
    let f = one("これは 7  万  円 だ");
    assert_eq!((f.value, f.unit.as_str()), (d("70000"), "JPY"));
    // Spaces between ASCII digits never join them.
    let v = figs("番号 12 34 です");
    assert!(v.iter().all(|f| f.1 != d("1234")), "{v:?}");
}

#[test]
fn chinese_percent_forms() {
    let cases = [
        ("全场打对折", "50"),
        ("商品五五折", "55"),
        ("会员八点五折", "85"),
        ("利润只有半成", "5"),
        ("费率为万分之三", "0.03"),
        ("利率为百分之一百二十点五", "120.5"),
        ("增幅为百分之3.2k", "3200"),
    ];
    for (t, v) in cases {
        let f = one(t);
        assert_eq!((f.value, f.kind), (d(v), Kind::Percent), "{t}");
    }
    // 对折 alone is folding in half; 十折 is not a discount.
    assert!(figs("把纸对折").is_empty());
    assert!(figs("十折").is_empty());
}

#[test]
fn english_percent_of() {
    let f = one("percent of 12 is small");
    assert_eq!((f.value, f.kind), (d("12"), Kind::Percent));
    // After a number, the second number counts things.
    let v = figs("30 percent of 200 firms");
    assert_eq!(v[1].2, Kind::Number);
}

#[test]
fn minor_currency_units() {
    let cases = [
        ("shares fell 34 cents today", "0.34", "USD"),
        ("a bid of 470 pence a share", "4.7", "GBP"),
        ("it cost 3 dollars 50 cents.", "3.5", "USD"),
        ("it cost nine dollars and twelve cents", "9.12", "USD"),
        ("she paid 8 dollars 25.", "8.25", "USD"),
        ("ノートは3ドル4セントです", "3.04", "USD"),
        ("この本は8ユーロと20です。", "8.2", "EUR"),
        ("价格是七元六角二分", "7.62", "CNY"),
        ("这个卖三块钱", "3", "CNY"),
        ("a 12-cent dividend", "0.12", "USD"),
        ("worth 3 satoshis", "0.00000003", "BTC"),
    ];
    for (t, v, c) in cases {
        let f = one(t);
        assert_eq!(
            (f.value, f.kind, f.unit.as_str()),
            (d(v), Kind::Money, c),
            "{t}"
        );
    }
    // 块 as a measure word is not money; a bare number after money that goes on is not cents.
    assert!(figs("三块石头").is_empty());
    // 一元的 (unified), 一元化, 一元管理, 二元論: words; one yuan, 一万元的 and 100元的 are money.
    for word in [
        "データを一元的に管理する",
        "窓口を一元化した",
        "在庫を一元管理する",
        "二元論で語る",
    ] {
        assert!(figs(word).is_empty(), "{word}");
    }
    for money in ["这个卖一元", "一万元的补贴", "100元的价格"] {
        assert_eq!(figs(money).len(), 1, "{money}");
    }
    let v = figs("paid $5 and 20 people came");
    assert_eq!(v[0].1, d("5"));
}

#[test]
fn currency_codes_and_scales() {
    let cases = [
        ("fees of USD115 apply", "115", "USD"),
        ("they lost 75 USD million", "75000000", "USD"),
        ("losses of 30 MUSD", "30000000", "USD"),
        ("revenue of MAUD 60", "60000000", "AUD"),
        ("it costs half million usd", "500000", "USD"),
        ("three quarters billion us dollars", "750000000", "USD"),
        ("a loan of 12,34,567.89 rupees", "1234567.89", "INR"),
        ("limit ₿21,000,000", "21000000", "BTC"),
        ("在下面选一个，￥300", "300", "CNY"),
        ("価格は￥300です", "300", "JPY"),
    ];
    for (t, v, c) in cases {
        let f = one(t);
        assert_eq!(
            (f.value, f.kind, f.unit.as_str()),
            (d(v), Kind::Money, c),
            "{t}"
        );
    }
    let v = figs("$ 20,000.00 $ 37,305.97 spent");
    assert_eq!(v.len(), 2, "{v:?}");
    assert_eq!((v[0].1, v[1].1), (d("20000"), d("37305.97")));
}

#[test]
fn chinese_scales() {
    assert_eq!(one("人口四万万").value, d("400000000"));
    assert_eq!(one("规模一万五千亿").value, d("1500000000000"));
    let f = one("来了十多万");
    assert_eq!((f.value, f.bound), (d("100000"), Some(Bound::Gt)));
    let f = one("大约二十几万");
    assert_eq!((f.value, f.approx), (d("200000"), true));
}

/// The value of the only figure of `text`, rounded to 12 decimal places.
fn val(text: &str) -> Decimal {
    one(text).value.round_dp(12).normalize()
}

#[test]
fn notations_and_fractions() {
    assert_eq!(val("重さは3.2e4グラム相当"), d("32000"));
    assert_eq!(val("誤差は 4.5e-3 程度"), d("0.0045"));
    assert_eq!(val("答えは 3^4 になる"), d("81"));
    assert_eq!(val("光速は約3x10^8です"), d("300000000"));
    assert_eq!(val("合格率は 7/40 だった"), d("0.175"));
    assert_eq!(val("残りは 3 1/2 杯"), d("3.5"));
    assert_eq!(val("-5/4"), d("-1.25"));
    assert_eq!(val("小数 .75 の例"), d("0.75"));
    // A slash pair that could be a date is not a fraction in prose.
    assert!(figs("締め切りは 6/5 です").is_empty());
    assert!(figs("発売日は2024/06/05です").is_empty());
}

#[test]
fn weak_thousands_separators() {
    assert_eq!(val("人口は 3 456 789 人"), d("3456789"));
    assert_eq!(val("合計7、250件"), d("7250"));
    // A list of numbers stays a list.
    let v = figs("値は10、200、3000と増えた");
    assert_eq!(v.len(), 3, "{v:?}");
}

#[test]
fn cjk_fractions_and_dozens() {
    assert_eq!(val("答えは4と3分の2です"), d("4.666666666667"));
    assert_eq!(val("结果是七又四分之三"), d("7.75"));
    assert_eq!(val("概率是一千分之七"), d("0.007"));
    // Without the explicit 一 it is still a per-mille percentage.
    let f = one("费率为千分之七");
    assert_eq!((f.value, f.kind), (d("0.7"), Kind::Percent));
    assert_eq!(val("卵を四ダース注文した"), d("48"));
    assert_eq!(val("买了五打铅笔"), d("60"));
    assert_eq!(val("半ダースのりんご"), d("6"));
}

#[test]
fn chinese_colloquial_places() {
    assert_eq!(val("这件衣服三百五"), d("350"));
    assert_eq!(val("大概两万六"), d("26000"));
    // Japanese reads the trailing digit in the units place.
    assert_eq!(val("合計は三百五です"), d("305"));
}

#[test]
fn kanji_decimals_and_standalone_numerals() {
    assert_eq!(val("厚さは〇・〇五ミリ"), d("0.05"));
    assert_eq!(val("係数は三・一四です"), d("3.14"));
    // 三・四人 is "three or four people", not 3.4.
    assert!(figs("友達が三・四人来た").iter().all(|f| f.1 != d("3.4")));
    assert_eq!(val("その値はマイナス七です"), d("-7"));
    assert_eq!(val("九"), d("9"));
    assert_eq!(val("五は奇数です。"), d("5"));
    assert_eq!(val("正解は八です"), d("8"));
    // Ordinary words keep their numerals unread.
    for t in [
        "一緒に行く",
        "一方で",
        "十分です",
        "万一の場合",
        "九州に行く",
        "一番好き",
    ] {
        assert!(figs(t).is_empty(), "{t}: {:?}", figs(t));
    }
}

#[test]
fn hiragana_numerals_only_alone() {
    assert_eq!(val("よんひゃくにじゅう"), d("420"));
    assert!(figs("ごはんをさんかいたべた").is_empty());
}

#[test]
fn english_fraction_words() {
    assert_eq!(val("roughly two thirds of voters"), d("0.666666666667"));
    assert_eq!(val("she ate a quarter"), d("0.25"));
    assert_eq!(val("it took one and a half"), d("1.5"));
    assert_eq!(val("seven-tenths"), d("0.7"));
    assert_eq!(val("score was nought"), d("0"));
    assert_eq!(val("sold 4 dozen"), d("48"));
    // A scale after "a half" keeps the scale reading.
    assert_eq!(val("a half million"), d("500000"));
    // "one second" is a time, not a half.
    assert_eq!(val("wait one second"), d("1"));
}

#[test]
fn new_forms_stay_out_of_prose_words() {
    for t in [
        "決定的な一打になった",
        "企業の「一部」として",
        "この「一強」の状態",
        "売上が〇〇%向上しました",
        "規則2024/1689が施行",
        "50/50の折半出資",
        "「失われた〇十年」と言われる",
    ] {
        assert!(figs(t).is_empty(), "{t}: {:?}", figs(t));
    }
    // A real kanji decimal percentage survives the placeholder rule.
    assert_eq!(val("金利は〇・五%です"), d("0.5"));
}

#[test]
fn english_decimals_with_point() {
    let t = "it came to two hundred point zero three in total";
    let f = one(t);
    assert_eq!(span(t, &f), "two hundred point zero three");
    assert_eq!((f.value, f.precision), (d("200.03"), d("0.01")));
    assert_eq!(val("two hundred point seventy-one"), d("200.71"));
    assert_eq!(val("nine point nought four"), d("9.04"));
    assert_eq!(val("the answer is minus five point five"), d("-5.5"));
    let v = figs("nought point nought three plus zero point zero eight equals nought point eleven");
    let vals: Vec<Decimal> = v.iter().map(|f| f.1).collect();
    assert_eq!(vals, vec![d("0.03"), d("0.08"), d("0.11")]);
    // "point" without number words after it is not a decimal.
    assert_eq!(val("one point of view"), d("1"));
}

#[test]
fn english_mixed_numbers_and_compound_fractions() {
    assert_eq!(val("twenty and three fifths"), d("20.6"));
    assert_eq!(val("twenty and three and three fifths"), d("23.6"));
    assert_eq!(val("one hundred and three quarters"), d("100.75"));
    assert_eq!(val("two hundred and fifty-four hundredths"), d("200.54"));
    assert_eq!(
        val("one hundred and three and two thirds"),
        d("103.666666666667")
    );
    // Not a proper fraction after "and": the whole phrase is the numerator.
    assert_eq!(val("one hundred and thirty fifths"), d("26"));
    assert_eq!(val("one hundred and thirty-two fifths"), d("26.4"));
    // Compound denominators: the longest one that leaves a numerator.
    assert_eq!(val("one twenty-fifth"), d("0.04"));
    assert_eq!(val("three twenty-firsts"), d("0.142857142857"));
    assert_eq!(val("twenty twenty fifths"), d("0.8"));
    assert_eq!(val("one hundred thirty fifths"), d("2.857142857143"));
    assert_eq!(val("one one hundred and fifth"), d("0.009523809524"));
    assert_eq!(val("twenty one fifths"), d("4.2"));
    // A hyphen binds the words it joins: ninety-five hundred is the numerator.
    assert_eq!(val("ninety - five hundred fifths"), d("1900"));
    let t = "we ate three and one fourth of it";
    let f = one(t);
    assert_eq!(span(t, &f), "three and one fourth");
    assert_eq!(f.value, d("3.25"));
}

#[test]
fn english_fractions_of_scales() {
    assert_eq!(val("one million and a half"), d("1500000"));
    assert_eq!(val("The population is 3 million and a half"), d("3500000"));
    assert_eq!(val("they have two million and one half"), d("2500000"));
    assert_eq!(val("five and a half million fishes"), d("5500000"));
    assert_eq!(val("one billion and a half million"), d("1000500000"));
    assert_eq!(val("five billion and three quarters"), d("5750000000"));
    assert_eq!(val("two million and three fifths"), d("2600000"));
    assert_eq!(val("two thirds of a million"), d("666666.666666666667"));
    assert_eq!(val("half a  dozen"), d("6"));
    assert_eq!(val("half a million people came"), d("500000"));
    // "half" on its own is not read.
    assert!(figs("half the people came").is_empty());
}

#[test]
fn english_ordinals_are_not_figures() {
    for t in [
        "the twenty-first century",
        "a twenty-first century skill",
        "the one hundred fifth anniversary",
        "three fifth graders won",
        "she was the two millionth visitor",
        "the twenty-fifth time",
    ] {
        assert!(figs(t).is_empty(), "{t}: {:?}", figs(t));
    }
    // A time, not a half.
    assert_eq!(val("wait one second"), d("1"));
    assert!(figs("Book a first class seat").is_empty());
}

#[test]
fn english_ratios() {
    let t = "the odds are one over three";
    let f = one(t);
    assert_eq!(span(t, &f), "one over three");
    assert_eq!(f.value.round_dp(12), d("0.333333333333"));
    assert_eq!(val("1 over 3"), d("0.333333333333"));
    assert_eq!(val("2000 over 3"), d("666.666666666667"));
    assert_eq!(val("1 over one hundred and twenty five"), d("0.008"));
    assert_eq!(val("The answer is negative one over 20"), d("-0.05"));
    assert_eq!(val("two out of five hundred tvs"), d("0.004"));
    assert_eq!(val("one in twenty-one"), d("0.047619047619"));
    assert_eq!(val("nine out of ten dentists agree"), d("0.9"));
    // Not ratios: a duration after "over", more than the whole, a time after "in",
    // a year.
    let v = figs("I want to earn $2000 over 3 years");
    assert_eq!(
        v.iter().map(|f| f.1).collect::<Vec<_>>(),
        vec![d("2000"), d("3")]
    );
    assert_eq!(figs("there are 12 out of 10").len(), 2);
    assert_eq!(figs("I count 12 in six boxes").len(), 2);
    assert_eq!(figs("one in three days it rains").len(), 2);
    let v = figs("It launched in 2019 over 3.");
    assert_eq!(v[0].2, Kind::Year);
}

#[test]
fn digits_with_scale_words() {
    let t = "I can give you 3 hundred and 21 yuan.";
    let f = one(t);
    assert_eq!(span(t, &f), "3 hundred and 21 yuan");
    assert_eq!((f.value, f.unit.as_str()), (d("321"), "CNY"));
    assert_eq!(
        val("4 thousand 3 hundred and 21 is a valid number."),
        d("4321")
    );
    assert_eq!(val("3 hundred and one is a valid number"), d("301"));
    assert_eq!(val("I count 6 crore and two hundred"), d("60000200"));
    // Parts that are not smaller than the scale before them stay apart.
    let v = figs("3 hundred and 2 hundred are two valid numbers.");
    assert_eq!(
        v.iter().map(|f| f.1).collect::<Vec<_>>(),
        vec![d("300"), d("200"), d("2")]
    );
    let v = figs("4 thousand 3 hundred and 0 are two valid numbers.");
    assert_eq!(
        v.iter().map(|f| f.1).collect::<Vec<_>>(),
        vec![d("4300"), d("0"), d("2")]
    );
    let v = figs("3 hundred and negative one are two valid numbers.");
    assert_eq!(
        v.iter().map(|f| f.1).collect::<Vec<_>>(),
        vec![d("300"), d("-1"), d("2")]
    );
}

#[test]
fn glued_scale_suffixes() {
    assert_eq!(val("I can give you 10M."), d("10000000"));
    assert_eq!(val("1.2b"), d("1200000000"));
    assert_eq!(val("That account revenue target is US$ 1MM"), d("1000000"));
    assert_eq!(val("2mil SEK can't buy you a big apartment"), d("2000000"));
    assert_eq!(val("either 10 tln"), d("10000000000000"));
    // Metres, a company, model sizes and model names are not millions or billions.
    assert!(figs("1m isn't a number.").is_empty());
    assert!(figs("The firm 3M reported").is_empty());
    assert!(figs("Llama 3 70B and Gemma 3 270M").is_empty());
}

#[test]
fn english_signs_and_pronouns() {
    assert_eq!(val("The answer is negative one"), d("-1"));
    assert_eq!(val("Negative one is odd"), d("-1"));
    assert_eq!(val("- 10  k"), d("-10000"));
    assert_eq!(val("- 1 4/5"), d("-1.8"));
    // A list bullet is not a sign.
    assert_eq!(val("- 10 firms joined."), d("10"));
    for t in [
        "The one you mentioned is invalid",
        "That one is really good",
        "No one came",
        "each one of them",
    ] {
        assert!(figs(t).is_empty(), "{t}: {:?}", figs(t));
    }
    // Still a number: "one" as a count, and "the one percent".
    assert_eq!(val("Let's try one last time"), d("1"));
    assert_eq!(one("the one percent").kind, Kind::Percent);
    assert_eq!(val("One of the reasons is cost"), d("1"));
}

#[test]
fn vulgar_fractions_and_read_out_digits() {
    assert_eq!(val("the result is ¾"), d("0.75"));
    let v = figs("the result is ⅙ and sometimes ½");
    assert_eq!(v.len(), 2);
    assert_eq!(v[1].1, d("0.5"));
    let f = one("a rate of 2½ percent");
    assert_eq!((f.value, f.kind), (d("2.5"), Kind::Percent));
    let v = figs("they were playing three-nought-four");
    assert_eq!(
        v.iter().map(|f| f.1).collect::<Vec<_>>(),
        vec![d("3"), d("0"), d("4")]
    );
    // Other hyphenated number words stay one figure.
    assert_eq!(figs("a fifty-fifty chance").len(), 1);
    // Names and versions stay out.
    assert!(figs("Python 3.11 and GPT-4 were released").is_empty());
}

#[test]
fn numbers_too_large_to_hold_are_skipped_without_a_panic() {
    for t in [
        "It grew by 111111111111111111111billion dollars.",
        "売上は777777777777777777〜77777億円だった。",
        "99999999999999999999999999999兆円",
        "七千七百七十七京七千七百七十七兆円",
        "9999999999999999999999999999 trillion",
        "1e308%",
        "$99999999999999999999999999999bn",
        "百分之99999999999999999999999999999",
        "0.0000000000000000000000000001分之99999999999",
    ] {
        // Whatever is found lies within the text, and nothing overflows.
        for (text, ..) in figs(t) {
            assert!(t.contains(&text), "{t}: {text}");
        }
    }
    // A normal figure next to an overflowing one is still found.
    let v = figs("111111111111111111111billion and 5%");
    assert!(v.iter().any(|f| f.1 == d("5")), "{v:?}");
}

#[test]
fn a_rate_acronym_glued_to_its_percentage_and_an_accelerators_tops() {
    // 「CAGR46%」, 「YoY25%」, 「ROI300%」: the acronym names the rate, the digits are the
    // figure (unlike a name glued to digits: H100, GPT4).
    for (t, figure, v) in [
        ("市場はCAGR46%で成長する", "46%", "46"),
        ("売上はYoY25%増だった", "25%", "25"),
        ("ROI300%を達成した", "300%", "300"),
    ] {
        let f = one(t);
        assert_eq!(
            (span(t, &f), f.kind, f.value),
            (figure.to_string(), Kind::Percent, d(v))
        );
    }
    assert!(extract("H100とGPT4とCAGRは名前だ").is_empty());
    assert!(extract("RTX5090を使う").is_empty());
    // An AI accelerator's throughput in TOPS, spaced or glued.
    for t in ["NPUは80 TOPSだ", "NPUは80TOPSだ"] {
        let f = one(t);
        assert_eq!((f.unit.as_str(), f.value), ("TOPS", d("80")), "{t}");
    }
}
