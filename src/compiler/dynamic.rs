//! Dynamic scopes: `with` statements and the variables direct `eval` declares. A name
//! that may be bound in one of them is looked up at run time in the objects of the
//! dynamic scopes between the code and the name's static binding, innermost first;
//! when none has it, the static binding (register, `Env` slot or global) is used.
//! Code with no dynamic scope around it compiles as if this file did not exist.

use super::*;
use crate::parser::Context;

/// What kind of object a dynamic scope's `Env` holds.
#[derive(Clone, Copy, Debug)]
pub(super) enum Dynamic {
    /// A `with` statement's object, in slot 0 (its bindings are the object's
    /// properties not blocked by its @@unscopables).
    With,
    /// The `var`s and functions direct `eval` code declared in a sloppy function: an
    /// object created by the first such `eval`, in the given slot of the function
    /// scope's `Env`.
    EvalVars(u16),
}

/// What a direct `eval` call sees, recorded when its caller is compiled: the scopes
/// around the call (outermost first, with the bindings that live in `Env`s, which for
/// a caller of `eval` is all of them), so the code it is given can be compiled against
/// them at run time.
#[derive(Debug)]
pub struct EvalSite {
    scopes: Vec<Scope>,
    /// The call is in strict code (so is the eval code).
    strict: bool,
    /// The index in `scopes` of the caller's function scope, whose eval var table gets
    /// the eval code's `var`s; `None` when they become globals.
    var_scope: Option<usize>,
    /// What the eval code may contain (`new.target`, `super`).
    context: Context,
    /// The call is in a parameter list's initializers.
    in_params: bool,
}

impl EvalSite {
    /// How to parse the code given to this call.
    pub fn parse_context(&self) -> Context {
        self.context
    }
}

/// If `body` (or a function nested in it) calls `eval` directly, marks `f` as keeping
/// every binding, `this`, `new.target` and `arguments` in `Env`s, where the eval code
/// will look for them. `f.captured` must hold `body`'s captured names already.
pub(super) fn keep_all_for_eval(
    memo: &mut scope::NameMemo,
    f: &mut FnState,
    body: &[Stmt],
    params: &[Pattern],
    rest: Option<&Pattern>,
    derived_constructor: bool,
) {
    if !f.captured.contains(scope::DIRECT_EVAL) {
        return;
    }
    f.sees_eval = true;
    f.captured
        .extend(scope::referenced_names(memo, body, params, rest));
    for s in body {
        declared_functions_and_classes(s, &mut f.captured);
    }
    for implicit in [scope::THIS, scope::NEW_TARGET, scope::ARGUMENTS] {
        f.captured.insert(implicit.into());
    }
    if derived_constructor {
        f.captured.insert(scope::ACTIVE_FUNCTION.into());
    }
}

/// The names of the function and class declarations in `s` and the blocks nested in
/// it (not in nested functions).
fn declared_functions_and_classes(s: &Stmt, out: &mut FxHashSet<Name>) {
    let each = |stmts: &[Stmt], out: &mut FxHashSet<Name>| {
        stmts
            .iter()
            .for_each(|s| declared_functions_and_classes(s, out))
    };
    match &s.kind {
        StmtKind::FunctionDecl(f) => out.extend(f.name.clone()),
        StmtKind::ClassDecl(c) => out.extend(c.name.clone()),
        StmtKind::Block(b) => each(b, out),
        StmtKind::If { cons, alt, .. } => {
            declared_functions_and_classes(cons, out);
            if let Some(a) = alt {
                declared_functions_and_classes(a, out);
            }
        }
        StmtKind::For { body, .. }
        | StmtKind::ForIn { body, .. }
        | StmtKind::ForOf { body, .. }
        | StmtKind::While { body, .. }
        | StmtKind::DoWhile { body, .. }
        | StmtKind::Labeled { body, .. }
        | StmtKind::With { body, .. } => declared_functions_and_classes(body, out),
        StmtKind::Try {
            block,
            handler,
            finalizer,
        } => {
            each(block, out);
            if let Some(h) = handler {
                each(&h.body, out);
            }
            if let Some(f) = finalizer {
                each(f, out);
            }
        }
        StmtKind::Switch { cases, .. } => cases.iter().for_each(|c| each(&c.body, out)),
        _ => {}
    }
}

/// A dynamic scope met on the way from the code to a name's static binding.
#[derive(Clone, Copy)]
struct DynamicHop {
    depth: u16,
    slot: u16,
    with: bool,
}

