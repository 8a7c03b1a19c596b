//! Command-line habits of `figlint check`: `--stdin-filename`, `-q`, `--color`,
//! `completions`, `--select`/`--ignore`, `-o`, exit 2 when no file was checked, and load
//! problems in the line formats.

use assert_cmd::Command;
use predicates::prelude::*;
use std::fs;
use std::path::Path;

fn figlint() -> Command {
    let mut c = Command::cargo_bin("figlint").unwrap();
    c.env_remove("NO_COLOR").env_remove("COLUMNS");
    c
}

fn write(dir: &Path, name: &str, bytes: &[u8]) {
    fs::create_dir_all(dir.join(name).parent().unwrap()).unwrap();
    fs::write(dir.join(name), bytes).unwrap();
}

const A: &str =
    "---\ntitle: a\ndate: 2025-02-01\n---\n\n出雲の観光業の2024年の売上高は410億円だった。\n";
const B: &str =
    "---\ntitle: b\ndate: 2025-03-01\n---\n\n出雲の観光業の2024年の売上高は650億円に達した。\n";

/// A folder with two articles that contradict each other across articles.
fn pair() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "a.md", A.as_bytes());
    write(dir.path(), "b.md", B.as_bytes());
    dir
}

fn stdout_of(cmd: &mut Command) -> String {
    String::from_utf8(cmd.output().unwrap().stdout).unwrap()
}

#[test]
fn stdin_filename_names_the_draft_and_its_extension_decides_the_format() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "a.md", A.as_bytes());
    figlint()
        .args(["check", "--no-cache", "--format", "compact"])
        .args(["--stdin-filename", "drafts/new-post.md", "-", "--against"])
        .arg(dir.path())
        .write_stdin(B)
        .assert()
        .code(1)
        .stdout(predicate::str::contains("drafts/new-post.md:6:"))
        .stdout(predicate::str::contains("<stdin>").not());
    // A figure inside a fenced block is code in Markdown, prose in a text file.
    let fenced = "```\n出雲の観光業の2024年の売上高は650億円に達した。\n```\n";
    let figures = |name: &str| {
        let out = stdout_of(
            figlint()
                .args(["check", "--no-cache", "--format", "json"])
                .args(["--stdin-filename", name, "-"])
                .write_stdin(fenced),
        );
        let v: serde_json::Value = serde_json::from_str(&out).unwrap();
        v["summary"]["figures"].as_u64().unwrap()
    };
    assert_eq!(figures("draft.md"), 0);
    assert!(figures("draft.txt") >= 1);
}

