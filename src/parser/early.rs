//! Early errors that need context the grammar does not carry: strict mode, labels,
//! `break`/`continue`/`return` placement, `super`, `new.target`, `yield`/`await`,
//! parameter lists, and how deep the tree nests.

use super::Goal;
use crate::ast::*;
use crate::diagnostics::Diagnostic;
use crate::lexer::{LegacyOctals, MAX_NESTING};

/// The deepest syntax tree a successful parse returns, so that later phases may walk it
/// recursively. The left spine of a chain of binary and logical operators does not
/// count: every phase walks it in a loop.
pub const MAX_TREE_DEPTH: usize = 2 * MAX_NESTING + 500;

type Check = Result<(), Diagnostic>;

fn error(message: impl Into<String>, span: Span) -> Check {
    Err(Diagnostic::syntax(message, span))
}

/// Words reserved only in strict code.
fn is_strict_reserved(name: &str) -> bool {
    matches!(
        name,
        "implements"
            | "interface"
            | "let"
            | "package"
            | "private"
            | "protected"
            | "public"
            | "static"
            | "yield"
    )
}

/// What the code around a script allows: eval code sees its caller's context.
#[derive(Clone, Copy, Debug, Default)]
pub struct Context {
    /// What the source is parsed as (its top level may be an async context).
    pub goal: Goal,
    /// Direct eval code called from strict code.
    pub strict: bool,
    /// Direct eval code in a function (not an arrow's own): `new.target` is allowed.
    pub new_target: bool,
    /// Direct eval code in a method: `super.x` is allowed.
    pub super_property: bool,
    /// Direct eval code in a derived constructor: `super()` is allowed.
    pub super_call: bool,
    /// Direct eval code in a class field initializer: `arguments` is not allowed.
    pub class_initializer: bool,
}

/// What the innermost function (or the script) allows.
#[derive(Clone, Copy, Default)]
struct FnScope {
    in_function: bool,
    generator: bool,
    is_async: bool,
    super_property: bool,
    super_call: bool,
    new_target: bool,
    /// Inside a class field initializer or static block, where `arguments` is banned.
    class_initializer: bool,
    /// Directly inside a class static block, where `await` is reserved (15.7.1).
    static_block: bool,
}

#[derive(Clone, Copy, PartialEq)]
enum ParamsOf {
    None,
    Function,
}

struct Checker<'a> {
    octals: &'a LegacyOctals,
    strict: bool,
    scope: FnScope,
    /// Enclosing labels and whether each labels a loop.
    labels: Vec<(Name, bool)>,
    /// Labels directly in front of the statement being checked.
    pending_labels: usize,
    loops: usize,
    breakables: usize,
    params: ParamsOf,
    depth: usize,
    /// Spans of strict code, for the legacy octal checks.
    strict_spans: Vec<Span>,
    /// The source is a module: `import`, `export` and `import.meta` are allowed.
    module: bool,
}

/// Runs every early-error check over `program`.
pub fn check(program: &Program, _source: &str, octals: &LegacyOctals, cx: Context) -> Check {
    let mut c = Checker {
        octals,
        strict: program.strict,
        scope: FnScope {
            is_async: cx.goal.top_level_await(),
            super_property: cx.super_property,
            super_call: cx.super_call,
            // The CommonJS wrapper is a function: `return` and `new.target` work.
            in_function: cx.goal == Goal::CommonJs,
            new_target: cx.new_target || cx.goal == Goal::CommonJs,
            class_initializer: cx.class_initializer,
            ..FnScope::default()
        },
        labels: Vec::new(),
        pending_labels: 0,
        loops: 0,
        breakables: 0,
        params: ParamsOf::None,
        depth: 0,
        strict_spans: Vec::new(),
        module: cx.goal == Goal::Module,
    };
    if program.strict {
        c.strict_spans.push(program.span);
    }
    c.stmts(&program.body)?;
    c.legacy_octals()
}

