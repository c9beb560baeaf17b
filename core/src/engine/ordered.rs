//! A chain of consecutive transforms run on N worker lanes whose results leave in input order.
//!
//! Each lane applies every transform of the chain to a document in turn, on one thread, so
//! a document crosses two channels per chain instead of several per stage: for documents
//! of a few kilobytes, waking a thread costs as much as the work itself.
//!
//! Batches of items (see [`super::batch`]) are dealt to the lanes round-robin and collected
//! round-robin in the same order,
//! so the output order is the input order with no reordering buffer: a slow document holds
//! back the collector, the other lanes fill their small queues and stop, and memory stays
//! bounded.
//!
//! The last chain before the sinks also runs the sinks' encoders (`Sink::encoder`) on each
//! finished document, so that serialising and rendering for the sinks is spread over the
//! workers instead of running on each sink's single thread.
//!
//! Time limit: a watchdog looks at what each lane is doing. A lane stuck in one stage past
//! the limit is abandoned: the watchdog starts a replacement lane that puts the stuck
//! document's failure after the batch's finished items, then carries on with the rest of
//! the batch and the lane's queue. The batch in work therefore lives in the lane's shared
//! state, not on the thread's stack. The abandoned thread
//! is not joined; when it returns it sees that its lane has moved on and drops its result.
//! Lanes are therefore plain threads, not scoped ones, and hold their output sender only
//! while sending, so that an abandoned lane never keeps a channel open.

use super::batch::{Batch, Sizing};
use super::guard::guarded;
use crate::doc::{Doc, Encodings, Failure, Item};
use crate::error::{ErrorKind, StageError};
use crate::stage::{Encode, Transform};
use crossbeam_channel::{bounded, Receiver, Sender};
use std::collections::VecDeque;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};
use std::thread::Scope;
use std::time::{Duration, Instant};

/// One transform of a chain, with the counter of time spent in it.
pub(super) struct Step {
    pub name: String,
    pub stage: Arc<dyn Transform>,
    pub nanos: Arc<AtomicU64>,
}

/// A sink's encoder, run after the chain's transforms; `sink` is the sink's position.
pub(super) struct EncodeStep {
    pub sink: usize,
    pub name: String,
    pub encoder: Arc<dyn Encode>,
    pub nanos: Arc<AtomicU64>,
}

/// The encoders of a chain and how many sinks the run has.
pub(super) struct Encoders {
    pub steps: Vec<EncodeStep>,
    /// How many sinks follow; 0 for a chain that other transforms follow, whose documents
    /// keep their working state.
    pub sinks: usize,
}

/// What a chain runs on each document: its transforms, then the sinks' encoders (the last
/// chain before the sinks only).
pub(super) struct Chain {
    pub steps: Vec<Step>,
    pub encoders: Encoders,
}

/// What one lane shares with the watchdog.
struct Lane {
    state: Mutex<LaneState>,
}

struct LaneState {
    /// Bumped when the lane's thread is abandoned; a thread whose generation is behind stops.
    generation: u64,
    /// The document in work, if any.
    busy: Option<Busy>,
    /// The batch in work: items not started yet, and the results so far, in order.
    todo: VecDeque<Item>,
    done: Batch,
    /// Where results go; `None` once the lane has ended.
    out: Option<Sender<Batch>>,
}

struct Busy {
    seq: u64,
    path: String,
    step: usize,
    since: Instant,
}

impl Lane {
    fn new(out: Sender<Batch>) -> Arc<Lane> {
        let state = LaneState { generation: 0, busy: None, todo: VecDeque::new(), done: Vec::new(), out: Some(out) };
        Arc::new(Lane { state: Mutex::new(state) })
    }

    /// The state; a poisoned lock only means a thread panicked between two plain writes.
    fn lock(&self) -> MutexGuard<'_, LaneState> {
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// The state, unless the thread of `generation` has been abandoned meanwhile.
    fn current(&self, generation: u64) -> Option<MutexGuard<'_, LaneState>> {
        let st = self.lock();
        (st.generation == generation).then_some(st)
    }
}

/// Everything a lane thread needs, cheap to clone for a replacement.
#[derive(Clone)]
struct LaneWork {
    steps: Arc<[Step]>,
    encoders: Arc<Encoders>,
    input: Receiver<Batch>,
    lane: Arc<Lane>,
    timed: bool,
}

