//! The read-eval-print loop (`jsloop repl`): entries run in one realm, one after the
//! other, with the event loop going on between them.
//!
//! On a terminal, lines are edited with rustyline and kept in `~/.jsloop_history`; on
//! any other stdin, lines are read as they come and the prompts are printed, so a
//! session can be driven through a pipe.

use crate::builtins::console;
use crate::parser;
use crate::runtime::inspect::{InspectOptions, inspect};
use crate::runtime::object::{CONFIGURABLE, WRITABLE};
use crate::runtime::object::{PropertyKey, Slot};
use crate::runtime::{ObjRef, Value};
use crate::vm::{INTERRUPT, INTERRUPTED};
use crate::{RunError, Runtime};
use rustyline::ExternalPrinter;
use rustyline::completion::{Completer, Pair};
use rustyline::error::ReadlineError;
use rustyline::highlight::Highlighter;
use rustyline::hint::Hinter;
use rustyline::history::DefaultHistory;
use rustyline::validate::Validator;
use rustyline::{Context, Editor, Helper};
use std::collections::HashMap;
use std::io::{BufRead, Write};
use std::path::PathBuf;
use std::sync::atomic::Ordering;
use std::sync::mpsc;
use std::time::Duration;

/// The dot commands and their help, in Node's words; `.editor` only on a terminal.
const COMMANDS: [(&str, &str); 7] = [
    ("break", "Sometimes you get stuck, this gets you out"),
    ("clear", "Alias for .break"),
    ("editor", "Enter editor mode"),
    ("exit", "Exit the REPL"),
    ("help", "Print this help message"),
    ("load", "Load JS from a file into the REPL session"),
    (
        "save",
        "Save all evaluated commands in this REPL session to a file",
    ),
];

/// `.help`: the commands in a column as wide as the longest name, as Node lays it out.
fn help(terminal: bool) -> String {
    let shown: Vec<_> = COMMANDS
        .iter()
        .filter(|(name, _)| terminal || *name != "editor")
        .collect();
    let width = shown.iter().map(|(name, _)| name.len()).max().unwrap_or(0) + 3;
    let mut text = String::new();
    for (name, help) in shown {
        text.push_str(&format!(".{name:width$}{help}\n"));
    }
    text.push_str("\nPress Ctrl+C to abort current expression, Ctrl+D to exit the REPL");
    text
}

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
    Terminal(TerminalLines),
    Piped(std::io::StdinLock<'static>),
}

/// Line editing runs on a thread of its own so that the event loop goes on while the
/// prompt waits: a timer's output is shown above the prompt, which is redrawn.
struct TerminalLines {
    requests: mpsc::Sender<Request>,
    inputs: mpsc::Receiver<Input>,
    printer: Box<dyn ExternalPrinter>,
    thread: Option<std::thread::JoinHandle<()>>,
}

/// What the REPL asks of the line-editing thread.
enum Request {
    Read {
        prompt: String,
        completions: Completions,
    },
    Remember(String),
    /// Save the history and stop.
    Finish,
}

/// The line-editing thread: serves requests until told to finish.
fn edit_lines(
    mut editor: Editor<Completions, DefaultHistory>,
    history: Option<PathBuf>,
    requests: mpsc::Receiver<Request>,
    inputs: mpsc::Sender<Input>,
) {
    while let Ok(request) = requests.recv() {
        match request {
            Request::Read {
                prompt,
                completions,
            } => {
                editor.set_helper(Some(completions));
                let input = match editor.readline(&prompt) {
                    Ok(line) => Input::Line(line),
                    Err(ReadlineError::Interrupted) => Input::Interrupted,
                    Err(_) => Input::Eof,
                };
                if inputs.send(input).is_err() {
                    break;
                }
            }
            Request::Remember(entry) => {
                let _ = editor.add_history_entry(entry);
            }
            Request::Finish => break,
        }
    }
    if let Some(path) = &history {
        // Failing to write the history is not worth an error at exit.
        let _ = editor.save_history(path);
    }
}

