//! A progress bar for long runs on a terminal: files read and figures found, on stderr.
//!
//! It appears only once a run has taken more than about a second, and only when the caller
//! says a person is watching (stderr is a terminal, the output is for people, not in CI):
//! see [`wanted`]. Otherwise every call is a no-op.

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::time::{Duration, Instant};

/// How long a run goes before the bar is drawn.
const DELAY: Duration = Duration::from_millis(1000);

pub struct Progress {
    bar: Option<ProgressBar>,
    started: Instant,
    /// How long the run goes before the bar is drawn.
    delay: Duration,
    shown: AtomicBool,
    figures: AtomicUsize,
}

/// Whether a run should show progress: stderr is a terminal, the output format is meant for
/// people, and no CI environment variable is set.
pub fn wanted(stderr_terminal: bool, human_format: bool, ci: bool) -> bool {
    stderr_terminal && human_format && !ci
}

/// Whether the environment says this is a CI job (`CI` set to anything but `false`/`0`).
pub fn in_ci() -> bool {
    std::env::var("CI").is_ok_and(|v| !v.is_empty() && v != "false" && v != "0")
}

impl Progress {
    /// A progress display that never draws.
    pub fn hidden() -> Progress {
        Progress {
            bar: None,
            started: Instant::now(),
            delay: DELAY,
            shown: AtomicBool::new(false),
            figures: AtomicUsize::new(0),
        }
    }

    /// A progress bar on stderr, drawn once the run passes [`DELAY`].
    pub fn on_stderr() -> Progress {
        Progress::on_stderr_after(DELAY)
    }

    fn on_stderr_after(delay: Duration) -> Progress {
        let bar = ProgressBar::with_draw_target(None, ProgressDrawTarget::hidden());
        bar.set_style(
            ProgressStyle::with_template("{bar:30} {pos}/{len} files, {msg} figures, {elapsed}")
                .expect("the template is valid"),
        );
        Progress {
            bar: Some(bar),
            delay,
            ..Progress::hidden()
        }
    }

    /// The run will read `files` files.
    pub fn start(&self, files: usize) {
        if let Some(bar) = &self.bar {
            bar.set_length(files as u64);
        }
    }

    /// One more file read, with `figures` figures.
    pub fn file_done(&self, figures: usize) {
        let Some(bar) = &self.bar else { return };
        let total = self.figures.fetch_add(figures, Ordering::Relaxed) + figures;
        bar.set_message(total.to_string());
        bar.inc(1);
        if self.started.elapsed() >= self.delay && !self.shown.swap(true, Ordering::Relaxed) {
            bar.set_draw_target(ProgressDrawTarget::stderr());
        }
    }

    /// Removes the bar, if it was drawn.
    pub fn finish(&self) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
    }

    /// Whether the bar has been drawn.
    #[cfg(test)]
    fn was_shown(&self) -> bool {
        self.shown.load(Ordering::Relaxed)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_people_at_a_terminal_outside_ci_see_progress() {
        assert!(wanted(true, true, false));
        assert!(!wanted(false, true, false), "stderr is a pipe");
        assert!(!wanted(true, false, false), "machine format");
        assert!(!wanted(true, true, true), "CI");
    }

    #[test]
    fn a_short_run_never_draws() {
        let p = Progress::on_stderr();
        p.start(3);
        for _ in 0..3 {
            p.file_done(5);
        }
        p.finish();
        assert!(!p.was_shown());
        assert_eq!(p.figures.load(Ordering::Relaxed), 15);
    }

    #[test]
    fn a_run_past_the_delay_draws_and_counts() {
        let p = Progress::on_stderr_after(Duration::ZERO);
        p.start(2);
        p.file_done(4);
        assert!(p.was_shown());
        p.file_done(1);
        let bar = p.bar.as_ref().unwrap();
        assert_eq!((bar.position(), bar.length()), (2, Some(2)));
        assert_eq!(bar.message(), "5");
        p.finish();
        assert!(bar.is_finished());
        // A hidden display never draws, however long the run.
        let h = Progress::hidden();
        h.file_done(3);
        assert!(!h.was_shown());
    }
}
