//! Snapshots of what users read: the figures table and JSON, and the check diagnostics
//! (with CJK text), JSON and summary, on the example repository that ships with figlint.

use assert_cmd::Command;

fn run(args: &[&str]) -> String {
    let out = Command::cargo_bin("figlint")
        .unwrap()
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env("NO_COLOR", "1")
        .env("COLUMNS", "100")
        .args(args)
        .output()
        .unwrap();
    String::from_utf8(out.stdout).unwrap()
}

/// Replaces the run time (`0.01s`) so the snapshot does not change from run to run.
fn without_timing(s: &str) -> String {
    s.lines()
        .map(|line| {
            line.split(' ')
                .map(|w| {
                    let is_time =
                        w.ends_with('s') && w.len() > 1 && w[..w.len() - 1].parse::<f64>().is_ok();
                    if is_time {
                        "<time>"
                    } else {
                        w
                    }
                })
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn figures_table_aligns_cjk() {
    insta::assert_snapshot!(run(&[
        "figures",
        "examples/newsroom/ja/2025-03-10-kyoto-robotics.md"
    ]));
}

#[test]
fn figures_json() {
    insta::assert_snapshot!(run(&[
        "figures",
        "--format",
        "json",
        "examples/newsroom/zh"
    ]));
}

#[test]
fn check_human() {
    insta::assert_snapshot!(without_timing(&run(&["check", "examples/newsroom"])));
}

#[test]
fn check_json() {
    insta::assert_snapshot!(run(&["check", "--format", "json", "examples/newsroom"]));
}

#[test]
fn claims_table_shows_keys_and_scopes() {
    insta::assert_snapshot!(run(&["claims", "--no-cache", "examples/newsroom/ja"]));
}

#[test]
fn claims_json() {
    insta::assert_snapshot!(run(&[
        "claims",
        "--no-cache",
        "--format",
        "json",
        "examples/newsroom/en"
    ]));
}
