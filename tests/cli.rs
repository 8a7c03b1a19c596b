//! The command line: exit codes, bad input, config errors, determinism, and that articles are
//! never written to.

use assert_cmd::Command;
use predicates::prelude::*;
use std::fs;
use std::path::Path;

fn figlint() -> Command {
    Command::cargo_bin("figlint").unwrap()
}

fn write(dir: &Path, name: &str, bytes: &[u8]) {
    fs::create_dir_all(dir.join(name).parent().unwrap()).unwrap();
    fs::write(dir.join(name), bytes).unwrap();
}

const CLEAN: &str =
    "---\ntitle: 松江の観光\ndate: 2025-01-05\n---\n\n松江の観光客数は2024年に5%増えた。\n";
const CONTRA_A: &str =
    "---\ntitle: a\ndate: 2025-02-01\n---\n\n松江の観光業の2024年の売上高は480億円だった。\n";
const CONTRA_B: &str =
    "---\ntitle: b\ndate: 2025-03-01\n---\n\n松江の観光業の2024年の売上高は720億円に達した。\n";

#[test]
fn exit_codes_follow_fail_on() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "clean.md", CLEAN.as_bytes());
    figlint().arg("check").arg(dir.path()).assert().code(0);

    write(dir.path(), "a.md", CONTRA_A.as_bytes());
    write(dir.path(), "b.md", CONTRA_B.as_bytes());
    // The cross-article rule is a warning.
    figlint()
        .args(["check", "--format", "json"])
        .arg(dir.path())
        .assert()
        .code(1)
        .stdout(predicate::str::contains(
            "\"rule\": \"contradiction-across-articles\"",
        ));
    figlint()
        .args(["check", "--fail-on", "error"])
        .arg(dir.path())
        .assert()
        .code(0);
    figlint()
        .args(["check", "--fail-on", "never"])
        .arg(dir.path())
        .assert()
        .code(0);
    figlint()
        .args(["check", "--fail-on", "info"])
        .arg(dir.path())
        .assert()
        .code(1);
}

#[test]
fn usage_errors_exit_2() {
    figlint().arg("check").assert().code(2);
    figlint()
        .args(["check", "--format", "xml", "."])
        .assert()
        .code(2);
    figlint()
        .args(["explain", "no-such-rule"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("no rule"));
}

#[test]
fn bad_files_are_reported_and_the_run_goes_on() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    write(d, "good.md", "本文の売上は30%増えた。\n".as_bytes());
    write(d, "latin1.md", b"line one\nprice \xff\xfe 5%\n");
    write(d, "binary.txt", b"abc\0def 5%\n");
    write(d, "empty.md", b"");
    write(
        d,
        "bom-crlf.md",
        "\u{FEFF}---\r\ntitle: x\r\n---\r\n売上は12%増えた。\r\n".as_bytes(),
    );
    write(
        d,
        "badfm.md",
        b"---\ntitle: [unclosed\ndate: 2025-01-01\n---\nbody 7%\n",
    );
    let out = figlint()
        .args(["figures", "--format", "json"])
        .arg(d)
        .assert()
        .code(2)
        .get_output()
        .stdout
        .clone();
    let v: serde_json::Value = serde_json::from_slice(&out).unwrap();
    let errors = v["errors"].as_array().unwrap();
    let by_file = |name: &str| {
        errors
            .iter()
            .find(|e| e["path"].as_str().unwrap().ends_with(name))
            .cloned()
    };
    let e = by_file("latin1.md").expect("invalid UTF-8 reported");
    assert_eq!(e["line"], 2);
    assert!(e["message"].as_str().unwrap().contains("invalid UTF-8"));
    assert!(by_file("binary.txt").unwrap()["message"]
        .as_str()
        .unwrap()
        .contains("binary"));
    assert_eq!(by_file("empty.md").unwrap()["level"], "warning");
    let e = by_file("badfm.md").unwrap();
    // The unclosed flow sequence opens on line 2; the parser notices it on line 3.
    assert!(matches!(e["line"].as_u64(), Some(2 | 3)), "{e}");
    assert!(e["message"].as_str().unwrap().contains("YAML"));
    assert!(
        by_file("bom-crlf.md").is_none(),
        "BOM and CRLF are read, not refused"
    );
    // The readable files' figures are all there, with the right positions.
    let figs = v["figures"].as_array().unwrap();
    let at = |name: &str, text: &str| {
        figs.iter()
            .find(|f| f["path"].as_str().unwrap().ends_with(name) && f["text"] == text)
            .unwrap_or_else(|| panic!("{text} in {name}"))
            .clone()
    };
    assert_eq!(at("good.md", "30%")["column"], 7);
    let f = at("bom-crlf.md", "12%");
    assert_eq!(
        (f["line"].as_u64(), f["column"].as_u64()),
        (Some(4), Some(4))
    );
    assert_eq!(at("badfm.md", "7%")["line"], 5);
}