impl Checker<'_> {
    fn enter(&mut self, span: Span) -> Check {
        self.depth += 1;
        if self.depth > MAX_TREE_DEPTH {
            return error(
                format!(
                    "Too much nesting: the program is nested more than {MAX_TREE_DEPTH} levels deep"
                ),
                span,
            );
        }
        Ok(())
    }

    fn legacy_octals(&self) -> Check {
        let in_strict = |s: &Span| {
            self.strict_spans
                .iter()
                .any(|r| r.start <= s.start && s.end <= r.end)
        };
        let first = self
            .octals
            .numbers
            .iter()
            .chain(&self.octals.escapes)
            .filter(|(span, _)| in_strict(span))
            .min_by_key(|(span, _)| span.start);
        match first {
            Some((span, message)) => error(*message, *span),
            None => Ok(()),
        }
    }

    fn stmts(&mut self, body: &[Stmt]) -> Check {
        body.iter().try_for_each(|s| self.stmt(s))
    }

    fn stmt(&mut self, s: &Stmt) -> Check {
        self.enter(s.span)?;
        let labels_here = std::mem::take(&mut self.pending_labels);
        self.stmt_kind(s, labels_here)?;
        self.depth -= 1;
        Ok(())
    }

    fn stmt_kind(&mut self, s: &Stmt, labels_here: usize) -> Check {
        match &s.kind {
            StmtKind::Expr(e) => self.expr(e),
            StmtKind::VarDecl(decl) => self.var_decl(decl, false),
            StmtKind::FunctionDecl(f) => {
                // A declaration binds its name in the enclosing scope.
                if let Some(name) = &f.name {
                    self.contextual_keyword(name, f.span)?;
                }
                self.function(f)
            }
            StmtKind::ClassDecl(c) => self.class(c),
            StmtKind::Return(arg) => {
                if !self.scope.in_function {
                    return error("Illegal return statement", s.span);
                }
                arg.as_deref().map_or(Ok(()), |e| self.expr(e))
            }
            StmtKind::If { test, cons, alt } => {
                self.expr(test)?;
                self.stmt(cons)?;
                alt.as_deref().map_or(Ok(()), |a| self.stmt(a))
            }
            StmtKind::Block(body) => self.stmts(body),
            StmtKind::For {
                init,
                test,
                update,
                body,
            } => {
                match init {
                    Some(ForInit::VarDecl(d)) => self.var_decl(d, false)?,
                    Some(ForInit::Expr(e)) => self.expr(e)?,
                    None => {}
                }
                if let Some(t) = test {
                    self.expr(t)?;
                }
                if let Some(u) = update {
                    self.expr(u)?;
                }
                self.loop_body(body, labels_here)
            }
            StmtKind::ForIn { left, right, body }
            | StmtKind::ForOf {
                left, right, body, ..
            } => {
                match left {
                    ForHead::VarDecl(kind, target) => {
                        if *kind != VarKind::Var {
                            self.lexical_name_check(target)?;
                        }
                        self.binding(target)?;
                    }
                    ForHead::Pattern(p) => self.assign_target(p)?,
                }
                self.expr(right)?;
                self.loop_body(body, labels_here)
            }
            StmtKind::While { test, body } => {
                self.expr(test)?;
                self.loop_body(body, labels_here)
            }
            StmtKind::DoWhile { body, test } => {
                self.loop_body(body, labels_here)?;
                self.expr(test)
            }
            StmtKind::Break(label) => match label {
                Some(l) if !self.labels.iter().any(|(n, _)| n == l) => {
                    error(format!("Undefined label '{l}'"), s.span)
                }
                None if self.breakables == 0 => error("Illegal break statement", s.span),
                _ => Ok(()),
            },
            StmtKind::Continue(label) => match label {
                Some(l) => match self.labels.iter().rev().find(|(n, _)| n == l) {
                    None => error(format!("Undefined label '{l}'"), s.span),
                    Some((_, false)) => error(
                        format!(
                            "Illegal continue statement: '{l}' does not denote an iteration statement"
                        ),
                        s.span,
                    ),
                    Some(_) => Ok(()),
                },
                None if self.loops == 0 => error(
                    "Illegal continue statement: no surrounding iteration statement",
                    s.span,
                ),
                None => Ok(()),
            },
            StmtKind::Throw(e) => self.expr(e),
            StmtKind::Try {
                block,
                handler,
                finalizer,
            } => {
                self.stmts(block)?;
                if let Some(h) = handler {
                    if let Some(p) = &h.param {
                        self.binding(p)?;
                    }
                    self.stmts(&h.body)?;
                }
                finalizer.as_deref().map_or(Ok(()), |f| self.stmts(f))
            }
            StmtKind::Switch {
                discriminant,
                cases,
            } => {
                self.expr(discriminant)?;
                self.breakables += 1;
                for case in cases {
                    if let Some(t) = &case.test {
                        self.expr(t)?;
                    }
                    self.stmts(&case.body)?;
                }
                self.breakables -= 1;
                Ok(())
            }
            StmtKind::Labeled { label, body } => {
                if self.labels.iter().any(|(n, _)| n == label) {
                    return error(format!("Label '{label}' has already been declared"), s.span);
                }
                if self.strict && is_strict_reserved(label) {
                    return error("Unexpected strict mode reserved word", s.span);
                }
                self.contextual_keyword(label, s.span)?;
                let is_loop = labels_loop(body);
                self.labels.push((label.clone(), is_loop));
                self.pending_labels = labels_here + 1;
                let result = self.stmt(body);
                self.labels.pop();
                result
            }
            StmtKind::With { object, body } => {
                if self.strict {
                    return error("Strict mode code may not include a with statement", s.span);
                }
                self.expr(object)?;
                self.stmt(body)
            }
            StmtKind::Empty | StmtKind::Debugger => Ok(()),
            // Both point at the keyword (six characters either way).
            StmtKind::Import(_) if !self.module => error(
                "Cannot use import statement outside a module",
                Span::new(s.span.start as usize, s.span.start as usize + 6),
            ),
            StmtKind::Export(_) if !self.module => error(
                "Unexpected token 'export'",
                Span::new(s.span.start as usize, s.span.start as usize + 6),
            ),
            StmtKind::Import(_) => Ok(()),
            StmtKind::Export(decl) => match &**decl {
                ExportDecl::Declaration(d) => self.stmt(d),
                ExportDecl::DefaultExpr(e) => self.expr(e),
                ExportDecl::DefaultFunction(f) => self.function(f),
                ExportDecl::DefaultClass(c) => self.class(c),
                ExportDecl::Named { .. } | ExportDecl::Star { .. } => Ok(()),
            },
        }
    }

    fn loop_body(&mut self, body: &Stmt, _labels_here: usize) -> Check {
        self.loops += 1;
        self.breakables += 1;
        let result = self.stmt(body);
        self.loops -= 1;
        self.breakables -= 1;
        result
    }

    fn var_decl(&mut self, decl: &VarDecl, _in_for_head: bool) -> Check {
        for d in &decl.decls {
            if decl.kind != VarKind::Var {
                self.lexical_name_check(&d.target)?;
            }
            self.binding(&d.target)?;
            match &d.init {
                Some(init) => self.expr(init)?,
                None if decl.kind == VarKind::Const => {
                    return error("Missing initializer in const declaration", d.span);
                }
                None if !matches!(d.target, Pattern::Ident { .. }) => {
                    return error("Missing initializer in destructuring declaration", d.span);
                }
                None => {}
            }
        }
        Ok(())
    }

    /// `let` cannot name a lexical binding.
    fn lexical_name_check(&self, p: &Pattern) -> Check {
        let mut names = Vec::new();
        bound_names(p, &mut names);
        match names.iter().find(|(n, _)| &**n == "let") {
            Some((_, span)) => error("let is disallowed as a lexically bound name", *span),
            None => Ok(()),
        }
    }

    fn binding_name(&self, name: &str, span: Span) -> Check {
        if self.strict {
            if is_strict_reserved(name) {
                return error("Unexpected strict mode reserved word", span);
            }
            if name == "eval" || name == "arguments" {
                return error("Unexpected eval or arguments in strict mode", span);
            }
        }
        self.contextual_keyword(name, span)
    }

    /// `await` in async code and `yield` in generators are keywords; an identifier
    /// spelled so there was written with escapes.
    fn contextual_keyword(&self, name: &str, span: Span) -> Check {
        if (self.scope.is_async && name == "await") || (self.scope.generator && name == "yield") {
            return error("Keyword must not contain escaped characters", span);
        }
        if self.scope.static_block && name == "await" {
            return error("Unexpected reserved word", span);
        }
        Ok(())
    }

    /// A binding pattern: names and the expressions inside it.
    fn binding(&mut self, p: &Pattern) -> Check {
        match p {
            Pattern::Ident { name, span } => self.binding_name(name, *span),
            Pattern::Object { props, rest, .. } => {
                for prop in props {
                    self.key(&prop.key)?;
                    self.binding(&prop.value)?;
                }
                rest.as_deref().map_or(Ok(()), |r| self.binding(r))
            }
            Pattern::Array { elems, rest, .. } => {
                for e in elems.iter().flatten() {
                    self.binding(e)?;
                }
                rest.as_deref().map_or(Ok(()), |r| self.binding(r))
            }
            Pattern::Default {
                target, default, ..
            } => {
                self.binding(target)?;
                self.expr(default)
            }
            Pattern::Expr(e) => self.expr(e),
        }
    }

    /// An assignment target: like a binding, but member expressions are allowed.
    fn assign_target(&mut self, p: &Pattern) -> Check {
        match p {
            Pattern::Ident { name, span } => {
                self.binding_name(name, *span)?;
                self.reference(name, *span)
            }
            Pattern::Object { props, rest, .. } => {
                for prop in props {
                    self.key(&prop.key)?;
                    self.assign_target(&prop.value)?;
                }
                rest.as_deref().map_or(Ok(()), |r| self.assign_target(r))
            }
            Pattern::Array { elems, rest, .. } => {
                for e in elems.iter().flatten() {
                    self.assign_target(e)?;
                }
                rest.as_deref().map_or(Ok(()), |r| self.assign_target(r))
            }
            Pattern::Default {
                target, default, ..
            } => {
                self.assign_target(target)?;
                self.expr(default)
            }
            Pattern::Expr(e) => self.expr(e),
        }
    }

    /// An identifier used as a value.
    fn reference(&self, name: &str, span: Span) -> Check {
        if self.strict && is_strict_reserved(name) {
            return error("Unexpected strict mode reserved word", span);
        }
        self.contextual_keyword(name, span)?;
        if self.scope.class_initializer && name == "arguments" {
            return error(
                "'arguments' is not allowed in class field initializer or static initialization block",
                span,
            );
        }
        Ok(())
    }

    fn key(&mut self, key: &PropertyKey) -> Check {
        match key {
            PropertyKey::Computed(e) => self.expr(e),
            _ => Ok(()),
        }
    }

    fn args(&mut self, args: &[Argument]) -> Check {
        args.iter().try_for_each(|a| match a {
            Argument::Expr(e) | Argument::Spread(e) => self.expr(e),
        })
    }

    fn expr(&mut self, e: &Expr) -> Check {
        self.enter(e.span)?;
        self.expr_kind(e)?;
        self.depth -= 1;
        Ok(())
    }

    fn expr_kind(&mut self, e: &Expr) -> Check {
        match &e.kind {
            ExprKind::PrivateName(_) => Ok(()),
            ExprKind::Number(_)
            | ExprKind::BigInt(_)
            | ExprKind::String(_)
            | ExprKind::Bool(_)
            | ExprKind::Null
            | ExprKind::This => Ok(()),
            ExprKind::Regex { pattern, flags } => {
                crate::builtins::regexp::check_literal(pattern, flags)
                    .or_else(|message| error(message, e.span))
            }
            ExprKind::Ident(name) => self.reference(name, e.span),
            ExprKind::Template(t) => t.exprs.iter().try_for_each(|x| self.expr(x)),
            ExprKind::TaggedTemplate { tag, quasi } => {
                self.expr(tag)?;
                quasi.exprs.iter().try_for_each(|x| self.expr(x))
            }
            ExprKind::Array(items) => items.iter().flatten().try_for_each(|item| match item {
                ArrayElement::Expr(x) | ArrayElement::Spread(x) => self.expr(x),
            }),
            ExprKind::Object(props) => self.object(props),
            ExprKind::Function(f) | ExprKind::Arrow(f) => {
                // A function expression's own name is bound inside it, so an async
                // one cannot be named `await`, nor a generator `yield`.
                match f.name.as_deref() {
                    Some("await") if f.is_async => {
                        return error("Unexpected reserved word", e.span);
                    }
                    Some("yield") if f.is_generator => {
                        return error("Unexpected identifier 'yield'", e.span);
                    }
                    _ => {}
                }
                self.function(f)
            }
            ExprKind::Class(c) => self.class(c),
            ExprKind::Unary { op, arg } => {
                if *op == UnaryOp::Delete {
                    let target = match &unparen(arg).kind {
                        ExprKind::OptionalChain(inner) => unparen(inner),
                        _ => unparen(arg),
                    };
                    match &target.kind {
                        ExprKind::Ident(_) if self.strict => {
                            return error(
                                "Delete of an unqualified identifier in strict mode.",
                                e.span,
                            );
                        }
                        ExprKind::Member {
                            property: MemberProperty::Private(_),
                            ..
                        } => return error("Private fields can not be deleted", e.span),
                        _ => {}
                    }
                }
                self.expr(arg)
            }
            ExprKind::Update { target, .. } => {
                if let ExprKind::Ident(name) = &unparen(target).kind {
                    self.binding_name(name, target.span)?;
                }
                self.expr(target)
            }
            ExprKind::Binary { .. } | ExprKind::Logical { .. } => {
                // A long chain such as `a + b + c ...` is a deep left spine: walk it in
                // a loop, checking the operands in source order at one depth.
                let (first, rights) = e.left_spine();
                self.expr(first)?;
                rights.into_iter().rev().try_for_each(|r| self.expr(r))
            }
            ExprKind::Assign { target, value, .. } => {
                self.assign_target(target)?;
                self.expr(value)
            }
            ExprKind::Conditional { test, cons, alt } => {
                self.expr(test)?;
                self.expr(cons)?;
                self.expr(alt)
            }
            ExprKind::Call { callee, args, .. } | ExprKind::New { callee, args } => {
                self.expr(callee)?;
                self.args(args)
            }
            ExprKind::Member {
                object, property, ..
            } => {
                self.expr(object)?;
                match property {
                    MemberProperty::Computed(p) => self.expr(p),
                    MemberProperty::Named(_) | MemberProperty::Private(_) => Ok(()),
                }
            }
            ExprKind::SuperMember { property } => {
                if !self.scope.super_property {
                    return error("'super' keyword unexpected here", e.span);
                }
                match property {
                    MemberProperty::Computed(p) => self.expr(p),
                    MemberProperty::Named(_) => Ok(()),
                    MemberProperty::Private(_) => error("Unexpected private field", e.span),
                }
            }
            ExprKind::SuperCall { args } => {
                if !self.scope.super_call {
                    return error("'super' keyword unexpected here", e.span);
                }
                self.args(args)
            }
            ExprKind::OptionalChain(inner) | ExprKind::Paren(inner) => self.expr(inner),
            ExprKind::Sequence(items) => items.iter().try_for_each(|x| self.expr(x)),
            ExprKind::Yield { arg, .. } => {
                if self.params == ParamsOf::Function {
                    return error("Yield expression not allowed in formal parameter", e.span);
                }
                if !self.scope.generator {
                    return error("Yield expression not allowed in this context", e.span);
                }
                arg.as_deref().map_or(Ok(()), |a| self.expr(a))
            }
            ExprKind::Await(arg) => {
                if self.params == ParamsOf::Function {
                    return error(
                        "Illegal await-expression in formal parameters of async function",
                        e.span,
                    );
                }
                if !self.scope.is_async {
                    return error(
                        "await is only valid in async functions and the top level bodies of modules",
                        e.span,
                    );
                }
                self.expr(arg)
            }
            ExprKind::ImportMeta if !self.module => {
                error("Cannot use 'import.meta' outside a module", e.span)
            }
            ExprKind::ImportMeta => Ok(()),
            ExprKind::ImportCall(specifier) => self.expr(specifier),
            ExprKind::NewTarget => {
                if !self.scope.new_target {
                    return error("new.target expression is not allowed here", e.span);
                }
                Ok(())
            }
        }
    }

    fn object(&mut self, props: &[PropertyDef]) -> Check {
        let mut proto = false;
        for p in props {
            match &p.kind {
                PropertyDefKind::Init { key, value } => {
                    if matches!(key, PropertyKey::Named(t) if t.iter().copied().eq("__proto__".encode_utf16()))
                    {
                        if proto {
                            return error(
                                "Duplicate __proto__ fields are not allowed in object literals",
                                p.span,
                            );
                        }
                        proto = true;
                    }
                    self.key(key)?;
                    self.expr(value)?;
                }
                PropertyDefKind::Shorthand(name) => self.reference(name, p.span)?,
                PropertyDefKind::Method { key, function, .. } => {
                    self.key(key)?;
                    self.method(function, false)?;
                }
                PropertyDefKind::Spread(e) => self.expr(e)?,
            }
        }
        Ok(())
    }

    fn method(&mut self, f: &Function, super_call: bool) -> Check {
        let saved = self.scope;
        self.scope.super_property = true;
        self.scope.super_call = super_call;
        let result = self.function(f);
        self.scope = saved;
        result
    }

    fn class(&mut self, c: &Class) -> Check {
        let saved_strict = self.strict;
        self.strict = true;
        self.strict_spans.push(c.span);
        if let Some(name) = &c.name {
            self.binding_name(name, c.span)?;
        }
        if let Some(ext) = &c.extends {
            self.expr(ext)?;
        }
        if let Some(ctor) = &c.constructor {
            self.method(ctor, c.extends.is_some())?;
        }
        for m in &c.members {
            match &m.kind {
                ClassMemberKind::Method { key, function, .. } => {
                    self.key(key)?;
                    self.method(function, false)?;
                }
                ClassMemberKind::Field { key, value } => {
                    self.key(key)?;
                    if let Some(v) = value {
                        self.initializer(false, |c| c.expr(v))?;
                    }
                }
                ClassMemberKind::StaticBlock(body) => self.initializer(true, |c| c.stmts(body))?,
            }
        }
        self.strict = saved_strict;
        Ok(())
    }

    /// A field initializer or static block: its own function-like scope.
    fn initializer(&mut self, static_block: bool, f: impl FnOnce(&mut Self) -> Check) -> Check {
        let saved = (
            self.scope,
            std::mem::take(&mut self.labels),
            self.loops,
            self.breakables,
        );
        self.scope = FnScope {
            in_function: false,
            generator: false,
            is_async: false,
            super_property: true,
            super_call: false,
            new_target: true,
            class_initializer: true,
            static_block,
        };
        self.loops = 0;
        self.breakables = 0;
        let result = f(self);
        (self.scope, self.labels, self.loops, self.breakables) = saved;
        result
    }

    fn function(&mut self, f: &Function) -> Check {
        let saved_strict = self.strict;
        let saved_scope = self.scope;
        let saved_labels = std::mem::take(&mut self.labels);
        let saved_loops = (self.loops, self.breakables);
        let simple =
            f.rest.is_none() && f.params.iter().all(|p| matches!(p, Pattern::Ident { .. }));
        if f.strict && !simple {
            return error(
                "Illegal 'use strict' directive in function with non-simple parameter list",
                f.span,
            );
        }
        self.strict = self.strict || f.strict;
        if self.strict {
            self.strict_spans.push(f.span);
        }
        let arrow = f.kind == FunctionKind::Arrow;
        self.scope = FnScope {
            in_function: true,
            generator: f.is_generator,
            is_async: f.is_async,
            super_property: self.scope.super_property && (arrow || f.kind != FunctionKind::Normal),
            super_call: self.scope.super_call
                && (arrow || f.kind == FunctionKind::ClassConstructor),
            new_target: !arrow || saved_scope.new_target,
            class_initializer: arrow && saved_scope.class_initializer,
            // An arrow's parameters still belong to the static block (V8 lets its body
            // use `await` as a name).
            static_block: arrow && saved_scope.static_block,
        };
        if arrow && !f.is_async && saved_scope.in_function {
            // A plain arrow inside an async function keeps `await` reserved (its
            // parameters are parsed with the enclosing [Await]).
            self.scope.is_async = saved_scope.is_async;
        }
        self.loops = 0;
        self.breakables = 0;
        let result = self.function_inner(f, simple, saved_scope);
        self.strict = saved_strict;
        self.scope = saved_scope;
        self.labels = saved_labels;
        (self.loops, self.breakables) = saved_loops;
        result
    }

    /// Checks a function's name (bound outside it, so under the enclosing `outer`
    /// scope's keywords), parameters and body.
    fn function_inner(&mut self, f: &Function, simple: bool, outer: FnScope) -> Check {
        if let Some(name) = &f.name
            && f.kind == FunctionKind::Normal
        {
            // A function expression's name is bound inside it, so a static block's
            // `await` rule stops there; a declaration's is checked where it is declared.
            let name_scope = FnScope {
                static_block: false,
                ..outer
            };
            let inner = std::mem::replace(&mut self.scope, name_scope);
            let result = self.binding_name(name, f.span);
            self.scope = inner;
            result?;
        }
        let mut names = Vec::new();
        for p in f.params.iter().chain(&f.rest) {
            bound_names(p, &mut names);
        }
        let strict_params = self.strict || !simple || f.kind != FunctionKind::Normal;
        if strict_params {
            for (i, (name, span)) in names.iter().enumerate() {
                if names[..i].iter().any(|(n, _)| n == name) {
                    return error(
                        "Duplicate parameter name not allowed in this context",
                        *span,
                    );
                }
            }
        }
        let saved_params = self.params;
        if f.is_generator || f.is_async || f.kind == FunctionKind::Arrow {
            self.params = ParamsOf::Function;
        }
        for p in f.params.iter().chain(&f.rest) {
            self.binding(p)?;
        }
        self.params = ParamsOf::None;
        self.scope.static_block = false;
        let result = self.stmts(&f.body);
        self.params = saved_params;
        result
    }
}

/// Whether a labeled statement's body (through further labels) is a loop.
fn labels_loop(s: &Stmt) -> bool {
    match &s.kind {
        StmtKind::Labeled { body, .. } => labels_loop(body),
        StmtKind::For { .. }
        | StmtKind::ForIn { .. }
        | StmtKind::ForOf { .. }
        | StmtKind::While { .. }
        | StmtKind::DoWhile { .. } => true,
        _ => false,
    }
}

fn unparen(e: &Expr) -> &Expr {
    match &e.kind {
        ExprKind::Paren(inner) => unparen(inner),
        _ => e,
    }
}

/// The names a binding pattern declares, with their spans.
fn bound_names(p: &Pattern, out: &mut Vec<(Name, Span)>) {
    p.for_each_name(&mut |name, span| out.push((name.clone(), span)));
}
