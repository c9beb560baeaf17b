//! The engine: runs a built pipeline on threads connected by bounded crossbeam channels:
//! the source on one, each run of consecutive transforms as one chain on N worker lanes
//! (see [`ordered`]), each sink on one.
//!
//! Invariants, each with a test in `tests/`:
//! - every item the source emits leaves the pipeline exactly once, as a record handed to
//!   the sinks or as a failure in `errors.jsonl`;
//! - items leave in the order the source emitted them, whatever the worker count;
//! - a stage that blocks holds back the stages before it once their channels are full.

mod batch;
mod guard;
mod ordered;

use crate::config::{Pipeline, StageConfig};
use crate::doc::{Failure, Item};
use crate::error::{ConfigError, StageError};
use crate::registry::{self, BuildContext, Built, StageKind};
use crate::stage::{Sink, Source, Transform};
use batch::{Batch, Batcher, Sizing};
use crossbeam_channel::{bounded, Receiver, Sender};
use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

pub use guard::guarded;

/// Set it to stop a run cleanly: the source stops, what is in flight is finished.
pub type StopFlag = Arc<AtomicBool>;

/// What the caller decides about a run beside the pipeline file.
#[derive(Clone, Default)]
pub struct RunOptions {
    pub out_dir: PathBuf,
    pub inputs: Vec<String>,
    /// Overrides the pipeline's worker count.
    pub workers: Option<usize>,
    pub stop: StopFlag,
    /// Called after every finished item, from the last stage's thread.
    pub progress: Option<ProgressFn>,
}

/// What `RunOptions::progress` calls.
pub type ProgressFn = Arc<dyn Fn(&Progress) + Send + Sync>;

/// Counts so far, for a progress bar.
#[derive(Debug, Clone, Default)]
pub struct Progress {
    pub done: u64,
    pub failed: u64,
    pub bytes: u64,
}

/// What a run did; printed by the CLI at the end.
#[derive(Debug, Clone, Default, serde::Serialize)]
pub struct RunSummary {
    /// Documents the source emitted (including ones it could not read).
    pub documents_in: u64,
    /// Records that reached the sinks.
    pub written: u64,
    /// Documents that failed, each a line in `errors.jsonl`.
    pub failed: u64,
    pub bytes_in: u64,
    pub seconds: f64,
    pub interrupted: bool,
    /// Failures by stage and kind, "stage: kind" -> count.
    pub failures_by_cause: BTreeMap<String, u64>,
    /// Files the source passed over inside folders, by ending (".doc" -> count): no
    /// documents, so in neither count above.
    pub skipped: BTreeMap<String, u64>,
    /// Time spent inside each stage, summed over its workers: wall time, which includes
    /// waiting for a core while other threads run (most for the sinks, a thread each).
    pub stage_seconds: Vec<(String, f64)>,
    /// Errors of sinks while finishing (a sink that could not move its file into place).
    pub sink_errors: Vec<String>,
}

impl RunSummary {
    pub fn all_ok(&self) -> bool {
        self.failed == 0 && self.sink_errors.is_empty()
    }
}

/// A stage ready to run, with its name for errors and timing.
pub enum Runnable {
    Source(Box<dyn Source>),
    Transform { name: String, stage: Arc<dyn Transform>, workers: usize },
    Sink { name: String, sink: Box<dyn Sink> },
}

/// Builds every stage of a pipeline, checking kinds and order.
pub fn build(pipeline: &Pipeline, ctx: &BuildContext) -> Result<Vec<Runnable>, ConfigError> {
    let mut out = Vec::new();
    for (i, sc) in pipeline.stages.iter().enumerate() {
        let runnable = build_stage(sc, ctx)?;
        let kind = match &runnable {
            Runnable::Source(_) => StageKind::Source,
            Runnable::Transform { .. } => StageKind::Transform,
            Runnable::Sink { .. } => StageKind::Sink,
        };
        let prev = out.last().map(|r: &Runnable| match r {
            Runnable::Source(_) => StageKind::Source,
            Runnable::Transform { .. } => StageKind::Transform,
            Runnable::Sink { .. } => StageKind::Sink,
        });
        let misplaced = match kind {
            StageKind::Source => i != 0,
            StageKind::Transform => i == 0 || prev == Some(StageKind::Sink),
            StageKind::Sink => i == 0,
        };
        if misplaced {
            return Err(sc.error(&format!(
                "a {} cannot stand here: a pipeline is one source, then transforms, then sinks",
                kind.as_str()
            )));
        }
        out.push(runnable);
    }
    if out.is_empty() {
        return Err(ConfigError::File { file: pipeline.file.clone(), message: "the pipeline has no stages".into() });
    }
    Ok(out)
}

