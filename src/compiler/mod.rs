//! The bytecode compiler: resolves every name to a register, an `Env` slot or a global,
//! reports early errors (redeclarations), and emits one [`FunctionTemplate`] per function.
//!
//! Statements are in `stmt.rs`, expressions and patterns in `expr.rs`, the analysis that
//! decides which variables closures capture in `scope.rs`.

pub mod bytecode;
mod dynamic;
mod expr;
pub mod module;
pub(crate) mod scope;
mod stmt;

pub use module::{ModulePhase, ModuleScope, compile_module};

use crate::ast::*;
use crate::diagnostics::Diagnostic;
use crate::runtime::heap::Heap;
use bytecode::*;
pub use dynamic::EvalSite;
use expr::{PatternSource, callee_text};
use rustc_hash::{FxHashMap, FxHashSet};
use std::rc::Rc;

/// The jumps a condition emits (`jump_if`), patched to one target together.
type Jumps = smallvec::SmallVec<[usize; 2]>;

/// Script-level `let`/`const`/`class` bindings: shared by every script run in a realm
/// (the global declarative environment), each in a numbered slot.
#[derive(Default)]
pub struct GlobalScope {
    pub lexicals: FxHashMap<Name, GlobalLexical>,
    /// Bumped whenever a binding is added, which invalidates the VM's caches of
    /// global-object lookups (a new lexical may shadow a global property).
    pub epoch: u32,
    /// The same bindings keyed by atom, for the VM's lookups by name.
    pub by_atom: FxHashMap<crate::runtime::heap::Atom, GlobalLexical>,
    /// Global `var` and function names declared by scripts so far (a later `let` of the
    /// same name is a redeclaration).
    pub vars: FxHashSet<Name>,
    /// The number of slots in use.
    pub slot_count: u32,
}

#[derive(Clone, Copy, Debug)]
pub struct GlobalLexical {
    pub slot: u32,
    pub is_const: bool,
}

/// Options for compiling one script.
#[derive(Clone, Copy, Default)]
pub struct ScriptOptions {
    /// A `let`/`const` redeclaring a script-level binding of an earlier script reuses it
    /// instead of failing (the REPL's rule, as in browser consoles).
    pub allow_global_redeclaration: bool,
    /// Code run by (indirect) `eval`: its `let`/`const`/`class` declarations are local
    /// to it; its `var`s and functions become globals.
    pub eval: bool,
}

/// Compiles a parsed script. The returned template, run with `this` = the global object,
/// returns the script's completion value.
pub fn compile_script(
    program: &Program,
    source: Rc<Source>,
    heap: &mut Heap,
    globals: &mut GlobalScope,
    options: ScriptOptions,
) -> Result<Rc<FunctionTemplate>, Diagnostic> {
    Compiler::new(heap, globals, source, options, None).script(program)
}

/// Compiles direct eval code called at `site`. The returned template is run as an
/// arrow function closing over the caller's `Env` at the call; it returns the code's
/// completion value.
pub fn compile_eval(
    program: &Program,
    source: Rc<Source>,
    heap: &mut Heap,
    globals: &mut GlobalScope,
    site: &Rc<EvalSite>,
) -> Result<Rc<FunctionTemplate>, Diagnostic> {
    let options = ScriptOptions::default();
    Compiler::new(heap, globals, source, options, Some(site.clone())).eval_code(program)
}

/// Compiles the function a `Function`-family constructor makes (CreateDynamicFunction):
/// `program` is one function declaration, closed over the global scope only, whose
/// name binds nothing inside it.
pub fn compile_dynamic_function(
    program: &Program,
    source: Rc<Source>,
    heap: &mut Heap,
    globals: &mut GlobalScope,
) -> Result<Rc<FunctionTemplate>, Diagnostic> {
    let options = ScriptOptions::default();
    Compiler::new(heap, globals, source, options, None).dynamic_function(program)
}

/// The parameters of Node's CommonJS wrapper, in the order the loader passes them.
pub const COMMONJS_PARAMS: [&str; 5] = ["exports", "require", "module", "__filename", "__dirname"];

/// Compiles a CommonJS module body as Node does: the body of an anonymous function with
/// the parameters [`COMMONJS_PARAMS`], so top-level `var`s and functions are local and
/// `return` ends the module. The returned template, run as a script, evaluates to that
/// function.
pub fn compile_commonjs(
    program: Program,
    source: Rc<Source>,
    heap: &mut Heap,
    globals: &mut GlobalScope,
) -> Result<Rc<FunctionTemplate>, Diagnostic> {
    let span = program.span;
    let wrapper = Function {
        name: None,
        kind: FunctionKind::Normal,
        is_async: false,
        is_generator: false,
        params: COMMONJS_PARAMS
            .iter()
            .map(|&name| Pattern::Ident {
                name: name.into(),
                span: Span::new(span.start as usize, span.start as usize),
            })
            .collect(),
        rest: None,
        body: program.body,
        strict: program.strict,
        span,
    };
    let expr = Expr {
        kind: ExprKind::Function(Box::new(wrapper)),
        span,
    };
    let script = Program {
        body: vec![Stmt {
            kind: StmtKind::Expr(Box::new(expr)),
            span,
        }],
        strict: false,
        span,
    };
    compile_script(&script, source, heap, globals, ScriptOptions::default())
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum BindingKind {
    Var,
    Let,
    Const,
    Class,
    Function,
    Param,
    Catch,
    /// The class's own name inside its body (immutable).
    ClassInner,
    /// A named function expression's own name: immutable, but assigning to it throws
    /// only in strict code (sloppy code ignores it, 9.1.1.1.5 step 6).
    FunctionSelf,
    /// `this`, `new.target` or `arguments` kept for nested arrows.
    Implicit,
    /// A function declared in a block that may not share its name: in strict code, or
    /// a generator or async function.
    LexicalFunction,
    /// A parameter of a list with defaults or patterns: in its TDZ until its turn
    /// (`function f(a = b, b) {}` throws).
    ParamTdz,
}

impl BindingKind {
    fn is_lexical(self) -> bool {
        matches!(
            self,
            BindingKind::Let
                | BindingKind::Const
                | BindingKind::Class
                | BindingKind::LexicalFunction
        )
    }

    fn is_const(self) -> bool {
        matches!(
            self,
            BindingKind::Const | BindingKind::ClassInner | BindingKind::FunctionSelf
        )
    }
}

#[derive(Clone, Copy, Debug, PartialEq)]
enum Loc {
    Reg(Reg),
    Env(u16),
}

#[derive(Clone, Copy, Debug)]
struct Binding {
    loc: Loc,
    kind: BindingKind,
    /// Known to be initialised at this point of the code (no TDZ check needed).
    initialized: bool,
    span: Span,
}

#[derive(Clone, Debug)]
struct Scope {
    bindings: FxHashMap<Name, Binding>,
    /// This scope has an `Env` at run time (some binding is captured).
    has_env: bool,
    env_size: u16,
    /// The first register of this scope's locals.
    reg_base: Reg,
    /// Bindings in this scope always need a TDZ check (switch bodies, where a case can
    /// jump over a declaration).
    always_check: bool,
    /// Names not bound here may still be bound at run time, in an object this scope's
    /// `Env` holds (a `with` object, or the variables direct `eval` declared).
    dynamic: Option<dynamic::Dynamic>,
}

/// Where a name lives, as seen from the current code.
enum Resolved {
    Reg(Reg, Binding),
    Env {
        depth: u16,
        slot: u16,
        binding: Binding,
    },
    Lexical(GlobalLexical),
    Global,
}

/// A statement that `break`/`continue`/`return` may have to leave.
enum Control<'a> {
    /// A loop, switch or labelled statement.
    Jump {
        labels: Vec<Name>,
        /// `break` without a label stops here (loops and switch).
        breakable: bool,
        /// `continue` may target it (loops only).
        continuable: bool,
        breaks: Vec<usize>,
        continues: Vec<usize>,
        /// How many scopes were open when the statement began.
        scope_count: usize,
        /// A for-of iterator to close when `break` or `return` leaves the loop.
        iterator: Option<LoopIterator>,
    },
    /// A `try` block or `catch` clause protected by the handler `try_index`; leaving it
    /// by a jump splits the protected range and, with a `finally`, runs its body first.
    Try {
        try_index: usize,
        finally: Option<&'a [Stmt]>,
        /// How many scopes were open when the `try` began.
        scope_count: usize,
    },
}

