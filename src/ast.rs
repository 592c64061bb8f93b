//! The abstract syntax tree: what the parser produces and the compiler consumes.
//!
//! Every statement and expression carries the byte span of its source text, so the
//! compiler can map each instruction back to a line and column for stack traces and
//! error messages.

use std::rc::Rc;

/// A byte range `start..end` in the source text.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Span {
    pub start: u32,
    pub end: u32,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Span {
        Span {
            start: start as u32,
            end: end as u32,
        }
    }

    /// The smallest span covering both `self` and `other`.
    pub fn to(self, other: Span) -> Span {
        Span {
            start: self.start.min(other.start),
            end: self.end.max(other.end),
        }
    }
}

/// An identifier name (binding, label or property name), shared cheaply between phases.
pub type Name = Rc<str>;

/// The value of a string literal as UTF-16 code units: JavaScript strings may hold lone
/// surrogates (`"\uD800"`), which a Rust `str` cannot.
pub type JsText = Rc<[u16]>;

/// A whole script.
#[derive(Debug)]
pub struct Program {
    pub body: Vec<Stmt>,
    /// The script starts with a `"use strict"` directive.
    pub strict: bool,
    pub span: Span,
}

#[derive(Debug)]
pub struct Stmt {
    pub kind: StmtKind,
    pub span: Span,
}

#[derive(Debug)]
pub enum StmtKind {
    /// `expr;`
    Expr(Box<Expr>),
    /// `var|let|const a = 1, {b} = o;`
    VarDecl(VarDecl),
    /// `function f() {}` (also `async function`, `function*`).
    FunctionDecl(Box<Function>),
    /// `class A {}`
    ClassDecl(Box<Class>),
    /// `return expr;`
    Return(Option<Box<Expr>>),
    /// `if (test) cons else alt`
    If {
        test: Box<Expr>,
        cons: Box<Stmt>,
        alt: Option<Box<Stmt>>,
    },
    /// `{ ... }`
    Block(Vec<Stmt>),
    /// `for (init; test; update) body`
    For {
        init: Option<ForInit>,
        test: Option<Box<Expr>>,
        update: Option<Box<Expr>>,
        body: Box<Stmt>,
    },
    /// `for (left in right) body`
    ForIn {
        left: ForHead,
        right: Box<Expr>,
        body: Box<Stmt>,
    },
    /// `for (left of right) body`, or `for await (left of right) body`.
    ForOf {
        left: ForHead,
        right: Box<Expr>,
        body: Box<Stmt>,
        is_await: bool,
    },
    /// `while (test) body`
    While { test: Box<Expr>, body: Box<Stmt> },
    /// `do body while (test)`
    DoWhile { body: Box<Stmt>, test: Box<Expr> },
    /// `break label;`
    Break(Option<Name>),
    /// `continue label;`
    Continue(Option<Name>),
    /// `throw expr;`
    Throw(Box<Expr>),
    /// `try {} catch (param) {} finally {}`
    Try {
        block: Vec<Stmt>,
        handler: Option<CatchClause>,
        finalizer: Option<Vec<Stmt>>,
    },
    /// `switch (discriminant) { case test: body ... }`
    Switch {
        discriminant: Box<Expr>,
        cases: Vec<SwitchCase>,
    },
    /// `label: body`
    Labeled { label: Name, body: Box<Stmt> },
    /// `with (object) body` (sloppy code only): the object's properties are variables
    /// of the body.
    With { object: Box<Expr>, body: Box<Stmt> },
    /// `;`
    Empty,
    /// `debugger;` (a no-op: jsloop has no debugger to stop in).
    Debugger,
    /// `import ... from 'm';` (modules only, at the top level).
    Import(Box<ImportDecl>),
    /// `export ...` (modules only, at the top level).
    Export(Box<ExportDecl>),
}

/// `import d, * as ns from 'm'`, `import { a, b as c } from 'm'`, `import 'm'`.
#[derive(Debug)]
pub struct ImportDecl {
    /// The module request (the string after `from`).
    pub request: Name,
    /// Each imported binding, in source order.
    pub bindings: Vec<ImportBinding>,
}

/// One name an import declaration binds.
#[derive(Debug)]
pub struct ImportBinding {
    /// The export it reads: a name, `default`, or `None` for `* as local` (the
    /// module's namespace object).
    pub imported: Option<Name>,
    pub local: Name,
    pub span: Span,
}

/// The forms of `export`.
#[derive(Debug)]
pub enum ExportDecl {
    /// `export var|let|const|function|class ...`: the declaration's names are exported.
    Declaration(Box<Stmt>),
    /// `export default expr;`
    DefaultExpr(Box<Expr>),
    /// `export default function [name]() {}`: hoisted like a declaration.
    DefaultFunction(Box<Function>),
    /// `export default class [Name] {}`
    DefaultClass(Box<Class>),
    /// `export { a, b as c } [from 'm'];`
    Named {
        specifiers: Vec<ExportSpecifier>,
        from: Option<Name>,
    },
    /// `export * from 'm';` or `export * as ns from 'm';`
    Star { alias: Option<Name>, from: Name },
}

