//! Front matter: YAML between `---` lines or TOML between `+++` lines at the top of a file.

use serde_json::Value;

/// Which syntax the front matter is written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Syntax {
    Yaml,
    Toml,
}

/// The front matter block found at the top of a file.
#[derive(Debug, Clone)]
pub struct Raw<'a> {
    pub syntax: Syntax,
    /// The text between the fences.
    pub body: &'a str,
    /// Byte offset of `body` in the file.
    pub body_offset: usize,
    /// Byte offset where the document body (after the closing fence) starts.
    pub end: usize,
}

/// Finds front matter at the very start of `source`. Returns `Err(line)` when an opening
/// fence has no closing one (the 1-based line of the opening fence).
pub fn split(source: &str) -> Result<Option<Raw<'_>>, usize> {
    let fence = match source.as_bytes() {
        [b'-', b'-', b'-', ..] => "---",
        [b'+', b'+', b'+', ..] => "+++",
        _ => return Ok(None),
    };
    let first_end = source.find('\n').unwrap_or(source.len());
    if source[..first_end].trim_end() != fence {
        return Ok(None);
    }
    let body_offset = (first_end + 1).min(source.len());
    let mut at = body_offset;
    while at < source.len() {
        let line_end = source[at..].find('\n').map_or(source.len(), |i| at + i);
        let line = source[at..line_end].trim_end();
        if line == fence || (fence == "---" && line == "...") {
            return Ok(Some(Raw {
                syntax: if fence == "---" {
                    Syntax::Yaml
                } else {
                    Syntax::Toml
                },
                body: &source[body_offset..at],
                body_offset,
                end: (line_end + 1).min(source.len()),
            }));
        }
        at = line_end + 1;
    }
    Err(1)
}

/// A front-matter syntax error: its 1-based line in the file and what is wrong.
#[derive(Debug, Clone)]
pub struct ParseError {
    pub line: usize,
    pub message: String,
}

/// Parses the front matter into a JSON-like value (kept whole for later rules).
/// `first_line` is the 1-based line of the file where `raw.body` starts.
/// A value parsed with a warning (repeated keys) is returned with the warning.
pub fn parse(raw: &Raw<'_>, first_line: usize) -> Result<(Value, Option<ParseError>), ParseError> {
    match raw.syntax {
        Syntax::Yaml => {
            if raw.body.trim().is_empty() {
                return Ok((Value::Object(Default::default()), None));
            }
            let located = |e: &serde_saphyr::Error, what: &str| {
                let line = e
                    .location()
                    .map_or(0, |l| usize::try_from(l.line()).unwrap_or(0));
                ParseError {
                    line: first_line + line.saturating_sub(1),
                    message: format!("{what}: {}", in_words(&e.to_string(), e.location())),
                }
            };
            match serde_saphyr::from_str::<Value>(raw.body) {
                Ok(v) => Ok((v, None)),
                Err(e) if e.to_string().contains("duplicate mapping key") => {
                    // Jekyll (Ruby's YAML) keeps the last of repeated keys; so do we, and say so.
                    let options = serde_saphyr::options! {
                        duplicate_keys: serde_saphyr::DuplicateKeyPolicy::LastWins,
                    };
                    let v = serde_saphyr::from_str_with_options::<Value>(raw.body, options)
                        .map_err(|e2| located(&e2, "malformed YAML front matter"))?;
                    let w = located(&e, "front matter repeats a key; the last value is used");
                    Ok((v, Some(w)))
                }
                Err(e) => Err(located(&e, "malformed YAML front matter")),
            }
        }
        Syntax::Toml => match raw.body.parse::<toml::Table>() {
            Ok(table) => Ok((toml_to_json(toml::Value::Table(table)), None)),
            Err(e) => {
                let line = e.span().map_or(0, |s| {
                    raw.body[..s.start.min(raw.body.len())]
                        .matches('\n')
                        .count()
                });
                Err(ParseError {
                    line: first_line + line,
                    message: format!("malformed TOML front matter: {}", e.message()),
                })
            }
        },
    }
}

fn first_line_of(s: &str) -> &str {
    s.lines().next().unwrap_or(s)
}

/// A YAML parser's error in words, without its own line number (the file's line is given
/// with the error): "invalid indentation in multiline quoted scalar (column 5)".
fn in_words(message: &str, at: Option<serde_saphyr::Location>) -> String {
    let first = first_line_of(message);
    if first.contains("budget") {
        return "too large or too deeply nested (too many nodes, aliases or nesting levels)"
            .to_string();
    }
    // "error: line 2 column 5: what" → "what".
    let what = first.strip_prefix("error: ").unwrap_or(first);
    let what = match what.strip_prefix("line ") {
        Some(rest) => rest
            .split_once(": ")
            .filter(|(pos, _)| pos.contains(" column "))
            .map_or(what, |(_, w)| w),
        None => what,
    };
    let what = what
        .replace(", set DuplicateKeyPolicy in Options if acceptable", "")
        .replace(&format!(" at line {}", at.map_or(0, |l| l.line())), "");
    match at.map(|l| l.column()).filter(|&c| c > 0) {
        Some(c) => format!("{what} (column {c})"),
        None => what,
    }
}