impl LaneWork {
    /// The name of step `i`: a transform, then the encoders after them.
    fn step_name(&self, i: usize) -> &str {
        match self.steps.get(i) {
            Some(step) => &step.name,
            None => self.encoders.steps.get(i - self.steps.len()).map_or("", |e| e.name.as_str()),
        }
    }
}

pub(super) fn spawn<'scope, 'env>(
    scope: &'scope Scope<'scope, 'env>,
    chain: Chain,
    workers: usize,
    input: Receiver<Batch>,
    output: Sender<Batch>,
    timeout: Option<Duration>,
    sizing: Sizing,
) {
    let steps: Arc<[Step]> = chain.steps.into();
    let encoders = Arc::new(chain.encoders);
    let workers = workers.max(1);
    let timed = timeout.is_some();
    let mut lanes = Vec::new();
    if workers == 1 {
        // One lane reads the chain's input and writes its output directly.
        lanes.push(LaneWork { steps, encoders, input, lane: Lane::new(output), timed });
    } else {
        let per_lane = sizing.split(workers);
        let mut to_lanes = Vec::new();
        let mut from_lanes = Vec::new();
        for _ in 0..workers {
            let (in_tx, in_rx) = bounded::<Batch>(per_lane);
            let (out_tx, out_rx) = bounded::<Batch>(per_lane);
            lanes.push(LaneWork { steps: steps.clone(), encoders: encoders.clone(), input: in_rx, lane: Lane::new(out_tx), timed });
            to_lanes.push(in_tx);
            from_lanes.push(out_rx);
        }
        scope.spawn(move || deal(input, to_lanes));
        scope.spawn(move || collect(from_lanes, output));
    }
    for work in &lanes {
        start_lane(work.clone(), 0, None);
    }
    if let Some(limit) = timeout {
        scope.spawn(move || watch(lanes, limit));
    }
}

/// Starts a lane thread of generation `generation`; `first` joins the batch in work before
/// anything else (the failure of the document a replaced thread got stuck on).
fn start_lane(work: LaneWork, generation: u64, first: Option<Item>) {
    let name = format!("vanban-{}", work.steps.first().map(|s| s.name.as_str()).unwrap_or("chain"));
    let lane = work.lane.clone();
    let spawned = std::thread::Builder::new().name(name).spawn(move || {
        let _end = EndLane { lane: work.lane.clone(), generation };
        run_lane(&work, generation, first);
    });
    if let Err(e) = spawned {
        // Nothing can run this lane's documents: close it, so that the run ends, and say why.
        tracing::error!(error = %e, "cannot start a worker thread");
        EndLane { lane, generation }.end();
    }
}

fn run_lane(work: &LaneWork, generation: u64, first: Option<Item>) {
    if let Some(item) = first {
        let Some(mut st) = work.lane.current(generation) else { return };
        st.done.push(item);
        drop(st);
        if !work_batch(work, generation) {
            return;
        }
    }
    for batch in work.input.iter() {
        let Some(mut st) = work.lane.current(generation) else { return };
        st.todo = batch.into();
        drop(st);
        if !work_batch(work, generation) {
            return;
        }
    }
}

/// Works through the lane's batch and sends the results; false when this thread should
/// stop (abandoned, or nobody reads the results any more).
fn work_batch(work: &LaneWork, generation: u64) -> bool {
    loop {
        let Some(mut st) = work.lane.current(generation) else { return false };
        let Some(item) = st.todo.pop_front() else { break };
        drop(st);
        let Some(result) = apply_chain(work, generation, item) else { return false };
        let Some(mut st) = work.lane.current(generation) else { return false };
        st.done.push(result);
    }
    emit(&work.lane, generation)
}

