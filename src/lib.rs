//! jsloop: a JavaScript interpreter whose runtime models the event loop exactly.
//!
//! The pipeline, one module per phase: [`lexer`] -> [`parser`] (grammar/js.lalrpop) ->
//! [`ast`] -> [`compiler`] (scopes, early errors, bytecode) -> [`vm`] -> [`runtime`]
//! (heap, GC, objects) with the globals in [`builtins`]; [`cli`] holds the command-line
//! front ends. [`Runtime`] is the embedding API.

pub mod ast;
pub mod builtins;
pub mod cli;
pub mod compiler;
pub mod diagnostics;
pub mod lexer;
pub mod modules;
pub mod parser;
pub mod runtime;
pub mod vm;

/// Every allocation is counted, for the collector's trigger and the heap limit.
#[global_allocator]
static ALLOCATOR: runtime::memory::CountingAllocator = runtime::memory::CountingAllocator;

pub use builtins::console::capture as capture_console;
use compiler::ScriptOptions;
use compiler::bytecode::Source;
use modules::esm::Detected;
use std::rc::Rc;

/// Options for a [`Runtime`].
#[derive(Clone, Copy, Debug, Default)]
pub struct RuntimeOptions {
    /// Timers fire in due order without sleeping, and the clocks follow them.
    pub virtual_time: bool,
    /// Collect garbage at every `gc_stress`-th safepoint, 0 for never (1 finds rooting
    /// bugs fastest, and is slow; a larger interval samples).
    pub gc_stress: u32,
    /// What an unhandled promise rejection does (by default, end the run).
    pub unhandled_rejections: runtime::event_loop::RejectionMode,
    /// The most bytes the program may keep alive before it stops with Node's fatal
    /// out-of-memory report (`None`: [`vm::DEFAULT_HEAP_LIMIT`]).
    pub heap_limit: Option<usize>,
    /// Stop the run, as an interrupt does, after this many loop iterations and calls
    /// (see `Vm::step_limit`); with virtual time, a run is then bounded and
    /// deterministic whatever the program.
    pub step_limit: Option<u64>,
    /// Define the global `gc()`, which collects garbage at once (Node's `--expose-gc`).
    pub expose_gc: bool,
}

/// Why a script did not complete.
#[derive(Debug, thiserror::Error)]
pub enum RunError {
    /// A syntax or early error, rendered with the source line and a caret.
    #[error("{0}")]
    Syntax(String),
    /// An exception nobody caught, rendered as `Uncaught ...`.
    #[error("{0}")]
    Uncaught(String),
}

/// The outcome of an event-loop run as a REPL entry sees it: `process.exit()` is no
/// error (the caller checks [`Runtime::exited`]).
fn loop_result(result: Result<(), runtime::event_loop::LoopError>) -> Result<(), RunError> {
    match result {
        Ok(()) | Err(runtime::event_loop::LoopError::Exit) => Ok(()),
        Err(runtime::event_loop::LoopError::Uncaught(report)) => Err(RunError::Uncaught(report)),
    }
}

/// `path` made absolute against the working directory, with `.` and `..` resolved
/// by name (Node's `path.resolve`: symbolic links are not followed).
fn absolute_path(path: &str) -> String {
    use std::path::Component;
    let joined = std::env::current_dir()
        .map(|cwd| cwd.join(path))
        .unwrap_or_else(|_| path.into());
    let mut out = std::path::PathBuf::new();
    for part in joined.components() {
        match part {
            Component::CurDir => {}
            Component::ParentDir => {
                out.pop();
            }
            other => out.push(other),
        }
    }
    out.to_string_lossy().into_owned()
}

/// A JavaScript runtime: one realm, its globals, and (later) its event loop.
pub struct Runtime {
    pub vm: vm::Vm,
    pub options: RuntimeOptions,
    /// The main task is an ES module's evaluation, which Node runs inside a microtask
    /// checkpoint: its promise jobs run before its `process.nextTick` callbacks.
    module_checkpoint: bool,
}

impl Runtime {
    pub fn new(options: RuntimeOptions) -> Runtime {
        let mut vm = vm::Vm::new();
        vm.gc_stress = options.gc_stress;
        vm.heap_limit = options.heap_limit.unwrap_or(vm::DEFAULT_HEAP_LIMIT);
        vm.set_step_limit(options.step_limit.unwrap_or(u64::MAX));
        // Set before anything runs, so that a trace's first event reads this clock.
        vm.event_loop.clock.virtual_time = options.virtual_time;
        if options.expose_gc {
            builtins::weak_ref::install_gc(&mut vm);
        }
        Runtime {
            vm,
            options,
            module_checkpoint: false,
        }
    }