impl Lines {
    /// Reads a line; on a terminal, due timers run while the prompt waits.
    fn read(&mut self, prompt: &str, rt: &mut Runtime) -> Input {
        match self {
            Lines::Terminal(t) => {
                let mut completions = Completions::default();
                completions.refresh(rt);
                let request = Request::Read {
                    prompt: prompt.to_string(),
                    completions,
                };
                if t.requests.send(request).is_err() {
                    return Input::Eof;
                }
                loop {
                    let received = match rt.ms_until_next_timer() {
                        Some(ms) => t.inputs.recv_timeout(Duration::from_secs_f64(ms / 1000.0)),
                        None => t
                            .inputs
                            .recv()
                            .map_err(|_| mpsc::RecvTimeoutError::Disconnected),
                    };
                    match received {
                        Ok(input) => return input,
                        Err(mpsc::RecvTimeoutError::Timeout) => {
                            let (result, mut text) = console::capture(|| rt.run_due());
                            if let Err(RunError::Uncaught(e) | RunError::Syntax(e)) = result {
                                text.push_str(&e);
                            }
                            let text = text.trim_end_matches('\n');
                            if !text.is_empty() {
                                let _ = t.printer.print(text.to_string());
                            }
                            // A timer called `process.exit()`: the session ends.
                            if rt.exited() {
                                return Input::Eof;
                            }
                        }
                        Err(mpsc::RecvTimeoutError::Disconnected) => return Input::Eof,
                    }
                }
            }
            Lines::Piped(stdin) => {
                print!("{prompt}");
                let _ = std::io::stdout().flush();
                let mut bytes = Vec::new();
                match stdin.read_until(b'\n', &mut bytes) {
                    Ok(0) | Err(_) => {
                        // Ends the last prompt's line.
                        println!();
                        Input::Eof
                    }
                    Ok(_) => {
                        let mut line = super::decode_source(bytes);
                        let end = line.trim_end_matches(['\n', '\r']).len();
                        line.truncate(end);
                        Input::Line(line)
                    }
                }
            }
        }
    }

    fn remember(&mut self, entry: &str) {
        if let Lines::Terminal(t) = self {
            let _ = t.requests.send(Request::Remember(entry.to_string()));
        }
    }

    /// Stops the line-editing thread, which writes the history file.
    fn save(&mut self) {
        if let Lines::Terminal(t) = self {
            let _ = t.requests.send(Request::Finish);
            if let Some(thread) = t.thread.take() {
                let _ = thread.join();
            }
        }
    }
}

/// The REPL's state between entries.
struct Session<'a> {
    rt: &'a mut Runtime,
    /// Entries are named `REPL1`, `REPL2`, ... in error messages, as in Node.
    count: usize,
    /// Every line entered other than commands, for `.save`.
    lines: Vec<String>,
}

impl Session<'_> {
    /// Runs one complete entry and prints its value or its error.
    fn evaluate(&mut self, source: &str) {
        self.count += 1;
        let name = format!("REPL{}", self.count);
        // Node reads an entry that starts with `{` and does not end with `;` as an
        // object literal first, and as a block only if that does not parse.
        let trimmed = source.trim();
        let result = if trimmed.starts_with('{') && !trimmed.ends_with(';') {
            match self.rt.run_entry(&name, &format!("({trimmed})\n")) {
                Err(RunError::Syntax(_)) => self.rt.run_entry(&name, source),
                result => result,
            }
        } else {
            self.rt.run_entry(&name, source)
        };
        // `process.exit()` ends the session before anything more is shown.
        if self.rt.exited() {
            return;
        }
        match result {
            Ok(value) => {
                let text = inspect(&mut self.rt.vm, value, &InspectOptions::default());
                println!("{text}");
                // `_` is the last value; as a global property it also keeps it alive.
                let global = self.rt.vm.realm.global;
                self.rt
                    .vm
                    .define_named(global, "_", value, WRITABLE | CONFIGURABLE);
            }
            Err(RunError::Syntax(text)) => print!("{}", syntax_error(&text)),
            Err(RunError::Uncaught(text)) => println!("{}", uncaught(&text)),
        }
        // Ctrl-C after the entry's own code finished stops its microtasks and timers.
        if INTERRUPT.swap(false, Ordering::Relaxed) {
            println!("Uncaught Error: {INTERRUPTED}");
        }
        // The loop goes on between entries: the entry's microtasks, then timers that
        // came due while it ran.
        if let Err(RunError::Uncaught(text) | RunError::Syntax(text)) = self.rt.run_due() {
            println!("{}", uncaught(&text));
        }
        let _ = std::io::stdout().flush();
    }

    /// `.save FILE`: the lines entered so far, as Node writes them.
    fn save(&self, file: &str) {
        if file.is_empty() {
            println!("The \"file\" argument must be specified");
        } else if std::fs::write(file, self.lines.join("\n")).is_ok() {
            println!("Session saved to: {file}");
        } else {
            println!("Failed to save: {file}");
        }
    }
}

/// A syntax error as Node's REPL shows it: the source line and caret (no `REPLn:L:C`
/// header), a blank line, and `Uncaught SyntaxError: ...`.
fn syntax_error(rendered: &str) -> String {
    let mut lines: Vec<&str> = rendered.lines().collect();
    if lines.first().is_some_and(|l| l.starts_with("REPL")) {
        lines.remove(0);
    }
    let mut out = String::new();
    for line in lines {
        if line.starts_with("SyntaxError: ") || line.starts_with("ReferenceError: ") {
            out.push_str("\nUncaught ");
        }
        out.push_str(line);
        out.push('\n');
    }
    out
}

