//! Runs the parser over test262's language tests: files marked `negative: phase: parse`
//! must fail to parse, all others must parse. Run with
//! `cargo test --test parser_test262 -- --ignored --nocapture` (needs a test262 checkout
//! in ../shared/test262 or at $TEST262).

use jsloop::parser::parse;
use std::path::{Path, PathBuf};

fn test262_root() -> PathBuf {
    std::env::var_os("TEST262").map_or_else(|| PathBuf::from("../../shared/test262"), PathBuf::from)
}

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect(&path, out);
        } else if path.extension().is_some_and(|e| e == "js")
            && !path.to_string_lossy().contains("_FIXTURE")
        {
            out.push(path);
        }
    }
}

/// Features of the test262 metadata this parser does not implement.
const UNSUPPORTED: &[&str] = &[
    "class-fields-private",
    "class-methods-private",
    "class-static-methods-private",
    "class-fields-private-in",
    "BigInt",
    "import-assertions",
    "import-attributes",
    "dynamic-import",
    "import.meta",
    "decorators",
    "regexp-modifiers",
    "source-phase-imports",
    "explicit-resource-management",
    "hashbang",
    "json-modules",
    "top-level-await",
    "regexp-duplicate-named-groups",
    "regexp-v-flag",
    "regexp-unicode-property-escapes",
    "regexp-named-groups",
    "regexp-lookbehind",
    "regexp-dotall",
    "deferred-imports",
    "import-defer",
];

#[test]
#[ignore = "parses the whole test262 language tree; scripts/test262 runs the same tests in CI"]
fn test262_language() {
    let root = test262_root().join("test/language");
    let mut files = Vec::new();
    collect(&root, &mut files);
    files.sort();
    let filter = std::env::var("T262_FILTER").unwrap_or_default();
    let (mut pass, mut fail, mut skipped) = (0, 0, 0);
    for path in &files {
        let name = path
            .strip_prefix(&root)
            .unwrap_or(path)
            .to_string_lossy()
            .to_string();
        if !name.contains(&filter) {
            continue;
        }
        let Ok(src) = std::fs::read_to_string(path) else {
            continue;
        };
        let meta = src
            .split("/*---")
            .nth(1)
            .and_then(|m| m.split("---*/").next())
            .unwrap_or("");
        if meta.contains("module")
            && meta.contains("flags:")
            && meta
                .lines()
                .any(|l| l.contains("flags:") && l.contains("module"))
            || UNSUPPORTED.iter().any(|f| meta.contains(f))
        {
            skipped += 1;
            continue;
        }
        let negative = meta.contains("phase: parse");
        let flags = meta
            .lines()
            .find(|l| l.trim_start().starts_with("flags:"))
            .unwrap_or("");
        let only_strict = flags.contains("onlyStrict");
        let sloppy_ok = !only_strict;
        let strict_ok = !flags.contains("noStrict") && !flags.contains("raw");
        let mut results = Vec::new();
        if sloppy_ok {
            results.push(parse(&src).map(|_| ()));
        }
        if strict_ok {
            results.push(parse(&format!("\"use strict\";\n{src}")).map(|_| ()));
        }
        let ok = if negative {
            results.iter().all(|r| r.is_err())
        } else {
            results.iter().all(|r| r.is_ok())
        };
        if ok {
            pass += 1;
        } else {
            fail += 1;
            let why = results
                .iter()
                .find_map(|r| r.as_ref().err().map(|e| e.message.clone()))
                .unwrap_or_else(|| "parsed".into());
            println!(
                "FAIL {name}: {}",
                if negative {
                    "expected a SyntaxError, ".to_string() + &why
                } else {
                    why
                }
            );
        }
    }
    println!("test262 language: {pass} passed, {fail} failed, {skipped} skipped");
}
