//! `figlint check --format html`: one self-contained HTML page (inline CSS and script, no
//! network), the findings grouped by subject and rule. Each value a finding involves is shown
//! with how many places state it and, for each place, the sentence with the figure
//! highlighted and a link that opens the file at its line. Filters by rule, severity and
//! article, and a search box, run in the page.
//!
//! Everything taken from articles, paths, configs and messages is escaped: article text is
//! untrusted.

use crate::corpus::Corpus;
use crate::finding::{Finding, Location};
use crate::load::{Level, LoadError};
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write;

const CSS: &str = include_str!("html/report.css");
const JS: &str = include_str!("html/report.js");

/// The characters of a sentence shown at most either side of a figure.
const CONTEXT: usize = 160;

/// What the page shows beside the findings.
pub struct Page<'a> {
    /// Where a place's link goes: `{path}` and `{line}` are replaced (the path
    /// percent-encoded). `None`: the file itself (`file://` and its absolute path).
    pub link_template: Option<&'a str>,
    /// Things the person running it should know that concern no article.
    pub notices: &'a [String],
    pub summary: super::check::Summary,
}

/// Where a location is: its document, path, byte span, line, column and text. The one place
/// this module reads a [`Location`]'s figure.
struct Place<'a> {
    doc: usize,
    path: &'a str,
    offset: usize,
    length: usize,
    line: usize,
    text: &'a str,
    /// The figure's value and unit, for grouping places that state the same value.
    value: String,
}

fn place<'a>(corpus: &'a Corpus, loc: &Location) -> Place<'a> {
    let Some(figure) = loc.figure() else {
        // A span of text (a marker, a repeated paragraph): its quote stands for the value.
        let doc = loc.doc(corpus);
        let (start, end) = loc.span(corpus);
        let d = &corpus.docs[doc];
        let quote = match &loc.at {
            crate::finding::At::Text { quote, .. } => quote.clone(),
            crate::finding::At::Figure(_) => String::new(),
        };
        return Place {
            doc,
            path: &d.path,
            offset: start,
            length: end - start,
            line: loc.line(corpus),
            text: d.slice(start, end - start),
            value: quote,
        };
    };
    let fig = &corpus.figures[figure];
    let r = super::figures::FigureRecord::new(corpus, fig);
    Place {
        doc: fig.doc,
        path: r.path,
        offset: r.offset,
        length: r.length,
        line: r.line,
        text: r.text,
        value: format!("{} {}", r.value, r.unit),
    }
}

/// `s` with `& < > " '` written as character references, for text and attribute values.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    push_escaped(&mut out, s);
    out
}

fn push_escaped(out: &mut String, s: &str) {
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            // Control characters (a NUL, an escape sequence) are shown, never passed through.
            c if c.is_control() && c != '\n' && c != '\t' => {
                let _ = write!(out, "\\u{{{:x}}}", c as u32);
            }
            c => out.push(c),
        }
    }
}

/// A path percent-encoded for a URL: unreserved characters and `/` kept.
fn encode_path(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    for &b in path.as_bytes() {
        if b.is_ascii_alphanumeric() || b"-._~/".contains(&b) {
            out.push(b as char);
        } else {
            let _ = write!(out, "%{b:02X}");
        }
    }
    out
}

/// The link that opens a place's file at its line, if there is one (an article read from
/// standard input has none).
fn link(corpus: &Corpus, page: &Page<'_>, p: &Place<'_>) -> Option<String> {
    match page.link_template {
        Some(t) => {
            let path = p.path.replace('\\', "/");
            let path = path.trim_start_matches("./");
            Some(
                t.replace("{path}", &encode_path(path))
                    .replace("{line}", &p.line.to_string()),
            )
        }
        None => {
            let abs = corpus.canonical.get(p.doc)?;
            if !abs.is_absolute() {
                return None;
            }
            let abs = abs.to_string_lossy().replace('\\', "/");
            let abs = if abs.starts_with('/') {
                abs
            } else {
                format!("/{abs}")
            };
            Some(format!("file://{}#L{}", encode_path(&abs), p.line))
        }
    }
}

/// Whether a sentence ends after `c`.
fn ends_sentence(c: char) -> bool {
    matches!(c, '。' | '！' | '？' | '!' | '?' | '\n')
}

