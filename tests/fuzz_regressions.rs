//! The step limit the coverage-guided fuzz targets run under (fuzz/, scripts/covfuzz),
//! and the findings of those targets that a golden case cannot show.

use jsloop::vm::STEP_LIMIT_REACHED;
use jsloop::{RunError, Runtime, RuntimeOptions};

fn runtime(step_limit: Option<u64>) -> Runtime {
    Runtime::new(RuntimeOptions {
        virtual_time: true,
        step_limit,
        ..RuntimeOptions::default()
    })
}

/// How a run under a limit of 100,000 steps ends, with its console output.
fn run_limited(source: &str) -> (Result<(), String>, String) {
    let mut rt = runtime(Some(100_000));
    let (result, out) = jsloop::capture_console(|| rt.run_script("limit.js", source));
    let result = result.map(drop).map_err(|e| match e {
        RunError::Uncaught(m) | RunError::Syntax(m) => m,
    });
    (result, out)
}

#[test]
fn step_limit_stops_endless_code_and_no_handler_sees_it() {
    for source in [
        "while (true) {}",
        "for (;;) { try { for (;;) {} } catch { console.log('caught') } finally { console.log('finally') } }",
        "(function f() { try { f() } catch { f() } })()",
        "function* g() { try { for (;;) yield } finally { for (;;) {} } } for (const _ of g()) {}",
        "new Promise(() => { for (;;) {} }).catch(() => console.log('caught'))",
        "async function f() { try { for (;;) await null } catch { console.log('caught') } } f()",
        "setInterval(() => {}, 0)",
        "setInterval(Object, 1)",
        "Promise.resolve().then(function f() { return Promise.resolve().then(f) })",
        "queueMicrotask(function f() { queueMicrotask(f) })",
    ] {
        let (result, out) = run_limited(source);
        let message = result.expect_err(source);
        assert!(message.contains(STEP_LIMIT_REACHED), "{source}: {message}");
        assert!(
            !out.contains("caught") && !out.contains("finally"),
            "{source}: {out}"
        );
    }
}

#[test]
fn code_within_the_step_limit_runs_to_the_end() {
    let (result, out) = run_limited(
        "let s = 0; for (let i = 0; i < 1000; i++) s += i;
         setTimeout(() => console.log('timer', s), 10);
         Promise.resolve().then(() => console.log('job'));",
    );
    assert_eq!(result, Ok(()));
    assert_eq!(out, "job\ntimer 499500\n");
}

/// The registers a script's top-level code needs.
fn registers(source: &str) -> u16 {
    runtime(None)
        .compile("regs.js", source)
        .expect("compiles")
        .register_count
}

#[test]
fn a_computed_callee_key_frees_its_register_for_the_arguments() {
    // The compiler places a call's arguments right after the callee and `this`; a
    // computed key left allocated pushed them one register on.
    assert_eq!(registers("f[k](a, b)"), registers("f.k(a, b)"));
    assert_eq!(registers("f[0](a)"), registers("f.k(a)"));
}
