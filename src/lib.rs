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
pub mod parser;
pub mod runtime;
pub mod vm;

use compiler::ScriptOptions;
use compiler::bytecode::Source;
use std::rc::Rc;

/// Options for a [`Runtime`].
#[derive(Clone, Copy, Debug, Default)]
pub struct RuntimeOptions {
    /// Timers fire in due order without sleeping, and the clocks follow them.
    pub virtual_time: bool,
    /// Collect garbage at every safepoint (finds rooting bugs; slow).
    pub gc_stress: bool,
    /// What an unhandled promise rejection does (by default, end the run).
    pub unhandled_rejections: runtime::event_loop::RejectionMode,
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

/// A JavaScript runtime: one realm, its globals, and (later) its event loop.
pub struct Runtime {
    pub vm: vm::Vm,
    pub options: RuntimeOptions,
}

impl Runtime {
    pub fn new(options: RuntimeOptions) -> Runtime {
        let mut vm = vm::Vm::new();
        vm.gc_stress = options.gc_stress;
        Runtime { vm, options }
    }

    /// Parses, compiles and runs `source` as a classic script named `name`, then runs
    /// the event loop until no job or timer is left.
    pub fn run_script(&mut self, name: &str, source: &str) -> Result<runtime::Value, RunError> {
        let template = self.compile(name, source)?;
        self.vm.event_loop.clock.virtual_time = self.options.virtual_time;
        self.vm.event_loop.rejection_mode = self.options.unhandled_rejections;
        let value = match self.vm.run_script(template) {
            Ok(v) => v,
            Err(e) => {
                let value = self.vm.error_value(e);
                return Err(RunError::Uncaught(self.vm.describe_uncaught(value)));
            }
        };
        // Roots the completion value while jobs and timers run (and may collect).
        self.vm.roots.push(value);
        let result = runtime::event_loop::run(&mut self.vm);
        self.vm.roots.pop();
        result.map(|()| value).map_err(RunError::Uncaught)
    }

    /// Parses and compiles `source` without running it.
    pub fn compile(
        &mut self,
        name: &str,
        source: &str,
    ) -> Result<Rc<compiler::bytecode::FunctionTemplate>, RunError> {
        let program =
            parser::parse(source).map_err(|d| RunError::Syntax(d.render(name, source)))?;
        let src = Rc::new(Source {
            name: name.to_string(),
            text: source.to_string(),
        });
        compiler::compile_script(
            &program,
            src,
            &mut self.vm.heap,
            &mut self.vm.globals,
            ScriptOptions::default(),
        )
        .map_err(|d| RunError::Syntax(d.render(name, source)))
    }
}
