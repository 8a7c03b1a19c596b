//! The per-file cache never changes what figlint prints: cold, warm (found by content hash or
//! by file stamp), after damage and after edits, every output is byte for byte the output of
//! a run without a cache.

mod common;

use assert_cmd::Command;
use std::path::{Path, PathBuf};

fn figlint() -> Command {
    Command::cargo_bin("figlint").unwrap()
}

/// Stdout of `figlint ARGS` (with `--no-cache` or `--cache-dir DIR` appended after the
/// subcommand's own arguments), run in `cwd`.
fn run(cwd: &Path, args: &[&str], cache: Option<&Path>) -> Vec<u8> {
    let mut cmd = figlint();
    cmd.current_dir(cwd).args(args);
    match cache {
        Some(dir) => cmd.arg("--cache-dir").arg(dir),
        None => cmd.arg("--no-cache"),
    };
    cmd.output().unwrap().stdout
}

/// Every machine format of `check`, and `figures --format json`.
fn outputs(cwd: &Path, paths: &[&str], cache: Option<&Path>) -> Vec<(String, Vec<u8>)> {
    let mut out = Vec::new();
    for format in ["json", "sarif", "compact", "github"] {
        let mut args = vec!["check", "--format", format, "--fail-on", "never"];
        args.extend(paths);
        out.push((format!("check {format}"), run(cwd, &args, cache)));
    }
    let mut args = vec!["figures", "--format", "json"];
    args.extend(paths);
    out.push(("figures json".into(), run(cwd, &args, cache)));
    out
}

fn assert_same(label: &str, want: &[(String, Vec<u8>)], got: &[(String, Vec<u8>)]) {
    for ((name, a), (_, b)) in want.iter().zip(got) {
        assert!(!a.is_empty(), "{name}: empty output");
        assert!(
            a == b,
            "{label}: `{name}` differs from the uncached run\n--- uncached\n{}\n--- cached\n{}",
            String::from_utf8_lossy(a),
            String::from_utf8_lossy(b)
        );
    }
}

/// Entry files of a cache folder (not the index, tags or temporaries).
fn entries(cache: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for rules in std::fs::read_dir(cache).unwrap().flatten() {
        if rules.path().is_dir() {
            for e in std::fs::read_dir(rules.path()).unwrap().flatten() {
                let name = e.file_name();
                if name.len() == 32 {
                    out.push(e.path());
                }
            }
        }
    }
    out.sort();
    out
}

/// Lets files written just now become old enough for the stamp index to trust them.
fn settle() {
    std::thread::sleep(std::time::Duration::from_millis(250));
}

/// A copy of the bundled example repository, to edit.
fn example_copy() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/newsroom");
    copy_tree(&src, dir.path());
    dir
}

fn copy_tree(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap().flatten() {
        let target = to.join(e.file_name());
        if e.path().is_dir() {
            copy_tree(&e.path(), &target);
        } else {
            std::fs::copy(e.path(), target).unwrap();
        }
    }
}

#[test]
fn cached_runs_print_what_uncached_runs_print() {
    let repo = example_copy();
    let cache = tempfile::tempdir().unwrap();
    let c = cache.path().join("c");
    let want = outputs(repo.path(), &["."], None);
    assert!(!c.exists());
    // Cold: every entry is made.
    assert_same("cold", &want, &outputs(repo.path(), &["."], Some(&c)));
    let made = entries(&c);
    assert!(made.len() >= 3, "one entry per article: {made:?}");
    // Warm, found by content hash (files too new for their stamps), then by stamp.
    assert_same("warm", &want, &outputs(repo.path(), &["."], Some(&c)));
    settle();
    assert_same("warm", &want, &outputs(repo.path(), &["."], Some(&c)));
    assert_same("stamped", &want, &outputs(repo.path(), &["."], Some(&c)));
    assert!(
        c.read_dir()
            .unwrap()
            .flatten()
            .any(|r| r.path().join("index").is_file()),
        "the stamp index is written"
    );
}