/// Compiler-internal bindings (`this`, `new.target`, private names, hidden class
/// bindings) are spelled so that no source identifier can name them, and no dynamic
/// scope may bind them.
fn is_source_identifier(name: &str) -> bool {
    name != scope::THIS && !name.contains(['#', '%', '.', ' '])
}

impl<'a> Compiler<'a, '_> {
    /// The dynamic scopes between the current code and the static binding of `name`,
    /// innermost first (empty for code outside any dynamic scope).
    fn dynamic_hops(&self, name: &str) -> Vec<DynamicHop> {
        let mut hops = Vec::new();
        if !is_source_identifier(name) {
            return hops;
        }
        let mut depth: u16 = 0;
        for f in self.funcs.iter().rev() {
            for scope in f.scopes.iter().rev() {
                if scope.bindings.contains_key(name) {
                    return hops;
                }
                match scope.dynamic {
                    Some(Dynamic::With) => hops.push(DynamicHop {
                        depth,
                        slot: 0,
                        with: true,
                    }),
                    Some(Dynamic::EvalVars(slot)) => hops.push(DynamicHop {
                        depth,
                        slot,
                        with: false,
                    }),
                    None => {}
                }
                if scope.has_env {
                    depth += 1;
                }
            }
        }
        hops
    }

    /// No dynamic scope may bind `name` here: its static binding is the one.
    pub(super) fn only_static(&self, name: &str) -> bool {
        self.dynamic_hops(name).is_empty()
    }

    /// Emits a reference to `name`: when dynamic scopes may bind it, code that looks it
    /// up in their objects and runs `dynamic(obj, name constant)` with R[obj] the
    /// object found (R[obj+1] the `this` of a call through it), or else `fixed`;
    /// without dynamic scopes, just `fixed`.
    pub(super) fn through_dynamic_scopes(
        &mut self,
        name: &str,
        span: Span,
        dynamic: impl FnOnce(&mut Self, Reg, u32) -> CResult,
        fixed: impl FnOnce(&mut Self) -> CResult,
    ) -> CResult {
        let mark = self.mark();
        let found = self.resolve_dynamic(name, span)?;
        self.through_resolved(name, found, dynamic, fixed)?;
        self.release(mark);
        Ok(())
    }

    /// Looks `name` up in the dynamic scopes that may bind it, once: `None` when there
    /// are none; else the register pair (allocated here) where the object found, or
    /// empty, is left for `through_resolved`. An assignment resolves its target this
    /// way before its right side runs, which may add or delete the binding
    /// (13.15.2 step 1.a: the reference is evaluated first, and PutValue uses it).
    pub(super) fn resolve_dynamic(&mut self, name: &str, span: Span) -> CResult<Option<Reg>> {
        let hops = self.dynamic_hops(name);
        if hops.is_empty() {
            return Ok(None);
        }
        let obj = self.alloc_n(2, span)?;
        let k = self.atom_const(name);
        self.emit(Op::LoadEmpty { dst: obj });
        for hop in hops {
            self.emit_at(
                Op::ResolveDyn {
                    obj,
                    depth: hop.depth,
                    slot: hop.slot,
                    name: k,
                    with: hop.with,
                },
                span,
            );
        }
        Ok(Some(obj))
    }

    /// Uses the reference `resolve_dynamic` found for `name`: `dynamic(obj, name
    /// constant)` when a dynamic scope's object binds it, else `fixed`.
    pub(super) fn through_resolved(
        &mut self,
        name: &str,
        found: Option<Reg>,
        dynamic: impl FnOnce(&mut Self, Reg, u32) -> CResult,
        fixed: impl FnOnce(&mut Self) -> CResult,
    ) -> CResult {
        let Some(obj) = found else {
            return fixed(self);
        };
        let k = self.atom_const(name);
        let to_fixed = self.emit(Op::JumpIfEmpty {
            cond: obj,
            target: 0,
        });
        dynamic(self, obj, k)?;
        let end = self.jump();
        self.patch_here(to_fixed);
        fixed(self)?;
        self.patch_here(end);
        Ok(())
    }

    /// `with (object) body` (14.11.2): the body runs in an object environment.
    pub(super) fn with_stmt(&mut self, object: &'a Expr, body: &'a Stmt) -> CResult {
        let mark = self.mark();
        let obj = self.expr_reg(object)?;
        self.emit_at(Op::PushWith { src: obj }, object.span);
        self.release(mark);
        let reg_base = self.mark();
        self.f().scopes.push(Scope {
            bindings: FxHashMap::default(),
            has_env: true,
            env_size: 1,
            reg_base,
            always_check: false,
            dynamic: Some(Dynamic::With),
        });
        self.stmt(body)?;
        self.pop_scope();
        Ok(())
    }
}