#[test]
fn quiet_prints_the_findings_only() {
    let dir = pair();
    let loud = stdout_of(figlint().args(["check", "--no-cache"]).arg(dir.path()));
    assert!(loud.contains("load errors"), "the summary table: {loud}");
    let out = figlint()
        .args(["check", "--no-cache", "-q"])
        .arg(dir.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let quiet = String::from_utf8(out.stdout).unwrap();
    assert!(quiet.contains("contradiction-across-articles"), "{quiet}");
    assert!(!quiet.contains("load errors"), "no summary: {quiet}");
    assert!(
        out.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn color_is_chosen_with_color_and_no_color() {
    let dir = pair();
    let always = stdout_of(
        figlint()
            .args(["--color", "always", "check", "--no-cache"])
            .arg(dir.path()),
    );
    assert!(always.contains('\u{1b}'), "colour asked for: {always}");
    // A global option: after the subcommand too, and NO_COLOR does not override `always`.
    let after = stdout_of(
        figlint()
            .env("NO_COLOR", "1")
            .args(["check", "--no-cache", "--color", "always"])
            .arg(dir.path()),
    );
    assert!(after.contains('\u{1b}'));
    for args in [&["--color", "never"][..], &["--color", "auto"][..], &[][..]] {
        let plain = stdout_of(
            figlint()
                .env("NO_COLOR", "1")
                .args(["check", "--no-cache"])
                .args(args)
                .arg(dir.path()),
        );
        assert!(!plain.contains('\u{1b}'), "{args:?}: {plain}");
        assert!(plain.contains("contradiction-across-articles"));
    }
    figlint()
        .args(["--color", "sometimes", "rules"])
        .assert()
        .code(2);
}

#[test]
fn completions_are_printed_for_each_shell() {
    figlint()
        .args(["completions", "bash"])
        .assert()
        .success()
        .stdout(predicate::str::contains("_figlint"))
        .stdout(predicate::str::contains("--stdin-filename"));
    figlint()
        .args(["completions", "zsh"])
        .assert()
        .success()
        .stdout(predicate::str::contains("#compdef figlint"));
    figlint()
        .args(["completions", "fish"])
        .assert()
        .success()
        .stdout(predicate::str::contains("complete -c figlint"));
    figlint().args(["completions", "tcsh"]).assert().code(2);
}

#[test]
fn select_and_ignore_choose_rules_and_refuse_unknown_names() {
    let dir = pair();
    let run = |args: &[&str]| {
        figlint()
            .args(["check", "--no-cache", "--format", "compact"])
            .args(args)
            .arg(dir.path())
            .assert()
    };
    run(&[]).code(1);
    run(&["--select", "contradiction-in-article"])
        .code(0)
        .stdout(predicate::str::is_empty());
    run(&["--select", "fact-mismatch,contradiction-across-articles"])
        .code(1)
        .stdout(predicate::str::contains("contradiction-across-articles"));
    run(&[
        "--select",
        "fact-mismatch",
        "--select",
        "contradiction-across-articles",
    ])
    .code(1);
    run(&["--ignore", "contradiction-across-articles"]).code(0);
    run(&[
        "--select",
        "contradiction-across-articles",
        "--ignore",
        "contradiction-across-articles",
    ])
    .code(0);
    run(&["--select", "contradiction-acros-articles"])
        .code(2)
        .stderr(predicate::str::contains(
            "no rule `contradiction-acros-articles`",
        ))
        .stderr(predicate::str::contains(
            "did you mean `contradiction-across-articles`",
        ));
    run(&["--ignore", "nonsense"])
        .code(2)
        .stderr(predicate::str::contains("no rule `nonsense`"));
}

#[test]
fn checking_no_file_is_a_warning_and_exit_2() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "picture.png", b"\x89PNG");
    for format in ["human", "json", "compact", "github", "sarif", "html"] {
        figlint()
            .args(["check", "--no-cache", "--format", format])
            .arg(dir.path())
            .assert()
            .code(2)
            .stderr(predicate::str::contains("warning: no file was checked"));
    }
}

#[test]
fn load_problems_appear_in_the_line_formats() {
    let dir = pair();
    write(dir.path(), "broken.md", b"\xff\xfe not text \x00\x01");
    figlint()
        .args(["check", "--no-cache", "--format", "github"])
        .arg(dir.path())
        .assert()
        .code(2)
        .stdout(predicate::str::is_match(r"(?m)^::error file=[^,]*broken\.md[,:]").unwrap())
        .stdout(predicate::str::contains("::warning file="));
    figlint()
        .args(["check", "--no-cache", "--format", "compact"])
        .arg(dir.path())
        .assert()
        .code(2)
        .stdout(predicate::str::is_match(r"(?m)^\S*broken\.md:\d+:1: error load ").unwrap())
        .stdout(predicate::str::contains(
            "warning contradiction-across-articles",
        ));
    // A cache folder that is refused (it holds someone else's files) is a notice: a line
    // of its own on stdout, beside the findings.
    let other = tempfile::tempdir().unwrap();
    fs::write(other.path().join("keep.txt"), "x").unwrap();
    let run = |format: &str| {
        stdout_of(
            figlint()
                .args(["check", "--format", format, "--cache-dir"])
                .arg(other.path())
                .arg(dir.path().join("a.md")),
        )
    };
    // compact keeps notices on stderr, so that its stdout is the same with or without a cache.
    let compact = figlint()
        .args(["check", "--format", "compact", "--cache-dir"])
        .arg(other.path())
        .arg(dir.path().join("a.md"))
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&compact.stderr);
    assert!(
        stderr.contains("warning: ") && stderr.contains("not a figlint cache"),
        "{stderr}"
    );
    assert!(compact.stdout.is_empty());
    let github = run("github");
    assert!(github.starts_with("::warning title=figlint::"), "{github}");
}

#[test]
fn output_writes_the_report_to_a_file() {
    let dir = pair();
    let report = dir.path().join("out/report.html");
    fs::create_dir_all(report.parent().unwrap()).unwrap();
    figlint()
        .args(["check", "--no-cache", "--format", "html", "-o"])
        .arg(&report)
        .arg(dir.path().join("a.md"))
        .arg(dir.path().join("b.md"))
        .assert()
        .code(1)
        .stdout(predicate::str::is_empty());
    let html = fs::read_to_string(&report).unwrap();
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert!(html.contains("<mark>410億円</mark>") && html.contains("<mark>650億円</mark>"));
    // A folder that does not exist: a clear error, exit 2.
    figlint()
        .args(["check", "--no-cache", "--format", "json", "-o"])
        .arg(dir.path().join("missing/r.json"))
        .arg(dir.path())
        .assert()
        .code(2)
        .stderr(predicate::str::contains("cannot write the report"));
}
