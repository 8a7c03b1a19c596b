//! The `figlint` command line.

use clap::{Parser, Subcommand, ValueEnum};
use figlint::corpus::Corpus;
use figlint::load::{Level, LoadError};
use figlint::report;
use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

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
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// List every figure found in the given files and folders.
    Figures {
        /// Files and folders to read (folders are walked like ripgrep does).
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        #[arg(long, value_enum, default_value_t = FiguresFormat::Table)]
        format: FiguresFormat,
    },
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
        Command::Figures { paths, format } => figures(&paths, format),
    }
}

fn figures(paths: &[PathBuf], format: FiguresFormat) -> ExitCode {
    let corpus = Corpus::scan(paths);
    let out = match format {
        FiguresFormat::Json => report::figures::json(&corpus),
        FiguresFormat::Table => {
            print_load_errors(&corpus.errors);
            let width = std::io::stdout()
                .is_terminal()
                .then(terminal_width)
                .flatten();
            report::figures::table(&corpus, width)
        }
    };
    write_stdout(&out);
    exit_for_load_errors(&corpus.errors)
}

fn terminal_width() -> Option<u16> {
    std::env::var("COLUMNS")
        .ok()
        .and_then(|c| c.parse().ok())
        .or(Some(120))
}

fn print_load_errors(errors: &[LoadError]) {
    let mut err = std::io::stderr().lock();
    for e in errors {
        let level = match e.level {
            Level::Error => "error",
            Level::Warning => "warning",
        };
        let _ = match e.line {
            Some(l) => writeln!(err, "{level}: {}:{l}: {}", e.path, e.message),
            None => writeln!(err, "{level}: {}: {}", e.path, e.message),
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
