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
    serde_json::to_value(r.kind)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default()
}

/// A rule's explanation, settings and examples.
pub fn explain(r: &Rule) -> String {
    let mut s = format!(
        "{}  ({}, {}{})\n\n{}\n\nmessage:   {}\ntolerance: {} percentage points, {}% relative\n",
        r.id,
        kind_name(r),
        r.severity.as_str(),
        if r.enabled { "" } else { ", disabled" },
        r.explanation.trim(),
        r.message,
        r.tolerance.pp,
        r.tolerance.relative * 100.0,
    );
    if !r.metrics.is_empty() {
        s.push_str(&format!("metrics:   {}\n", r.metrics.join(", ")));
    }
    for (title, list) in [
        ("flags", &r.examples.flag),
        ("leaves alone", &r.examples.pass),
    ] {
        if !list.is_empty() {
            s.push_str(&format!("\nExample it {title}:\n"));
            for docs in list.iter().take(1) {
                for (i, d) in docs.iter().enumerate() {
                    s.push_str(&format!("  [article {}]\n", i + 1));
                    for line in d.lines() {
                        s.push_str(&format!("    {line}\n"));
                    }
                }
            }
        }
    }
    s.push_str(&format!("\ndefined in {}\n", r.origin));
    s
}