#[test]
fn malformed_config_fails_fast_with_its_location() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "a.md", CLEAN.as_bytes());
    let cfg = dir.path().join("figlint.yaml");
    fs::write(
        &cfg,
        "rules:\n  - id: contradiction-across-articles\n    severity: loud\n",
    )
    .unwrap();
    figlint()
        .args(["check", "--config"])
        .arg(&cfg)
        .arg(dir.path())
        .assert()
        .code(2)
        .stderr(predicate::str::contains("figlint.yaml:3:15"));
    // Found from the current folder upwards, too.
    figlint()
        .current_dir(dir.path())
        .args(["check", "."])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("severity"));
}

#[test]
fn an_option_the_rules_kind_does_not_take_fails_in_every_format() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "a.md", CLEAN.as_bytes());
    let cfg = dir.path().join("figlint.yaml");
    fs::write(
        &cfg,
        "rules:\n  - id: conversion-reference-rate\n    metrics: [growth]\n",
    )
    .unwrap();
    for format in ["human", "json", "sarif", "github", "table", "compact"] {
        figlint()
            .args(["check", "--format", format, "--config"])
            .arg(&cfg)
            .arg(dir.path())
            .assert()
            .code(2)
            .stdout(predicate::str::is_empty())
            .stderr(predicate::str::contains("figlint.yaml:3:5"))
            .stderr(predicate::str::contains("no option `metrics`"));
    }
}

#[test]
fn config_can_turn_a_rule_off_and_change_severity() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "a.md", CONTRA_A.as_bytes());
    write(dir.path(), "b.md", CONTRA_B.as_bytes());
    let cfg = dir.path().join("figlint.yaml");
    fs::write(
        &cfg,
        "rules:\n  - id: contradiction-across-articles\n    enabled: false\n",
    )
    .unwrap();
    figlint()
        .args(["check", "--config"])
        .arg(&cfg)
        .arg(dir.path())
        .assert()
        .code(0);
    fs::write(
        &cfg,
        "rules:\n  - id: contradiction-across-articles\n    severity: error\n",
    )
    .unwrap();
    figlint()
        .args(["check", "--fail-on", "error", "--config"])
        .arg(&cfg)
        .arg(dir.path())
        .assert()
        .code(1);
}

#[test]
fn facts_in_config_flag_articles_that_disagree() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "a.md", CONTRA_A.as_bytes());
    let cfg = dir.path().join("figlint.yaml");
    fs::write(
        &cfg,
        "facts:\n  - subject: 松江の観光業\n    metric: revenue\n    period: \"2024\"\n    value: 520億円\n    source: 市の統計書 2025年版\n",
    )
    .unwrap();
    figlint()
        .args(["check", "--format", "json", "--config"])
        .arg(&cfg)
        .arg(dir.path())
        .assert()
        .code(1)
        .stdout(predicate::str::contains("\"rule\": \"fact-mismatch\""))
        .stdout(predicate::str::contains("市の統計書 2025年版"));
}

#[test]
fn output_is_identical_across_runs_and_thread_counts() {
    let examples = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/newsroom");
    let run = |j: &str| {
        figlint()
            .args(["-j", j, "check", "--format", "json"])
            .arg(&examples)
            .output()
            .unwrap()
            .stdout
    };
    let one = run("1");
    assert!(!one.is_empty());
    assert_eq!(one, run("2"));
    assert_eq!(one, run("4"));
}

