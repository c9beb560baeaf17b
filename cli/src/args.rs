//! Command-line arguments.

use clap::{Args, Parser, Subcommand};
use std::path::PathBuf;

#[derive(Debug, Parser)]
#[command(name = "vanban", version, about = "Turns Vietnamese health reports into structured, checkable records.")]
pub struct Cli {
    /// More log output (-v info, -vv debug); RUST_LOG overrides.
    #[arg(short, long, action = clap::ArgAction::Count, global = true)]
    pub verbose: u8,
    /// Only errors on stderr; no progress bar, no summary.
    #[arg(short, long, global = true)]
    pub quiet: bool,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Runs a pipeline over files and folders ("-" reads stdin).
    Run(RunArgs),
    /// Checks a pipeline file without running it.
    Check {
        file: PathBuf,
        #[command(flatten)]
        plugins: PluginArgs,
    },
    /// Lists the stage types with their settings.
    Stages {
        #[arg(long)]
        json: bool,
        #[command(flatten)]
        plugins: PluginArgs,
    },
    /// Lists every plugin: name, version, origin and what it provides.
    Plugins {
        #[arg(long)]
        json: bool,
        #[command(flatten)]
        plugins: PluginArgs,
    },
    /// Shows for one document what each stage found and changed.
    Explain {
        file: PathBuf,
        #[arg(long)]
        config: Option<PathBuf>,
        #[command(flatten)]
        plugins: PluginArgs,
    },
    /// Writes a corpus of invented documents in the five report styles (for benchmarks).
    Synth {
        /// Number of documents, dealt to the styles in turn.
        #[arg(long, default_value_t = 10_000)]
        docs: usize,
        /// Folder to write `<style>/<n>.txt` into.
        #[arg(long)]
        out: PathBuf,
        /// Seed of the generator: the same seed and count give the same bytes.
        #[arg(long, default_value_t = 1)]
        seed: u64,
        /// The files' encoding: windows-1258 writes the same texts as an older Vietnamese
        /// site or word processor would, tone marks apart from their letters; tcvn3 and vni
        /// as the legacy 8-bit Vietnamese font encodings (TCVN3/ABC, with straight quotes
        /// and hyphens for the curly quotes and dashes it lacks; VNI-Windows).
        #[arg(long, value_enum, default_value_t = SynthEncoding::Utf8)]
        encoding: SynthEncoding,
        /// The files' format: pdf writes each text as a PDF's text layer (`<n>.pdf`), laid
        /// out as typesetters and as word processors write them, in turn; docx as a Word
        /// document (`<n>.docx`), a paragraph a line, marked up as Word marks it up.
        #[arg(long, value_enum, default_value_t = SynthFormat::Text)]
        format: SynthFormat,
        /// Hard-wrap every paragraph at this many chars, as e-mail, `fmt` and a PDF's
        /// lines do (at least 20).
        #[arg(long, value_parser = clap::value_parser!(u16).range(20..))]
        wrap: Option<u16>,
    },
    /// Copies the plugin template into a new folder, with the names changed.
    NewPlugin {
        /// Plugin name, e.g. "my-portal".
        name: String,
        /// Folder to create (default: ./vanban-plugin-NAME).
        #[arg(long)]
        dir: Option<PathBuf>,
    },
}

#[derive(Debug, Args)]
pub struct RunArgs {
    /// Files or folders to read; "-" reads stdin.
    #[arg(required = true)]
    pub paths: Vec<String>,
    /// Pipeline file (default: the embedded default pipeline).
    #[arg(short, long)]
    pub config: Option<PathBuf>,
    /// Output folder.
    #[arg(short, long, default_value = "out")]
    pub out: PathBuf,
    /// Workers for each parallel stage (default: one per core).
    #[arg(short, long)]
    pub workers: Option<usize>,
    /// Also writes the run summary (counts, seconds, time per stage) as JSON to this file.
    #[arg(long, value_name = "FILE")]
    pub stats: Option<PathBuf>,
    #[command(flatten)]
    pub plugins: PluginArgs,
}

#[derive(Debug, Args, Default)]
pub struct PluginArgs {
    /// Loads a plugin library (repeatable).
    #[arg(long = "load", value_name = "PLUGIN")]
    pub load: Vec<PathBuf>,
}

/// The file formats `vanban synth` writes.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum SynthFormat {
    #[default]
    Text,
    Pdf,
    Docx,
}

/// The encodings `vanban synth` writes.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum SynthEncoding {
    #[default]
    #[value(name = "utf-8")]
    Utf8,
    #[value(name = "windows-1258")]
    Windows1258,
    #[value(name = "tcvn3")]
    Tcvn3,
    #[value(name = "vni")]
    Vni,
}
