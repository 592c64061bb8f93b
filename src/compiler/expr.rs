//! Expression, pattern and class compilation.

use super::bytecode::*;
use super::scope;
use super::*;

impl<'a, 'h> Compiler<'a, 'h> {
    /// Evaluates `e` for its effects only.
    pub(super) fn expr_discard(&mut self, e: &'a Expr) -> CResult {
        let mark = self.mark();
        match &e.kind {
            // `i++` or `++i` as a statement: no value is needed, old or new.
            ExprKind::Update { op, target, .. } => {
                // A local in a register steps in place, with no copy of the result.
                if let Some(r) = self.register_update_target(target) {
                    self.emit_at(step_op(*op, r, r), e.span);
                } else {
                    self.update(*op, true, target, None, e.span)?;
                }
            }
            // `x = value` as a statement, for a local in a register: the value is
            // computed straight into it, with no copy through a temporary.
            ExprKind::Assign {
                op: AssignOp::Assign,
                target,
                value,
            } if let Pattern::Ident { name, .. } = strip_paren_pattern(target)
                && let Some(r) = self.register_assign_target(name)
                && (writes_result_last(value) || self.local_register(value).is_some()) =>
            {
                self.expr_named(value, r, Some(name.clone()))?;
            }
            ExprKind::Assign { .. } | ExprKind::Call { .. } => {
                let r = self.alloc(e.span)?;
                self.expr_to(e, r)?;
            }
            _ => {
                self.expr_reg(e)?;
            }
        }
        self.release(mark);
        Ok(())
    }

    /// Evaluates `e` into some register: a local's own register when `e` is a local
    /// that needs no check, a new temporary otherwise.
    pub(super) fn expr_reg(&mut self, e: &'a Expr) -> CResult<Reg> {
        if let Some(r) = self.local_register(e) {
            return Ok(r);
        }
        let r = self.alloc(e.span)?;
        self.expr_to(e, r)?;
        Ok(r)
    }

    /// The register already holding `e` when it is a local (or `this`) read with no
    /// check: reading it takes no instruction, copying it one `Mov`.
    fn local_register(&self, e: &Expr) -> Option<Reg> {
        match &e.kind {
            ExprKind::Ident(name) => match self.resolve(name) {
                Resolved::Reg(r, b) if b.initialized && self.only_static(name) => Some(r),
                _ => None,
            },
            ExprKind::This if self.this_is_r0() => Some(0),
            _ => None,
        }
    }

    /// Like `read_operand`, but never returns a local's register when `later` might
    /// assign that local before the value is used (`a + (a = 1)`).
    fn operand(&mut self, e: &'a Expr, later: &Expr) -> CResult<Reg> {
        let local = match &strip_paren(e).kind {
            ExprKind::Ident(name) => Some(name),
            ExprKind::Update {
                prefix: true,
                target,
                ..
            } => match &strip_paren(target).kind {
                ExprKind::Ident(name) => Some(name),
                _ => None,
            },
            _ => None,
        };
        if local.is_some_and(|name| may_assign(later, name)) {
            let r = self.alloc(e.span)?;
            self.expr_to(e, r)?;
            return Ok(r);
        }
        self.read_operand(e)
    }

    /// Like `expr_reg`, and `++x`/`--x` of a local in a register steps it in place and
    /// yields its register (no copy of the result): for a value that is used before
    /// any other code runs.
    fn read_operand(&mut self, e: &'a Expr) -> CResult<Reg> {
        if let ExprKind::Update {
            op,
            prefix: true,
            target,
        } = &e.kind
            && let Some(r) = self.register_update_target(target)
        {
            self.emit_at(step_op(*op, r, r), e.span);
            return Ok(r);
        }
        self.expr_reg(e)
    }

    /// A binary operator whose left operand is one too (`a + b - c ...`): the innermost
    /// operation compiles as usual into a temporary, and each enclosing one then
    /// combines that temporary with its right operand, in a loop and in place, so a
    /// chain takes neither a stack frame nor a register per operator.
    fn binary_chain(&mut self, e: &'a Expr, dst: Reg) -> CResult {
        let mut spine = Vec::new();
        let mut node = e;
        while let ExprKind::Binary { op, left, right } = &node.kind
            && matches!(left.kind, ExprKind::Binary { .. })
        {
            spine.push((*op, &**right, node.span));
            node = left;
        }
        let acc = self.alloc(node.span)?;
        self.expr_to(node, acc)?;
        let last = spine.len() - 1;
        for (i, (op, right, span)) in spine.into_iter().rev().enumerate() {
            let mark = self.mark();
            let to = if i == last { dst } else { acc };
            self.binary_with(op, to, acc, right, span)?;
            self.release(mark);
        }
        Ok(())
    }

    /// R[dst] := R[a] `op` `right`; adding or subtracting a small integer literal takes
    /// it as an operand.
    fn binary_with(
        &mut self,
        op: BinaryOp,
        dst: Reg,
        a: Reg,
        right: &'a Expr,
        span: Span,
    ) -> CResult {
        match (op, small_int(right)) {
            (BinaryOp::Add, Some(value)) => self.emit_at(Op::AddInt { dst, a, value }, span),
            (BinaryOp::Sub, Some(value)) => self.emit_at(Op::SubInt { dst, a, value }, span),
            _ => {
                let b = self.read_operand(right)?;
                self.emit_at(binary_op(op, dst, a, b), span)
            }
        };
        Ok(())
    }

    /// `this` is the frame's R0 (not an arrow, not a derived constructor).
    fn this_is_r0(&self) -> bool {
        matches!(
            self.fr().kind,
            TemplateKind::Normal
                | TemplateKind::Method
                | TemplateKind::ClassConstructor { derived: false }
        )
    }

    /// Evaluates `e`, naming an anonymous function or class `name` (NamedEvaluation).
    pub(super) fn expr_named(&mut self, e: &'a Expr, dst: Reg, name: Option<Name>) -> CResult {
        match (&e.kind, name) {
            (ExprKind::Function(f) | ExprKind::Arrow(f), Some(n)) if f.name.is_none() => {
                self.function_value(f, Some(n), dst)
            }
            (ExprKind::Class(c), Some(n)) if c.name.is_none() => self.class_named(c, dst, Some(n)),
            (ExprKind::Paren(inner), name) => self.expr_named(inner, dst, name),
            _ => self.expr_to(e, dst),
        }
    }

    pub(super) fn load_this(&mut self, dst: Reg, span: Span) -> CResult {
        match self.fr().kind {
            TemplateKind::Arrow => {
                self.load_name(scope::THIS, dst, span)?;
                self.emit_at(Op::CheckThis { reg: dst }, span);
            }
            TemplateKind::ClassConstructor { derived: true } => {
                self.sync_this_register(span)?;
                self.emit_at(Op::CheckThis { reg: 0 }, span);
                if dst != 0 {
                    self.emit(Op::Mov { dst, src: 0 });
                }
            }
            TemplateKind::Script if self.fr().captured.contains(scope::THIS) => {
                self.emit(Op::Mov { dst, src: 0 });
            }
            _ => {
                if dst != 0 {
                    self.emit(Op::Mov { dst, src: 0 });
                }
            }
        }
        Ok(())
    }

    /// In a derived constructor whose `this` is captured, an arrow's `super()` binds it
    /// in the Env: copies the binding into R0, which `this` and `return` read.
    pub(super) fn sync_this_register(&mut self, span: Span) -> CResult {
        if self.fr().captured.contains(scope::THIS) {
            self.load_name(scope::THIS, 0, span)?;
        }
        Ok(())
    }

    /// R[dst] := the value of the variable `name`.
    pub(super) fn load_name(&mut self, name: &str, dst: Reg, span: Span) -> CResult {
        let mark = self.mark();
        let found = self.resolve_dynamic(name, span)?;
        self.load_resolved(name, found, dst, span)?;
        self.release(mark);
        Ok(())
    }

    /// R[dst] := the value of the variable `name` through the reference
    /// `resolve_dynamic` found.
    fn load_resolved(&mut self, name: &str, found: Option<Reg>, dst: Reg, span: Span) -> CResult {
        self.through_resolved(
            name,
            found,
            |c, obj, k| {
                c.emit_at(Op::DynGet { dst, obj, name: k }, span);
                Ok(())
            },
            |c| c.load_static_name(name, dst, span),
        )
    }

    /// R[dst] := the value of the variable `name` as the scopes known at compile time
    /// bind it.
    fn load_static_name(&mut self, name: &str, dst: Reg, span: Span) -> CResult {
        match self.resolve(name) {
            Resolved::Reg(r, b) => {
                if r != dst {
                    self.emit(Op::Mov { dst, src: r });
                }
                if !b.initialized {
                    let k = self.atom_const(name);
                    let at = self.fr().stmt_span;
                    self.emit_at(Op::CheckTdz { reg: dst, name: k }, at);
                }
            }
            Resolved::Env {
                depth,
                slot,
                binding,
            } => {
                self.emit(Op::GetEnv { dst, depth, slot });
                if !binding.initialized
                    && (binding.kind.is_lexical() || binding.kind == BindingKind::ParamTdz)
                    || binding.kind == BindingKind::ClassInner
                {
                    let k = self.atom_const(name);
                    let at = self.fr().stmt_span;
                    self.emit_at(Op::CheckTdz { reg: dst, name: k }, at);
                }
            }
            Resolved::Lexical(g) => {
                self.emit(Op::GetLex { dst, slot: g.slot });
                if !self.lexical_known_initialized(name) {
                    let k = self.atom_const(name);
                    let at = self.fr().stmt_span;
                    self.emit_at(Op::CheckTdz { reg: dst, name: k }, at);
                }
            }
            Resolved::Global => {
                let k = self.atom_const(name);
                if name == "undefined" {
                    self.emit(Op::LoadUndefined { dst });
                } else {
                    self.emit_at(Op::GetGlobal { dst, name: k }, span);
                }
            }
        }
        Ok(())
    }

    /// The variable `name` := R[src]. `init` marks a declaration's initialisation
    /// (allowed for const, ends the TDZ); otherwise it is an assignment.
    pub(super) fn store_name(&mut self, name: &str, src: Reg, span: Span, init: bool) -> CResult {
        let mark = self.mark();
        let found = self.resolve_dynamic(name, span)?;
        self.store_resolved(name, found, src, span, init)?;
        self.release(mark);
        Ok(())
    }

    /// The variable `name` := R[src], through the reference `resolve_dynamic` found
    /// earlier if there is one, else resolved now.
    fn store_found(
        &mut self,
        name: &str,
        found: Option<Reg>,
        src: Reg,
        span: Span,
        init: bool,
    ) -> CResult {
        match found {
            Some(_) => self.store_resolved(name, found, src, span, init),
            None => self.store_name(name, src, span, init),
        }
    }

    /// The variable `name` := R[src], through the reference `resolve_dynamic` found.
    fn store_resolved(
        &mut self,
        name: &str,
        found: Option<Reg>,
        src: Reg,
        span: Span,
        init: bool,
    ) -> CResult {
        let strict = self.fr().strict;
        self.through_resolved(
            name,
            found,
            |c, obj, k| {
                c.emit_at(
                    Op::DynSet {
                        obj,
                        src,
                        name: k,
                        strict,
                    },
                    span,
                );
                Ok(())
            },
            |c| c.store_static_name(name, src, span, init),
        )
    }

    /// The variable `name`, as the scopes known at compile time bind it, := R[src].
    fn store_static_name(&mut self, name: &str, src: Reg, span: Span, init: bool) -> CResult {
        let resolved = self.resolve(name);
        if !init
            && let Resolved::Reg(_, b) | Resolved::Env { binding: b, .. } = resolved
            && b.kind == BindingKind::FunctionSelf
        {
            if self.fr().strict {
                let k = self.atom_const(name);
                self.emit_at(Op::ThrowConstAssign { name: k }, span);
            }
            return Ok(());
        }
        match resolved {
            Resolved::Reg(r, b) => {
                if !init {
                    self.check_assignable(name, b, r, None, span)?;
                }
                if r != src {
                    self.emit(Op::Mov { dst: r, src });
                }
                if init {
                    self.set_initialized(name);
                }
            }
            Resolved::Env {
                depth,
                slot,
                binding,
            } => {
                if !init
                    && (binding.kind.is_lexical() && !binding.initialized
                        || binding.kind.is_const())
                {
                    let t = self.alloc(span)?;
                    self.emit(Op::GetEnv {
                        dst: t,
                        depth,
                        slot,
                    });
                    self.check_assignable(name, binding, t, Some(()), span)?;
                    self.release(t);
                }
                self.emit(Op::SetEnv { src, depth, slot });
                if init {
                    self.set_initialized(name);
                }
            }
            Resolved::Lexical(g) => {
                if init && self.funcs.len() == 1 {
                    self.script_initialized.insert(name.into());
                }
                if !init && self.lexical_known_initialized(name) && g.is_const {
                    let k = self.atom_const(name);
                    self.emit_at(Op::ThrowConstAssign { name: k }, span);
                    return Ok(());
                }
                if !init && !self.lexical_known_initialized(name) {
                    let t = self.alloc(span)?;
                    self.emit(Op::GetLex {
                        dst: t,
                        slot: g.slot,
                    });
                    let k = self.atom_const(name);
                    self.emit_at(Op::CheckTdz { reg: t, name: k }, span);
                    self.release(t);
                    if g.is_const {
                        self.emit_at(Op::ThrowConstAssign { name: k }, span);
                        return Ok(());
                    }
                }
                self.emit(Op::SetLex { src, slot: g.slot });
            }
            Resolved::Global => {
                let k = self.atom_const(name);
                let strict = self.fr().strict;
                self.emit_at(
                    Op::SetGlobal {
                        src,
                        name: k,
                        strict,
                    },
                    span,
                );
            }
        }
        Ok(())
    }

