//! The pre-commit hook (`.pre-commit-hooks.yaml`) with the real pre-commit tool: a commit that
//! stages an article contradicting another is refused with the finding printed; a clean one
//! passes. The test needs pre-commit (`python3 -m pip install pre-commit`; .ci/run installs it)
//! and fails, saying so, without it.

use std::path::Path;
use std::process::Command;

fn run(dir: &Path, cmd: &str, args: &[&str]) -> (bool, String) {
    let out = Command::new(cmd)
        .args(args)
        .current_dir(dir)
        // Let pre-commit's `cargo install` reuse this build's compiled dependencies.
        .env(
            "CARGO_TARGET_DIR",
            Path::new(env!("CARGO_MANIFEST_DIR")).join("target"),
        )
        .output()
        .unwrap_or_else(|e| panic!("{cmd}: {e}"));
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    (out.status.success(), text)
}

#[test]
fn precommit_refuses_a_contradicting_article_and_passes_a_clean_one() {
    let have = Command::new("pre-commit")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    assert!(
        have,
        "pre-commit is not installed: python3 -m pip install pre-commit (.ci/run installs it)"
    );
    let checkout = Path::new(env!("CARGO_MANIFEST_DIR"));
    let (ok, head) = run(checkout, "git", &["rev-parse", "HEAD"]);
    assert!(
        ok,
        "the project must be a git checkout: the hook is installed from its HEAD"
    );
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let git = |args: &[&str]| run(d, "git", args);
    assert!(git(&["init", "-q"]).0);
    git(&["config", "user.email", "editor@example.com"]);
    git(&["config", "user.name", "Editor"]);
    git(&["config", "commit.gpgsign", "false"]);
    std::fs::write(
        d.join(".pre-commit-config.yaml"),
        format!(
            "repos:\n  - repo: {}\n    rev: {}\n    hooks:\n      - id: figlint\n",
            checkout.display(),
            head.trim()
        ),
    )
    .unwrap();
    std::fs::create_dir(d.join("posts")).unwrap();
    std::fs::write(
        d.join("posts/a.md"),
        "---\ntitle: a\ndate: 2025-02-01\n---\n\n米子の観光業の2024年の売上高は300億円だった。\n",
    )
    .unwrap();
    assert!(run(d, "pre-commit", &["install"]).0);
    git(&["add", "."]);
    let (ok, out) = git(&["commit", "-q", "-m", "first"]);
    assert!(ok, "a clean first article is committed: {out}");

    std::fs::write(
        d.join("posts/b.md"),
        "---\ntitle: b\ndate: 2025-03-01\n---\n\n米子の観光業の2024年の売上高は520億円に達した。\n",
    )
    .unwrap();
    git(&["add", "posts/b.md"]);
    let (ok, out) = git(&["commit", "-q", "-m", "contradicts a"]);
    assert!(!ok, "the commit must be refused: {out}");
    assert!(
        out.contains("contradiction-across-articles") && out.contains("520億円"),
        "the finding is printed: {out}"
    );

    git(&["reset", "-q", "posts/b.md"]);
    std::fs::remove_file(d.join("posts/b.md")).unwrap();
    std::fs::write(
        d.join("posts/c.md"),
        "---\ntitle: c\ndate: 2025-03-02\n---\n\n境港の漁獲量は2024年に5%減った。\n",
    )
    .unwrap();
    git(&["add", "posts/c.md"]);
    let (ok, out) = git(&["commit", "-q", "-m", "clean"]);
    assert!(ok, "a clean article passes: {out}");
}
