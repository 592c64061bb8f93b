//! Parser throughput and real-world coverage. `generated_input_speed` parses about 3 MB
//! of generated, realistic code; `real_world_files` parses every file listed (one path a
//! line) in the file named by $JS_FILES. Run with
//! `cargo test --release --test parser_real_world -- --ignored --nocapture`.

use jsloop::parser::parse;
use std::time::Instant;

#[test]
#[ignore = "needs a list of files in $JS_FILES; run by hand with --ignored"]
fn real_world_files() {
    let Ok(list) = std::env::var("JS_FILES") else {
        return;
    };
    let paths = std::fs::read_to_string(list).expect("JS_FILES is readable");
    let (mut bytes, mut failed) = (0, 0);
    let start = Instant::now();
    for path in paths.lines().filter(|l| !l.is_empty()) {
        let Ok(source) = std::fs::read_to_string(path) else {
            continue;
        };
        if let Err(e) = parse(&source) {
            failed += 1;
            let (line, col) = jsloop::diagnostics::line_col(&source, e.span.start as usize);
            println!("FAIL {path}:{line}:{col}: {}", e.message);
        }
        bytes += source.len();
    }
    let secs = start.elapsed().as_secs_f64();
    println!(
        "{} bytes, {failed} failures, {:.1} MB/s",
        bytes,
        bytes as f64 / secs / 1e6
    );
}

/// One module's worth of ordinary code; `N` is replaced to vary the names.
const MODULE: &str = r#"
class ShapeN extends Base {
  static count = 0;
  #hidden;
  constructor(width = 1, { height = 2, ...rest } = {}) {
    super(rest);
    this.width = width;
    this.height = height;
    ShapeN.count++;
  }
  get area() { return this.width * this.height; }
  async *points(limit) {
    for (let i = 0; i < limit; i++) yield await this.point?.(i) ?? [i, i * 2];
  }
  toString() { return `ShapeN(${this.width} x ${this.height})`; }
}
function helperN(items, predicate = (x) => !!x) {
  const out = [];
  for (const [key, value] of Object.entries(items)) {
    if (predicate(value) && typeof key === "string") out.push({ key, value, tag: /^k\d+$/i.test(key) });
    else if (value instanceof ShapeN) continue;
  }
  switch (out.length) {
    case 0: return null;
    case 1: return out[0];
    default: return out.sort((a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
  }
}
const configN = { name: 'module N', retries: 3, delay: 1_000, nested: { list: [1, 2, 3, , 5], fn() { return this; } } };
let totalN = 0;
try { totalN = helperN(configN.nested.list).length | 0; } catch (err) { console.error(err.message); } finally { totalN += 1; }
setTimeout(async () => { await Promise.all([1, 2].map(async n => n ** 2)); }, configN.delay)
"#;

#[test]
#[ignore = "a throughput measurement, not a check; run by hand with --ignored --nocapture"]
fn generated_input_speed() {
    let mut source = String::new();
    let mut n = 0;
    while source.len() < 3_000_000 {
        source.push_str(&MODULE.replace('N', &n.to_string()));
        n += 1;
    }
    let source = source.replace("#hidden;", "");
    parse(&source).expect("the generated input parses");
    let start = Instant::now();
    let runs = 3;
    for _ in 0..runs {
        parse(&source).expect("the generated input parses");
    }
    let secs = start.elapsed().as_secs_f64() / runs as f64;
    println!(
        "{} bytes in {:.3} s: {:.1} MB/s",
        source.len(),
        secs,
        source.len() as f64 / secs / 1e6
    );
}
