//! The `figlint` command line.

use clap::{CommandFactory, Parser, Subcommand, ValueEnum};
use figlint::config::{Config, Severity};
use figlint::corpus::{Corpus, Sources};
use figlint::load::{Level, LoadError};
use figlint::progress::{self, Progress};
use figlint::report;
use figlint::{CacheUse, Options, Outcome};
use rayon::prelude::*;
use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

// Scanning a corpus makes many small, short-lived strings and vectors on every worker
// thread; mimalloc's thread-local free lists cut a cold `check` by about 15% against the
// system allocator (scripts/bench.sh), for a larger but still small peak memory.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// figlint finds figures that contradict each other across a collection of articles.
///
/// Exit codes: 0 nothing to report at or above --fail-on; 1 findings at or above
/// --fail-on; 2 a usage, configuration or input error.
#[derive(Parser)]
#[command(name = "figlint", version, about, long_about = None)]
struct Cli {
    /// Worker threads (default: one per core).
    #[arg(short = 'j', long, global = true)]
    threads: Option<usize>,
    /// Colour in human output: auto (a terminal, unless NO_COLOR is set), always or never.
    #[arg(long, value_enum, global = true, default_value_t = ColorChoice::Auto)]
    color: ColorChoice,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// List every figure found in the given files and folders.
    Figures(ListArgs),
    /// List every claim (a figure with its subject, metric and period) and the key it is
    /// compared under.
    Claims(ListArgs),
    /// Check the given files and folders for figures that contradict each other.
    Check(CheckArgs),
    /// Print a baseline of today's findings (JSON) for `check --baseline`.
    Baseline {
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        #[arg(long)]
        config: Option<PathBuf>,
        #[command(flatten)]
        cache: CacheArgs,
    },
    /// Write a commented starter figlint.yaml in the current folder (never overwrites).
    Init,
    /// List the rules in force (shipped and from figlint.yaml).
    Rules {
        #[arg(long)]
        config: Option<PathBuf>,
    },
    /// Explain a rule: what it checks, its severity, tolerance and examples.
    Explain {
        rule: String,
        #[arg(long)]
        config: Option<PathBuf>,
    },
    /// Print a shell completion script (bash, zsh, fish, elvish, powershell) on stdout.
    Completions { shell: clap_complete::Shell },
    /// Serve an editor as a language server over standard input and output: diagnostics for
    /// the open articles against the whole workspace, and hovers on figures.
    Lsp {
        #[command(flatten)]
        cache: CacheArgs,
    },
}

/// Whether human output is coloured.
#[derive(Clone, Copy, ValueEnum)]
enum ColorChoice {
    Auto,
    Always,
    Never,
}

/// What `figures` and `claims` read and how they print it.
#[derive(clap::Args)]
struct ListArgs {
    /// Files and folders to read (folders are walked like ripgrep does).
    #[arg(required = true)]
    paths: Vec<PathBuf>,
    #[arg(long, value_enum, default_value_t = FiguresFormat::Table)]
    format: FiguresFormat,
    /// A figlint.yaml to use instead of the one found from the current folder upwards.
    #[arg(long)]
    config: Option<PathBuf>,
    #[command(flatten)]
    cache: CacheArgs,
}

/// Where per-file results are cached between runs.
#[derive(clap::Args, Clone)]
struct CacheArgs {
    /// The cache folder (default: `.figlint-cache` beside figlint.yaml, else at the top of
    /// the git work tree, else in the current folder).
    #[arg(long, value_name = "DIR")]
    cache_dir: Option<PathBuf>,
    /// Read every file afresh and write no cache.
    #[arg(long, conflicts_with = "cache_dir")]
    no_cache: bool,
}

impl CacheArgs {
    fn to_use(&self) -> CacheUse {
        match (&self.cache_dir, self.no_cache) {
            (_, true) => CacheUse::Off,
            (Some(d), false) => CacheUse::Dir(d.clone()),
            (None, false) => CacheUse::Default,
        }
    }
}

/// The pipeline's options for a command: the cache, and a progress bar when a person is
/// watching a human format.
fn options<'a>(config: &'a Config, cache: &CacheArgs, human: bool) -> Options<'a> {
    let mut opts = Options::new(config);
    opts.cache = cache.to_use();
    if progress::wanted(std::io::stderr().is_terminal(), human, progress::in_ci()) {
        opts.progress = Progress::on_stderr();
    }
    opts
}