    /// A script-level lexical read by the script's own top-level code after its
    /// declaration ran.
    fn lexical_known_initialized(&self, name: &str) -> bool {
        self.funcs.len() == 1 && self.script_initialized.contains(name)
    }

    /// Before assigning to a binding: the TDZ check and the const check. `current`
    /// holds the binding's value (for the TDZ check).
    fn check_assignable(
        &mut self,
        name: &str,
        b: Binding,
        current: Reg,
        _env: Option<()>,
        span: Span,
    ) -> CResult {
        if !b.initialized && (b.kind.is_lexical() || b.kind == BindingKind::ClassInner) {
            let k = self.atom_const(name);
            self.emit_at(
                Op::CheckTdz {
                    reg: current,
                    name: k,
                },
                span,
            );
        }
        if b.kind.is_const() {
            let k = self.atom_const(name);
            self.emit_at(Op::ThrowConstAssign { name: k }, span);
        }
        Ok(())
    }

    /// Emits jumps taken when `e` is falsy; returns them for patching.
    pub(super) fn jump_if_false(&mut self, e: &'a Expr) -> CResult<Jumps> {
        self.jump_if(e, false, 0)
    }

    /// Emits jumps to `target` taken when ToBoolean(`e`) is `when`; returns them. A
    /// comparison or a negation decides its jump itself, with no boolean in a
    /// register, and `&&` and `||` jump from each operand they test.
    pub(super) fn jump_if(&mut self, e: &'a Expr, when: bool, target: u32) -> CResult<Jumps> {
        if let ExprKind::Paren(inner) = &e.kind {
            return self.jump_if(inner, when, target);
        }
        if let ExprKind::Logical {
            op: op @ (LogicalOp::And | LogicalOp::Or),
            ..
        } = e.kind
        {
            return self.logical_jump_if(e, op, when, target);
        }
        let mark = self.mark();
        let at = match &e.kind {
            ExprKind::Binary {
                op: op @ (BinaryOp::Lt | BinaryOp::LtEq | BinaryOp::Gt | BinaryOp::GtEq),
                left,
                right,
            } => {
                let a = self.operand(left, right)?;
                let jump = match (op, int_literal(right)) {
                    (BinaryOp::Lt, Some(value)) if when => Op::JumpIfLtInt { a, value, target },
                    (BinaryOp::Lt, Some(value)) => Op::JumpIfNotLtInt { a, value, target },
                    _ => {
                        let b = self.read_operand(right)?;
                        match (op, when) {
                            (BinaryOp::Lt, true) => Op::JumpIfLt { a, b, target },
                            (BinaryOp::Lt, false) => Op::JumpIfNotLt { a, b, target },
                            (BinaryOp::LtEq, true) => Op::JumpIfLtEq { a, b, target },
                            (BinaryOp::LtEq, false) => Op::JumpIfNotLtEq { a, b, target },
                            (BinaryOp::Gt, true) => Op::JumpIfGt { a, b, target },
                            (BinaryOp::Gt, false) => Op::JumpIfNotGt { a, b, target },
                            (_, true) => Op::JumpIfGtEq { a, b, target },
                            (_, false) => Op::JumpIfNotGtEq { a, b, target },
                        }
                    }
                };
                self.emit_at(jump, e.span)
            }
            // `x == null` and `x != null`: a test of the one operand.
            ExprKind::Binary {
                op: op @ (BinaryOp::Eq | BinaryOp::NotEq),
                left,
                right,
            } if matches!(right.kind, ExprKind::Null) => {
                let cond = self.expr_reg(left)?;
                let jump = if (*op == BinaryOp::Eq) == when {
                    Op::JumpIfNullish { cond, target }
                } else {
                    Op::JumpIfNotNullish { cond, target }
                };
                self.emit_at(jump, e.span)
            }
            ExprKind::Binary {
                op:
                    op @ (BinaryOp::Eq | BinaryOp::NotEq | BinaryOp::StrictEq | BinaryOp::StrictNotEq),
                left,
                right,
            } => {
                let a = self.operand(left, right)?;
                let b = self.expr_reg(right)?;
                let equal = matches!(op, BinaryOp::Eq | BinaryOp::StrictEq) == when;
                let jump = match (op, equal) {
                    (BinaryOp::Eq | BinaryOp::NotEq, true) => Op::JumpIfEq { a, b, target },
                    (BinaryOp::Eq | BinaryOp::NotEq, false) => Op::JumpIfNotEq { a, b, target },
                    (_, true) => Op::JumpIfStrictEq { a, b, target },
                    (_, false) => Op::JumpIfNotStrictEq { a, b, target },
                };
                self.emit_at(jump, e.span)
            }
            ExprKind::Unary {
                op: UnaryOp::Not,
                arg,
            } => {
                let cond = self.expr_reg(arg)?;
                self.emit(if when {
                    Op::JumpIfFalse { cond, target }
                } else {
                    Op::JumpIfTrue { cond, target }
                })
            }
            _ => {
                let cond = self.expr_reg(e)?;
                self.emit(if when {
                    Op::JumpIfTrue { cond, target }
                } else {
                    Op::JumpIfFalse { cond, target }
                })
            }
        };
        self.release(mark);
        Ok(Jumps::from_elem(at, 1))
    }

    /// `jump_if` of a chain of `op` (`a && b && ...` or `a || b || ...`, nested to
    /// the left and walked in a loop). When an operand alone can decide the jump (a
    /// falsy one of `&&` when jumping on false, a truthy one of `||` when jumping on
    /// true), each operand jumps to `target`; otherwise each but the last skips past
    /// the chain when it decides the other way, and the last one decides the jump.
    fn logical_jump_if(
        &mut self,
        e: &'a Expr,
        op: LogicalOp,
        when: bool,
        target: u32,
    ) -> CResult<Jumps> {
        let mut operands = Vec::new();
        let mut node = e;
        while let ExprKind::Logical { op: o, left, right } = &node.kind
            && *o == op
        {
            operands.push(&**right);
            node = left;
        }
        operands.push(node);
        operands.reverse();
        let last = operands.pop().expect("a chain has two operands or more");
        let decides = (op == LogicalOp::Or) == when;
        let mut jumps = Jumps::new();
        let mut skips = Jumps::new();
        for operand in operands {
            if decides {
                jumps.extend(self.jump_if(operand, when, target)?);
            } else {
                skips.extend(self.jump_if(operand, !when, 0)?);
            }
        }
        jumps.extend(self.jump_if(last, when, target)?);
        for skip in skips {
            self.patch_here(skip);
        }
        Ok(jumps)
    }

    /// Evaluates `e` into `dst`.
    pub(super) fn expr_to(&mut self, e: &'a Expr, dst: Reg) -> CResult {
        let mark = self.mark();
        let span = e.span;
        match &e.kind {
            ExprKind::Number(n) => self.load_number(*n, dst),
            ExprKind::BigInt(n) => {
                let idx = self.bigint_const(n);
                self.emit(Op::LoadConst { dst, idx });
            }
            ExprKind::String(s) => {
                let idx = self.units_const(s);
                self.emit(Op::LoadConst { dst, idx });
            }
            ExprKind::Bool(b) => {
                self.emit(Op::LoadBool { dst, value: *b });
            }
            ExprKind::Null => {
                self.emit(Op::LoadNull { dst });
            }
            ExprKind::This => self.load_this(dst, span)?,
            ExprKind::Ident(name) => self.load_name(name, dst, span)?,
            ExprKind::Paren(inner) => self.expr_to(inner, dst)?,
            ExprKind::Template(t) => self.template(t, dst)?,
            ExprKind::TaggedTemplate { tag, quasi } => {
                self.tagged_template(tag, quasi, dst, span)?
            }
            ExprKind::Regex { pattern, flags } => {
                let pattern = self.units_const(pattern);
                let flags = self.atom_const(flags);
                self.emit_at(
                    Op::RegExp {
                        dst,
                        pattern,
                        flags,
                    },
                    span,
                );
            }
            ExprKind::Array(items) => self.array_literal(items, dst)?,
            ExprKind::Object(props) => self.object_literal(props, dst)?,
            ExprKind::Function(f) if f.name.is_some() => {
                let template = self.function_template(f, None, None, f.name.clone())?;
                let idx = self.add_const(Constant::Function(template));
                self.emit(Op::Closure { dst, idx });
            }
            ExprKind::Function(f) | ExprKind::Arrow(f) => self.function_value(f, None, dst)?,
            ExprKind::Class(c) => self.class(c, dst)?,
            ExprKind::Unary { op, arg } => self.unary(*op, arg, dst, span)?,
            ExprKind::Update { op, prefix, target } => {
                self.update(*op, *prefix, target, Some(dst), span)?
            }
            ExprKind::Binary { left, .. } if matches!(left.kind, ExprKind::Binary { .. }) => {
                self.binary_chain(e, dst)?
            }
            ExprKind::Binary { op, left, right } => {
                let a = match &left.kind {
                    // `#x in o`: a brand check with the class's private name.
                    ExprKind::PrivateName(n) => self.private_key(n, left.span)?,
                    _ => self.operand(left, right)?,
                };
                self.binary_with(*op, dst, a, right, span)?;
            }
            ExprKind::Logical { .. } => {
                // `a || b || c ...` nests to the left: walk the spine in a loop, every
                // operand into `dst`, each skipping over the next one when decided.
                let mut spine = Vec::new();
                let mut node = e;
                while let ExprKind::Logical { op, left, right } = &node.kind {
                    spine.push((*op, &**right));
                    node = left;
                }
                self.expr_to(node, dst)?;
                for (op, right) in spine.into_iter().rev() {
                    let skip = self.emit(logical_skip(op, dst));
                    self.expr_to(right, dst)?;
                    self.patch_here(skip);
                }
            }
            ExprKind::Assign { op, target, value } => self.assign(*op, target, value, dst, span)?,
            ExprKind::Conditional { test, cons, alt } => {
                let else_jumps = self.jump_if_false(test)?;
                self.expr_to(cons, dst)?;
                let end = self.jump();
                self.patch_all_here(&else_jumps);
                self.expr_to(alt, dst)?;
                self.patch_here(end);
            }
            ExprKind::Call {
                callee,
                args,
                optional,
            } => self.call(callee, args, *optional, dst, span)?,
            ExprKind::New { callee, args } => {
                let base = self.alloc_n(2, span)?;
                self.expr_to(callee, base)?;
                let at = match self.args(args, base + 2, span)? {
                    Some(argc) => self.emit_at(Op::New { dst, base, argc }, span),
                    None => self.emit_at(Op::NewSpread { dst, base }, span),
                };
                self.name_callee(at, callee);
            }
            ExprKind::Member {
                object,
                property,
                optional,
            } => {
                let obj = self.expr_reg(object)?;
                if *optional {
                    self.optional_jump(obj);
                }
                self.get_member(obj, property, dst, span)?;
            }
            ExprKind::SuperMember { property } => {
                self.get_super(dst, property, span)?;
            }
            ExprKind::SuperCall { args } => {
                let base = self.alloc_n(3, span)?;
                self.super_call_target(base, span)?;
                let argc = self.args(args, base + 3, span)?;
                self.load_this_binding(base + 2, span)?;
                match argc {
                    Some(argc) => self.emit_at(Op::SuperCall { dst, base, argc }, span),
                    None => self.emit_at(Op::SuperCallSpread { dst, base }, span),
                };
                self.bind_this_after_super(dst, span)?;
            }
            ExprKind::OptionalChain(inner) => {
                self.f().optional_chains.push(Vec::new());
                self.expr_to(inner, dst)?;
                let jumps = self.f().optional_chains.pop().unwrap_or_default();
                if !jumps.is_empty() {
                    let end = self.jump();
                    for j in jumps {
                        self.patch_here(j);
                    }
                    self.emit(Op::LoadUndefined { dst });
                    self.patch_here(end);
                }
            }
            ExprKind::Sequence(es) => {
                let (last, init) = es.split_last().expect("a sequence has expressions");
                for e in init {
                    self.expr_discard(e)?;
                }
                self.expr_to(last, dst)?;
            }
            ExprKind::PrivateName(n) => {
                return Err(Diagnostic::syntax(
                    format!("Unexpected identifier '{n}'"),
                    span,
                ));
            }
            ExprKind::ImportMeta => self.load_name(super::module::IMPORT_META, dst, span)?,
            ExprKind::ImportCall(specifier) => {
                // The module's import function (see `modules::esm`), called with the
                // specifier.
                let base = self.alloc(span)?;
                let this = self.alloc(span)?;
                let arg = self.alloc(span)?;
                self.load_name(super::module::IMPORT_CALL, base, span)?;
                self.emit(Op::LoadUndefined { dst: this });
                self.expr_to(specifier, arg)?;
                self.emit_at(Op::Call { dst, base, argc: 1 }, span);
            }
            ExprKind::NewTarget => {
                if self.fr().kind == TemplateKind::Arrow {
                    self.load_name(scope::NEW_TARGET, dst, span)?;
                } else {
                    self.emit(Op::NewTarget { dst });
                }
            }
            ExprKind::Yield { arg, delegate } => {
                let v = self.alloc(span)?;
                match arg {
                    Some(a) => self.expr_to(a, v)?,
                    None => {
                        self.emit(Op::LoadUndefined { dst: v });
                    }
                }
                let in_async_generator = self.fr().is_async;
                if *delegate && in_async_generator {
                    self.async_delegate(arg.as_deref(), v, dst, span)?;
                    return Ok(());
                }
                if *delegate {
                    let iter = self.alloc_n(2, span)?;
                    self.emit_at(Op::GetIterator { dst: iter, src: v }, span);
                    // The first step sends undefined to the inner iterator.
                    self.emit(Op::LoadUndefined { dst });
                    self.emit_at(Op::YieldStar { dst, iter }, span);
                } else {
                    if in_async_generator {
                        // An async generator awaits what it yields.
                        self.emit_await(v, span);
                    }
                    self.emit_at(Op::Yield { dst, src: v }, span);
                }
            }
            ExprKind::Await(arg) => {
                let v = self.expr_reg(arg)?;
                // `await` at the top of a script makes the script itself async.
                if self.fr().kind == TemplateKind::Script {
                    self.f().is_async = true;
                }
                self.emit_at(Op::Await { dst, src: v }, span);
            }
        }
        self.release(mark.max(dst + 1).min(self.mark()));
        Ok(())
    }

