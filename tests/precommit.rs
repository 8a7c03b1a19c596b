//! The pre-commit hooks (`.pre-commit-hooks.yaml`) with the real pre-commit tool: a commit that
//! stages an article contradicting another is refused with the finding printed; a clean one
//! passes. `figlint` builds figlint with cargo; `figlint-system` runs the figlint on PATH (this
//! build's binary, put first on PATH). The test needs pre-commit (`python3 -m pip install pre-commit`; .ci/run installs it)
//! and fails, saying so, without it.

use std::path::Path;
use std::process::Command;

/// Runs `cmd`, with `first_on_path` put before the PATH when given.
fn run_with_path(
    dir: &Path,
    cmd: &str,
    args: &[&str],
    first_on_path: Option<&Path>,
) -> (bool, String) {
    let mut command = Command::new(cmd);
    if let Some(dir) = first_on_path {
        let path = std::env::var_os("PATH").unwrap_or_default();
        let mut dirs = vec![dir.to_path_buf()];
        dirs.extend(std::env::split_paths(&path));
        command.env("PATH", std::env::join_paths(dirs).unwrap());
    }
    let out = command
        .args(args)
        .current_dir(dir)
        // pre-commit's `cargo install` builds figlint from scratch in its own folder (kept
        // between runs); the hook only checks three short articles, so an unoptimised build is
        // enough and takes a fraction of the release profile's time (thin LTO, opt-level 3).
        .env(
            "CARGO_TARGET_DIR",
            Path::new(env!("CARGO_MANIFEST_DIR")).join("target/precommit-hook"),
        )
        .env("CARGO_PROFILE_RELEASE_OPT_LEVEL", "0")
        .env("CARGO_PROFILE_RELEASE_LTO", "off")
        .env("CARGO_PROFILE_RELEASE_CODEGEN_UNITS", "256")
        .env("CARGO_PROFILE_RELEASE_DEBUG", "false")
        .env("CARGO_PROFILE_RELEASE_INCREMENTAL", "false")
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
    scenario("figlint", None);
}

#[test]
fn the_system_hook_uses_the_figlint_on_path() {
    let bin = Path::new(env!("CARGO_BIN_EXE_figlint"));
    // The binary as `figlint` alone in a folder: no other figlint can be picked up first.
    let on_path = tempfile::tempdir().unwrap();
    std::fs::copy(bin, on_path.path().join("figlint")).unwrap();
    scenario("figlint-system", Some(on_path.path()));
}

/// A repository using the hook `id`: a clean article is committed, one contradicting it is
/// refused with the finding printed, a clean second one passes.
fn scenario(id: &str, first_on_path: Option<&Path>) {
    let run = |dir: &Path, cmd: &str, args: &[&str]| run_with_path(dir, cmd, args, first_on_path);
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
            "repos:\n  - repo: {}\n    rev: {}\n    hooks:\n      - id: {id}\n",
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
