//! The engine with mock stages that stall, fail and panic: exact counts, input order
//! whatever the worker count, backpressure from a blocked sink, and sinks' encoders run on
//! the worker lanes.

use crate::support::temp_dir;
use crossbeam_channel::{bounded, Receiver, Sender};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};
use vanban_core::engine::{run_stages, Runnable};
use vanban_core::stages::sinks::ErrorSink;
use vanban_core::stage::{Encode, Encoded};
use vanban_core::{BuildContext, Doc, Item, PipelineSettings, PluginSet, RunOptions, RunSummary, Sink, Source, StageError, Transform};

/// Emits `n` documents whose text is their number; counts what the channel accepted.
struct CountingSource {
    n: u64,
    accepted: Arc<AtomicU64>,
}

impl Source for CountingSource {
    fn run(&mut self, emit: &mut dyn FnMut(Item) -> bool) -> Result<(), StageError> {
        for seq in 0..self.n {
            let mut doc = Doc::new(seq, format!("doc-{seq}.txt"), seq.to_string().into_bytes());
            doc.record.body = seq.to_string();
            if !emit(Item::Doc(Box::new(doc))) {
                break;
            }
            self.accepted.fetch_add(1, Ordering::SeqCst);
        }
        Ok(())
    }
}

/// Fails every `fail_every`-th document, panics on every `panic_every`-th, and sleeps a
/// little on some so that workers finish out of order.
struct Faulty {
    fail_every: u64,
    panic_every: u64,
    jitter: bool,
}

impl Transform for Faulty {
    fn apply(&self, doc: &mut Doc) -> Result<(), StageError> {
        if self.jitter && doc.seq.is_multiple_of(3) {
            std::thread::sleep(Duration::from_millis(2));
        }
        if self.panic_every > 0 && doc.seq.is_multiple_of(self.panic_every) {
            panic!("mock panic on {}", doc.seq);
        }
        if self.fail_every > 0 && doc.seq.is_multiple_of(self.fail_every) {
            return Err(StageError::input("mock failure"));
        }
        doc.record.title = Some(format!("seen {}", doc.seq));
        Ok(())
    }
}

/// Sleeps far longer than the stage time limit on the documents it is told to.
struct Stall {
    every: u64,
}

impl Transform for Stall {
    fn apply(&self, doc: &mut Doc) -> Result<(), StageError> {
        if doc.seq.is_multiple_of(self.every) {
            std::thread::sleep(Duration::from_millis(400));
        }
        Ok(())
    }
}

/// Records the order of what it receives: records, failures, and both together.
struct Collect {
    seen: Arc<Mutex<Vec<u64>>>,
    failures: Arc<Mutex<Vec<u64>>>,
    all: Arc<Mutex<Vec<u64>>>,
}

impl Sink for Collect {
    fn write(&mut self, doc: &Doc) -> Result<(), StageError> {
        self.seen.lock().unwrap().push(doc.seq);
        self.all.lock().unwrap().push(doc.seq);
        Ok(())
    }
    fn write_failure(&mut self, f: &vanban_core::Failure) -> Result<(), StageError> {
        self.failures.lock().unwrap().push(f.seq);
        self.all.lock().unwrap().push(f.seq);
        Ok(())
    }
    fn finish(&mut self) -> Result<(), StageError> {
        Ok(())
    }
}

/// Blocks on its first document until released.
struct Blocked {
    release: Receiver<()>,
    entered: Sender<()>,
    first: bool,
}

impl Sink for Blocked {
    fn write(&mut self, _doc: &Doc) -> Result<(), StageError> {
        if self.first {
            self.first = false;
            let _ = self.entered.send(());
            let _ = self.release.recv();
        }
        Ok(())
    }
    fn finish(&mut self) -> Result<(), StageError> {
        Ok(())
    }
}

struct Harness {
    seen: Arc<Mutex<Vec<u64>>>,
    failures: Arc<Mutex<Vec<u64>>>,
    all: Arc<Mutex<Vec<u64>>>,
    dir: std::path::PathBuf,
}

impl Harness {
    fn new(name: &str) -> Harness {
        Harness { seen: Default::default(), failures: Default::default(), all: Default::default(), dir: temp_dir(name) }
    }

    fn collect(&self) -> Box<dyn Sink> {
        Box::new(Collect { seen: self.seen.clone(), failures: self.failures.clone(), all: self.all.clone() })
    }

    /// Whether every item reached the sink once, in input order.
    fn all_in_order(&self, n: u64) -> bool {
        *self.all.lock().unwrap() == (0..n).collect::<Vec<_>>()
    }