    fn load_number(&mut self, n: f64, dst: Reg) {
        if n.fract() == 0.0 && n.abs() < i32::MAX as f64 && !(n == 0.0 && n.is_sign_negative()) {
            self.emit(Op::LoadInt {
                dst,
                value: n as i32,
            });
        } else {
            let idx = self.number_const(n);
            self.emit(Op::LoadConst { dst, idx });
        }
    }

    /// In an optional chain: jump to the chain's end when R[obj] is nullish.
    fn optional_jump(&mut self, obj: Reg) {
        let at = self.emit(Op::JumpIfNullish {
            cond: obj,
            target: 0,
        });
        if let Some(chain) = self.f().optional_chains.last_mut() {
            chain.push(at);
        }
    }

    /// The key of a member expression in a register (a string constant for `.name`).
    fn member_key(&mut self, property: &'a MemberProperty) -> CResult<Reg> {
        match property {
            MemberProperty::Named(n) => {
                let r = self.alloc(Span::default())?;
                let idx = self.atom_const(n);
                self.emit(Op::LoadConst { dst: r, idx });
                Ok(r)
            }
            MemberProperty::Computed(e) => self.expr_reg(e),
            MemberProperty::Private(n) => self.private_key(n, Span::default()),
        }
    }

    /// R[dst] := the member `obj.property` that is about to be written back (`o.p +=
    /// v`, `o[k]++`); returns how to write it. A named member reads and writes through
    /// inline caches, as a plain read or assignment does.
    fn read_for_update(
        &mut self,
        dst: Reg,
        obj: Reg,
        property: &'a MemberProperty,
        span: Span,
    ) -> CResult<WriteBack> {
        let key = match property {
            MemberProperty::Named(n) => Some(self.atom_const(n)),
            MemberProperty::Computed(e) => match &e.kind {
                ExprKind::String(s) if !is_index(s) => Some(self.units_const(s)),
                _ => None,
            },
            MemberProperty::Private(_) => None,
        };
        if let Some(key) = key {
            let ic = self.prop_cache();
            self.emit_at(Op::GetProp { dst, obj, key, ic }, span);
            let ic = self.prop_cache();
            return Ok(WriteBack::Prop { obj, key, ic });
        }
        let key = self.member_key(property)?;
        let key = self.get_for_update(dst, obj, key, property, span)?;
        Ok(WriteBack::Elem { obj, key })
    }

    /// R[dst] := the member `obj[key]` that is about to be written back (`o[k] += v`,
    /// `o[k]++`); returns the register of the key to write it with. A computed key is
    /// converted once, after the base is checked (GetValue's ToObject comes before
    /// ToPropertyKey, and PutValue reuses the key).
    fn get_for_update(
        &mut self,
        dst: Reg,
        obj: Reg,
        key: Reg,
        property: &'a MemberProperty,
        span: Span,
    ) -> CResult<Reg> {
        match property {
            MemberProperty::Computed(e)
                if !matches!(e.kind, ExprKind::Number(_) | ExprKind::String(_)) =>
            {
                let key_out = self.alloc(span)?;
                let get = Op::GetElemKeyed {
                    dst,
                    obj,
                    key,
                    key_out,
                };
                self.emit_at(get, span);
                Ok(key_out)
            }
            _ => {
                self.emit_at(Op::GetElem { dst, obj, key }, span);
                Ok(key)
            }
        }
    }

    /// R[dst] := `super[key]` or `super.name`; returns the registers of its `this`,
    /// base and converted key, for a write back.
    fn get_super(
        &mut self,
        dst: Reg,
        property: &'a MemberProperty,
        span: Span,
    ) -> CResult<(Reg, Reg, Reg)> {
        let this = self.alloc(span)?;
        self.load_this(this, span)?;
        let (base, key) = self.super_reference(property, span)?;
        let get = Op::GetSuper {
            dst,
            base,
            this,
            key,
        };
        self.emit_at(get, span);
        Ok((this, base, key))
    }

    /// The reference `super[key]` or `super.name` (13.3.7.1), after `this` was loaded:
    /// the key (evaluated, not yet converted, in a register of its own that `GetSuper`
    /// may convert in place), then the super base. Returns (base, key).
    fn super_reference(&mut self, property: &'a MemberProperty, span: Span) -> CResult<(Reg, Reg)> {
        let mark = self.mark();
        let mut key = self.member_key(property)?;
        if key < mark {
            // A variable's own register: converting it in place would change the variable.
            let copy = self.alloc(span)?;
            self.emit(Op::Mov {
                dst: copy,
                src: key,
            });
            key = copy;
        }
        let base = self.alloc(span)?;
        self.emit(Op::SuperBase { dst: base });
        Ok((base, key))
    }

    /// The private name `#x` (a hidden symbol bound in the class scope) in a register.
    fn private_key(&mut self, name: &str, span: Span) -> CResult<Reg> {
        if let Resolved::Global | Resolved::Lexical(_) = self.resolve(name) {
            return Err(Diagnostic::syntax(
                format!("Private field '{name}' must be declared in an enclosing class"),
                span,
            ));
        }
        let r = self.alloc(span)?;
        self.load_name(name, r, span)?;
        Ok(r)
    }

    /// Declares the class's private names in a scope of their own, each bound to a new
    /// private symbol, beside the hidden bindings of private methods and computed field
    /// keys; returns whether there were any.
    fn declare_class_scope(&mut self, c: &'a Class) -> CResult<bool> {
        let mut names: Vec<(Name, BindingKind, Span)> = Vec::new();
        for m in &c.members {
            let key = match &m.kind {
                ClassMemberKind::Method { key, kind, .. } => {
                    if let (PropertyKey::Private(n), false) = (key, m.is_static) {
                        let hidden: Name = private_method_binding(n, *kind).into();
                        if !names.iter().any(|(x, _, _)| *x == hidden) {
                            names.push((hidden, BindingKind::ClassInner, m.span));
                        }
                    }
                    key
                }
                ClassMemberKind::Field { key, .. } => {
                    if matches!(key, PropertyKey::Computed(_)) {
                        names.push((field_key_binding(m).into(), BindingKind::ClassInner, m.span));
                    }
                    key
                }
                ClassMemberKind::StaticBlock(_) => continue,
            };
            if let PropertyKey::Private(n) = key
                && !names.iter().any(|(x, _, _)| x == n)
            {
                names.push((n.clone(), BindingKind::ClassInner, m.span));
            }
        }
        if names.is_empty() {
            return Ok(false);
        }
        // Methods and initialisers refer to these names: keep them in an Env.
        for (n, _, _) in &names {
            self.f().captured.insert(n.clone());
        }
        self.push_scope(&names, false)?;
        for (n, _, span) in names.clone() {
            if n.starts_with('#') && !n.contains(' ') {
                let r = self.alloc(span)?;
                let desc = self.atom_const(&n);
                self.emit(Op::NewPrivateName { dst: r, desc });
                self.store_name(&n, r, span, true)?;
                self.release(r);
            }
        }
        Ok(true)
    }

    fn get_member(
        &mut self,
        obj: Reg,
        property: &'a MemberProperty,
        dst: Reg,
        span: Span,
    ) -> CResult {
        // A computed or private key is a temporary: freed after the load, so a call's
        // arguments take the registers right after its callee and `this`.
        let mark = self.mark();
        match property {
            MemberProperty::Named(n) => {
                let key = self.atom_const(n);
                let pos = Span::new(
                    span.end.saturating_sub(n.len() as u32) as usize,
                    span.end as usize,
                );
                let ic = self.prop_cache();
                self.emit_at(Op::GetProp { dst, obj, key, ic }, pos);
            }
            MemberProperty::Computed(e) => {
                if let ExprKind::String(s) = &e.kind
                    && !is_index(s)
                {
                    let key = self.units_const(s);
                    let ic = self.prop_cache();
                    self.emit_at(Op::GetProp { dst, obj, key, ic }, span);
                    return Ok(());
                }
                let key = self.read_operand(e)?;
                self.emit_at(Op::GetElem { dst, obj, key }, span);
            }
            MemberProperty::Private(n) => {
                let key = self.private_key(n, span)?;
                self.emit_at(Op::GetElem { dst, obj, key }, span);
            }
        }
        self.release(mark);
        Ok(())
    }

    /// Compiles call arguments into consecutive registers from `first`; returns the
    /// count, or `None` when a spread put them into an array at `first`.
    fn args(&mut self, args: &'a [Argument], first: Reg, span: Span) -> CResult<Option<u16>> {
        if args.iter().any(|a| matches!(a, Argument::Spread(_))) {
            let arr = self.alloc(span)?;
            debug_assert_eq!(arr, first);
            let capacity = args.len().min(u16::MAX as usize) as u16;
            self.emit(Op::NewArray { dst: arr, capacity });
            for a in args {
                let mark = self.mark();
                match a {
                    Argument::Expr(e) => {
                        let r = self.expr_reg(e)?;
                        self.emit(Op::ArrayPush { arr, src: r });
                    }
                    Argument::Spread(e) => {
                        let r = self.expr_reg(e)?;
                        let at = self.emit_at(Op::ArraySpread { arr, src: r }, e.span);
                        let how = NotIterable::CallSpread(callee_text(e).into());
                        self.f().not_iterable.push((at as u32, how));
                    }
                }
                self.release(mark);
            }
            return Ok(None);
        }
        let n = args.len();
        if n > u16::MAX as usize / 2 {
            return Err(Diagnostic::syntax(
                "Too many arguments in function call",
                span,
            ));
        }
        let regs = self.alloc_n(n, span)?;
        debug_assert!(n == 0 || regs == first);
        for (i, a) in args.iter().enumerate() {
            if let Argument::Expr(e) = a {
                self.expr_to(e, first + i as Reg)?;
            }
        }
        Ok(Some(n as u16))
    }

