//! Evaluation (*Auswertung*): pure functions over a concept and its tracking
//! log that return plain data. The caller passes the date ("as of"); the core
//! reads no clock. Every result names what it was computed with (the day,
//! the roll-up method).
//!
//! - [`state()`]: the status, progress and spending of every step on a day.
//! - [`rollup()`]: progress of goals, action fields and the concept by a [`Method`].
//! - [`shares()`]: status shares per action field and overall.
//! - [`budget`]: money planned and spent per year and per action field, exact in cents.
//! - [`indicators()`]: baseline → latest actual → target, and the share achieved.
//! - [`portfolio()`]: many concepts on one day, grouped by district, site and period.
//! - [`coverage()`]: the planning areas and target groups each action field reaches, and the gaps.
//! - [`compare()`]: two versions of a concept side by side (added, removed, changed, moved).
//! - [`review()`]: the *Rückblick* of the previous concept's goals for the next one.

pub mod budget;
mod coverage;
mod indicators;
mod portfolio;
mod rollup;
mod shares;
mod state;

pub mod compare;
pub mod review;

pub use compare::{compare, text_similarity, Comparison};
pub use coverage::{coverage, AreaName, AreaReach, Coverage, FieldCoverage, GroupReach};
pub use indicators::{indicators, Actual, IndicatorReport, IndicatorState};
pub use portfolio::{portfolio, portfolio_row, DistrictGroup, Portfolio, PortfolioRow, Subtotal};
pub use review::{review, Review};
pub use rollup::{rollup, FieldRollup, GoalRollup, Method, MethodError, Rollup};
pub use shares::{shares, FieldShares, Shares, TrackCounts, TrackShare};
pub use state::{
    counting, default_progress, state, ConceptState, ProgressSource, StepState, Track, YearSpending,
};
