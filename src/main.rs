//! The `jsloop` command line: run a file, `-e` code or stdin; dump the AST or bytecode;
//! or start the REPL (`jsloop repl`, or no arguments on a terminal).

use clap::{Parser, Subcommand};
use jsloop::compiler::bytecode::Disassembly;
use jsloop::runtime::event_loop::RejectionMode;
use jsloop::{RunError, Runtime, RuntimeOptions};
use std::io::{IsTerminal, Write};
use std::process::ExitCode;

/// A JavaScript interpreter whose runtime models the event loop exactly.
#[derive(Parser)]
#[command(name = "jsloop", version, args_conflicts_with_subcommands = true)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
    /// Evaluate CODE instead of a file.
    #[arg(short = 'e', long = "eval", value_name = "CODE")]
    eval: Option<String>,
    #[command(flatten)]
    flags: Flags,
    #[command(flatten)]
    dumps: Dumps,
    #[command(flatten)]
    trace: TraceArgs,
    /// The script to run (stdin when omitted and stdin is not a terminal; the REPL when
    /// omitted on a terminal).
    file: Option<String>,
    /// Arguments for the script.
    #[arg(trailing_var_arg = true, allow_hyphen_values = true)]
    args: Vec<String>,
}

/// How the runtime runs code (for scripts and the REPL; `jsloop test` sets its own).
#[derive(clap::Args, Clone, Copy)]
struct Flags {
    /// Fire timers in order without sleeping; clocks follow the virtual time.
    #[arg(long)]
    virtual_time: bool,
    /// Collect garbage at every safepoint, or every Nth with `=N` (a debugging aid).
    #[arg(long, hide = true, value_name = "N", num_args = 0..=1, require_equals = true, default_missing_value = "1")]
    gc_stress: Option<u32>,
    /// What an unhandled promise rejection does, as in Node: `throw` (end with exit
    /// code 1, the default), `strict` (end even with an `unhandledRejection`
    /// listener), `warn` (warn and go on), `warn-with-error-code` (warn, exit code 1)
    /// or `none` (only the event).
    #[arg(long, value_name = "MODE", default_value = "throw", value_parser = parse_rejection_mode)]
    unhandled_rejections: RejectionMode,
    /// The most memory, in megabytes, the program may keep alive (measured after a
    /// garbage collection) before it stops with Node's "JavaScript heap out of memory"
    /// report and exit status 134 [default: 4096].
    #[arg(long, value_name = "MB", value_parser = parse_megabytes)]
    max_heap_size: Option<usize>,
    /// Define the global `gc()`, which runs a full garbage collection at once (as
    /// Node's flag does; for tests of WeakRef and FinalizationRegistry).
    #[arg(long)]
    expose_gc: bool,
    /// Run the file as a classic script (declarations are globals, `await` allowed at
    /// the top level) instead of as Node runs it (a CommonJS or ES module).
    #[arg(long)]
    script: bool,
}

/// Event-loop tracing (see docs/trace.md).
#[derive(clap::Args, Clone)]
struct TraceArgs {
    /// Trace the event loop: tasks, checkpoints, jobs, timers, promises, awaits,
    /// rejections and console output, as `text` (the default, on stderr), `json` (JSON
    /// Lines), `perfetto` (Trace Event Format) or `html` (a page that steps through the
    /// run); those three go to stdout, and the program's own output then goes to stderr.
    #[arg(long, value_name = "FORMAT", num_args = 0..=1, require_equals = true, default_missing_value = "text", value_parser = jsloop::cli::trace::parse_format)]
    trace: Option<jsloop::cli::trace::Format>,
    /// Write the trace to PATH instead.
    #[arg(long, value_name = "PATH", requires = "trace")]
    trace_out: Option<std::path::PathBuf>,
    /// Record at most N events, then a `limit` event (the program runs on).
    #[arg(long, value_name = "N", default_value_t = jsloop::runtime::trace::DEFAULT_LIMIT, requires = "trace")]
    trace_limit: u64,
}

/// Debugging output in place of a run.
#[derive(clap::Args, Clone, Copy)]
struct Dumps {
    /// Print the syntax tree instead of running.
    #[arg(long)]
    dump_ast: bool,
    /// Print the bytecode disassembly instead of running.
    #[arg(long)]
    dump_bytecode: bool,
}

fn parse_seconds(text: &str) -> Result<f64, String> {
    match text.parse::<f64>() {
        Ok(s) if s > 0.0 && s.is_finite() => Ok(s),
        _ => Err("expected a positive number of seconds".into()),
    }
}

