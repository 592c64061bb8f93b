//! AST construction for the grammar's actions, with the checks that need only the
//! production at hand: assignment targets, cover grammars, ASI, class constructors.

use crate::ast::*;
use crate::diagnostics::Diagnostic;
use crate::lexer::{TemplatePart, Tok};
use lalrpop_util::{ErrorRecovery, ParseError};
use std::cell::RefCell;
use std::rc::Rc;

/// What a fallible action returns.
pub type Res<T> = Result<T, ParseError<usize, Tok, Diagnostic>>;

/// Formal parameters and the optional rest parameter.
pub type Params = (Vec<Pattern>, Option<Pattern>);

/// A method: key, kind and function.
pub type Method = (PropertyKey, MethodKind, Box<Function>);

/// Template pieces with their spans, and the substitutions between them.
pub type TemplateParts = (Vec<(Rc<TemplatePart>, Span)>, Vec<Expr>);

/// Parser-wide data the actions consult.
pub struct State<'a> {
    source: &'a str,
    /// Token spans, in order, for locating the token an error points at.
    spans: &'a [(usize, usize)],
    nl_before: &'a [bool],
    /// Spans of `{ a = 1 }` properties not (yet) reinterpreted as patterns.
    cover_names: RefCell<Vec<Span>>,
}

