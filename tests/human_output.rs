//! The human format's text: help wrapped at word boundaries at any terminal width (never
//! inside a figure or a path), subjects in words rather than matching keys, and distances
//! from a reference rate that read sensibly.

use assert_cmd::Command;
use std::fs;
use std::path::Path;

fn write(dir: &Path, name: &str, text: &str) {
    fs::create_dir_all(dir.join(name).parent().unwrap()).unwrap();
    fs::write(dir.join(name), text).unwrap();
}

/// Two articles in `examples/newsroom` below `dir` that disagree on a large amount.
fn fixture(dir: &Path) {
    write(
        dir,
        "examples/newsroom/a.md",
        "---\ntitle: 物流\ndate: 2025-02-01\n---\n\n山陰地方の物流市場の2024年の規模は128兆7,764億円だった。\n",
    );
    write(
        dir,
        "examples/newsroom/b.md",
        "---\ntitle: 物流の続報\ndate: 2025-03-01\n---\n\n山陰地方の物流市場の2024年の規模は150兆2,050億円に達した。\n",
    );
}

fn check(dir: &Path, format: &str, columns: u16) -> String {
    let out = Command::cargo_bin("figlint")
        .unwrap()
        .args([
            "check",
            "--no-cache",
            "--color",
            "never",
            "--format",
            format,
        ])
        .arg("examples/newsroom")
        .env("COLUMNS", columns.to_string())
        .current_dir(dir)
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// The lines of the first finding's help, as printed.
fn help_lines(human: &str) -> Vec<&str> {
    let mut lines = human
        .lines()
        .skip_while(|l| !l.trim_start().starts_with("help:"));
    let mut block = vec![lines.next().expect("a help line")];
    block.extend(lines.take_while(|l| l.starts_with("        ") && !l.trim().is_empty()));
    block
}

#[test]
fn help_wraps_between_words_never_inside_a_figure_or_a_path() {
    let dir = tempfile::tempdir().unwrap();
    fixture(dir.path());
    let json: serde_json::Value = serde_json::from_str(&check(dir.path(), "json", 80)).unwrap();
    let help = json["findings"][0]["help"].as_str().unwrap().to_string();
    let whole = [
        "128兆7,764億円",
        "150兆2,050億円",
        "examples/newsroom/a.md",
        "examples/newsroom/b.md",
    ];
    for w in whole {
        assert!(help.contains(w), "the help names {w}: {help}");
    }
    for columns in [40, 60, 80] {
        let human = check(dir.path(), "human", columns);
        let block = help_lines(&human);
        for w in whole {
            let unwrapped = help.matches(w).count();
            let shown: usize = block.iter().map(|l| l.matches(w).count()).sum();
            assert_eq!(
                shown,
                unwrapped,
                "{w} split across lines at {columns} columns:\n{}",
                block.join("\n")
            );
        }
        // It does wrap: the help is longer than the narrow widths.
        if columns < 80 {
            assert!(block.len() > 1, "{}", block.join("\n"));
        }
    }
}

#[test]
fn help_names_the_subject_as_written_not_its_key() {
    let dir = tempfile::tempdir().unwrap();
    fixture(dir.path());
    let human = check(dir.path(), "human", 200);
    let help = help_lines(&human).join(" ");
    assert!(help.contains("山陰地方の物流市場"), "{help}");
    assert!(!help.contains("subject `"), "{help}");
    assert!(!help.contains("no scope words"), "{help}");
}

#[test]
fn a_far_conversion_rate_reads_as_a_ratio() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "examples/newsroom/fx.md",
        "---\ntitle: 為替\ndate: 2025-04-10\n---\n\n同社は10億ドル（約1兆5000億円）を投じる。\n",
    );
    let out = Command::cargo_bin("figlint")
        .unwrap()
        .args([
            "check",
            "--no-cache",
            "--format",
            "json",
            "examples/newsroom",
        ])
        .current_dir(dir.path())
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let helps: Vec<&str> = v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["help"].as_str().unwrap())
        .collect();
    assert!(
        helps.iter().any(|h| h.contains("times it")),
        "a rate ten times the reference is said so: {helps:?}"
    );
    assert!(helps.iter().all(|h| !h.contains("% off")), "{helps:?}");
}

#[test]
fn a_repeated_block_is_named_where_it_starts_not_reprinted() {
    let dir = tempfile::tempdir().unwrap();
    let paragraphs = [
        "港湾の自動化は、荷役の待ち時間を減らすために段階的に進められてきた。岸壁の混雑は季節によって大きく変わる。",
        "最初に導入されたのは、夜間の積み下ろしを管理する小さな配車の仕組みだった。操作は単純で覚えやすかった。",
        "現場の作業員は、その画面を見ながら翌朝の段取りを決めるようになった。紙の予定表は次第に使われなくなった。",
    ]
    .join("\n\n");
    write(
        dir.path(),
        "examples/newsroom/port.md",
        &format!("---\ntitle: 港湾\n---\n\n{paragraphs}\n\n## 繰り返し\n\n{paragraphs}\n"),
    );
    let out = check(dir.path(), "human", 100);
    assert!(
        out.contains("3 paragraphs in a row repeated 2 times"),
        "{out}"
    );
    // Each copy is labelled at its first line with the lines it covers...
    assert!(out.contains("first here (lines 5–9)"), "{out}");
    assert!(out.contains("copy 2 here (lines 13–17)"), "{out}");
    // ...and its other paragraphs are not printed again.
    assert!(!out.contains("現場の作業員"), "{out}");
    // The JSON location still spans the whole block.
    let json: serde_json::Value = serde_json::from_str(&check(dir.path(), "json", 100)).unwrap();
    let places: Vec<(u64, u64)> = json["findings"][0]["locations"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| (l["line"].as_u64().unwrap(), l["end_line"].as_u64().unwrap()))
        .collect();
    assert_eq!(places, [(5, 9), (13, 17)]);
}