/// `local as exported` in an export list (`local` is the other module's export name
/// when the list has a `from`).
#[derive(Debug)]
pub struct ExportSpecifier {
    pub local: Name,
    pub exported: Name,
    pub span: Span,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum VarKind {
    Var,
    Let,
    Const,
}

#[derive(Debug)]
pub struct VarDecl {
    pub kind: VarKind,
    pub decls: Vec<VarDeclarator>,
}

/// One `target = init` in a declaration list.
#[derive(Debug)]
pub struct VarDeclarator {
    pub target: Pattern,
    pub init: Option<Box<Expr>>,
    pub span: Span,
}

#[derive(Debug)]
pub enum ForInit {
    VarDecl(VarDecl),
    Expr(Box<Expr>),
}

/// The left side of `for-in` / `for-of`.
#[derive(Debug)]
pub enum ForHead {
    /// `for (const [k, v] of ...)`: a fresh binding per iteration.
    VarDecl(VarKind, Pattern),
    /// `for (x.y of ...)`, `for ([a, b] of ...)`: assignment to an existing target.
    Pattern(Pattern),
}

#[derive(Debug)]
pub struct CatchClause {
    /// `None` for the optional catch binding: `catch { ... }`.
    pub param: Option<Pattern>,
    pub body: Vec<Stmt>,
    pub span: Span,
}

#[derive(Debug)]
pub struct SwitchCase {
    /// `None` for `default:`.
    pub test: Option<Box<Expr>>,
    pub body: Vec<Stmt>,
    pub span: Span,
}

#[derive(Debug)]
pub struct Expr {
    pub kind: ExprKind,
    pub span: Span,
}

impl Expr {
    /// The left operand of a binary or logical operator whose left operand is one too.
    fn spine_left(&mut self) -> Option<&mut Box<Expr>> {
        match &mut self.kind {
            ExprKind::Binary { left, .. } | ExprKind::Logical { left, .. }
                if matches!(
                    left.kind,
                    ExprKind::Binary { .. } | ExprKind::Logical { .. }
                ) =>
            {
                Some(left)
            }
            _ => None,
        }
    }

    /// The operands of a chain of binary and logical operators (`a + b * c - d`): the
    /// leftmost operand, and the right operands from the last operator back to the
    /// first. Walking these instead of recursing keeps a chain of a million operators
    /// from taking a million stack frames.
    pub fn left_spine(&self) -> (&Expr, Vec<&Expr>) {
        let mut rights = Vec::new();
        let mut e = self;
        while let ExprKind::Binary { left, right, .. } | ExprKind::Logical { left, right, .. } =
            &e.kind
        {
            rights.push(&**right);
            e = left;
        }
        (e, rights)
    }
}

impl Drop for Expr {
    /// Unlinks a long left spine one operator at a time, so that each node dropped has
    /// only a leaf on its left and the drop does not recurse down the chain.
    fn drop(&mut self) {
        let mut next = self
            .spine_left()
            .map(|left| std::mem::replace(left, Expr::leaf()));
        while let Some(mut e) = next {
            next = e
                .spine_left()
                .map(|left| std::mem::replace(left, Expr::leaf()));
        }
    }
}

impl Expr {
    /// Takes the expression apart (its `Drop` forbids moving out of its fields).
    pub fn into_kind(mut self) -> ExprKind {
        std::mem::replace(&mut self.kind, ExprKind::Null)
    }