    fn call(
        &mut self,
        callee: &'a Expr,
        args: &'a [Argument],
        optional: bool,
        dst: Reg,
        span: Span,
    ) -> CResult {
        let base = self.alloc_n(2, span)?;
        // Set when the receiver is undefined; R[base+1] is then written by the call
        // instruction or just before it.
        let mut undefined_this = false;
        let mut callee_inner = callee;
        while let ExprKind::Paren(inner) = &callee_inner.kind {
            callee_inner = inner;
        }
        match &callee_inner.kind {
            ExprKind::Member { .. } => self.member_callee(callee_inner, base, callee.span)?,
            // `(a?.b)()` calls with `a` as `this`, as `(a.b)()` does.
            ExprKind::OptionalChain(chain) if matches!(chain.kind, ExprKind::Member { .. }) => {
                self.f().optional_chains.push(Vec::new());
                self.member_callee(chain, base, callee.span)?;
                let jumps = self.f().optional_chains.pop().unwrap_or_default();
                if !jumps.is_empty() {
                    let end = self.jump();
                    for j in jumps {
                        self.patch_here(j);
                    }
                    self.emit(Op::LoadUndefined { dst: base });
                    self.patch_here(end);
                }
            }
            ExprKind::SuperMember { property } => {
                self.load_this(base + 1, span)?;
                let mark = self.mark();
                let (super_base, key) = self.super_reference(property, span)?;
                self.emit_at(
                    Op::GetSuper {
                        dst: base,
                        base: super_base,
                        this: base + 1,
                        key,
                    },
                    span,
                );
                self.release(mark);
            }
            // Inside `with`, a name found on the object calls with it as `this`.
            ExprKind::Ident(name) => {
                // The dynamic branch, when there is one, is emitted first; the static
                // one after it then sets its own undefined receiver.
                let dynamic = std::cell::Cell::new(false);
                let fixed_this = std::cell::Cell::new(false);
                self.through_dynamic_scopes(
                    name,
                    callee.span,
                    |c, obj, k| {
                        dynamic.set(true);
                        let get = Op::DynGet {
                            dst: base,
                            obj,
                            name: k,
                        };
                        c.emit_at(get, callee.span);
                        c.emit(Op::Mov {
                            dst: base + 1,
                            src: obj + 1,
                        });
                        Ok(())
                    },
                    |c| {
                        c.load_static_name(name, base, callee_inner.span)?;
                        if dynamic.get() {
                            c.emit(Op::LoadUndefined { dst: base + 1 });
                        } else {
                            fixed_this.set(true);
                        }
                        Ok(())
                    },
                )?;
                undefined_this = fixed_this.get();
            }
            _ => {
                self.expr_to(callee, base)?;
                undefined_this = true;
            }
        }
        if optional {
            self.optional_jump(base);
        }
        let pos = call_position(callee_inner, span);
        let direct_eval = !optional && matches!(&callee.kind, ExprKind::Ident(n) if &**n == "eval");
        let argc = self.args(args, base + 2, span)?;
        if undefined_this && (direct_eval || argc.is_none()) {
            self.emit(Op::LoadUndefined { dst: base + 1 });
        }
        let at = match argc {
            Some(argc) if undefined_this && !direct_eval => {
                self.emit_at(Op::CallUndefinedThis { dst, base, argc }, pos)
            }
            Some(argc) => {
                if direct_eval {
                    let site = self.eval_site_here(span)?;
                    self.emit_at(
                        Op::CallEval {
                            dst,
                            base,
                            argc,
                            site,
                        },
                        pos,
                    );
                }
                let lazy_arguments = self.fr().lazy_arguments.filter(|&r| {
                    !optional
                        && scope::applies_arguments(callee, args)
                        && matches!(self.resolve(scope::ARGUMENTS), Resolved::Reg(own, _) if own == r)
                });
                match lazy_arguments {
                    Some(arguments) => self.emit_at(
                        Op::ApplyArguments {
                            dst,
                            base,
                            arguments,
                        },
                        pos,
                    ),
                    None => self.emit_at(Op::Call { dst, base, argc }, pos),
                }
            }
            None => self.emit_at(Op::CallSpread { dst, base }, pos),
        };
        self.name_callee(at, callee);
        Ok(())
    }

    /// `yield* v` in an async generator (14.4.14, generatorKind async): forwards
    /// next/throw/return to the inner async iterator, awaiting each of its results.
    fn async_delegate(&mut self, arg: Option<&Expr>, v: Reg, dst: Reg, span: Span) -> CResult {
        let iter = self.alloc_n(2, span)?;
        let result = self.alloc(span)?;
        let mode = self.alloc(span)?;
        let at = self.emit_at(Op::GetAsyncIterator { dst: iter, src: v }, span);
        if let Some(a) = arg {
            self.name_callee(at, a);
        }
        self.emit(Op::LoadUndefined { dst });
        self.emit(Op::LoadInt {
            dst: mode,
            value: 0,
        });
        let top = self.pc();
        self.emit_at(
            Op::AsyncDelegateCall {
                result,
                iter,
                mode,
                received: dst,
            },
            span,
        );
        self.emit_await(result, span);
        let done = self.emit_at(
            Op::AsyncDelegateResult {
                dst,
                result,
                mode,
                done: 0,
            },
            span,
        );
        self.emit_at(
            Op::YieldDelegated {
                dst,
                mode,
                src: dst,
            },
            span,
        );
        self.emit(Op::Jump { target: top });
        self.patch_here(done);
        Ok(())
    }

    /// R[base] := the method `object.property`, R[base+1] := `object` (its `this`).
    fn member_callee(&mut self, member: &'a Expr, base: Reg, span: Span) -> CResult {
        let ExprKind::Member {
            object,
            property,
            optional,
        } = &member.kind
        else {
            unreachable!("member_callee takes a member expression")
        };
        self.expr_to(object, base + 1)?;
        if *optional {
            self.optional_jump(base + 1);
        }
        self.get_member(base + 1, property, base, span)
    }

    /// Keeps the callee's source text for "x is not a function" messages.
    pub(super) fn name_callee(&mut self, at: usize, callee: &Expr) {
        let text = callee_text(callee);
        self.f().callee_names.push((at as u32, text.into()));
    }

    /// The position V8 reports for an operator: the first non-blank character after
    /// `after` (e.g. the `=` of an assignment).
    fn operator_position(&self, after: u32) -> Span {
        let text = &self.source.text;
        let start = (after as usize).min(text.len());
        let skip = text[start..]
            .find(|c: char| !c.is_whitespace())
            .unwrap_or(0);
        Span::new(start + skip, start + skip + 1)
    }

    /// R[base] := the derived constructor `super()` belongs to, R[base+1] := new.target;
    /// an arrow finds both in the constructor's scope.
    fn super_call_target(&mut self, base: Reg, span: Span) -> CResult {
        match self.fr().kind {
            TemplateKind::ClassConstructor { derived: true } => {
                self.emit(Op::LoadCallee { dst: base });
                self.emit(Op::NewTarget { dst: base + 1 });
                Ok(())
            }
            TemplateKind::Arrow => {
                self.load_name(scope::ACTIVE_FUNCTION, base, span)?;
                self.load_name(scope::NEW_TARGET, base + 1, span)
            }
            _ => Err(Diagnostic::syntax("'super' keyword unexpected here", span)),
        }
    }

    /// R[dst] := the derived constructor's `this` binding as it is now (the TDZ marker
    /// before `super()` returns), without checking it.
    fn load_this_binding(&mut self, dst: Reg, span: Span) -> CResult {
        if self.fr().kind == TemplateKind::Arrow {
            self.load_name(scope::THIS, dst, span)
        } else {
            self.emit(Op::Mov { dst, src: 0 });
            Ok(())
        }
    }

    /// After `super(...)`: the new `this` goes to R0 and to the env slot arrows read.
    fn bind_this_after_super(&mut self, this: Reg, span: Span) -> CResult {
        match self.fr().kind {
            TemplateKind::ClassConstructor { derived: true } => {
                self.emit(Op::Mov { dst: 0, src: this });
                if self.fr().captured.contains(scope::THIS) {
                    self.store_name(scope::THIS, this, span, true)?;
                }
                Ok(())
            }
            TemplateKind::Arrow => self.store_name(scope::THIS, this, span, true),
            _ => Err(Diagnostic::syntax("'super' keyword unexpected here", span)),
        }
    }

    fn template(&mut self, t: &'a Template, dst: Reg) -> CResult {
        let first = &t.quasis[0];
        let idx = self.units_const(first.cooked.as_deref().unwrap_or(&[]));
        self.emit(Op::LoadConst { dst, idx });
        for (e, q) in t.exprs.iter().zip(&t.quasis[1..]) {
            let mark = self.mark();
            let r = self.alloc(e.span)?;
            self.expr_to(e, r)?;
            self.emit_at(Op::ToString { dst: r, src: r }, e.span);
            self.emit(Op::Add { dst, a: dst, b: r });
            let cooked = q.cooked.as_deref().unwrap_or(&[]);
            if !cooked.is_empty() {
                let idx = self.units_const(cooked);
                self.emit(Op::LoadConst { dst: r, idx });
                self.emit(Op::Add { dst, a: dst, b: r });
            }
            self.release(mark);
        }
        Ok(())
    }

    fn tagged_template(
        &mut self,
        tag: &'a Expr,
        quasi: &'a Template,
        dst: Reg,
        span: Span,
    ) -> CResult {
        let base = self.alloc_n(2, span)?;
        match &tag.kind {
            ExprKind::Member {
                object, property, ..
            } => {
                self.expr_to(object, base + 1)?;
                self.get_member(base + 1, property, base, tag.span)?;
            }
            _ => {
                self.expr_to(tag, base)?;
                self.emit(Op::LoadUndefined { dst: base + 1 });
            }
        }
        let strings: Vec<(
            Option<crate::runtime::heap::Atom>,
            crate::runtime::heap::Atom,
        )> = quasi
            .quasis
            .iter()
            .map(|q| {
                (
                    q.cooked.as_deref().map(|c| self.heap.atom(c)),
                    self.heap.atom(&q.raw),
                )
            })
            .collect();
        let idx = self.add_const(Constant::TemplateStrings(strings.into()));
        let n = quasi.exprs.len() + 1;
        let first = self.alloc_n(n, span)?;
        self.emit(Op::TemplateObject { dst: first, idx });
        for (i, e) in quasi.exprs.iter().enumerate() {
            self.expr_to(e, first + 1 + i as Reg)?;
        }
        self.emit_at(
            Op::Call {
                dst,
                base,
                argc: n as u16,
            },
            span,
        );
        Ok(())
    }

    fn array_literal(&mut self, items: &'a [Option<ArrayElement>], dst: Reg) -> CResult {
        let arr = if dst >= self.mark() {
            dst
        } else {
            self.alloc(Span::default())?
        };
        let capacity = items.len().min(u16::MAX as usize) as u16;
        self.emit(Op::NewArray { dst: arr, capacity });
        for item in items {
            let mark = self.mark();
            match item {
                None => {
                    self.emit(Op::ArrayPushHole { arr });
                }
                Some(ArrayElement::Expr(e)) => {
                    let r = self.expr_reg(e)?;
                    self.emit(Op::ArrayPush { arr, src: r });
                }
                Some(ArrayElement::Spread(e)) => {
                    let r = self.expr_reg(e)?;
                    let at = self.emit_at(Op::ArraySpread { arr, src: r }, e.span);
                    let how = NotIterable::Named(callee_text(e).into());
                    self.f().not_iterable.push((at as u32, how));
                }
            }
            self.release(mark);
        }
        if arr != dst {
            self.emit(Op::Mov { dst, src: arr });
        }
        Ok(())
    }

    /// A property key in a register, converted with ToPropertyKey once.
    fn property_key(&mut self, key: &'a PropertyKey) -> CResult<Reg> {
        let r = self.alloc(Span::default())?;
        match key {
            PropertyKey::Named(s) => {
                let idx = self.units_const(s);
                self.emit(Op::LoadConst { dst: r, idx });
            }
            PropertyKey::Number(n) => {
                let text = crate::runtime::number::number_to_string(*n);
                let idx = self.atom_const(&text);
                self.emit(Op::LoadConst { dst: r, idx });
            }
            PropertyKey::Computed(e) => {
                self.expr_to(e, r)?;
                self.emit_at(Op::ToPropertyKey { dst: r, src: r }, e.span);
            }
            PropertyKey::Private(n) => {
                self.release(r);
                return self.private_key(n, Span::default());
            }
        }
        Ok(r)
    }

    /// The name a key gives an anonymous function defined under it, when static.
    fn key_name(key: &PropertyKey) -> Option<Name> {
        match key {
            PropertyKey::Named(s) => Some(String::from_utf16_lossy(s).into()),
            PropertyKey::Number(n) => Some(crate::runtime::number::number_to_string(*n).into()),
            PropertyKey::Computed(_) => None,
            PropertyKey::Private(n) => Some(n.clone()),
        }
    }

    /// R[obj].K[key] := R[src] as an own data property, through a new inline cache.
    fn define_prop(&mut self, obj: Reg, key: u32, src: Reg, span: Span) {
        let ic = self.prop_cache();
        self.emit_at(Op::DefineProp { obj, key, src, ic }, span);
    }

