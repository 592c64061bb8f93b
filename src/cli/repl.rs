//! The read-eval-print loop (`jsloop repl`): entries run in one realm, one after the
//! other, with the event loop going on between them.
//!
//! On a terminal, lines are edited with rustyline and kept in `~/.jsloop_history`; on
//! any other stdin, lines are read as they come and the prompts are printed, so a
//! session can be driven through a pipe.

use crate::parser;
use crate::runtime::inspect::{InspectOptions, inspect};
use crate::runtime::object::{CONFIGURABLE, WRITABLE};
use crate::{RunError, Runtime};
use rustyline::DefaultEditor;
use rustyline::error::ReadlineError;
use std::io::{BufRead, Write};
use std::path::PathBuf;

const HELP: &str = "\
.editor   Enter editor mode (Ctrl+D to finish, Ctrl+C to cancel)
.exit     Exit the REPL
.help     Print this help message
.load     Load JS from a file into the REPL session

Press Ctrl+C to abort current expression, Ctrl+D to exit the REPL";

/// What reading one line gave.
enum Input {
    Line(String),
    /// Ctrl-C.
    Interrupted,
    /// Ctrl-D or the end of stdin.
    Eof,
}

/// Where the lines come from.
enum Lines {
    Terminal {
        editor: Box<DefaultEditor>,
        history: Option<PathBuf>,
    },
    Piped(std::io::StdinLock<'static>),
}

impl Lines {
    fn read(&mut self, prompt: &str) -> Input {
        match self {
            Lines::Terminal { editor, .. } => match editor.readline(prompt) {
                Ok(line) => Input::Line(line),
                Err(ReadlineError::Interrupted) => Input::Interrupted,
                Err(_) => Input::Eof,
            },
            Lines::Piped(stdin) => {
                print!("{prompt}");
                let _ = std::io::stdout().flush();
                let mut line = String::new();
                match stdin.read_line(&mut line) {
                    Ok(0) | Err(_) => {
                        // Ends the last prompt's line.
                        println!();
                        Input::Eof
                    }
                    Ok(_) => {
                        let end = line.trim_end_matches(['\n', '\r']).len();
                        line.truncate(end);
                        Input::Line(line)
                    }
                }
            }
        }
    }

    fn remember(&mut self, entry: &str) {
        if let Lines::Terminal { editor, .. } = self {
            let _ = editor.add_history_entry(entry);
        }
    }

    /// Writes the history file; failing to is not worth an error at exit.
    fn save(&mut self) {
        if let Lines::Terminal {
            editor,
            history: Some(path),
        } = self
        {
            let _ = editor.save_history(path);
        }
    }
}

/// The REPL's state between entries.
struct Session<'a> {
    rt: &'a mut Runtime,
    /// Entries are named `REPL1`, `REPL2`, ... in error messages, as in Node.
    count: usize,
}

impl Session<'_> {
    /// Runs one complete entry and prints its value or its error.
    fn evaluate(&mut self, source: &str) {
        self.count += 1;
        let name = format!("REPL{}", self.count);
        match self.rt.run_entry(&name, source) {
            Ok(value) => {
                let text = inspect(&mut self.rt.vm, value, &InspectOptions::default());
                println!("{text}");
                // `_` is the last value; as a global property it also keeps it alive.
                let global = self.rt.vm.realm.global;
                self.rt
                    .vm
                    .define_named(global, "_", value, WRITABLE | CONFIGURABLE);
            }
            Err(RunError::Syntax(text)) => print!("{text}"),
            Err(RunError::Uncaught(text)) => println!("{text}"),
        }
        // The loop goes on between entries: timers that came due while this one ran.
        if let Err(RunError::Uncaught(text) | RunError::Syntax(text)) = self.rt.run_due() {
            println!("{text}");
        }
        let _ = std::io::stdout().flush();
    }
}

