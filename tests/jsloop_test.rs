//! `jsloop test` on a folder of its own: passing, failing and blessable cases, as a
//! user runs it.

use std::path::Path;
use std::process::Command;

fn jsloop_test(dir: &Path, bless: bool) -> (String, i32) {
    let mut command = Command::new(env!("CARGO_BIN_EXE_jsloop"));
    command.arg("test").arg(dir);
    if bless {
        command.arg("--bless");
    }
    let out = command.output().expect("jsloop runs");
    (
        String::from_utf8_lossy(&out.stdout).into_owned(),
        out.status.code().unwrap_or(-1),
    )
}

#[test]
fn passing_failing_and_blessed_cases() {
    let dir = std::env::temp_dir().join(format!("jsloop-test-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
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

    // The failing case shows a diff; the one without expectations fails too.
    let (out, code) = jsloop_test(&dir, false);
    assert_eq!(code, 1);
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
            .starts_with("Uncaught Error: boom")
    );
    let (out, code) = jsloop_test(&dir, false);
    assert_eq!(code, 0, "{out}");
    assert!(out.trim_end().ends_with("3 passed, 0 failed"), "{out}");
    let _ = std::fs::remove_dir_all(&dir);
}