#[test]
fn articles_are_never_written() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "a.md", CONTRA_A.as_bytes());
    write(dir.path(), "b.md", CONTRA_B.as_bytes());
    let before: Vec<_> = ["a.md", "b.md"]
        .iter()
        .map(|n| {
            (
                fs::read(dir.path().join(n)).unwrap(),
                fs::metadata(dir.path().join(n))
                    .unwrap()
                    .modified()
                    .unwrap(),
            )
        })
        .collect();
    figlint().arg("check").arg(dir.path()).assert().code(1);
    figlint().arg("figures").arg(dir.path()).assert().code(0);
    let after: Vec<_> = ["a.md", "b.md"]
        .iter()
        .map(|n| {
            (
                fs::read(dir.path().join(n)).unwrap(),
                fs::metadata(dir.path().join(n))
                    .unwrap()
                    .modified()
                    .unwrap(),
            )
        })
        .collect();
    assert_eq!(before, after);
    let names: Vec<_> = fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(names.len(), 2, "no file was added: {names:?}");
}

#[test]
fn rules_and_explain_list_the_shipped_rules() {
    figlint()
        .arg("rules")
        .assert()
        .code(0)
        .stdout(predicate::str::contains("contradiction-across-articles"));
    figlint()
        .args(["explain", "contradiction-in-article"])
        .assert()
        .code(0)
        .stdout(predicate::str::contains("headline"))
        .stdout(predicate::str::contains("Example it flags"))
        .stdout(predicate::str::contains("scope:          article"));
    // A kind's explanation shows only the options that kind takes.
    figlint()
        .args(["explain", "conversion-reference-rate"])
        .assert()
        .code(0)
        .stdout(predicate::str::contains("tolerance:"))
        .stdout(predicate::str::contains("scope:").not())
        .stdout(predicate::str::contains("metrics:").not());
    figlint()
        .args(["explain", "contradiction-in-artcle"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "did you mean `contradiction-in-article`?",
        ));
}

#[test]
fn verbose_names_undated_articles_whose_conversions_are_not_checked() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "undated.txt",
        "予算は20億ドル（約3,000億円）だ。\n".as_bytes(),
    );
    figlint()
        .args(["check", "-v"])
        .arg(dir.path())
        .assert()
        .code(0)
        .stderr(predicate::str::contains(
            "undated.txt: no `date` in front matter; 1 conversion(s) not checked",
        ));
}

const OLD_A: &str = "---\ntitle: a\ndate: 2025-02-01\n---\n\n出雲の観光業の2024年の売上高は300億円だった。\n\n別の話題として、松江の人口は増えた。\n";
const OLD_B: &str =
    "---\ntitle: b\ndate: 2025-03-01\n---\n\n出雲の観光業の2024年の売上高は410億円に達した。\n";

