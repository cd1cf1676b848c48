//! The generic JSON layer: everything about reading JSON with precise
//! findings that does not know which kind of document it reads.
//!
//! - [`parser`]: a strict pull parser (RFC 8259) with byte offsets and a depth limit;
//! - [`syntax`]: bilingual findings for its syntax errors;
//! - [`decode`]: shape decoding into typed values ([`decode::Decode`],
//!   [`decode::Decoder`]), collecting every unknown, missing or mistyped field;
//! - [`list`]: the elements of an array into a `Vec`, a long log on two threads;
//! - [`locate`]: byte offsets of values found by JSON Pointer, for findings
//!   made on a model that knows only pointers;
//! - [`position`]: byte offsets to lines and columns, for many offsets in one pass.
//!
//! A document kind (the concept in [`crate::format`], later the tracking log)
//! adds its root type and its own hints on top.

pub(crate) mod decode;
pub(crate) mod list;
pub(crate) mod locate;
pub(crate) mod parser;
pub(crate) mod position;
pub(crate) mod syntax;
