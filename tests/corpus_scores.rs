//! Benchmark scores and investments read from real corpus articles (../shared/corpora, read
//! at run time): the findings the session's claim mechanisms make on them.

mod common;
use figlint::config::Config;

fn post(name: &str) -> std::path::PathBuf {
    common::shared_path(&format!("corpora/allforces/_posts/{name}"))
}

/// The findings of `rule` on these posts, each as the texts of its locations.
fn found(posts: &[&str], rule: &str) -> Vec<Vec<String>> {
    let paths: Vec<_> = posts.iter().map(|p| post(p)).collect();
    let (corpus, findings) = common::check_paths(&paths, &Config::shipped());
    findings
        .iter()
        .filter(|f| f.rule == rule)
        .map(|f| common::texts_of(&corpus, f))
        .collect()
}

/// Whether `corpus` holds a claim of `key` and `metric` for `period` that states `value`.
fn has_claim(
    corpus: &figlint::corpus::Corpus,
    (key, metric, period): (&str, &str, Option<&str>),
    value: f64,
) -> bool {
    corpus.claims.iter().any(|c| {
        c.key == key
            && c.metric == metric
            && c.period.as_deref() == period
            && (c.value - value).abs() < 1e-6 * value.abs().max(1.0)
    })
}

fn assert_values(found: &[Vec<String>], values: &[&str]) {
    assert!(
        found
            .iter()
            .any(|t| values.iter().all(|v| t.iter().any(|x| x == v))),
        "expected a finding with {values:?}, got {found:?}"
    );
}

#[test]
fn a_score_compared_with_another_models_and_a_score_list_under_its_benchmark() {
    // 「これはGPT-4oの91.8に匹敵」 and 「GPT-4o自身もMMLUで88.7」 in one paragraph.
    let f = found(
        &["2026-03-23-2-open-source-llm-llama3-gpt4o-p.md"],
        "contradiction-in-article",
    );
    assert_values(&f, &["91.8", "88.7"]);
    // 「DeepSeek R1はMMLUベンチマークで91.8」 against the list item under 「MMLU…:」.
    let f = found(
        &["2026-04-07-3-open-source-llm-vs-gpt4o-strat.md"],
        "contradiction-in-article",
    );
    assert_values(&f, &["91.8", "88.9"]);
}

#[test]
fn an_undated_score_of_a_versioned_model_across_articles() {
    let f = found(
        &[
            "2026-03-24-3-open-source-llm-performance-le.md",
            "2026-02-14-1-ai-agent-business-transformati.md",
        ],
        "contradiction-across-articles",
    );
    assert_values(&f, &["91.8", "88.7"]);
}

#[test]
fn money_from_one_investor_a_total_against_a_cap() {
    let f = found(
        &[
            "2025-11-01-1-anthropic-claude-4573.md",
            "2025-11-28-2-anthropic-claude-45.md",
        ],
        "contradiction-across-articles",
    );
    assert_values(&f, &["80億ドル", "最大40億ドル"]);
}

#[test]
fn two_firms_estimates_in_one_article_are_sources_that_disagree() {
    // Statista's 2,437.2億ドル and MarketsandMarkets' 3,717.1億ドル for the 2025 AI market.
    let post = ["2025-08-31-4-ai市場成長と学習ギャップ.md"];
    assert_values(
        &found(&post, "sources-disagree"),
        &["2,437.2億ドル", "3,717.1億ドル"],
    );
    assert!(found(&post, "contradiction-in-article").is_empty());
    // IMARC's 50億米ドル and MarketsandMarkets' 155.1億ドル for 2024; the 約384.5億ドル a span
    // reaches is 2030's, no contradiction of 2025's 188.3億ドル.
    let post = ["2025-09-03-2-車載用人工知市場の顕著な成長予測.md"];
    assert_values(
        &found(&post, "sources-disagree"),
        &["50億米ドル", "155.1億ドル"],
    );
    assert!(found(&post, "contradiction-in-article").is_empty());
}

#[test]
fn an_amount_after_another_clauses_place_is_the_companys_own() {
    // 「…テキサス州で400億ドルのAIインフラ拡張、2025年には…750億ドルの設備投資」: the 750億ドル
    // is Google's 2025 capex (superseded guidance), against 850億ドル elsewhere.
    let f = found(
        &[
            "2025-11-30-3-metagoogle-tpu-720.md",
            "2025-11-24-1-google-gemini-3.md",
        ],
        "contradiction-across-articles",
    );
    assert_values(&f, &["750億ドル", "850億ドル"]);
}

#[test]
fn session_14_measures_on_real_posts() {
    // A versioned product's accuracy, undated, in posts a week apart.
    let f = found(
        &[
            "2026-01-19-1-alphafold-495.md",
            "2026-01-27-1-deepmind-alphafold-499.md",
        ],
        "contradiction-across-articles",
    );
    assert_values(&f, &["95%", "99%"]);
    // One round of job cuts, capped at 4000 in one post and 6000 in the next.
    let f = found(
        &["2025-11-26-2-hpai4000.md", "2025-11-27-3-hpai6000.md"],
        "contradiction-across-articles",
    );
    assert_values(&f, &["最大4000人", "最大6000人"]);
    // A part after 「そのうち」, for the whole's fiscal year.
    let f = found(
        &[
            "2026-03-27-1-ai-company-valuation-funding-r.md",
            "2026-03-06-3-xai10gpu.md",
        ],
        "contradiction-across-articles",
    );
    assert_values(&f, &["570億ドル", "512億ドル"]);
    // Multiples read as stated: 2倍 and 3倍 for one chip.
    let f = found(
        &[
            "2026-01-14-1-awsinferentia3.md",
            "2026-02-11-1-amazoninferentia-3.md",
        ],
        "contradiction-across-articles",
    );
    assert_values(&f, &["2倍", "3倍"]);
    // Gains over two different baselines (H100, Gaudi 2) are not one measure.
    let f = found(
        &["2025-12-20-3-gaudi-4.md", "2025-12-25-2-intel-gaudi-32.md"],
        "contradiction-across-articles",
    );
    assert!(
        !f.iter().any(|t| t.iter().any(|x| x == "最大1.5倍")),
        "{f:?}"
    );
    // A benchmark table's cell is its model's score on its row's benchmark.
    let f = found(
        &[
            "2026-04-06-2-ai-agents-enterprise-app-2026.md",
            "2026-04-04-1-ai-agent-enterprise-app-40-per.md",
        ],
        "contradiction-across-articles",
    );
    assert_values(&f, &["1501", "91.8"]);
}