#[test]
fn a_draft_against_the_corpus_reports_only_its_own_findings() {
    let root = tempfile::tempdir().unwrap();
    write(root.path(), "posts/a.md", OLD_A.as_bytes());
    write(root.path(), "posts/b.md", OLD_B.as_bytes());
    let drafts = tempfile::tempdir().unwrap();
    write(drafts.path(), "draft.md", CONTRA_A.as_bytes());
    write(root.path(), "posts/matsue.md", CONTRA_B.as_bytes());
    let out = figlint()
        .args(["check", "--format", "json"])
        .arg(drafts.path().join("draft.md"))
        .arg("--against")
        .arg(root.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let findings = v["findings"].as_array().unwrap();
    // The draft against posts/matsue.md, and not posts/a.md against posts/b.md.
    assert_eq!(findings.len(), 1, "{findings:?}");
    let paths: Vec<&str> = findings[0]["locations"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l["path"].as_str().unwrap())
        .collect();
    assert!(
        paths.iter().any(|p| p.ends_with("draft.md"))
            && paths.iter().any(|p| p.ends_with("matsue.md")),
        "{paths:?}"
    );
    // A draft that is already under ROOT is read once.
    figlint()
        .args(["check", "--format", "json"])
        .arg(root.path().join("posts/matsue.md"))
        .arg("--against")
        .arg(root.path())
        .assert()
        .code(0);
}

#[test]
fn a_baseline_hides_old_findings_and_not_new_ones() {
    let root = tempfile::tempdir().unwrap();
    write(root.path(), "a.md", OLD_A.as_bytes());
    write(root.path(), "b.md", OLD_B.as_bytes());
    write(root.path(), "c.md", CONTRA_A.as_bytes());
    let base = root.path().join("baseline.json");
    let out = figlint().arg("baseline").arg(root.path()).output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    fs::write(&base, &out.stdout).unwrap();
    assert!(String::from_utf8_lossy(&out.stdout).contains("contradiction-across-articles"));
    figlint()
        .args(["check", "--baseline"])
        .arg(&base)
        .arg(root.path())
        .assert()
        .code(0);
    // Moving the paragraph and editing an unrelated sentence resurrects nothing.
    let moved = "---\ntitle: a\ndate: 2025-02-01\n---\n\n松江の人口は少し減った。\n\n前置きの段落。\n\n出雲の観光業の2024年の売上高は300億円だった。\n";
    write(root.path(), "a.md", moved.as_bytes());
    figlint()
        .args(["check", "--baseline"])
        .arg(&base)
        .arg(root.path())
        .assert()
        .code(0);
    // Changing a figure so that it contradicts another is new.
    write(
        root.path(),
        "d.md",
        CONTRA_B.replace("720億円", "950億円").as_bytes(),
    );
    let out = figlint()
        .args(["check", "--format", "json", "--baseline"])
        .arg(&base)
        .arg(root.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        v["findings"].as_array().unwrap().len(),
        1,
        "{}",
        v["findings"]
    );
    // A file that is not a baseline is an error.
    fs::write(&base, "not json").unwrap();
    figlint()
        .args(["check", "--baseline"])
        .arg(&base)
        .arg(root.path())
        .assert()
        .code(2)
        .stderr(predicate::str::contains("not a figlint baseline"));
}

#[test]
fn init_writes_a_working_starter_and_never_overwrites() {
    let dir = tempfile::tempdir().unwrap();
    figlint()
        .current_dir(dir.path())
        .arg("init")
        .assert()
        .code(0);
    let text = fs::read_to_string(dir.path().join("figlint.yaml")).unwrap();
    assert!(text.contains("# figlint.yaml"));
    write(dir.path(), "a.md", CLEAN.as_bytes());
    // The starter is a valid config.
    figlint()
        .current_dir(dir.path())
        .args(["check", "."])
        .assert()
        .code(0);
    fs::write(dir.path().join("figlint.yaml"), "mine: true\n").unwrap();
    figlint()
        .current_dir(dir.path())
        .arg("init")
        .assert()
        .code(2)
        .stderr(predicate::str::contains("already exists"));
    assert_eq!(
        fs::read_to_string(dir.path().join("figlint.yaml")).unwrap(),
        "mine: true\n"
    );
}

#[test]
fn suppressions_silence_findings_and_stale_ones_are_reported() {
    let dir = tempfile::tempdir().unwrap();
    let a = "---\ntitle: a\ndate: 2025-02-01\n---\n\n<!-- figlint-disable-next-line contradiction-across-articles -->\n松江の観光業の2024年の売上高は480億円だった。\n";
    write(dir.path(), "a.md", a.as_bytes());
    write(dir.path(), "b.md", CONTRA_B.as_bytes());
    let run = |d: &Path| {
        let out = figlint()
            .args(["check", "--format", "json"])
            .arg(d)
            .output()
            .unwrap();
        let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        (out.status.code(), v)
    };
    let (code, v) = run(dir.path());
    assert_eq!(code, Some(0), "{v}");
    assert!(v["findings"].as_array().unwrap().is_empty());
    // Another rule named: not suppressed.
    write(
        dir.path(),
        "a.md",
        a.replace("contradiction-across-articles", "fact-mismatch")
            .as_bytes(),
    );
    let (code, v) = run(dir.path());
    assert_eq!(code, Some(1));
    // ... and that suppression, which suppressed nothing, is reported as info.
    let infos: Vec<_> = v["errors"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["level"] == "info")
        .collect();
    assert_eq!(infos.len(), 1, "{v}");
    assert_eq!(infos[0]["line"], 6);
    assert!(infos[0]["message"]
        .as_str()
        .unwrap()
        .contains("suppresses nothing"));
    // A disable … enable block, and front matter.
    let block = "---\ntitle: a\ndate: 2025-02-01\n---\n\n<!-- figlint-disable -->\n松江の観光業の2024年の売上高は480億円だった。\n<!-- figlint-enable -->\n";
    write(dir.path(), "a.md", block.as_bytes());
    assert_eq!(run(dir.path()).0, Some(0));
    let front = "---\ntitle: a\ndate: 2025-02-01\nfiglint:\n  disable: [contradiction-across-articles]\n---\n\n松江の観光業の2024年の売上高は480億円だった。\n";
    write(dir.path(), "a.md", front.as_bytes());
    assert_eq!(run(dir.path()).0, Some(0));
    // After the block ends, findings come back.
    let after = "---\ntitle: a\ndate: 2025-02-01\n---\n\n<!-- figlint-disable -->\n前置き。\n<!-- figlint-enable -->\n\n松江の観光業の2024年の売上高は480億円だった。\n";
    write(dir.path(), "a.md", after.as_bytes());
    assert_eq!(run(dir.path()).0, Some(1));
}

/// Inputs that used to abort the whole run with a panic and no output (issue 14): each is
/// read or skipped, and the good files beside them are still checked, in every format.
#[test]
fn inputs_that_once_panicked_leave_the_run_going() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "a.md", CONTRA_A.as_bytes());
    write(dir.path(), "b.md", CONTRA_B.as_bytes());
    write(
        dir.path(),
        "huge-en.md",
        b"It grew by 111111111111111111111billion dollars.\n",
    );
    write(
        dir.path(),
        "huge-ja.md",
        "売上は777777777777777777〜77777億円だった。\n".as_bytes(),
    );
    let body = "\n鳥取の観光業は2024年に12%成長した。\n";
    for (name, front) in [
        ("tab.md", "title: \"鳥取の観光業\\t25%成長\""),
        ("quote.md", "title: \"鳥取の\\\"観光業\\\" 25%成長\""),
        (
            "twice.md",
            "title: 鳥取の観光業 5%成長\ntitle: 鳥取の観光業 25%成長",
        ),
        ("cr.md", "title: \"鳥取の観光業\r25%成長\""),
        (
            "desc.md",
            "title: 鳥取の観光業 25%成長\ndescription: \"\\t鳥取の観光業 25%\"",
        ),
    ] {
        write(
            dir.path(),
            name,
            format!("---\n{front}\n---\n{body}").as_bytes(),
        );
    }
    for format in ["human", "json", "sarif", "github", "compact", "table"] {
        let out = figlint()
            .args(["check", "--no-cache", "--format", format])
            .arg(dir.path())
            .timeout(std::time::Duration::from_secs(20))
            .output()
            .unwrap();
        let stdout = String::from_utf8_lossy(&out.stdout);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(!stderr.contains("panicked"), "{format}: {stderr}");
        // cr.md's front matter is malformed YAML: an input error, exit 2.
        assert_eq!(out.status.code(), Some(2), "{format}: {stderr}");
        assert!(
            stdout.contains("b.md"),
            "{format}: the good files' finding: {stdout}"
        );
    }
    // The headlines with escapes still disagree with their bodies, pointed at the title line.
    let out = figlint()
        .args(["check", "--no-cache", "--format", "compact"])
        .arg(dir.path())
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    for line in ["tab.md:2:", "twice.md:3:"] {
        assert!(stdout.contains(line), "{line} in {stdout}");
    }
}