#[test]
fn damaged_entries_and_index_are_ignored_and_rebuilt() {
    let repo = example_copy();
    let cache = tempfile::tempdir().unwrap();
    let c = cache.path().join("c");
    let want = outputs(repo.path(), &["."], None);
    outputs(repo.path(), &["."], Some(&c));
    settle();
    outputs(repo.path(), &["."], Some(&c));
    let good: Vec<(PathBuf, Vec<u8>)> = entries(&c)
        .into_iter()
        .map(|p| {
            let b = std::fs::read(&p).unwrap();
            (p, b)
        })
        .collect();
    // Truncated, one byte flipped, garbage, empty, and the index garbled.
    for (i, (p, b)) in good.iter().enumerate() {
        let damaged = match i % 4 {
            0 => b[..b.len() / 2].to_vec(),
            1 => {
                let mut d = b.clone();
                let mid = d.len() - 5;
                d[mid] ^= 0x40;
                d
            }
            2 => b"{\"not\": \"a figlint cache entry\"}".to_vec(),
            _ => Vec::new(),
        };
        std::fs::write(p, damaged).unwrap();
    }
    for r in c.read_dir().unwrap().flatten() {
        if r.path().join("index").is_file() {
            std::fs::write(r.path().join("index"), b"FIGLINTC garbage").unwrap();
        }
    }
    assert_same("damaged", &want, &outputs(repo.path(), &["."], Some(&c)));
    for (p, b) in &good {
        assert_eq!(
            &std::fs::read(p).unwrap(),
            b,
            "{} is rebuilt as it was",
            p.display()
        );
    }
}

#[test]
fn an_edited_article_is_read_again_even_with_its_old_length_and_time() {
    let repo = example_copy();
    let cache = tempfile::tempdir().unwrap();
    let c = cache.path().join("c");
    outputs(repo.path(), &["."], Some(&c));
    settle();
    outputs(repo.path(), &["."], Some(&c));
    // Change one digit of a figure, keep the length, put the modification time back.
    let article = std::fs::read_dir(repo.path().join("ja"))
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .find(|p| p.extension().is_some_and(|e| e == "md"))
        .unwrap();
    let before = std::fs::metadata(&article).unwrap().modified().unwrap();
    let text = std::fs::read_to_string(&article).unwrap();
    let at = text
        .char_indices()
        .filter(|(_, ch)| ch.is_ascii_digit() && *ch != '9')
        .nth(12)
        .expect("the article has figures")
        .0;
    let mut edited = text.clone().into_bytes();
    edited[at] += 1;
    std::fs::write(&article, &edited).unwrap();
    std::fs::File::options()
        .write(true)
        .open(&article)
        .unwrap()
        .set_modified(before)
        .unwrap();
    let want = outputs(repo.path(), &["."], None);
    assert_same("edited", &want, &outputs(repo.path(), &["."], Some(&c)));
}

#[test]
fn another_config_does_not_meet_old_entries() {
    let repo = example_copy();
    let cache = tempfile::tempdir().unwrap();
    let c = cache.path().join("c");
    outputs(repo.path(), &["."], Some(&c));
    // A config that turns a rule off changes what is reported and the rule set's hash.
    std::fs::write(
        repo.path().join("figlint.yaml"),
        "rules:\n  - id: contradiction-in-article\n    enabled: false\n",
    )
    .unwrap();
    let want = outputs(repo.path(), &["."], None);
    assert_same("new config", &want, &outputs(repo.path(), &["."], Some(&c)));
    let rule_sets = c
        .read_dir()
        .unwrap()
        .flatten()
        .filter(|e| e.path().is_dir());
    assert_eq!(
        rule_sets.count(),
        2,
        "the old rule set's folder is kept for a config that may come back"
    );
}

