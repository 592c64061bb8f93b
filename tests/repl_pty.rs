//! The REPL on a pseudo-terminal: typed lines, continuation prompts, completion of a
//! timer while the prompt waits, and the blog's example entered line by line.

use rexpect::session::spawn_command;
use std::process::Command;

fn repl() -> rexpect::session::PtySession {
    let mut command = Command::new(env!("CARGO_BIN_EXE_jsloop"));
    command.arg("repl");
    // History goes to a scratch home, not the user's.
    command.env("HOME", std::env::temp_dir());
    spawn_command(command, Some(10_000)).expect("the REPL starts on a pty")
}

#[test]
fn entries_continuations_and_errors() {
    let mut p = repl();
    p.exp_string("> ").unwrap();
    p.send_line("function double(x) {").unwrap();
    p.exp_string("... ").unwrap();
    p.send_line("  return x * 2").unwrap();
    p.exp_string("... ").unwrap();
    p.send_line("}").unwrap();
    p.exp_string("undefined").unwrap();
    p.exp_string("> ").unwrap();
    p.send_line("double(21)").unwrap();
    p.exp_string("42").unwrap();
    p.exp_string("> ").unwrap();
    p.send_line("let = ;").unwrap();
    p.exp_string("SyntaxError").unwrap();
    p.exp_string("> ").unwrap();
    p.send_line("'still' + ' here'").unwrap();
    p.exp_string("'still here'").unwrap();
    p.exp_string("> ").unwrap();
    p.send_line(".exit").unwrap();
    p.exp_eof().unwrap();
}

#[test]
fn a_timer_fires_while_the_prompt_waits() {
    let mut p = repl();
    p.exp_string("> ").unwrap();
    p.send_line("setTimeout(() => console.log('fired ' + 6 * 7), 200)")
        .unwrap();
    // Nothing more is typed: the loop runs the timer at the prompt.
    p.exp_string("fired 42").unwrap();
    p.exp_string("> ").unwrap();
    p.send_line(".exit").unwrap();
    p.exp_eof().unwrap();
}

#[test]
fn the_blog_example_line_by_line() {
    let mut p = repl();
    p.exp_string("> ").unwrap();
    p.send_line("const blue = true;").unwrap();
    p.exp_string("undefined").unwrap();
    p.exp_string("> ").unwrap();
    p.send_line("const blue = new Promise(function(resolve, reject) {")
        .unwrap();
    p.exp_string("... ").unwrap();
    // Each line waits for its prompt: a line editor may drop input typed ahead.
    for line in [
        "    if (blue) {",
        "        return resolve('It\\'s True!');",
        "    }",
        "    reject('blue does not appear to be true')",
    ] {
        p.send_line(line).unwrap();
        p.exp_string("... ").unwrap();
    }
    p.send_line("})").unwrap();
    p.exp_string("undefined").unwrap();
    p.exp_string("> ").unwrap();
    p.send_line("await blue").unwrap();
    p.exp_string("\"It's True!\"").unwrap();
    p.exp_string("> ").unwrap();
    p.send_line(".exit").unwrap();
    p.exp_eof().unwrap();
}

#[test]
fn ctrl_c_stops_the_running_entry_and_keeps_the_session() {
    let mut p = repl();
    p.exp_string("> ").unwrap();
    p.send_line("let kept = 41").unwrap();
    p.exp_string("> ").unwrap();
    for entry in [
        "while (true) {}",
        "await new Promise((resolve) => setTimeout(resolve, 60000))",
        "function spin() { try { for (;;) {} } finally { console.log('finally' + ' ran') } }; spin()",
    ] {
        p.send_line(entry).unwrap();
        std::thread::sleep(std::time::Duration::from_millis(300));
        p.send_control('c').unwrap();
        let before = p
            .exp_string("Uncaught Error: Script execution was interrupted by SIGINT")
            .unwrap();
        // No catch or finally runs on an interrupt.
        assert!(!before.contains("finally ran"), "{before}");
        p.exp_string("> ").unwrap();
    }
    p.send_line("kept + 1").unwrap();
    p.exp_string("42").unwrap();
    p.exp_string("> ").unwrap();
    p.send_line(".exit").unwrap();
    p.exp_eof().unwrap();
}

#[test]
fn tab_completes_the_common_prefix_then_lists_the_candidates() {
    let mut p = repl();
    p.exp_string("> ").unwrap();
    p.send_line("let myVariableOne = 1, myVariableTwo = 2")
        .unwrap();
    p.exp_string("> ").unwrap();
    p.send("myVar\t").unwrap();
    p.flush().unwrap();
    // The first Tab completes what both candidates share.
    p.exp_string("myVariable").unwrap();
    p.send("\t").unwrap();
    p.flush().unwrap();
    // The second lists them, as Node's readline does.
    p.exp_string("myVariableOne").unwrap();
    p.exp_string("myVariableTwo").unwrap();
    p.send_line("Two * 21").unwrap();
    p.exp_string("42").unwrap();
    p.exp_string("> ").unwrap();
    p.send_line(".exit").unwrap();
    p.exp_eof().unwrap();
}
