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

/// Runs `source` as a script file (deep sources are too long for `-e` on some hosts).
fn run_source(name: &str, source: &str) -> Output {
    let path = std::env::temp_dir().join(format!("jsloop-limits-{name}-{}.js", std::process::id()));
    std::fs::write(&path, source).unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_jsloop"))
        .arg(&path)
        .output()
        .expect("jsloop runs");
    let _ = std::fs::remove_file(&path);
    out
}

/// Runs `source` and checks that it succeeds printing `expected`.
fn assert_runs(name: &str, source: &str, expected: &str) {
    let out = run_source(name, source);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{name}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(String::from_utf8_lossy(&out.stdout), expected, "{name}");
}

/// `open` repeated `n` times around `inner`, then `close` repeated `n` times.
fn nested(open: &str, inner: &str, close: &str, n: usize) -> String {
    format!("{}{inner}{}", open.repeat(n), close.repeat(n))
}

/// The deepest nesting of each kind Node 24 accepts (found by bisection: deeper ones
/// overflow its parser's stack), which must run here too.
const NODE_LIMITS: [(&str, &str, &str, &str, &str, usize); 5] = [
    (
        "functions",
        "",
        "function f() { return f(); ",
        "function f() { return 7; }",
        "}",
        1553,
    ),
    ("parentheses", "console.log(", "(", "7", ")", 2005),
    ("arrays", "console.log(", "[", "7", "]", 3271),
    ("blocks", "", "{", "console.log(7);", "}", 2012),
    ("objects", "console.log(", "{ a: ", "7", "}", 1680),
];

#[test]
fn nesting_as_deep_as_node_accepts_runs() {
    for (name, before, open, inner, close, n) in NODE_LIMITS {
        let body = nested(open, inner, close, n);
        let source = match name {
            "functions" => format!("{body}\nconsole.log(f());\n"),
            "blocks" => format!("{body}\n"),
            "arrays" => format!("{before}{body}.flat(Infinity)[0]);\n"),
            "objects" => format!("{before}JSON.stringify({body}).length);\n"),
            _ => format!("{before}{body});\n"),
        };
        let expected = if name == "objects" {
            format!("{}\n", 6 * n + 1)
        } else {
            "7\n".into()
        };
        assert_runs(name, &source, &expected);
    }
}

#[test]
fn nesting_beyond_the_limit_is_a_syntax_error() {
    for (name, _, open, inner, close, _) in NODE_LIMITS {
        for n in [4001, 100_000] {
            let out = run_source(name, &nested(open, inner, close, n));
            let stderr = String::from_utf8_lossy(&out.stderr);
            assert_eq!(out.status.code(), Some(1), "{name} {n}: {stderr}");
            assert!(
                stderr.contains("SyntaxError: Too much nesting"),
                "{name} {n}: {stderr}"
            );
        }
    }
}

/// `var a = A; var s = a OP a OP ... a;` with `n` operands, printing `s`.
fn chain(init: &str, op: &str, n: usize) -> String {
    let operands = vec!["a"; n].join(op);
    format!("var a = {init}; var s = {operands};\nconsole.log(s);\n")
}

#[test]
fn a_million_term_operator_chain_runs() {
    // Node 24 prints the same for each of these.
    let cases = [
        ("plus", chain("1", "+", 1_000_000), "1000000\n"),
        ("or", chain("0", "||", 1_000_000), "0\n"),
        ("and", chain("1", "&&", 1_000_000), "1\n"),
        ("nullish", chain("null", " ?? ", 1_000_000), "null\n"),
        ("comma", chain("1", ",", 1_000_000), "1\n"),
        ("lines", chain("1", "\n- ", 1_000_000), "-999998\n"),
        (
            "closure",
            format!(
                "function f(a) {{ return () => {}; }}\nconsole.log(f(1)());\n",
                vec!["a"; 1_000_000].join(" + ")
            ),
            "1000000\n",
        ),
    ];
    for (name, source, expected) in cases {
        assert_runs(name, &source, expected);
    }
}

/// A recursion through functions with thousands of registers fills the register
/// stack long before the frame limit: that is the same RangeError (as Node's machine
/// stack overflows), and so is resuming a generator on the nearly full stack, which
/// leaves the generator as it was.
#[test]
fn a_recursion_through_large_frames_is_a_range_error() {
    let locals = (0..3000)
        .map(|i| format!("v{i} = n"))
        .collect::<Vec<_>>()
        .join(", ");
    let more_locals = (0..4000)
        .map(|i| format!("w{i} = {i}"))
        .collect::<Vec<_>>()
        .join(", ");
    let source = format!(
        "function deep(n) {{ var {locals}; return deep(n + 1); }}
try {{ deep(0); }} catch (e) {{ console.log(e.name, e.message); }}
function* gen() {{ var {more_locals}; for (;;) yield w3999; }}
const it = gen();
it.next();
let resumed;
function probe(n) {{
  var {locals};
  try {{ return probe(n + 1); }} catch {{
    if (resumed === undefined) {{
      try {{ it.next(); resumed = 'resumed'; }} catch (e) {{ resumed = e.name + ' ' + e.message; }}
    }}
    return n;
  }}
}}
console.log(probe(0) < 10000, resumed, it.next().value);
"
    );
    assert_runs(
        "large-frames",
        &source,
        "RangeError Maximum call stack size exceeded\ntrue RangeError Maximum call stack size exceeded 3999\n",
    );
}
