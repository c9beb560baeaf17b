//! `vanban run`: runs a pipeline and prints the run summary.

use crate::args::RunArgs;
use crate::{exit, Exit};
use std::io::IsTerminal;
use std::sync::atomic::Ordering;
use std::sync::Arc;
use vanban_core::engine::Progress;
use vanban_core::{BuildContext, RunOptions, RunSummary, StopFlag};

pub fn run(args: RunArgs, quiet: bool) -> Result<u8, Exit> {
    let pipeline = super::pipeline(args.config.as_deref())?;
    let plugins = super::plugin_set(&pipeline.plugins, &args.plugins)?;
    if args.workers == Some(0) {
        return Err(Exit::usage(anyhow::anyhow!("--workers must be at least 1")));
    }
    std::fs::create_dir_all(&args.out)
        .map_err(|e| Exit::usage(anyhow::anyhow!("cannot create the output folder {}: {e}", args.out.display())))?;
    let ctx = BuildContext {
        out_dir: args.out.clone(),
        inputs: args.paths.clone(),
        plugins: Arc::new(plugins),
        settings: pipeline.settings.clone(),
    };
    let stop = StopFlag::default();
    let flag = stop.clone();
    // A second Ctrl-C while draining would be ignored; the default handler is gone by then.
    let _ = ctrlc::set_handler(move || flag.store(true, Ordering::SeqCst));
    let bar = (!quiet && std::io::stderr().is_terminal()).then(progress_bar);
    let progress = bar.clone().map(|bar| {
        Arc::new(move |p: &Progress| {
            bar.set_position(p.done);
            let secs = bar.elapsed().as_secs_f64().max(1e-3);
            bar.set_message(format!("{:.1} MB/s, {} failed", p.bytes as f64 / 1e6 / secs, p.failed));
        }) as Arc<dyn Fn(&Progress) + Send + Sync>
    });
    let opts = RunOptions { out_dir: args.out.clone(), inputs: args.paths.clone(), workers: args.workers, stop, progress };
    let summary = vanban_core::run(&pipeline, &ctx, &opts)?;
    if let Some(bar) = bar {
        bar.finish_and_clear();
    }
    if !quiet {
        print_summary(&summary, &args.out);
    }
    if let Some(path) = &args.stats {
        write_stats(&summary, path)?;
    }
    Ok(if summary.interrupted {
        exit::INTERRUPTED
    } else if summary.all_ok() {
        exit::OK
    } else {
        exit::SOME_FAILED
    })
}

/// The run summary as JSON, for benchmarks and dashboards.
fn write_stats(summary: &RunSummary, path: &std::path::Path) -> Result<(), Exit> {
    let json = serde_json::to_vec_pretty(summary).map_err(|e| Exit::usage(anyhow::anyhow!("cannot encode the run summary: {e}")))?;
    std::fs::write(path, json).map_err(|e| Exit::usage(anyhow::anyhow!("cannot write {}: {e}", path.display())))
}

fn progress_bar() -> indicatif::ProgressBar {
    let bar = indicatif::ProgressBar::new_spinner();
    bar.set_style(
        indicatif::ProgressStyle::with_template("{spinner} {pos} documents, {per_sec} — {msg} [{elapsed}]")
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_spinner()),
    );
    bar.enable_steady_tick(std::time::Duration::from_millis(200));
    bar
}

/// The run summary, on stderr.
pub fn print_summary(s: &RunSummary, out: &std::path::Path) {
    let mb = s.bytes_in as f64 / 1e6;
    eprintln!(
        "vanban: {} documents in, {} written, {} failed, {:.1} MB in {:.2} s ({:.1} docs/s, {:.1} MB/s){}",
        s.documents_in,
        s.written,
        s.failed,
        mb,
        s.seconds,
        s.documents_in as f64 / s.seconds.max(1e-9),
        mb / s.seconds.max(1e-9),
        if s.interrupted { ", interrupted" } else { "" }
    );
    for (cause, n) in &s.failures_by_cause {
        eprintln!("  failed in {cause}: {n}");
    }
    if !s.skipped.is_empty() {
        eprintln!("  skipped in folders, not a document type: {} (the files stage's `extensions` picks types)", skipped_list(&s.skipped));
    }
    for e in &s.sink_errors {
        eprintln!("  output error: {e}");
    }
    if s.failed > 0 {
        eprintln!("  reasons, one line per document: {}", out.join("errors.jsonl").display());
    }
    eprintln!("  output: {}", out.display());
}

/// "3 .doc, 1 .xlsx": the skipped files, most first (then by ending, for a stable line).
fn skipped_list(skipped: &std::collections::BTreeMap<String, u64>) -> String {
    let mut counts: Vec<_> = skipped.iter().collect();
    counts.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
    counts.iter().map(|(ending, n)| format!("{n} {ending}")).collect::<Vec<_>>().join(", ")
}