#[test]
fn session_15_measures_on_real_posts() {
    // 「AIエージェント市場は、2025年時点で2440億ドル、2030年には8270億ドルに達する」: the first
    // of two periods that share a predicate is the agent market's 2025 size, against 78億ドル.
    let f = found(
        &[
            "2026-02-28-3-ai-agent-manufacturing-dx-evol.md",
            "2026-02-14-1-ai-agent-business-transformati.md",
        ],
        "contradiction-across-articles",
    );
    assert_values(&f, &["2440億ドル", "78億ドル"]);
    // 「2025年の生成AI市場は142億ドルと、…」: a market's level with no verb of reaching.
    let f = found(
        &["2025-09-22-1-2025ai15.md", "2026-02-13-1-dxai.md"],
        "contradiction-across-articles",
    );
    assert_values(&f, &["142億ドル", "$71B"]);
    let (corpus, _) = common::check_paths(&[post("2025-09-11-1-ai157.md")], &Config::shipped());
    // 「米国の民間AI投資が1,091億ドルに達し、中国の93億ドル、英国の45億ドル」: China's amount is
    // China's, in the same year.
    let china = corpus
        .claims
        .iter()
        .find(|c| c.value == 9.3e9 && c.unit == "USD");
    assert_eq!(
        china.map(|c| (c.scope.as_str(), c.period.as_deref())),
        Some(("中国", Some("2024"))),
        "{:?}",
        corpus.claims
    );
    // 「MicrosoftやNVIDIAも参加する形で150億ドルの資金調達を完了させ、評価額を3500億ドルに」:
    // NVIDIA took part; the round and the valuation are not NVIDIA's.
    let (corpus, _) = common::check_paths(
        &[post("2026-04-16-3-ai-investment-competition-36t-.md")],
        &Config::shipped(),
    );
    assert!(
        corpus
            .claims
            .iter()
            .all(|c| !(c.key.contains("エヌビディア")
                && matches!(c.metric.as_str(), "funding" | "valuation"))),
        "{:?}",
        corpus.claims
    );
}

#[test]
fn session_16_measures_on_real_posts() {
    // A bare measure in a sentence that names one company (「Google（Alphabet）も、年間売上3500億
    // ドルを超え…」) is Google's yearly revenue, against another post's slipped 350億ドル.
    let f = found(
        &[
            "2026-03-25-1-ai-agent-enterprise-app-impact.md",
            "2026-04-10-3-xai-100k-gpu-data-center-memph.md",
        ],
        "contradiction-across-articles",
    );
    assert_values(&f, &["350億ドル以上", "3500億ドルを超え"]);
    let claims = |name: &str| {
        let (corpus, _) = common::check_paths(&[post(name)], &Config::shipped());
        corpus.claims
    };
    let has =
        |cs: &[figlint::context::Claim], v: f64, subject: &str, metric: &str, period: &str| {
            cs.iter().any(|c| {
                c.value == v
                    && c.subject == subject
                    && c.metric == metric
                    && c.period.as_deref() == Some(period)
            })
        };
    // 「NVIDIAの直近の決算を見ると、…、FY2025の売上高は1305億ドルに達し」.
    let c = claims("2026-04-10-3-xai-100k-gpu-data-center-memph.md");
    assert!(has(&c, 1.305e11, "NVIDIA", "revenue", "FY2025"), "{c:?}");
    // 「2026年のAI設備投資予測は、Googleが1150億ドル以上、Metaが1080億ドル、Microsoftが990億
    // ドル」: each company's 2026 capex.
    let c = claims("2026-02-14-2-ai-funding-race-openai-anthrop.md");
    assert!(has(&c, 1.08e11, "Meta", "investment", "2026"), "{c:?}");
    assert!(has(&c, 9.9e10, "Microsoft", "investment", "2026"), "{c:?}");
    // 「AI市場全体は、2025年の2440億ドルから、2030年には8270億ドルへと、CAGR 28%で成長」: both
    // ends are sizes.
    let c = claims("2026-03-06-1-mistral-ai-european-ai-market-.md");
    assert!(has(&c, 2.44e11, "AI市場全体", "size", "2025"), "{c:?}");
    assert!(has(&c, 8.27e11, "AI市場全体", "size", "2030"), "{c:?}");
    // 「CAGR 28%」 with a space after the acronym is a figure, and the rate over the span.
    assert!(has(&c, 28.0, "AI市場全体", "cagr", "2025-2030"), "{c:?}");
    // 「AI市場全体も、2025年の2440億ドルから2030年には8270億ドルへと、年平均成長率28%で拡大」: the
    // rate is over the change's span.
    let c = claims("2026-02-28-3-ai-agent-manufacturing-dx-evol.md");
    assert!(has(&c, 28.0, "AI市場全体", "cagr", "2025-2030"), "{c:?}");
    // 「これらの実績は、Anthropicが…証拠でしょう。同社が…企業価値が1,830億ドルと評価されている」.
    let c = claims("2025-09-28-1-anthropic.md");
    assert!(
        c.iter()
            .any(|c| c.value == 1.83e11 && c.subject == "Anthropic" && c.metric == "valuation"),
        "{c:?}"
    );
}