#[test]
fn a_cache_dir_that_figlint_did_not_make_is_left_byte_identical() {
    let repo = example_copy();
    // A folder holding a .gitignore, a tag and a folder named like a rule set's: the shapes
    // an older figlint overwrote and deleted.
    std::fs::write(repo.path().join(".gitignore"), "notes/\n").unwrap();
    std::fs::write(repo.path().join("CACHEDIR.TAG"), "Signature: other tool\n").unwrap();
    let hex = repo.path().join("0123456789abcdef0123456789abcdef");
    std::fs::create_dir(&hex).unwrap();
    std::fs::write(hex.join("keep.txt"), "precious").unwrap();
    let before = tree(repo.path());
    let want = outputs(repo.path(), &["."], None);
    let out = figlint()
        .current_dir(repo.path())
        .args(["check", ".", "--format", "compact", "--cache-dir", "."])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("not a figlint cache"),
        "the refusal is said: {stderr}"
    );
    let compact = &want.iter().find(|(l, _)| l == "check compact").unwrap().1;
    assert_eq!(&out.stdout, compact, "the run is otherwise the same");
    assert_eq!(tree(repo.path()), before, "nothing in the folder changed");
}

/// Every file below `dir` with its bytes, sorted.
fn tree(dir: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).unwrap().flatten() {
        if e.file_type().unwrap().is_dir() {
            out.extend(tree(&e.path()));
        } else {
            out.push((e.path(), std::fs::read(e.path()).unwrap()));
        }
    }
    out.sort();
    out
}

#[test]
fn no_cache_writes_nothing_and_the_default_lives_at_the_repository_top() {
    let repo = example_copy();
    std::fs::create_dir(repo.path().join(".git")).unwrap();
    let sub = repo.path().join("ja");
    figlint()
        .current_dir(&sub)
        .args(["check", ".", "--no-cache", "--format", "compact"])
        .assert()
        .code(1);
    assert!(!repo.path().join(".figlint-cache").exists());
    assert!(!sub.join(".figlint-cache").exists());
    figlint()
        .current_dir(&sub)
        .args(["check", ".", "--format", "compact"])
        .assert()
        .code(1);
    let top = repo.path().join(".figlint-cache");
    assert!(top.is_dir(), "made at the top of the work tree");
    assert_eq!(
        std::fs::read_to_string(top.join(".gitignore"))
            .unwrap()
            .trim_end()
            .lines()
            .last(),
        Some("*")
    );
    assert!(top.join("CACHEDIR.TAG").is_file());
    // Articles are never written: the copy still matches the bundled originals.
    let original = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/newsroom/ja");
    for e in std::fs::read_dir(&original).unwrap().flatten() {
        assert_eq!(
            std::fs::read(e.path()).unwrap(),
            std::fs::read(sub.join(e.file_name())).unwrap()
        );
    }
}

#[test]
fn corpus_cached_against_run_matches_uncached() {
    let shared = common::shared();
    let corpus = shared.join("corpora/allforces/_posts");
    let seeds = shared.join("seeds");
    let cache = tempfile::tempdir().unwrap();
    let c = cache.path().join("c");
    let cwd = Path::new(env!("CARGO_MANIFEST_DIR"));
    let draft = std::fs::read_dir(&corpus)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .min()
        .unwrap();
    let draft = draft.to_str().unwrap();
    let against = corpus.to_str().unwrap();
    let args = [
        "check",
        draft,
        "--against",
        against,
        "--format",
        "json",
        "--fail-on",
        "never",
    ];
    let want = run(cwd, &args, None);
    let cold = run(cwd, &args, Some(&c));
    settle();
    let warm = run(cwd, &args, Some(&c));
    let stamped = run(cwd, &args, Some(&c));
    assert!(want == cold && want == warm && want == stamped);
    let seeds = seeds.to_str().unwrap();
    let args = ["check", seeds, "--format", "sarif", "--fail-on", "never"];
    let want = run(cwd, &args, None);
    assert!(!want.is_empty());
    assert!(want == run(cwd, &args, Some(&c)));
    assert!(want == run(cwd, &args, Some(&c)));
}
