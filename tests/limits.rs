//! Limits that end a program as Node's do, not as a crash: the heap limit
//! (`--max-heap-size`) and source too long or deep for a golden file to hold.

use std::process::{Command, Output};

/// `jsloop ARGS... -e SCRIPT`.
fn jsloop(args: &[&str], script: &str) -> Output {
    Command::new(env!("CARGO_BIN_EXE_jsloop"))
        .args(args)
        .args(["-e", script])
        .output()
        .expect("jsloop runs")
}

/// The report Node prints (after its GC trace, which has no equivalent here) and the
/// status of its abort.
fn assert_out_of_memory(out: &Output, stdout: &str) {
    assert_eq!(String::from_utf8_lossy(&out.stdout), stdout);
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory\n"
    );
    assert_eq!(out.status.code(), Some(134));
}

#[test]
fn a_runaway_array_stops_at_the_heap_limit() {
    let out = jsloop(
        &["--max-heap-size=64"],
        "console.log('start'); let a = []; for (;;) a.push(a.length);",
    );
    assert_out_of_memory(&out, "start\n");
}

#[test]
fn a_runaway_in_a_callback_stops_at_the_heap_limit() {
    let out = jsloop(
        &["--max-heap-size=32"],
        "[1].forEach(() => { const m = new Map(); for (let i = 0; ; i++) m.set(i, {}); });",
    );
    assert_out_of_memory(&out, "");
}

#[test]
fn garbage_does_not_count_against_the_heap_limit() {
    let out = jsloop(
        &["--max-heap-size=48"],
        "let n = 0;
         for (let i = 0; i < 300000; i++) {
           const o = { a: [i, i, i], s: 'x'.repeat(100) + 'y' };
           n += o.a[2] + o.s.length;
         }
         console.log(n);",
    );
    assert_eq!(String::from_utf8_lossy(&out.stdout), "45030150000\n");
    assert_eq!(out.status.code(), Some(0));
}