    /// Parses, compiles and runs `source` as a classic script named `name`, then runs
    /// the event loop until nothing keeps it alive, as Node runs a main script. A run
    /// `process.exit()` ends is a success here: [`Runtime::exit_code`] tells its code.
    /// An exception nobody handled first emits `process`'s `'exit'` (its listeners
    /// run before the report is printed) and sets the exit code to 1.
    pub fn run_script(&mut self, name: &str, source: &str) -> Result<runtime::Value, RunError> {
        let template = self.compile(name, source)?;
        self.run_main_task(name, |vm| vm.run_script(template))
    }

    /// Runs the file `name` (whose text is `source`) as Node 24 runs a main file: a
    /// `.cjs` file, or a `.js` file whose package.json says `"type": "commonjs"` or
    /// that says nothing, as a CommonJS module (see [`modules`]); then the event loop.
    pub fn run_main(&mut self, name: &str, source: &str) -> Result<runtime::Value, RunError> {
        let filename = modules::resolve::real_path(&absolute_path(name));
        let format = modules::format_of(&mut self.vm, &filename);
        let program = match format {
            modules::Format::Module => Detected::Module,
            modules::Format::Detect => modules::esm::detect(source),
            modules::Format::CommonJs | modules::Format::Json => {
                Detected::CommonJs(parser::parse_goal(source, parser::Goal::CommonJs))
            }
        };
        let Detected::CommonJs(program) = program else {
            return self.run_main_module(name, &filename, source);
        };
        let template = modules::cjs::compile_parsed(&mut self.vm, name, source, program)
            .map_err(|d| RunError::Syntax(d.render(name, source)))?;
        self.run_main_task(name, |vm| {
            modules::cjs::run_main(vm, &filename, template).map(|()| runtime::Value::Undefined)
        })
    }

    /// Runs the main file as an ES module: its graph loads (a file that does not parse
    /// is reported before anything runs), then links and evaluates as the first task.
    fn run_main_module(
        &mut self,
        name: &str,
        filename: &str,
        source: &str,
    ) -> Result<runtime::Value, RunError> {
        use modules::esm::{self, LoadError};
        let loaded = esm::load_main(&mut self.vm, filename, name, source);
        let main = match loaded {
            Ok(m) => Ok(m),
            Err(LoadError::Syntax(text)) => return Err(RunError::Syntax(text)),
            Err(LoadError::Thrown(e)) => Err(e),
        };
        self.module_checkpoint = true;
        self.run_main_task(name, |vm| {
            esm::run_main(vm, main?)?;
            // The module body ran inside a microtask checkpoint (Node's module job
            // awaits it): its promise jobs run before its `process.nextTick`s.
            Ok(runtime::Value::Undefined)
        })
    }

    /// Runs `task` as the program's first task, then the event loop until nothing
    /// keeps it alive.
    fn run_main_task(
        &mut self,
        name: &str,
        task: impl FnOnce(&mut vm::Vm) -> vm::JsResult<runtime::Value>,
    ) -> Result<runtime::Value, RunError> {
        use runtime::event_loop::{self, LoopError, Origin};
        self.configure();
        self.vm.event_loop.bootstrap_complete = self.vm.event_loop.clock.now();
        runtime::trace::script_start(&mut self.vm, name);
        let (value, result) = match task(&mut self.vm) {
            Ok(value) => {
                runtime::trace::script_end(&mut self.vm);
                // Roots the completion value while jobs and timers run (and may collect).
                self.vm.roots.push(value);
                let result = if std::mem::take(&mut self.module_checkpoint) {
                    event_loop::drain_microtasks(&mut self.vm)
                } else {
                    Ok(())
                };
                let result = result.and_then(|()| event_loop::run(&mut self.vm));
                self.vm.roots.pop();
                (value, result)
            }
            Err(e) => {
                let result = event_loop::uncaught_exception(&mut self.vm, e, Origin::Callback)
                    .and_then(|()| event_loop::run(&mut self.vm));
                (runtime::Value::Undefined, result)
            }
        };
        match result {
            Ok(()) | Err(LoopError::Exit) => Ok(value),
            Err(LoopError::Uncaught(report)) => {
                if !self.vm.event_loop.exiting {
                    self.vm.event_loop.exit_code = Some(1);
                    // The run ends with this report whatever the listeners do.
                    let _ = event_loop::exit(&mut self.vm, false);
                }
                Err(self.uncaught(|_| report))
            }
        }
    }

    /// The exit status the run asks for (`process.exitCode`, `process.exit(code)`, or
    /// 1 after an uncaught exception).
    pub fn exit_code(&self) -> i32 {
        self.vm.event_loop.exit_code.unwrap_or(0)
    }