fn build_stage(sc: &StageConfig, ctx: &BuildContext) -> Result<Runnable, ConfigError> {
    let workers = |parallel: bool| match sc.workers {
        Some(n) if !parallel && n > 1 => Err(sc.error("this stage runs on one thread; `workers` must be 1")),
        Some(n) => Ok(n),
        None if parallel => Ok(ctx.settings.effective_workers()),
        None => Ok(1),
    };
    if let Some(reg) = registry::find(&sc.type_name) {
        if reg.kind != StageKind::Transform && sc.workers.is_some() {
            return Err(sc.error("`workers` applies to transforms only"));
        }
        return Ok(match (reg.build)(sc, ctx)? {
            Built::Source(s) => Runnable::Source(s),
            Built::Transform(t) => Runnable::Transform { name: sc.type_name.clone(), stage: t, workers: workers(reg.parallel)? },
            Built::Sink(s) => Runnable::Sink { name: sc.type_name.clone(), sink: s },
        });
    }
    if let Some((entry, spec)) = ctx.plugins.stage_provider(&sc.type_name) {
        let stage = crate::stages::plugin_stage::PluginStage::new(entry, &spec, sc)?;
        return Ok(if spec.kind == "sink" {
            Runnable::Sink { name: sc.type_name.clone(), sink: Box::new(stage) }
        } else {
            Runnable::Transform { name: sc.type_name.clone(), stage: Arc::new(stage), workers: workers(true)? }
        });
    }
    let known: Vec<_> = registry::all().iter().map(|r| r.name).collect();
    Err(ConfigError::At {
        file: sc.file.clone(),
        line: sc.line,
        message: format!("unknown stage type `{}` (known: {})", sc.type_name, known.join(", ")),
    })
}

/// Builds and runs a pipeline. Failures of single documents do not stop it.
pub fn run(pipeline: &Pipeline, ctx: &BuildContext, opts: &RunOptions) -> Result<RunSummary, ConfigError> {
    let mut ctx = ctx.clone();
    if let Some(w) = opts.workers {
        ctx.settings.workers = w;
    }
    let stages = build(pipeline, &ctx)?;
    let errors_path = opts.out_dir.join("errors.jsonl");
    let errors = crate::stages::sinks::ErrorSink::create(&errors_path)
        .map_err(|e| ConfigError::Other(format!("cannot write {}: {e}", errors_path.display())))?;
    Ok(run_stages(stages, errors, &ctx, opts))
}

struct Timing {
    name: String,
    nanos: Arc<AtomicU64>,
}