    fn run(&self, stages: Vec<Runnable>, capacity: usize, timeout_ms: u64) -> RunSummary {
        let settings = PipelineSettings { channel_capacity: capacity, workers: 1, stage_timeout_ms: timeout_ms, ..PipelineSettings::default() };
        let ctx = BuildContext { out_dir: self.dir.clone(), inputs: vec![], plugins: Arc::new(PluginSet::new()), settings };
        let opts = RunOptions { out_dir: self.dir.clone(), ..RunOptions::default() };
        let errors = ErrorSink::create(&self.dir.join("errors.jsonl")).unwrap();
        run_stages(stages, errors, &ctx, &opts)
    }

    fn error_lines(&self) -> usize {
        std::fs::read_to_string(self.dir.join("errors.jsonl")).unwrap().lines().count()
    }
}

fn source(n: u64) -> (Runnable, Arc<AtomicU64>) {
    let accepted = Arc::new(AtomicU64::new(0));
    (Runnable::Source(Box::new(CountingSource { n, accepted: accepted.clone() })), accepted)
}

fn transform(name: &str, t: impl Transform + 'static, workers: usize) -> Runnable {
    Runnable::Transform { name: name.into(), stage: Arc::new(t), workers }
}

/// Channel capacities the tests run with: under 16 documents travel one at a time; from
/// 16 on in batches (64 gives batches of eight, 100 leaves a short last batch).
const CAPACITIES: [usize; 3] = [8, 64, 100];

#[test]
fn every_document_ends_as_a_record_or_an_error_exactly_once() {
    const N: u64 = 1003;
    for capacity in CAPACITIES {
        let h = Harness::new(&format!("counts-{capacity}"));
        let (src, _) = source(N);
        let stages = vec![
            src,
            transform("faulty", Faulty { fail_every: 7, panic_every: 11, jitter: false }, 3),
            Runnable::Sink { name: "collect".into(), sink: h.collect() },
        ];
        let s = h.run(stages, capacity, 0);
        let failed_expected = (0..N).filter(|i| i % 7 == 0 || i % 11 == 0).count() as u64;
        assert_eq!(s.documents_in, N, "capacity {capacity}");
        assert_eq!(s.failed, failed_expected);
        assert_eq!(s.written, N - failed_expected);
        assert_eq!(h.seen.lock().unwrap().len() as u64, s.written);
        assert_eq!(h.failures.lock().unwrap().len() as u64, s.failed);
        assert_eq!(h.error_lines() as u64, s.failed);
        assert!(h.all_in_order(N), "capacity {capacity}");
        let panics = s.failures_by_cause.get("faulty: panic").copied().unwrap_or(0);
        assert_eq!(panics, (0..N).filter(|i| i % 11 == 0).count() as u64);
    }
}

#[test]
fn output_keeps_input_order_with_several_workers() {
    for capacity in [4, 64] {
        for workers in [1, 2, 4, 7] {
            let h = Harness::new(&format!("order-{capacity}-{workers}"));
            let (src, _) = source(300);
            let stages = vec![
                src,
                transform("jitter", Faulty { fail_every: 0, panic_every: 0, jitter: true }, workers),
                transform("faulty", Faulty { fail_every: 5, panic_every: 0, jitter: false }, workers),
                Runnable::Sink { name: "collect".into(), sink: h.collect() },
            ];
            let s = h.run(stages, capacity, 0);
            assert_eq!(s.written + s.failed, 300);
            assert!(h.all_in_order(300), "out of order with capacity {capacity}, {workers} workers");
        }
    }
}

/// Runs 1,000 documents into a sink that blocks on the first; returns how many the source
/// got rid of before it stopped, and the run's summary.
fn held_by_a_blocked_sink(capacity: usize) -> (u64, RunSummary) {
    let h = Harness::new(&format!("backpressure-{capacity}"));
    let (src, accepted) = source(1000);
    let (release_tx, release_rx) = bounded(1);
    let (entered_tx, entered_rx) = bounded(1);
    let sink = Blocked { release: release_rx, entered: entered_tx, first: true };
    let stages = vec![src, Runnable::Sink { name: "blocked".into(), sink: Box::new(sink) }];
    let accepted_probe = accepted.clone();
    let checker = std::thread::spawn(move || {
        entered_rx.recv().unwrap();
        // Wait until the source has stopped moving.
        let mut last = u64::MAX;
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            std::thread::sleep(Duration::from_millis(100));
            let now = accepted_probe.load(Ordering::SeqCst);
            if now == last || Instant::now() > deadline {
                break;
            }
            last = now;
        }
        let held = accepted_probe.load(Ordering::SeqCst);
        release_tx.send(()).unwrap();
        held
    });
    let s = h.run(stages, capacity, 0);
    (checker.join().unwrap(), s)
}