/// The iterator of a for-of or for-await loop: registers `reg` (the iterator) and
/// `reg + 1` (its next method).
#[derive(Clone, Copy)]
struct LoopIterator {
    reg: Reg,
    is_async: bool,
}

/// A `try` statement's handler while its code is being emitted.
struct TryInfo {
    reg: Reg,
    scope_depth: u16,
    kind: HandlerKind,
    target: u32,
    /// The start of the protected range now open, if any.
    open: Option<u32>,
}

struct FnState<'a> {
    kind: TemplateKind,
    strict: bool,
    is_async: bool,
    is_generator: bool,
    name: Rc<str>,
    span: Span,
    code: Vec<Op>,
    constants: Vec<Constant>,
    atom_consts: FxHashMap<u32, u32>,
    number_consts: FxHashMap<u64, u32>,
    /// BigInt literals already in the pool: equal literals share one heap integer.
    bigint_consts: FxHashMap<Rc<num_bigint::BigInt>, u32>,
    positions: Vec<(u32, u32)>,
    tries: Vec<TryInfo>,
    /// Closed protected ranges `(try index, start, end)` in closing order, which puts
    /// inner handlers before the outer ones that contain them.
    ranges: Vec<(usize, u32, u32)>,
    scopes: Vec<Scope>,
    next_reg: Reg,
    max_reg: Reg,
    captured: FxHashSet<Name>,
    controls: Vec<Control<'a>>,
    /// Per open optional chain, the jumps that short-circuit it.
    optional_chains: Vec<Vec<usize>>,
    /// The register holding the script's completion value.
    completion: Option<Reg>,
    param_count: u16,
    length: u32,
    keeps_arguments: bool,
    mapped_arguments: Option<Box<[Option<u16>]>>,
    /// The register of `arguments` in a function that makes the object only when a
    /// call needs it (see `Op::ApplyArguments`).
    lazy_arguments: Option<Reg>,
    /// The body (or an arrow in it) mentions `this`.
    uses_this: bool,
    /// The name a named function expression binds to itself.
    self_name: Option<Name>,
    callee_names: Vec<(u32, Rc<str>)>,
    not_iterable: Vec<(u32, NotIterable)>,
    /// The number of inline caches the named property instructions use so far.
    prop_caches: u16,
    /// The statement being compiled: V8 reports TDZ errors at its start.
    stmt_span: Span,
    /// The index in `scopes` of the scope holding the function's vars.
    var_scope: usize,
    /// Block-level function declarations (by source offset) whose evaluation also
    /// assigns the function's var of the same name (Annex B.3.3).
    annex_b: FxHashSet<u32>,
    /// The code (or a function nested in it) calls `eval` directly: every binding
    /// lives in an `Env`.
    sees_eval: bool,
    /// The scopes each direct `eval` call sees, by the call's `site` operand.
    eval_sites: Vec<Rc<EvalSite>>,
    /// The parameter list's initializers are being compiled.
    in_params: bool,
    /// Class field initialisers or static blocks: eval code called from them (or from
    /// arrows in them) may not use `arguments`.
    class_initializer: bool,
}

struct Compiler<'a, 'h> {
    /// Script-level lexicals whose declaration the script's top-level code has already
    /// run: reads after it in that code need no TDZ check.
    script_initialized: FxHashSet<Name>,
    heap: &'h mut Heap,
    globals: &'h mut GlobalScope,
    source: Rc<Source>,
    funcs: Vec<FnState<'a>>,
    options: ScriptOptions,
    /// For direct eval code: the call it runs for (its caller's scopes are `funcs[0]`).
    eval_site: Option<Rc<EvalSite>>,
    /// The module being compiled: its top-level names and imports.
    module: Option<&'h ModuleScope>,
    /// What scope analysis found out about each function so far.
    names: scope::NameMemo,
}

/// The most registers a frame may use.
const MAX_REGS: usize = 65000;

type CResult<T = ()> = Result<T, Diagnostic>;

impl<'a, 'h> Compiler<'a, 'h> {
    fn new(
        heap: &'h mut Heap,
        globals: &'h mut GlobalScope,
        source: Rc<Source>,
        options: ScriptOptions,
        eval_site: Option<Rc<EvalSite>>,
    ) -> Self {
        Compiler {
            script_initialized: FxHashSet::default(),
            heap,
            globals,
            source,
            funcs: Vec::new(),
            options,
            eval_site,
            module: None,
            names: scope::NameMemo::default(),
        }
    }
}