#[test]
fn session_17_measures_on_real_posts() {
    let claims = |name: &str| {
        let (corpus, _) = common::check_paths(&[post(name)], &Config::shipped());
        corpus.claims
    };
    // 「NECが電子カルテ操作時間を約84%削減した」: a change of a named quantity, NEC's.
    let c = claims("2025-11-21-3-necai.md");
    assert!(
        c.iter().any(|c| c.value == 84.0
            && c.subject == "NEC"
            && c.metric == "reduction of 電子カルテ操作時間"),
        "{c:?}"
    );
    // Meta's 2026 capex in dollars and its conversion into yen: one claim, stated twice, the
    // yen side never compared.
    let c = claims("2026-03-31-2-ai-market-growth-generative-ai.md");
    let yen = c
        .iter()
        .find(|c| c.unit == "JPY" && c.subject == "Meta" && c.metric == "investment")
        .unwrap_or_else(|| panic!("{c:?}"));
    assert_eq!(yen.period.as_deref(), Some("2026"));
    assert!(!yen.compared());
    assert!(
        c.iter().any(|d| d.unit == "USD"
            && d.compared()
            && d.key == yen.key
            && d.metric == yen.metric
            && d.period == yen.period),
        "{c:?}"
    );
    // 「AIストレージ市場、2030年766億ドルへ」 (the front matter's excerpt, written as a headline):
    // the market's size.
    let (corpus, _) = common::check_paths(&[post("2025-09-15-1-ai2030766.md")], &Config::shipped());
    let excerpt = corpus
        .figures
        .iter()
        .position(|f| f.place.line == 8 && f.text == "766億ドル")
        .expect("the excerpt's amount is a figure");
    assert!(
        corpus.claims.iter().any(|c| c.figure == excerpt
            && c.subject == "AIストレージ市場"
            && c.metric == "size"
            && c.period.as_deref() == Some("2030")),
        "{:?}",
        corpus.claims
    );
}

#[test]
fn session_19_measures_on_real_posts() {
    let claims = |name: &str| {
        let (corpus, _) = common::check_paths(&[post(name)], &Config::shipped());
        corpus.claims
    };
    // 「NVIDIAの最新決算を見ると、2025年度（FY2025）の売上高は…」: the bracketed period is read
    // past, and the revenue stays NVIDIA's.
    let c = claims("2026-03-29-2-openai-15t-funding-ai-strategy.md");
    assert!(
        c.iter().any(|c| c.value == 1305e8
            && c.subject == "NVIDIA"
            && c.metric == "revenue"
            && c.period.as_deref() == Some("FY2025")),
        "{c:?}"
    );
    // 「生成AI市場だけでも2025年に710億ドル、…」: a market's level for a year, in a list.
    let c = claims("2026-03-24-3-open-source-llm-performance-le.md");
    assert!(
        c.iter().any(|c| c.value == 710e8
            && c.key == "生成ai"
            && c.metric == "size"
            && c.period.as_deref() == Some("2025")),
        "{c:?}"
    );
    // A net loss and an operating loss of one half-year are two measures, and each is one.
    let c = claims("2025-11-30-1-ai96010.md");
    assert!(
        c.iter()
            .any(|c| c.value == 78e8 && c.metric == "operating_loss"),
        "{c:?}"
    );
    // Session 18's price measure on real posts: Mistral Large 3's input price per million
    // tokens is 0.02ドル in one post and 2.00ドル in another.
    let f = found(
        &[
            "2026-03-31-3-open-source-llm-rivals-gpt4o.md",
            "2026-02-28-1-ai-agent-manufacturing-dx-guid.md",
        ],
        "contradiction-across-articles",
    );
    assert_values(&f, &["0.02ドル", "2.00ドル"]);
    assert_values(&f, &["0.06ドル", "6.00ドル"]);
}

#[test]
fn session_19_findings_on_real_posts() {
    // 「日本、AI人材育成に200億円」 and 「日本政府がAI人材育成に500億円」: one actor.
    let f = found(
        &["2025-12-10-3-200ai.md", "2025-12-15-2-500ai.md"],
        "contradiction-across-articles",
    );
    assert_values(&f, &["200億円", "500億円"]);
    // A cost cut a company reports, undated, in two posts six weeks apart.
    let f = found(
        &["2025-12-24-3-amazonai15.md", "2026-02-08-2-amazonai20.md"],
        "contradiction-across-articles",
    );
    assert_values(&f, &["15%", "20%"]);
    // What Toyota's money goes to, in other words (自動運転AI, AI自動運転EVの開発).
    let f = found(
        &[
            "2026-01-09-3-ai-article-update.md",
            "2026-01-25-2-1000aiev.md",
        ],
        "contradiction-across-articles",
    );
    assert_values(&f, &["3兆円", "1000億円"]);
    // Claude Opus 4 in one table, Opus 4 in another: one model's MMLU.
    let f = found(
        &[
            "2026-03-12-10-chatgpt-vs-claude-enterprise.md",
            "2026-04-19-1700-claude-api-guide.md",
        ],
        "contradiction-across-articles",
    );
    assert_values(&f, &["91.1%", "91.8%"]);
}

