//! Every shipped rule's own examples (in rules/<kind>.yaml): articles on which the rule, alone,
//! makes exactly the finding the example states (message and place), and articles it must
//! leave alone. A shipped rule without both kinds of example fails.

mod common;
use figlint::config::Config;
use figlint::corpus::Corpus;
use figlint::finding::Finding;
use figlint::rules::Rule;

/// The shipped config with the example's own config text, and only `rule` enabled.
fn config_for(rule: &Rule) -> Config {
    let mut config = Config::shipped();
    if let Some(text) = &rule.examples.config {
        config
            .merge(&format!("{} examples", rule.id), text)
            .unwrap_or_else(|e| panic!("rule {}: the examples' config is invalid: {e}", rule.id));
    }
    for r in &mut config.rules {
        r.enabled = r.id == rule.id;
    }
    config
}

/// `a0.md:5`: where a finding's first figure is.
fn place(corpus: &Corpus, f: &Finding) -> String {
    let l = &f.locations[0];
    format!("{}:{}", corpus.docs[l.doc(corpus)].path, l.line(corpus))
}

#[test]
fn every_shipped_rule_makes_exactly_its_examples_findings() {
    let shipped = Config::shipped();
    let mut problems = Vec::new();
    for rule in &shipped.rules {
        if rule.examples.flag.is_empty() || rule.examples.pass.is_empty() {
            problems.push(format!(
                "rule {} needs at least one `flag` and one `pass` example in {}",
                rule.id, rule.origin
            ));
        }
        let config = config_for(rule);
        for ex in &rule.examples.flag {
            let texts: Vec<&str> = ex.docs.iter().map(String::as_str).collect();
            let (corpus, _, findings) = common::check_texts(&texts, &config);
            let got: Vec<(String, String)> = findings
                .iter()
                .map(|f| (f.message.clone(), place(&corpus, f)))
                .collect();
            if got != [(ex.message.clone(), ex.at.clone())] {
                problems.push(format!(
                    "rule {} on {:?}:\n  expected [({:?}, {:?})]\n  got      {:?}",
                    rule.id, ex.docs, ex.message, ex.at, got
                ));
            }
        }
        for docs in &rule.examples.pass {
            let texts: Vec<&str> = docs.iter().map(String::as_str).collect();
            let (_, _, findings) = common::check_texts(&texts, &config);
            if !findings.is_empty() {
                let said: Vec<_> = findings.iter().map(|f| &f.message).collect();
                problems.push(format!(
                    "rule {} should leave {docs:?} alone, but said {said:?}",
                    rule.id
                ));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
