//! The vanban command line as a library, so that the integration tests drive it in-process.
//!
//! Exit codes: 0 every document processed, 1 some failed (the rest written), 2 usage or
//! configuration error, 130 interrupted.

pub mod args;
pub mod builtins;
pub mod cmd;

use clap::Parser;
use std::ffi::OsString;
use std::process::ExitCode;

/// Exit codes, in one place.
pub mod exit {
    pub const OK: u8 = 0;
    pub const SOME_FAILED: u8 = 1;
    pub const USAGE: u8 = 2;
    pub const INTERRUPTED: u8 = 130;
}

/// An error that ends the command with a given exit code.
#[derive(Debug)]
pub struct Exit {
    pub code: u8,
    pub error: anyhow::Error,
}

impl Exit {
    pub fn usage(e: impl Into<anyhow::Error>) -> Exit {
        Exit { code: exit::USAGE, error: e.into() }
    }
}

impl From<vanban_core::ConfigError> for Exit {
    fn from(e: vanban_core::ConfigError) -> Exit {
        Exit::usage(e)
    }
}

pub fn main_with_args(args: impl IntoIterator<Item = OsString>) -> ExitCode {
    let cli = match args::Cli::try_parse_from(args) {
        Ok(c) => c,
        Err(e) => {
            let code = if e.use_stderr() { exit::USAGE } else { exit::OK };
            let _ = e.print();
            return ExitCode::from(code);
        }
    };
    init_logging(cli.verbose, cli.quiet);
    quiet_panics();
    match cmd::dispatch(cli) {
        Ok(code) => ExitCode::from(code),
        Err(e) => {
            eprintln!("vanban: error: {:#}", e.error);
            ExitCode::from(e.code)
        }
    }
}

fn init_logging(verbose: u8, quiet: bool) {
    use tracing_subscriber::EnvFilter;
    let level = match (quiet, verbose) {
        (true, _) => "error",
        (false, 0) => "warn",
        (false, 1) => "info",
        (false, 2) => "debug",
        _ => "trace",
    };
    // The libraries files are read with log what they meet in damaged files (lopdf an error
    // per broken object, hundreds for one PDF), which errors.jsonl already says once per
    // file: their messages show from -vv up.
    let directives = if verbose >= 2 && !quiet { level.to_string() } else { format!("off,vanban={level}") };
    let filter = EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new(directives));
    let _ = tracing_subscriber::fmt().with_env_filter(filter).with_writer(std::io::stderr).with_target(false).try_init();
}

/// Panics inside stages and plugins are caught and reported as failed documents (in
/// `errors.jsonl` and the summary); the default hook would print each one to stderr too.
fn quiet_panics() {
    std::panic::set_hook(Box::new(|info| {
        if std::thread::current().name() == Some("main") {
            // Not inside a stage: a bug of vanban itself, which must be seen.
            eprintln!("vanban: internal error: {info}");
            return;
        }
        let at = info.location().map(|l| format!("{}:{}", l.file(), l.line())).unwrap_or_default();
        tracing::debug!(at = %at, "caught panic: {info}");
    }));
}