#[test]
fn session_20_findings_on_real_posts() {
    // A model's multilingual gain as 2倍 in one post and 70%向上 (1.7倍) in another.
    let f = found(
        &[
            "2025-12-10-1-llama-42.md",
            "2025-12-15-1-meta-llama-470ai.md",
        ],
        "contradiction-across-articles",
    );
    assert_values(&f, &["2倍", "70%"]);
    // A chip's performance gain, 50%向上 against 3倍.
    let f = found(
        &[
            "2026-02-10-1-amazon-inferentia-3.md",
            "2026-02-11-1-amazoninferentia-3.md",
        ],
        "contradiction-across-articles",
    );
    assert_values(&f, &["50%", "3倍"]);
    // China's 2024 AI industry: 「中国AI産業規模」 9,000億元 against 「中国のAI関連産業の規模」 7,000億元.
    let f = found(
        &[
            "2025-10-07-3-ai5300.md",
            "2025-10-20-2-ai-article-update.md",
        ],
        "contradiction-across-articles",
    );
    assert_values(&f, &["9,000億元", "7,000億元"]);
    // Llama 4's overall gain: 「汎用性向上で40%性能UP」 (a means, not a part) against 30%.
    let f = found(
        &[
            "2025-12-15-1-llama-4metaopenai.md",
            "2025-12-28-1-llama-4.md",
        ],
        "contradiction-across-articles",
    );
    assert_values(&f, &["30%", "40%"]);
    // Amazon's job cuts: 「従業員削減」 is a round of layoffs, not a head count.
    let f = found(
        &["2025-10-28-1-amazonai3.md", "2025-11-01-2-amazonaiaws.md"],
        "contradiction-across-articles",
    );
    assert_values(&f, &["3万人", "約1万4,000人"]);
}

#[test]
fn a_sites_title_year_frames_no_title_on_the_whole_corpus() {
    // Most of the corpus's titles open with 「2026年」: a template, so the corpus original of
    // the seeds' Beijing headline meets its body's 2024 figure.
    let (corpus, findings) = common::check_paths(
        &[common::shared_path("corpora/allforces/_posts")],
        &Config::shipped(),
    );
    assert!(
        findings.iter().any(|f| f.rule == "contradiction-in-article"
            && f.message.contains("北京")
            && ["25%", "12%"]
                .iter()
                .all(|v| common::texts_of(&corpus, f).iter().any(|t| t == v))),
        "no headline finding on Beijing's 25% and 12% in the corpus"
    );
}

#[test]
fn session_21_findings_on_real_posts() {
    // A table cell's 58.7 (no % sign) against a sentence's 74.9% for one model and benchmark.
    let f = found(
        &[
            "2025-09-07-2-openai-gpt-5ai新時代を拓く.md",
            "2026-04-19-1100-llm-comparison-guide-2026.md",
        ],
        "contradiction-across-articles",
    );
    assert_values(&f, &["74.9%", "58.7"]);
    // A running total: 「合計で約30億ドル」 against 「Googleから総額20億ドル」 (20億 is read as
    // 18–22億, not 15–25億).
    let f = found(
        &[
            "2025-10-26-2-googleanthropictpu.md",
            "2025-10-25-2-anthropicclaude-haiku-45.md",
        ],
        "contradiction-across-articles",
    );
    assert_values(&f, &["約30億ドル", "20億ドル"]);
    // A cut of 300%.
    let f = found(&["2025-12-15-2-awsinferentia-4.md"], "impossible-fall");
    assert_values(&f, &["300%"]);
    // A post that contradicts itself (91.8 and 88.9) and another that repeats its 91.8: one
    // finding, across articles (the two findings point first at different figures, so the
    // one-finding-per-figure merge does not join them; the containment fold does).
    let posts = [
        "2026-04-07-3-open-source-llm-vs-gpt4o-strat.md",
        "2026-03-23-2-deepseek-r1-cot-inference-mode.md",
    ];
    assert_values(
        &found(&posts, "contradiction-across-articles"),
        &["91.8", "88.9"],
    );
    let inside = found(&posts, "contradiction-in-article");
    assert!(
        !inside
            .iter()
            .any(|t| t.iter().any(|x| x == "91.8") && t.iter().any(|x| x == "88.9")),
        "the in-article conflict is reported again: {inside:?}"
    );
}

#[test]
fn session_22_findings_on_real_posts() {
    // A change stated beside its two values: 525 → 750億ドル called 300%.
    let f = found(
        &["2025-09-08-1-google-ai検索進化marketとtechの最前線.md"],
        "change-arithmetic",
    );
    assert_values(&f, &["300%", "525億ドル", "750億ドル"]);
    // A score 42.2% → 61.4%, read by the extractor as one from–to, called a 300% leap.
    let f = found(
        &["2025-11-01-2-anthropic-claude-sonnet-45.md"],
        "change-arithmetic",
    );
    assert_values(&f, &["300%", "42.2%から61.4%"]);
    // 「今年の3月には600億ドルの評価だったのが、9月には1,700億ドル」: the September value meets
    // another post's September value, and the March and September values of one post are
    // not set against each other.
    let posts = ["2025-10-11-3-llm.md", "2025-12-02-2-ai-article-update.md"];
    assert_values(
        &found(&posts, "contradiction-across-articles"),
        &["1,830億ドルを超える", "1,700億ドル"],
    );
    assert!(
        found(&posts, "contradiction-in-article").is_empty(),
        "a March and a September valuation read as one period"
    );
    // 「OpenAIの企業価値は、2024年10月の1,570億ドルから、…2025年10月には5,000億ドル」: the
    // measure set off as the topic is both figures' (a valuation of OpenAI, each month's).
    let (corpus, _) = common::check_paths(
        &[post("2025-12-02-2-ai-article-update.md")],
        &Config::shipped(),
    );
    for (text, period) in [("1,570億ドル", "2024-10"), ("5,000億ドル", "2025-10")] {
        assert!(
            corpus
                .claims
                .iter()
                .any(|c| corpus.figures[c.figure].text == text
                    && c.metric == "valuation"
                    && c.period.as_deref() == Some(period)
                    && c.key == "オープンai"),
            "expected {text} as OpenAI's valuation of {period}"
        );
    }
}