/// Applies every step to a document; the first failing step ends it as a failure. Then
/// runs the encoders, whose results (errors too) go with the document to their sinks.
/// `None` means this thread was abandoned meanwhile.
fn apply_chain(work: &LaneWork, generation: u64, item: Item) -> Option<Item> {
    let Item::Doc(mut doc) = item else { return Some(item) };
    let path = if work.timed { doc.path().to_string() } else { String::new() };
    // Tells the watchdog which step the lane is in; false when this thread was abandoned.
    let enter = |seq: u64, step: usize| {
        if !work.timed {
            return true;
        }
        let Some(mut st) = work.lane.current(generation) else { return false };
        st.busy = Some(Busy { seq, path: path.clone(), step, since: Instant::now() });
        true
    };
    for (i, step) in work.steps.iter().enumerate() {
        if !enter(doc.seq, i) {
            return None;
        }
        let t = Instant::now();
        let result = guarded(|| step.stage.apply(&mut doc));
        step.nanos.fetch_add(t.elapsed().as_nanos() as u64, Ordering::Relaxed);
        if let Err(e) = result {
            return Some(fail(&doc, &step.name, e));
        }
    }
    if !work.encoders.steps.is_empty() {
        doc.encoded = Encodings((0..work.encoders.sinks).map(|_| None).collect());
    }
    for (j, enc) in work.encoders.steps.iter().enumerate() {
        if !enter(doc.seq, work.steps.len() + j) {
            return None;
        }
        let t = Instant::now();
        let result = guarded(|| enc.encoder.encode(&doc));
        enc.nanos.fetch_add(t.elapsed().as_nanos() as u64, Ordering::Relaxed);
        if let Some(slot) = doc.encoded.0.get_mut(enc.sink) {
            *slot = Some(result);
        }
    }
    if work.encoders.sinks > 0 {
        doc.drop_working_state();
    }
    Some(Item::Doc(doc))
}

fn fail(doc: &Doc, stage: &str, e: StageError) -> Item {
    Item::Failed(Failure::new(doc.seq, doc.path(), stage, e))
}

/// Sends the batch's results, unless this thread was abandoned; false when it should stop.
fn emit(lane: &Lane, generation: u64) -> bool {
    let (out, batch) = {
        let Some(mut st) = lane.current(generation) else { return false };
        st.busy = None;
        match &st.out {
            Some(out) => (out.clone(), std::mem::take(&mut st.done)),
            None => return false,
        }
    };
    // Sent outside the lock: a full queue must not hold up the watchdog.
    out.send(batch).is_ok()
}

/// Closes the lane's output when its current thread ends, whatever way it ends.
struct EndLane {
    lane: Arc<Lane>,
    generation: u64,
}

impl EndLane {
    fn end(&self) {
        if let Some(mut st) = self.lane.current(self.generation) {
            st.out = None;
            st.busy = None;
        }
    }
}

impl Drop for EndLane {
    fn drop(&mut self) {
        self.end();
    }
}

/// Replaces lane threads stuck past the limit; ends when every lane has ended.
fn watch(lanes: Vec<LaneWork>, limit: Duration) {
    let poll = (limit / 8).clamp(Duration::from_millis(1), Duration::from_millis(20));
    loop {
        std::thread::sleep(poll);
        let mut open = 0;
        for work in &lanes {
            let mut st = work.lane.lock();
            if st.out.is_none() {
                continue;
            }
            open += 1;
            let stuck = st.busy.as_ref().is_some_and(|b| b.since.elapsed() >= limit);
            if !stuck {
                continue;
            }
            let Some(busy) = st.busy.take() else { continue };
            st.generation += 1;
            let generation = st.generation;
            drop(st);
            let stage = work.step_name(busy.step);
            let msg = format!("took longer than the stage time limit of {} ms", limit.as_millis());
            let failure = Item::Failed(Failure::new(busy.seq, &busy.path, stage, StageError::new(ErrorKind::Timeout, msg)));
            start_lane(work.clone(), generation, Some(failure));
        }
        if open == 0 {
            return;
        }
    }
}

/// Deals batches to the lanes in turn.
fn deal(input: Receiver<Batch>, to_lanes: Vec<Sender<Batch>>) {
    for (k, batch) in input.into_iter().enumerate() {
        if to_lanes[k % to_lanes.len()].send(batch).is_err() {
            break;
        }
    }
}

/// Collects results from the lanes in the order they were dealt.
fn collect(from_lanes: Vec<Receiver<Batch>>, output: Sender<Batch>) {
    // The first closed-and-empty queue in dealing order means every item is out.
    for k in 0.. {
        match from_lanes[k % from_lanes.len()].recv() {
            Ok(batch) => {
                if output.send(batch).is_err() {
                    break;
                }
            }
            Err(_) => break,
        }
    }
}