/// Runs the REPL until `.exit`, Ctrl-D or the end of stdin. `terminal` selects line
/// editing and history over plain reading of stdin.
pub fn run(rt: &mut Runtime, terminal: bool) {
    let mut lines = if terminal { open_terminal() } else { None }
        .unwrap_or_else(|| Lines::Piped(std::io::stdin().lock()));
    let mut session = Session { rt, count: 0 };
    let mut buffer = String::new();
    // A first Ctrl-C on an empty line only warns; a second one exits.
    let mut interrupted = false;
    loop {
        let prompt = if buffer.is_empty() { "> " } else { "... " };
        let line = match lines.read(prompt) {
            Input::Eof => break,
            Input::Interrupted if buffer.is_empty() => {
                if interrupted {
                    break;
                }
                interrupted = true;
                println!("(To exit, press Ctrl+C again or Ctrl+D or type .exit)");
                continue;
            }
            Input::Interrupted => {
                buffer.clear();
                continue;
            }
            Input::Line(line) => line,
        };
        interrupted = false;
        if buffer.is_empty() && is_command(&line) {
            let (command, argument) = match line.trim().split_once(char::is_whitespace) {
                Some((c, a)) => (c, a.trim()),
                None => (line.trim(), ""),
            };
            lines.remember(line.trim());
            match command {
                ".exit" => break,
                ".help" => println!("{HELP}"),
                ".load" => match std::fs::read_to_string(argument) {
                    Ok(text) => session.evaluate(&text),
                    Err(e) => println!("Failed to load: {argument}: {e}"),
                },
                ".editor" => {
                    println!("// Entering editor mode (Ctrl+D to finish, Ctrl+C to cancel)");
                    if let Some(text) = read_editor(&mut lines) {
                        lines.remember(text.trim_end());
                        session.evaluate(&text);
                    }
                }
                _ => println!("Invalid REPL keyword"),
            }
            continue;
        }
        buffer.push_str(&line);
        buffer.push('\n');
        if incomplete(&buffer) {
            continue;
        }
        let entry = std::mem::take(&mut buffer);
        if entry.trim().is_empty() {
            continue;
        }
        lines.remember(entry.trim_end());
        session.evaluate(&entry);
    }
    lines.save();
}

/// A line editor with the history loaded, or `None` when the terminal cannot be used.
fn open_terminal() -> Option<Lines> {
    let mut editor = DefaultEditor::new().ok()?;
    let history = std::env::home_dir().map(|home| home.join(".jsloop_history"));
    if let Some(path) = &history {
        // A missing or unreadable history starts an empty one.
        let _ = editor.load_history(path);
    }
    Some(Lines::Terminal {
        editor: Box::new(editor),
        history,
    })
}

/// `.name` at the start of an entry is a REPL command; `.5` is still a number.
fn is_command(line: &str) -> bool {
    let mut chars = line.trim_start().chars();
    chars.next() == Some('.') && chars.next().is_some_and(|c| c.is_ascii_alphabetic())
}

/// The input so far ends in the middle of a statement: read another line.
fn incomplete(source: &str) -> bool {
    matches!(parser::parse(source), Err(d) if d.unexpected_eof)
}

/// Editor mode: lines until Ctrl-D make one entry; Ctrl-C drops them.
fn read_editor(lines: &mut Lines) -> Option<String> {
    let mut text = String::new();
    loop {
        match lines.read("") {
            Input::Line(line) => {
                text.push_str(&line);
                text.push('\n');
            }
            Input::Interrupted => return None,
            Input::Eof => return Some(text),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn commands_are_dot_names() {
        assert!(is_command(".exit"));
        assert!(is_command("  .load x.js"));
        assert!(!is_command(".5 + 1"));
        assert!(!is_command("a.b"));
    }

    #[test]
    fn open_blocks_continue() {
        assert!(incomplete("function f() {\n"));
        assert!(incomplete("[1,\n"));
        assert!(!incomplete("1 +* 2\n"));
        assert!(!incomplete("let a = 1\n"));
    }
}
