//! Parser tests: AST shapes (as compact S-expressions), error messages and spans, and
//! robustness against garbage, truncation and deep nesting.

use super::parse;
use crate::ast::*;

/// Renders a program as one S-expression per statement, one per line.
fn sexp(source: &str) -> String {
    match parse(source) {
        Ok(p) => {
            let body: Vec<String> = p.body.iter().map(stmt).collect();
            let strict = if p.strict { "strict " } else { "" };
            format!("{strict}{}", body.join("\n"))
        }
        Err(e) => panic!("{source:?} failed: {} at {:?}", e.message, e.span),
    }
}

/// Parses `source`, which must fail, and returns "message @start..end".
fn fails(source: &str) -> String {
    match parse(source) {
        Ok(p) => panic!("{source:?} parsed: {p:?}"),
        Err(e) => format!("{} @{}..{}", e.message, e.span.start, e.span.end),
    }
}

fn text(t: &[u16]) -> String {
    String::from_utf16_lossy(t)
}

fn list<T>(items: &[T], f: impl Fn(&T) -> String) -> String {
    items.iter().map(f).collect::<Vec<_>>().join(" ")
}

fn block(body: &[Stmt]) -> String {
    format!("{{{}}}", list(body, stmt))
}

fn stmt(s: &Stmt) -> String {
    match &s.kind {
        StmtKind::Expr(e) => expr(e),
        StmtKind::VarDecl(d) => var_decl(d),
        StmtKind::FunctionDecl(f) => function(f),
        StmtKind::ClassDecl(c) => class(c),
        StmtKind::Return(e) => format!("(return{})", opt(e.as_deref())),
        StmtKind::If { test, cons, alt } => {
            let alt = alt
                .as_deref()
                .map(|a| format!(" {}", stmt(a)))
                .unwrap_or_default();
            format!("(if {} {}{alt})", expr(test), stmt(cons))
        }
        StmtKind::Block(body) => block(body),
        StmtKind::For {
            init,
            test,
            update,
            body,
        } => {
            let init = match init {
                Some(ForInit::VarDecl(d)) => var_decl(d),
                Some(ForInit::Expr(e)) => expr(e),
                None => "_".into(),
            };
            let t = test.as_deref().map_or("_".into(), expr);
            let u = update.as_deref().map_or("_".into(), expr);
            format!("(for {init} {t} {u} {})", stmt(body))
        }
        StmtKind::ForIn { left, right, body } => {
            format!("(for-in {} {} {})", head(left), expr(right), stmt(body))
        }
        StmtKind::ForOf {
            left,
            right,
            body,
            is_await,
        } => {
            let kw = if *is_await { "for-await" } else { "for-of" };
            format!("({kw} {} {} {})", head(left), expr(right), stmt(body))
        }
        StmtKind::While { test, body } => format!("(while {} {})", expr(test), stmt(body)),
        StmtKind::DoWhile { body, test } => format!("(do {} {})", stmt(body), expr(test)),
        StmtKind::Break(l) => format!(
            "(break{})",
            l.as_ref().map(|l| format!(" {l}")).unwrap_or_default()
        ),
        StmtKind::Continue(l) => format!(
            "(continue{})",
            l.as_ref().map(|l| format!(" {l}")).unwrap_or_default()
        ),
        StmtKind::Throw(e) => format!("(throw {})", expr(e)),
        StmtKind::Try {
            block: b,
            handler,
            finalizer,
        } => {
            let h = handler.as_ref().map(|h| {
                let p = h
                    .param
                    .as_ref()
                    .map(|p| format!(" {}", pattern(p)))
                    .unwrap_or_default();
                format!(" (catch{p} {})", block(&h.body))
            });
            let f = finalizer
                .as_ref()
                .map(|f| format!(" (finally {})", block(f)));
            format!(
                "(try {}{}{})",
                block(b),
                h.unwrap_or_default(),
                f.unwrap_or_default()
            )
        }
        StmtKind::Switch {
            discriminant,
            cases,
        } => {
            let cases = list(cases, |c| {
                let t = c.test.as_deref().map_or("default".into(), expr);
                format!("(case {t} {})", list(&c.body, stmt))
            });
            format!("(switch {} {cases})", expr(discriminant))
        }
        StmtKind::Labeled { label, body } => format!("(label {label} {})", stmt(body)),
        StmtKind::With { object, body } => format!("(with {} {})", expr(object), stmt(body)),
        StmtKind::Empty => "(empty)".into(),
        StmtKind::Debugger => "(debugger)".into(),
        StmtKind::Import(d) => {
            let bindings: Vec<String> = d
                .bindings
                .iter()
                .map(|b| format!(" {}:{}", b.imported.as_deref().unwrap_or("*"), b.local))
                .collect();
            format!("(import {:?}{})", d.request, bindings.concat())
        }
        StmtKind::Export(d) => match &**d {
            ExportDecl::Declaration(s) => format!("(export {})", stmt(s)),
            ExportDecl::DefaultExpr(e) => format!("(export-default {})", expr(e)),
            ExportDecl::DefaultFunction(f) => format!("(export-default {})", function(f)),
            ExportDecl::DefaultClass(c) => format!("(export-default {})", class(c)),
            ExportDecl::Named { specifiers, from } => {
                let names: Vec<String> = specifiers
                    .iter()
                    .map(|s| format!(" {}:{}", s.local, s.exported))
                    .collect();
                let from = from
                    .as_ref()
                    .map(|m| format!(" from {m:?}"))
                    .unwrap_or_default();
                format!("(export{}{from})", names.concat())
            }
            ExportDecl::Star { alias, from } => {
                format!("(export-star {} {from:?})", alias.as_deref().unwrap_or("*"))
            }
        },
    }
}