#[test]
fn session_23_claims_on_real_posts() {
    // 「2026年食品加工AI市場、2034年に1382億ドルへ」: a title's framing year does not take the
    // period of a figure written with its own year. 「同市場は2034年までに約1兆507億ドル」 is
    // the generative-AI market named before it in the sentence. 「エッジコンピューティングへの
    // 世界的な支出は2025年の2,610億ドルから、2028年には約3,800億ドル」 is spending on edge
    // computing, for each year.
    let (corpus, _) = common::check_paths(
        &[
            post("2025-11-03-3-ai20341382.md"),
            post("2025-08-30-2-ai市場2034年に1兆ドル突破へ.md"),
            post("2025-09-07-3-1133.md"),
        ],
        &Config::shipped(),
    );
    for (text, key, metric, period) in [
        ("1382億ドル", "食品加工ai", "size", "2034"),
        ("約1兆507億ドル", "生成ai", "size", "2034"),
        (
            "2,610億ドル",
            "エッジコンピューティング",
            "spending",
            "2025",
        ),
        (
            "約3,800億ドル",
            "エッジコンピューティング",
            "spending",
            "2028",
        ),
    ] {
        assert!(
            corpus
                .claims
                .iter()
                .any(|c| corpus.figures[c.figure].text == text
                    && c.key == key
                    && c.metric == metric
                    && c.period.as_deref() == Some(period)),
            "expected {text} as {metric} of {key} in {period}"
        );
    }
}

#[test]
fn session_24_findings_and_claims_on_real_posts() {
    // 「欧州のAI市場は…約2.3兆円…2030年にはCAGR28%で8270億ドル」: a rate against two ends in two
    // currencies, compared in dollars at the article's reference rate.
    assert_values(
        &found(
            &["2026-03-06-1-mistral-ai-european-ai-market-.md"],
            "growth-arithmetic",
        ),
        &["約2.3兆円", "8270億ドル", "28%"],
    );
    // 「Amazonが25%のコスト削減を達成」 (the quantity after the percentage) is the same cut the
    // other post gives as 「コストを15%削減」.
    assert_values(
        &found(
            &["2025-12-24-3-amazonai15.md", "2025-12-30-1-amazonai.md"],
            "contradiction-across-articles",
        ),
        &["25%", "15%"],
    );
    // 「企業アプリケーションの40%にAIエージェントが搭載」: a share of a population.
    let (corpus, _) = common::check_paths(
        &[post("2026-03-01-1-ai-agent-manufacturing-dx-gart.md")],
        &Config::shipped(),
    );
    assert!(
        corpus.claims.iter().any(|c| c.key == "aiエージェント"
            && c.metric == "share of 企業アプリ (搭載)"
            && c.period.as_deref() == Some("2026")),
        "expected the share of enterprise applications carrying AI agents"
    );
}

#[test]
fn session_25_findings_and_claims_on_real_posts() {
    // One model's HumanEval score written to a decimal in two posts: 94.8% and 95.2% differ.
    assert_values(
        &found(
            &[
                "2026-03-12-10-chatgpt-vs-claude-enterprise.md",
                "2026-04-19-1700-claude-api-guide.md",
            ],
            "contradiction-across-articles",
        ),
        &["94.8%", "95.2%"],
    );
    // 「2025年にはAI市場全体で2440億ドル、…生成AI市場だけでも710億ドルに達する」: the market
    // marked with で is the subject, and the second clause shares the first's year.
    let (corpus, findings) = common::check_paths(
        &[
            post("2026-03-17-1-openai-100b-funding-ai-future.md"),
            post("2025-10-31-1-meta300.md"),
        ],
        &Config::shipped(),
    );
    let has = |key: &str, metric: &str, period: Option<&str>, value: f64| {
        has_claim(&corpus, (key, metric, period), value)
    };
    assert!(
        has("ai市場", "size", Some("2025"), 2440e8),
        "AI market 2025"
    );
    assert!(
        has("生成ai", "size", Some("2025"), 710e8),
        "generative AI 2025"
    );
    // Meta's bond issue: the headline's 300億ドル is not set against the body's 2022 issue.
    assert!(has("メタ", "bond_issue", None, 300e8), "Meta's bond issue");
    assert!(
        has("メタ", "bond_issue", Some("2022"), 100e8),
        "Meta's 2022 issue"
    );
    assert!(
        findings
            .iter()
            .all(|f| !(f.rule == "contradiction-in-article" && f.message.contains("bond"))),
        "the 2022 issue is background"
    );
}