#[derive(Clone, Copy, ValueEnum)]
enum CheckFormat {
    /// Rich diagnostics with source snippets, then a summary table.
    Human,
    /// One JSON document.
    Json,
    /// SARIF 2.1.0, for code-scanning dashboards.
    Sarif,
    /// GitHub Actions workflow commands (annotations on pull requests).
    Github,
    /// A table of findings.
    Table,
    /// One `path:line:col: severity rule message` line per finding.
    Compact,
    /// One self-contained HTML page: findings grouped by subject and rule, with filters.
    Html,
}

#[derive(Clone, Copy, ValueEnum, PartialEq)]
enum FailOn {
    Error,
    Warning,
    Info,
    Never,
}

#[derive(Clone, Copy, ValueEnum)]
enum FiguresFormat {
    Table,
    Json,
}

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(c) => c,
        Err(e) => {
            let _ = e.print();
            return if e.use_stderr() {
                ExitCode::from(2)
            } else {
                ExitCode::SUCCESS
            };
        }
    };
    if let Some(n) = cli.threads {
        let _ = rayon::ThreadPoolBuilder::new()
            .num_threads(n.max(1))
            .build_global();
    }
    match cli.command {
        Command::Figures(a) => list(&a, false),
        Command::Claims(a) => list(&a, true),
        Command::Check(args) => match load_config(args.config.as_deref()) {
            Ok(mut config) => match choose_rules(&mut config, &args.select, &args.ignore) {
                Ok(()) => check(&config, &args, cli.color),
                Err(code) => code,
            },
            Err(code) => code,
        },
        Command::Completions { shell } => {
            let mut out = Vec::new();
            clap_complete::generate(shell, &mut Cli::command(), "figlint", &mut out);
            write_stdout(&String::from_utf8_lossy(&out));
            ExitCode::SUCCESS
        }
        Command::Baseline {
            paths,
            config,
            cache,
        } => {
            let config = match load_config(config.as_deref()) {
                Ok(c) => c,
                Err(code) => return code,
            };
            let outcome = match figlint::check(&paths, &options(&config, &cache, false)) {
                Ok(o) => o,
                Err(e) => return usage_error(&e),
            };
            print_notices(&outcome.notices);
            print_load_errors(&outcome.corpus.errors);
            write_stdout(&figlint::baseline::write(&outcome.findings));
            ExitCode::SUCCESS
        }
        Command::Init => init(),
        Command::Lsp { cache } => match figlint::lsp::run(cache.to_use()) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => usage_error(&e),
        },
        Command::Rules { config } => match load_config(config.as_deref()) {
            Ok(c) => {
                write_stdout(&report::rules::list(&c));
                ExitCode::SUCCESS
            }
            Err(code) => code,
        },
        Command::Explain { rule, config } => match load_config(config.as_deref()) {
            Ok(c) => match c.rule(&rule) {
                Some(r) => {
                    write_stdout(&report::rules::explain(r));
                    ExitCode::SUCCESS
                }
                None => {
                    let hint = figlint::rules::options::did_you_mean(
                        &rule,
                        c.rules.iter().map(|r| r.id.as_str()),
                    );
                    eprintln!("error: no rule `{rule}`{hint}; `figlint rules` lists them");
                    ExitCode::from(2)
                }
            },
            Err(code) => code,
        },
    }
}

fn load_config(explicit: Option<&std::path::Path>) -> Result<Config, ExitCode> {
    let cwd = std::env::current_dir().unwrap_or_else(|_| PathBuf::from("."));
    Config::load(explicit, &cwd).map_err(|e| {
        eprintln!("{:?}", miette::Report::new(*e));
        ExitCode::from(2)
    })
}

fn color_wanted(choice: ColorChoice) -> bool {
    match choice {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => {
            std::io::stdout().is_terminal()
                && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
        }
    }
}