fn opt(e: Option<&Expr>) -> String {
    e.map(|e| format!(" {}", expr(e))).unwrap_or_default()
}

fn var_decl(d: &VarDecl) -> String {
    let kind = match d.kind {
        VarKind::Var => "var",
        VarKind::Let => "let",
        VarKind::Const => "const",
    };
    let decls = list(&d.decls, |d| match &d.init {
        Some(init) => format!("{} {}", pattern(&d.target), expr(init)),
        None => pattern(&d.target),
    });
    format!("({kind} {decls})")
}

fn head(h: &ForHead) -> String {
    match h {
        ForHead::VarDecl(kind, p) => format!("({kind:?} {})", pattern(p)).to_lowercase(),
        ForHead::Pattern(p) => pattern(p),
    }
}

fn function(f: &Function) -> String {
    let mut tags = String::new();
    if f.is_async {
        tags.push_str("async ");
    }
    if f.is_generator {
        tags.push('*');
    }
    if f.strict {
        tags.push_str("strict ");
    }
    let kind = match f.kind {
        FunctionKind::Normal => "function",
        FunctionKind::Arrow => "arrow",
        FunctionKind::Method => "method",
        FunctionKind::ClassConstructor => "constructor",
    };
    let name = f.name.as_ref().map(|n| format!(" {n}")).unwrap_or_default();
    let mut params = list(&f.params, pattern);
    if let Some(r) = &f.rest {
        params = format!("{params} ...{}", pattern(r))
            .trim_start()
            .to_string();
    }
    format!("({tags}{kind}{name} [{params}] {})", block(&f.body))
}

fn class(c: &Class) -> String {
    let name = c.name.as_ref().map(|n| format!(" {n}")).unwrap_or_default();
    let ext = c
        .extends
        .as_deref()
        .map(|e| format!(" extends {}", expr(e)))
        .unwrap_or_default();
    let ctor = c
        .constructor
        .as_deref()
        .map(|f| format!(" {}", function(f)))
        .unwrap_or_default();
    let members = list(&c.members, |m| {
        let s = if m.is_static { "static " } else { "" };
        match &m.kind {
            ClassMemberKind::Method {
                key: k,
                kind,
                function: f,
            } => format!("({s}{kind:?} {} {})", key(k), function(f)),
            ClassMemberKind::Field { key: k, value } => {
                format!("({s}field {}{})", key(k), opt(value.as_deref()))
            }
            ClassMemberKind::StaticBlock(body) => format!("(static {})", block(body)),
        }
    });
    format!("(class{name}{ext}{ctor} [{members}])")
}

fn key(k: &PropertyKey) -> String {
    match k {
        PropertyKey::Named(t) => text(t),
        PropertyKey::Number(n) => format!("#{n}"),
        PropertyKey::Computed(e) => format!("[{}]", expr(e)),
        PropertyKey::Private(n) => n.to_string(),
    }
}

fn pattern(p: &Pattern) -> String {
    match p {
        Pattern::Ident { name, .. } => name.to_string(),
        Pattern::Object { props, rest, .. } => {
            let mut parts: Vec<String> = props
                .iter()
                .map(|p| format!("{}: {}", key(&p.key), pattern(&p.value)))
                .collect();
            parts.extend(rest.as_deref().map(|r| format!("...{}", pattern(r))));
            format!("{{{}}}", parts.join(", "))
        }
        Pattern::Array { elems, rest, .. } => {
            let mut parts: Vec<String> = elems
                .iter()
                .map(|e| e.as_ref().map(pattern).unwrap_or_default())
                .collect();
            parts.extend(rest.as_deref().map(|r| format!("...{}", pattern(r))));
            format!("[{}]", parts.join(", "))
        }
        Pattern::Default {
            target, default, ..
        } => format!("(= {} {})", pattern(target), expr(default)),
        Pattern::Expr(e) => expr(e),
    }
}