#[test]
fn a_blocked_sink_stops_the_source_after_channel_capacity() {
    let (held, s) = held_by_a_blocked_sink(5);
    // One document inside the blocked sink, 5 waiting in its channel.
    assert_eq!(held, 6);
    assert_eq!(s.written, 1000);
}

#[test]
fn a_blocked_sink_stops_the_source_after_channel_capacity_in_batches() {
    let (held, s) = held_by_a_blocked_sink(64);
    // A batch of 8 inside the blocked sink, 8 batches of 8 in its channel, and the 7
    // documents the source added to its next batch before the 8th made it send and wait.
    assert_eq!(held, 8 + 64 + 7);
    assert_eq!(s.written, 1000);
}

#[test]
fn a_stalled_stage_fails_only_its_documents_after_the_time_limit() {
    for capacity in [4, 64] {
        let h = Harness::new(&format!("stall-{capacity}"));
        let (src, _) = source(40);
        let stages = vec![src, transform("stall", Stall { every: 10 }, 2), Runnable::Sink { name: "collect".into(), sink: h.collect() }];
        let t = Instant::now();
        let s = h.run(stages, capacity, 100);
        assert_eq!(s.failed, 4, "capacity {capacity}");
        assert_eq!(s.written, 36);
        assert_eq!(s.failures_by_cause.get("stall: timeout"), Some(&4));
        assert!(t.elapsed() < Duration::from_secs(5), "the run waited for the stalled stage");
        // With batches of eight, documents 10 and 30 stall in the middle of a batch: the
        // ones before them, their failure and the ones after still leave in order.
        assert!(h.all_in_order(40), "capacity {capacity}: {:?}", h.all.lock().unwrap());
        let errors = std::fs::read_to_string(h.dir.join("errors.jsonl")).unwrap();
        assert!(errors.contains("doc-0.txt") && errors.contains("doc-30.txt"), "{errors}");
        assert!(errors.contains("time limit"), "{errors}");
    }
}

#[test]
fn config_round_trips_through_toml() {
    let p = vanban_core::Pipeline::parse(vanban_core::DEFAULT_PIPELINE, "default").unwrap();
    let text = p.to_toml();
    let q = vanban_core::Pipeline::parse(&text, "again").unwrap();
    assert_eq!(p.settings, q.settings);
    assert_eq!(p.plugins, q.plugins);
    let names = |p: &vanban_core::Pipeline| p.stages.iter().map(|s| (s.type_name.clone(), s.workers, s.table.clone())).collect::<Vec<_>>();
    assert_eq!(names(&p), names(&q));
    assert!(q.stages.len() >= 7);
}

/// Prefixes the body; fails on every 13th document and panics on every 17th. Notes which
/// thread it ran on.
struct Prefix {
    threads: Arc<Mutex<Vec<String>>>,
}

impl Encode for Prefix {
    fn encode(&self, doc: &Doc) -> Result<Encoded, StageError> {
        self.threads.lock().unwrap().push(std::thread::current().name().unwrap_or("").to_string());
        if doc.seq.is_multiple_of(17) {
            panic!("mock encoder panic on {}", doc.seq);
        }
        if doc.seq.is_multiple_of(13) {
            return Err(StageError::output("mock encoding failure"));
        }
        Ok(Box::new(format!("encoded {}", doc.record.body)))
    }
}

/// Keeps what it wrote: the encoder's result, or "inline" when it got the document alone.
struct Encoding {
    threads: Arc<Mutex<Vec<String>>>,
    written: Arc<Mutex<Vec<(u64, String)>>>,
}

impl Sink for Encoding {
    fn write(&mut self, doc: &Doc) -> Result<(), StageError> {
        self.written.lock().unwrap().push((doc.seq, "inline".into()));
        Ok(())
    }
    fn encoder(&self) -> Option<Arc<dyn Encode>> {
        Some(Arc::new(Prefix { threads: self.threads.clone() }))
    }
    fn write_encoded(&mut self, doc: &Doc, encoded: Encoded) -> Result<(), StageError> {
        let text = encoded.downcast::<String>().map_err(|_| StageError::output("not a string"))?;
        self.written.lock().unwrap().push((doc.seq, *text));
        Ok(())
    }
    fn finish(&mut self) -> Result<(), StageError> {
        Ok(())
    }
}

