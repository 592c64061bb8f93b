//! Scope analysis that runs before code is emitted: which names a scope declares (for
//! hoisting, the temporal dead zone and redeclaration errors) and which names nested
//! functions refer to (those variables must live in a heap `Env`, not a register).

use crate::ast::*;
use rustc_hash::{FxHashMap, FxHashSet};
use std::rc::Rc;

/// The pseudo-names arrows inherit from the enclosing function.
pub const THIS: &str = "this";
pub const NEW_TARGET: &str = "new.target";
pub const ARGUMENTS: &str = "arguments";
/// The function whose `super()` an arrow calls: a derived constructor binds itself under
/// this name (not an identifier) when an arrow in it calls `super()`.
pub const ACTIVE_FUNCTION: &str = "%function";
/// Noted where code calls `eval(...)` directly: the code it runs at run time may use
/// any binding in scope, so every enclosing function keeps all of its bindings in
/// `Env`s.
pub const DIRECT_EVAL: &str = "%eval";

/// A lexically scoped declaration of a block or function body.
pub struct LexicalDecl<'a> {
    pub name: Name,
    pub span: Span,
    pub kind: LexicalKind<'a>,
}

pub enum LexicalKind<'a> {
    Let,
    Const,
    Class,
    /// A function declaration: hoisted, initialised at scope entry.
    Function(&'a Function),
}

/// The let/const/class/function declarations directly in `stmts` (not in nested blocks).
/// Function declarations are included here for blocks; the function body's top-level
/// functions are handled as `var`-like by the caller.
pub fn lexical_decls(stmts: &[Stmt]) -> Vec<LexicalDecl<'_>> {
    let mut out = Vec::new();
    for s in stmts {
        lexical_decls_of(s, &mut out);
    }
    out
}

fn lexical_decls_of<'a>(s: &'a Stmt, out: &mut Vec<LexicalDecl<'a>>) {
    match &s.kind {
        StmtKind::VarDecl(d) if d.kind != VarKind::Var => {
            let kind = |_: ()| {
                if d.kind == VarKind::Let {
                    LexicalKind::Let
                } else {
                    LexicalKind::Const
                }
            };
            for decl in &d.decls {
                pattern_names(&decl.target, &mut |name, span| {
                    out.push(LexicalDecl {
                        name: name.clone(),
                        span,
                        kind: kind(()),
                    })
                });
            }
        }
        StmtKind::ClassDecl(c) => {
            if let Some(name) = &c.name {
                out.push(LexicalDecl {
                    name: name.clone(),
                    span: c.span,
                    kind: LexicalKind::Class,
                });
            }
        }
        StmtKind::FunctionDecl(f) => {
            if let Some(name) = &f.name {
                out.push(LexicalDecl {
                    name: name.clone(),
                    span: f.span,
                    kind: LexicalKind::Function(f),
                });
            }
        }
        _ => {}
    }
}

/// Annex B.3.3: the plain function declarations in blocks of sloppy code that also get
/// a `var` binding in the enclosing function or script, assigned when the declaration
/// is evaluated: those a `var` of the same name could replace without an early error
/// (no enclosing block, loop head or name in `blocked` declares it lexically).
/// `blocked` holds the body's top-level lexical names and the parameters.
pub fn annex_b_functions(body: &[Stmt], blocked: Vec<Name>) -> Vec<&Function> {
    let mut walk = AnnexB {
        blocked,
        found: Vec::new(),
    };
    body.iter().for_each(|s| walk.stmt(s));
    walk.found
}

struct AnnexB<'a> {
    blocked: Vec<Name>,
    found: Vec<&'a Function>,
}