/// An uncaught error as Node's REPL shows it: a rejection reads like any other
/// uncaught error, and the stack stops above the entry's own top-level code (Node drops
/// that frame and everything below it). After Ctrl-C it is Node's one line, whatever
/// was running.
fn uncaught(report: &str) -> String {
    if INTERRUPT.swap(false, Ordering::Relaxed) {
        return format!("Uncaught Error: {INTERRUPTED}");
    }
    let report = match report.strip_prefix("Uncaught (in promise) ") {
        Some(rest) => format!("Uncaught {rest}"),
        None => report.to_string(),
    };
    let lines: Vec<&str> = report.lines().collect();
    let entry_frame = lines
        .iter()
        .rposition(|l| l.trim_start().starts_with("at Object.<anonymous> (REPL"));
    let Some(cut) = entry_frame else {
        return report;
    };
    let rest = lines[cut..]
        .iter()
        .skip_while(|l| l.trim_start().starts_with("at "));
    lines[..cut]
        .iter()
        .chain(rest)
        .copied()
        .collect::<Vec<_>>()
        .join("\n")
}

/// Runs the REPL until `.exit`, Ctrl-D or the end of stdin. `terminal` selects line
/// editing and history over plain reading of stdin.
pub fn run(rt: &mut Runtime, terminal: bool) {
    let mut lines = if terminal { open_terminal() } else { None }
        .unwrap_or_else(|| Lines::Piped(std::io::stdin().lock()));
    if let Lines::Terminal(_) = lines {
        catch_sigint();
    }
    let mut session = Session {
        rt,
        count: 0,
        lines: Vec::new(),
    };
    let mut buffer = String::new();
    // A first Ctrl-C on an empty line only warns; a second one exits.
    let mut interrupted = false;
    loop {
        let prompt = if buffer.is_empty() { "> " } else { "... " };
        let line = match lines.read(prompt, session.rt) {
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
        let (command, argument) = match line.trim().split_once(char::is_whitespace) {
            Some((c, a)) => (c, a.trim()),
            None => (line.trim(), ""),
        };
        // Commands work in the middle of an entry too; there an unknown `.name` is code.
        let known = COMMANDS
            .iter()
            .any(|(name, _)| command.strip_prefix('.') == Some(name));
        if is_command(&line) && (buffer.is_empty() || known) {
            lines.remember(line.trim());
            match command {
                ".exit" => break,
                ".break" | ".clear" => buffer.clear(),
                ".help" => println!("{}", help(matches!(lines, Lines::Terminal(_)))),
                ".save" => session.save(argument),
                ".load" => match super::read_source(argument) {
                    Ok(text) => session.evaluate(&text),
                    Err(e) => println!("Failed to load: {argument}: {e}"),
                },
                ".editor" => {
                    println!("// Entering editor mode (Ctrl+D to finish, Ctrl+C to cancel)");
                    if let Some(text) = read_editor(&mut lines, session.rt) {
                        lines.remember(text.trim_end());
                        session.evaluate(&text);
                    }
                }
                _ => println!("Invalid REPL keyword"),
            }
            continue;
        }
        session.lines.push(line.clone());
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
        // The entry (or a timer it let run) called `process.exit()`.
        if session.rt.exited() {
            break;
        }
    }
    lines.save();
}

/// Makes Ctrl-C while an entry runs stop the entry instead of the process: the handler
/// only sets the flag the VM checks at every loop iteration and call (the line editor
/// reads Ctrl-C at the prompt as a key, so the signal comes only while code runs).
fn catch_sigint() {
    extern "C" fn on_sigint(_: libc::c_int) {
        // An atomic store is async-signal-safe.
        INTERRUPT.store(true, Ordering::Relaxed);
    }
    // SAFETY: the handler only stores to an atomic, which is allowed in a handler, and
    // it stays valid for the life of the process.
    unsafe {
        libc::signal(libc::SIGINT, on_sigint as *const () as libc::sighandler_t);
    }
}

/// A line editor with the history loaded, on its own thread, or `None` when the
/// terminal cannot be used.
fn open_terminal() -> Option<Lines> {
    // As Node's readline: Tab completes the candidates' common prefix, and a second Tab
    // lists them all.
    let config = rustyline::Config::builder()
        .completion_type(rustyline::CompletionType::List)
        .build();
    let mut editor: Editor<Completions, DefaultHistory> = Editor::with_config(config).ok()?;
    let history = std::env::home_dir().map(|home| home.join(".jsloop_history"));
    if let Some(path) = &history {
        // A missing or unreadable history starts an empty one.
        let _ = editor.load_history(path);
    }
    let printer = Box::new(editor.create_external_printer().ok()?);
    let (requests, request_rx) = mpsc::channel();
    let (input_tx, inputs) = mpsc::channel();
    let thread = std::thread::Builder::new()
        .name("line editor".into())
        .spawn(move || edit_lines(editor, history, request_rx, input_tx))
        .ok()?;
    Some(Lines::Terminal(TerminalLines {
        requests,
        inputs,
        printer,
        thread: Some(thread),
    }))
}

/// Tab completion: the global names, and after `name.` the properties of that
/// global's value (its own and inherited ones), read without running getters.
#[derive(Default)]
struct Completions {
    globals: Vec<String>,
    members: HashMap<String, Vec<String>>,
}

impl Completions {
    /// Takes a fresh snapshot of the names before each line is read.
    fn refresh(&mut self, rt: &mut Runtime) {
        let vm = &mut rt.vm;
        let global = vm.realm.global;
        let mut bindings: Vec<(String, Value)> = Vec::new();
        for key in vm.peek_own_keys(global) {
            if let PropertyKey::String(a) = key {
                let value = match vm.heap.obj(global).props.get(&key).map(|p| p.slot) {
                    Some(Slot::Data(v)) => v,
                    _ => Value::Undefined,
                };
                let name = vm.key_text(PropertyKey::String(a));
                bindings.push((name, value));
            }
        }
        let lexicals: Vec<(String, u32)> = vm
            .globals
            .lexicals
            .iter()
            .map(|(n, g)| (n.to_string(), g.slot))
            .collect();
        for (name, slot) in lexicals {
            let value = vm
                .global_lexicals
                .get(slot as usize)
                .copied()
                .unwrap_or(Value::Undefined);
            bindings.push((name, value));
        }
        self.members.clear();
        self.globals = bindings.iter().map(|(n, _)| n.clone()).collect();
        self.globals.sort();
        for (name, value) in bindings {
            if let Value::Object(o) = value {
                let names = property_names(vm, o);
                self.members.insert(name, names);
            }
        }
    }
}

/// The string-keyed property names of `o` and its prototypes, sorted, each once.
fn property_names(vm: &mut crate::vm::Vm, o: ObjRef) -> Vec<String> {
    let mut names = Vec::new();
    let mut cur = Some(o);
    while let Some(obj) = cur {
        for key in vm.peek_own_keys(obj) {
            if let PropertyKey::String(_) = key {
                names.push(vm.key_text(key));
            }
        }
        cur = vm.heap.obj(obj).proto;
    }
    names.sort();
    names.dedup();
    names
}

impl Completer for Completions {
    type Candidate = Pair;

    fn complete(
        &self,
        line: &str,
        pos: usize,
        _cx: &Context<'_>,
    ) -> rustyline::Result<(usize, Vec<Pair>)> {
        let before = &line[..pos];
        let start = before
            .rfind(|c: char| !(c.is_alphanumeric() || c == '_' || c == '$' || c == '.'))
            .map_or(0, |i| i + 1);
        let word = &before[start..];
        let (offset, prefix, candidates) = match word.rsplit_once('.') {
            Some((base, prefix)) => match self.members.get(base) {
                Some(names) => (start + base.len() + 1, prefix, names),
                None => return Ok((pos, Vec::new())),
            },
            None => (start, word, &self.globals),
        };
        let pairs = candidates
            .iter()
            .filter(|n| n.starts_with(prefix))
            .map(|n| Pair {
                display: n.clone(),
                replacement: n.clone(),
            })
            .collect();
        Ok((offset, pairs))
    }
}

impl Hinter for Completions {
    type Hint = String;
}

impl Highlighter for Completions {}

impl Validator for Completions {}

impl Helper for Completions {}

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
fn read_editor(lines: &mut Lines, rt: &mut Runtime) -> Option<String> {
    let mut text = String::new();
    loop {
        match lines.read("", rt) {
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

    #[test]
    fn completes_globals_and_members() {
        let mut rt = Runtime::new(crate::RuntimeOptions::default());
        rt.run_script("t.js", "const point = { x: 1, y: 2 };")
            .expect("runs");
        let mut c = Completions::default();
        c.refresh(&mut rt);
        let history = DefaultHistory::new();
        let cx = Context::new(&history);
        let names = |(at, pairs): (usize, Vec<Pair>)| {
            (
                at,
                pairs.into_iter().map(|p| p.replacement).collect::<Vec<_>>(),
            )
        };
        assert_eq!(
            names(c.complete("poi", 3, &cx).unwrap()),
            (0, vec!["point".to_string()])
        );
        let (at, found) = names(c.complete("point.", 6, &cx).unwrap());
        assert_eq!(at, 6);
        assert!(found.contains(&"x".to_string()) && found.contains(&"hasOwnProperty".to_string()));
        let (_, logs) = names(c.complete("console.lo", 10, &cx).unwrap());
        assert_eq!(logs, vec!["log".to_string()]);
    }

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