/// `--select` keeps only the rules named (enabling them), `--ignore` turns rules off; a name
/// that is no rule is a usage error.
fn choose_rules(config: &mut Config, select: &[String], ignore: &[String]) -> Result<(), ExitCode> {
    for name in select.iter().chain(ignore) {
        if config.rule(name).is_none() {
            let hint = figlint::rules::options::did_you_mean(
                name,
                config.rules.iter().map(|r| r.id.as_str()),
            );
            eprintln!("error: no rule `{name}`{hint}; `figlint rules` lists them");
            return Err(ExitCode::from(2));
        }
    }
    for r in &mut config.rules {
        if !select.is_empty() {
            r.enabled = select.contains(&r.id);
        }
        if ignore.contains(&r.id) {
            r.enabled = false;
        }
    }
    Ok(())
}

/// What `check` reads and how it reports.
#[derive(clap::Args)]
struct CheckArgs {
    /// Files and folders to check (folders are walked like ripgrep does).
    #[arg(required = true)]
    paths: Vec<PathBuf>,
    #[arg(long, value_enum, default_value_t = CheckFormat::Human)]
    format: CheckFormat,
    /// A figlint.yaml to use instead of the one found from the current folder upwards.
    #[arg(long)]
    config: Option<PathBuf>,
    /// The lowest severity that makes the exit code 1.
    #[arg(long, value_enum, default_value_t = FailOn::Warning)]
    fail_on: FailOn,
    /// Also say what was not checked (undated articles' conversions) on stderr.
    #[arg(short, long)]
    verbose: bool,
    /// Compare with every article under ROOT too, but report only findings that involve
    /// the given files (an editor's draft against everything published).
    #[arg(long, value_name = "ROOT")]
    against: Option<PathBuf>,
    /// Report only findings not recorded in this baseline file.
    #[arg(long, value_name = "FILE")]
    baseline: Option<PathBuf>,
    /// Write today's findings to FILE as a baseline (and report nothing as new).
    #[arg(long, value_name = "FILE", conflicts_with = "baseline")]
    write_baseline: Option<PathBuf>,
    #[command(flatten)]
    cache: CacheArgs,
    /// Write the report to FILE instead of standard output.
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,
    /// The HTML report's links to a place: `{path}` and `{line}` are replaced, e.g.
    /// 'https://host/org/repo/blob/main/{path}#L{line}' (default: the file itself, file://).
    #[arg(long, value_name = "TEMPLATE")]
    link_template: Option<String>,
    /// The name the article read from standard input (`-`) is shown under; its extension
    /// decides how it is read (.md, .markdown, .txt).
    #[arg(long, value_name = "NAME")]
    stdin_filename: Option<String>,
    /// Print the findings only: no summary, progress or notices.
    #[arg(short, long)]
    quiet: bool,
    /// Run only these rules (comma-separated or repeated).
    #[arg(long, value_name = "RULE", value_delimiter = ',')]
    select: Vec<String>,
    /// Do not run these rules (comma-separated or repeated).
    #[arg(long, value_name = "RULE", value_delimiter = ',')]
    ignore: Vec<String>,
}