impl<'a> AnnexB<'a> {
    fn stmt(&mut self, s: &'a Stmt) {
        match &s.kind {
            StmtKind::Block(b) => self.scope(&[b]),
            StmtKind::If { cons, alt, .. } => {
                self.stmt(cons);
                if let Some(a) = alt {
                    self.stmt(a);
                }
            }
            StmtKind::For { init, body, .. } => {
                let mut head = Vec::new();
                if let Some(ForInit::VarDecl(d)) = init
                    && d.kind != VarKind::Var
                {
                    for v in &d.decls {
                        pattern_names(&v.target, &mut |n, _| head.push(n.clone()));
                    }
                }
                self.inside(head, body);
            }
            StmtKind::ForIn { left, body, .. } | StmtKind::ForOf { left, body, .. } => {
                let mut head = Vec::new();
                if let ForHead::VarDecl(kind, p) = left
                    && *kind != VarKind::Var
                {
                    pattern_names(p, &mut |n, _| head.push(n.clone()));
                }
                self.inside(head, body);
            }
            StmtKind::While { body, .. }
            | StmtKind::DoWhile { body, .. }
            | StmtKind::With { body, .. }
            | StmtKind::Labeled { body, .. } => self.stmt(body),
            StmtKind::Try {
                block,
                handler,
                finalizer,
            } => {
                self.scope(&[block]);
                // A var may redeclare a simple catch parameter (B.3.4).
                if let Some(h) = handler {
                    self.scope(&[&h.body]);
                }
                if let Some(f) = finalizer {
                    self.scope(&[f]);
                }
            }
            StmtKind::Switch { cases, .. } => {
                let bodies: Vec<&'a [Stmt]> = cases.iter().map(|c| c.body.as_slice()).collect();
                self.scope(&bodies);
            }
            _ => {}
        }
    }

    /// A statement inside a loop head declaring `names` lexically.
    fn inside(&mut self, names: Vec<Name>, body: &'a Stmt) {
        let outer = self.blocked.len();
        self.blocked.extend(names);
        self.stmt(body);
        self.blocked.truncate(outer);
    }

