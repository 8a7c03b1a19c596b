//! The composite GitHub Action (`action.yml`) and the pre-commit hooks file are well formed:
//! the inputs the README shows exist, the check runs with `--format github`, SARIF is written
//! and uploaded only when asked, and both hooks run `figlint check --against .`.

use serde_json::Value;

fn yaml(name: &str) -> Value {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(name);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{name}: {e}"));
    serde_saphyr::from_str(&text).unwrap_or_else(|e| panic!("{name}: {e}"))
}

#[test]
fn the_action_installs_checks_and_uploads_sarif_when_asked() {
    let a = yaml("action.yml");
    assert_eq!(a["runs"]["using"], "composite");
    for input in ["paths", "args", "version", "repository", "binary", "sarif"] {
        assert!(
            a["inputs"][input]["description"].is_string(),
            "input {input}"
        );
    }
    assert_eq!(a["inputs"]["sarif"]["default"], "false");
    let steps = a["runs"]["steps"].as_array().unwrap();
    let run_of = |name: &str| {
        steps
            .iter()
            .find(|s| s["name"] == name)
            .unwrap_or_else(|| panic!("step {name}"))
            .clone()
    };
    let install = run_of("Install figlint")["run"]
        .as_str()
        .unwrap()
        .to_string();
    assert!(
        install.contains("cargo install --locked --git"),
        "{install}"
    );
    assert!(install.contains("BINARY"), "{install}");
    let check = run_of("Check")["run"].as_str().unwrap().to_string();
    assert!(
        check.contains("check $PATHS $ARGS --format github"),
        "{check}"
    );
    // Inputs reach the shell through the environment, never pasted into the script.
    for s in steps {
        if let Some(run) = s["run"].as_str() {
            assert!(!run.contains("${{"), "an expression in a script: {run}");
        }
    }
    let upload = run_of("Upload SARIF");
    assert!(upload["uses"]
        .as_str()
        .unwrap()
        .starts_with("github/codeql-action/upload-sarif@"));
    assert!(upload["if"]
        .as_str()
        .unwrap()
        .contains("inputs.sarif == 'true'"));
    let write = run_of("Write SARIF");
    assert!(write["run"].as_str().unwrap().contains("--format sarif"));
}

#[test]
fn both_hooks_check_staged_articles_against_the_repository() {
    let hooks = yaml(".pre-commit-hooks.yaml");
    let hooks = hooks.as_array().unwrap();
    let by_id = |id: &str| {
        hooks
            .iter()
            .find(|h| h["id"] == id)
            .unwrap_or_else(|| panic!("hook {id}"))
    };
    assert_eq!(by_id("figlint")["language"], "rust");
    assert_eq!(by_id("figlint-system")["language"], "system");
    for id in ["figlint", "figlint-system"] {
        assert_eq!(by_id(id)["entry"], "figlint check --against .");
    }
}