    /// A placeholder that owns nothing, for unlinking a spine.
    fn leaf() -> Box<Expr> {
        Box::new(Expr {
            kind: ExprKind::Null,
            span: Span::default(),
        })
    }
}

#[derive(Debug)]
pub enum ExprKind {
    Number(f64),
    /// `10n`
    BigInt(Rc<num_bigint::BigInt>),
    String(JsText),
    /// A template literal without a tag: quasis.len() == exprs.len() + 1.
    Template(Template),
    /// ``tag`a${b}c` ``
    TaggedTemplate {
        tag: Box<Expr>,
        quasi: Template,
    },
    /// `/pattern/flags`
    Regex {
        pattern: JsText,
        flags: Name,
    },
    Bool(bool),
    Null,
    This,
    Ident(Name),
    /// `[a, , ...b]`; `None` is a hole.
    Array(Vec<Option<ArrayElement>>),
    Object(Vec<PropertyDef>),
    /// A function expression (`function` or `async function` or `function*`).
    Function(Box<Function>),
    /// `(a) => b`, `async a => b`
    Arrow(Box<Function>),
    Class(Box<Class>),
    Unary {
        op: UnaryOp,
        arg: Box<Expr>,
    },
    /// `++x`, `x--`
    Update {
        op: UpdateOp,
        prefix: bool,
        target: Box<Expr>,
    },
    Binary {
        op: BinaryOp,
        left: Box<Expr>,
        right: Box<Expr>,
    },
    /// `&&`, `||`, `??`: the right side is evaluated only when needed.
    Logical {
        op: LogicalOp,
        left: Box<Expr>,
        right: Box<Expr>,
    },
    /// `target op= value`. For `=` the target may be a destructuring pattern; for the
    /// compound operators it is an identifier or member expression (`Pattern::Ident` /
    /// `Pattern::Expr`).
    Assign {
        op: AssignOp,
        target: Box<Pattern>,
        value: Box<Expr>,
    },
    /// `test ? cons : alt`
    Conditional {
        test: Box<Expr>,
        cons: Box<Expr>,
        alt: Box<Expr>,
    },
    /// `callee(args)`; `optional` is the `?.` in `f?.(x)`.
    Call {
        callee: Box<Expr>,
        args: Vec<Argument>,
        optional: bool,
    },
    /// `new callee(args)`; `new C` without parentheses has no arguments.
    New {
        callee: Box<Expr>,
        args: Vec<Argument>,
    },
    /// `object.name`, `object[expr]`; `optional` is the `?.` in `a?.b` / `a?.[b]`.
    Member {
        object: Box<Expr>,
        property: MemberProperty,
        optional: bool,
    },
    /// `super.name`, `super[expr]`
    SuperMember {
        property: MemberProperty,
    },
    /// `super(args)` in a derived class constructor.
    SuperCall {
        args: Vec<Argument>,
    },
    /// The end of an optional chain: a `?.` anywhere inside short-circuits the whole
    /// chain to `undefined`. `a?.b.c` is `OptionalChain(Member(Member(a, b, optional), c))`.
    OptionalChain(Box<Expr>),
    /// `a, b, c`
    Sequence(Vec<Expr>),
    /// `yield arg`, `yield* arg`
    Yield {
        arg: Option<Box<Expr>>,
        delegate: bool,
    },
    /// `await arg`
    Await(Box<Expr>),
    /// `new.target`
    NewTarget,
    /// `import.meta` (modules only)
    ImportMeta,
    /// `import(specifier)`: a promise of the module's namespace.
    ImportCall(Box<Expr>),
    /// `#name` on the left of `in` (a brand check: `#x in obj`).
    PrivateName(Name),
    /// `(expr)`: kept so that assignment-target checks and function-name inference can
    /// tell `(a) = 1` from `a = 1` where the spec makes them differ.
    Paren(Box<Expr>),
}

#[derive(Debug)]
pub struct Template {
    pub quasis: Vec<TemplateElement>,
    pub exprs: Vec<Expr>,
}

#[derive(Debug)]
pub struct TemplateElement {
    /// `None` when the text holds an invalid escape (allowed only in tagged templates).
    pub cooked: Option<JsText>,
    pub raw: JsText,
    pub span: Span,
}

#[derive(Debug)]
pub enum ArrayElement {
    Expr(Expr),
    Spread(Expr),
}

#[derive(Debug)]
pub enum Argument {
    Expr(Expr),
    Spread(Expr),
}

#[derive(Debug)]
pub enum MemberProperty {
    /// `.name`
    Named(Name),
    /// `.#name` (the name is kept with its `#`)
    Private(Name),
    /// `[expr]`
    Computed(Box<Expr>),
}

/// A property name in an object literal, class body or object pattern.
#[derive(Debug)]
pub enum PropertyKey {
    /// `a`, `'a'`, `"a b"`
    Named(JsText),
    /// `1`, `0x10`, `1.5`: converted to its canonical string by the compiler.
    Number(f64),
    /// `[expr]`
    Computed(Box<Expr>),
    /// `#name` in a class body (the name is kept with its `#`).
    Private(Name),
}

#[derive(Debug)]
pub struct PropertyDef {
    pub kind: PropertyDefKind,
    pub span: Span,
}

#[derive(Debug)]
pub enum PropertyDefKind {
    /// `key: value`
    Init { key: PropertyKey, value: Expr },
    /// `{ a }`
    Shorthand(Name),
    /// `key() {}`, `get key() {}`, `set key(v) {}`, `async key() {}`, `*key() {}`
    Method {
        key: PropertyKey,
        kind: MethodKind,
        function: Box<Function>,
    },
    /// `...expr`
    Spread(Expr),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MethodKind {
    Method,
    Get,
    Set,
}

/// A binding or assignment target.
#[derive(Debug)]
pub enum Pattern {
    Ident {
        name: Name,
        span: Span,
    },
    /// `{ a, b: c, ...rest }`
    Object {
        props: Vec<ObjectPatternProp>,
        rest: Option<Box<Pattern>>,
        span: Span,
    },
    /// `[a, , b = 1, ...rest]`; `None` is an elision.
    Array {
        elems: Vec<Option<Pattern>>,
        rest: Option<Box<Pattern>>,
        span: Span,
    },
    /// `target = default`
    Default {
        target: Box<Pattern>,
        default: Box<Expr>,
        span: Span,
    },
    /// A member expression as an assignment target: `o.x = 1`, `[o.a] = arr`.
    /// Never appears in declarations or parameters.
    Expr(Box<Expr>),
}

impl Pattern {
    /// Calls `f` for every name the pattern binds, in source order (BoundNames).
    pub fn for_each_name(&self, f: &mut dyn FnMut(&Name, Span)) {
        match self {
            Pattern::Ident { name, span } => f(name, *span),
            Pattern::Object { props, rest, .. } => {
                for prop in props {
                    prop.value.for_each_name(f);
                }
                if let Some(r) = rest {
                    r.for_each_name(f);
                }
            }
            Pattern::Array { elems, rest, .. } => {
                for e in elems.iter().flatten() {
                    e.for_each_name(f);
                }
                if let Some(r) = rest {
                    r.for_each_name(f);
                }
            }
            Pattern::Default { target, .. } => target.for_each_name(f),
            Pattern::Expr(_) => {}
        }
    }

