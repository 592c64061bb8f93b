//! Module code: each top-level binding of a module (and each import) is a slot among
//! the realm's lexical slots, named only through the module's [`ModuleScope`], so code
//! in the module reads and writes it with `GetLex`/`SetLex` and its TDZ checks, and an
//! import reads the exporting module's very slot: a live binding.
//!
//! A module compiles to two templates: [`ModulePhase::Instantiate`] creates its
//! top-level functions and sets its `var`s to undefined (run for every module of a
//! graph before any evaluates, so a cycle can call a function of a module not yet
//! evaluated); [`ModulePhase::Evaluate`] runs its statements.

use super::bytecode::{FunctionTemplate, Op, Source, TemplateKind};
use super::{CResult, Compiler, GlobalLexical, GlobalScope, ScriptOptions, scope};
use crate::ast::*;
use crate::diagnostics::Diagnostic;
use crate::runtime::heap::Heap;
use rustc_hash::{FxHashMap, FxHashSet};
use std::rc::Rc;

/// The names a module's code resolves before the globals: its own top-level
/// declarations, its imports (the exporters' slots), `import.meta`'s slot.
#[derive(Default, Debug)]
pub struct ModuleScope {
    pub bindings: FxHashMap<Name, GlobalLexical>,
}

/// The name `import.meta` is compiled as: no identifier can spell it.
pub const IMPORT_META: &str = "import.meta";

/// The name of the function `import(specifier)` calls: the host's import of a module
/// from this one.
pub const IMPORT_CALL: &str = "import()";

/// Which of a module's two templates to compile.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ModulePhase {
    Instantiate,
    Evaluate,
}

/// Compiles the statements `body` of a module (import and export declarations already
/// taken out, see `modules::esm`) for `phase`. Module code is strict and its `this` is
/// undefined.
pub fn compile_module(
    body: &[Stmt],
    span: Span,
    source: Rc<Source>,
    heap: &mut Heap,
    globals: &mut GlobalScope,
    module: &ModuleScope,
    phase: ModulePhase,
) -> Result<Rc<FunctionTemplate>, Diagnostic> {
    let mut c = Compiler {
        script_initialized: FxHashSet::default(),
        heap,
        globals,
        source,
        funcs: Vec::new(),
        options: ScriptOptions::default(),
        eval_site: None,
        module: Some(module),
        names: scope::NameMemo::default(),
    };
    c.module_body(body, span, phase)
}

impl<'a> Compiler<'a, '_> {
    fn module_body(
        &mut self,
        body: &'a [Stmt],
        span: Span,
        phase: ModulePhase,
    ) -> CResult<Rc<FunctionTemplate>> {
        let mut f = self.new_fn(TemplateKind::Script, true, "".into(), span);
        f.captured = scope::captured_names(&mut self.names, body, &[], None);
        let completion = self.enter_top_level(f, span)?;
        // A module's `this` is undefined (R0 holds the global object on entry).
        self.emit(Op::LoadUndefined { dst: 0 });
        self.bind_top_level_this(span)?;
        match phase {
            ModulePhase::Instantiate => {
                for (name, at) in scope::var_names(body) {
                    self.store_name(&name, completion, at, true)?;
                }
                self.hoist_functions(body, false)?;
            }
            ModulePhase::Evaluate => {
                self.stmts(body)?;
                // A module's body has no completion value: one that awaits fulfills
                // its promise with undefined, never with its last expression.
                self.emit(Op::LoadUndefined { dst: completion });
            }
        }
        self.emit(Op::Return { src: completion });
        Ok(self.finish_fn())
    }
}