    /// Whether the script called `process.exit()`: nothing more runs in this runtime.
    pub fn exited(&self) -> bool {
        self.vm.event_loop.exit_requested
    }

    /// Sets `process.argv` after the executable: the script's path made absolute (as
    /// Node does) when there is a script file, then its arguments.
    pub fn set_argv(&mut self, script: Option<&str>, args: &[String]) {
        let mut argv: Vec<String> = script.map(absolute_path).into_iter().collect();
        argv.extend_from_slice(args);
        builtins::process::set_argv(&mut self.vm, &argv);
    }

    /// The error a run ends with: the report `describe` makes, or after the step limit
    /// the limit's own (describing the error would run code past the limit).
    fn uncaught(&mut self, describe: impl FnOnce(&mut vm::Vm) -> String) -> RunError {
        RunError::Uncaught(
            if self.vm.step_limit_reached() && !self.vm.event_loop.exit_requested {
                format!("Uncaught Error: {}", vm::STEP_LIMIT_REACHED)
            } else {
                describe(&mut self.vm)
            },
        )
    }

    /// Runs one REPL entry: its `let`/`const` may redeclare those of earlier entries,
    /// and only the jobs it queued run after it, so its value can be shown before any
    /// timer fires (see [`Runtime::run_due`]). An entry that uses `await` runs the loop
    /// until its promise settles and yields the fulfilled value (a rejection is
    /// `Uncaught`).
    pub fn run_entry(&mut self, name: &str, source: &str) -> Result<runtime::Value, RunError> {
        let options = ScriptOptions {
            allow_global_redeclaration: true,
            ..ScriptOptions::default()
        };
        let template = self.compile_with(name, source, options)?;
        self.vm.event_loop.script_promise = None;
        let value = self.start(template)?;
        // The entry's microtasks run after its value is shown, as in Node's REPL.
        let Some(promise) = self.vm.event_loop.script_promise else {
            return Ok(value);
        };
        let result = runtime::event_loop::run_until_settled(&mut self.vm, promise);
        self.vm.event_loop.script_promise = None;
        loop_result(result)?;
        Ok(match &self.vm.heap.obj(promise).kind {
            runtime::ObjectKind::Promise(runtime::event_loop::PromiseData {
                state: runtime::event_loop::PromiseState::Fulfilled(v),
                ..
            }) => *v,
            // Left pending with nothing to settle it: show the promise itself.
            _ => runtime::Value::Object(promise),
        })
    }

    /// Milliseconds until the next timer is due (none: nothing scheduled).
    pub fn ms_until_next_timer(&mut self) -> Option<f64> {
        runtime::event_loop::ms_until_next_timer(&mut self.vm)
    }

    /// Runs the queued jobs and the timers due by now, without waiting for later ones.
    pub fn run_due(&mut self) -> Result<(), RunError> {
        loop_result(runtime::event_loop::run_due(&mut self.vm))
    }

    /// Applies this runtime's options to the event loop.
    fn configure(&mut self) {
        self.vm.event_loop.clock.virtual_time = self.options.virtual_time;
        self.vm.event_loop.rejection_mode = self.options.unhandled_rejections;
    }

    /// Runs a compiled script with this runtime's options; its exception as `Uncaught`
    /// (after `process.exit()`, undefined).
    fn start(
        &mut self,
        template: Rc<compiler::bytecode::FunctionTemplate>,
    ) -> Result<runtime::Value, RunError> {
        self.configure();
        let result = self.vm.run_script(template);
        if self.exited() {
            return Ok(runtime::Value::Undefined);
        }
        result.map_err(|e| {
            self.uncaught(|vm| {
                let value = vm.error_value(e);
                runtime::trace::uncaught(vm, value);
                vm.describe_uncaught(value)
            })
        })
    }

    /// Parses and compiles `source` without running it.
    pub fn compile(
        &mut self,
        name: &str,
        source: &str,
    ) -> Result<Rc<compiler::bytecode::FunctionTemplate>, RunError> {
        self.compile_with(name, source, ScriptOptions::default())
    }

    fn compile_with(
        &mut self,
        name: &str,
        source: &str,
        options: ScriptOptions,
    ) -> Result<Rc<compiler::bytecode::FunctionTemplate>, RunError> {
        let program =
            parser::parse(source).map_err(|d| RunError::Syntax(d.render(name, source)))?;
        let src = Rc::new(Source {
            name: name.to_string(),
            text: source.to_string(),
            eval_origin: None,
        });
        compiler::compile_script(
            &program,
            src,
            &mut self.vm.heap,
            &mut self.vm.globals,
            options,
        )
        .map_err(|d| RunError::Syntax(d.render(name, source)))
    }
}
