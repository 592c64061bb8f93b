//! A whole run: the script, then the event loop until it is empty, on the virtual clock
//! (deterministic) and under a step limit (bounded), with console output captured.
#![no_main]

mod common;

use jsloop::{Runtime, RuntimeOptions};
use libfuzzer_sys::fuzz_target;

/// Loop iterations and calls before a run is stopped: enough for real programs in the
/// corpus, few enough that an endless loop costs a fraction of a second.
const STEP_LIMIT: u64 = 200_000;

fuzz_target!(|data: &[u8]| {
    common::with_source(data, |source| {
        let mut runtime = Runtime::new(RuntimeOptions {
            virtual_time: true,
            step_limit: Some(STEP_LIMIT),
            ..RuntimeOptions::default()
        });
        // Printing (inspect) is code under test too; its text is thrown away.
        let _ = jsloop::capture_console(|| runtime.run_script("fuzz.js", source));
    });
});
