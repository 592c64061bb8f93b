//! Statement compilation: declarations, control flow, loops, try/catch/finally.

use super::bytecode::*;
use super::scope::{self, LexicalKind};
use super::*;

impl<'a> Compiler<'a, '_> {
    pub(super) fn stmts(&mut self, stmts: &'a [Stmt]) -> CResult {
        for s in stmts {
            self.stmt(s)?;
        }
        Ok(())
    }

    pub(super) fn stmt(&mut self, s: &'a Stmt) -> CResult {
        let mark = self.mark();
        let outer_stmt = std::mem::replace(&mut self.f().stmt_span, s.span);
        // Statements that end in UpdateEmpty(result, undefined): their completion value
        // is undefined unless their body leaves one (`eval("1; if (true) {}")`).
        if let Some(c) = self.fr().completion
            && matches!(
                s.kind,
                StmtKind::If { .. }
                    | StmtKind::For { .. }
                    | StmtKind::ForIn { .. }
                    | StmtKind::ForOf { .. }
                    | StmtKind::While { .. }
                    | StmtKind::DoWhile { .. }
                    | StmtKind::Switch { .. }
                    | StmtKind::With { .. }
            )
        {
            self.emit(Op::LoadUndefined { dst: c });
        }
        match &s.kind {
            StmtKind::Expr(e) => match self.fr().completion {
                Some(c) => self.expr_to(e, c)?,
                _ => self.expr_discard(e)?,
            },
            StmtKind::VarDecl(d) => self.var_decl(d)?,
            StmtKind::FunctionDecl(f) => self.annex_b_assign(f, s.span)?,
            StmtKind::ClassDecl(c) => {
                let r = self.alloc(s.span)?;
                self.class(c, r)?;
                let name = c.name.as_ref().expect("declarations are named");
                self.store_name(name, r, s.span, true)?;
            }
            StmtKind::Return(arg) => self.return_stmt(arg.as_deref(), s.span)?,
            StmtKind::If { test, cons, alt } => {
                let else_jumps = self.jump_if_false(test)?;
                self.stmt(cons)?;
                match alt {
                    Some(alt) => {
                        let end = self.jump();
                        self.patch_all_here(&else_jumps);
                        self.stmt(alt)?;
                        self.patch_here(end);
                    }
                    None => self.patch_all_here(&else_jumps),
                }
            }
            StmtKind::Block(body) => self.block(body)?,
            // Loops and switch are compiled with their labels (here none).
            StmtKind::For { .. }
            | StmtKind::ForIn { .. }
            | StmtKind::ForOf { .. }
            | StmtKind::While { .. }
            | StmtKind::DoWhile { .. }
            | StmtKind::Switch { .. } => self.labeled(Vec::new(), s)?,
            StmtKind::Break(label) => self.break_continue(label.as_ref(), false, s.span)?,
            StmtKind::Continue(label) => self.break_continue(label.as_ref(), true, s.span)?,
            StmtKind::Throw(e) => {
                let r = self.expr_reg(e)?;
                self.emit_at(Op::Throw { src: r }, s.span);
            }
            StmtKind::Try {
                block,
                handler,
                finalizer,
            } => self.try_stmt(block, handler.as_ref(), finalizer.as_deref())?,
            StmtKind::Labeled { label, body } => self.labeled(vec![label.clone()], body)?,
            StmtKind::With { object, body } => self.with_stmt(object, body)?,
            StmtKind::Empty | StmtKind::Debugger => {}
            // Taken out of a module's body before it compiles (`modules::esm`); only
            // modules parse with them.
            StmtKind::Import(_) | StmtKind::Export(_) => {}
        }
        self.f().stmt_span = outer_stmt;
        self.release(mark);
        Ok(())
    }

    /// The names a block declares, in the form `push_scope` takes.
    fn block_names(&self, stmts: &'a [Stmt]) -> Vec<(Name, BindingKind, Span)> {
        let strict = self.fr().strict;
        scope::lexical_decls(stmts)
            .into_iter()
            .map(|d| {
                let kind = match d.kind {
                    LexicalKind::Let => BindingKind::Let,
                    LexicalKind::Const => BindingKind::Const,
                    LexicalKind::Class => BindingKind::Class,
                    LexicalKind::Function(f) if strict || f.is_generator || f.is_async => {
                        BindingKind::LexicalFunction
                    }
                    LexicalKind::Function(_) => BindingKind::Function,
                };
                (d.name, kind, d.span)
            })
            .collect()
    }

    /// Annex B.3.3: evaluating a block-level function declaration of sloppy code copies
    /// the block's binding to the var of the same name in the function or script.
    fn annex_b_assign(&mut self, f: &Function, span: Span) -> CResult {
        if !self.fr().annex_b.contains(&f.span.start) {
            return Ok(());
        }
        let name = f.name.clone().expect("declarations are named");
        let t = self.alloc(span)?;
        self.load_name(&name, t, span)?;
        if self.fr().kind == TemplateKind::Script {
            let k = self.atom_const(&name);
            self.emit_at(
                Op::SetGlobal {
                    src: t,
                    name: k,
                    strict: false,
                },
                span,
            );
            return Ok(());
        }
        let f = self.fr();
        let var_scope = f.var_scope;
        let binding = f.scopes[var_scope].bindings[&name];
        let depth = f.scopes[var_scope + 1..]
            .iter()
            .filter(|s| s.has_env)
            .count() as u16;
        match binding.loc {
            Loc::Reg(r) => self.emit(Op::Mov { dst: r, src: t }),
            Loc::Env(slot) => self.emit(Op::SetEnv {
                src: t,
                depth,
                slot,
            }),
        };
        Ok(())
    }

    pub(super) fn block(&mut self, body: &'a [Stmt]) -> CResult {
        let names = self.block_names(body);
        if names.is_empty() {
            return self.stmts(body);
        }
        self.push_scope(&names, false)?;
        self.hoist_functions(body, false)?;
        self.stmts(body)?;
        self.pop_scope();
        Ok(())
    }

    /// A `var` hoists through the blocks around it: none of them may declare the name
    /// lexically (including block-level functions).
    fn check_var_hoisting(&self, p: &Pattern) -> CResult {
        let mut result = Ok(());
        scope::pattern_names(p, &mut |name, span| {
            let scopes = &self.fr().scopes;
            for scope in scopes.iter().skip(1) {
                if let Some(b) = scope.bindings.get(name)
                    && !matches!(
                        b.kind,
                        BindingKind::Var
                            | BindingKind::Param
                            | BindingKind::ParamTdz
                            | BindingKind::Implicit
                            | BindingKind::Catch
                    )
                    && result.is_ok()
                {
                    result = Err(redeclared(name, span, b.span));
                }
            }
        });
        result
    }

    fn var_decl(&mut self, d: &'a VarDecl) -> CResult {
        if d.kind == VarKind::Var {
            for decl in &d.decls {
                self.check_var_hoisting(&decl.target)?;
            }
        }
        for decl in &d.decls {
            match (&decl.init, d.kind) {
                (Some(init), _) => {
                    let name_hint = match &decl.target {
                        Pattern::Ident { name, .. } => Some(name.clone()),
                        _ => None,
                    };
                    let mark = self.mark();
                    let r = match self.var_register(&decl.target, init) {
                        Some(r) => r,
                        None => self.alloc(decl.span)?,
                    };
                    self.expr_named(init, r, name_hint)?;
                    let source = PatternSource::Initializer(init);
                    self.bind_pattern(&decl.target, r, source, d.kind != VarKind::Var)?;
                    self.release(mark);
                }
                (None, VarKind::Var) => {}
                (None, _) => {
                    // `let x;` initialises x to undefined.
                    let mark = self.mark();
                    let r = self.alloc(decl.span)?;
                    self.emit(Op::LoadUndefined { dst: r });
                    self.bind_pattern(&decl.target, r, PatternSource::Unnamed, true)?;
                    self.release(mark);
                }
            }
        }
        Ok(())
    }

    /// The register of the variable a declaration initialises, when the initialiser
    /// can be evaluated straight into it: its last instruction is its only write to
    /// its destination, so neither the operands nor an exception see the variable
    /// changed early (`expr::writes_result_last`). A `let` or `const` stays in its TDZ
    /// until that write, as its declaration requires.
    fn var_register(&self, target: &Pattern, init: &Expr) -> Option<Reg> {
        let Pattern::Ident { name, .. } = target else {
            return None;
        };
        match self.resolve(name) {
            Resolved::Reg(r, _)
                if super::expr::writes_result_last(init) && self.only_static(name) =>
            {
                Some(r)
            }
            _ => None,
        }
    }

    fn return_stmt(&mut self, arg: Option<&'a Expr>, span: Span) -> CResult {
        // With no `finally` body to run on the way out (the only code that could assign
        // a local after its value is taken: closures capture into environments), a
        // local or `this` returns from its own register, with no copy.
        let f = self.fr();
        let needs_copy = (f.is_async && f.is_generator)
            || matches!(f.kind, TemplateKind::ClassConstructor { derived: true })
            || f.controls.iter().any(|c| {
                matches!(
                    c,
                    Control::Try {
                        finally: Some(_),
                        ..
                    }
                )
            });
        // `return c ? a : b` returns from each branch, as `if (c) return a; return b;`
        // would: no copy into a common register and no jump to a shared return. (With
        // a `finally` to run on the way out, each return would repeat its body.)
        if !needs_copy
            && let Some(Expr {
                kind: ExprKind::Conditional { test, cons, alt },
                ..
            }) = arg
        {
            let else_jumps = self.jump_if_false(test)?;
            self.return_stmt(Some(cons), span)?;
            self.patch_all_here(&else_jumps);
            return self.return_stmt(Some(alt), span);
        }
        if !needs_copy
            && let Some(e) = arg
            && matches!(e.kind, ExprKind::Ident(_) | ExprKind::This)
        {
            let r = self.expr_reg(e)?;
            let depth = self.fr().controls.len();
            self.exit_controls(0, depth, true)?;
            self.emit_at(Op::Return { src: r }, span);
            self.reopen_ranges(0, depth);
            return Ok(());
        }
        let r = self.alloc(span)?;
        match arg {
            Some(e) => {
                self.expr_to(e, r)?;
                if self.fr().is_async && self.fr().is_generator {
                    // An async generator awaits the value it returns.
                    self.emit_await(r, span);
                }
            }
            None => {
                if let TemplateKind::ClassConstructor { derived: true } = self.fr().kind {
                    self.load_this(r, span)?;
                } else {
                    self.emit(Op::LoadUndefined { dst: r });
                }
            }
        }
        let depth = self.fr().controls.len();
        self.exit_controls(0, depth, true)?;
        if let TemplateKind::ClassConstructor { derived: true } = self.fr().kind {
            self.sync_this_register(span)?;
        }
        self.emit_at(Op::Return { src: r }, span);
        self.reopen_ranges(0, depth);
        Ok(())
    }

    /// Emits the code that leaves the controls `from..to` (innermost last): close
    /// iterators of exited for-of loops, run finally bodies, pop scopes. Closes the
    /// protected ranges of exited trys (reopened by `reopen_ranges` after the jump).
    fn exit_controls(&mut self, from: usize, to: usize, close_target_iterator: bool) -> CResult {
        // The scopes the jump leaves are set aside while it is compiled, so a finally
        // body on the way cannot see their names and counts only the `Env`s still
        // pushed; they are restored after, as the code that follows is inside them.
        let mut left = Vec::new();
        let mut i = to;
        while i > from {
            i -= 1;
            let (try_index, finally, scope_count) = match &self.fr().controls[i] {
                Control::Jump {
                    iterator,
                    scope_count,
                    ..
                } => {
                    let (iterator, scope_count) = (*iterator, *scope_count);
                    if let Some(iter) = iterator
                        && (i > from || close_target_iterator)
                    {
                        self.leave_scopes_to(scope_count, &mut left);
                        self.close_loop_iterator(iter)?;
                    }
                    continue;
                }
                Control::Try {
                    try_index,
                    finally,
                    scope_count,
                } => (*try_index, *finally, *scope_count),
            };
            self.close_range(try_index);
            if let Some(body) = finally {
                self.leave_scopes_to(scope_count, &mut left);
                // The finally body runs outside the controls it belongs to.
                let inner: Vec<Control<'a>> = self.f().controls.drain(i..).collect();
                let mark = self.mark();
                self.block(body)?;
                self.release(mark);
                self.f().controls.extend(inner);
            }
        }
        if from > 0 {
            let target = match &self.fr().controls[from - 1] {
                Control::Jump { scope_count, .. } | Control::Try { scope_count, .. } => {
                    *scope_count
                }
            };
            self.leave_scopes_to(target, &mut left);
        }
        self.f().scopes.extend(left.into_iter().rev());
        Ok(())
    }

    /// Closes the iterator of a loop that `break`, `continue` or `return` leaves; an
    /// async iterator's `return()` result is awaited (AsyncIteratorClose).
    fn close_loop_iterator(&mut self, iter: LoopIterator) -> CResult {
        if !iter.is_async {
            self.emit(Op::IteratorClose { iter: iter.reg });
            return Ok(());
        }
        let span = self.fr().stmt_span;
        let mark = self.mark();
        let result = self.alloc(span)?;
        let skip = self.emit_at(
            Op::AsyncIteratorClose {
                dst: result,
                iter: iter.reg,
                skip: 0,
            },
            span,
        );
        self.emit_await(result, span);
        self.emit_at(Op::CheckIteratorResult { src: result }, span);
        self.patch_here(skip);
        self.release(mark);
        Ok(())
    }

    /// AsyncIteratorClose for a `for await` body left by a throw, or by a generator's
    /// forced return (`completion` empty). After a throw, whatever `return()` does (its
    /// call, or the promise its result is awaited as) is ignored and the throw goes on.
    fn close_async_loop_abruptly(&mut self, iter: Reg, completion: Reg, span: Span) -> CResult {
        let forced = self.emit(Op::JumpIfEmpty {
            cond: completion,
            target: 0,
        });
        let mark = self.mark();
        let ignored = self.alloc(span)?;
        let try_index = self.open_try(HandlerKind::Catch, ignored)?;
        let result = self.alloc(span)?;
        let skip = self.emit_at(
            Op::AsyncIteratorClose {
                dst: result,
                iter,
                skip: 0,
            },
            span,
        );
        self.emit_await(result, span);
        self.patch_here(skip);
        self.close_range(try_index);
        self.land(try_index);
        self.release(mark);
        let end = self.jump();
        self.patch_here(forced);
        self.close_loop_iterator(LoopIterator {
            reg: iter,
            is_async: true,
        })?;
        self.patch_here(end);
        Ok(())
    }

    /// Sets aside the scopes above the first `count`, emitting `PopScope` for each that
    /// has an `Env`.
    fn leave_scopes_to(&mut self, count: usize, left: &mut Vec<Scope>) {
        while self.fr().scopes.len() > count {
            let scope = self.f().scopes.pop().expect("scope");
            if scope.has_env {
                self.emit(Op::PopScope {});
            }
            left.push(scope);
        }
    }

    fn reopen_ranges(&mut self, from: usize, to: usize) {
        let pc = self.pc();
        for i in from..to {
            if let Control::Try { try_index, .. } = self.fr().controls[i] {
                self.f().tries[try_index].open = Some(pc);
            }
        }
    }

    fn break_continue(&mut self, label: Option<&Name>, is_continue: bool, span: Span) -> CResult {
        let controls = &self.fr().controls;
        let target = controls.iter().rposition(|c| match c {
            Control::Jump {
                labels,
                breakable,
                continuable,
                ..
            } => match label {
                Some(l) => labels.contains(l) && (!is_continue || *continuable),
                None if is_continue => *continuable,
                None => *breakable,
            },
            Control::Try { .. } => false,
        });
        let Some(target) = target else {
            let message = match (label, is_continue) {
                (Some(l), _) => format!("Undefined label '{l}'"),
                (None, true) => {
                    "Illegal continue statement: no surrounding iteration statement".into()
                }
                (None, false) => "Illegal break statement".into(),
            };
            return Err(Diagnostic::syntax(message, span));
        };
        let depth = self.fr().controls.len();
        // `break` leaves the target loop too (closing its iterator); `continue` stays.
        self.exit_controls(target + 1, depth, false)?;
        // exit_controls left the run-time scopes at the loop's depth.
        if !is_continue
            && let Control::Jump {
                iterator: Some(iter),
                ..
            } = self.fr().controls[target]
        {
            self.close_loop_iterator(iter)?;
        }
        let at = self.jump();
        if let Control::Jump {
            breaks, continues, ..
        } = &mut self.f().controls[target]
        {
            if is_continue {
                continues.push(at)
            } else {
                breaks.push(at)
            }
        }
        self.reopen_ranges(target + 1, depth);
        Ok(())
    }

    fn push_loop(&mut self, labels: Vec<Name>, iterator: Option<LoopIterator>) {
        let scope_count = self.fr().scopes.len();
        self.f().controls.push(Control::Jump {
            labels,
            breakable: true,
            continuable: true,
            breaks: Vec::new(),
            continues: Vec::new(),
            scope_count,
            iterator,
        });
    }

    /// Pops the innermost loop, pointing its `continue`s at `cont` and its `break`s here.
    fn pop_loop(&mut self, cont: u32) {
        if let Some(Control::Jump {
            breaks, continues, ..
        }) = self.f().controls.pop()
        {
            for c in continues {
                self.patch(c, cont);
            }
            for b in breaks {
                self.patch_here(b);
            }
        }
    }

    fn labeled(&mut self, mut labels: Vec<Name>, body: &'a Stmt) -> CResult {
        match &body.kind {
            StmtKind::Labeled { label, body } => {
                labels.push(label.clone());
                self.labeled(labels, body)
            }
            StmtKind::For {
                init,
                test,
                update,
                body,
            } => self.for_stmt(
                init.as_ref(),
                test.as_deref(),
                update.as_deref(),
                body,
                labels,
            ),
            StmtKind::ForIn { left, right, body } => self.for_in(left, right, body, labels),
            StmtKind::ForOf {
                left,
                right,
                body,
                is_await,
            } => self.for_of(left, right, body, *is_await, labels),
            StmtKind::While { test, body } => self.while_stmt(test, body, labels),
            StmtKind::DoWhile { body, test } => self.do_while(body, test, labels),
            StmtKind::Switch {
                discriminant,
                cases,
            } => self.switch(discriminant, cases, labels),
            _ => {
                let scope_count = self.fr().scopes.len();
                self.f().controls.push(Control::Jump {
                    labels,
                    breakable: false,
                    continuable: false,
                    breaks: Vec::new(),
                    continues: Vec::new(),
                    scope_count,
                    iterator: None,
                });
                self.stmt(body)?;
                let pc = self.pc();
                self.pop_loop(pc);
                Ok(())
            }
        }
    }

    fn while_stmt(&mut self, test: &'a Expr, body: &'a Stmt, labels: Vec<Name>) -> CResult {
        if let ExprKind::Bool(true) = test.kind {
            let top = self.pc();
            self.push_loop(labels, None);
            self.stmt(body)?;
            self.emit(Op::Jump { target: top });
            self.pop_loop(top);
            return Ok(());
        }
        // The test sits below the body, so an iteration ends in one conditional jump
        // back rather than a jump up to the test and another out.
        let entry = self.jump();
        let top = self.pc();
        self.push_loop(labels, None);
        self.stmt(body)?;
        let cont = self.pc();
        self.patch_here(entry);
        self.jump_if(test, true, top)?;
        self.pop_loop(cont);
        Ok(())
    }

    fn do_while(&mut self, body: &'a Stmt, test: &'a Expr, labels: Vec<Name>) -> CResult {
        let top = self.pc();
        self.push_loop(labels, None);
        self.stmt(body)?;
        let cont = self.pc();
        self.jump_if(test, true, top)?;
        self.pop_loop(cont);
        Ok(())
    }

    fn for_stmt(
        &mut self,
        init: Option<&'a ForInit>,
        test: Option<&'a Expr>,
        update: Option<&'a Expr>,
        body: &'a Stmt,
        labels: Vec<Name>,
    ) -> CResult {
        let mut scoped = false;
        let mut per_iteration = false;
        match init {
            Some(ForInit::VarDecl(d)) if d.kind != VarKind::Var => {
                let mut names = Vec::new();
                let kind = if d.kind == VarKind::Let {
                    BindingKind::Let
                } else {
                    BindingKind::Const
                };
                for decl in &d.decls {
                    scope::pattern_names(&decl.target, &mut |n, sp| {
                        names.push((n.clone(), kind, sp))
                    });
                }
                self.push_scope(&names, false)?;
                scoped = true;
                per_iteration = self.fr().scopes.last().is_some_and(|s| s.has_env);
                self.var_decl(d)?;
            }
            Some(ForInit::VarDecl(d)) => self.var_decl(d)?,
            Some(ForInit::Expr(e)) => {
                let mark = self.mark();
                self.expr_discard(e)?;
                self.release(mark);
            }
            None => {}
        }
        // The test sits below the body and the update (entered by a jump), as in
        // `while_stmt`; a `true` test is no test.
        let test = test.filter(|t| !matches!(t.kind, ExprKind::Bool(true)));
        let entry = test.map(|_| self.jump());
        let top = self.pc();
        self.push_loop(labels, None);
        self.stmt(body)?;
        let cont = self.pc();
        if per_iteration {
            self.emit(Op::CopyScope {});
        }
        if let Some(u) = update {
            let mark = self.mark();
            self.expr_discard(u)?;
            self.release(mark);
        }
        match (test, entry) {
            (Some(t), Some(entry)) => {
                self.patch_here(entry);
                self.jump_if(t, true, top)?;
            }
            _ => {
                self.emit(Op::Jump { target: top });
            }
        }
        self.pop_loop(cont);
        if scoped {
            self.pop_scope();
        }
        Ok(())
    }

    /// Binds the loop variable of a for-in/of head to the value in `value`, opening a
    /// fresh scope per iteration for `let`/`const` (returned true: caller pops it).
    fn bind_for_head(&mut self, left: &'a ForHead, value: Reg) -> CResult<bool> {
        match left {
            ForHead::VarDecl(VarKind::Var, p) => {
                self.bind_pattern(p, value, PatternSource::ForOfValue, false)?;
                Ok(false)
            }
            ForHead::VarDecl(kind, p) => {
                let kind = if *kind == VarKind::Let {
                    BindingKind::Let
                } else {
                    BindingKind::Const
                };
                let mut names = Vec::new();
                scope::pattern_names(p, &mut |n, sp| names.push((n.clone(), kind, sp)));
                self.push_scope(&names, false)?;
                self.bind_pattern(p, value, PatternSource::ForOfValue, true)?;
                Ok(true)
            }
            ForHead::Pattern(p) => {
                self.assign_pattern(p, value, PatternSource::Unnamed)?;
                Ok(false)
            }
        }
    }

    /// Names of a `let`/`const` for-in/of head, declared (in TDZ) while the right side
    /// is evaluated, as the spec's TDZ scope for `for (let x of x)` requires.
    fn head_tdz_scope(&mut self, left: &'a ForHead) -> CResult<bool> {
        if let ForHead::VarDecl(kind, p) = left
            && *kind != VarKind::Var
        {
            let mut names = Vec::new();
            scope::pattern_names(p, &mut |n, sp| {
                names.push((n.clone(), BindingKind::Let, sp))
            });
            self.push_scope(&names, false)?;
            return Ok(true);
        }
        Ok(false)
    }

    fn for_of(
        &mut self,
        left: &'a ForHead,
        right: &'a Expr,
        body: &'a Stmt,
        is_await: bool,
        labels: Vec<Name>,
    ) -> CResult {
        // R[iter], R[iter+1]: the iterator and its next method.
        let iter = self.alloc_n(2, right.span)?;
        let tdz = self.head_tdz_scope(left)?;
        let r = self.expr_reg(right)?;
        let get = if is_await {
            Op::GetAsyncIterator { dst: iter, src: r }
        } else {
            Op::GetIterator { dst: iter, src: r }
        };
        let at = self.emit_at(get, right.span);
        let text = callee_text(right).into();
        let how = if is_await {
            NotIterable::NamedAsync(text)
        } else {
            NotIterable::Named(text)
        };
        self.f().not_iterable.push((at as u32, how));
        if tdz {
            self.pop_scope();
            self.release(iter + 2);
        }
        let value = self.alloc(right.span)?;
        let top = self.pc();
        let next = if is_await {
            // result := await next(); done? value := result.value
            self.emit_at(Op::CallNext { dst: value, iter }, right.span);
            self.emit_await(value, right.span);
            self.emit_at(
                Op::IteratorResult {
                    dst: value,
                    result: value,
                    done: 0,
                },
                right.span,
            )
        } else {
            self.emit_at(
                Op::IteratorNext {
                    dst: value,
                    iter,
                    done: 0,
                },
                right.span,
            )
        };
        self.push_loop(
            labels,
            Some(LoopIterator {
                reg: iter,
                is_async: is_await,
            }),
        );
        // A throw out of the body closes the iterator.
        let try_index = self.open_try(HandlerKind::Finally, value)?;
        let scope_count = self.fr().scopes.len();
        self.f().controls.push(Control::Try {
            try_index,
            finally: None,
            scope_count,
        });
        let scoped = self.bind_for_head(left, value)?;
        self.stmt(body)?;
        if scoped {
            self.pop_scope();
        }
        self.f().controls.pop();
        self.close_range(try_index);
        let cont = self.pc();
        self.emit(Op::Jump { target: top });
        self.land(try_index);
        if is_await {
            self.close_async_loop_abruptly(iter, value, right.span)?;
        } else {
            self.emit(Op::IteratorCloseAbrupt {
                iter,
                completion: value,
            });
        }
        // Rethrow, or go on with a generator's forced return.
        self.emit(Op::EndFinally { src: value });
        self.patch_here(next);
        self.pop_loop(cont);
        Ok(())
    }

    fn for_in(
        &mut self,
        left: &'a ForHead,
        right: &'a Expr,
        body: &'a Stmt,
        labels: Vec<Name>,
    ) -> CResult {
        let iter = self.alloc(right.span)?;
        let tdz = self.head_tdz_scope(left)?;
        let r = self.expr_reg(right)?;
        self.emit_at(Op::ForInPrepare { dst: iter, src: r }, right.span);
        if tdz {
            self.pop_scope();
            self.release(iter + 1);
        }
        let key = self.alloc(right.span)?;
        let top = self.pc();
        let next = self.emit(Op::ForInNext {
            dst: key,
            iter,
            done: 0,
        });
        self.push_loop(labels, None);
        let scoped = self.bind_for_head(left, key)?;
        self.stmt(body)?;
        if scoped {
            self.pop_scope();
        }
        self.emit(Op::Jump { target: top });
        self.patch_here(next);
        self.pop_loop(top);
        Ok(())
    }

    fn switch(
        &mut self,
        discriminant: &'a Expr,
        cases: &'a [SwitchCase],
        labels: Vec<Name>,
    ) -> CResult {
        let d = self.alloc(discriminant.span)?;
        self.expr_to(discriminant, d)?;
        let names: Vec<(Name, BindingKind, Span)> = cases
            .iter()
            .flat_map(|c| self.block_names(&c.body))
            .collect();
        let scoped = !names.is_empty();
        if scoped {
            self.push_scope(&names, true)?;
            for c in cases {
                self.hoist_functions(&c.body, false)?;
            }
        }
        let mut body_jumps = Vec::new();
        let t = self.alloc(discriminant.span)?;
        for c in cases {
            if let Some(test) = &c.test {
                let mark = self.mark();
                let v = self.expr_reg(test)?;
                self.emit(Op::StrictEq { dst: t, a: d, b: v });
                self.release(mark);
                body_jumps.push(Some(self.emit(Op::JumpIfTrue { cond: t, target: 0 })));
            } else {
                body_jumps.push(None);
            }
        }
        let to_default = self.jump();
        let scope_count = self.fr().scopes.len();
        self.f().controls.push(Control::Jump {
            labels,
            breakable: true,
            continuable: false,
            breaks: Vec::new(),
            continues: Vec::new(),
            scope_count,
            iterator: None,
        });
        let mut default_at = None;
        for (c, jump) in cases.iter().zip(body_jumps) {
            match jump {
                Some(j) => self.patch_here(j),
                None => default_at = Some(self.pc()),
            }
            self.stmts(&c.body)?;
        }
        match default_at {
            Some(pc) => self.patch(to_default, pc),
            None => self.patch_here(to_default),
        }
        let pc = self.pc();
        self.pop_loop(pc);
        if scoped {
            self.pop_scope();
        }
        Ok(())
    }

    /// Starts a protected range whose handler stores the thrown value in `reg`.
    pub(super) fn open_try(&mut self, kind: HandlerKind, reg: Reg) -> CResult<usize> {
        let pc = self.pc();
        let scope_depth = self.env_depth();
        let f = self.f();
        f.tries.push(TryInfo {
            reg,
            scope_depth,
            kind,
            target: 0,
            open: Some(pc),
        });
        Ok(f.tries.len() - 1)
    }

    pub(super) fn close_range(&mut self, try_index: usize) {
        let pc = self.pc();
        let f = self.f();
        if let Some(start) = f.tries[try_index].open.take() {
            f.ranges.push((try_index, start, pc));
        }
    }

    /// Protects code from here on again with the handler of `try_index`, after
    /// `close_range` left a gap.
    pub(super) fn reopen_range(&mut self, try_index: usize) {
        let pc = self.pc();
        self.f().tries[try_index].open = Some(pc);
    }

    /// The handler's landing pad starts here.
    pub(super) fn land(&mut self, try_index: usize) {
        let pc = self.pc();
        self.f().tries[try_index].target = pc;
    }

    fn try_stmt(
        &mut self,
        block: &'a [Stmt],
        handler: Option<&'a CatchClause>,
        finalizer: Option<&'a [Stmt]>,
    ) -> CResult {
        let scope_count = self.fr().scopes.len();
        let exc = self.alloc(Span::default())?;
        let finally_try = match finalizer {
            Some(body) => {
                let i = self.open_try(HandlerKind::Finally, exc)?;
                self.f().controls.push(Control::Try {
                    try_index: i,
                    finally: Some(body),
                    scope_count,
                });
                Some(i)
            }
            None => None,
        };
        match handler {
            Some(h) => {
                let i = self.open_try(HandlerKind::Catch, exc)?;
                self.f().controls.push(Control::Try {
                    try_index: i,
                    finally: None,
                    scope_count,
                });
                self.block(block)?;
                self.f().controls.pop();
                self.close_range(i);
                let end = self.jump();
                self.land(i);
                self.catch_clause(h, exc)?;
                self.patch_here(end);
            }
            None => self.block(block)?,
        }
        if let (Some(i), Some(body)) = (finally_try, finalizer) {
            self.f().controls.pop();
            self.close_range(i);
            // Normal completion: the pending completion is empty.
            self.emit(Op::LoadEmpty { dst: exc });
            let landing = self.jump();
            self.land(i);
            self.patch_here(landing);
            self.block(body)?;
            self.emit(Op::EndFinally { src: exc });
        }
        Ok(())
    }

    fn catch_clause(&mut self, h: &'a CatchClause, exc: Reg) -> CResult {
        let mut names = Vec::new();
        if let Some(p) = &h.param {
            scope::pattern_names(p, &mut |n, sp| {
                names.push((n.clone(), BindingKind::Catch, sp))
            });
        }
        // The catch parameter and the body's own declarations share one scope; a body
        // `let` of the parameter's name is a redeclaration.
        let body_names = self.block_names(&h.body);
        for (n, _, sp) in &body_names {
            if let Some((_, _, first)) = names.iter().find(|(m, _, _)| m == n) {
                return Err(redeclared(n, *sp, *first));
            }
        }
        names.extend(body_names);
        self.push_scope(&names, false)?;
        if let Some(p) = &h.param {
            self.bind_pattern(p, exc, PatternSource::Unnamed, true)?;
        }
        self.hoist_functions(&h.body, false)?;
        self.stmts(&h.body)?;
        self.pop_scope();
        Ok(())
    }
}