#[test]
fn session_27_findings_and_claims_on_real_posts() {
    // A company's new product named in the clause owns its gain: TPU v7's 2倍 against another
    // post's 300%.
    assert_values(
        &found(
            &[
                "2025-12-24-1-googletpu-v7.md",
                "2026-01-22-1-googletpu-v7.md",
            ],
            "contradiction-across-articles",
        ),
        &["2倍", "300%"],
    );
    // A price table's row for one model against its price stated in prose.
    assert_values(
        &found(
            &[
                "2026-04-19-1700-claude-api-guide.md",
                "2026-03-02-1-multimodal-ai-retail-customer-.md",
            ],
            "contradiction-across-articles",
        ),
        &["$0.80", "$1.00"],
    );
    // A word of change that names its quantity (効率化): Amazon's 20% against 25%.
    assert_values(
        &found(
            &["2025-12-16-2-amazonai20.md", "2026-02-03-2-amazonai25.md"],
            "contradiction-across-articles",
        ),
        &["20%", "25%"],
    );
    // Quiet: an impossible 300% cut is impossible-fall's alone, and two undated pledges of
    // AI infrastructure weeks apart are two events.
    for pair in [
        ["2025-12-15-2-awsinferentia-4.md", "2026-01-01-2-ai20aws.md"],
        [
            "2025-12-20-2-ai-article-update.md",
            "2026-01-31-1-amazonawsai500.md",
        ],
    ] {
        let f = found(&pair, "contradiction-across-articles");
        assert!(f.is_empty(), "{pair:?}: {f:?}");
    }
    // A year after a list dates every item; a name in a bracketed list owns its amount.
    let (corpus, _) = common::check_paths(
        &[
            post("2026-02-27-2-open-source-llm-strategy.md"),
            post("2026-03-11-1-ai-agent-enterprise-app-future.md"),
        ],
        &Config::shipped(),
    );
    let has = |key: &str, period: Option<&str>, value: f64| {
        has_claim(&corpus, (key, "investment", period), value)
    };
    assert!(has("グーグル", Some("2026"), 1150e8), "Google's 2026 capex");
    assert!(
        has("メタ", Some("2026"), 1080e8),
        "Meta's 2026 capex, $108B"
    );
    assert!(
        !has("グーグル", Some("2026"), 1080e8),
        "Meta's amount is not Google's"
    );
}

#[test]
fn session_28_findings_and_claims_on_real_posts() {
    // One company's investment named by what it goes to in other words (倫理的AI開発, AI倫理
    //研究) and in two currencies (recall audit 5, H1).
    assert_values(
        &found(
            &[
                "2025-12-19-1-anthropic.md",
                "2026-02-04-1-anthropic100ai.md",
            ],
            "contradiction-across-articles",
        ),
        &["10億ドル", "100億円"],
    );
    // A list under a measure topic whose first item opens with its year: an uncredited 2026
    // capex for Google against Alphabet's announced range.
    assert_values(
        &found(
            &[
                "2026-04-03-1-ai-agent-enterprise-app-40-per.md",
                "2026-02-16-3-eu-ai-act-enterprise-impact-20.md",
            ],
            "contradiction-across-articles",
        ),
        &["1150億ドル", "1750億〜1850億ドル"],
    );
    // A value given as another forecast (「…という予測もあります」) is named so beside a
    // credited one.
    let (_, findings) = common::check_paths(
        &[
            post("2025-11-02-2-figure-ai.md"),
            post("2025-12-05-2-ai2033497.md"),
        ],
        &Config::shipped(),
    );
    assert!(
        findings.iter().any(|f| f.rule == "sources-disagree"
            && f.help.contains("credited to Goldman Sachs")
            && f.help.contains("given as another estimate (uncredited)")),
        "{findings:?}"
    );
    // A share of people after 「もの」 restates no headline gain; TOPS is a unit.
    let (corpus, _) = common::check_paths(
        &[
            post("2025-10-28-2-ibmai92.md"),
            post("2025-09-25-2-snapdragon-x2-elite.md"),
        ],
        &Config::shipped(),
    );
    let line = |c: &figlint::context::Claim| corpus.figures[c.figure].place.line;
    assert!(
        !corpus
            .claims
            .iter()
            .any(|c| line(c) == 20 && c.value == 92.0),
        "the 92% of leaders is no claim"
    );
    assert!(
        corpus
            .figures
            .iter()
            .any(|f| f.raw.unit == "TOPS" && f.raw.value == 80.into()),
        "80 TOPS"
    );
    let (corpus, _) = common::check_paths(
        &[
            post("2026-03-28-2-openai-15trillion-ai-investmen.md"),
            post("2026-02-28-3-ai-agent-manufacturing-dx-evol.md"),
            post("2026-01-20-1-sagemaker25.md"),
            post("2025-10-12-1-abb.md"),
            post("2025-11-04-3-ai-article-update.md"),
            post("2026-03-12-2-multimodal-ai-industry-standar.md"),
        ],
        &Config::shipped(),
    );
    let has = |key: &str, metric: &str, period: Option<&str>, value: f64| {
        has_claim(&corpus, (key, metric, period), value)
    };
    // 「Metaも1080億ドル」 after Google's 2026 capex: Meta's, for 2026.
    assert!(
        has("メタ", "investment", Some("2026"), 1080e8),
        "Meta's 2026 capex"
    );
    // 「CAGR46%」 written glued is a figure, and the AI-agent market's rate.
    assert!(
        corpus
            .claims
            .iter()
            .any(|c| c.metric == "cagr" && c.value == 46.0 && c.key.contains("エージェント")),
        "the AI-agent market's CAGR 46%"
    );
    // A title's 「SageMaker開発効率25%向上」 after its year: SageMaker's gain in 開発効率.
    assert!(
        corpus.claims.iter().any(|c| c.subject == "SageMaker"
            && c.metric == "gain in 開発効率"
            && c.value == 25.0
            && corpus.figures[c.figure].place.line == 3),
        "the title's SageMaker claim"
    );
    // 「AI市場全体で見ると、2025年には…」: the whole market's 2025 size.
    assert!(
        has("ai市場", "size", Some("2025"), 2440e8),
        "AI market 2025"
    );
    // ABB's robotics unit, described two ways before its name, is one acquisition target.
    let abb: std::collections::BTreeSet<&str> = corpus
        .claims
        .iter()
        .filter(|c| c.metric == "acquisition" && c.subject.contains("ABB"))
        .map(|c| c.key.as_str())
        .collect();
    assert_eq!(abb.len(), 1, "{abb:?}");
}