fn parse_megabytes(text: &str) -> Result<usize, String> {
    match text.parse::<usize>() {
        Ok(mb) if mb > 0 => mb
            .checked_mul(1 << 20)
            .ok_or_else(|| "too many megabytes".to_string()),
        _ => Err("expected a positive number of megabytes".into()),
    }
}

fn parse_rejection_mode(text: &str) -> Result<RejectionMode, String> {
    match text {
        "throw" => Ok(RejectionMode::Throw),
        "strict" => Ok(RejectionMode::Strict),
        "warn" => Ok(RejectionMode::Warn),
        "warn-with-error-code" => Ok(RejectionMode::WarnWithErrorCode),
        "none" => Ok(RejectionMode::None),
        _ => Err("expected throw, strict, warn, warn-with-error-code or none".into()),
    }
}

#[derive(Subcommand)]
enum Command {
    /// Run a script file.
    Run {
        #[command(flatten)]
        flags: Flags,
        #[command(flatten)]
        dumps: Dumps,
        #[command(flatten)]
        trace: TraceArgs,
        file: String,
        #[arg(trailing_var_arg = true, allow_hyphen_values = true)]
        args: Vec<String>,
    },
    /// Run golden tests: each `*.js` under PATHS against its `.stdout`/`.stderr`/`.exit`.
    Test {
        /// Files or folders (default: the current folder).
        paths: Vec<std::path::PathBuf>,
        /// Write the current results as the expectations.
        #[arg(long)]
        bless: bool,
        /// How long one case may run before it is killed and reported as timed out.
        #[arg(long, value_name = "SECONDS", default_value_t = jsloop::cli::golden::TIMEOUT.as_secs_f64(), value_parser = parse_seconds)]
        timeout: f64,
        /// Run each case collecting garbage at every safepoint, or every Nth with `=N`
        /// (a debugging aid that finds rooting bugs).
        #[arg(long, hide = true, value_name = "N", num_args = 0..=1, require_equals = true, default_missing_value = "1")]
        gc_stress: Option<u32>,
        /// Run every case with `--trace` written to a file: its output must not change,
        /// and its trace must keep the event loop's rules.
        #[arg(long)]
        trace: bool,
    },
    /// Start the read-eval-print loop (on a non-terminal stdin: read entries line by
    /// line, printing prompts and results).
    Repl {
        #[command(flatten)]
        flags: Flags,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let worker = std::thread::Builder::new()
        .stack_size(jsloop::cli::STACK_SIZE)
        .spawn(move || run(cli));
    match worker.map(|h| h.join()) {
        Ok(Ok(code)) => code,
        _ => ExitCode::FAILURE,
    }
}

fn run(cli: Cli) -> ExitCode {
    if let Some(Command::Test {
        paths,
        bless,
        timeout,
        gc_stress,
        trace,
    }) = &cli.command
    {
        let paths = if paths.is_empty() {
            vec![std::path::PathBuf::from(".")]
        } else {
            paths.clone()
        };
        let exe = match std::env::current_exe() {
            Ok(exe) => exe,
            Err(e) => {
                eprintln!("jsloop: cannot find its own executable: {e}");
                return ExitCode::FAILURE;
            }
        };
        let settings = jsloop::cli::golden::Settings {
            timeout: std::time::Duration::from_secs_f64(*timeout),
            gc_stress: gc_stress.unwrap_or(0),
            trace: *trace,
        };
        return if jsloop::cli::golden::run_all(&exe, &paths, *bless, settings) {
            ExitCode::SUCCESS
        } else {
            ExitCode::FAILURE
        };
    }
    let (flags, dumps, trace) = match &cli.command {
        Some(Command::Run {
            flags,
            dumps,
            trace,
            ..
        }) => (*flags, *dumps, trace.clone()),
        Some(Command::Repl { flags }) => (*flags, cli.dumps, cli.trace.clone()),
        _ => (cli.flags, cli.dumps, cli.trace.clone()),
    };
    let options = RuntimeOptions {
        virtual_time: flags.virtual_time,
        gc_stress: flags.gc_stress.unwrap_or(0),
        unhandled_rejections: flags.unhandled_rejections,
        heap_limit: flags.max_heap_size,
        step_limit: None,
        expose_gc: flags.expose_gc,
    };
    let bare = cli.command.is_none() && cli.eval.is_none() && cli.file.is_none();
    if matches!(cli.command, Some(Command::Repl { .. })) || (bare && std::io::stdin().is_terminal())
    {
        let mut rt = Runtime::new(options);
        jsloop::cli::repl::run(&mut rt, std::io::stdin().is_terminal());
        return exit_status(rt.exit_code());
    }
    let (name, source) = match load(&cli) {
        Ok(x) => x,
        Err(message) => {
            eprintln!("jsloop: {message}");
            return ExitCode::FAILURE;
        }
    };
    if dumps.dump_ast {
        return match jsloop::parser::parse(&source) {
            Ok(program) => print_dump(format_args!("{program:#?}\n")),
            Err(d) => {
                eprint!("{}", d.render(&name, &source));
                ExitCode::FAILURE
            }
        };
    }
    let mut rt = Runtime::new(options);
    if dumps.dump_bytecode {
        return match rt.compile(&name, &source) {
            Ok(t) => print_dump(format_args!("{}", Disassembly(&t))),
            Err(e) => {
                eprint!("{e}");
                ExitCode::FAILURE
            }
        };
    }
    rt.vm.fatal_source = Some(std::rc::Rc::new(jsloop::compiler::bytecode::Source {
        name: name.clone(),
        text: source.clone(),
        eval_origin: None,
    }));
    let (file, args) = match &cli.command {
        Some(Command::Run { file, args, .. }) => (Some(file), args),
        _ => (cli.file.as_ref(), &cli.args),
    };
    // With `-e` there is no script: every positional argument is the code's.
    match file {
        Some(first) if cli.eval.is_some() => {
            let all: Vec<String> = std::iter::once(first).chain(args).cloned().collect();
            rt.set_argv(None, &all);
        }
        _ => rt.set_argv(file.map(String::as_str), args),
    }
    if let Some(format) = trace.trace {
        let run = jsloop::cli::trace::RunInfo {
            file: &name,
            source: &source,
            virtual_time: flags.virtual_time,
            limit: trace.trace_limit,
        };
        match jsloop::cli::trace::sink(format, trace.trace_out.as_deref(), &run) {
            Ok(sink) => {
                let tracer = jsloop::runtime::trace::Tracer::new(sink, trace.trace_limit);
                rt.vm.trace = Some(Box::new(tracer));
            }
            Err(e) => {
                let path = trace
                    .trace_out
                    .as_deref()
                    .unwrap_or(std::path::Path::new("-"));
                eprintln!("jsloop: cannot write {}: {}", path.display(), io_reason(&e));
                return ExitCode::FAILURE;
            }
        }
    }
    // A file runs as Node runs it, as a module; `-e`, stdin and `--script` as a script.
    let result = if file.is_some() && cli.eval.is_none() && !flags.script {
        rt.run_main(&name, &source)
    } else {
        rt.run_script(&name, &source)
    };
    let _ = std::io::stdout().flush();
    let code = match result {
        Ok(_) => rt.exit_code(),
        Err(RunError::Syntax(text)) => {
            eprint!("{text}");
            1
        }
        Err(RunError::Uncaught(text)) => {
            eprintln!("{text}");
            rt.exit_code()
        }
    };
    jsloop::runtime::trace::finish(&mut rt.vm, code);
    // The heap's cells hold nothing the system does not take back at exit: freeing
    // millions of them one by one would only delay it.
    std::mem::forget(std::mem::take(&mut rt.vm.heap));
    exit_status(code)
}

/// The status the OS reports for exit code `code`: its low byte, as for Node.
fn exit_status(code: i32) -> ExitCode {
    ExitCode::from(code as u8)
}

/// The script's name and text from `-e`, a file, or stdin.
fn load(cli: &Cli) -> Result<(String, String), String> {
    if let Some(code) = &cli.eval {
        return Ok(("[eval]".into(), code.clone()));
    }
    let file = match &cli.command {
        Some(Command::Run { file, .. }) => Some(file),
        Some(Command::Test { .. } | Command::Repl { .. }) => {
            unreachable!("handled before loading")
        }
        None => cli.file.as_ref(),
    };
    match file {
        Some(path) => jsloop::cli::read_source(path)
            .map(|text| (path.clone(), text))
            .map_err(|e| format!("cannot read {path}: {}", io_reason(&e))),
        None if !std::io::stdin().is_terminal() => jsloop::cli::read_source_stdin()
            .map(|text| ("[stdin]".into(), text))
            .map_err(|e| format!("cannot read stdin: {}", io_reason(&e))),
        None => Err("no script given (see --help)".into()),
    }
}

/// The OS error without Rust's "(os error N)" suffix.
fn io_reason(e: &std::io::Error) -> String {
    let text = e.to_string();
    match text.find(" (os error") {
        Some(i) => text[..i].to_string(),
        None => text,
    }
}

/// Writes a dump to standard output. A reader that stops early (`| head`) closes the
/// pipe; that ends the dump quietly instead of panicking as `print!` would.
fn print_dump(dump: std::fmt::Arguments) -> ExitCode {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    match out.write_fmt(dump).and_then(|()| out.flush()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("jsloop: {e}");
            ExitCode::FAILURE
        }
    }
}