    /// The statement lists of one block scope (a switch has one per clause).
    fn scope(&mut self, lists: &[&'a [Stmt]]) {
        let decls: Vec<LexicalDecl<'a>> = lists.iter().flat_map(|l| lexical_decls(l)).collect();
        for d in &decls {
            if let LexicalKind::Function(f) = d.kind
                && !f.is_async
                && !f.is_generator
                && !self.blocked.contains(&d.name)
            {
                self.found.push(f);
            }
        }
        let outer = self.blocked.len();
        self.blocked.extend(decls.into_iter().map(|d| d.name));
        for s in lists.iter().flat_map(|l| l.iter()) {
            self.stmt(s);
        }
        self.blocked.truncate(outer);
    }
}

/// Calls `f` for every binding name in a pattern, in source order.
pub fn pattern_names(p: &Pattern, f: &mut dyn FnMut(&Name, Span)) {
    p.for_each_name(f);
}

/// The `var` declarations of a function body (or script), searched through nested
/// blocks and statements but not nested functions, in source order.
pub fn var_names(stmts: &[Stmt]) -> Vec<(Name, Span)> {
    let mut out = Vec::new();
    for s in stmts {
        var_names_of(s, &mut out);
    }
    out
}

fn var_names_of(s: &Stmt, out: &mut Vec<(Name, Span)>) {
    let decl = |d: &VarDecl, out: &mut Vec<(Name, Span)>| {
        if d.kind == VarKind::Var {
            for v in &d.decls {
                pattern_names(&v.target, &mut |n, sp| out.push((n.clone(), sp)));
            }
        }
    };
    match &s.kind {
        StmtKind::VarDecl(d) => decl(d, out),
        StmtKind::If { cons, alt, .. } => {
            var_names_of(cons, out);
            if let Some(a) = alt {
                var_names_of(a, out);
            }
        }
        StmtKind::Block(b) => b.iter().for_each(|s| var_names_of(s, out)),
        StmtKind::For { init, body, .. } => {
            if let Some(ForInit::VarDecl(d)) = init {
                decl(d, out);
            }
            var_names_of(body, out);
        }
        StmtKind::ForIn { left, body, .. } | StmtKind::ForOf { left, body, .. } => {
            if let ForHead::VarDecl(VarKind::Var, p) = left {
                pattern_names(p, &mut |n, sp| out.push((n.clone(), sp)));
            }
            var_names_of(body, out);
        }
        StmtKind::While { body, .. } | StmtKind::DoWhile { body, .. } => var_names_of(body, out),
        StmtKind::Labeled { body, .. } | StmtKind::With { body, .. } => var_names_of(body, out),
        StmtKind::Try {
            block,
            handler,
            finalizer,
        } => {
            block.iter().for_each(|s| var_names_of(s, out));
            if let Some(h) = handler {
                h.body.iter().for_each(|s| var_names_of(s, out));
            }
            if let Some(f) = finalizer {
                f.iter().for_each(|s| var_names_of(s, out));
            }
        }
        StmtKind::Switch { cases, .. } => cases
            .iter()
            .flat_map(|c| &c.body)
            .for_each(|s| var_names_of(s, out)),
        _ => {}
    }
}

/// The names each function of one compilation refers to, kept by the function's
/// address (the syntax tree outlives the compilation): every enclosing function's
/// analysis and the function's own compilation ask for them, and a function nested n
/// deep would otherwise be walked again at each of the n levels.
#[derive(Default)]
pub struct NameMemo {
    /// [`function_referenced_names`] of each function.
    referenced: FxHashMap<*const Function, Rc<FxHashSet<Name>>>,
    /// The names each function makes its enclosing code keep (what it refers to but does
    /// not declare itself).
    outside: FxHashMap<*const Function, Rc<FxHashSet<Name>>>,
}

/// Names that code nested in functions inside `f` may refer to in an enclosing scope,
/// plus `this`/`arguments`/`new.target` used by nested arrows. A variable of `f` with
/// one of these names must live in an `Env`. Over-approximates: it subtracts only the
/// nested function's own parameters and function-level declarations.
pub fn captured_names(
    memo: &mut NameMemo,
    body: &[Stmt],
    params: &[Pattern],
    rest: Option<&Pattern>,
) -> FxHashSet<Name> {
    names_used(memo, body, params, rest, 0)
}

/// Like `captured_names` for expressions evaluated in a synthetic function (class field
/// initialisers): every name they or their closures use.
pub fn captured_in_exprs(memo: &mut NameMemo, exprs: &[&Expr]) -> FxHashSet<Name> {
    let mut v = FreeNames {
        names: FxHashSet::default(),
        depth: 1,
        memo,
        skip_applied_arguments: false,
    };
    for e in exprs {
        v.expr(e);
    }
    v.names
}

/// Every name `body` refers to, its arrows included (but not names only used inside
/// nested non-arrow functions' own `this`/`arguments`).
pub fn referenced_names(
    memo: &mut NameMemo,
    body: &[Stmt],
    params: &[Pattern],
    rest: Option<&Pattern>,
) -> FxHashSet<Name> {
    names_used(memo, body, params, rest, 1)
}

/// [`referenced_names`] of the parameters and body of `f`.
pub fn function_referenced_names(memo: &mut NameMemo, f: &Function) -> Rc<FxHashSet<Name>> {
    let at = std::ptr::from_ref(f);
    if let Some(names) = memo.referenced.get(&at) {
        return names.clone();
    }
    let names = Rc::new(referenced_names(memo, &f.body, &f.params, f.rest.as_ref()));
    memo.referenced.insert(at, names.clone());
    names
}

/// The names `f` refers to in the code around it: those it uses (its parameter
/// initialisers' included) that it does not declare, and for an arrow the `this`,
/// `arguments` and `new.target` it inherits.
fn outside_names(memo: &mut NameMemo, f: &Function) -> Rc<FxHashSet<Name>> {
    let at = std::ptr::from_ref(f);
    if let Some(names) = memo.outside.get(&at) {
        return names.clone();
    }
    let inner_names = function_referenced_names(memo, f);
    // Parameter initializers do not see the body's declarations (their own scope):
    // a name they use reaches outside unless a parameter binds it.
    let mut param_uses = referenced_names(memo, &[], &f.params, f.rest.as_ref());
    let mut own: FxHashSet<Name> = FxHashSet::default();
    for p in f.params.iter().chain(&f.rest) {
        pattern_names(p, &mut |n, _| {
            own.insert(n.clone());
        });
    }
    param_uses.retain(|n| !own.contains(n));
    for (n, _) in var_names(&f.body) {
        own.insert(n);
    }
    for d in lexical_decls(&f.body) {
        own.insert(d.name);
    }
    // A function other than an arrow has its own `this` and the like.
    let inherited = |n: &Name| {
        f.kind == FunctionKind::Arrow
            || ![THIS, NEW_TARGET, ACTIVE_FUNCTION, ARGUMENTS].contains(&&**n)
    };
    param_uses.retain(|n| inherited(n));
    for n in inner_names.iter() {
        if !own.contains(n) && inherited(n) {
            param_uses.insert(n.clone());
        }
    }
    let names = Rc::new(param_uses);
    memo.outside.insert(at, names.clone());
    names
}

/// Whether a call is `f.apply(thisArg, arguments)`: the one way a function may use
/// its `arguments` and still make no object for it (see `Op::ApplyArguments`).
pub fn applies_arguments(callee: &Expr, args: &[Argument]) -> bool {
    matches!(&callee.kind, ExprKind::Member {
            property: MemberProperty::Named(name),
            optional: false,
            ..
        } if &**name == "apply")
        && matches!(args, [Argument::Expr(_), Argument::Expr(last)]
            if matches!(&last.kind, ExprKind::Ident(n) if &**n == ARGUMENTS))
}

/// Whether `f` (a function with its own `arguments`) mentions `arguments` only as the
/// last argument of `g.apply(thisArg, arguments)` calls in its own body, not in a
/// nested arrow, and declares nothing of that name.
pub fn only_applies_arguments(memo: &mut NameMemo, f: &Function) -> bool {
    let declared = var_names(&f.body)
        .iter()
        .map(|(n, _)| n.clone())
        .chain(lexical_decls(&f.body).into_iter().map(|d| d.name))
        .any(|n| &*n == ARGUMENTS);
    let mut v = FreeNames {
        names: FxHashSet::default(),
        depth: 1,
        memo,
        skip_applied_arguments: true,
    };
    for p in f.params.iter().chain(&f.rest) {
        v.pattern(p);
    }
    v.stmts(&f.body);
    !declared && !v.names.contains(ARGUMENTS)
}

/// The names a function's parameters and body use: all of them from `depth` 1, only
/// those inside nested functions from `depth` 0.
fn names_used(
    memo: &mut NameMemo,
    body: &[Stmt],
    params: &[Pattern],
    rest: Option<&Pattern>,
    depth: u32,
) -> FxHashSet<Name> {
    let mut v = FreeNames {
        names: FxHashSet::default(),
        depth,
        memo,
        skip_applied_arguments: false,
    };
    for p in params.iter().chain(rest) {
        v.pattern(p);
    }
    v.stmts(body);
    v.names
}

/// Collects names referenced inside nested functions (depth > 0).
struct FreeNames<'m> {
    names: FxHashSet<Name>,
    depth: u32,
    memo: &'m mut NameMemo,
    /// Leaves out the `arguments` of `g.apply(thisArg, arguments)` calls (see
    /// `only_applies_arguments`).
    skip_applied_arguments: bool,
}