/// The sentence around a figure, in three parts (before, the figure, after), at most
/// [`CONTEXT`] characters either side, with `…` where it was cut.
fn sentence(source: &str, offset: usize, length: usize) -> (String, &str, String) {
    let start = source.floor_char_boundary(offset.min(source.len()));
    let end = source.ceil_char_boundary((offset + length).clamp(start, source.len()));
    let mut before = String::new();
    let mut cut = true;
    let mut taken = 0;
    let mut from = start;
    for (i, c) in source[..start].char_indices().rev() {
        let english_stop = c == '.'
            && source[i + 1..start].starts_with(' ')
            && !source[..i].ends_with(|d: char| d.is_ascii_digit());
        if ends_sentence(c) || english_stop {
            cut = false;
            break;
        }
        if taken == CONTEXT {
            break;
        }
        taken += 1;
        from = i;
    }
    if from == 0 && taken < CONTEXT {
        cut = false;
    }
    if cut {
        before.push('…');
    }
    before.push_str(source[from..start].trim_start());
    let mut after = String::new();
    let mut to = end;
    let mut cut = true;
    for (n, (i, c)) in source[end..].char_indices().enumerate() {
        if c == '\n' {
            cut = false;
            break;
        }
        if n == CONTEXT {
            break;
        }
        to = end + i + c.len_utf8();
        if ends_sentence(c) || (c == '.' && source[to..].starts_with([' ', '\n'])) {
            cut = false;
            break;
        }
    }
    if to == source.len() {
        cut = false;
    }
    after.push_str(source[end..to].trim_end());
    if cut {
        after.push('…');
    }
    (before, &source[start..end], after)
}

/// What a finding is about, for grouping: its primary claim's subject as written, else
/// (a conversion) the article it is in.
fn subject(corpus: &Corpus, f: &Finding) -> String {
    let Some(first) = f.locations.first() else {
        return String::new();
    };
    match first.claim.and_then(|c| corpus.claims.get(c)) {
        Some(c) if !c.subject.trim().is_empty() => c.subject.trim().to_string(),
        _ => {
            let p = place(corpus, first);
            match &corpus.docs[p.doc].meta.title {
                Some(t) if !t.trim().is_empty() => t.trim().to_string(),
                _ => p.path.to_string(),
            }
        }
    }
}

/// The HTML report of a `figlint check` run.
pub fn report(corpus: &Corpus, findings: &[Finding], page: &Page<'_>) -> String {
    // Findings grouped by subject, then rule, in the findings' order within a group.
    let mut groups: BTreeMap<(String, &str), Vec<&Finding>> = BTreeMap::new();
    for f in findings {
        groups
            .entry((subject(corpus, f), f.rule.as_str()))
            .or_default()
            .push(f);
    }
    let rules: BTreeSet<&str> = findings.iter().map(|f| f.rule.as_str()).collect();
    let mut articles: BTreeMap<usize, &str> = BTreeMap::new();
    for f in findings {
        for l in &f.locations {
            let p = place(corpus, l);
            articles.insert(p.doc, p.path);
        }
    }
    let mut articles: Vec<(usize, &str)> = articles.into_iter().collect();
    articles.sort_by(|a, b| a.1.cmp(b.1));

    let mut out = String::with_capacity(64 * 1024);
    out.push_str(
        "<!DOCTYPE html>\n<html lang=\"ja\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; \
         style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:\">\n\
         <title>figlint report</title>\n<style>\n",
    );
    out.push_str(CSS);
    out.push_str("</style>\n</head>\n<body>\n<header>\n<h1>figlint report</h1>\n");
    let s = page.summary;
    let _ = writeln!(
        out,
        "<p class=\"summary\"><span id=\"shown\">{}</span> of {} finding(s) shown · {} file(s), {} figure(s), {} claim(s) checked · {} load problem(s)</p>",
        findings.len(),
        s.findings,
        s.files,
        s.figures,
        s.claims,
        corpus.errors.len()
    );
    out.push_str("<div class=\"filters\">\n<label for=\"f-rule\">rule</label> <select id=\"f-rule\"><option value=\"\">all rules</option>");
    for r in &rules {
        let r = escape(r);
        let _ = write!(out, "<option value=\"{r}\">{r}</option>");
    }
    out.push_str("</select>\n<label for=\"f-severity\">severity</label> <select id=\"f-severity\"><option value=\"\">all severities</option>");
    for sev in ["error", "warning", "info"] {
        let _ = write!(out, "<option value=\"{sev}\">{sev}</option>");
    }
    out.push_str("</select>\n<label for=\"f-article\">article</label> <select id=\"f-article\"><option value=\"\">all articles</option>");
    for (doc, path) in &articles {
        let _ = write!(out, "<option value=\"{doc}\">{}</option>", escape(path));
    }
    out.push_str("</select>\n<label for=\"f-search\">search</label> <input id=\"f-search\" type=\"search\" placeholder=\"subject, figure, file…\" autocomplete=\"off\">\n</div>\n</header>\n<main>\n");

    problems(&mut out, &corpus.errors, page.notices);
    if findings.is_empty() {
        out.push_str("<p class=\"empty\">No findings.</p>\n");
    }
    out.push_str(
        "<p id=\"none-shown\" class=\"empty\" hidden>No finding matches the filters.</p>\n",
    );
    for ((subject, rule), fs) in &groups {
        out.push_str("<section class=\"group\">\n<h2>");
        push_escaped(&mut out, if subject.is_empty() { "—" } else { subject });
        out.push_str("<span class=\"rule\">");
        push_escaped(&mut out, rule);
        out.push_str("</span></h2>\n");
        for f in fs {
            finding(&mut out, corpus, page, f);
        }
        out.push_str("</section>\n");
    }
    out.push_str("</main>\n<script>\n");
    out.push_str(JS);
    out.push_str("</script>\n</body>\n</html>\n");
    out
}