impl<'a> Compiler<'a, '_> {
    fn f(&mut self) -> &mut FnState<'a> {
        self.funcs.last_mut().expect("compiling a function")
    }

    fn fr(&self) -> &FnState<'a> {
        self.funcs.last().expect("compiling a function")
    }

    // ---- emission helpers -------------------------------------------------------

    fn emit(&mut self, op: Op) -> usize {
        let f = self.f();
        f.code.push(op);
        f.code.len() - 1
    }

    /// Emits an instruction that may throw or call, recording its source position.
    fn emit_at(&mut self, op: Op, span: Span) -> usize {
        let f = self.f();
        let pc = f.code.len() as u32;
        if f.positions.last().map(|&(_, pos)| pos) != Some(span.start) {
            f.positions.push((pc, span.start));
        }
        f.code.push(op);
        f.code.len() - 1
    }

    /// R[reg] := await R[reg]
    fn emit_await(&mut self, reg: Reg, span: Span) -> usize {
        self.emit_at(Op::Await { dst: reg, src: reg }, span)
    }

    fn pc(&self) -> u32 {
        self.fr().code.len() as u32
    }

    /// Points the jump at `at` to `target`.
    fn patch(&mut self, at: usize, target: u32) {
        match &mut self.f().code[at] {
            Op::Jump { target: t }
            | Op::JumpIfTrue { target: t, .. }
            | Op::JumpIfFalse { target: t, .. }
            | Op::JumpIfNullish { target: t, .. }
            | Op::JumpIfNotNullish { target: t, .. }
            | Op::JumpIfNotUndefined { target: t, .. }
            | Op::JumpIfEmpty { target: t, .. }
            | Op::JumpIfNotLt { target: t, .. }
            | Op::JumpIfNotLtInt { target: t, .. }
            | Op::JumpIfNotLtEq { target: t, .. }
            | Op::JumpIfNotGt { target: t, .. }
            | Op::JumpIfNotGtEq { target: t, .. }
            | Op::JumpIfLt { target: t, .. }
            | Op::JumpIfLtInt { target: t, .. }
            | Op::JumpIfLtEq { target: t, .. }
            | Op::JumpIfGt { target: t, .. }
            | Op::JumpIfGtEq { target: t, .. }
            | Op::JumpIfEq { target: t, .. }
            | Op::JumpIfNotEq { target: t, .. }
            | Op::JumpIfStrictEq { target: t, .. }
            | Op::JumpIfNotStrictEq { target: t, .. }
            | Op::IteratorNext { done: t, .. }
            | Op::IteratorResult { done: t, .. }
            | Op::AsyncDelegateResult { done: t, .. }
            | Op::AsyncIteratorClose { skip: t, .. }
            | Op::ForInNext { done: t, .. } => *t = target,
            op => unreachable!("patching a non-jump {op:?}"),
        }
    }

    fn patch_here(&mut self, at: usize) {
        let pc = self.pc();
        self.patch(at, pc);
    }

    fn patch_all_here(&mut self, jumps: &[usize]) {
        for &at in jumps {
            self.patch_here(at);
        }
    }

    fn jump(&mut self) -> usize {
        self.emit(Op::Jump { target: 0 })
    }

    /// A new inline cache for a named property instruction. Past `u16::MAX` of them
    /// in one function, the rest share the last one (a cache met by many sites turns
    /// megamorphic and stays correct).
    fn prop_cache(&mut self) -> u16 {
        let f = self.f();
        let ic = f.prop_caches.min(u16::MAX - 1);
        f.prop_caches = ic + 1;
        ic
    }

    fn atom_const(&mut self, text: &str) -> u32 {
        let atom = self.heap.atom_str(text);
        self.atom_index(atom)
    }

    fn units_const(&mut self, units: &[u16]) -> u32 {
        let atom = self.heap.atom(units);
        self.atom_index(atom)
    }

    fn atom_index(&mut self, atom: crate::runtime::heap::Atom) -> u32 {
        let f = self.f();
        if let Some(&i) = f.atom_consts.get(&(atom.index() as u32)) {
            return i;
        }
        f.constants.push(Constant::String(atom));
        let i = (f.constants.len() - 1) as u32;
        f.atom_consts.insert(atom.index() as u32, i);
        i
    }

    fn number_const(&mut self, n: f64) -> u32 {
        let f = self.f();
        if let Some(&i) = f.number_consts.get(&n.to_bits()) {
            return i;
        }
        f.constants.push(Constant::Number(n));
        let i = (f.constants.len() - 1) as u32;
        f.number_consts.insert(n.to_bits(), i);
        i
    }

    fn bigint_const(&mut self, n: &Rc<num_bigint::BigInt>) -> u32 {
        if let Some(&i) = self.f().bigint_consts.get(n) {
            return i;
        }
        let b = self.heap.alloc_bigint(num_bigint::BigInt::clone(n));
        let f = self.f();
        f.constants.push(Constant::BigInt(b));
        let i = (f.constants.len() - 1) as u32;
        f.bigint_consts.insert(n.clone(), i);
        i
    }

    fn add_const(&mut self, c: Constant) -> u32 {
        let f = self.f();
        f.constants.push(c);
        (f.constants.len() - 1) as u32
    }

    // ---- registers --------------------------------------------------------------

    fn alloc(&mut self, span: Span) -> CResult<Reg> {
        let f = self.f();
        let r = f.next_reg;
        if r as usize >= MAX_REGS {
            return Err(Diagnostic::syntax(
                "Function is too large: too many registers",
                span,
            ));
        }
        f.next_reg += 1;
        f.max_reg = f.max_reg.max(f.next_reg);
        Ok(r)
    }

    /// `n` consecutive registers.
    fn alloc_n(&mut self, n: usize, span: Span) -> CResult<Reg> {
        let first = self.fr().next_reg;
        for _ in 0..n {
            self.alloc(span)?;
        }
        Ok(first)
    }

    fn mark(&self) -> Reg {
        self.fr().next_reg
    }

    fn release(&mut self, mark: Reg) {
        self.f().next_reg = mark;
    }

    // ---- scopes and bindings ----------------------------------------------------

    /// Opens a scope declaring `names`; the scope gets an `Env` when one of them is
    /// captured by a closure. Emits `PushScope` and TDZ initialisation.
    fn push_scope(&mut self, names: &[(Name, BindingKind, Span)], always_check: bool) -> CResult {
        let captured: Vec<bool> = names
            .iter()
            .map(|(n, _, _)| self.fr().captured.contains(n))
            .collect();
        let has_env = captured.iter().any(|&c| c);
        let reg_base = self.mark();
        self.f().scopes.push(Scope {
            bindings: FxHashMap::default(),
            has_env,
            env_size: 0,
            reg_base,
            always_check,
            dynamic: None,
        });
        let push_at = if has_env {
            Some(self.emit(Op::PushScope { size: 0 }))
        } else {
            None
        };
        for ((name, kind, span), cap) in names.iter().zip(captured) {
            self.declare(name, *kind, *span, cap)?;
        }
        if let Some(at) = push_at {
            let size = self.fr().scopes.last().map_or(0, |s| s.env_size);
            self.f().code[at] = Op::PushScope { size };
        }
        Ok(())
    }

    /// Adds a binding to the innermost scope, checking for redeclaration.
    fn declare(&mut self, name: &Name, kind: BindingKind, span: Span, captured: bool) -> CResult {
        let existing = self
            .fr()
            .scopes
            .last()
            .and_then(|s| s.bindings.get(name))
            .copied();
        if let Some(prev) = existing {
            let conflict = kind.is_lexical()
                || prev.kind.is_lexical()
                || (prev.kind == BindingKind::Catch && kind == BindingKind::Function);
            if conflict && prev.kind != BindingKind::Implicit {
                return Err(redeclared(name, span, prev.span));
            }
            return Ok(());
        }
        // A register no instruction has used yet still holds the undefined every
        // frame starts with.
        let untouched = self.fr().next_reg >= self.fr().max_reg;
        let loc = if captured {
            let scope = self.f().scopes.last_mut().expect("scope");
            scope.env_size += 1;
            Loc::Env(scope.env_size - 1)
        } else {
            Loc::Reg(self.alloc(span)?)
        };
        let needs_tdz = (kind.is_lexical() && kind != BindingKind::LexicalFunction)
            || kind == BindingKind::ParamTdz
            || kind == BindingKind::ClassInner;
        if needs_tdz {
            if let Loc::Reg(r) = loc {
                self.emit(Op::LoadEmpty { dst: r });
            }
        } else if kind == BindingKind::Var {
            match loc {
                // A function's own vars are declared once, as it starts: a fresh
                // register needs no store.
                Loc::Reg(_) if untouched && self.fr().scopes.len() == 1 => {}
                Loc::Reg(r) => {
                    self.emit(Op::LoadUndefined { dst: r });
                }
                // A new Env's slots start empty (the TDZ marker): a var starts undefined.
                Loc::Env(slot) => {
                    let t = self.alloc(span)?;
                    self.emit(Op::LoadUndefined { dst: t });
                    self.emit(Op::SetEnv {
                        src: t,
                        depth: 0,
                        slot,
                    });
                    self.release(t);
                }
            }
        }
        let scope = self.f().scopes.last_mut().expect("scope");
        scope.bindings.insert(
            name.clone(),
            Binding {
                loc,
                kind,
                initialized: !needs_tdz,
                span,
            },
        );
        Ok(())
    }

    /// Closes the innermost scope, emitting `PopScope` if it had an `Env`.
    fn pop_scope(&mut self) {
        let f = self.f();
        let scope = f.scopes.pop().expect("scope");
        f.next_reg = scope.reg_base;
        if scope.has_env {
            self.emit(Op::PopScope {});
        }
    }

    /// How many `Env`s the open scopes have pushed at run time: the one source of truth
    /// is the scope stack itself (scopes set aside while a jump's finally bodies compile
    /// are not on it).
    fn env_depth(&self) -> u16 {
        self.fr().scopes.iter().filter(|s| s.has_env).count() as u16
    }

    fn set_initialized(&mut self, name: &str) {
        if let Some(b) = self
            .f()
            .scopes
            .last_mut()
            .and_then(|s| s.bindings.get_mut(name))
        {
            b.initialized = true;
        }
    }

    /// Finds `name`, from the innermost scope of the current function outwards through
    /// enclosing functions, then the script-level globals.
    fn resolve(&self, name: &str) -> Resolved {
        let mut depth: u16 = 0;
        for (fi, f) in self.funcs.iter().enumerate().rev() {
            let here = fi == self.funcs.len() - 1;
            for scope in f.scopes.iter().rev() {
                if let Some(b) = scope.bindings.get(name) {
                    let mut b = *b;
                    // A binding of an enclosing function keeps the state its own code
                    // reached: functions are compiled where their closures are made
                    // (declarations at the start of their scope), and a closure made
                    // after a declaration ran can only run after it too.
                    if scope.always_check {
                        b.initialized = false;
                    }
                    return match b.loc {
                        Loc::Reg(r) if here => Resolved::Reg(r, b),
                        Loc::Reg(_) => unreachable!("captured names live in an Env"),
                        Loc::Env(slot) => Resolved::Env {
                            depth,
                            slot,
                            binding: b,
                        },
                    };
                }
                if scope.has_env {
                    depth += 1;
                }
            }
        }
        if let Some(g) = self.module.and_then(|m| m.bindings.get(name)) {
            return Resolved::Lexical(*g);
        }
        match self.globals.lexicals.get(name) {
            Some(g) => Resolved::Lexical(*g),
            None => Resolved::Global,
        }
    }

    // ---- functions --------------------------------------------------------------

    fn new_fn(&self, kind: TemplateKind, strict: bool, name: Rc<str>, span: Span) -> FnState<'a> {
        FnState {
            kind,
            strict,
            is_async: false,
            is_generator: false,
            name,
            span,
            code: Vec::new(),
            constants: Vec::new(),
            atom_consts: FxHashMap::default(),
            number_consts: FxHashMap::default(),
            bigint_consts: FxHashMap::default(),
            positions: Vec::new(),
            tries: Vec::new(),
            ranges: Vec::new(),
            scopes: Vec::new(),
            next_reg: 1,
            max_reg: 1,
            captured: FxHashSet::default(),
            controls: Vec::new(),
            optional_chains: Vec::new(),
            completion: None,
            param_count: 0,
            length: 0,
            keeps_arguments: false,
            mapped_arguments: None,
            lazy_arguments: None,
            uses_this: true,
            self_name: None,
            callee_names: Vec::new(),
            not_iterable: Vec::new(),
            prop_caches: 0,
            stmt_span: span,
            var_scope: 0,
            annex_b: FxHashSet::default(),
            sees_eval: false,
            eval_sites: Vec::new(),
            in_params: false,
            class_initializer: false,
        }
    }

    fn finish_fn(&mut self) -> Rc<FunctionTemplate> {
        let f = self.funcs.pop().expect("function");
        let handlers: Vec<Handler> = f
            .ranges
            .iter()
            .filter(|(_, start, end)| start < end)
            .map(|&(i, start, end)| {
                let t = &f.tries[i];
                Handler {
                    start,
                    end,
                    target: t.target,
                    reg: t.reg,
                    scope_depth: t.scope_depth,
                    kind: t.kind,
                }
            })
            .collect();
        // The instruction loop fetches without a bounds check on these guarantees, so
        // they are checked in every build: a linear pass per function, far cheaper
        // than a check per instruction run.
        assert!(
            bytecode::stays_inside(&f.code),
            "{} runs off its code",
            f.name
        );
        assert!(handlers.iter().all(|h| (h.target as usize) < f.code.len()));
        assert!(bytecode::caches_inside(&f.code, f.prop_caches as usize));
        let name_atom = self.heap.atom_str(&f.name);
        let template = Rc::new(FunctionTemplate {
            name_atom,
            name: f.name,
            kind: f.kind,
            is_async: f.is_async,
            is_generator: f.is_generator,
            strict: f.strict,
            length: f.length,
            keeps_arguments: f.keeps_arguments,
            mapped_arguments: f.mapped_arguments,
            uses_this: f.uses_this,
            plain_entry: FunctionTemplate::plain_entry_of(f.kind, f.keeps_arguments),
            boxes_this: FunctionTemplate::boxes_this_of(f.kind, f.strict, f.uses_this),
            global_cache: f
                .constants
                .iter()
                .map(|c| GlobalCache {
                    // Only string constants name globals; the others' caches go unused.
                    name: match c {
                        Constant::String(a) => *a,
                        _ => name_atom,
                    },
                    at: std::cell::Cell::new((u32::MAX, 0)),
                })
                .collect(),
            prop_caches: (0..f.prop_caches).map(|_| PropCache::default()).collect(),
            callee_names: f.callee_names,
            not_iterable: f.not_iterable,
            eval_sites: f.eval_sites.into(),
            param_count: f.param_count,
            register_count: f.max_reg,
            code: f.code,
            constants: f.constants,
            handlers,
            positions: f.positions,
            source: self.source.clone(),
            span: f.span,
            bare_properties: Default::default(),
        });
        // The code's atoms live as long as it does. Nested functions are noted here,
        // once made (a class's constructor is still edited in place before), and the
        // outermost function of this compilation as it is made.
        for constant in &template.constants {
            if let Constant::Function(inner) = constant {
                self.heap.add_code(inner);
            }
        }
        if self.funcs.is_empty() {
            self.heap.add_code(&template);
        }
        template
    }

    fn script(&mut self, program: &'a Program) -> CResult<Rc<FunctionTemplate>> {
        let mut f = self.new_fn(
            TemplateKind::Script,
            program.strict,
            "".into(),
            program.span,
        );
        f.captured = scope::captured_names(&mut self.names, &program.body, &[], None);
        dynamic::keep_all_for_eval(&mut self.names, &mut f, &program.body, &[], None, false);
        let completion = self.enter_top_level(f, program.span)?;
        self.bind_top_level_this(program.span)?;
        if self.options.eval && program.strict {
            // Strict eval code gets a variable environment of its own (PerformEval
            // step 16): its `var`s and functions stay inside it.
            let (mut names, vars) = dynamic::eval_declarations(&program.body)?;
            names.extend(vars);
            self.push_scope(&names, false)?;
        } else if self.options.eval {
            self.declare_script_globals(program)?;
            let names: Vec<(Name, BindingKind, Span)> = scope::lexical_decls(&program.body)
                .into_iter()
                .filter_map(|d| Some((d.name.clone(), d.binding_kind()?, d.span)))
                .collect();
            self.push_scope(&names, false)?;
        } else {
            self.declare_script_globals(program)?;
        }
        self.hoist_functions(&program.body, true)?;
        self.stmts(&program.body)?;
        self.emit(Op::Return { src: completion });
        Ok(self.finish_fn())
    }

    /// Starts the body of a script or module whose function state is `f`: its
    /// completion register (undefined until a statement leaves a value) and its
    /// top-level scope. Returns the completion register.
    fn enter_top_level(&mut self, f: FnState<'a>, span: Span) -> CResult<Reg> {
        self.funcs.push(f);
        let completion = self.alloc(span)?;
        self.f().completion = Some(completion);
        self.emit(Op::LoadUndefined { dst: completion });
        self.f().scopes.push(Scope {
            bindings: FxHashMap::default(),
            has_env: false,
            env_size: 0,
            reg_base: 1,
            always_check: false,
            dynamic: None,
        });
        Ok(completion)
    }

    /// Arrows at the top level read the body's `this` (in R0) from an Env.
    fn bind_top_level_this(&mut self, span: Span) -> CResult {
        if self.fr().captured.contains(scope::THIS) {
            self.push_scope(&[(scope::THIS.into(), BindingKind::Implicit, span)], false)?;
            self.store_name(scope::THIS, 0, span, true)?;
        }
        Ok(())
    }

    /// Script-level declarations: `var` and functions become global-object properties,
    /// `let`/`const`/`class` get global lexical slots (GlobalDeclarationInstantiation).
    fn declare_script_globals(&mut self, program: &'a Program) -> CResult {
        let lexicals = scope::lexical_decls(&program.body);
        let mut seen: FxHashMap<Name, Span> = FxHashMap::default();
        let mut new_slots = Vec::new();
        for d in &lexicals {
            if matches!(d.kind, scope::LexicalKind::Function(_)) || self.options.eval {
                continue;
            }
            if let Some(&first) = seen.get(&d.name) {
                return Err(redeclared(&d.name, d.span_name(), first));
            }
            seen.insert(d.name.clone(), d.span_name());
            let redeclaring =
                self.globals.lexicals.contains_key(&d.name) || self.globals.vars.contains(&d.name);
            if redeclaring && !self.options.allow_global_redeclaration {
                return Err(Diagnostic::syntax(
                    format!("Identifier '{}' has already been declared", d.name),
                    d.span_name(),
                ));
            }
            new_slots.push((d.name.clone(), matches!(d.kind, scope::LexicalKind::Const)));
        }
        let mut var_like: Vec<(Name, Span)> = scope::var_names(&program.body);
        for d in &lexicals {
            if let scope::LexicalKind::Function(f) = d.kind {
                var_like.push((d.name.clone(), f.span));
            }
        }
        if !program.strict {
            let blocked = lexicals
                .iter()
                .filter(|d| !matches!(d.kind, scope::LexicalKind::Function(_)))
                .map(|d| d.name.clone())
                .collect();
            for f in scope::annex_b_functions(&program.body, blocked) {
                let name = f.name.clone().expect("declarations are named");
                // B.3.2.2: not when an earlier script declared the name lexically.
                if !self.globals.lexicals.contains_key(&name) {
                    var_like.push((name, f.span));
                    self.f().annex_b.insert(f.span.start);
                }
            }
        }
        for (name, span) in &var_like {
            if let Some(&first) = seen.get(name) {
                return Err(redeclared(name, *span, first));
            }
            if self.globals.lexicals.contains_key(name) {
                return Err(Diagnostic::syntax(
                    format!("Identifier '{name}' has already been declared"),
                    *span,
                ));
            }
        }
        for (name, is_const) in new_slots {
            let existing = self.globals.lexicals.get(&name).map(|g| g.slot);
            let slot = existing.unwrap_or_else(|| {
                self.globals.slot_count += 1;
                self.globals.slot_count - 1
            });
            let binding = GlobalLexical { slot, is_const };
            let atom = self.heap.permanent_atom(&name);
            self.globals.by_atom.insert(atom, binding);
            self.globals.epoch += 1;
            self.globals.lexicals.insert(name, binding);
        }
        if self.options.eval {
            let functions: FxHashSet<&Name> = lexicals
                .iter()
                .filter(|d| matches!(d.kind, scope::LexicalKind::Function(_)))
                .map(|d| &d.name)
                .collect();
            self.check_eval_globals(var_like.iter().map(|(n, _)| (n, functions.contains(n))));
        }
        for (name, _) in var_like {
            let k = self.atom_const(&name);
            if self.options.eval {
                self.emit(Op::DeclareEvalGlobalVar { name: k });
            } else {
                self.emit(Op::DeclareGlobalVar { name: k });
            }
            self.globals.vars.insert(name);
        }
        Ok(())
    }

    /// Creates the closures of the function declarations directly in `stmts` at the
    /// start of their scope. At script level they are global properties.
    fn hoist_functions(&mut self, stmts: &'a [Stmt], script_level: bool) -> CResult {
        for s in stmts {
            if let StmtKind::FunctionDecl(func) = &s.kind {
                let name = func.name.clone().expect("declarations are named");
                let mark = self.mark();
                let r = self.alloc(s.span)?;
                self.function_value(func, Some(name.clone()), r)?;
                // Eval code's functions are assigned to the deletable vars declared
                // for them.
                if script_level && self.funcs.len() == 1 && !self.options.eval {
                    let k = self.atom_const(&name);
                    self.emit(Op::DeclareGlobalFunction { name: k, src: r });
                } else {
                    self.store_name(&name, r, s.span, true)?;
                }
                self.release(mark);
            }
        }
        Ok(())
    }

    /// Compiles a function (declaration, expression, arrow or method) into `dst`.
    fn function_value(&mut self, func: &'a Function, name: Option<Name>, dst: Reg) -> CResult {
        let template = self.function_template(func, name, None, None)?;
        let idx = self.add_const(Constant::Function(template));
        self.emit(Op::Closure { dst, idx });
        Ok(())
    }

    fn function_template(
        &mut self,
        func: &'a Function,
        name: Option<Name>,
        class_kind: Option<TemplateKind>,
        self_name: Option<Name>,
    ) -> CResult<Rc<FunctionTemplate>> {
        let kind = class_kind.unwrap_or(match func.kind {
            FunctionKind::Normal => TemplateKind::Normal,
            FunctionKind::Arrow => TemplateKind::Arrow,
            FunctionKind::Method => TemplateKind::Method,
            FunctionKind::ClassConstructor => TemplateKind::ClassConstructor { derived: false },
        });
        let strict = func.strict || self.fr().strict;
        let fname: Rc<str> = name
            .or_else(|| func.name.clone())
            .map_or("".into(), |n| n.as_ref().into());
        let mut f = self.new_fn(kind, strict, fname, func.span);
        f.is_async = func.is_async;
        f.is_generator = func.is_generator;
        f.captured = scope::captured_names(
            &mut self.names,
            &func.body,
            &func.params,
            func.rest.as_ref(),
        );
        let derived = kind == TemplateKind::ClassConstructor { derived: true };
        dynamic::keep_all_for_eval(
            &mut self.names,
            &mut f,
            &func.body,
            &func.params,
            func.rest.as_ref(),
            derived,
        );
        if f.sees_eval
            && let Some(n) = &self_name
        {
            f.captured.insert(n.clone());
        }
        f.self_name = self_name;
        f.param_count = func.params.len() as u16;
        f.length = func
            .params
            .iter()
            .position(|p| matches!(p, Pattern::Default { .. }))
            .unwrap_or(func.params.len()) as u32;
        self.funcs.push(f);
        self.function_body(func, kind)?;
        Ok(self.finish_fn())
    }

    /// The prologue (parameters, `arguments`, hoisting) and the body.
    fn function_body(&mut self, func: &'a Function, kind: TemplateKind) -> CResult {
        let param_count = func.params.len();
        let first_free = self.alloc_n(param_count, func.span)?;
        debug_assert_eq!(first_free, 1);
        if let Some(name) = self.f().self_name.take() {
            // A named function expression sees its own name in a scope of its own,
            // outside the parameters (which may shadow it).
            self.push_scope(
                &[(name.clone(), BindingKind::FunctionSelf, func.span)],
                false,
            )?;
            let t = self.alloc(func.span)?;
            self.emit(Op::LoadCallee { dst: t });
            self.store_name(&name, t, func.span, true)?;
        }
        let simple = func.rest.is_none()
            && func
                .params
                .iter()
                .all(|p| matches!(p, Pattern::Ident { .. }));

        // The function scope: parameters, implicit bindings and, for a simple parameter
        // list, the body's vars and top-level lexicals. A list with initializers or
        // patterns gives the body a scope of its own (FunctionDeclarationInstantiation
        // steps 27-30), so an initializer never sees the body's declarations.
        let mut names: Vec<(Name, BindingKind, Span)> = Vec::new();
        let mut param_names = Vec::new();
        for p in func.params.iter().chain(&func.rest) {
            scope::pattern_names(p, &mut |n, sp| param_names.push((n.clone(), sp)));
        }
        if func.kind != FunctionKind::Arrow {
            for implicit in [scope::THIS, scope::NEW_TARGET, scope::ACTIVE_FUNCTION] {
                if self.fr().captured.contains(implicit) {
                    names.push((implicit.into(), BindingKind::Implicit, func.span));
                }
            }
        }
        let referenced = scope::function_referenced_names(&mut self.names, func);
        let sees_eval = self.fr().sees_eval;
        let uses_arguments = func.kind != FunctionKind::Arrow
            && !param_names.iter().any(|(n, _)| &**n == scope::ARGUMENTS)
            && (referenced.contains(scope::ARGUMENTS) || sees_eval);
        self.f().uses_this = referenced.contains(scope::THIS) || sees_eval;
        if uses_arguments {
            names.push((scope::ARGUMENTS.into(), BindingKind::Implicit, func.span));
        }
        self.f().keeps_arguments = uses_arguments || func.rest.is_some();
        // Sloppy code with simple parameters maps `arguments` to the parameters, which
        // then live in the Env the object aliases.
        let mapped = uses_arguments && simple && !self.fr().strict;
        if mapped {
            for (n, _) in &param_names {
                self.f().captured.insert(n.clone());
            }
        }
        let lexicals = scope::lexical_decls(&func.body);
        for (n, sp) in &param_names {
            if (!simple
                || self.fr().strict
                || func.kind == FunctionKind::Arrow
                || func.kind == FunctionKind::Method)
                && names.iter().any(|(m, k, _)| {
                    m == n && matches!(k, BindingKind::Param | BindingKind::ParamTdz)
                })
            {
                return Err(Diagnostic::syntax(
                    "Duplicate parameter name not allowed in this context",
                    *sp,
                ));
            }
            let kind = if simple {
                BindingKind::Param
            } else {
                BindingKind::ParamTdz
            };
            names.push((n.clone(), kind, *sp));
        }
        let mut body_names = var_scoped_names(&func.body, &lexicals);
        for d in &lexicals {
            let Some(kind) = d.binding_kind() else {
                continue;
            };
            let earlier = names
                .iter()
                .chain(&body_names)
                .find(|(m, k, _)| *m == d.name && *k != BindingKind::Implicit);
            if let Some((_, _, first)) = earlier {
                return Err(redeclared(&d.name, d.span_name(), *first));
            }
            body_names.push((d.name.clone(), kind, d.span_name()));
        }
        if !self.fr().strict {
            let mut blocked: Vec<Name> = param_names.iter().map(|(n, _)| n.clone()).collect();
            blocked.extend(
                lexicals
                    .iter()
                    .filter(|d| !matches!(d.kind, scope::LexicalKind::Function(_)))
                    .map(|d| d.name.clone()),
            );
            blocked.push(scope::ARGUMENTS.into());
            for f in scope::annex_b_functions(&func.body, blocked) {
                let name = f.name.clone().expect("declarations are named");
                body_names.push((name, BindingKind::Var, f.span));
                self.f().annex_b.insert(f.span.start);
            }
        }
        if simple {
            names.append(&mut body_names);
        }
        // Parameters that stay in their argument register are bound there directly.
        let captured = self.fr().captured.clone();
        let reg_base = self.mark();
        let eval_vars = sees_eval && !self.fr().strict;
        let has_env = names.iter().any(|(n, _, _)| captured.contains(n)) || eval_vars;
        self.f().scopes.push(Scope {
            bindings: FxHashMap::default(),
            has_env,
            env_size: 0,
            reg_base,
            always_check: false,
            dynamic: None,
        });
        let push_at = if has_env {
            Some(self.emit(Op::PushScope { size: 0 }))
        } else {
            None
        };
        for (i, p) in func.params.iter().enumerate() {
            if let Pattern::Ident { name, span } = p
                && simple
                && !captured.contains(name)
            {
                let scope = self.f().scopes.last_mut().expect("scope");
                scope.bindings.insert(
                    name.clone(),
                    Binding {
                        loc: Loc::Reg(1 + i as Reg),
                        kind: BindingKind::Param,
                        initialized: true,
                        span: *span,
                    },
                );
            }
        }
        for (n, kind, sp) in &names {
            let already = self
                .fr()
                .scopes
                .last()
                .is_some_and(|s| s.bindings.contains_key(n));
            if already && *kind == BindingKind::Param {
                continue;
            }
            let is_cap = captured.contains(n);
            self.declare(n, *kind, *sp, is_cap)?;
        }
        if eval_vars {
            self.add_eval_vars_slot();
        }
        if let Some(at) = push_at {
            let size = self.fr().scopes.last().map_or(0, |s| s.env_size);
            self.f().code[at] = Op::PushScope { size };
        }
        self.f().var_scope = self.fr().scopes.len() - 1;
        // Implicit bindings captured by arrows.
        if func.kind != FunctionKind::Arrow {
            if captured.contains(scope::THIS) {
                self.store_name(scope::THIS, 0, func.span, true)?;
            }
            if captured.contains(scope::NEW_TARGET) {
                let t = self.alloc(func.span)?;
                self.emit(Op::NewTarget { dst: t });
                self.store_name(scope::NEW_TARGET, t, func.span, true)?;
                self.release(t);
            }
            if captured.contains(scope::ACTIVE_FUNCTION) {
                let t = self.alloc(func.span)?;
                self.emit(Op::LoadCallee { dst: t });
                self.store_name(scope::ACTIVE_FUNCTION, t, func.span, true)?;
                self.release(t);
            }
        }
        if mapped {
            let mut slots = vec![None; param_count];
            for (i, (n, _)) in param_names.iter().enumerate() {
                if param_names[i + 1..].iter().any(|(m, _)| m == n) {
                    continue;
                }
                if let Resolved::Env { depth: 0, slot, .. } = self.resolve(n) {
                    slots[i] = Some(slot);
                }
            }
            self.f().mapped_arguments = Some(slots.into());
        }
        // A function that only passes its arguments on (`g.apply(this, arguments)`)
        // makes no object for them unless `g.apply` is not the built-in one. Mapped
        // arguments alias the parameters, so only a function without parameters
        // qualifies in sloppy code.
        let lazy_arguments = uses_arguments
            && !sees_eval
            && matches!(func.kind, FunctionKind::Normal | FunctionKind::Method)
            && !func.is_async
            && !func.is_generator
            && (!mapped || param_count == 0)
            && scope::only_applies_arguments(&mut self.names, func);
        let lazy_arguments = match lazy_arguments.then(|| self.resolve(scope::ARGUMENTS)) {
            Some(Resolved::Reg(r, _)) => Some(r),
            _ => None,
        };
        if uses_arguments {
            let t = self.alloc(func.span)?;
            if lazy_arguments.is_some() {
                self.emit(Op::LoadEmpty { dst: t });
            } else {
                self.emit(Op::CreateArguments {
                    dst: t,
                    last: func.rest.is_none(),
                });
            }
            self.store_name(scope::ARGUMENTS, t, func.span, true)?;
            self.release(t);
            self.f().lazy_arguments = lazy_arguments;
        }
        // Parameters: defaults, patterns, captured simple parameters, rest.
        self.f().in_params = true;
        for (i, p) in func.params.iter().enumerate() {
            let reg = 1 + i as Reg;
            match p {
                Pattern::Ident { name, span } => {
                    if captured.contains(name) || !simple {
                        self.store_name(name, reg, *span, true)?;
                    }
                }
                _ => self.bind_pattern(p, reg, PatternSource::Unnamed, true)?,
            }
        }
        if let Some(rest) = &func.rest {
            let t = self.alloc(rest.span())?;
            self.emit(Op::CreateRest {
                dst: t,
                from: param_count as u16,
            });
            self.bind_pattern(rest, t, PatternSource::Unnamed, true)?;
            self.release(t);
        }
        self.f().in_params = false;
        if !simple {
            self.push_body_scope(&body_names, &param_names, uses_arguments)?;
            self.f().var_scope = self.fr().scopes.len() - 1;
        }
        if let TemplateKind::ClassConstructor { derived: true } = kind {
            self.emit(Op::LoadEmpty { dst: 0 });
        }
        self.hoist_functions(&func.body, false)?;
        if func.is_generator {
            // The call returns the generator object here, after the prologue.
            self.emit(Op::InitialYield {});
        }
        self.stmts(&func.body)?;
        self.emit_implicit_return(func.span)?;
        Ok(())
    }

    /// Opens the body's own scope after a non-simple parameter list has been bound. A
    /// `var` named like a parameter (or `arguments`) starts with that binding's value
    /// (step 28.e.i.4), unless a function declaration of the name replaces it.
    fn push_body_scope(
        &mut self,
        body_names: &[(Name, BindingKind, Span)],
        param_names: &[(Name, Span)],
        uses_arguments: bool,
    ) -> CResult {
        let is_function = |n: &Name| {
            body_names
                .iter()
                .any(|(m, k, _)| m == n && *k == BindingKind::Function)
        };
        let mut carried: Vec<(Name, Reg, Span)> = Vec::new();
        for (n, kind, sp) in body_names {
            let from_params = param_names.iter().any(|(m, _)| m == n)
                || (uses_arguments && &**n == scope::ARGUMENTS);
            if *kind == BindingKind::Var
                && from_params
                && !is_function(n)
                && !carried.iter().any(|(m, _, _)| m == n)
            {
                let t = self.alloc(*sp)?;
                self.load_name(n, t, *sp)?;
                carried.push((n.clone(), t, *sp));
            }
        }
        self.push_scope(body_names, false)?;
        for (n, t, sp) in carried {
            self.store_name(&n, t, sp, true)?;
        }
        Ok(())
    }

    /// `return;` at the end of a body: `undefined`, or `this` for constructors.
    fn emit_implicit_return(&mut self, span: Span) -> CResult {
        if let TemplateKind::ClassConstructor { derived: true } = self.fr().kind {
            self.load_this(0, span)?;
            self.emit(Op::Return { src: 0 });
        } else {
            let t = self.alloc(span)?;
            self.emit(Op::LoadUndefined { dst: t });
            self.emit(Op::Return { src: t });
            self.release(t);
        }
        Ok(())
    }
}