impl<'a> Compiler<'a, '_> {
    /// Gives the function scope being declared a slot for the table of the variables
    /// direct eval code declares in it (empty until the first one).
    pub(super) fn add_eval_vars_slot(&mut self) {
        let scope = self.f().scopes.last_mut().expect("the function scope");
        scope.dynamic = Some(Dynamic::EvalVars(scope.env_size));
        scope.env_size += 1;
    }

    /// Records what a direct eval call here sees; returns its `site` operand.
    pub(super) fn eval_site_here(&mut self, span: Span) -> CResult<u16> {
        let mut scopes = Vec::new();
        let mut var_scope = None;
        let last = self.funcs.len() - 1;
        for (fi, f) in self.funcs.iter().enumerate() {
            for s in &f.scopes {
                let mut s = s.clone();
                s.bindings.retain(|_, b| matches!(b.loc, Loc::Env(_)));
                if fi == last && matches!(s.dynamic, Some(Dynamic::EvalVars(_))) {
                    var_scope = Some(scopes.len());
                }
                scopes.push(s);
            }
        }
        // Sloppy eval code's own vars go where its caller's do.
        if let Some(outer) = &self.eval_site
            && last == 1
        {
            var_scope = outer.var_scope;
        }
        let site = EvalSite {
            scopes,
            strict: self.fr().strict,
            var_scope,
            context: self.eval_context(),
            in_params: self.fr().in_params,
        };
        let f = self.f();
        if f.eval_sites.len() >= u16::MAX as usize {
            return Err(Diagnostic::syntax(
                "Function is too large: too many eval calls",
                span,
            ));
        }
        f.eval_sites.push(Rc::new(site));
        Ok((f.eval_sites.len() - 1) as u16)
    }

    /// What the code a direct eval here runs may contain: `new.target` in a function,
    /// `super.x` in a method, `super()` in a derived constructor (arrows pass on what
    /// their surroundings allow).
    fn eval_context(&self) -> Context {
        let strict = self.fr().strict;
        for f in self.funcs.iter().rev() {
            let (super_property, super_call) = match f.kind {
                TemplateKind::Arrow => continue,
                TemplateKind::Script => {
                    let outer = self.eval_site.as_ref().map(|s| s.context);
                    return Context {
                        strict,
                        ..outer.unwrap_or_default()
                    };
                }
                TemplateKind::Normal => (false, false),
                TemplateKind::Method => (true, false),
                TemplateKind::ClassConstructor { derived } => (true, derived),
            };
            return Context {
                strict,
                new_target: true,
                super_property,
                super_call,
                class_initializer: f.class_initializer,
                ..Context::default()
            };
        }
        Context::default()
    }

    /// Direct eval code (PerformEval and EvalDeclarationInstantiation, 19.2.1.1 and
    /// 19.2.1.3): compiled as an arrow function nested in its caller, whose scopes
    /// `funcs[0]` stands for. Strict code keeps every declaration to itself; sloppy
    /// code puts its `var`s and functions into the caller's variable environment.
    pub(super) fn eval_code(&mut self, program: &'a Program) -> CResult<Rc<FunctionTemplate>> {
        let site = self.eval_site.clone().expect("eval code has a call site");
        let strict = site.strict || program.strict;
        let mut outer = self.new_fn(TemplateKind::Script, site.strict, "".into(), program.span);
        outer.scopes = site.scopes.clone();
        self.funcs.push(outer);
        // Named so that stack traces show its frames as V8 does: `at eval (...)`.
        let mut f = self.new_fn(TemplateKind::Arrow, strict, "eval".into(), program.span);
        f.captured = scope::captured_names(&mut self.names, &program.body, &[], None);
        keep_all_for_eval(&mut self.names, &mut f, &program.body, &[], None, false);
        self.funcs.push(f);
        let completion = self.alloc(program.span)?;
        self.f().completion = Some(completion);
        self.emit(Op::LoadUndefined { dst: completion });

        let (mut names, vars) = eval_declarations(&program.body)?;
        if strict {
            names.extend(vars);
        } else {
            self.declare_eval_vars(&vars, &site)?;
        }
        self.push_scope(&names, false)?;
        self.f().var_scope = self.fr().scopes.len() - 1;
        self.hoist_functions(&program.body, false)?;
        self.stmts(&program.body)?;
        self.emit(Op::Return { src: completion });
        let template = self.finish_fn();
        self.funcs.pop();
        Ok(template)
    }

    /// Sloppy eval code's `var`s and functions (EvalDeclarationInstantiation steps 3
    /// and 10-17): none may hoist past a lexical declaration of its name; those the
    /// caller's function does not declare go into its eval var table, or at the top
    /// level of a script become globals.
    fn declare_eval_vars(
        &mut self,
        vars: &[(Name, BindingKind, Span)],
        site: &EvalSite,
    ) -> CResult {
        if site.var_scope.is_none() {
            self.check_eval_globals(
                vars.iter()
                    .map(|(n, k, _)| (n, *k == BindingKind::Function)),
            );
        }
        let mut seen = FxHashSet::default();
        for (name, _, span) in vars {
            if !seen.insert(name.clone()) {
                continue;
            }
            // Code evaluated among parameter initializers may not declare a var named
            // like a parameter or the function's own `arguments`.
            if site.in_params
                && let Some(b) = site
                    .var_scope
                    .and_then(|vs| site.scopes[vs].bindings.get(name))
                && matches!(
                    b.kind,
                    BindingKind::Param | BindingKind::ParamTdz | BindingKind::Implicit
                )
            {
                return Err(redeclared(name, *span, b.span));
            }
            let from = site.var_scope.unwrap_or(0);
            for scope in &site.scopes[from..] {
                if let Some(b) = scope.bindings.get(name)
                    && b.kind.is_lexical()
                {
                    return Err(redeclared(name, *span, b.span));
                }
            }
            let k = self.atom_const(name);
            let Some(vs) = site.var_scope else {
                if self.globals.lexicals.contains_key(name) {
                    return Err(Diagnostic::syntax(
                        format!("Identifier '{name}' has already been declared"),
                        *span,
                    ));
                }
                self.emit(Op::DeclareEvalGlobalVar { name: k });
                self.globals.vars.insert(name.clone());
                continue;
            };
            let scope = &site.scopes[vs];
            if scope.bindings.contains_key(name) {
                continue;
            }
            if let Some(Dynamic::EvalVars(slot)) = scope.dynamic {
                let depth = site.scopes[vs + 1..].iter().filter(|s| s.has_env).count() as u16;
                self.emit(Op::DeclareEvalVar {
                    depth,
                    slot,
                    name: k,
                });
            }
        }
        Ok(())
    }
}