fn args(a: &[Argument]) -> String {
    list(a, |a| match a {
        Argument::Expr(e) => expr(e),
        Argument::Spread(e) => format!("...{}", expr(e)),
    })
}

fn template(t: &Template) -> String {
    let mut parts = Vec::new();
    for (i, q) in t.quasis.iter().enumerate() {
        let cooked = q
            .cooked
            .as_deref()
            .map_or("<invalid>".into(), |c| format!("{:?}", text(c)));
        parts.push(format!("{cooked}/{:?}", text(&q.raw)));
        if let Some(e) = t.exprs.get(i) {
            parts.push(expr(e));
        }
    }
    format!("(template {})", parts.join(" "))
}

fn member_property(p: &MemberProperty) -> String {
    match p {
        MemberProperty::Named(n) | MemberProperty::Private(n) => n.to_string(),
        MemberProperty::Computed(e) => format!("[{}]", expr(e)),
    }
}

fn expr(e: &Expr) -> String {
    match &e.kind {
        ExprKind::PrivateName(n) => n.to_string(),
        ExprKind::Number(n) => format!("{n}"),
        ExprKind::BigInt(n) => format!("{n}n"),
        ExprKind::String(s) => format!("{:?}", text(s)),
        ExprKind::Template(t) => template(t),
        ExprKind::TaggedTemplate { tag, quasi } => {
            format!("(tag {} {})", expr(tag), template(quasi))
        }
        ExprKind::Regex { pattern, flags } => format!("/{}/{flags}", text(pattern)),
        ExprKind::Bool(b) => b.to_string(),
        ExprKind::Null => "null".into(),
        ExprKind::This => "this".into(),
        ExprKind::Ident(n) => n.to_string(),
        ExprKind::Array(items) => {
            let items: Vec<String> = items
                .iter()
                .map(|i| match i {
                    None => String::new(),
                    Some(ArrayElement::Expr(e)) => expr(e),
                    Some(ArrayElement::Spread(e)) => format!("...{}", expr(e)),
                })
                .collect();
            format!("[{}]", items.join(", "))
        }
        ExprKind::Object(props) => {
            let props: Vec<String> = props
                .iter()
                .map(|p| match &p.kind {
                    PropertyDefKind::Init { key: k, value } => {
                        format!("{}: {}", key(k), expr(value))
                    }
                    PropertyDefKind::Shorthand(n) => n.to_string(),
                    PropertyDefKind::Method {
                        key: k,
                        kind,
                        function: f,
                    } => format!("{kind:?} {} {}", key(k), function(f)),
                    PropertyDefKind::Spread(e) => format!("...{}", expr(e)),
                })
                .collect();
            format!("{{{}}}", props.join(", "))
        }
        ExprKind::Function(f) | ExprKind::Arrow(f) => function(f),
        ExprKind::Class(c) => class(c),
        ExprKind::Unary { op, arg } => format!("({op:?} {})", expr(arg)),
        ExprKind::Update { op, prefix, target } => {
            let op = if *op == UpdateOp::Increment {
                "++"
            } else {
                "--"
            };
            if *prefix {
                format!("({op}pre {})", expr(target))
            } else {
                format!("(post{op} {})", expr(target))
            }
        }
        ExprKind::Binary { op, left, right } => format!("({op:?} {} {})", expr(left), expr(right)),
        ExprKind::Logical { op, left, right } => format!("({op:?} {} {})", expr(left), expr(right)),
        ExprKind::Assign { op, target, value } => {
            let op = match op {
                AssignOp::Assign => "=".into(),
                AssignOp::Binary(b) => format!("{b:?}="),
                AssignOp::Logical(l) => format!("{l:?}="),
            };
            format!("({op} {} {})", pattern(target), expr(value))
        }
        ExprKind::Conditional { test, cons, alt } => {
            format!("(? {} {} {})", expr(test), expr(cons), expr(alt))
        }
        ExprKind::Call {
            callee,
            args: a,
            optional,
        } => {
            let q = if *optional { "?." } else { "" };
            format!(
                "({q}call {}{}{})",
                expr(callee),
                if a.is_empty() { "" } else { " " },
                args(a)
            )
        }
        ExprKind::New { callee, args: a } => format!(
            "(new {}{}{})",
            expr(callee),
            if a.is_empty() { "" } else { " " },
            args(a)
        ),
        ExprKind::Member {
            object,
            property,
            optional,
        } => {
            let q = if *optional { "?." } else { "." };
            format!("({q} {} {})", expr(object), member_property(property))
        }
        ExprKind::SuperMember { property } => format!("(. super {})", member_property(property)),
        ExprKind::SuperCall { args: a } => format!("(super {})", args(a)),
        ExprKind::OptionalChain(inner) => format!("(chain {})", expr(inner)),
        ExprKind::Sequence(items) => format!("(, {})", list(items, expr)),
        ExprKind::Yield { arg, delegate } => format!(
            "(yield{}{})",
            if *delegate { "*" } else { "" },
            opt(arg.as_deref())
        ),
        ExprKind::Await(arg) => format!("(await {})", expr(arg)),
        ExprKind::NewTarget => "new.target".into(),
        ExprKind::ImportMeta => "import.meta".into(),
        ExprKind::ImportCall(e) => format!("(import {})", expr(e)),
        ExprKind::Paren(inner) => format!("(paren {})", expr(inner)),
    }
}

