//! Parse, scope resolution, early errors and bytecode emission, without running.
#![no_main]

mod common;

use jsloop::{Runtime, RuntimeOptions};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    common::with_source(data, |source| {
        let mut runtime = Runtime::new(RuntimeOptions::default());
        // A template or a rendered SyntaxError: both are fine, a panic is not.
        let _ = runtime.compile("fuzz.js", source);
    });
});