impl FreeNames<'_> {
    fn note(&mut self, name: &Name) {
        if self.depth > 0 {
            self.names.insert(name.clone());
        }
    }

    fn note_str(&mut self, name: &str) {
        if self.depth > 0 {
            self.names.insert(name.into());
        }
    }

    fn function(&mut self, f: &Function) {
        let names = outside_names(self.memo, f);
        self.names.extend(names.iter().cloned());
    }

    fn class(&mut self, c: &Class) {
        if let Some(e) = &c.extends {
            self.expr(e);
        }
        let saved = self.depth;
        self.depth += 1;
        if let Some(ctor) = &c.constructor {
            self.function(ctor);
        }
        for m in &c.members {
            match &m.kind {
                ClassMemberKind::Method { key, function, .. } => {
                    self.key(key);
                    self.function(function);
                }
                ClassMemberKind::Field { key, value } => {
                    self.key(key);
                    if let Some(v) = value {
                        self.expr(v);
                    }
                }
                ClassMemberKind::StaticBlock(b) => self.stmts(b),
            }
        }
        self.depth = saved;
    }

    fn key(&mut self, k: &PropertyKey) {
        match k {
            PropertyKey::Computed(e) => self.expr(e),
            PropertyKey::Private(n) => self.note(n),
            PropertyKey::Named(_) | PropertyKey::Number(_) => {}
        }
    }

    fn stmts(&mut self, stmts: &[Stmt]) {
        for s in stmts {
            self.stmt(s);
        }
    }

    fn var_decl(&mut self, d: &VarDecl) {
        for decl in &d.decls {
            self.pattern(&decl.target);
            if let Some(i) = &decl.init {
                self.expr(i);
            }
        }
    }

    fn stmt(&mut self, s: &Stmt) {
        match &s.kind {
            StmtKind::Expr(e) | StmtKind::Throw(e) => self.expr(e),
            StmtKind::VarDecl(d) => self.var_decl(d),
            StmtKind::FunctionDecl(f) => {
                self.depth += 1;
                self.function(f);
                self.depth -= 1;
            }
            StmtKind::ClassDecl(c) => self.class(c),
            StmtKind::Return(e) => {
                if let Some(e) = e {
                    self.expr(e);
                }
            }
            StmtKind::If { test, cons, alt } => {
                self.expr(test);
                self.stmt(cons);
                if let Some(a) = alt {
                    self.stmt(a);
                }
            }
            StmtKind::Block(b) => self.stmts(b),
            StmtKind::For {
                init,
                test,
                update,
                body,
            } => {
                match init {
                    Some(ForInit::VarDecl(d)) => self.var_decl(d),
                    Some(ForInit::Expr(e)) => self.expr(e),
                    None => {}
                }
                test.iter().chain(update).for_each(|e| self.expr(e));
                self.stmt(body);
            }
            StmtKind::ForIn { left, right, body }
            | StmtKind::ForOf {
                left, right, body, ..
            } => {
                match left {
                    ForHead::VarDecl(_, p) | ForHead::Pattern(p) => self.pattern(p),
                }
                self.expr(right);
                self.stmt(body);
            }
            StmtKind::While { test, body }
            | StmtKind::DoWhile { body, test }
            | StmtKind::With { object: test, body } => {
                self.expr(test);
                self.stmt(body);
            }
            StmtKind::Break(_) | StmtKind::Continue(_) | StmtKind::Empty | StmtKind::Debugger => {}
            StmtKind::Import(_) | StmtKind::Export(_) => {}
            StmtKind::Try {
                block,
                handler,
                finalizer,
            } => {
                self.stmts(block);
                if let Some(h) = handler {
                    if let Some(p) = &h.param {
                        self.pattern(p);
                    }
                    self.stmts(&h.body);
                }
                if let Some(f) = finalizer {
                    self.stmts(f);
                }
            }
            StmtKind::Switch {
                discriminant,
                cases,
            } => {
                self.expr(discriminant);
                for c in cases {
                    if let Some(t) = &c.test {
                        self.expr(t);
                    }
                    self.stmts(&c.body);
                }
            }
            StmtKind::Labeled { body, .. } => self.stmt(body),
        }
    }

    fn pattern(&mut self, p: &Pattern) {
        match p {
            Pattern::Ident { name, .. } => self.note(name),
            Pattern::Object { props, rest, .. } => {
                for prop in props {
                    self.key(&prop.key);
                    self.pattern(&prop.value);
                }
                if let Some(r) = rest {
                    self.pattern(r);
                }
            }
            Pattern::Array { elems, rest, .. } => {
                for e in elems.iter().flatten() {
                    self.pattern(e);
                }
                if let Some(r) = rest {
                    self.pattern(r);
                }
            }
            Pattern::Default {
                target, default, ..
            } => {
                self.pattern(target);
                self.expr(default);
            }
            Pattern::Expr(e) => self.expr(e),
        }
    }

    fn template(&mut self, t: &Template) {
        t.exprs.iter().for_each(|e| self.expr(e));
    }

    fn args(&mut self, args: &[Argument]) {
        for a in args {
            match a {
                Argument::Expr(e) | Argument::Spread(e) => self.expr(e),
            }
        }
    }

    fn member(&mut self, p: &MemberProperty) {
        match p {
            MemberProperty::Computed(e) => self.expr(e),
            MemberProperty::Private(n) => self.note(n),
            MemberProperty::Named(_) => {}
        }
    }

    fn expr(&mut self, e: &Expr) {
        match &e.kind {
            ExprKind::Number(_)
            | ExprKind::BigInt(_)
            | ExprKind::String(_)
            | ExprKind::Regex { .. }
            | ExprKind::Bool(_)
            | ExprKind::Null => {}
            ExprKind::This => self.note_str(THIS),
            ExprKind::NewTarget => self.note_str(NEW_TARGET),
            ExprKind::ImportMeta => {}
            ExprKind::ImportCall(specifier) => self.expr(specifier),
            ExprKind::Ident(n) | ExprKind::PrivateName(n) => self.note(n),
            ExprKind::Template(t) => self.template(t),
            ExprKind::TaggedTemplate { tag, quasi } => {
                self.expr(tag);
                self.template(quasi);
            }
            ExprKind::Array(items) => {
                for item in items.iter().flatten() {
                    match item {
                        ArrayElement::Expr(e) | ArrayElement::Spread(e) => self.expr(e),
                    }
                }
            }
            ExprKind::Object(props) => {
                for p in props {
                    match &p.kind {
                        PropertyDefKind::Init { key, value } => {
                            self.key(key);
                            self.expr(value);
                        }
                        PropertyDefKind::Shorthand(n) => self.note(n),
                        PropertyDefKind::Method { key, function, .. } => {
                            self.key(key);
                            self.depth += 1;
                            self.function(function);
                            self.depth -= 1;
                        }
                        PropertyDefKind::Spread(e) => self.expr(e),
                    }
                }
            }
            ExprKind::Function(f) | ExprKind::Arrow(f) => {
                self.depth += 1;
                self.function(f);
                self.depth -= 1;
            }
            ExprKind::Class(c) => self.class(c),
            ExprKind::Unary { arg, .. } => self.expr(arg),
            ExprKind::Update { target, .. } => self.expr(target),
            ExprKind::Binary { .. } | ExprKind::Logical { .. } => {
                let (first, rights) = e.left_spine();
                self.expr(first);
                rights.into_iter().rev().for_each(|r| self.expr(r));
            }
            ExprKind::Assign { target, value, .. } => {
                self.pattern(target);
                self.expr(value);
            }
            ExprKind::Conditional { test, cons, alt } => {
                self.expr(test);
                self.expr(cons);
                self.expr(alt);
            }
            ExprKind::Call {
                callee,
                args,
                optional: false,
            } if matches!(&callee.kind, ExprKind::Ident(n) if &**n == "eval") => {
                // At any depth: the function calling eval keeps its own bindings too.
                self.names.insert(DIRECT_EVAL.into());
                self.expr(callee);
                self.args(args);
            }
            ExprKind::Call {
                callee,
                args,
                optional: false,
            } if self.skip_applied_arguments && applies_arguments(callee, args) => {
                self.expr(callee);
                self.args(&args[..1]);
            }
            ExprKind::Call { callee, args, .. } | ExprKind::New { callee, args } => {
                self.expr(callee);
                self.args(args);
            }
            ExprKind::Member {
                object, property, ..
            } => {
                self.expr(object);
                self.member(property);
            }
            ExprKind::SuperMember { property } => {
                self.note_str(THIS);
                self.member(property);
            }
            ExprKind::SuperCall { args } => {
                self.note_str(THIS);
                self.note_str(NEW_TARGET);
                self.note_str(ACTIVE_FUNCTION);
                self.args(args);
            }
            ExprKind::OptionalChain(e) | ExprKind::Await(e) | ExprKind::Paren(e) => self.expr(e),
            ExprKind::Sequence(es) => es.iter().for_each(|e| self.expr(e)),
            ExprKind::Yield { arg, .. } => {
                if let Some(a) = arg {
                    self.expr(a);
                }
            }
        }
    }
}