/// The var-scoped declarations of a body: its top-level functions, then its `var`s.
fn var_scoped_names(
    body: &[Stmt],
    lexicals: &[scope::LexicalDecl],
) -> Vec<(Name, BindingKind, Span)> {
    let mut names = Vec::new();
    for d in lexicals {
        if let scope::LexicalKind::Function(f) = d.kind {
            names.push((d.name.clone(), BindingKind::Function, f.span));
        }
    }
    for (n, sp) in scope::var_names(body) {
        names.push((n, BindingKind::Var, sp));
    }
    names
}

impl scope::LexicalDecl<'_> {
    /// The binding a let/const/class declaration makes (`None` for a function, whose
    /// binding depends on where it is).
    fn binding_kind(&self) -> Option<BindingKind> {
        match self.kind {
            scope::LexicalKind::Let => Some(BindingKind::Let),
            scope::LexicalKind::Const => Some(BindingKind::Const),
            scope::LexicalKind::Class => Some(BindingKind::Class),
            scope::LexicalKind::Function(_) => None,
        }
    }

    /// The span to point at for this declaration: the name when it is known.
    fn span_name(&self) -> Span {
        self.span
    }
}

/// The redeclaration error for declarations at `span` and `first`: V8 declares names in
/// source order, so it points at whichever of the two comes later.
fn redeclared(name: &str, span: Span, first: Span) -> Diagnostic {
    let (span, first) = if first.start > span.start {
        (first, span)
    } else {
        (span, first)
    };
    Diagnostic::syntax(
        format!("Identifier '{name}' has already been declared"),
        span,
    )
    .with_note(format!("'{name}' was first declared here"), first)
}
