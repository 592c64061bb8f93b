//! `jsloop repl` driven through a pipe: entries in, prompts and results out.

use std::io::Write;
use std::process::{Command, Stdio};

/// Feeds `input` to `jsloop repl` and returns its stdout.
fn session(input: impl AsRef<[u8]>) -> String {
    let mut child = Command::new(env!("CARGO_BIN_EXE_jsloop"))
        .arg("repl")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("jsloop starts");
    child
        .stdin
        .take()
        .expect("stdin is piped")
        .write_all(input.as_ref())
        .expect("input is written");
    let output = child.wait_with_output().expect("jsloop ends");
    assert!(output.status.success(), "{output:?}");
    String::from_utf8(output.stdout).expect("output is UTF-8")
}

#[test]
fn multi_line_function_then_call() {
    let out = session("function double(x) {\n  return x * 2\n}\ndouble(21)\n");
    assert_eq!(out, "> ... ... undefined\n> 42\n> \n");
}

#[test]
fn expression_values_are_inspected() {
    let out = session("1 + 2\n'text'\n[1, { a: 'b' }]\n_\n");
    assert_eq!(
        out,
        "> 3\n> 'text'\n> [ 1, { a: 'b' } ]\n> [ 1, { a: 'b' } ]\n> \n"
    );
}

#[test]
fn syntax_error_then_the_session_goes_on() {
    let out = session("let x = ;\nlet y = 2\ny * 3\n");
    assert_eq!(
        out,
        "> let x = ;\n        ^\n\nUncaught SyntaxError: Unexpected token ';'\n> undefined\n> 6\n> \n"
    );
}

#[test]
fn uncaught_exception_then_the_session_goes_on() {
    let out = session("null.x\n'still here'\n");
    assert!(
        out.starts_with("> Uncaught TypeError: Cannot read properties of null"),
        "{out}"
    );
    assert!(out.ends_with("> 'still here'\n> \n"), "{out}");
}

#[test]
fn promise_example_with_redeclared_const_and_await() {
    let input = concat!(
        "const blue = true;\n",
        "const blue = new Promise(function(resolve, reject) { if (blue) { return resolve('It\\'s True!'); } reject('blue does not appear to be true') })\n",
        "await blue\n",
        ".exit\n",
        "'not evaluated'\n",
    );
    let out = session(input);
    // Node's inspect quotes a string holding `'` with double quotes.
    assert_eq!(out, "> undefined\n> undefined\n> \"It's True!\"\n> ");
}

#[test]
fn rejected_await_is_uncaught() {
    let out = session("await Promise.reject(new Error('no'))\n1\n");
    assert!(out.starts_with("> Uncaught Error: no"), "{out}");
    assert!(out.ends_with("> 1\n> \n"), "{out}");
}

#[test]
fn timers_fire_between_entries() {
    let out = session(
        "setTimeout(() => console.log('tick'), 20); 'set'\nawait new Promise(r => setTimeout(r, 50))\n",
    );
    assert_eq!(out, "> 'set'\n> tick\nundefined\n> \n");
}

#[test]
fn editor_mode_and_load() {
    let dir = std::env::temp_dir().join(format!("jsloop-repl-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("loaded.js");
    std::fs::write(&file, "const loaded = 40;\nloaded + 2\n").unwrap();
    let out = session(format!(".load {}\nloaded\n.help\n", file.display()));
    std::fs::remove_dir_all(&dir).unwrap();
    assert!(out.starts_with("> 42\n> 40\n> .break"), "{out}");
    let out = session(".editor\nfunction f() {\n  return 1\n}\nf()\n");
    assert_eq!(
        out,
        "> // Entering editor mode (Ctrl+D to finish, Ctrl+C to cancel)\n\n1\n> \n"
    );
}

#[test]
fn invalid_utf8_becomes_replacement_characters() {
    let out = session(b"let s = '\xff\xe2\x82'\n[...s].map((c) => c.codePointAt(0))\n");
    assert_eq!(out, "> undefined\n> [ 65533, 65533 ]\n> \n");
}

#[test]
fn braces_are_an_object_unless_that_does_not_parse() {
    let out = session("{ a: 1, b: 2 }\n{ a: 1 };\n{ let x = 2; x * 3 }\n");
    assert_eq!(out, "> { a: 1, b: 2 }\n> 1\n> 6\n> \n");
}

#[test]
fn syntax_errors_read_as_node_shows_them() {
    let out = session("let y = = 3\n");
    assert_eq!(
        out,
        "> let y = = 3\n        ^\n\nUncaught SyntaxError: Unexpected token '='\n> \n"
    );
}

#[test]
fn stacks_stop_above_the_entry() {
    let out = session("function f() { throw new Error('boom') }\nf()\nthrow new Error('top')\n");
    assert_eq!(
        out,
        "> undefined\n> Uncaught Error: boom\n    at f (REPL1:1:22)\n> Uncaught Error: top\n> \n"
    );
}

#[test]
fn value_before_the_unhandled_rejection() {
    let out = session("Promise.reject(new Error('x')); 1\nPromise.resolve(1).then((x) => x)\n");
    assert_eq!(out, "> 1\nUncaught Error: x\n> Promise { <pending> }\n> \n");
}

#[test]
fn break_clear_and_save() {
    let file = std::env::temp_dir().join(format!("jsloop-repl-save-{}.js", std::process::id()));
    let input = format!(
        "let a = 1\nfunction f() {{\n.break\n[1,\n.clear\na + 1\n.save {}\n.save\n",
        file.display()
    );
    let out = session(input);
    assert_eq!(
        out,
        format!(
            "> undefined\n> ... > ... > 2\n> Session saved to: {}\n> The \"file\" argument must be specified\n> \n",
            file.display()
        )
    );
    let saved = std::fs::read_to_string(&file).unwrap();
    std::fs::remove_file(&file).unwrap();
    assert_eq!(saved, "let a = 1\nfunction f() {\n[1,\na + 1");
}