/// Runs built stages; the error sink receives every failure.
pub fn run_stages(stages: Vec<Runnable>, mut errors: crate::stages::sinks::ErrorSink, ctx: &BuildContext, opts: &RunOptions) -> RunSummary {
    let start = Instant::now();
    let sizing = Sizing::for_capacity(ctx.settings.channel_capacity.max(1));
    let timeout = match ctx.settings.stage_timeout_ms {
        0 => None,
        ms => Some(Duration::from_millis(ms)),
    };
    let emitted = Arc::new(AtomicU64::new(0));
    let bytes_in = Arc::new(AtomicU64::new(0));
    let mut timings = Vec::new();
    let mut sinks = Vec::new();
    let mut encoders = Vec::new();
    let mut sink_errors = Vec::new();

    std::thread::scope(|scope| {
        let (mut tx, mut rx): (Sender<Batch>, Receiver<Batch>) = bounded(sizing.depth);
        let mut first = true;
        let mut source_thread = None;
        let mut chain: Option<(Vec<ordered::Step>, usize)> = None;
        for stage in stages {
            match stage {
                Runnable::Source(mut source) => {
                    let (out, stop, emitted, bytes_in) = (tx.clone(), opts.stop.clone(), emitted.clone(), bytes_in.clone());
                    source_thread = Some(scope.spawn(move || {
                        let mut batcher = Batcher::new(out, sizing.size);
                        let count = |sent: Option<usize>| {
                            emitted.fetch_add(sent.unwrap_or(0) as u64, Ordering::Relaxed);
                            sent.is_some()
                        };
                        let mut emit = |item: Item| {
                            if stop.load(Ordering::Relaxed) {
                                return false;
                            }
                            if let Item::Doc(d) = &item {
                                bytes_in.fetch_add(d.raw.len() as u64, Ordering::Relaxed);
                            }
                            count(batcher.push(item))
                        };
                        if let Err(e) = source.run(&mut emit) {
                            tracing::error!(error = %e, "the source stopped");
                        }
                        count(batcher.flush());
                        source.skipped()
                    }));
                    first = false;
                }
                Runnable::Transform { name, stage, workers } => {
                    debug_assert!(!first);
                    let nanos = Arc::new(AtomicU64::new(0));
                    timings.push(Timing { name: name.clone(), nanos: nanos.clone() });
                    // Consecutive transforms with the same worker count run as one chain.
                    if chain.as_ref().is_some_and(|(_, w)| *w != workers) {
                        let (steps, w) = chain.take().unwrap_or_default();
                        let encoders = ordered::Encoders { steps: Vec::new(), sinks: 0 };
                        tx = spawn_chain(scope, ordered::Chain { steps, encoders }, w, &mut rx, timeout, sizing);
                    }
                    chain.get_or_insert_with(|| (Vec::new(), workers)).0.push(ordered::Step { name, stage, nanos });
                }
                Runnable::Sink { name, sink } => {
                    let nanos = Arc::new(AtomicU64::new(0));
                    timings.push(Timing { name: name.clone(), nanos: nanos.clone() });
                    if let Some(encoder) = sink.encoder() {
                        encoders.push(ordered::EncodeStep { sink: sinks.len(), name: name.clone(), encoder, nanos: nanos.clone() });
                    }
                    sinks.push((name, sink, nanos));
                }
            }
        }
        // The last chain encodes for the sinks; without transforms, each sink encodes itself.
        if let Some((steps, w)) = chain.take() {
            let encoders = ordered::Encoders { steps: std::mem::take(&mut encoders), sinks: sinks.len() };
            tx = spawn_chain(scope, ordered::Chain { steps, encoders }, w, &mut rx, timeout, sizing);
        }
        drop(tx);

        // The sinks run in a chain on one thread each; the last one feeds the tally.
        let mut rx = rx;
        let mut handles = Vec::new();
        for (position, (name, mut sink, nanos)) in sinks.drain(..).enumerate() {
            let (next_tx, next_rx) = bounded::<Batch>(sizing.depth);
            let input = std::mem::replace(&mut rx, next_rx);
            // Named for profilers (`perf report --sort comm`): each sink is its own thread.
            let thread = std::thread::Builder::new().name(format!("sink-{name}"));
            let failed_name = name.clone();
            let spawned = thread.spawn_scoped(scope, move || {
                for batch in input {
                    let t = Instant::now();
                    let batch: Batch = batch.into_iter().map(|item| write_item(&mut *sink, position, &name, item)).collect();
                    nanos.fetch_add(t.elapsed().as_nanos() as u64, Ordering::Relaxed);
                    if next_tx.send(batch).is_err() {
                        break;
                    }
                }
                drop(next_tx);
                let t = Instant::now();
                let r = guarded(|| sink.finish()).map_err(|e| format!("{name}: {e}"));
                nanos.fetch_add(t.elapsed().as_nanos() as u64, Ordering::Relaxed);
                r
            });
            match spawned {
                Ok(h) => handles.push(h),
                // Its channels close with the closure: the run ends early and says why.
                Err(e) => sink_errors.push(format!("{failed_name}: cannot start its thread: {e}")),
            }
        }

        let mut summary = Tally::default();
        for item in rx.into_iter().flatten() {
            summary.take(item, &mut errors);
            if let Some(p) = &opts.progress {
                p(&Progress { done: summary.written + summary.failed, failed: summary.failed, bytes: bytes_in.load(Ordering::Relaxed) });
            }
        }
        for h in handles {
            match h.join() {
                Ok(Ok(())) => {}
                Ok(Err(e)) => sink_errors.push(e),
                Err(_) => sink_errors.push("a sink thread died".into()),
            }
        }
        let skipped = source_thread.and_then(|h| h.join().ok()).unwrap_or_default();
        if let Err(e) = errors.finish() {
            sink_errors.push(format!("errors.jsonl: {e}"));
        }
        let elapsed = start.elapsed().as_secs_f64();
        RunSummary {
            documents_in: emitted.load(Ordering::Relaxed),
            written: summary.written,
            failed: summary.failed,
            bytes_in: bytes_in.load(Ordering::Relaxed),
            seconds: elapsed,
            interrupted: opts.stop.load(Ordering::Relaxed),
            failures_by_cause: summary.causes,
            skipped,
            stage_seconds: timings.iter().map(|t| (t.name.clone(), t.nanos.load(Ordering::Relaxed) as f64 / 1e9)).collect(),
            sink_errors,
        }
    })
}