#[test]
fn precedence_and_associativity() {
    assert_eq!(sexp("a + b * c - d"), "(Sub (Add a (Mul b c)) d)");
    assert_eq!(sexp("a ** b ** c"), "(Exp a (Exp b c))");
    assert_eq!(sexp("(-2) ** 2"), "(Exp (paren (Minus 2)) 2)");
    assert_eq!(
        sexp("a || b && c | d ^ e & f"),
        "(Or a (And b (BitOr c (BitXor d (BitAnd e f)))))"
    );
    assert_eq!(sexp("a ?? b ?? c"), "(Nullish (Nullish a b) c)");
    assert_eq!(sexp("a = b = c"), "(= a (= b c))");
    assert_eq!(sexp("a ? b : c ? d : e"), "(? a b (? c d e))");
    assert_eq!(
        sexp("a < b == c instanceof d"),
        "(Eq (Lt a b) (Instanceof c d))"
    );
    assert_eq!(sexp("x = a, b"), "(, (= x a) b)");
    assert_eq!(sexp("typeof typeof x"), "(Typeof (Typeof x))");
    assert_eq!(
        sexp("a ||= b; a &&= c; a ??= d; x **= 2"),
        "(Or= a b)\n(And= a c)\n(Nullish= a d)\n(Exp= x 2)"
    );
    assert_eq!(sexp("i++ + ++j"), "(Add (post++ i) (++pre j))");
}

#[test]
fn members_calls_and_new() {
    assert_eq!(sexp("new new A()()"), "(new (new A))");
    assert_eq!(sexp("new A"), "(new A)");
    assert_eq!(sexp("new A.b(c).d"), "(. (new (. A b) c) d)");
    assert_eq!(
        sexp("f(a, ...b)(c)[d].e"),
        "(. ([] placeholder) e)".replace("([] placeholder)", "(. (call (call f a ...b) c) [d])")
    );
    assert_eq!(sexp("a.if.class"), "(. (. a if) class)");
    assert_eq!(
        sexp("function f() { new.target }"),
        "(function f [] {new.target})"
    );
}

#[test]
fn optional_chains_wrap_the_whole_chain() {
    assert_eq!(sexp("a?.b.c"), "(chain (. (?. a b) c))");
    assert_eq!(sexp("a?.[b]?.(c).d"), "(chain (. (?.call (?. a [b]) c) d))");
    assert_eq!(sexp("f?.()"), "(chain (?.call f))");
    assert_eq!(sexp("a ? .5 : 1"), "(? a 0.5 1)");
}