fn check(config: &Config, opts: &CheckArgs, color: ColorChoice) -> ExitCode {
    let started = Instant::now();
    let human = matches!(opts.format, CheckFormat::Human | CheckFormat::Table);
    let mut run = options(config, &opts.cache, human && !opts.quiet);
    run.against = opts.against.clone();
    run.baseline = opts.baseline.clone();
    run.stdin_name = opts.stdin_filename.clone();
    let Outcome {
        corpus,
        mut findings,
        notices,
        ..
    } = match figlint::check(&opts.paths, &run) {
        Ok(o) => o,
        Err(e) => return usage_error(&e),
    };
    // GitHub's format puts notices on stdout as workflow commands; the others on stderr.
    let on_stdout = matches!(opts.format, CheckFormat::Github);
    if !opts.quiet && !on_stdout {
        print_notices(&notices);
    }
    if opts.verbose {
        print_unchecked(&corpus);
    }
    if let Some(file) = &opts.write_baseline {
        if let Err(e) = std::fs::write(file, figlint::baseline::write(&findings)) {
            eprintln!("error: {}: cannot write baseline: {e}", file.display());
            return ExitCode::from(2);
        }
        if !opts.quiet {
            eprintln!("wrote {} finding(s) to {}", findings.len(), file.display());
        }
        findings.clear();
    }
    let claims = &corpus.claims;
    let summary = report::check::Summary {
        files: corpus.docs.len(),
        figures: corpus.figures.len(),
        claims: claims.len(),
        findings: findings.len(),
    };
    // JSON and the human report come in pieces, written one after another.
    let mut pieces = match opts.format {
        CheckFormat::Json => report::check::json_pieces(&corpus, claims, &findings, summary),
        CheckFormat::Human => {
            print_load_errors(&corpus.errors);
            let width = terminal_width().unwrap_or(120) as usize;
            report::check::human_pieces(&corpus, &findings, color_wanted(color), width)
        }
        _ => Vec::new(),
    };
    let out = match opts.format {
        CheckFormat::Json => String::new(),
        CheckFormat::Sarif => report::sarif::sarif(&corpus, &findings, config),
        CheckFormat::Html => report::html::report(
            &corpus,
            &findings,
            &report::html::Page {
                link_template: opts.link_template.as_deref(),
                notices: &notices,
                summary,
            },
        ),
        CheckFormat::Github => {
            let mut out = report::formats::github_problems(&corpus.errors, &notices);
            out.push_str(&report::formats::github(&corpus, &findings));
            out
        }
        CheckFormat::Compact => {
            // Notices stay on stderr: stdout is the same run with or without a cache.
            let mut out = report::formats::compact_problems(&corpus.errors, &[]);
            out.push_str(&report::formats::compact(&corpus, &findings));
            out
        }
        CheckFormat::Table => {
            print_load_errors(&corpus.errors);
            let width = std::io::stdout()
                .is_terminal()
                .then(terminal_width)
                .flatten();
            report::formats::table(&corpus, &findings, width)
        }
        CheckFormat::Human if opts.quiet => String::new(),
        CheckFormat::Human => {
            let seconds = started.elapsed().as_secs_f64();
            report::check::summary_table(summary, &findings, corpus.errors.len(), Some(seconds))
        }
    };
    if !out.is_empty() || pieces.is_empty() {
        pieces.push(out);
    }
    match &opts.output {
        Some(file) => {
            let written = std::fs::File::create(file).and_then(|f| {
                let mut f = std::io::BufWriter::with_capacity(1 << 20, f);
                pieces
                    .iter()
                    .try_for_each(|p| f.write_all(p.as_bytes()))
                    .and_then(|_| f.flush())
            });
            if let Err(e) = written {
                eprintln!("error: {}: cannot write the report: {e}", file.display());
                return ExitCode::from(2);
            }
        }
        None => write_pieces(&pieces),
    }
    let fail_on = opts.fail_on;
    let threshold = match fail_on {
        FailOn::Error => Some(Severity::Error),
        FailOn::Warning => Some(Severity::Warning),
        FailOn::Info => Some(Severity::Info),
        FailOn::Never => None,
    };
    let code = if corpus.errors.iter().any(|e| e.level == Level::Error) {
        ExitCode::from(2)
    } else if corpus.docs.is_empty() {
        // Nothing was checked: a wrong path or pattern must not pass as a clean run.
        eprintln!("warning: no file was checked");
        ExitCode::from(2)
    } else {
        match threshold {
            Some(t) if findings.iter().any(|f| f.severity >= t) => ExitCode::from(1),
            _ => ExitCode::SUCCESS,
        }
    };
    exit_without_freeing(corpus);
    code
}

/// The process ends right after a report: freeing a corpus's hundreds of thousands of small
/// strings and vectors one by one would only delay the exit (by about 10 ms on 2,500 posts).
fn exit_without_freeing(corpus: Corpus) {
    std::mem::forget(corpus);
}

/// `figlint figures` or, with `claims_only`, `figlint claims`.
fn list(a: &ListArgs, claims_only: bool) -> ExitCode {
    match load_config(a.config.as_deref()) {
        Ok(c) => figures(&a.paths, a.format, &c, &a.cache, claims_only),
        Err(code) => code,
    }
}

/// `figlint figures` (every figure) or, with `claims`, `figlint claims` (every claim).
fn figures(
    paths: &[PathBuf],
    format: FiguresFormat,
    config: &Config,
    cache: &CacheArgs,
    claims_only: bool,
) -> ExitCode {
    let mut opts = options(config, cache, matches!(format, FiguresFormat::Table));
    opts.sources = Sources::Keep;
    let (corpus, notices) = figlint::scan(paths, &opts);
    print_notices(&notices);
    // Every figure's position is shown: read the sources the cache deferred, in parallel.
    corpus.docs.par_iter().for_each(|d| {
        d.lines();
    });
    let claims = &corpus.claims;
    let out = match format {
        FiguresFormat::Json if claims_only => report::claims::json(&corpus),
        FiguresFormat::Json => report::figures::json(&corpus, claims),
        FiguresFormat::Table => {
            print_load_errors(&corpus.errors);
            let width = std::io::stdout()
                .is_terminal()
                .then(terminal_width)
                .flatten();
            if claims_only {
                report::claims::table(&corpus, width)
            } else {
                report::figures::table(&corpus, claims, width)
            }
        }
    };
    write_stdout(&out);
    let code = exit_for_load_errors(&corpus.errors);
    exit_without_freeing(corpus);
    code
}

