//! Subscription prices: what a named plan costs a month (「Orbis Pro（月額約3,000円）」,
//! 「Orbis Pro $20/月」, "Orbis Pro at $20 per month", 「每月20美元」). A plan has one price at a
//! time, so two prices of one plan in one article, or in articles weeks apart, contradict each
//! other. A price per seat and the price of several seats together are not the plan's price.

/// The measure's name.
pub const METRIC: &str = "subscription_price";

/// Whether the words right around an amount say it is paid each month, when no metric word
/// (月額) names it: 「月約2万円」, 「月3,000円」 before it, 「/月」, 「／月」, "/mo", "per month",
/// "a month" after it.
pub(super) fn per_month(before: &str, after: &str) -> bool {
    let before = before.trim_end_matches([' ', '（', '(']);
    let month_before = before.strip_suffix('月').is_some_and(|rest| {
        // A date or a number of months (「3月」, 「3ヶ月」) is not 「月」 alone; 「毎月」 is.
        !rest.ends_with(|c: char| {
            c.is_ascii_digit() || ('０'..='９').contains(&c) || "ヶヵかカケ箇个".contains(c)
        })
    });
    let after = after.trim_start_matches(' ');
    let month_after = [
        "/月",
        "／月",
        "/mo",
        "per month",
        "a month",
        "/month",
        "每月",
    ]
    .iter()
    .any(|w| after.starts_with(w));
    month_before || month_after
}

/// The plan named in Latin letters right before an amount, past a bracket, a word of month
/// and a particle (「Orbis Pro（月額」, 「Orbis Pro ($」, 「Orbis Proは月」, "Orbis Pro costs "):
/// where it starts in `before` and the name.
pub(super) fn plan_before(before: &str) -> Option<(usize, &str)> {
    let mut rest = before.trim_end_matches([' ', '$', '＄', '¥', '￥']);
    for w in [
        "月額", "月", "は", "が", "の", "：", ":", "（", "(", "costs", "cost", "is", "at",
    ] {
        rest = rest.strip_suffix(w).unwrap_or(rest).trim_end();
    }
    let start = rest
        .char_indices()
        .rev()
        .take_while(|&(_, c)| c.is_ascii_alphanumeric() || " .+-".contains(c))
        .last()
        .map(|(i, _)| i)?;
    let name = rest[start..].trim();
    let start = start + (rest[start..].len() - rest[start..].trim_start().len());
    (name.bytes().filter(u8::is_ascii_alphabetic).count() >= 3).then_some((start, name))
}

/// Latin words that name a kind of tool or a plan's tier, not a product: 「AI-OCR」 and
/// 「SaaS型AI」 are kinds of tools, and 「Pro」 or 「Maxプラン」 alone is a tier of some product the
/// sentence does not name (Pro plans of two products cost different amounts).
const NO_PRODUCT: &[&str] = &[
    "ai",
    "ocr",
    "saas",
    "api",
    "llm",
    "rag",
    "iot",
    "dx",
    "vr",
    "ar",
    "bot",
    "chatbot",
    "pro",
    "plus",
    "max",
    "team",
    "teams",
    "business",
    "enterprise",
    "standard",
    "basic",
    "premium",
    "free",
    "go",
    "starter",
    "ultra",
    "mega",
    "advanced",
    "personal",
    "individual",
    "lite",
    "plan",
    "monthly",
    "annual",
];

/// Whether a subject names a plan of a product: a Latin word of three letters or more that is
/// neither a kind of tool nor a tier (「Orbis Pro」, 「Microsoft 365 Copilot」; not 「AIツール」,
/// 「AI-OCR」, 「Maxプラン」).
pub(super) fn names_plan(name: &str) -> bool {
    name.split(|c: char| !c.is_ascii_alphabetic())
        .filter(|w| w.len() >= 3)
        .any(|w| !NO_PRODUCT.contains(&w.to_ascii_lowercase().as_str()))
}