#[test]
fn sink_encoders_run_on_the_workers_and_their_failures_are_the_sinks() {
    for workers in [1, 3] {
        let h = Harness::new(&format!("encoders-{workers}"));
        let (threads, written) = (Arc::new(Mutex::new(Vec::new())), Arc::new(Mutex::new(Vec::new())));
        let (src, _) = source(200);
        let stages = vec![
            src,
            transform("jitter", Faulty { fail_every: 0, panic_every: 0, jitter: true }, workers),
            Runnable::Sink { name: "collect".into(), sink: h.collect() },
            Runnable::Sink { name: "encoding".into(), sink: Box::new(Encoding { threads: threads.clone(), written: written.clone() }) },
        ];
        let s = h.run(stages, 4, 0);
        let failing = |i: &u64| i % 13 == 0 || i % 17 == 0;
        assert_eq!(s.failed, (0..200).filter(failing).count() as u64);
        assert_eq!(s.failures_by_cause.get("encoding: panic").copied(), Some((0..200u64).filter(|i| i % 17 == 0).count() as u64));
        assert_eq!(h.seen.lock().unwrap().len(), 200, "a sink before the failing one wrote every document");
        let expected: Vec<(u64, String)> = (0..200u64).filter(|i| !failing(i)).map(|i| (i, format!("encoded {i}"))).collect();
        assert_eq!(*written.lock().unwrap(), expected, "each document with its own encoding, in input order");
        let threads = threads.lock().unwrap();
        assert_eq!(threads.len(), 200);
        assert!(threads.iter().all(|t| t == "vanban-jitter"), "encoded on the worker lanes: {:?}", threads.first());
    }

    // Without transforms there are no lanes: the sink gets the document and encodes itself.
    let h = Harness::new("encoders-none");
    let (threads, written) = (Arc::new(Mutex::new(Vec::new())), Arc::new(Mutex::new(Vec::new())));
    let (src, _) = source(5);
    let stages = vec![src, Runnable::Sink { name: "encoding".into(), sink: Box::new(Encoding { threads: threads.clone(), written: written.clone() }) }];
    let s = h.run(stages, 4, 0);
    assert_eq!(s.written, 5);
    assert!(written.lock().unwrap().iter().all(|(_, w)| w == "inline"));
}

/// Gives the page some text and the document a trace note; with `check`, first fails any
/// document that reaches it without the state an earlier chain gave it.
struct Work {
    check: bool,
}

impl Transform for Work {
    fn apply(&self, doc: &mut Doc) -> Result<(), StageError> {
        if self.check && (doc.raw.is_empty() || doc.page.text.is_empty() || doc.trace.is_empty()) {
            return Err(StageError::input("the working state was dropped before the last transform"));
        }
        doc.page.text = format!("page of {}", doc.seq);
        doc.trace("work", "made the page");
        Ok(())
    }
}

/// Keeps, for each document, what of the working state reached the sink.
struct Leftovers {
    seen: Arc<Mutex<Vec<(usize, usize, usize, String)>>>,
}

impl Sink for Leftovers {
    fn write(&mut self, doc: &Doc) -> Result<(), StageError> {
        self.seen.lock().unwrap().push((doc.raw.len(), doc.page.text.len(), doc.trace.len(), doc.record.body.clone()));
        Ok(())
    }
    fn finish(&mut self) -> Result<(), StageError> {
        Ok(())
    }
}

#[test]
fn sinks_get_the_record_without_the_transforms_working_state() {
    let h = Harness::new("working-state");
    let seen = Arc::new(Mutex::new(Vec::new()));
    let (src, _) = source(40);
    // Two chains (1 worker, then 2): only the last one drops the state.
    let stages = vec![
        src,
        transform("first", Work { check: false }, 1),
        transform("second", Work { check: true }, 2),
        Runnable::Sink { name: "leftovers".into(), sink: Box::new(Leftovers { seen: seen.clone() }) },
    ];
    let s = h.run(stages, 64, 0);
    assert_eq!((s.written, s.failed), (40, 0), "the second chain saw the first one's state");
    let seen = seen.lock().unwrap();
    let expected: Vec<(usize, usize, usize, String)> = (0..40u64).map(|i| (0, 0, 0, i.to_string())).collect();
    assert_eq!(*seen, expected, "no input bytes, page or trace left; the record whole");
}