/// Load problems and notices, at the top of the page.
fn problems(out: &mut String, errors: &[LoadError], notices: &[String]) {
    if errors.is_empty() && notices.is_empty() {
        return;
    }
    out.push_str("<section class=\"problems\" id=\"problems\">\n<h2>Problems reading the articles</h2>\n<ul>\n");
    for n in notices {
        out.push_str("<li>warning: ");
        push_escaped(out, n);
        out.push_str("</li>\n");
    }
    for e in errors {
        let level = match e.level {
            Level::Error => "error",
            Level::Warning => "warning",
            Level::Info => "info",
        };
        let _ = write!(out, "<li>{level}: ");
        push_escaped(out, &e.path);
        if let Some(l) = e.line {
            let _ = write!(out, ":{l}");
        }
        out.push_str(": ");
        push_escaped(out, &e.message);
        out.push_str("</li>\n");
    }
    out.push_str("</ul>\n</section>\n");
}

/// One finding: its message and help, then each value it involves with every place that
/// states it.
fn finding(out: &mut String, corpus: &Corpus, page: &Page<'_>, f: &Finding) {
    let places: Vec<(Place<'_>, &Location)> =
        f.locations.iter().map(|l| (place(corpus, l), l)).collect();
    let docs: BTreeSet<usize> = places.iter().map(|(p, _)| p.doc).collect();
    let docs: Vec<String> = docs.iter().map(usize::to_string).collect();
    let sev = f.severity.as_str();
    let _ = write!(
        out,
        "<article class=\"finding {sev}\" data-rule=\"{}\" data-severity=\"{sev}\" data-docs=\"{}\">\n<div><span class=\"sev\">{sev}</span><span class=\"message\">",
        escape(&f.rule),
        docs.join(" ")
    );
    push_escaped(out, &f.message);
    out.push_str("</span></div>\n");
    if !f.help.is_empty() {
        out.push_str("<div class=\"help\">");
        push_escaped(out, &f.help);
        out.push_str("</div>\n");
    }
    // Values in the order the finding first names them.
    let mut values: Vec<(&str, Vec<&(Place<'_>, &Location)>)> = Vec::new();
    for pl in &places {
        match values.iter_mut().find(|(v, _)| *v == pl.0.value) {
            Some((_, v)) => v.push(pl),
            None => values.push((&pl.0.value, vec![pl])),
        }
    }
    for (_, at) in &values {
        let articles: BTreeSet<usize> = at.iter().map(|(p, _)| p.doc).collect();
        out.push_str("<div class=\"value\">\n<h3><mark>");
        push_escaped(out, at[0].0.text);
        let _ = write!(
            out,
            "</mark><span class=\"count\">stated {} time(s) in {} article(s)</span></h3>\n<ul>\n",
            at.len(),
            articles.len()
        );
        for (p, l) in at {
            let source = corpus.docs[p.doc].source();
            let (before, figure, after) = sentence(source, p.offset, p.length);
            out.push_str("<li><span class=\"place\">");
            let shown = format!("{}:{}", p.path, p.line);
            match link(corpus, page, p) {
                Some(href) => {
                    out.push_str("<a href=\"");
                    push_escaped(out, &href);
                    out.push_str("\">");
                    push_escaped(out, &shown);
                    out.push_str("</a>");
                }
                None => push_escaped(out, &shown),
            }
            out.push_str("</span><span class=\"label\">");
            push_escaped(out, &l.label);
            out.push_str("</span><span class=\"sentence\">");
            push_escaped(out, &before);
            out.push_str("<mark>");
            push_escaped(out, figure);
            out.push_str("</mark>");
            push_escaped(out, &after);
            out.push_str("</span></li>\n");
        }
        out.push_str("</ul>\n</div>\n");
    }
    out.push_str("</article>\n");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_markup_quotes_and_controls() {
        assert_eq!(
            escape("<script>alert('x')</script> & \"y\"\u{1b}"),
            "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;y&quot;\\u{1b}"
        );
    }

    #[test]
    fn a_sentence_is_cut_at_its_stops() {
        let s = "前の文。北京のAI産業は25%成長した。次の文。";
        let at = s.find("25%").unwrap();
        let (b, f, a) = sentence(s, at, "25%".len());
        assert_eq!(
            (b.as_str(), f, a.as_str()),
            ("北京のAI産業は", "25%", "成長した。")
        );
        let e = "Intro here. Sales rose 5.5% in 2024. Next one.";
        let at = e.find("5.5%").unwrap();
        let (b, f, a) = sentence(e, at, 4);
        assert_eq!(
            (b.as_str(), f, a.as_str()),
            ("Sales rose ", "5.5%", " in 2024.")
        );
    }

    #[test]
    fn paths_are_percent_encoded() {
        assert_eq!(
            encode_path("a b/記事#1.md"),
            "a%20b/%E8%A8%98%E4%BA%8B%231.md"
        );
    }
}
