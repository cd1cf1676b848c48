//! Evaluation (*Auswertung*): pure functions over a concept and its tracking
//! log that return plain data. The caller passes the date ("as of"); the core
//! reads no clock.
//!
//! - [`state()`]: the status, progress and spending of every step on a day.
//! - [`budget`]: money planned per year, exact in cents.

pub mod budget;
mod state;

pub use state::{default_progress, state, ConceptState, ProgressSource, StepState, Track};
pub mod compare;
pub use compare::{compare, text_similarity, Comparison};
pub mod review;
pub use review::{review, Review};
