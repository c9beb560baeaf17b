//! Items travel between the engine's threads in small batches.
//!
//! A document of a few kilobytes takes a fraction of a millisecond to clean and extract, so
//! handing documents over one at a time woke a sleeping thread for nearly every document:
//! with one worker, some 28 context switches per document and a second of kernel time over
//! 10,000 documents. A batch wakes the next thread once for several documents.
//!
//! Capacities stay counted in documents: a channel of `capacity` documents carries
//! `capacity / size` batches of `size`, so no more documents are in flight than before.
//! Small capacities (`channel_capacity` under 16, as in the engine's tests) get batches of
//! one document, the engine's behaviour before batching.

use crate::doc::Item;
use crossbeam_channel::Sender;

/// What one channel message carries.
pub(super) type Batch = Vec<Item>;

/// The most documents a batch holds.
const MOST: usize = 8;

/// The fewest batches a channel holds, so that senders and receivers still overlap.
const FEWEST: usize = 8;

/// Batch size and channel depth for a channel meant to hold `capacity` documents.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct Sizing {
    /// Documents per batch.
    pub size: usize,
    /// Batches per channel.
    pub depth: usize,
}

impl Sizing {
    /// Batches as large as [`FEWEST`] of them a channel allow, up to [`MOST`] documents.
    pub fn for_capacity(capacity: usize) -> Sizing {
        let size = (capacity / FEWEST).clamp(1, MOST);
        Sizing { size, depth: (capacity / size).max(1) }
    }

    /// The depth of each of `ways` channels that share this one's documents.
    pub fn split(self, ways: usize) -> usize {
        (self.depth / ways.max(1)).max(2)
    }
}

/// Fills batches and sends each when full.
pub(super) struct Batcher {
    out: Sender<Batch>,
    size: usize,
    pending: Batch,
}

impl Batcher {
    pub fn new(out: Sender<Batch>, size: usize) -> Batcher {
        Batcher { out, size, pending: Vec::with_capacity(size) }
    }

    /// Adds an item; returns how many items were sent (0 while the batch fills), or `None`
    /// once the receiver has gone.
    pub fn push(&mut self, item: Item) -> Option<usize> {
        self.pending.push(item);
        if self.pending.len() < self.size {
            return Some(0);
        }
        self.flush()
    }

    /// Sends what is pending; returns how many items were sent, or `None` once the receiver
    /// has gone.
    pub fn flush(&mut self) -> Option<usize> {
        if self.pending.is_empty() {
            return Some(0);
        }
        let batch = std::mem::replace(&mut self.pending, Vec::with_capacity(self.size));
        let n = batch.len();
        self.out.send(batch).ok().map(|()| n)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn small_capacities_send_one_document_at_a_time() {
        for capacity in 1..16 {
            assert_eq!(Sizing::for_capacity(capacity), Sizing { size: 1, depth: capacity }, "capacity {capacity}");
        }
    }

    #[test]
    fn large_capacities_keep_the_documents_in_flight() {
        assert_eq!(Sizing::for_capacity(16), Sizing { size: 2, depth: 8 });
        assert_eq!(Sizing::for_capacity(64), Sizing { size: 8, depth: 8 });
        assert_eq!(Sizing::for_capacity(1000), Sizing { size: 8, depth: 125 });
    }

    #[test]
    fn lanes_share_a_channel_but_keep_two_batches_each() {
        assert_eq!(Sizing::for_capacity(64).split(2), 4);
        assert_eq!(Sizing::for_capacity(64).split(8), 2);
        assert_eq!(Sizing::for_capacity(5).split(2), 2);
    }
}
