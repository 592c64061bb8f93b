//! Programs run with a collection at every safepoint (`--gc-stress`), which finds values
//! the collector does not see as roots; each was once a dangling handle.

use jsloop::{Runtime, RuntimeOptions};

fn run_stressed(source: &str) -> String {
    let mut rt = Runtime::new(RuntimeOptions {
        virtual_time: true,
        gc_stress: true,
        ..RuntimeOptions::default()
    });
    let (result, out) = jsloop::capture_console(|| rt.run_script("stress.js", source));
    assert!(result.is_ok(), "{source}");
    out
}

/// A callee's register window can end below its caller's last register: the caller's
/// registers past it (here the strings of the first catch) must stay traced while the
/// callee runs, or they dangle once it returns.
#[test]
fn caller_registers_past_the_callee_window_stay_roots() {
    let out = run_stressed(
        "cases = [() => f];
         for (c of cases) { try { log() } catch (e) { console.log(e.name + e.message) } }
         more = [() => 1];
         for (f of more) { try { f() } catch (e) { (e) } }
         console.log('done');",
    );
    assert_eq!(out, "ReferenceErrorlog is not defined\ndone\n");
}
