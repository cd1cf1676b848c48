//! The round trip: when `read` accepts the bytes, `write` loses nothing
//! (`read(write(c)) == c`) and is idempotent (`write(read(write(c))) == write(c)`).
#![no_main]

use benn_core::{read, write};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(concept) = read(data) else { return };
    let first = write(&concept).expect("a concept that was read can be written");
    let again = read(first.as_bytes()).expect("written text reads back");
    assert_eq!(again, concept, "read(write(c)) != c");
    let second = write(&again).expect("writes again");
    assert_eq!(first, second, "write is not idempotent");
});