fn toml_to_json(v: toml::Value) -> Value {
    match v {
        toml::Value::String(s) => Value::String(s),
        toml::Value::Integer(i) => Value::from(i),
        toml::Value::Float(f) => serde_json::Number::from_f64(f).map_or(Value::Null, Value::Number),
        toml::Value::Boolean(b) => Value::Bool(b),
        toml::Value::Datetime(d) => Value::String(d.to_string()),
        toml::Value::Array(a) => Value::Array(a.into_iter().map(toml_to_json).collect()),
        toml::Value::Table(t) => {
            Value::Object(t.into_iter().map(|(k, v)| (k, toml_to_json(v))).collect())
        }
    }
}

/// A calendar date `(year, month, day)` read from the start of a front-matter date value
/// (`2025-12-01 08:49:17 +0000`, `2025-12-01T08:49:17Z`, `2025-12-01`).
pub fn parse_date(s: &str) -> Option<(i32, u32, u32)> {
    let s = s.trim();
    let b = s.as_bytes();
    if b.len() < 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let y: i32 = s.get(0..4)?.parse().ok()?;
    let m: u32 = s.get(5..7)?.parse().ok()?;
    let d: u32 = s.get(8..10)?.parse().ok()?;
    ((1..=12).contains(&m) && (1..=31).contains(&d)).then_some((y, m, d))
}

/// Where a top-level string field's value stands in the front matter body: the byte range of
/// the value's text (inside quotes, if quoted), for giving the title a position of its own.
pub fn locate_field(body: &str, key: &str, syntax: Syntax) -> Option<(usize, usize)> {
    let sep = match syntax {
        Syntax::Yaml => ':',
        Syntax::Toml => '=',
    };
    // A repeated key keeps its last value (as Jekyll does), so the last line is the one.
    let mut found = None;
    let mut at = 0;
    for line in body.split_inclusive('\n') {
        let start = at;
        at += line.len();
        let Some(rest) = line.strip_prefix(key) else {
            continue;
        };
        let rest_trim = rest.trim_start();
        let Some(after) = rest_trim.strip_prefix(sep) else {
            continue;
        };
        let value = after.trim();
        if value.is_empty() {
            found = None;
            continue;
        }
        let value_start =
            start + (line.len() - after.len()) + (after.len() - after.trim_start().len());
        let unquoted = value
            .strip_prefix('"')
            .and_then(|v| v.strip_suffix('"'))
            .or_else(|| value.strip_prefix('\'').and_then(|v| v.strip_suffix('\'')));
        found = Some(match unquoted {
            Some(inner) => (value_start + 1, value_start + 1 + inner.len()),
            None => (value_start, value_start + value.len()),
        });
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn yaml_front_matter_is_split_and_parsed() {
        let src = "---\ntitle: \"売上が10%増加\"\ndate: 2025-12-01 08:49:17 +0000\ntags: [a, b]\n---\nbody\n";
        let raw = split(src).unwrap().unwrap();
        assert_eq!(raw.syntax, Syntax::Yaml);
        assert_eq!(&src[raw.end..], "body\n");
        let (v, _) = parse(&raw, 2).unwrap();
        assert_eq!(v["title"], "売上が10%増加");
        assert_eq!(v["tags"][1], "b");
        assert_eq!(parse_date(v["date"].as_str().unwrap()), Some((2025, 12, 1)));
        let (s, e) = locate_field(raw.body, "title", Syntax::Yaml).unwrap();
        assert_eq!(&raw.body[s..e], "売上が10%増加");
    }

    #[test]
    fn toml_front_matter_is_split_and_parsed() {
        let src = "+++\ntitle = 'Sales up 10%'\ndate = 2024-03-05\n+++\nbody";
        let raw = split(src).unwrap().unwrap();
        assert_eq!(raw.syntax, Syntax::Toml);
        let (v, _) = parse(&raw, 2).unwrap();
        assert_eq!(v["title"], "Sales up 10%");
        assert_eq!(parse_date(v["date"].as_str().unwrap()), Some((2024, 3, 5)));
        let (s, e) = locate_field(raw.body, "title", Syntax::Toml).unwrap();
        assert_eq!(&raw.body[s..e], "Sales up 10%");
    }

    #[test]
    fn malformed_front_matter_names_the_file_line() {
        let src = "---\ntitle: ok\ntags: [a, b\ndate: x\n---\nbody";
        let raw = split(src).unwrap().unwrap();
        let err = parse(&raw, 2).unwrap_err();
        assert!(err.line >= 3, "line {}", err.line);
        assert!(err.message.contains("YAML"), "{}", err.message);

        let bad_toml = "+++\ntitle = 'x'\ndate = = 3\n+++\n";
        let raw = split(bad_toml).unwrap().unwrap();
        let err = parse(&raw, 2).unwrap_err();
        assert_eq!(err.line, 3);
    }

    #[test]
    fn repeated_keys_keep_the_last_value_with_a_warning() {
        let src = "---\ntitle: a\nimage: x.png\nimage: y.png\n---\n";
        let raw = split(src).unwrap().unwrap();
        let (v, w) = parse(&raw, 2).unwrap();
        assert_eq!(v["image"], "y.png");
        let w = w.expect("a warning");
        assert_eq!(w.line, 4);
        assert!(w.message.contains("repeats a key"), "{}", w.message);
    }

    #[test]
    fn unclosed_fence_is_an_error_and_no_fence_is_none() {
        assert_eq!(split("---\ntitle: x\nbody").unwrap_err(), 1);
        assert!(split("plain text\n---\n").unwrap().is_none());
        assert!(split("----\nnot front matter").unwrap().is_none());
    }
}