fn terminal_width() -> Option<u16> {
    std::env::var("COLUMNS")
        .ok()
        .and_then(|c| c.parse().ok())
        .or(Some(120))
}

/// Undated articles' conversions cannot be checked against a reference rate: say which.
fn print_unchecked(corpus: &Corpus) {
    let mut err = std::io::stderr().lock();
    let mut counts = std::collections::BTreeMap::new();
    for c in &corpus.conversions {
        if corpus.docs[c.doc].meta.date.is_none() {
            *counts.entry(c.doc).or_insert(0usize) += 1;
        }
    }
    for (doc, n) in counts {
        let _ = writeln!(
            err,
            "note: {}: no `date` in front matter; {n} conversion(s) not checked against reference rates",
            corpus.docs[doc].path
        );
    }
    // Conversions whose currency cannot be told, each at its line.
    for c in corpus.conversions.iter().filter(|c| !c.judged()) {
        let f = &corpus.figures[c.source];
        let doc = &corpus.docs[c.doc];
        let _ = writeln!(
            err,
            "note: {}:{}: {} not judged: {}",
            doc.path,
            doc.position(f.offset).line,
            doc.slice(f.offset, f.length),
            c.unresolved.as_deref().unwrap_or("")
        );
    }
}

const STARTER: &str = include_str!("../rules/starter.yaml");

fn init() -> ExitCode {
    let path = std::path::Path::new("figlint.yaml");
    // create_new refuses to overwrite, even if the file appears between a check and the write.
    match std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(path)
    {
        Ok(mut f) => match f.write_all(STARTER.as_bytes()) {
            Ok(()) => {
                eprintln!("wrote figlint.yaml; `figlint rules` lists the rules it can change");
                ExitCode::SUCCESS
            }
            Err(e) => {
                eprintln!("error: figlint.yaml: {e}");
                ExitCode::from(2)
            }
        },
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
            eprintln!("error: figlint.yaml already exists; not overwriting it");
            ExitCode::from(2)
        }
        Err(e) => {
            eprintln!("error: figlint.yaml: {e}");
            ExitCode::from(2)
        }
    }
}

fn print_notices(notices: &[String]) {
    for n in notices {
        eprintln!("warning: {n}");
    }
}

fn usage_error(e: &dyn std::fmt::Display) -> ExitCode {
    eprintln!("error: {e}");
    ExitCode::from(2)
}

fn print_load_errors(errors: &[LoadError]) {
    let mut err = std::io::stderr().lock();
    for e in errors {
        let level = match e.level {
            Level::Error => "error",
            Level::Warning => "warning",
            Level::Info => "info",
        };
        let path = report::escape_controls(&e.path);
        let _ = match e.line {
            Some(l) => writeln!(err, "{level}: {path}:{l}: {}", e.message),
            None => writeln!(err, "{level}: {path}: {}", e.message),
        };
    }
}

fn exit_for_load_errors(errors: &[LoadError]) -> ExitCode {
    if errors.iter().any(|e| e.level == Level::Error) {
        ExitCode::from(2)
    } else {
        ExitCode::SUCCESS
    }
}

/// Writes to stdout, ending quietly when the reader has gone (`figlint … | head`).
fn write_stdout(s: &str) {
    let mut out = std::io::stdout().lock();
    let _ = out.write_all(s.as_bytes()).and_then(|_| out.flush());
}

/// A report in pieces on standard output, one after another.
fn write_pieces(pieces: &[String]) {
    let mut out = std::io::BufWriter::with_capacity(1 << 20, std::io::stdout().lock());
    let _ = pieces
        .iter()
        .try_for_each(|p| out.write_all(p.as_bytes()))
        .and_then(|_| out.flush());
}
