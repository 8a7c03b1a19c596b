//! Every rule's own examples (in rules/*.yaml): texts it must flag and texts it must leave alone.

mod common;
use figlint::config::Config;

#[test]
fn every_rule_flags_its_flag_examples_and_passes_its_pass_examples() {
    let config = Config::shipped();
    let mut checked = 0;
    for rule in &config.rules {
        for docs in &rule.examples.flag {
            let texts: Vec<&str> = docs.iter().map(String::as_str).collect();
            let (_, _, findings) = common::check_texts(&texts, &config);
            assert!(
                findings.iter().any(|f| f.rule == rule.id),
                "rule {} should flag {:?}; findings: {:?}",
                rule.id,
                docs,
                findings
                    .iter()
                    .map(|f| (&f.rule, &f.message))
                    .collect::<Vec<_>>()
            );
            checked += 1;
        }
        for docs in &rule.examples.pass {
            let texts: Vec<&str> = docs.iter().map(String::as_str).collect();
            let (_, _, findings) = common::check_texts(&texts, &config);
            let mine: Vec<_> = findings
                .iter()
                .filter(|f| f.rule == rule.id)
                .map(|f| &f.message)
                .collect();
            assert!(
                mine.is_empty(),
                "rule {} should leave {:?} alone, but said {:?}",
                rule.id,
                docs,
                mine
            );
            checked += 1;
        }
    }
    assert!(checked >= 6, "only {checked} examples ran");
}