#[test]
fn special_files_links_that_loop_and_files_over_the_size_limit_are_said_and_skipped() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "ok/a.md", CLEAN.as_bytes());
    // A FIFO named on the command line: reported, never opened (it would block the run).
    let fifo = dir.path().join("pipe.md");
    let c = std::ffi::CString::new(fifo.as_os_str().as_encoded_bytes()).unwrap();
    assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o644) }, 0, "mkfifo");
    // A link to itself.
    let looped = dir.path().join("loop.md");
    std::os::unix::fs::symlink(&looped, &looped).unwrap();
    figlint()
        .args(["check", "--no-cache", "--format", "compact"])
        .arg(dir.path().join("ok"))
        .arg(&fifo)
        .arg(&looped)
        .timeout(std::time::Duration::from_secs(20))
        .assert()
        .code(2)
        // compact prints load problems as lines on stdout, beside the findings.
        .stdout(predicate::str::contains("not a regular file or folder"))
        .stdout(predicate::str::contains("a link that cannot be followed"));
    // A file over `max_file_mb` is not read; the others are checked.
    let big = dir.path().join("big");
    let mut text = CLEAN.to_string();
    while text.len() < 1_200_000 {
        text.push_str("松江の観光客数は2024年に5%増えた。\n\n");
    }
    write(&big, "huge.md", text.as_bytes());
    write(&big, "a.md", CONTRA_A.as_bytes());
    write(&big, "b.md", CONTRA_B.as_bytes());
    let cfg = dir.path().join("figlint.yaml");
    fs::write(&cfg, "settings:\n  max_file_mb: 1\n").unwrap();
    figlint()
        .args(["check", "--no-cache", "--format", "json", "--config"])
        .arg(&cfg)
        .arg(&big)
        .assert()
        .code(2)
        .stdout(predicate::str::contains("over the 1 MB limit"))
        .stdout(predicate::str::contains("contradiction-across-articles"));
    // A NUL byte far into a file makes it binary, wherever it is.
    let mut bin = CLEAN.as_bytes().to_vec();
    bin.extend(std::iter::repeat_n(b'a', 20_000));
    bin.push(0);
    write(dir.path(), "bin/x.md", &bin);
    figlint()
        .args(["check", "--no-cache"])
        .arg(dir.path().join("bin"))
        .assert()
        .code(2)
        .stderr(predicate::str::contains("binary file"));
}