impl<'a> State<'a> {
    pub fn new(source: &'a str, spans: &'a [(usize, usize)], nl_before: &'a [bool]) -> State<'a> {
        State {
            source,
            spans,
            nl_before,
            cover_names: RefCell::new(Vec::new()),
        }
    }

    fn index_of(&self, start: usize) -> usize {
        self.spans.partition_point(|s| s.0 < start)
    }

    /// A `{ a = 1 }` that never became a destructuring pattern is an error.
    pub fn check_cover_names(&self) -> Result<(), Diagnostic> {
        match self.cover_names.borrow().iter().min_by_key(|s| s.start) {
            Some(span) => Err(Diagnostic::syntax(
                "Invalid shorthand property initializer",
                *span,
            )),
            None => Ok(()),
        }
    }
}

fn user(message: impl Into<String>, span: Span) -> ParseError<usize, Tok, Diagnostic> {
    ParseError::User {
        error: Diagnostic::syntax(message, span),
    }
}

/// Automatic semicolon insertion: the error recovery reached a `Semi`. It applies only
/// when nothing was skipped, the recovery did not back out of earlier tokens (`lo` is
/// the end of the token before the offending one) and the offending token is `}`, the
/// end of input, or on a new line.
pub fn asi(st: &State, lo: usize, e: ErrorRecovery<usize, Tok, Diagnostic>) -> Res<()> {
    if e.dropped_tokens.is_empty() {
        let (index, allowed) = match &e.error {
            ParseError::UnrecognizedEof { .. } => (st.spans.len(), true),
            ParseError::UnrecognizedToken {
                token: (start, tok, _),
                ..
            } => {
                let i = st.index_of(*start);
                (
                    i,
                    *tok == Tok::RBrace || st.nl_before.get(i).copied().unwrap_or(false),
                )
            }
            _ => (0, false),
        };
        let prev_end = index.checked_sub(1).map(|i| st.spans[i].1);
        if allowed && prev_end == Some(lo) {
            return Ok(());
        }
    }
    Err(e.error)
}

/// `do ... while (x)` takes an inserted semicolon before any token.
pub fn asi_after_do_while(e: ErrorRecovery<usize, Tok, Diagnostic>) -> Res<()> {
    if e.dropped_tokens.is_empty() {
        Ok(())
    } else {
        Err(e.error)
    }
}

pub fn name(s: &str) -> Name {
    Name::from(s)
}

pub fn utf16(s: &str) -> JsText {
    s.encode_utf16().collect::<Vec<u16>>().into()
}

pub fn expr(kind: ExprKind, lo: usize, hi: usize) -> Expr {
    Expr {
        kind,
        span: Span::new(lo, hi),
    }
}

pub fn stmt(kind: StmtKind, lo: usize, hi: usize) -> Stmt {
    Stmt {
        kind,
        span: Span::new(lo, hi),
    }
}

/// A statement whose span may run up to the token after an inserted semicolon: the
/// span ends where its last token does.
pub fn stmt_before(st: &State, kind: StmtKind, lo: usize, hi: usize) -> Stmt {
    let hi = lo + st.source[lo..hi].trim_end().len();
    stmt(kind, lo, hi)
}

/// Whether a body's directive prologue holds `"use strict"` (spelled exactly so).
fn has_use_strict(source: &str, body: &[Stmt]) -> bool {
    for s in body {
        let StmtKind::Expr(e) = &s.kind else { break };
        if !matches!(e.kind, ExprKind::String(_)) {
            break;
        }
        let raw = &source[e.span.start as usize..e.span.end as usize];
        if raw == "'use strict'" || raw == "\"use strict\"" {
            return true;
        }
    }
    false
}

pub fn program(st: &State, body: Vec<Stmt>, lo: usize, hi: usize) -> Res<Program> {
    let strict = has_use_strict(st.source, &body);
    Ok(Program {
        body,
        strict,
        span: Span::new(lo, hi),
    })
}

pub fn single_statement_declaration(lo: usize, hi: usize) -> Res<Stmt> {
    Err(user(
        "Lexical declaration cannot appear in a single-statement context",
        Span::new(lo, hi),
    ))
}

pub fn if_stmt(test: Expr, cons: Stmt, alt: Option<Stmt>, lo: usize, hi: usize) -> Stmt {
    let kind = StmtKind::If {
        test: Box::new(test),
        cons: Box::new(cons),
        alt: alt.map(Box::new),
    };
    stmt(kind, lo, hi)
}

pub fn labeled(label: Name, body: Stmt, lo: usize, hi: usize) -> Stmt {
    stmt(
        StmtKind::Labeled {
            label,
            body: Box::new(body),
        },
        lo,
        hi,
    )
}

/// The head of a loop (or `with`), parsed before its body.
pub enum LoopHead {
    While(Expr),
    With(Expr),
    For(Option<ForInit>, Option<Expr>, Option<Expr>),
    ForIn(ForHead, Expr),
    ForOf(ForHead, Expr, bool),
}

pub fn loop_stmt(head: LoopHead, body: Stmt, lo: usize, hi: usize) -> Res<Stmt> {
    let body = Box::new(body);
    let kind = match head {
        LoopHead::While(test) => StmtKind::While {
            test: Box::new(test),
            body,
        },
        LoopHead::With(object) => StmtKind::With {
            object: Box::new(object),
            body,
        },
        LoopHead::For(init, test, update) => StmtKind::For {
            init,
            test: test.map(Box::new),
            update: update.map(Box::new),
            body,
        },
        LoopHead::ForIn(left, right) => StmtKind::ForIn {
            left,
            right: Box::new(right),
            body,
        },
        LoopHead::ForOf(left, right, is_await) => StmtKind::ForOf {
            left,
            right: Box::new(right),
            body,
            is_await,
        },
    };
    Ok(stmt(kind, lo, hi))
}

/// `for (lhs in/of rhs)` with an expression on the left: it must be an assignment target.
pub fn for_in_of_expr(
    st: &State,
    left: Expr,
    right: Expr,
    of: bool,
    is_await: bool,
) -> Res<LoopHead> {
    if matches!(left.kind, ExprKind::Assign { .. }) {
        return Err(user("Invalid left-hand side in for-loop", left.span));
    }
    if of && !is_await && &st.source[left.span.start as usize..left.span.end as usize] == "async" {
        return Err(user(
            "The left-hand side of a for-of loop may not be 'async'.",
            left.span,
        ));
    }
    let span = left.span;
    let target = to_pattern(st, left, false)
        .map_err(|_| user("Invalid left-hand side in for-loop", span))?;
    let head = ForHead::Pattern(target);
    Ok(if of {
        LoopHead::ForOf(head, right, is_await)
    } else {
        LoopHead::ForIn(head, right)
    })
}

#[allow(clippy::too_many_arguments)]
pub fn function(
    st: &State,
    name: Option<Name>,
    kind: FunctionKind,
    is_async: bool,
    is_generator: bool,
    params: Params,
    body: Vec<Stmt>,
    lo: usize,
    hi: usize,
) -> Res<Box<Function>> {
    let strict = has_use_strict(st.source, &body);
    Ok(Box::new(Function {
        name,
        kind,
        is_async,
        is_generator,
        params: params.0,
        rest: params.1,
        body,
        strict,
        span: Span::new(lo, hi),
    }))
}

pub enum ArrowBody {
    Block(Vec<Stmt>),
    Expr(Expr),
}

pub fn arrow(
    st: &State,
    is_async: bool,
    params: Params,
    body: ArrowBody,
    lo: usize,
    hi: usize,
) -> Res<Expr> {
    let body = match body {
        ArrowBody::Block(body) => body,
        ArrowBody::Expr(e) => {
            let span = e.span;
            vec![Stmt {
                kind: StmtKind::Return(Some(Box::new(e))),
                span,
            }]
        }
    };
    let f = function(
        st,
        None,
        FunctionKind::Arrow,
        is_async,
        false,
        params,
        body,
        lo,
        hi,
    )?;
    Ok(expr(ExprKind::Arrow(f), lo, hi))
}

pub fn ident_pattern(name: Name, lo: usize, hi: usize) -> Pattern {
    Pattern::Ident {
        name,
        span: Span::new(lo, hi),
    }
}

/// The name a method's function gets from a literal key.
fn key_name(key: &PropertyKey) -> Option<Name> {
    match key {
        PropertyKey::Named(text) => Some(Name::from(String::from_utf16_lossy(text))),
        PropertyKey::Private(name) => Some(name.clone()),
        PropertyKey::Number(_) | PropertyKey::Computed(_) => None,
    }
}

#[allow(clippy::too_many_arguments)]
pub fn method(
    st: &State,
    key: PropertyKey,
    kind: MethodKind,
    is_async: bool,
    is_generator: bool,
    params: Params,
    body: Vec<Stmt>,
    lo: usize,
    hi: usize,
) -> Res<Method> {
    let span = Span::new(lo, hi);
    match kind {
        MethodKind::Get if !params.0.is_empty() || params.1.is_some() => {
            return Err(user("Getter must not have any formal parameters.", span));
        }
        MethodKind::Set if params.1.is_some() => {
            return Err(user(
                "Setter function argument must not be a rest parameter",
                span,
            ));
        }
        MethodKind::Set if params.0.len() != 1 => {
            return Err(user("Setter must have exactly one formal parameter.", span));
        }
        _ => {}
    }
    let name = key_name(&key);
    let f = function(
        st,
        name,
        FunctionKind::Method,
        is_async,
        is_generator,
        params,
        body,
        lo,
        hi,
    )?;
    Ok((key, kind, f))
}

/// One element of a class body, before the constructor is picked out.
pub enum ClassElement {
    Method(bool, Method, Span),
    Field(bool, PropertyKey, Option<Expr>, Span),
    StaticBlock(Vec<Stmt>, Span),
    Empty,
}

fn is_named(key: &PropertyKey, name: &str) -> bool {
    matches!(key, PropertyKey::Named(text) if text.iter().copied().eq(name.encode_utf16()))
}

/// How a class element uses a private name, for the rule that a name is declared once
/// (a getter and a setter of the same placement may share it).
#[derive(Clone, Copy, PartialEq)]
enum PrivateUse {
    Getter,
    Setter,
    Other,
}

/// Records the private name `key` declares, if any; a second declaration is an error.
fn declare_private(
    declared: &mut std::collections::HashMap<Name, (PrivateUse, bool)>,
    key: &PropertyKey,
    used: PrivateUse,
    is_static: bool,
    span: Span,
) -> Res<()> {
    let PropertyKey::Private(name) = key else {
        return Ok(());
    };
    let entry = match declared.get(name) {
        None => (used, is_static),
        Some(&(earlier, was_static))
            if was_static == is_static
                && matches!(
                    (earlier, used),
                    (PrivateUse::Getter, PrivateUse::Setter)
                        | (PrivateUse::Setter, PrivateUse::Getter)
                ) =>
        {
            (PrivateUse::Other, is_static)
        }
        Some(_) => {
            return Err(user(
                format!("Identifier '{name}' has already been declared"),
                span,
            ));
        }
    };
    declared.insert(name.clone(), entry);
    Ok(())
}

pub fn class(
    name: Option<Name>,
    tail: (Option<Expr>, Vec<ClassElement>),
    lo: usize,
    hi: usize,
) -> Res<Box<Class>> {
    let (extends, elements) = tail;
    let mut constructor: Option<Box<Function>> = None;
    let mut members = Vec::new();
    let mut private_names = std::collections::HashMap::new();
    for element in elements {
        match element {
            ClassElement::Method(is_static, (key, kind, mut function), span) => {
                if matches!(&key, PropertyKey::Private(name) if &**name == "#constructor") {
                    return Err(user("Class constructor may not be a private method", span));
                }
                let used = match kind {
                    MethodKind::Get => PrivateUse::Getter,
                    MethodKind::Set => PrivateUse::Setter,
                    MethodKind::Method => PrivateUse::Other,
                };
                declare_private(&mut private_names, &key, used, is_static, span)?;
                if !is_static && is_named(&key, "constructor") {
                    let problem = match kind {
                        MethodKind::Get | MethodKind::Set => {
                            Some("Class constructor may not be an accessor")
                        }
                        MethodKind::Method if function.is_generator => {
                            Some("Class constructor may not be a generator")
                        }
                        MethodKind::Method if function.is_async => {
                            Some("Class constructor may not be an async method")
                        }
                        MethodKind::Method if constructor.is_some() => {
                            Some("A class may only have one constructor")
                        }
                        MethodKind::Method => None,
                    };
                    if let Some(message) = problem {
                        return Err(user(message, span));
                    }
                    function.kind = FunctionKind::ClassConstructor;
                    constructor = Some(function);
                    continue;
                }
                if is_static && is_named(&key, "prototype") {
                    return Err(user(
                        "Classes may not have a static property named 'prototype'",
                        span,
                    ));
                }
                members.push(ClassMember {
                    is_static,
                    kind: ClassMemberKind::Method {
                        key,
                        kind,
                        function,
                    },
                    span,
                });
            }
            ClassElement::Field(is_static, key, value, span) => {
                let private_constructor =
                    matches!(&key, PropertyKey::Private(name) if &**name == "#constructor");
                if is_named(&key, "constructor") || private_constructor {
                    return Err(user(
                        "Classes may not have a field named 'constructor'",
                        span,
                    ));
                }
                if is_static && is_named(&key, "prototype") {
                    return Err(user(
                        "Classes may not have a static property named 'prototype'",
                        span,
                    ));
                }
                declare_private(&mut private_names, &key, PrivateUse::Other, is_static, span)?;
                let kind = ClassMemberKind::Field {
                    key,
                    value: value.map(Box::new),
                };
                members.push(ClassMember {
                    is_static,
                    kind,
                    span,
                });
            }
            ClassElement::StaticBlock(body, span) => {
                members.push(ClassMember {
                    is_static: true,
                    kind: ClassMemberKind::StaticBlock(body),
                    span,
                });
            }
            ClassElement::Empty => {}
        }
    }
    Ok(Box::new(Class {
        name,
        extends: extends.map(Box::new),
        constructor,
        members,
        span: Span::new(lo, hi),
    }))
}

pub fn default_pattern(target: Pattern, default: Expr, lo: usize, hi: usize) -> Pattern {
    Pattern::Default {
        target: Box::new(target),
        default: Box::new(default),
        span: Span::new(lo, hi),
    }
}

pub fn shorthand_binding(
    name: Name,
    default: Option<Expr>,
    lo: usize,
    hi: usize,
) -> ObjectPatternProp {
    let key = PropertyKey::Named(utf16(&name));
    let span = Span::new(lo, hi);
    let target = Pattern::Ident {
        name,
        span: Span::new(lo, lo + key_len(&key)),
    };
    let value = match default {
        Some(d) => Pattern::Default {
            target: Box::new(target),
            default: Box::new(d),
            span,
        },
        None => target,
    };
    ObjectPatternProp { key, value, span }
}

fn key_len(key: &PropertyKey) -> usize {
    match key {
        PropertyKey::Named(text) => String::from_utf16_lossy(text).len(),
        _ => 0,
    }
}

pub fn array_pattern(
    mut elems: Vec<Option<Pattern>>,
    last: Option<Pattern>,
    rest: Option<Pattern>,
    lo: usize,
    hi: usize,
) -> Pattern {
    elems.extend(last.map(Some));
    Pattern::Array {
        elems,
        rest: rest.map(Box::new),
        span: Span::new(lo, hi),
    }
}

pub fn sequence(first: Expr, rest: Vec<Expr>, lo: usize, hi: usize) -> Expr {
    let mut all = Vec::with_capacity(rest.len() + 1);
    all.push(first);
    all.extend(rest);
    expr(ExprKind::Sequence(all), lo, hi)
}

/// Strips parentheses: `((a))` is `a` as an assignment target.
fn unparenthesize(e: &Expr) -> &Expr {
    match &e.kind {
        ExprKind::Paren(inner) => unparenthesize(inner),
        _ => e,
    }
}

/// A simple assignment target: an identifier or a (non-optional) member expression,
/// possibly parenthesized.
fn is_simple_target(e: &Expr) -> bool {
    matches!(
        unparenthesize(e).kind,
        ExprKind::Ident(_) | ExprKind::Member { .. } | ExprKind::SuperMember { .. }
    )
}

/// A simple target as a pattern (parentheses removed).
fn simple_pattern(e: Expr) -> Pattern {
    let span = e.span;
    match e.into_kind() {
        ExprKind::Paren(inner) => simple_pattern(*inner),
        ExprKind::Ident(name) => Pattern::Ident { name, span },
        kind => Pattern::Expr(Box::new(Expr { kind, span })),
    }
}

/// Whether a `,` follows `span` (a rest element must not have a trailing comma).
fn comma_follows(source: &str, span: Span) -> bool {
    source[span.end as usize..].trim_start().starts_with(',')
}

/// Reinterprets an expression as an assignment pattern (the spec's cover grammar for
/// destructuring assignment). `nested` targets sit inside an array or object pattern,
/// where `x = default` is allowed.
fn to_pattern(
    st: &State,
    e: Expr,
    nested: bool,
) -> Result<Pattern, ParseError<usize, Tok, Diagnostic>> {
    let invalid = |span| {
        let message = if nested {
            "Invalid destructuring assignment target"
        } else {
            "Invalid left-hand side in assignment"
        };
        user(message, span)
    };
    let span = e.span;
    if is_simple_target(&e) {
        return Ok(simple_pattern(e));
    }
    match e.into_kind() {
        ExprKind::Array(items) => {
            let count = items.len();
            let mut elems = Vec::with_capacity(count);
            let mut rest = None;
            for (i, item) in items.into_iter().enumerate() {
                match item {
                    None => elems.push(None),
                    Some(ArrayElement::Expr(e)) => elems.push(Some(to_pattern(st, e, true)?)),
                    Some(ArrayElement::Spread(e)) if i + 1 == count => {
                        if matches!(e.kind, ExprKind::Assign { .. })
                            || comma_follows(st.source, e.span)
                        {
                            return Err(user("Invalid destructuring assignment target", e.span));
                        }
                        rest = Some(Box::new(to_pattern(st, e, true)?));
                    }
                    Some(ArrayElement::Spread(e)) => {
                        return Err(user("Rest element must be last element", e.span));
                    }
                }
            }
            Ok(Pattern::Array { elems, rest, span })
        }
        ExprKind::Object(defs) => {
            let count = defs.len();
            let mut props = Vec::with_capacity(count);
            let mut rest = None;
            for (i, def) in defs.into_iter().enumerate() {
                match def.kind {
                    PropertyDefKind::Init { key, value } => {
                        st.cover_names.borrow_mut().retain(|s| *s != def.span);
                        let value = to_pattern(st, value, true)?;
                        props.push(ObjectPatternProp {
                            key,
                            value,
                            span: def.span,
                        });
                    }
                    PropertyDefKind::Shorthand(name) => {
                        let value = Pattern::Ident {
                            name: name.clone(),
                            span: def.span,
                        };
                        props.push(ObjectPatternProp {
                            key: PropertyKey::Named(utf16(&name)),
                            value,
                            span: def.span,
                        });
                    }
                    PropertyDefKind::Spread(e)
                        if i + 1 == count
                            && is_simple_target(&e)
                            && !comma_follows(st.source, e.span) =>
                    {
                        rest = Some(Box::new(simple_pattern(e)));
                    }
                    PropertyDefKind::Spread(_) | PropertyDefKind::Method { .. } => {
                        return Err(user("Invalid destructuring assignment target", def.span));
                    }
                }
            }
            Ok(Pattern::Object { props, rest, span })
        }
        ExprKind::Assign {
            op: AssignOp::Assign,
            target,
            value,
        } if nested => Ok(Pattern::Default {
            target,
            default: value,
            span,
        }),
        _ => Err(invalid(span)),
    }
}

pub fn assign(
    st: &State,
    target: Expr,
    op: AssignOp,
    value: Expr,
    lo: usize,
    hi: usize,
) -> Res<Expr> {
    let pattern = match op {
        AssignOp::Assign => match target.kind {
            ExprKind::Paren(_) if !is_simple_target(&target) => {
                return Err(user("Invalid left-hand side in assignment", target.span));
            }
            _ => to_pattern(st, target, false)?,
        },
        _ if is_simple_target(&target) => simple_pattern(target),
        _ => return Err(user("Invalid left-hand side in assignment", target.span)),
    };
    Ok(expr(
        ExprKind::Assign {
            op,
            target: Box::new(pattern),
            value: Box::new(value),
        },
        lo,
        hi,
    ))
}

pub fn conditional(test: Expr, cons: Expr, alt: Expr, lo: usize, hi: usize) -> Expr {
    expr(
        ExprKind::Conditional {
            test: Box::new(test),
            cons: Box::new(cons),
            alt: Box::new(alt),
        },
        lo,
        hi,
    )
}

pub fn logical(left: Expr, op: LogicalOp, right: Expr, lo: usize, hi: usize) -> Expr {
    expr(
        ExprKind::Logical {
            op,
            left: Box::new(left),
            right: Box::new(right),
        },
        lo,
        hi,
    )
}

pub fn binary(left: Expr, op: BinaryOp, right: Expr, lo: usize, hi: usize) -> Expr {
    expr(
        ExprKind::Binary {
            op,
            left: Box::new(left),
            right: Box::new(right),
        },
        lo,
        hi,
    )
}

pub fn unary(op: UnaryOp, arg: Expr, lo: usize, hi: usize) -> Expr {
    expr(
        ExprKind::Unary {
            op,
            arg: Box::new(arg),
        },
        lo,
        hi,
    )
}

pub fn update(target: Expr, op: UpdateOp, prefix: bool, lo: usize, hi: usize) -> Res<Expr> {
    if !is_simple_target(&target) {
        let message = if prefix {
            "Invalid left-hand side expression in prefix operation"
        } else {
            "Invalid left-hand side expression in postfix operation"
        };
        return Err(user(message, target.span));
    }
    Ok(expr(
        ExprKind::Update {
            op,
            prefix,
            target: Box::new(target),
        },
        lo,
        hi,
    ))
}

pub fn member(
    object: Expr,
    property: MemberProperty,
    optional: bool,
    lo: usize,
    hi: usize,
) -> Expr {
    expr(
        ExprKind::Member {
            object: Box::new(object),
            property,
            optional,
        },
        lo,
        hi,
    )
}

pub fn call(callee: Expr, args: Vec<Argument>, optional: bool, lo: usize, hi: usize) -> Expr {
    expr(
        ExprKind::Call {
            callee: Box::new(callee),
            args,
            optional,
        },
        lo,
        hi,
    )
}

/// What follows a `?.`.
pub enum ChainLink {
    Call(Vec<Argument>),
    Named(Name),
    Private(Name),
    Computed(Expr),
}

pub fn chain_link(object: Expr, link: ChainLink, optional: bool, lo: usize, hi: usize) -> Expr {
    match link {
        ChainLink::Call(args) => call(object, args, optional, lo, hi),
        ChainLink::Named(n) => member(object, MemberProperty::Named(n), optional, lo, hi),
        ChainLink::Private(n) => member(object, MemberProperty::Private(n), optional, lo, hi),
        ChainLink::Computed(e) => member(
            object,
            MemberProperty::Computed(Box::new(e)),
            optional,
            lo,
            hi,
        ),
    }
}

pub fn tagged_optional_chain(lo: usize, hi: usize) -> Res<Expr> {
    Err(user(
        "Invalid tagged template on optional chain",
        Span::new(lo, hi),
    ))
}

/// `import.meta`: `meta` is the only property `import.` may name.
pub fn import_meta(name: Name, lo: usize, hi: usize) -> Res<Expr> {
    if &*name == "meta" {
        Ok(expr(ExprKind::ImportMeta, lo, hi))
    } else {
        Err(user(
            format!("Unexpected identifier '{name}'"),
            Span::new(lo, hi),
        ))
    }
}

/// A contextual keyword of the module syntax (`from`, `as`), read as an identifier.
pub fn contextual_keyword(name: Name, keyword: &str, lo: usize, hi: usize) -> Res<()> {
    if &*name == keyword {
        Ok(())
    } else {
        Err(user(
            format!("Unexpected identifier '{name}'"),
            Span::new(lo, hi),
        ))
    }
}

/// A string literal's text as a name (a module request or an export's name); lone
/// surrogates become U+FFFD.
pub fn text_name(text: &JsText) -> Name {
    String::from_utf16_lossy(text).into()
}

pub fn new_target(name: Name, lo: usize, hi: usize) -> Res<Expr> {
    if &*name == "target" {
        Ok(expr(ExprKind::NewTarget, lo, hi))
    } else {
        Err(user(
            format!("Unexpected identifier '{name}'"),
            Span::new(lo, hi),
        ))
    }
}

pub fn template_parts(
    head: (Rc<TemplatePart>, Span),
    first: Expr,
    middles: Vec<(Rc<TemplatePart>, Span, Expr)>,
    tail: (Rc<TemplatePart>, Span),
) -> TemplateParts {
    let mut quasis = vec![head];
    let mut exprs = vec![first];
    for (part, span, e) in middles {
        quasis.push((part, span));
        exprs.push(e);
    }
    quasis.push(tail);
    (quasis, exprs)
}

fn build_template(parts: TemplateParts, tagged: bool) -> Res<Template> {
    let (pieces, exprs) = parts;
    let mut quasis = Vec::with_capacity(pieces.len());
    for (part, span) in pieces {
        let cooked = match &part.cooked {
            Ok(text) => Some(text.clone()),
            Err(_) if tagged => None,
            Err((message, at)) => return Err(user(*message, *at)),
        };
        quasis.push(TemplateElement {
            cooked,
            raw: part.raw.clone(),
            span,
        });
    }
    Ok(Template { quasis, exprs })
}

pub fn template(parts: TemplateParts, lo: usize, hi: usize) -> Res<Expr> {
    Ok(expr(
        ExprKind::Template(build_template(parts, false)?),
        lo,
        hi,
    ))
}

pub fn tagged_template(tag: Expr, parts: TemplateParts, lo: usize, hi: usize) -> Res<Expr> {
    let quasi = build_template(parts, true)?;
    Ok(expr(
        ExprKind::TaggedTemplate {
            tag: Box::new(tag),
            quasi,
        },
        lo,
        hi,
    ))
}

pub fn array(
    mut items: Vec<Option<ArrayElement>>,
    last: Option<ArrayElement>,
    lo: usize,
    hi: usize,
) -> Expr {
    items.extend(last.map(Some));
    expr(ExprKind::Array(items), lo, hi)
}

pub fn property(kind: PropertyDefKind, lo: usize, hi: usize) -> PropertyDef {
    PropertyDef {
        kind,
        span: Span::new(lo, hi),
    }
}

/// `{ a = 1 }`: valid only as a destructuring pattern, so it is recorded until the
/// object literal is reinterpreted as one.
pub fn cover_initialized_name(
    st: &State,
    n: Name,
    value: Expr,
    lo: usize,
    name_hi: usize,
    hi: usize,
) -> PropertyDef {
    let span = Span::new(lo, hi);
    st.cover_names.borrow_mut().push(span);
    let target = Pattern::Ident {
        name: n.clone(),
        span: Span::new(lo, name_hi),
    };
    let value = expr(
        ExprKind::Assign {
            op: AssignOp::Assign,
            target: Box::new(target),
            value: Box::new(value),
        },
        lo,
        hi,
    );
    property(
        PropertyDefKind::Init {
            key: PropertyKey::Named(utf16(&n)),
            value,
        },
        lo,
        hi,
    )
}