#[test]
fn session_29_findings_on_real_posts() {
    // Amazon's two stakes in Anthropic, restated in yen, summed to a total they pass
    // (recall audit 5, W5).
    assert_values(
        &found(&["2025-10-11-1-anthropic-llmai.md"], "part-exceeds-whole"),
        &["最大40億ドル", "27億5000万ドル", "約6000億円"],
    );
    // An NPU's 45 → 80 TOPS called a 300% gain, in two posts (W3, W4).
    assert_values(
        &found(
            &["2025-09-25-2-snapdragon-x2-elite.md"],
            "change-arithmetic",
        ),
        &["300%", "45 TOPS", "80 TOPS"],
    );
    assert_values(
        &found(&["2025-09-25-2-pcai.md"], "change-arithmetic"),
        &["300%", "45TOPS", "80TOPS"],
    );
    // The AI-agent market's rate to 2030, 28%, and 「CAGR46%で成長すると見込まれ」 in one
    // paragraph (W8).
    assert_values(
        &found(
            &["2026-02-28-3-ai-agent-manufacturing-dx-evol.md"],
            "contradiction-in-article",
        ),
        &["28%", "46%"],
    );
    let (corpus, _) = common::check_paths(
        &[
            post("2026-02-09-3-1000ai.md"),
            post("2025-09-08-2-asmlmistral-aiに13億ユ.md"),
        ],
        &Config::shipped(),
    );
    let at = |c: &figlint::context::Claim| {
        let f = &corpus.figures[c.figure];
        (corpus.docs[f.doc].path.as_str(), f.place.line)
    };
    // 「この1000億円が…」 restates Toyota's investment, which the body also states with what it
    // goes to (トヨタ→自動運転ai) and once under a wrong subject: most statements say トヨタ.
    assert!(
        corpus.claims.iter().any(|c| at(c).0.ends_with("1000ai.md")
            && at(c).1 == 32
            && c.key == "トヨタ"
            && c.inherited == Some(figlint::context::Inherited::Restated)),
        "the restated 1000億円"
    );
    // Mistral's valuation, 「…の一部であり、同社の企業評価額を100億ユーロ」 and 「Mistral AIの企業
    // 評価額が100億ユーロ」, has one key: no qualifier from the copula, no 企業 in the subject.
    let keys: std::collections::BTreeSet<&str> = corpus
        .claims
        .iter()
        .filter(|c| c.metric == "valuation" && at(c).0.contains("mistral"))
        .map(|c| c.key.as_str())
        .collect();
    assert_eq!(keys.into_iter().collect::<Vec<_>>(), ["ミストラル"]);
}

#[test]
fn session_30_claims_and_findings_on_real_posts() {
    // A plan's monthly price stated twice in one article (recall audit 8, X1).
    assert_values(
        &found(
            &["2026-04-12-tacit-knowledge-ai-transfer-manufacturing.md"],
            "contradiction-in-article",
        ),
        &["約2万円", "約3,000円"],
    );
    let (corpus, _) = common::check_paths(
        &[post("2025-10-05-1-ai25.md"), post("2025-11-10-2-tsmcai.md")],
        &Config::shipped(),
    );
    // 「…2024年にN%増のM、2025年にはN'%増のM'」: both rates are the market's growth and both
    // amounts its size, in their years.
    assert!(has_claim(&corpus, ("半導体", "growth", Some("2024")), 19.0));
    assert!(has_claim(
        &corpus,
        ("半導体", "size", Some("2024")),
        626_800_000_000.0
    ));
    assert!(has_claim(&corpus, ("半導体", "growth", Some("2025")), 11.2));
    // 「純利益も前年同期比39%増」: the growth of the net profit, not of the company at large.
    assert!(corpus
        .claims
        .iter()
        .any(|c| c.metric == "growth (net_profit)" && c.value == 39.0));
}

#[test]
fn session_31_claims_on_real_posts() {
    let (corpus, _) = common::check_paths(
        &[
            post("2025-11-20-1-openaiaws380.md"),
            post("2025-11-04-1-openaiaws380.md"),
            post("2025-10-22-2-kddi600.md"),
            post("2025-09-16-3-ai3216.md"),
            post("2025-11-18-3-ai20348864.md"),
            post("2025-11-30-1-ai96010.md"),
        ],
        &Config::shipped(),
    );
    // A deal between two named companies, told 「AとBのN契約」 and 「AがBとN年間でNの契約」,
    // and as 提携 in another post: one key holding both parties.
    let deals: Vec<_> = corpus
        .claims
        .iter()
        .filter(|c| c.metric == "contract" && c.value == 38_000_000_000.0)
        .collect();
    let docs: std::collections::BTreeSet<_> = deals.iter().map(|c| c.doc).collect();
    assert_eq!(docs.len(), 2, "{deals:?}");
    assert!(deals
        .iter()
        .all(|c| c.key == deals[0].key && c.key.contains('＆')));
    // A commitment 「エネルギーと…に対して」: what it is for names no party.
    assert!(corpus
        .claims
        .iter()
        .all(|c| c.metric != "contract" || c.value == 38_000_000_000.0));
    // The money named by the verb before it (「KDDIがロンドンに投じる600億円は」) and a
    // headline's 「…に600億円投じる」: KDDI's investment in London.
    let kddi: Vec<_> = corpus
        .claims
        .iter()
        .filter(|c| c.metric == "investment" && c.value == 60_000_000_000.0)
        .collect();
    assert!(kddi.iter().any(|c| c.headline), "{kddi:?}");
    assert!(kddi.len() >= 4 && kddi.iter().all(|c| c.key == kddi[0].key));
    // 「AI半導体市場3216億ドル予測」 and 「医療AI、2034年に8864億ドル市場へ」: markets' sizes.
    assert!(corpus
        .claims
        .iter()
        .any(|c| c.headline && c.metric == "size" && c.value == 321_600_000_000.0));
    assert!(has_claim(
        &corpus,
        ("医療ai", "size", Some("2034")),
        886_400_000_000.0
    ));
}