/// Words before an amount (in its clause) that make it a price per seat.
const PER_SEAT: &[&str] = &[
    "1ユーザーあたり",
    "1ユーザー当たり",
    "ユーザーあたり",
    "1人あたり",
    "1人当たり",
    "一人あたり",
    "1名あたり",
    "1アカウントあたり",
    "per user",
    "per seat",
    "每用户",
    "每人",
];

/// Words after an amount that make it a price per seat (「月額3,000円/人」).
const PER_SEAT_AFTER: &[&str] = &[
    "/人",
    "／人",
    "/ユーザー",
    "／ユーザー",
    "/user",
    "/seat",
    "per user",
    "per seat",
];

/// The variant of a subscription price the words around it give: `Some("")` for the plan's
/// price, `Some(" (per seat)")` for a price per seat, and `None` for the price of several seats
/// together (「5ユーザーで月額2万円」), which is no price of the plan.
pub(super) fn variant(clause_before: &str, after: &str) -> Option<&'static str> {
    let lower = clause_before.to_lowercase();
    let after = after.trim_start_matches([' ', '）', ')']);
    if PER_SEAT.iter().any(|w| lower.contains(w))
        || PER_SEAT_AFTER
            .iter()
            .any(|w| after.find(w).is_some_and(|at| at < 16))
    {
        return Some(" (per seat)");
    }
    // 「5ユーザーで」, 「10名分」, "for 5 users": a number of seats before the amount.
    let seats = [
        "ユーザーで",
        "ユーザー分",
        "人で",
        "名で",
        "名分",
        "人分",
        "users",
        "seats",
    ];
    let counted = seats.iter().any(|w| {
        lower.match_indices(w).any(|(i, _)| {
            lower[..i]
                .trim_end()
                .ends_with(|c: char| c.is_ascii_digit() || ('０'..='９').contains(&c))
        })
    });
    (!counted).then_some("")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_month_before_or_after_the_amount() {
        assert!(per_month("Orbis Pro（月", "）"));
        assert!(per_month("Orbis Pro 月", ""));
        assert!(per_month("Orbis Pro ", "/月で使える"));
        assert!(per_month("Orbis Pro at ", " per month"));
        // A date or a number of months is not 「月」 alone.
        assert!(!per_month("2025年3月", "を調達"));
        assert!(!per_month("この3ヶ月", "を投資"));
        assert!(!per_month("Orbis Pro ", "の費用"));
        assert!(per_month("Orbis Proは毎月", "かかる"));
    }

    #[test]
    fn the_plan_is_named_right_before_the_price() {
        assert_eq!(plan_before("まずはOrbis Pro（月"), Some((9, "Orbis Pro")));
        assert_eq!(
            plan_before("Orbis Pro ($20/月)、Zenith Max ($").map(|p| p.1),
            Some("Zenith Max")
        );
        assert_eq!(
            plan_before("Orbis Pro costs $").map(|p| p.1),
            Some("Orbis Pro")
        );
        assert_eq!(plan_before("AIツールは月額"), None);
        assert!(names_plan("Microsoft 365 Copilot"));
        assert!(!names_plan("AIツール導入費用"));
        assert!(!names_plan("生成AI"));
        assert!(!names_plan("AI-OCR"));
        assert!(!names_plan("Maxプラン"));
        assert!(!names_plan("Pro"));
        assert!(names_plan("Orbis Team"));
    }

    #[test]
    fn seats_make_another_price() {
        assert_eq!(
            variant("Orbis Team 1ユーザーあたり月額", "。"),
            Some(" (per seat)")
        );
        assert_eq!(variant("Orbis Team 月額", "/人"), Some(" (per seat)"));
        assert_eq!(variant("Orbis Teamを5ユーザーで月額", "。"), None);
        assert_eq!(variant("Orbis Pro 月額", "。"), Some(""));
        assert_eq!(
            variant("Orbis Team costs ", " per user per month"),
            Some(" (per seat)")
        );
    }
}