/// Hands one item to a sink: a document is written (or fails there), a failure is recorded.
fn write_item(sink: &mut dyn Sink, position: usize, name: &str, item: Item) -> Item {
    match item {
        Item::Doc(mut doc) => match guarded(|| match doc.encoded.take(position) {
            Some(Ok(encoded)) => sink.write_encoded(&doc, encoded),
            Some(Err(e)) => Err(e),
            None => sink.write(&doc),
        }) {
            Ok(()) => Item::Doc(doc),
            Err(e) => Item::Failed(Failure::new(doc.seq, doc.path(), name, e)),
        },
        Item::Failed(f) => {
            if let Err(e) = sink.write_failure(&f) {
                tracing::warn!(sink = %name, error = %e, "could not record a failure");
            }
            Item::Failed(f)
        }
    }
}

/// Starts a chain of transforms reading from `rx`; `rx` becomes the chain's output and the
/// returned sender is the chain's own, to be dropped once every stage has started.
fn spawn_chain<'scope, 'env>(
    scope: &'scope std::thread::Scope<'scope, 'env>,
    chain: ordered::Chain,
    workers: usize,
    rx: &mut Receiver<Batch>,
    timeout: Option<Duration>,
    sizing: Sizing,
) -> Sender<Batch> {
    let (next_tx, next_rx) = bounded(sizing.depth);
    let input = std::mem::replace(rx, next_rx);
    ordered::spawn(scope, chain, workers, input, next_tx.clone(), timeout, sizing);
    next_tx
}

#[derive(Default)]
struct Tally {
    written: u64,
    failed: u64,
    causes: BTreeMap<String, u64>,
}

impl Tally {
    fn take(&mut self, item: Item, errors: &mut crate::stages::sinks::ErrorSink) {
        match item {
            Item::Doc(_) => self.written += 1,
            Item::Failed(f) => {
                self.failed += 1;
                let cause = format!("{}: {}", f.stage, serde_json::to_value(f.kind).ok().and_then(|v| v.as_str().map(String::from)).unwrap_or_default());
                let n = self.causes.entry(cause).or_default();
                *n += 1;
                if *n == 1 {
                    tracing::warn!(path = %f.path, stage = %f.stage, reason = %f.reason, "document failed");
                }
                if let Err(e) = errors.write(&f) {
                    // Nowhere left to put it but the log.
                    tracing::error!(path = %f.path, error = %e, "could not write to errors.jsonl");
                }
            }
        }
    }
}

/// A failure made from a stage error, for stages that hold only the document's identity.
pub fn failure(seq: u64, path: &str, stage: &str, err: StageError) -> Item {
    Item::Failed(Failure::new(seq, path, stage, err))
}
