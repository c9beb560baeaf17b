//! The engine with mock stages: counts, order, backpressure, failures and panics.
