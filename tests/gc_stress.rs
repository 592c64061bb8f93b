//! Programs run with a collection at every safepoint (`--gc-stress`), which finds values
//! the collector does not see as roots; each was once a dangling handle.

use jsloop::{Runtime, RuntimeOptions};

fn run_stressed(source: &str) -> String {
    let mut rt = Runtime::new(RuntimeOptions {
        virtual_time: true,
        gc_stress: 1,
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

/// Garbage made inside callbacks is collected while the Rust code that called them
/// (a native like `forEach`, the job and timer runners) is still on the stack: 3M
/// short-lived objects in each kind of callback fit in a 48 MB heap limit, which
/// ends the run with exit status 134 if they pile up.
#[test]
fn callbacks_collect_their_garbage() {
    let churn = "let keep = null; for (let i = 0; i < 3e6; i++) keep = { i, next: keep && null }; console.log(keep.i);";
    for (name, call) in [
        ("forEach", format!("[1].forEach(() => {{ {churn} }});")),
        ("setTimeout", format!("setTimeout(() => {{ {churn} }}, 0);")),
        (
            "then",
            format!("Promise.resolve().then(() => {{ {churn} }});"),
        ),
        (
            "sort",
            format!("[2, 1].sort((a, b) => {{ {churn} return a - b; }});"),
        ),
        (
            "getter",
            format!("({{ get g() {{ {churn} return 0; }} }}).g;"),
        ),
    ] {
        let out = run_within_heap(48, &call);
        assert!(out.starts_with("2999999"), "{name}");
    }
}

/// WeakMap and WeakSet entries live only while their key is reachable from elsewhere
/// (a value that refers back to its own key does not keep it): 200,000 entries of
/// 1.6 KB each fit in a 64 MB heap limit, while entries whose keys are kept stay.
#[test]
fn weak_collections_drop_entries_of_unreachable_keys() {
    let program = "
        const wm = new WeakMap(), ws = new WeakSet(), kept = [];
        for (let i = 0; i < 2e5; i++) {
            const k = {};
            wm.set(k, { k, big: new Array(200).fill(i) });
            ws.add(k);
            if (i % 1000 === 0) kept.push(k);
        }
        console.log(kept.every((k, j) => wm.get(k).big[0] === j * 1000 && wm.get(k).k === k && ws.has(k)));
    ";
    assert_eq!(run_within_heap(64, program), "true\n");
}

/// Runs `program` with `--max-heap-size=MB`; its stdout, once it has succeeded (a
/// program that keeps more alive ends with exit status 134).
fn run_within_heap(megabytes: u32, program: &str) -> String {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_jsloop"))
        .args([&format!("--max-heap-size={megabytes}"), "-e", program])
        .output()
        .expect("jsloop runs");
    assert!(out.status.success(), "{program}: {out:?}");
    String::from_utf8_lossy(&out.stdout).into_owned()
}