    fn object_literal(&mut self, props: &'a [PropertyDef], dst: Reg) -> CResult {
        let obj = if dst >= self.mark() {
            dst
        } else {
            self.alloc(Span::default())?
        };
        // Room for the properties the literal names (not its spreads or `__proto__`).
        let capacity = props
            .iter()
            .filter(|p| match &p.kind {
                PropertyDefKind::Init { key, .. } => !is_proto_key(key),
                PropertyDefKind::Spread(_) => false,
                PropertyDefKind::Shorthand(_) | PropertyDefKind::Method { .. } => true,
            })
            .count()
            .min(u16::MAX as usize) as u16;
        self.emit(Op::NewObject { dst: obj, capacity });
        for p in props {
            let mark = self.mark();
            match &p.kind {
                PropertyDefKind::Init { key, value } => {
                    if is_proto_key(key) {
                        // `__proto__: v` sets the prototype (a literal-only form).
                        let v = self.expr_reg(value)?;
                        let k = self.atom_const("__proto__");
                        let ic = self.prop_cache();
                        self.emit_at(
                            Op::SetProp {
                                obj,
                                key: k,
                                src: v,
                                ic,
                            },
                            p.span,
                        );
                    } else if let PropertyKey::Named(s) = key
                        && !is_index(s)
                    {
                        let k = self.units_const(s);
                        let v = self.alloc(p.span)?;
                        let name = Self::key_name(key);
                        self.expr_named(value, v, name)?;
                        self.define_prop(obj, k, v, p.span);
                    } else {
                        let k = self.property_key(key)?;
                        let v = self.alloc(p.span)?;
                        let name = Self::key_name(key);
                        self.expr_named(value, v, name)?;
                        if matches!(key, PropertyKey::Computed(_)) && is_anonymous_fn(value) {
                            self.emit(Op::SetFunctionName {
                                func: v,
                                key: k,
                                prefix: 0,
                            });
                        }
                        self.emit_at(
                            Op::DefineField {
                                obj,
                                key: k,
                                src: v,
                            },
                            p.span,
                        );
                    }
                }
                PropertyDefKind::Shorthand(name) => {
                    let k = self.atom_const(name);
                    let v = self.alloc(p.span)?;
                    self.load_name(name, v, p.span)?;
                    self.define_prop(obj, k, v, p.span);
                }
                PropertyDefKind::Method {
                    key,
                    kind,
                    function,
                } => {
                    let k = self.property_key(key)?;
                    let fr = self.alloc(p.span)?;
                    self.function_value(function, Self::key_name(key), fr)?;
                    self.emit(Op::SetHomeObject {
                        func: fr,
                        home: obj,
                    });
                    let prefix = method_prefix(*kind);
                    if matches!(key, PropertyKey::Computed(_)) || prefix != 0 {
                        self.emit(Op::SetFunctionName {
                            func: fr,
                            key: k,
                            prefix,
                        });
                    }
                    self.emit(Op::DefineMethod {
                        obj,
                        key: k,
                        func: fr,
                        kind: prefix,
                        enumerable: true,
                    });
                }
                PropertyDefKind::Spread(e) => {
                    let r = self.expr_reg(e)?;
                    self.emit_at(Op::CopyDataProperties { obj, src: r }, e.span);
                }
            }
            self.release(mark);
        }
        if obj != dst {
            self.emit(Op::Mov { dst, src: obj });
        }
        Ok(())
    }

    fn unary(&mut self, op: UnaryOp, arg: &'a Expr, dst: Reg, span: Span) -> CResult {
        match op {
            UnaryOp::Typeof => {
                if let ExprKind::Ident(name) = &arg.kind
                    && let Resolved::Global = self.resolve(name)
                {
                    // An unresolvable name is "undefined", not a ReferenceError.
                    self.through_dynamic_scopes(
                        name,
                        span,
                        |c, obj, k| {
                            let get = Op::DynGet { dst, obj, name: k };
                            c.emit_at(get, span);
                            Ok(())
                        },
                        |c| {
                            let k = c.atom_const(name);
                            c.emit(Op::GetGlobalOrUndefined { dst, name: k });
                            Ok(())
                        },
                    )?;
                    self.emit(Op::TypeOf { dst, src: dst });
                    return Ok(());
                }
                let r = self.expr_reg(arg)?;
                self.emit(Op::TypeOf { dst, src: r });
            }
            UnaryOp::Delete => {
                let mut target = arg;
                while let ExprKind::Paren(inner) = &target.kind {
                    target = inner;
                }
                match &target.kind {
                    ExprKind::Member {
                        object,
                        property,
                        optional,
                    } => {
                        let obj = self.expr_reg(object)?;
                        if *optional {
                            self.optional_jump(obj);
                        }
                        let key = self.member_key(property)?;
                        self.emit_at(Op::DeleteElem { dst, obj, key }, span);
                    }
                    ExprKind::OptionalChain(_) => {
                        self.f().optional_chains.push(Vec::new());
                        if let ExprKind::OptionalChain(inner) = &target.kind {
                            if let ExprKind::Member {
                                object,
                                property,
                                optional,
                            } = &inner.kind
                            {
                                let obj = self.expr_reg(object)?;
                                if *optional {
                                    self.optional_jump(obj);
                                }
                                let key = self.member_key(property)?;
                                self.emit_at(Op::DeleteElem { dst, obj, key }, span);
                            } else {
                                self.expr_discard(inner)?;
                                self.emit(Op::LoadBool { dst, value: true });
                            }
                        }
                        let jumps = self.f().optional_chains.pop().unwrap_or_default();
                        if !jumps.is_empty() {
                            let end = self.jump();
                            for j in jumps {
                                self.patch_here(j);
                            }
                            self.emit(Op::LoadBool { dst, value: true });
                            self.patch_here(end);
                        }
                    }
                    ExprKind::SuperMember { property } => {
                        // 13.5.1.2 step 4: the reference is evaluated (`this`, the key
                        // unconverted), then deleting it is a ReferenceError.
                        let this = self.alloc(span)?;
                        self.load_this(this, span)?;
                        self.super_reference(property, span)?;
                        self.emit_at(Op::ThrowDeleteSuper {}, span);
                    }
                    ExprKind::Ident(name) => self.through_dynamic_scopes(
                        name,
                        span,
                        |c, obj, k| {
                            let key = c.alloc(span)?;
                            c.emit(Op::LoadConst { dst: key, idx: k });
                            c.emit_at(Op::DeleteElem { dst, obj, key }, span);
                            Ok(())
                        },
                        |c| c.delete_static_name(name, dst, span),
                    )?,
                    _ => {
                        self.expr_discard(arg)?;
                        self.emit(Op::LoadBool { dst, value: true });
                    }
                }
            }
            UnaryOp::Void => {
                self.expr_discard(arg)?;
                self.emit(Op::LoadUndefined { dst });
            }
            _ => {
                let r = self.expr_reg(arg)?;
                let op = match op {
                    UnaryOp::Minus => Op::Neg { dst, src: r },
                    UnaryOp::Plus => Op::ToNumber { dst, src: r },
                    UnaryOp::Not => Op::Not { dst, src: r },
                    UnaryOp::BitNot => Op::BitNot { dst, src: r },
                    _ => unreachable!("handled above"),
                };
                self.emit_at(op, span);
            }
        }
        Ok(())
    }

    /// `delete name` for a name the scopes known at compile time bind: declared
    /// bindings cannot be deleted; globals created by assignment can.
    fn delete_static_name(&mut self, name: &str, dst: Reg, span: Span) -> CResult {
        if let Resolved::Global = self.resolve(name) {
            let g = self.alloc(span)?;
            let k = self.atom_const("globalThis");
            self.emit(Op::GetGlobal { dst: g, name: k });
            let key = self.alloc(span)?;
            let idx = self.atom_const(name);
            self.emit(Op::LoadConst { dst: key, idx });
            self.emit_at(Op::DeleteElem { dst, obj: g, key }, span);
        } else {
            self.emit(Op::LoadBool { dst, value: false });
        }
        Ok(())
    }

    /// The register of local `name` when assigning it is a plain store: initialised,
    /// not constant, not the read-only name of a function expression, and known at
    /// compile time.
    fn register_assign_target(&mut self, name: &str) -> Option<Reg> {
        match self.resolve(name) {
            Resolved::Reg(r, b)
                if b.initialized
                    && !b.kind.is_const()
                    && b.kind != BindingKind::FunctionSelf
                    && self.only_static(name) =>
            {
                Some(r)
            }
            _ => None,
        }
    }

    /// The register of the local that `++`/`--` on `target` can step in place: an
    /// initialized, non-const binding in a register that no dynamic scope can shadow.
    fn register_update_target(&mut self, target: &'a Expr) -> Option<Reg> {
        let mut target = target;
        while let ExprKind::Paren(inner) = &target.kind {
            target = inner;
        }
        let ExprKind::Ident(name) = &target.kind else {
            return None;
        };
        match self.resolve(name) {
            Resolved::Reg(r, b)
                if b.initialized && !b.kind.is_const() && self.only_static(name) =>
            {
                Some(r)
            }
            _ => None,
        }
    }

    /// R[new] := R[old] stepped by `step`. A postfix operation's value is the old one
    /// converted, so R[old] is converted first; a prefix one's conversion is the
    /// step's own.
    fn numeric_step(
        &mut self,
        prefix: bool,
        step: impl Fn(Reg, Reg) -> Op,
        new: Reg,
        old: Reg,
        span: Span,
    ) {
        if prefix {
            self.emit_at(step(new, old), span);
        } else {
            self.emit_at(Op::ToNumeric { dst: old, src: old }, span);
            self.emit(step(new, old));
        }
    }

    /// `++target` or `target++` (`--` likewise), its value (new or old) into `dst`
    /// unless the value is not needed (`None`).
    fn update(
        &mut self,
        op: UpdateOp,
        prefix: bool,
        target: &'a Expr,
        dst: Option<Reg>,
        span: Span,
    ) -> CResult {
        let mut target = target;
        while let ExprKind::Paren(inner) = &target.kind {
            target = inner;
        }
        let step = |dst, src| step_op(op, dst, src);
        match &target.kind {
            ExprKind::Ident(name) => {
                if let Some(r) = self.register_update_target(target) {
                    match dst {
                        Some(dst) if !prefix => {
                            self.emit_at(Op::ToNumeric { dst, src: r }, span);
                            self.emit(step(r, dst));
                        }
                        _ => {
                            self.emit_at(step(r, r), span);
                            if let Some(dst) = dst
                                && dst != r
                            {
                                self.emit(Op::Mov { dst, src: r });
                            }
                        }
                    }
                    return Ok(());
                }
                let found = self.resolve_dynamic(name, span)?;
                let old = self.alloc(span)?;
                self.load_resolved(name, found, old, span)?;
                let new = self.alloc(span)?;
                self.numeric_step(prefix, step, new, old, span);
                self.store_resolved(name, found, new, span, false)?;
                self.copy_update_result(dst, prefix, new, old);
            }
            ExprKind::Member {
                object, property, ..
            } => {
                let obj = self.expr_reg(object)?;
                let old = self.alloc(span)?;
                let write_back = self.read_for_update(old, obj, property, span)?;
                let new = self.alloc(span)?;
                self.numeric_step(prefix, step, new, old, span);
                self.emit_at(write_back.op(new), span);
                self.copy_update_result(dst, prefix, new, old);
            }
            ExprKind::SuperMember { property } => {
                let old = self.alloc(span)?;
                let (this, base, key) = self.get_super(old, property, span)?;
                let new = self.alloc(span)?;
                self.numeric_step(prefix, step, new, old, span);
                self.emit_at(
                    Op::SetSuper {
                        base,
                        this,
                        key,
                        src: new,
                    },
                    span,
                );
                self.copy_update_result(dst, prefix, new, old);
            }
            _ => {
                return Err(Diagnostic::syntax(
                    if prefix {
                        "Invalid left-hand side expression in prefix operation"
                    } else {
                        "Invalid left-hand side expression in postfix operation"
                    },
                    target.span,
                ));
            }
        }
        Ok(())
    }

    /// An update's value into `dst`, once the new value is written back (a failed
    /// write leaves `dst` as it was).
    fn copy_update_result(&mut self, dst: Option<Reg>, prefix: bool, new: Reg, old: Reg) {
        if let Some(dst) = dst {
            self.emit(Op::Mov {
                dst,
                src: if prefix { new } else { old },
            });
        }
    }

