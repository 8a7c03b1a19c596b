//! `figlint rules` and `figlint explain RULE`.

use crate::config::{Config, Rule};
use comfy_table::{presets, Table};

/// A table of every rule in force.
pub fn list(config: &Config) -> String {
    let mut t = Table::new();
    t.load_style(presets::UTF8_FULL_CONDENSED);
    t.set_header(["rule", "kind", "severity", "enabled", "from"]);
    for r in &config.rules {
        t.add_row([
            r.id.clone(),
            kind_name(r),
            r.severity.as_str().to_string(),
            if r.enabled { "yes" } else { "no" }.to_string(),
            r.origin.clone(),
        ]);
    }
    format!("{t}\n")
}

fn kind_name(r: &Rule) -> String {
    r.kind.name.to_string()
}

/// A rule's explanation, settings and examples.
pub fn explain(r: &Rule) -> String {
    let mut s = format!(
        "{}  ({}, {}{})\n\n",
        r.id,
        kind_name(r),
        r.severity.as_str(),
        if r.enabled { "" } else { ", disabled" },
    );
    if !r.explanation.trim().is_empty() {
        s.push_str(&format!("{}\n\n", r.explanation.trim()));
    }
    s.push_str(&format!(
        "kind:           {}: {}\nmessage:        {}\n",
        r.kind.name, r.kind.summary, r.message
    ));
    // Only the options this kind takes, from its own typed options.
    for (name, value) in r.options.show() {
        s.push_str(&format!("{:<16}{value}\n", format!("{name}:")));
    }
    let flagged: Vec<&[String]> = r.examples.flag.iter().map(|f| f.docs.as_slice()).collect();
    let passed: Vec<&[String]> = r.examples.pass.iter().map(Vec::as_slice).collect();
    for (title, list) in [("flags", flagged), ("leaves alone", passed)] {
        if let Some(docs) = list.first() {
            s.push_str(&format!("\nExample it {title}:\n"));
            for (i, d) in docs.iter().enumerate() {
                s.push_str(&format!("  [article {}]\n", i + 1));
                for line in d.lines() {
                    s.push_str(&format!("    {line}\n"));
                }
            }
        }
    }
    s.push_str(&format!("\ndefined in {}\n", r.origin));
    s
}