#[test]
fn paths_are_shown_as_given_without_dot_components_and_with_controls_escaped() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "drafts/a.md", CONTRA_A.as_bytes());
    write(
        dir.path(),
        "drafts/b\nx.md",
        "松江の観光業の2024年の売上高は480億円だった。松江の観光業の2024年の売上高は720億円だった。\n"
            .as_bytes(),
    );
    let out = figlint()
        .current_dir(dir.path())
        .args(["check", "--no-cache", "--format", "compact", "."])
        .assert()
        .code(1)
        .get_output()
        .stdout
        .clone();
    let out = String::from_utf8(out).unwrap();
    assert!(out.contains("drafts/"), "{out}");
    assert!(!out.contains("./drafts"), "{out}");
    // Every finding is one line: the newline in a file name is written `\n`.
    assert!(out.contains("drafts/b\\nx.md:1:"), "{out}");
    for line in out.lines() {
        assert!(line.starts_with("drafts/"), "{out}");
    }
    // The rich diagnostics name the file the same way.
    figlint()
        .current_dir(dir.path())
        .args(["check", "--no-cache", "."])
        .assert()
        .code(1)
        .stdout(predicate::str::contains("drafts/b\\nx.md:1:"));
}

#[test]
fn an_article_on_stdin_is_checked_against_the_published_ones() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "posts/a.md", CONTRA_A.as_bytes());
    // `-` reads the draft from standard input; with --against, only its findings are shown.
    figlint()
        .args([
            "check",
            "--no-cache",
            "--format",
            "compact",
            "-",
            "--against",
        ])
        .arg(dir.path().join("posts"))
        .write_stdin(CONTRA_B)
        .assert()
        .code(1)
        .stdout(predicate::str::contains("<stdin>:6:"))
        .stdout(predicate::str::contains("contradiction-across-articles"));
    // A clean draft passes; a binary one is refused as a file would be.
    figlint()
        .args(["check", "--no-cache", "-"])
        .write_stdin(CLEAN)
        .assert()
        .code(0);
    figlint()
        .args(["check", "--no-cache", "-"])
        .write_stdin("本文\0です\n")
        .assert()
        .code(2)
        .stderr(predicate::str::contains("<stdin>:1: binary file"));
    // An empty folder says that it found nothing to check.
    // and, having checked no file, exits 2 so that a wrong path does not pass as clean.
    let empty = tempfile::tempdir().unwrap();
    figlint()
        .args(["check", "--no-cache"])
        .arg(empty.path())
        .assert()
        .code(2)
        .stderr(predicate::str::contains("no articles found"))
        .stderr(predicate::str::contains("no file was checked"));
}

#[test]
fn the_arithmetic_example_shows_each_arithmetic_rule() {
    // examples/arithmetic: one article with a CAGR, a multiple, a part and shares that do not
    // add up (the README points readers to it).
    let examples = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/arithmetic");
    let out = figlint()
        .args([
            "check",
            "--format",
            "json",
            "--no-cache",
            "--fail-on",
            "never",
        ])
        .arg(&examples)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let mut rules: Vec<&str> = v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["rule"].as_str().unwrap())
        .collect();
    rules.sort_unstable();
    assert_eq!(
        rules,
        [
            "growth-arithmetic",
            "part-exceeds-whole",
            "part-exceeds-whole",
            "ratio-arithmetic"
        ]
    );
}
