//! `jsloop test` on a folder of its own: passing, failing and blessable cases, as a
//! user runs it.

use std::path::Path;
use std::process::Command;

fn jsloop_test(dir: &Path, bless: bool) -> (String, i32) {
    let flags: &[&str] = if bless { &["--bless"] } else { &[] };
    jsloop_test_with(dir, flags)
}

/// `jsloop test DIR FLAGS...`: its stdout and exit code.
fn jsloop_test_with(dir: &Path, flags: &[&str]) -> (String, i32) {
    let out = Command::new(env!("CARGO_BIN_EXE_jsloop"))
        .arg("test")
        .arg(dir)
        .args(flags)
        .output()
        .expect("jsloop runs");
    (
        String::from_utf8_lossy(&out.stdout).into_owned(),
        out.status.code().unwrap_or(-1),
    )
}

/// A fresh folder for one test's cases.
fn case_dir(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("jsloop-test-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

#[test]
fn passing_failing_and_blessed_cases() {
    let dir = case_dir("bless");
    let write = |name: &str, text: &str| std::fs::write(dir.join(name), text).unwrap();
    write(
        "pass.js",
        "setTimeout(() => console.log('later'), 5000);\nconsole.log('now');\n",
    );
    write("pass.stdout", "now\nlater\n");
    write("fail.js", "console.log(1 + 1);\n");
    write("fail.stdout", "3\n");
    write(
        "new.js",
        "console.log('blessed');\nthrow new Error('boom');\n",
    );

    // The failing case shows a diff; the one without expectations fails too, and says
    // how to record them.
    let (out, code) = jsloop_test(&dir, false);
    assert_eq!(code, 1);
    assert!(out.contains("run again with --bless"), "{out}");
    assert!(out.contains("-3\n+2"), "a readable diff:\n{out}");
    assert!(out.trim_end().ends_with("1 passed, 2 failed"), "{out}");

    // --bless writes what the cases print now, then everything passes.
    let (_, code) = jsloop_test(&dir, true);
    assert_eq!(code, 0);
    assert_eq!(
        std::fs::read_to_string(dir.join("new.stdout")).unwrap(),
        "blessed\n"
    );
    assert_eq!(
        std::fs::read_to_string(dir.join("new.exit")).unwrap(),
        "1\n"
    );
    assert!(
        std::fs::read_to_string(dir.join("new.stderr"))
            .unwrap()
            .starts_with("new.js:2\nthrow new Error('boom');\n^\n\nError: boom")
    );
    let (out, code) = jsloop_test(&dir, false);
    assert_eq!(code, 0, "{out}");
    assert!(out.trim_end().ends_with("3 passed, 0 failed"), "{out}");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn timeout_flag_limits_each_case() {
    let dir = case_dir("timeout");
    std::fs::write(dir.join("spin.js"), "while (true) {}\n").unwrap();
    std::fs::write(dir.join("spin.stdout"), "").unwrap();
    let started = std::time::Instant::now();
    let (out, code) = jsloop_test_with(&dir, &["--timeout", "0.5"]);
    assert_eq!(code, 1);
    assert!(out.contains("timed out after 0.5 s"), "{out}");
    assert!(started.elapsed() < std::time::Duration::from_secs(10));
    let (out, code) = jsloop_test_with(&dir, &["--timeout", "0"]);
    assert_eq!(code, 2, "a zero timeout is refused: {out}");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn endless_timers_under_virtual_time_name_the_cause() {
    let dir = case_dir("turns");
    std::fs::write(dir.join("tick.js"), "setInterval(() => {}, 10);\n").unwrap();
    std::fs::write(dir.join("tick.stdout"), "").unwrap();
    let (out, code) = jsloop_test(&dir, false);
    assert_eq!(code, 1);
    assert!(
        out.contains("timers still pending after 1000000 timer callbacks"),
        "{out}"
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn help_shows_only_the_test_flags() {
    let out = Command::new(env!("CARGO_BIN_EXE_jsloop"))
        .args(["test", "--help"])
        .output()
        .expect("jsloop runs");
    let help = String::from_utf8_lossy(&out.stdout);
    assert!(
        help.contains("--bless") && help.contains("--timeout"),
        "{help}"
    );
    for other in ["--virtual-time", "--dump-ast", "--unhandled-rejections"] {
        assert!(!help.contains(other), "{other} in:\n{help}");
    }
}