    fn assign(
        &mut self,
        op: AssignOp,
        target: &'a Pattern,
        value: &'a Expr,
        dst: Reg,
        span: Span,
    ) -> CResult {
        let target = strip_paren_pattern(target);
        match (op, target) {
            (AssignOp::Assign, Pattern::Ident { name, span: tspan }) => {
                let found = self.resolve_dynamic(name, *tspan)?;
                self.expr_named(value, dst, Some(name.clone()))?;
                let pos = self.operator_position(tspan.end);
                self.store_resolved(name, found, dst, pos, false)?;
            }
            (AssignOp::Assign, Pattern::Expr(e)) => {
                let e = strip_paren(e);
                match &e.kind {
                    ExprKind::Member {
                        object, property, ..
                    } => {
                        let obj = self.operand(object, value)?;
                        match property {
                            MemberProperty::Named(n) => {
                                self.expr_to(value, dst)?;
                                let key = self.atom_const(n);
                                let ic = self.prop_cache();
                                self.emit_at(
                                    Op::SetProp {
                                        obj,
                                        key,
                                        src: dst,
                                        ic,
                                    },
                                    span,
                                );
                            }
                            MemberProperty::Private(n) => {
                                let key = self.private_key(n, span)?;
                                self.expr_to(value, dst)?;
                                self.emit_at(Op::SetElem { obj, key, src: dst }, span);
                            }
                            MemberProperty::Computed(k) => {
                                let key = self.operand(k, value)?;
                                self.expr_to(value, dst)?;
                                self.emit_at(Op::SetElem { obj, key, src: dst }, span);
                            }
                        }
                    }
                    ExprKind::SuperMember { property } => {
                        let this = self.alloc(span)?;
                        self.load_this(this, span)?;
                        let (base, key) = self.super_reference(property, span)?;
                        self.expr_to(value, dst)?;
                        self.emit_at(
                            Op::SetSuper {
                                base,
                                this,
                                key,
                                src: dst,
                            },
                            span,
                        );
                    }
                    _ => {
                        return Err(Diagnostic::syntax(
                            "Invalid left-hand side in assignment",
                            e.span,
                        ));
                    }
                }
            }
            (AssignOp::Assign, pattern) => {
                self.expr_to(value, dst)?;
                self.assign_pattern(pattern, dst, PatternSource::Assigned(value))?;
            }
            (op, Pattern::Ident { name, span: tspan }) => {
                let found = self.resolve_dynamic(name, *tspan)?;
                self.load_resolved(name, found, dst, *tspan)?;
                match op {
                    AssignOp::Binary(bop) => {
                        let v = self.expr_reg(value)?;
                        self.emit_at(binary_op(bop, dst, dst, v), span);
                        self.store_resolved(name, found, dst, *tspan, false)?;
                    }
                    AssignOp::Logical(lop) => {
                        let skip = self.emit(logical_skip(lop, dst));
                        self.expr_named(value, dst, Some(name.clone()))?;
                        self.store_resolved(name, found, dst, *tspan, false)?;
                        self.patch_here(skip);
                    }
                    AssignOp::Assign => unreachable!("handled above"),
                }
            }
            (op, Pattern::Expr(e)) => {
                let e = strip_paren(e);
                let set = match &e.kind {
                    ExprKind::Member {
                        object, property, ..
                    } => {
                        let obj = self.expr_reg(object)?;
                        self.read_for_update(dst, obj, property, span)?.op(dst)
                    }
                    ExprKind::SuperMember { property } => {
                        let (this, base, key) = self.get_super(dst, property, span)?;
                        Op::SetSuper {
                            base,
                            this,
                            key,
                            src: dst,
                        }
                    }
                    _ => {
                        return Err(Diagnostic::syntax(
                            "Invalid left-hand side in assignment",
                            e.span,
                        ));
                    }
                };
                match op {
                    AssignOp::Binary(bop) => {
                        let v = self.expr_reg(value)?;
                        self.emit_at(binary_op(bop, dst, dst, v), span);
                        self.emit_at(set, span);
                    }
                    AssignOp::Logical(lop) => {
                        let skip = self.emit(logical_skip(lop, dst));
                        self.expr_to(value, dst)?;
                        self.emit_at(set, span);
                        self.patch_here(skip);
                    }
                    AssignOp::Assign => unreachable!("handled above"),
                }
            }
            (_, p) => {
                return Err(Diagnostic::syntax(
                    "Invalid left-hand side in assignment",
                    p.span(),
                ));
            }
        }
        Ok(())
    }

    /// Binds a declaration or parameter pattern to the value in `src`.
    pub(super) fn bind_pattern(
        &mut self,
        p: &'a Pattern,
        src: Reg,
        source: PatternSource<'a>,
        init: bool,
    ) -> CResult {
        self.destructure(p, src, source, &mut |c, p, v, found| match p {
            Pattern::Ident { name, span } => c.store_found(name, found, v, *span, init),
            _ => unreachable!("declarations bind identifiers"),
        })
    }

    /// Assigns the value in `src` to an assignment pattern (`[a, o.b] = ...`).
    pub(super) fn assign_pattern(
        &mut self,
        p: &'a Pattern,
        src: Reg,
        source: PatternSource<'a>,
    ) -> CResult {
        self.destructure(p, src, source, &mut |c, p, v, found| match p {
            Pattern::Ident { name, span } => c.store_found(name, found, v, *span, false),
            Pattern::Expr(e) => match &strip_paren(e).kind {
                ExprKind::Ident(name) => c.store_found(name, found, v, e.span, false),
                _ => c.store_to_expr(e, v),
            },
            _ => unreachable!("leaves are identifiers or member expressions"),
        })
    }

    fn store_to_expr(&mut self, e: &'a Expr, v: Reg) -> CResult {
        let e = strip_paren(e);
        let mark = self.mark();
        match &e.kind {
            ExprKind::Member {
                object, property, ..
            } => {
                let obj = self.expr_reg(object)?;
                let key = self.member_key(property)?;
                self.emit_at(Op::SetElem { obj, key, src: v }, e.span);
            }
            ExprKind::Ident(name) => self.store_name(name, v, e.span, false)?,
            _ => {
                return Err(Diagnostic::syntax(
                    "Invalid destructuring assignment target",
                    e.span,
                ));
            }
        }
        self.release(mark);
        Ok(())
    }

    /// Walks a pattern, calling `leaf` for each identifier or member target with the
    /// register holding its value, which comes from `source`, and, for an identifier
    /// whose reference `target_ref` evaluated, the register `resolve_dynamic` filled
    /// (else the leaf resolves the name itself).
    fn destructure(
        &mut self,
        p: &'a Pattern,
        src: Reg,
        source: PatternSource<'a>,
        leaf: &mut PatternLeaf<'a, 'h, '_>,
    ) -> CResult {
        match p {
            Pattern::Ident { .. } | Pattern::Expr(_) => leaf(self, p, src, None),
            Pattern::Default {
                target,
                default,
                span,
            } => {
                let mark = self.mark();
                let v = self.alloc(*span)?;
                self.emit(Op::Mov { dst: v, src });
                let skip = self.emit(Op::JumpIfNotUndefined { cond: v, target: 0 });
                let name = match &**target {
                    Pattern::Ident { name, .. } => Some(name.clone()),
                    _ => None,
                };
                self.expr_named(default, v, name)?;
                self.patch_here(skip);
                self.destructure(target, v, source, leaf)?;
                self.release(mark);
                Ok(())
            }
            Pattern::Object { props, rest, span } => {
                let mark = self.mark();
                // RequireObjectCoercible, with V8's message naming the first property.
                let first = match props.first().map(|p| &p.key) {
                    Some(PropertyKey::Named(n)) => self.units_const(n),
                    Some(PropertyKey::Number(n)) => {
                        let text = crate::runtime::number::number_to_string(*n);
                        self.atom_const(&text)
                    }
                    _ => self.atom_const(""),
                };
                // V8 names only the outermost value in "Cannot destructure ...".
                if !source.is_nested() {
                    self.emit_at(Op::RequireObjectCoercible { src, name: first }, *span);
                }
                let excluded = if rest.is_some() {
                    let arr = self.alloc(*span)?;
                    self.emit(Op::NewArray {
                        dst: arr,
                        capacity: 0,
                    });
                    Some(arr)
                } else {
                    None
                };
                for prop in props {
                    let pm = self.mark();
                    let key = self.property_key(&prop.key)?;
                    if let Some(arr) = excluded {
                        self.emit(Op::ArrayPush { arr, src: key });
                    }
                    let target_ref = self.target_ref(&prop.value)?;
                    let v = self.alloc(prop.span)?;
                    self.emit_at(
                        Op::GetElem {
                            dst: v,
                            obj: src,
                            key,
                        },
                        prop.span,
                    );
                    self.destructure_into(&prop.value, v, source.property(), target_ref, leaf)?;
                    self.release(pm);
                }
                if let (Some(r), Some(excluded)) = (rest, excluded) {
                    let target_ref = self.target_ref(r)?;
                    let v = self.alloc(r.span())?;
                    self.emit_at(
                        Op::ObjectRest {
                            dst: v,
                            src,
                            excluded,
                        },
                        r.span(),
                    );
                    self.destructure_into(r, v, PatternSource::Nested, target_ref, leaf)?;
                }
                self.release(mark);
                Ok(())
            }
            Pattern::Array { elems, rest, span } => {
                let mark = self.mark();
                let iter = self.alloc_n(2, *span)?;
                let at = self.emit_at(Op::GetIterator { dst: iter, src }, *span);
                if let Some(how) = source.not_iterable() {
                    self.f().not_iterable.push((at as u32, how));
                }
                let v = self.alloc(*span)?;
                // An abrupt completion of a target (not of `next` itself, which leaves
                // the iterator done) closes the iterator (8.6.2's IteratorClose).
                let completion = self.alloc(*span)?;
                let try_index = self.open_try(HandlerKind::Finally, completion)?;
                for e in elems {
                    let em = self.mark();
                    let target_ref = match e {
                        Some(target) => self.target_ref(target)?,
                        None => None,
                    };
                    // Once the iterator is done, IteratorNext leaves the undefined in
                    // place and later steps do not call `next` again.
                    self.emit(Op::LoadUndefined { dst: v });
                    self.close_range(try_index);
                    let at = self.emit_at(
                        Op::IteratorNext {
                            dst: v,
                            iter,
                            done: 0,
                        },
                        *span,
                    );
                    self.patch_here(at);
                    self.reopen_range(try_index);
                    if let Some(target) = e {
                        self.destructure_into(target, v, PatternSource::Nested, target_ref, leaf)?;
                    }
                    self.release(em);
                }
                if let Some(r) = rest {
                    let target_ref = self.target_ref(r)?;
                    let arr = self.alloc(r.span())?;
                    self.emit(Op::NewArray {
                        dst: arr,
                        capacity: 0,
                    });
                    self.close_range(try_index);
                    let top = self.pc();
                    let next = self.emit_at(
                        Op::IteratorNext {
                            dst: v,
                            iter,
                            done: 0,
                        },
                        r.span(),
                    );
                    self.emit(Op::ArrayPush { arr, src: v });
                    self.emit(Op::Jump { target: top });
                    self.patch_here(next);
                    self.reopen_range(try_index);
                    self.destructure_into(r, arr, PatternSource::Nested, target_ref, leaf)?;
                    self.close_range(try_index);
                } else {
                    self.close_range(try_index);
                    self.emit(Op::IteratorClose { iter });
                }
                let end = self.jump();
                self.land(try_index);
                self.emit(Op::IteratorCloseAbrupt { iter, completion });
                self.emit(Op::EndFinally { src: completion });
                self.patch_here(end);
                self.release(mark);
                Ok(())
            }
        }
    }

    /// For a pattern element that is a simple target (an identifier or a property, with
    /// or without a default): its reference, evaluated now, before the value is read
    /// (13.15.5.5, 13.15.5.6 and 8.6.3: the target reference comes first). A property's
    /// base and key are evaluated; an identifier needs work only in a dynamic scope,
    /// where finding the object that binds it is observable.
    fn target_ref(&mut self, target: &'a Pattern) -> CResult<Option<TargetRef>> {
        let inner = match target {
            Pattern::Default { target, .. } => &**target,
            other => other,
        };
        let e = match strip_paren_pattern(inner) {
            Pattern::Expr(e) => strip_paren(e),
            Pattern::Ident { name, span } => {
                return Ok(self.resolve_dynamic(name, *span)?.map(TargetRef::Name));
            }
            _ => return Ok(None),
        };
        match &e.kind {
            ExprKind::Member {
                object, property, ..
            } => {
                let obj = self.expr_reg(object)?;
                let key = self.member_key(property)?;
                Ok(Some(TargetRef::Member(obj, key)))
            }
            ExprKind::Ident(name) => Ok(self.resolve_dynamic(name, e.span)?.map(TargetRef::Name)),
            _ => Ok(None),
        }
    }

    /// Destructures R[src] into `target`, writing through the reference `target_ref`
    /// evaluated for it, if any.
    fn destructure_into(
        &mut self,
        target: &'a Pattern,
        src: Reg,
        source: PatternSource<'a>,
        target_ref: Option<TargetRef>,
        leaf: &mut PatternLeaf<'a, 'h, '_>,
    ) -> CResult {
        match target_ref {
            Some(TargetRef::Member(obj, key)) => {
                self.destructure(target, src, source, &mut |c, p, v, _| {
                    c.emit_at(Op::SetElem { obj, key, src: v }, p.span());
                    Ok(())
                })
            }
            Some(TargetRef::Name(found)) => {
                self.destructure(target, src, source, &mut |c, p, v, _| {
                    leaf(c, p, v, Some(found))
                })
            }
            None => self.destructure(target, src, source, leaf),
        }
    }