#[test]
fn session_31_junk_claims_gone_on_real_posts() {
    let (corpus, _) = common::check_paths(
        &[
            post("2026-03-27-10-education-ai-guide.md"),
            post("2025-09-28-1-anthropic.md"),
            post("2025-08-30-2-ai市場2034年に1兆ドル突破へ.md"),
        ],
        &Config::shipped(),
    );
    // 「…人材不足と採用難——N社中M社」 counts companies, and 「従業員数を3倍に」 is a multiple:
    // neither is a head count.
    assert!(
        corpus
            .claims
            .iter()
            .all(|c| c.metric != "employees" || c.unit != "社" && c.unit != "倍"),
        "{:?}",
        corpus.claims
    );
    // 「この成長を牽引する主役は、年平均成長率…」: the rate stays a claim, but not of 「主役」.
    let rates: Vec<_> = corpus
        .claims
        .iter()
        .filter(|c| c.metric == "cagr" && c.value == 44.2)
        .collect();
    assert!(
        !rates.is_empty() && rates.iter().all(|c| c.key != "主役"),
        "{rates:?}"
    );
}

#[test]
fn session_32_claims_on_real_posts() {
    let (corpus, _) = common::check_paths(
        &[
            post("2025-10-17-2-tsmcai.md"),
            post("2025-11-01-2-amazonaiaws.md"),
            post("2026-03-22-3-llmgpt-4o.md"),
            post("2026-03-05-1-ai202640.md"),
        ],
        &Config::shipped(),
    );
    // 「Xの決算には…。2025年第3四半期、純利益が…、売上高も…」: the company's results, dated by
    // the year and quarter set off at the start of the sentence.
    assert!(has_claim(
        &corpus,
        ("積体電路製造", "revenue", Some("2025Q3")),
        989_900_000_000.0
    ));
    assert!(has_claim(
        &corpus,
        ("積体電路製造", "net_profit", Some("2025Q3")),
        452_300_000_000.0
    ));
    // 「N億ドルというAWSの売上高は」.
    assert!(has_claim(
        &corpus,
        ("aws", "revenue", None),
        33_000_000_000.0
    ));
    // 「…市場は、2025年時点でN以上と推計されており」.
    assert!(corpus.claims.iter().any(|c| c.metric == "size"
        && c.period.as_deref() == Some("2025")
        && c.value == 115_000_000_000.0));
    // 「AIエージェント市場のCAGR（年平均成長率）が46%」.
    assert!(has_claim(&corpus, ("aiエージェント", "cagr", None), 46.0));
}

#[test]
fn session_32_owners_deals_and_sides_on_real_posts() {
    let (corpus, findings) = common::check_paths(
        &[
            post("2026-04-06-3-eu-ai-act-compliance-strategie.md"),
            post("2025-09-22-3-oraclemeta200ai.md"),
            post("2025-11-01-1-anthropic-claude-4573.md"),
            post("2025-11-02-2-openai1ipoai.md"),
            post("2026-04-04-2-llmgpt-4oai3.md"),
            post("2026-02-14-2-ai-funding-race-openai-anthrop.md"),
            post("2026-02-17-3-open-source-llm-enterprise-str.md"),
        ],
        &Config::shipped(),
    );
    // 「NVIDIAは…、データセンター事業が前年比66%増の…」: the segment is NVIDIA's.
    assert!(has_claim(
        &corpus,
        ("エヌビディアデータセンター事業", "growth", None),
        66.0
    ));
    // 「OracleとMetaが200億ドル規模のAIクラウド契約」: the deal's value, both parties.
    assert!(has_claim(
        &corpus,
        ("オラクル＆メタ", "contract", None),
        20_000_000_000.0
    ));
    // 「Googleからも合計30億ドル」: Google's running total in the company the text is about.
    assert!(corpus
        .claims
        .iter()
        .any(|c| c.key == "グーグル→アンソロピック" && c.value == 3_000_000_000.0));
    // 「1兆ドル規模のIPO」: no size of the company.
    assert!(
        corpus
            .claims
            .iter()
            .all(|c| !(c.metric == "size" && c.key == "オープンai")),
        "{:?}",
        corpus.claims
    );
    // One post's 107.9億ドル against the others' 1080億ドル and 1079億ドル: two sides.
    let meta: Vec<&str> = findings
        .iter()
        .filter(|f| f.rule == "contradiction-across-articles" && f.message.contains("107.9億ドル"))
        .map(|f| f.message.as_str())
        .collect();
    assert_eq!(meta.len(), 1, "{meta:?}");
    assert_eq!(meta[0].matches(" vs ").count(), 1, "{meta:?}");
    assert!(meta[0].contains(" / "), "{meta:?}");
}