    pub fn span(&self) -> Span {
        match self {
            Pattern::Ident { span, .. }
            | Pattern::Object { span, .. }
            | Pattern::Array { span, .. }
            | Pattern::Default { span, .. } => *span,
            Pattern::Expr(e) => e.span,
        }
    }
}

/// `key: value` in an object pattern; `{ a }` is `key: Named("a"), value: Ident(a)`.
#[derive(Debug)]
pub struct ObjectPatternProp {
    pub key: PropertyKey,
    pub value: Pattern,
    pub span: Span,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FunctionKind {
    /// `function f() {}` declarations and expressions.
    Normal,
    /// `() => {}`: lexical `this`, `arguments`, `super` and `new.target`.
    Arrow,
    /// Object-literal and class methods, getters and setters (not constructible).
    Method,
    /// A class constructor (`extends` is on the `Class`).
    ClassConstructor,
}

#[derive(Debug)]
pub struct Function {
    pub name: Option<Name>,
    pub kind: FunctionKind,
    pub is_async: bool,
    pub is_generator: bool,
    /// Parameters; each may be a pattern or carry a default.
    pub params: Vec<Pattern>,
    /// `...rest`
    pub rest: Option<Pattern>,
    /// The body; a concise arrow body `x => e` is parsed as `{ return e; }`.
    pub body: Vec<Stmt>,
    /// The body starts with a `"use strict"` directive.
    pub strict: bool,
    /// The whole function's source, for `Function.prototype.toString`.
    pub span: Span,
}

#[derive(Debug)]
pub struct Class {
    pub name: Option<Name>,
    pub extends: Option<Box<Expr>>,
    pub constructor: Option<Box<Function>>,
    pub members: Vec<ClassMember>,
    pub span: Span,
}

#[derive(Debug)]
pub struct ClassMember {
    pub is_static: bool,
    pub kind: ClassMemberKind,
    pub span: Span,
}

#[derive(Debug)]
pub enum ClassMemberKind {
    /// Methods, getters and setters.
    Method {
        key: PropertyKey,
        kind: MethodKind,
        function: Box<Function>,
    },
    /// `key = value;` (a public field).
    Field {
        key: PropertyKey,
        value: Option<Box<Expr>>,
    },
    /// `static { ... }`
    StaticBlock(Vec<Stmt>),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnaryOp {
    Minus,
    Plus,
    Not,
    BitNot,
    Typeof,
    Void,
    Delete,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UpdateOp {
    Increment,
    Decrement,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BinaryOp {
    Add,
    Sub,
    Mul,
    Div,
    Mod,
    Exp,
    Eq,
    NotEq,
    StrictEq,
    StrictNotEq,
    Lt,
    LtEq,
    Gt,
    GtEq,
    Shl,
    Shr,
    UShr,
    BitAnd,
    BitOr,
    BitXor,
    In,
    Instanceof,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LogicalOp {
    And,
    Or,
    Nullish,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AssignOp {
    /// `=`
    Assign,
    /// `+=`, `-=`, ... : `target = target op value`.
    Binary(BinaryOp),
    /// `&&=`, `||=`, `??=`: assign only when the logical operator would evaluate the right.
    Logical(LogicalOp),
}