    /// Compiles a class; `dst` receives the constructor.
    pub(super) fn class(&mut self, c: &'a Class, dst: Reg) -> CResult {
        self.class_named(c, dst, None)
    }

    fn class_named(&mut self, c: &'a Class, dst: Reg, name_hint: Option<Name>) -> CResult {
        // All parts of a class body are strict code.
        let saved_strict = std::mem::replace(&mut self.f().strict, true);
        let r = self.class_body(c, dst, name_hint);
        self.f().strict = saved_strict;
        r
    }

    fn class_body(&mut self, c: &'a Class, dst: Reg, name_hint: Option<Name>) -> CResult {
        let span = c.span;
        let name: Option<Name> = c.name.clone().or(name_hint);
        let inner_scope = c.name.is_some();
        if let Some(n) = &c.name {
            self.push_scope(&[(n.clone(), BindingKind::ClassInner, span)], false)?;
            let _ = n;
        }
        let class_scope = self.declare_class_scope(c)?;
        let parent = self.alloc(span)?;
        match &c.extends {
            Some(e) => self.expr_to(e, parent)?,
            None => {
                self.emit(Op::LoadEmpty { dst: parent });
            }
        }
        let derived = c.extends.is_some();
        let ctor_kind = TemplateKind::ClassConstructor { derived };
        let template = match &c.constructor {
            Some(f) => {
                // An anonymous class's constructor is anonymous too, not `constructor`.
                let ctor_name = Some(name.clone().unwrap_or_else(|| "".into()));
                let mut t = self.function_template(f, ctor_name, Some(ctor_kind), None)?;
                // The class is its constructor: `toString` shows the whole class.
                if let Some(t) = Rc::get_mut(&mut t) {
                    t.span = span;
                }
                t
            }
            None => self.default_constructor(name.clone(), derived, span)?,
        };
        let idx = self.add_const(Constant::Function(template));
        let class = self.alloc_n(2, span)?;
        let proto = class + 1;
        self.emit_at(
            Op::Class {
                dst: class,
                idx,
                parent,
            },
            span,
        );
        let mut instance_fields = Vec::new();
        let mut static_inits = Vec::new();
        for m in &c.members {
            match &m.kind {
                ClassMemberKind::Method {
                    key,
                    kind,
                    function,
                } => {
                    let mark = self.mark();
                    let home = if m.is_static { class } else { proto };
                    let k = self.property_key(key)?;
                    let fr = self.alloc(m.span)?;
                    self.function_value(function, Self::key_name(key), fr)?;
                    self.emit(Op::SetHomeObject { func: fr, home });
                    let prefix = method_prefix(*kind);
                    if let (PropertyKey::Private(n), false) = (key, m.is_static) {
                        // Instance private methods are added to each instance by the
                        // field initialiser; it finds them in a hidden binding.
                        if prefix != 0 {
                            self.emit(Op::SetFunctionName {
                                func: fr,
                                key: k,
                                prefix,
                            });
                        }
                        self.store_name(&private_method_binding(n, *kind), fr, m.span, true)?;
                        instance_fields.push(m);
                        self.release(mark);
                        continue;
                    }
                    if matches!(key, PropertyKey::Computed(_)) || prefix != 0 {
                        self.emit(Op::SetFunctionName {
                            func: fr,
                            key: k,
                            prefix,
                        });
                    }
                    self.emit(Op::DefineMethod {
                        obj: home,
                        key: k,
                        func: fr,
                        kind: prefix,
                        enumerable: false,
                    });
                    self.release(mark);
                }
                ClassMemberKind::Field { key, .. } => {
                    // A computed field key is evaluated once, with the class's other
                    // keys and in their order; the initialiser reads the result.
                    if let PropertyKey::Computed(_) = key {
                        let k = self.property_key(key)?;
                        self.store_name(&field_key_binding(m), k, m.span, true)?;
                        self.release(k);
                    }
                    if m.is_static {
                        static_inits.push(m)
                    } else {
                        instance_fields.push(m)
                    }
                }
                ClassMemberKind::StaticBlock(_) => static_inits.push(m),
            }
        }
        // Private methods are installed before any field is initialised.
        instance_fields.sort_by_key(|m| !matches!(m.kind, ClassMemberKind::Method { .. }));
        if !instance_fields.is_empty() {
            let mark = self.mark();
            let fr = self.alloc(span)?;
            let t = self.initializer_template(&instance_fields, span)?;
            let idx = self.add_const(Constant::Function(t));
            self.emit(Op::Closure { dst: fr, idx });
            self.emit(Op::SetHomeObject {
                func: fr,
                home: proto,
            });
            self.emit(Op::SetFieldInit { class, func: fr });
            self.release(mark);
        }
        if let Some(n) = &c.name {
            self.store_name(n, class, span, true)?;
        }
        if !static_inits.is_empty() {
            let mark = self.mark();
            let base = self.alloc_n(2, span)?;
            let t = self.initializer_template(&static_inits, span)?;
            let idx = self.add_const(Constant::Function(t));
            self.emit(Op::Closure { dst: base, idx });
            self.emit(Op::SetHomeObject {
                func: base,
                home: class,
            });
            self.emit(Op::Mov {
                dst: base + 1,
                src: class,
            });
            self.emit_at(
                Op::Call {
                    dst: base,
                    base,
                    argc: 0,
                },
                span,
            );
            self.release(mark);
        }
        self.emit(Op::Mov { dst, src: class });
        if class_scope {
            self.pop_scope();
        }
        if inner_scope {
            self.pop_scope();
        }
        Ok(())
    }

    /// `constructor() {}` or, for a derived class, `constructor(...args) { super(...args) }`.
    fn default_constructor(
        &mut self,
        name: Option<Name>,
        derived: bool,
        span: Span,
    ) -> CResult<Rc<FunctionTemplate>> {
        let kind = TemplateKind::ClassConstructor { derived };
        let f = self.new_fn(
            kind,
            true,
            name.map_or("".into(), |n| n.as_ref().into()),
            span,
        );
        self.funcs.push(f);
        self.f().keeps_arguments = derived;
        if derived {
            self.emit(Op::LoadEmpty { dst: 0 });
            let base = self.alloc_n(4, span)?;
            self.super_call_target(base, span)?;
            self.emit(Op::CreateRest {
                dst: base + 3,
                from: 0,
            });
            self.emit(Op::LoadEmpty { dst: base + 2 });
            self.emit_at(Op::SuperCallSpread { dst: base, base }, span);
            self.emit(Op::Mov { dst: 0, src: base });
        }
        self.emit(Op::Return { src: 0 });
        Ok(self.finish_fn())
    }

    /// A method that defines fields on `this` and runs static blocks, in order.
    fn initializer_template(
        &mut self,
        members: &[&'a ClassMember],
        span: Span,
    ) -> CResult<Rc<FunctionTemplate>> {
        let mut f = self.new_fn(TemplateKind::Method, true, "".into(), span);
        f.class_initializer = true;
        let mut exprs: Vec<&'a Expr> = Vec::new();
        for m in members {
            if let ClassMemberKind::Field { value: Some(v), .. } = &m.kind {
                exprs.push(v);
            }
        }
        f.captured = scope::captured_in_exprs(&mut self.names, &exprs);
        for m in members {
            if let ClassMemberKind::StaticBlock(body) = &m.kind {
                f.captured
                    .extend(scope::captured_names(&mut self.names, body, &[], None));
            }
        }
        let this_captured = f.captured.contains(scope::THIS);
        self.funcs.push(f);
        let names = if this_captured {
            vec![(Name::from(scope::THIS), BindingKind::Implicit, span)]
        } else {
            Vec::new()
        };
        self.push_scope(&names, false)?;
        if this_captured {
            self.store_name(scope::THIS, 0, span, true)?;
        }
        for m in members {
            let mark = self.mark();
            match &m.kind {
                ClassMemberKind::Field { key, value } => {
                    let k = if let PropertyKey::Computed(_) = key {
                        let k = self.alloc(m.span)?;
                        self.load_name(&field_key_binding(m), k, m.span)?;
                        k
                    } else {
                        self.property_key(key)?
                    };
                    let v = self.alloc(m.span)?;
                    match value {
                        Some(e) => self.expr_named(e, v, Self::key_name(key))?,
                        None => {
                            self.emit(Op::LoadUndefined { dst: v });
                        }
                    }
                    self.emit_at(
                        Op::DefineField {
                            obj: 0,
                            key: k,
                            src: v,
                        },
                        m.span,
                    );
                }
                ClassMemberKind::StaticBlock(body) => {
                    // Each static block is a body of its own: its vars stay inside it.
                    let vars: Vec<_> = scope::var_names(body)
                        .into_iter()
                        .map(|(n, sp)| (n, BindingKind::Var, sp))
                        .collect();
                    self.push_scope(&vars, false)?;
                    self.block(body)?;
                    self.pop_scope();
                }
                ClassMemberKind::Method {
                    key: PropertyKey::Private(n),
                    kind,
                    ..
                } => {
                    let k = self.private_key(n, m.span)?;
                    let f = self.alloc(m.span)?;
                    self.load_name(&private_method_binding(n, *kind), f, m.span)?;
                    let kind = method_prefix(*kind);
                    self.emit(Op::DefineMethod {
                        obj: 0,
                        key: k,
                        func: f,
                        kind,
                        enumerable: false,
                    });
                }
                ClassMemberKind::Method { .. } => {
                    unreachable!("public methods are defined directly")
                }
            }
            self.release(mark);
        }
        self.pop_scope();
        self.emit_implicit_return(span)?;
        Ok(self.finish_fn())
    }
}

/// A number literal that is an integer in `i16` (and not -0), which an instruction can
/// carry as an operand.
fn small_int(e: &Expr) -> Option<i16> {
    int_literal(e).and_then(|n| i16::try_from(n).ok())
}

/// An integer literal that fits an `i32` operand (not -0, which is no integer here).
/// The instruction that writes back a member read by `read_for_update`.
#[derive(Clone, Copy)]
enum WriteBack {
    Prop { obj: Reg, key: u32, ic: u16 },
    Elem { obj: Reg, key: Reg },
}

impl WriteBack {
    /// The write of the value in `src`.
    fn op(self, src: Reg) -> Op {
        match self {
            WriteBack::Prop { obj, key, ic } => Op::SetProp { obj, key, src, ic },
            WriteBack::Elem { obj, key } => Op::SetElem { obj, key, src },
        }
    }
}

fn int_literal(e: &Expr) -> Option<i32> {
    match e.kind {
        ExprKind::Number(n)
            if n.fract() == 0.0
                && n.abs() <= i32::MAX as f64
                && !(n == 0.0 && n.is_sign_negative()) =>
        {
            Some(n as i32)
        }
        _ => None,
    }
}

/// The instruction that steps R[src] by one into R[dst].
fn step_op(op: UpdateOp, dst: Reg, src: Reg) -> Op {
    match op {
        UpdateOp::Increment => Op::Inc { dst, src },
        UpdateOp::Decrement => Op::Dec { dst, src },
    }
}

fn binary_op(op: BinaryOp, dst: Reg, a: Reg, b: Reg) -> Op {
    match op {
        BinaryOp::Add => Op::Add { dst, a, b },
        BinaryOp::Sub => Op::Sub { dst, a, b },
        BinaryOp::Mul => Op::Mul { dst, a, b },
        BinaryOp::Div => Op::Div { dst, a, b },
        BinaryOp::Mod => Op::Mod { dst, a, b },
        BinaryOp::Exp => Op::Exp { dst, a, b },
        BinaryOp::Eq => Op::Eq { dst, a, b },
        BinaryOp::NotEq => Op::NotEq { dst, a, b },
        BinaryOp::StrictEq => Op::StrictEq { dst, a, b },
        BinaryOp::StrictNotEq => Op::StrictNotEq { dst, a, b },
        BinaryOp::Lt => Op::Lt { dst, a, b },
        BinaryOp::LtEq => Op::LtEq { dst, a, b },
        BinaryOp::Gt => Op::Gt { dst, a, b },
        BinaryOp::GtEq => Op::GtEq { dst, a, b },
        BinaryOp::Shl => Op::Shl { dst, a, b },
        BinaryOp::Shr => Op::Shr { dst, a, b },
        BinaryOp::UShr => Op::UShr { dst, a, b },
        BinaryOp::BitAnd => Op::BitAnd { dst, a, b },
        BinaryOp::BitOr => Op::BitOr { dst, a, b },
        BinaryOp::BitXor => Op::BitXor { dst, a, b },
        BinaryOp::In => Op::In { dst, a, b },
        BinaryOp::Instanceof => Op::InstanceOf { dst, a, b },
    }
}

/// The jump that skips a logical operator's right side.
fn logical_skip(op: LogicalOp, cond: Reg) -> Op {
    match op {
        LogicalOp::And => Op::JumpIfFalse { cond, target: 0 },
        LogicalOp::Or => Op::JumpIfTrue { cond, target: 0 },
        LogicalOp::Nullish => Op::JumpIfNotNullish { cond, target: 0 },
    }
}

fn method_prefix(kind: MethodKind) -> u8 {
    match kind {
        MethodKind::Method => 0,
        MethodKind::Get => 1,
        MethodKind::Set => 2,
    }
}

fn is_proto_key(key: &PropertyKey) -> bool {
    matches!(key, PropertyKey::Named(s) if String::from_utf16_lossy(s) == "__proto__")
}

fn is_anonymous_fn(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::Function(f) | ExprKind::Arrow(f) => f.name.is_none(),
        ExprKind::Class(c) => c.name.is_none(),
        _ => false,
    }
}