#[test]
fn literals() {
    assert_eq!(
        sexp("1_000 + 0x1F + 0o17 + 0b11 + 017 + 1e3 + .5"),
        "(Add (Add (Add (Add (Add (Add 1000 31) 15) 3) 15) 1000) 0.5)"
    );
    assert_eq!(sexp("08"), "8");
    assert_eq!(
        sexp(
            r#""\u{1F600}\x41\u0042\
c\0""#
        ),
        r#""😀ABc\0""#
    );
    assert_eq!(sexp(r#"'\101'"#), "\"A\"");
    assert_eq!(sexp("/[/]\\//gi"), "/[/]\\//gi");
    assert_eq!(sexp("[1, , ...a, ]"), "[1, , ...a]");
    assert_eq!(
        sexp("x = {a, b: 1, [c]: 2, 'd': 3, 4: 5, ...e, get f() {}, set f(v) {}, async *g() {}}"),
        "(= x {a, b: 1, [c]: 2, d: 3, #4: 5, ...e, Get f (method f [] {}), Set f (method f [v] {}), Method g (async *method g [] {})})"
    );
}

#[test]
fn lone_surrogates_stay_code_units() {
    let p = parse(r#""\uD800""#).unwrap();
    let StmtKind::Expr(e) = &p.body[0].kind else {
        panic!()
    };
    assert!(matches!(&e.kind, ExprKind::String(s) if **s == [0xD800]));
}

#[test]
fn templates_cook_and_keep_raw() {
    assert_eq!(
        sexp("`a${b}c${`d${e}`}`"),
        r#"(template "a"/"a" b "c"/"c" (template "d"/"d" e ""/"") ""/"")"#
    );
    assert_eq!(
        sexp("tag`\\unicode\\n`"),
        r#"(tag tag (template <invalid>/"\\unicode\\n"))"#
    );
    assert_eq!(sexp("`a\r\nb`"), r#"(template "a\nb"/"a\nb")"#);
    assert_eq!(
        fails("`\\unicode`"),
        "Invalid Unicode escape sequence @1..3"
    );
}

#[test]
fn regex_or_division() {
    assert_eq!(sexp("a / b / c"), "(Div (Div a b) c)");
    assert_eq!(sexp("x = a\n/b/g"), "(= x (Div (Div a b) g))");
    assert_eq!(sexp("if (x) /re/.test(y)"), "(if x (call (. /re/ test) y))");
    assert_eq!(sexp("for (x of /re/g) ;"), "(for-of x /re/g (empty))");
    assert_eq!(
        sexp("function* g() { yield /re/ }"),
        "(*function g [] {(yield /re/)})"
    );
    assert_eq!(
        sexp("x = function(){} / 1"),
        "(= x (Div (function [] {}) 1))"
    );
}

#[test]
fn automatic_semicolon_insertion() {
    assert_eq!(sexp("a\nb"), "a\nb");
    assert_eq!(sexp("a = b\n(c)"), "(= a (call b c))");
    assert_eq!(sexp("a\n++b"), "a\n(++pre b)");
    assert_eq!(
        sexp("function f() { return\n1 }"),
        "(function f [] {(return) 1})"
    );
    assert_eq!(sexp("do x; while (y) z"), "(do x y)\nz");
    assert_eq!(sexp("{ a } b"), "{a}\nb");
    assert_eq!(
        sexp("l: for (;;) { continue\nl }"),
        "(label l (for _ _ _ {(continue) l}))"
    );
    assert_eq!(fails("a b"), "Unexpected identifier 'b' @2..3");
    assert_eq!(
        fails("function f() { return a + }"),
        "Unexpected token '}' @26..27"
    );
    assert_eq!(fails("throw\n1"), "Illegal newline after throw @0..5");
}

#[test]
fn declarations_and_destructuring() {
    assert_eq!(
        sexp("var {a, b: [c, d = 1], ...e} = o"),
        "(var {a: a, b: [c, (= d 1)], ...e} o)"
    );
    assert_eq!(sexp("let [, a, ...b] = c, d"), "(let [, a, ...b] c d)");
    assert_eq!(sexp("[a, b] = [b, a]"), "(= [a, b] [b, a])");
    assert_eq!(
        sexp("({a = 1, b: {c = 2}, ...r} = o)"),
        "(paren (= {a: (= a 1), b: {c: (= c 2)}, ...r} o))"
    );
    assert_eq!(sexp("[o.a, ...o.b] = x"), "(= [(. o a), ...(. o b)] x)");
    assert_eq!(sexp("(a) = 1"), "(= a 1)");
    assert_eq!(sexp("let\n[a] = b"), "(let [a] b)");
    assert_eq!(
        sexp("let = 1; let.x; var let"),
        "(= let 1)\n(. let x)\n(var let)"
    );
    assert_eq!(sexp("if (a) let\n{}"), "(if a let)\n{}");
}

#[test]
fn loops_and_heads() {
    assert_eq!(
        sexp("for (var i = 0, j; i < j; i++) ;"),
        "(for (var i 0 j) (Lt i j) (post++ i) (empty))"
    );
    assert_eq!(
        sexp("for (const [k, v] of m) {}"),
        "(for-of (const [k, v]) m {})"
    );
    assert_eq!(sexp("for (x.y in o) {}"), "(for-in (. x y) o {})");
    assert_eq!(sexp("for ([a, b] of c) ;"), "(for-of [a, b] c (empty))");
    assert_eq!(sexp("for (let in o) ;"), "(for-in let o (empty))");
    assert_eq!(
        sexp(
            "for (a in b in c;;) ;"
                .replace(" in b in c", " = (b in c)")
                .as_str()
        ),
        "(for (= a (paren (In b c))) _ _ (empty))"
    );
    assert_eq!(
        sexp("async function f() { for await (x of y) ; }"),
        "(async function f [] {(for-await x y (empty))})"
    );
}

#[test]
fn functions_arrows_and_contextual_keywords() {
    assert_eq!(
        sexp("(a, {b}, ...c) => a"),
        "(arrow [a {b: b} ...c] {(return a)})"
    );
    assert_eq!(
        sexp("x => y => x"),
        "(arrow [x] {(return (arrow [y] {(return x)}))})"
    );
    assert_eq!(
        sexp("async (a = 1) => { await a }"),
        "(async arrow [(= a 1)] {(await a)})"
    );
    assert_eq!(sexp("async x => x"), "(async arrow [x] {(return x)})");
    assert_eq!(
        sexp("async(a); async = 1; async\nfunction f() {}"),
        "(call async a)\n(= async 1)\nasync\n(function f [] {})"
    );
    assert_eq!(sexp("() => ({})"), "(arrow [] {(return (paren {}))})");
    assert_eq!(
        sexp("function* g() { yield; yield* a; yield\nb }"),
        "(*function g [] {(yield) (yield* a) (yield) b})"
    );
    assert_eq!(
        sexp("function f() { var yield, await; }"),
        "(function f [] {(var yield await)})"
    );
    assert_eq!(
        sexp("var of, get, set, static; of = get"),
        "(var of get set static)\n(= of get)"
    );
    assert_eq!(
        sexp(
            "function f(a, b = 1, [c]) { 'use strict' }"
                .replace("'use strict'", "x")
                .as_str()
        ),
        "(function f [a (= b 1) [c]] {x})"
    );
    assert_eq!(
        sexp("function f() { 'use strict'; }"),
        "(strict function f [] {\"use strict\"})"
    );
    assert_eq!(sexp("'use strict'; a"), "strict \"use strict\"\na");
}

#[test]
fn classes() {
    assert_eq!(
        sexp(
            "class A extends B { constructor(x) { super(x) } static m() { super.m() } get [k]() {} x = 1; static y; static { this.z = 1 } }"
        ),
        "(class A extends B (constructor constructor [x] {(super x)}) [(static Method m (method m [] {(call (. super m))})) (Get [k] (method [] {})) (field x 1) (static field y) (static {(= (. this z) 1)})])"
    );
    assert_eq!(
        sexp("class A { static async *gen() {} 'constructor'() {} static = 1; async\nfoo() {} }"),
        "(class A (constructor constructor [] {}) [(static Method gen (async *method gen [] {})) (field static 1) (field async) (Method foo (method foo [] {}))])"
    );
    assert_eq!(sexp("x = class {}"), "(= x (class []))");
}

#[test]
fn statements() {
    assert_eq!(
        sexp("try {} catch {} finally {}"),
        "(try {} (catch {}) (finally {}))"
    );
    assert_eq!(
        sexp("try {} catch ({message}) {}"),
        "(try {} (catch {message: message} {}))"
    );
    assert_eq!(
        sexp("switch (x) { case 1: a; default: b }"),
        "(switch x (case 1 a) (case default b))"
    );
    assert_eq!(sexp("if (a) if (b) c; else d"), "(if a (if b c d))");
    assert_eq!(
        sexp("a: b: while (1) break a"),
        "(label a (label b (while 1 (break a))))"
    );
    assert_eq!(sexp("debugger; ;"), "(debugger)\n(empty)");
}

#[test]
fn node_error_messages() {
    let cases = [
        ("let a = (1", "Unexpected end of input @10..10"),
        ("f(a b)", "missing ) after argument list @2..3"),
        ("function f(a b){}", "Unexpected identifier 'b' @13..14"),
        ("a = /abc", "Invalid regular expression: missing / @4..5"),
        ("3in x", "Invalid or unexpected token @0..1"),
        (
            "-2 ** 2",
            "Unary operator used immediately before exponentiation expression. Parenthesis must be used to disambiguate operator precedence @3..5",
        ),
        ("a ?? b || c", "Unexpected token '||' @7..9"),
        ("a => {}\n=> 1", "Unexpected token '=>' @8..10"),
        (
            "if (1) let x = 1",
            "Lexical declaration cannot appear in a single-statement context @7..16",
        ),
        ("break", "Illegal break statement @0..5"),
        ("x: x: 1", "Label 'x' has already been declared @3..7"),
        (
            "continue",
            "Illegal continue statement: no surrounding iteration statement @0..8",
        ),
        (
            "l: { continue l }",
            "Illegal continue statement: 'l' does not denote an iteration statement @5..15",
        ),
        ("for(;;) { break foo }", "Undefined label 'foo' @10..19"),
        ("return", "Illegal return statement @0..6"),
        (
            "\"use strict\"; var let = 1",
            "Unexpected strict mode reserved word @18..21",
        ),
        (
            "\"use strict\"; eval = 1",
            "Unexpected eval or arguments in strict mode @14..18",
        ),
        (
            "\"use strict\"; 017",
            "Octal literals are not allowed in strict mode. @14..17",
        ),
        (
            "\"use strict\"; \"\\017\"",
            "Octal escape sequences are not allowed in strict mode. @14..20",
        ),
        (
            "function f() { \"use strict\"; 08 }",
            "Decimals with leading zeros are not allowed in strict mode. @29..31",
        ),
        ("({a=1})", "Invalid shorthand property initializer @2..5"),
        (
            "({__proto__:1, __proto__:2})",
            "Duplicate __proto__ fields are not allowed in object literals @15..26",
        ),
        (
            "class A { constructor(){} constructor(){} }",
            "A class may only have one constructor @26..41",
        ),
        (
            "class A { get constructor(){} }",
            "Class constructor may not be an accessor @10..29",
        ),
        (
            "class A { constructor = 1 }",
            "Classes may not have a field named 'constructor' @10..25",
        ),
        (
            "function f(a,a){\"use strict\"}",
            "Duplicate parameter name not allowed in this context @13..14",
        ),
        (
            "(a, a) => 1",
            "Duplicate parameter name not allowed in this context @4..5",
        ),
        (
            "function f(a=1){\"use strict\"}",
            "Illegal 'use strict' directive in function with non-simple parameter list @0..29",
        ),
        ("1 = 2", "Invalid left-hand side in assignment @0..1"),
        ("let y = = 3", "Unexpected token '=' @8..9"),
        ("[1] = 2", "Invalid destructuring assignment target @1..2"),
        (
            "++1",
            "Invalid left-hand side expression in prefix operation @2..3",
        ),
        (
            "1++",
            "Invalid left-hand side expression in postfix operation @0..1",
        ),
        ("for (1 of x);", "Invalid left-hand side in for-loop @5..6"),
        ("super.x", "'super' keyword unexpected here @0..7"),
        (
            "({ a() { super(); } })",
            "'super' keyword unexpected here @9..16",
        ),
        (
            "new.target",
            "new.target expression is not allowed here @0..10",
        ),
        ("a?.b = 1", "Invalid left-hand side in assignment @0..4"),
        (
            "new a?.b",
            "Invalid optional chain from new expression @5..7",
        ),
        ("a?.b`x`", "Invalid tagged template on optional chain @0..7"),
        ("/a/gg", "Invalid regular expression flags @0..5"),
        ("\"\\x4\"", "Invalid hexadecimal escape sequence @1..3"),
        ("var enum", "Unexpected reserved word @4..8"),
        ("export default 1", "Unexpected token 'export' @0..6"),
        (
            "function* g(a = yield){}",
            "Yield expression not allowed in formal parameter @16..21",
        ),
        (
            "async function f(a = await 1){}",
            "Illegal await-expression in formal parameters of async function @21..28",
        ),
        (
            "({ get a(x){} })",
            "Getter must not have any formal parameters. @3..13",
        ),
        (
            "({ set a(){} })",
            "Setter must have exactly one formal parameter. @3..12",
        ),
        (
            "\"use strict\"; delete x",
            "Delete of an unqualified identifier in strict mode. @14..22",
        ),
        (
            "let let = 1",
            "let is disallowed as a lexically bound name @4..7",
        ),
        ("const a;", "Missing initializer in const declaration @6..7"),
        (
            "\\u0069f (1);",
            "Keyword must not contain escaped characters @0..7",
        ),
        ("a\\u0020", "Invalid or unexpected token @1..7"),
        ("@", "Invalid or unexpected token @0..1"),
        ("a 1", "Unexpected number @2..3"),
        ("a \"s\"", "Unexpected string @2..5"),
        ("a `t`.x b", "Unexpected identifier 'b' @8..9"),
        ("var 1", "Unexpected number @4..5"),
        (
            "() => { await x }",
            "await is only valid in async functions and the top level bodies of modules @14..15",
        ),
        (
            "async function f() { var await; }",
            "Unexpected reserved word @25..30",
        ),
        (
            "1__0",
            "Only one underscore is allowed as numeric separator @2..3",
        ),
        (
            "1_",
            "Numeric separators are not allowed at the end of numeric literals @1..2",
        ),
        (
            "0_1",
            "Numeric separator can not be used after leading 0. @1..2",
        ),
        ("'abc", "Invalid or unexpected token @0..4"),
        (
            "'use strict'; with (a) {}",
            "Strict mode code may not include a with statement @14..25",
        ),
    ];
    for (source, expected) in cases {
        assert_eq!(fails(source), expected, "for {source:?}");
    }
}

#[test]
fn unexpected_end_of_input_asks_for_more() {
    for source in [
        "x = {",
        "f(1,",
        "`abc",
        "`a${b",
        "function f() {",
        "if (a)",
        "a ?",
    ] {
        let e = parse(source).expect_err(source);
        assert!(e.unexpected_eof, "{source:?}: {}", e.message);
        assert_eq!(e.message, "Unexpected end of input", "{source:?}");
    }
    assert!(!parse("x = }").unwrap_err().unexpected_eof);
}

#[test]
fn deep_nesting_is_a_diagnostic() {
    for open in ["[", "(", "{", "`${", "a = [", "x => ("] {
        let source = open.repeat(100_000);
        let e = parse(&source).expect_err(open);
        assert!(
            e.message.starts_with("Too much nesting"),
            "{open}: {}",
            e.message
        );
    }
    // Long chains without brackets build deep trees too.
    for (unit, tail) in [
        ("- ", "x"),
        ("!", "x"),
        ("a.", "b"),
        ("a ** ", "b"),
        ("a = ", "b"),
        ("x => ", "x"),
        ("if (a) ", ";"),
    ] {
        let source = format!("{}{tail}", unit.repeat(200_000));
        let e = parse(&source).expect_err(unit);
        assert!(
            e.message.starts_with("Too much nesting"),
            "{unit}: {}",
            e.message
        );
    }
    let ok = format!("x = {}1{}", "[".repeat(500), "]".repeat(500));
    assert!(parse(&ok).is_ok());
    // Left-associative operators chain without nesting: later phases walk them in loops.
    for unit in ["a + ", "a || ", "a && ", "a ?? ", "a * -", "a + b.c - "] {
        let source = format!("x = {}1", unit.repeat(200_000));
        assert!(parse(&source).is_ok(), "{unit}");
    }
}

/// A deterministic pseudo-random generator for the garbage tests.
fn xorshift(state: &mut u64) -> u64 {
    *state ^= *state << 13;
    *state ^= *state >> 7;
    *state ^= *state << 17;
    *state
}

const SAMPLE: &str = r#"'use strict';
class Queue extends Base {
  #unused = 1;
  static count = 0;
  constructor(items = [], { limit = 10, ...rest } = {}) { super(); this.items = [...items]; }
  async *drain() { while (this.items.length) yield await this.items.shift?.(); }
  get size() { return this.items.length ?? 0; }
}
label: for (let i = 0, [a, b] = [1, 2]; i < 10; i++) {
  if (i % 2 === 0) continue label; else if (i > 8) break label;
  const s = `item ${i} of ${`${a}` + b}` + /re[/]g/gi.source;
  try { setTimeout(() => console.log(s), 0x10 + 1_000 + .5e3); } catch { } finally { void 0; }
}
switch (typeof x) { case 'number': x **= 2; break; default: x ??= {a, b: [1,,3], 'c': `d`}; }
"#;

#[test]
fn garbage_never_panics() {
    let alphabet: Vec<char> = "abc(){}[]<>;,.=+-*/%!?:&|^~'\"`$\\ \n\t0123456789xyz#@_"
        .chars()
        .collect();
    let mut state = 0x2545_F491_4F6C_DD1D;
    for _ in 0..3000 {
        let len = (xorshift(&mut state) % 40) as usize;
        let s: String = (0..len)
            .map(|_| alphabet[(xorshift(&mut state) % alphabet.len() as u64) as usize])
            .collect();
        let _ = parse(&s);
    }
    let tokens: Vec<&str> = SAMPLE.split_whitespace().collect();
    for _ in 0..1000 {
        let len = (xorshift(&mut state) % 30) as usize;
        let s: Vec<&str> = (0..len)
            .map(|_| tokens[(xorshift(&mut state) % tokens.len() as u64) as usize])
            .collect();
        let _ = parse(&s.join(" "));
    }
}

#[test]
fn truncated_programs_never_panic() {
    let sample = SAMPLE.replace("#unused = 1;", "");
    assert!(parse(&sample).is_ok(), "{:?}", parse(&sample).err());
    for (end, _) in sample.char_indices() {
        let _ = parse(&sample[..end]);
        let _ = parse(&sample[end..]);
    }
}

/// Module syntax: every form of `import` and `export`, and the errors outside modules.
#[test]
fn module_declarations() {
    let module = |src: &str| {
        let p = crate::parser::parse_goal(src, crate::parser::Goal::Module).unwrap();
        list(&p.body, stmt)
    };
    assert_eq!(module("import 'm';"), r#"(import "m")"#);
    assert_eq!(
        module("import d, * as ns from 'm'"),
        r#"(import "m" default:d *:ns)"#
    );
    assert_eq!(
        module("import d, { a, b as c, 'x y' as z } from 'm'"),
        r#"(import "m" default:d a:a b:c x y:z)"#
    );
    assert_eq!(
        module("export { a as default, b } from 'm'; export * from 'n'; export * as q from 'o'"),
        r#"(export a:default b:b from "m") (export-star * "n") (export-star q "o")"#
    );
    assert!(module("export default function () {}").starts_with("(export-default"));
    assert!(module("export default { a: 1 }").starts_with("(export-default"));
    assert!(module("export const a = 1, b = import.meta;").starts_with("(export"));
    let script = |src: &str| crate::parser::parse(src).unwrap_err().message;
    assert_eq!(
        script("import a from 'm'"),
        "Cannot use import statement outside a module"
    );
    assert_eq!(script("export const a = 1"), "Unexpected token 'export'");
    assert_eq!(
        script("import.meta"),
        "Cannot use 'import.meta' outside a module"
    );
    assert!(crate::parser::parse("import('m')").is_ok());
}