/// Eval code's declarations: its `let`/`const`/`class` bindings and its var-scoped
/// names (functions, then `var`s), none of which may share a name with a lexical one.
pub(super) type EvalDeclarations = (
    Vec<(Name, BindingKind, Span)>,
    Vec<(Name, BindingKind, Span)>,
);

pub(super) fn eval_declarations(body: &[Stmt]) -> CResult<EvalDeclarations> {
    let lexicals = scope::lexical_decls(body);
    let vars = var_scoped_names(body, &lexicals);
    let mut names = Vec::new();
    for d in &lexicals {
        let Some(kind) = d.binding_kind() else {
            continue;
        };
        if let Some((_, _, first)) = vars.iter().find(|(m, _, _)| *m == d.name) {
            return Err(redeclared(&d.name, d.span, *first));
        }
        names.push((d.name.clone(), kind, d.span));
    }
    Ok((names, vars))
}

impl<'a> Compiler<'a, '_> {
    /// Sloppy eval code whose variable environment is the global one checks that it
    /// may declare all its functions, then all its vars, before declaring any
    /// (EvalDeclarationInstantiation steps 10 and 12). `names` pairs each name with
    /// whether a function declares it.
    pub(super) fn check_eval_globals<'n>(
        &mut self,
        names: impl Iterator<Item = (&'n Name, bool)> + Clone,
    ) {
        for function in [true, false] {
            for (name, _) in names.clone().filter(|&(_, f)| f == function) {
                let k = self.atom_const(name);
                self.emit(Op::CheckEvalGlobal { name: k, function });
            }
        }
    }

    /// The function of `program`, a single function declaration, compiled as if in a
    /// script that declares nothing.
    pub(super) fn dynamic_function(
        &mut self,
        program: &'a Program,
    ) -> CResult<Rc<FunctionTemplate>> {
        let [
            Stmt {
                kind: StmtKind::FunctionDecl(func),
                ..
            },
        ] = program.body.as_slice()
        else {
            return Err(Diagnostic::syntax("Unexpected token", program.span));
        };
        let script = self.new_fn(TemplateKind::Script, false, "".into(), program.span);
        self.funcs.push(script);
        let template = self.function_template(func, None, None, None)?;
        self.funcs.pop();
        // The stand-in script is never finished: note the function's code here.
        self.heap.add_code(&template);
        Ok(template)
    }
}