/// A canonical array index string (`"0"`, `"42"`, not `"01"`).
fn is_index(s: &[u16]) -> bool {
    !s.is_empty()
        && s.len() <= 10
        && s.iter().all(|&c| (b'0' as u16..=b'9' as u16).contains(&c))
        && (s.len() == 1 || s[0] != b'0' as u16)
        && String::from_utf16_lossy(s)
            .parse::<u64>()
            .is_ok_and(|n| n < u32::MAX as u64)
}

fn strip_paren(mut e: &Expr) -> &Expr {
    while let ExprKind::Paren(inner) = &e.kind {
        e = inner;
    }
    e
}

fn strip_paren_pattern(p: &Pattern) -> &Pattern {
    p
}

/// Whether evaluating `e` may assign the local `name` before a value read from it
/// earlier is used. Only code written in `e` can: a call cannot reach a local kept in a
/// register (a closure that assigns it, or direct `eval`, keeps it in an environment).
fn may_assign(e: &Expr, name: &str) -> bool {
    // A target named anything else assigns no local `name`; its object and key are
    // evaluated too.
    let target_assigns = |t: &Expr| match &strip_paren(t).kind {
        ExprKind::Ident(n) => &**n == name,
        ExprKind::Member {
            object, property, ..
        } => {
            may_assign(object, name)
                || matches!(property, MemberProperty::Computed(k) if may_assign(k, name))
        }
        _ => true,
    };
    match &e.kind {
        ExprKind::Assign { target, value, .. } => {
            may_assign(value, name)
                || match strip_paren_pattern(target) {
                    Pattern::Ident { name: n, .. } => &**n == name,
                    Pattern::Expr(t) => target_assigns(t),
                    _ => true,
                }
        }
        ExprKind::Update { target, .. } => target_assigns(target),
        ExprKind::Number(_)
        | ExprKind::BigInt(_)
        | ExprKind::String(_)
        | ExprKind::Bool(_)
        | ExprKind::Null
        | ExprKind::This
        | ExprKind::Ident(_)
        | ExprKind::Regex { .. }
        | ExprKind::Function(_)
        | ExprKind::Arrow(_)
        | ExprKind::NewTarget => false,
        ExprKind::Binary { .. } | ExprKind::Logical { .. } => {
            let (first, rights) = e.left_spine();
            may_assign(first, name) || rights.into_iter().any(|r| may_assign(r, name))
        }
        ExprKind::Unary { arg, .. } | ExprKind::Paren(arg) | ExprKind::OptionalChain(arg) => {
            may_assign(arg, name)
        }
        ExprKind::Member {
            object, property, ..
        } => {
            may_assign(object, name)
                || matches!(property, MemberProperty::Computed(k) if may_assign(k, name))
        }
        ExprKind::Call { callee, args, .. } => {
            may_assign(callee, name)
                || args.iter().any(|a| match a {
                    Argument::Expr(e) | Argument::Spread(e) => may_assign(e, name),
                })
        }
        _ => true,
    }
}

/// Where V8 places a call in a stack trace: the property name of a method call, else
/// the start of the call.
fn call_position(callee: &Expr, call: Span) -> Span {
    match &callee.kind {
        ExprKind::Member {
            property: MemberProperty::Named(n),
            ..
        } => Span::new(
            callee.span.end.saturating_sub(n.len() as u32) as usize,
            callee.span.end as usize,
        ),
        _ => call.to(callee.span),
    }
}

/// The callee as V8 prints it in "... is not a function": identifiers and property
/// chains as written, anything else as `(intermediate value)`.
pub(super) fn callee_text(e: &Expr) -> String {
    match &e.kind {
        ExprKind::Ident(n) => n.to_string(),
        ExprKind::This => "this".into(),
        ExprKind::String(s) => format!("\"{}\"", String::from_utf16_lossy(s)),
        ExprKind::Number(n) => crate::runtime::number::number_to_string(*n),
        ExprKind::BigInt(n) => format!("{n}n"),
        ExprKind::Null => "null".into(),
        ExprKind::Bool(b) => b.to_string(),
        // V8 prints array literals and comma expressions out, as written.
        ExprKind::Array(elements) => {
            let shown: Vec<String> = elements
                .iter()
                .map(|e| match e {
                    Some(ArrayElement::Expr(e)) => callee_text(e),
                    Some(ArrayElement::Spread(e)) => format!("(...{})", callee_text(e)),
                    None => "(intermediate value)".into(),
                })
                .collect();
            format!("[{}]", shown.join(","))
        }
        // An object literal shows one "(intermediate value)" per property.
        ExprKind::Object(props) => format!("{{{}}}", "(intermediate value)".repeat(props.len())),
        ExprKind::Sequence(es) => {
            let shown: Vec<String> = es.iter().map(callee_text).collect();
            format!("({})", shown.join(" , "))
        }
        // V8 names a parenthesized optional chain by its value, not its text.
        ExprKind::Paren(inner) if !matches!(inner.kind, ExprKind::OptionalChain(_)) => {
            callee_text(inner)
        }
        ExprKind::OptionalChain(inner) => callee_text(inner),
        ExprKind::Member {
            object,
            property,
            optional,
        } => {
            let base = callee_text(object);
            let dot = if *optional { "?." } else { "." };
            match property {
                MemberProperty::Named(n) | MemberProperty::Private(n) => format!("{base}{dot}{n}"),
                MemberProperty::Computed(k) => match &k.kind {
                    ExprKind::String(s) => format!("{base}{dot}{}", String::from_utf16_lossy(s)),
                    ExprKind::Number(n) => {
                        format!("{base}[{}]", crate::runtime::number::number_to_string(*n))
                    }
                    _ => format!("{base}[...]"),
                },
            }
        }
        ExprKind::SuperMember {
            property: MemberProperty::Named(n),
        } => format!("(intermediate value).{n}"),
        ExprKind::Call { callee, .. } => format!("{}(...)", callee_text(callee)),
        _ => "(intermediate value)".into(),
    }
}

/// What `destructure` calls for each identifier or member target: with the register
/// holding the value and the reference `target_ref` resolved for an identifier.
type PatternLeaf<'a, 'h, 'l> =
    dyn FnMut(&mut Compiler<'a, 'h>, &'a Pattern, Reg, Option<Reg>) -> CResult + 'l;

/// The reference a pattern's simple target was evaluated to before its value is read.
#[derive(Clone, Copy)]
enum TargetRef {
    /// A property: the registers holding its base and key.
    Member(Reg, Reg),
    /// An identifier in a dynamic scope: the register `resolve_dynamic` filled.
    Name(Reg),
}

/// Where a destructured value comes from, which decides how V8's messages name it when
/// it cannot be destructured.
#[derive(Clone, Copy)]
pub(super) enum PatternSource<'a> {
    /// A declaration's initializer (`const [a] = init`).
    Initializer(&'a Expr),
    /// The right side of a destructuring assignment expression.
    Assigned(&'a Expr),
    /// The value a `for (... of ...)` head destructures, which V8 names after its
    /// internal variable `.for`.
    ForOfValue,
    /// A parameter, a catch binding or the target of a for-of head without a
    /// declaration: V8 never names the value.
    Unnamed,
    /// A property value of an outermost object pattern whose value is `Some(expr)`, or
    /// the for-of value.
    PropertyOf(Option<&'a Expr>),
    /// Anything nested deeper.
    Nested,
}

impl<'a> PatternSource<'a> {
    fn is_nested(self) -> bool {
        matches!(self, Self::PropertyOf(_) | Self::Nested)
    }

    /// The source of a property value of an object pattern with this source.
    fn property(self) -> Self {
        match self {
            Self::Initializer(e) | Self::Assigned(e) => Self::PropertyOf(Some(e)),
            Self::ForOfValue => Self::PropertyOf(None),
            _ => Self::Nested,
        }
    }

    /// How V8 words "not iterable" for an array pattern with this source: it prints the
    /// source text when its call printer finds the expression at the error's position,
    /// and otherwise describes the value (`None`).
    fn not_iterable(self) -> Option<NotIterable> {
        match self {
            Self::Initializer(e) => initializer_not_iterable(e),
            Self::ForOfValue => Some(NotIterable::Named(".for".into())),
            Self::PropertyOf(e) => {
                let text = e.map_or(".for".into(), callee_text);
                Some(NotIterable::NamedNoSymbolLoad(text.into()))
            }
            Self::Assigned(_) | Self::Unnamed | Self::Nested => None,
        }
    }
}

/// V8 reports a declaration's array pattern at the start of its initializer, and its call
/// printer finds the initializer there only when the initializer's own position is its
/// start: not for member expressions, calls, operators or parentheses, whose position is
/// an inner token. Operators on literals are folded into literals by V8's parser.
fn initializer_not_iterable(e: &Expr) -> Option<NotIterable> {
    let named = |text: String| Some(NotIterable::Named(text.into()));
    match &e.kind {
        ExprKind::Ident(_)
        | ExprKind::This
        | ExprKind::Null
        | ExprKind::Bool(_)
        | ExprKind::Number(_)
        | ExprKind::String(_)
        | ExprKind::Object(_)
        | ExprKind::Array(_) => named(callee_text(e)),
        ExprKind::Regex { pattern, flags } => {
            named(format!("/{}/{flags}", String::from_utf16_lossy(pattern)))
        }
        ExprKind::Function(_) | ExprKind::Arrow(_) | ExprKind::Class(_) => {
            named("(intermediate value)".into())
        }
        ExprKind::Conditional { .. } => named("(intermediate value)".repeat(3)),
        ExprKind::New { callee, .. } => Some(NotIterable::NamedCall(callee_text(callee).into())),
        ExprKind::Unary { op, arg } => match (op, &arg.kind) {
            (UnaryOp::Minus, ExprKind::Number(n)) => {
                named(crate::runtime::number::number_to_string(-n))
            }
            (UnaryOp::Plus, ExprKind::Number(n)) => {
                named(crate::runtime::number::number_to_string(*n))
            }
            (UnaryOp::BitNot, ExprKind::Number(n)) => {
                let folded = !crate::runtime::number::to_int32(*n);
                named(folded.to_string())
            }
            (UnaryOp::Not, ExprKind::Number(n)) => named((*n == 0.0 || n.is_nan()).to_string()),
            (UnaryOp::Not, ExprKind::String(s)) => named(s.is_empty().to_string()),
            (UnaryOp::Not, ExprKind::Bool(b)) => named((!b).to_string()),
            (UnaryOp::Not, ExprKind::Null) => named("true".into()),
            _ => None,
        },
        _ => None,
    }
}

/// The hidden class-scope binding that holds a computed field key between the class
/// definition, which evaluates it, and the field initialiser, which defines the field.
fn field_key_binding(field: &ClassMember) -> String {
    format!("%field-key {}", field.span.start)
}

/// The hidden binding holding an instance private method (or accessor) `#x`.
fn private_method_binding(name: &str, kind: MethodKind) -> String {
    let what = match kind {
        MethodKind::Method => "method",
        MethodKind::Get => "get",
        MethodKind::Set => "set",
    };
    format!("{name} {what}")
}

/// Whether `e`, compiled into a register, writes it only with its last instruction,
/// after all its operands are read: such a value may be computed straight into the
/// variable it is assigned to (`x = x.next`), and an exception part way through
/// leaves the variable as it was. Logical and conditional operators, literals built
/// in place and TDZ-checked reads write their register early.
pub(super) fn writes_result_last(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::Number(_) | ExprKind::String(_) | ExprKind::Bool(_) | ExprKind::Null => true,
        // `#x in o` loads its private name into the register first.
        ExprKind::Binary { left, .. } => !matches!(left.kind, ExprKind::PrivateName(_)),
        ExprKind::New { .. } => true,
        ExprKind::Member { optional, .. } | ExprKind::Call { optional, .. } => !optional,
        ExprKind::Paren(inner) => writes_result_last(inner),
        _ => false,
    }
}
