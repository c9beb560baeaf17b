//! A transform stage on N workers whose results leave in input order.
//!
//! Items are dealt to the workers round-robin and collected round-robin in the same
//! order, so the output order is the input order with no reordering buffer: a slow
//! document holds back the collector, the other workers fill their small queues and
//! stop, and memory stays bounded.

use super::guard::guarded;
use crate::doc::{Failure, Item};
use crate::error::{ErrorKind, StageError};
use crate::stage::Transform;
use crossbeam_channel::{bounded, Receiver, RecvTimeoutError, Sender};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::thread::Scope;
use std::time::{Duration, Instant};

#[allow(clippy::too_many_arguments)]
pub(super) fn spawn<'scope, 'env>(
    scope: &'scope Scope<'scope, 'env>,
    name: &str,
    stage: Arc<dyn Transform>,
    workers: usize,
    input: Receiver<Item>,
    output: Sender<Item>,
    timeout: Option<Duration>,
    nanos: Arc<AtomicU64>,
    cap: usize,
) {
    let workers = workers.max(1);
    if workers == 1 {
        let mut w = Worker::new(name, stage, timeout, nanos);
        scope.spawn(move || {
            for item in input {
                if output.send(w.process(item)).is_err() {
                    break;
                }
            }
        });
        return;
    }
    let per_worker = (cap / workers).max(2);
    let mut to_workers = Vec::new();
    let mut from_workers = Vec::new();
    for _ in 0..workers {
        let (in_tx, in_rx) = bounded::<Item>(per_worker);
        let (out_tx, out_rx) = bounded::<Item>(per_worker);
        let mut w = Worker::new(name, stage.clone(), timeout, nanos.clone());
        scope.spawn(move || {
            for item in in_rx {
                if out_tx.send(w.process(item)).is_err() {
                    break;
                }
            }
        });
        to_workers.push(in_tx);
        from_workers.push(out_rx);
    }
    scope.spawn(move || {
        for (k, item) in input.into_iter().enumerate() {
            if to_workers[k % to_workers.len()].send(item).is_err() {
                break;
            }
        }
    });
    scope.spawn(move || {
        // The first closed-and-empty queue in dealing order means every item is out.
        for k in 0.. {
            match from_workers[k % from_workers.len()].recv() {
                Ok(item) => {
                    if output.send(item).is_err() {
                        break;
                    }
                }
                Err(_) => break,
            }
        }
    });
}

/// One worker of a transform; with a time limit, the work runs on an executor thread
/// that is abandoned (and replaced) when a document takes too long.
struct Worker {
    name: String,
    stage: Arc<dyn Transform>,
    timeout: Option<Duration>,
    nanos: Arc<AtomicU64>,
    executor: Option<Executor>,
}

type Job = Box<crate::doc::Doc>;
type Done = (Job, Result<(), StageError>);

struct Executor {
    jobs: Sender<Job>,
    done: Receiver<Done>,
}

impl Executor {
    fn start(name: &str, stage: Arc<dyn Transform>) -> Executor {
        let (jobs, job_rx) = bounded::<Job>(1);
        let (done_tx, done) = bounded::<Done>(1);
        // Not scoped: a stuck executor is left behind when its document times out.
        let spawned = std::thread::Builder::new().name(format!("vanban-{name}")).spawn(move || {
            for mut doc in job_rx {
                let r = guarded(|| stage.apply(&mut doc));
                if done_tx.send((doc, r)).is_err() {
                    break;
                }
            }
        });
        if let Err(e) = spawned {
            tracing::error!(error = %e, "cannot start a worker thread");
        }
        Executor { jobs, done }
    }
}

impl Worker {
    fn new(name: &str, stage: Arc<dyn Transform>, timeout: Option<Duration>, nanos: Arc<AtomicU64>) -> Worker {
        Worker { name: name.to_string(), stage, timeout, nanos, executor: None }
    }

    fn process(&mut self, item: Item) -> Item {
        let Item::Doc(mut doc) = item else { return item };
        let t = Instant::now();
        let result = match self.timeout {
            None => {
                let (seq, path) = (doc.seq, doc.path().to_string());
                guarded(|| self.stage.apply(&mut doc)).map(|()| doc).map_err(|e| (seq, path, e))
            }
            Some(limit) => self.with_limit(doc, limit),
        };
        self.nanos.fetch_add(t.elapsed().as_nanos() as u64, Ordering::Relaxed);
        match result {
            Ok(doc) => Item::Doc(doc),
            Err((seq, path, e)) => Item::Failed(Failure::new(seq, &path, &self.name, e)),
        }
    }

    fn with_limit(&mut self, doc: Job, limit: Duration) -> Result<Job, (u64, String, StageError)> {
        let (seq, path) = (doc.seq, doc.path().to_string());
        let exec = self.executor.get_or_insert_with(|| Executor::start(&self.name, self.stage.clone()));
        if exec.jobs.send(doc).is_err() {
            self.executor = None;
            return Err((seq, path, StageError::new(ErrorKind::Stage, "the worker thread is gone")));
        }
        match exec.done.recv_timeout(limit) {
            Ok((doc, Ok(()))) => Ok(doc),
            Ok((doc, Err(e))) => Err((doc.seq, doc.path().to_string(), e)),
            Err(RecvTimeoutError::Timeout) => {
                self.executor = None;
                let msg = format!("took longer than the stage time limit of {} ms", limit.as_millis());
                Err((seq, path, StageError::new(ErrorKind::Timeout, msg)))
            }
            Err(RecvTimeoutError::Disconnected) => {
                self.executor = None;
                Err((seq, path, StageError::new(ErrorKind::Stage, "the worker thread died")))
            }
        }
    }
}
