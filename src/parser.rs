//! The lalrpop glue: `parse(source) -> Program`, with every parse error as a Diagnostic.
//!
//! The pipeline: [`lexer::tokenize`] -> [`lexer::adapt`] -> the generated LR(1) parser
//! (grammar/js.lalrpop, whose actions call [`build`]) -> the early-error checks in
//! [`early`]. A `/` whose regex-versus-division guess made the parse fail is flipped and
//! the parse retried. Parses whose syntax tree could nest deeply run on a thread with a
//! stack big enough to build, check and drop that tree.

mod build;
mod early;

#[cfg(test)]
mod tests;

use crate::ast::{Program, Span};
use crate::diagnostics::Diagnostic;
use crate::lexer::{self, LegacyOctals, Tok};
use build::State;
pub use early::Context;
use lalrpop_util::ParseError;

lalrpop_util::lalrpop_mod!(
    #[allow(clippy::all, clippy::pedantic, unused)]
    js
);

/// How many times a failed parse is retried with one more `/` read the other way.
const MAX_REGEX_RETRIES: usize = 8;

/// Depth bounds up to this parse on the caller's stack; deeper ones get their own thread.
const INLINE_DEPTH_BOUND: usize = 1000;

/// Stack bytes reserved per level of possible tree depth on the parse thread.
const STACK_PER_LEVEL: usize = 1024;

/// The deepest syntax tree any parse may build: beyond it the parse is refused outright.
const MAX_DEPTH_BOUND: usize = 200_000;

/// What the source text is parsed as (the spec's goal symbol, plus Node's CommonJS).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Goal {
    /// A classic script; with `top_level_await` its top level is an async context.
    Script { top_level_await: bool },
    /// The body of Node's CommonJS wrapper function: a script in which `return` and
    /// `new.target` are allowed at the top level.
    CommonJs,
    /// An ES module: strict, `await` at the top level, `import`/`export` declarations
    /// and `import.meta`.
    Module,
}

impl Default for Goal {
    fn default() -> Self {
        Goal::Script {
            top_level_await: false,
        }
    }
}

impl Goal {
    /// Whether the top level is an async context.
    pub fn top_level_await(self) -> bool {
        matches!(
            self,
            Goal::Script {
                top_level_await: true
            } | Goal::Module
        )
    }
}

/// Parses a whole script.
pub fn parse(source: &str) -> Result<Program, Diagnostic> {
    match parse_with(source, false) {
        // jsloop extension: `await` at the top level of a script, as in a module.
        Err(d) if d.message.starts_with("await is only valid") => {
            parse_with(source, true).map_err(|_| d)
        }
        result => result,
    }
}

/// Parses a script; with `top_level_await` its top level is an async context.
pub fn parse_with(source: &str, top_level_await: bool) -> Result<Program, Diagnostic> {
    parse_goal(source, Goal::Script { top_level_await })
}

/// Parses `source` as `goal`.
pub fn parse_goal(source: &str, goal: Goal) -> Result<Program, Diagnostic> {
    parse_in(
        source,
        Context {
            goal,
            ..Context::default()
        },
    )
}

/// Parses a script (or eval code) in the context `cx`.
pub fn parse_in(source: &str, cx: Context) -> Result<Program, Diagnostic> {
    if source.len() >= u32::MAX as usize {
        return Err(Diagnostic::syntax("Script is too large", Span::new(0, 0)));
    }
    let mut flipped = Vec::new();
    let mut first_error = None;
    loop {
        match parse_once(source, &flipped, cx) {
            Ok(program) => return Ok(program),
            Err((diag, retry_at)) => {
                let first = first_error.get_or_insert(diag);
                match retry_at {
                    Some(at) if flipped.len() < MAX_REGEX_RETRIES && !flipped.contains(&at) => {
                        flipped.push(at);
                    }
                    _ => return Err(first.clone()),
                }
            }
        }
    }
}

/// A failed parse: the diagnostic and, if a `/` guess may be to blame, its offset.
type Failure = (Diagnostic, Option<usize>);

fn parse_once(source: &str, flipped: &[usize], cx: Context) -> Result<Program, Failure> {
    let mut octals = LegacyOctals::default();
    let tokens = lexer::tokenize(source, flipped, &mut octals).map_err(|d| {
        let retry = d
            .message
            .starts_with("Invalid regular expression")
            .then_some(d.span.start as usize);
        (d, retry)
    })?;
    let adapted = lexer::adapt(tokens, cx.goal.top_level_await());
    let bound = adapted.depth_bound;
    if bound > MAX_DEPTH_BOUND {
        let msg = "Too much nesting: the program's expressions or statements nest too deeply";
        return Err((Diagnostic::syntax(msg, Span::new(0, 0)), None));
    }
    if bound <= INLINE_DEPTH_BOUND {
        return parse_tokens(source, adapted, octals, cx);
    }
    let stack = (bound * STACK_PER_LEVEL).max(16 << 20);
    let input = Moved((adapted, octals));
    std::thread::scope(|scope| {
        let worker = std::thread::Builder::new()
            .stack_size(stack)
            .spawn_scoped(scope, move || {
                let (adapted, octals) = input.into_inner();
                Moved(parse_tokens(source, adapted, octals, cx))
            });
        match worker {
            Ok(handle) => match handle.join() {
                Ok(result) => result.0,
                Err(panic) => std::panic::resume_unwind(panic),
            },
            Err(_) => Err((
                Diagnostic::syntax("Out of memory while parsing", Span::new(0, 0)),
                None,
            )),
        }
    })
}

/// Moves tokens into the parse thread and the syntax tree out of it.
struct Moved<T>(T);

// SAFETY: tokens and trees hold `Rc`s, which are not `Send` because two threads could
// touch one count. Here every `Rc` moves as part of one value that owns all its clones:
// the caller gives up the whole token vector, the parse thread drops its tokens and
// parser state before it ends, and the caller reads the result only after `join`. No
// count is ever reachable from two threads at once.
unsafe impl<T> Send for Moved<T> {}

impl<T> Moved<T> {
    /// Unwraps the value; a method, so that closures capture the whole wrapper.
    fn into_inner(self) -> T {
        self.0
    }
}

fn parse_tokens(
    source: &str,
    adapted: lexer::Adapted,
    octals: LegacyOctals,
    cx: Context,
) -> Result<Program, Failure> {
    let lexer::Adapted {
        toks, nl_before, ..
    } = adapted;
    let spans: Vec<(usize, usize)> = toks.iter().map(|t| (t.0, t.2)).collect();
    let kinds: Vec<Tok> = toks.iter().map(|t| t.1.clone()).collect();
    let state = State::new(source, &spans, &nl_before);
    let result = js::ProgramParser::new().parse(&state, toks.into_iter().map(Ok::<_, Diagnostic>));
    let mut program = match result {
        Ok(program) => program,
        Err(e) => return Err(map_error(e, source, &spans, &kinds)),
    };
    state.check_cover_names().map_err(|d| (d, None))?;
    // Eval code inside strict code is strict (11.2.2); module code always is.
    program.strict |= cx.strict || cx.goal == Goal::Module;
    early::check(&program, source, &octals, cx).map_err(|d| (d, None))?;
    Ok(program)
}

/// Turns a lalrpop error into Node's wording, with the span of the offending token.
fn map_error(
    e: ParseError<usize, Tok, Diagnostic>,
    source: &str,
    spans: &[(usize, usize)],
    kinds: &[Tok],
) -> Failure {
    match e {
        ParseError::User { error } => (error, None),
        ParseError::InvalidToken { location } => (
            Diagnostic::syntax(
                "Invalid or unexpected token",
                Span::new(location, location + 1),
            ),
            None,
        ),
        ParseError::UnrecognizedEof { .. } => {
            let mut d = Diagnostic::syntax(
                "Unexpected end of input",
                Span::new(source.len(), source.len()),
            );
            d.unexpected_eof = true;
            (d, None)
        }
        ParseError::UnrecognizedToken {
            token: (start, tok, end),
            expected,
        } => unexpected(start, tok, end, spans, kinds, expected_is_args(&expected)),
        ParseError::ExtraToken {
            token: (start, tok, end),
        } => unexpected(start, tok, end, spans, kinds, false),
    }
}

fn expected_is_args(expected: &[String]) -> bool {
    expected.iter().any(|e| e == "\")\"") && expected.iter().any(|e| e == "\",\"")
}

/// The message for an unexpected token at `start..end`.
fn unexpected(
    start: usize,
    tok: Tok,
    end: usize,
    spans: &[(usize, usize)],
    kinds: &[Tok],
    list_expected: bool,
) -> Failure {
    let index = spans.partition_point(|s| s.0 < start);
    let retry = matches!(tok, Tok::Slash | Tok::SlashEq | Tok::Regex(..)).then_some(start);
    let message = match tok {
        Tok::StarStar => "Unary operator used immediately before exponentiation expression. Parenthesis must be used to disambiguate operator precedence".to_string(),
        Tok::QuestionDot if index > 0 && in_new_callee(kinds, index) => "Invalid optional chain from new expression".to_string(),
        _ if index > 0 && matches!(&kinds[index - 1], Tok::Ident(n) if &**n == "await") => {
            "await is only valid in async functions and the top level bodies of modules".to_string()
        }
        ref t if list_expected && in_call_arguments(kinds, index) && !matches!(t, Tok::RBrace | Tok::RBracket) => {
            // V8 points at the argument's last token.
            if index > 0 {
                let (s, e) = spans[index - 1];
                return (Diagnostic::syntax("missing ) after argument list", Span::new(s, e)), retry);
            }
            "missing ) after argument list".to_string()
        }
        // After another operator (`let y = = 3`) there is no left-hand side at all:
        // the token is simply unexpected.
        ref t if is_assignment_operator(t) && index > 0 && !is_assignment_operator(&kinds[index - 1]) => {
            // An assignment to something that is not a reference: V8 underlines the
            // whole left-hand side.
            let first = expression_start(kinds, index);
            let span = Span::new(spans[first].0, spans[index - 1].1);
            return (Diagnostic::syntax("Invalid left-hand side in assignment", span), retry);
        }
        t => t.unexpected_message(),
    };
    (Diagnostic::syntax(message, Span::new(start, end)), retry)
}

/// Whether the innermost open `(` before token `index` holds call arguments.
fn is_assignment_operator(t: &Tok) -> bool {
    matches!(
        t,
        Tok::Eq
            | Tok::PlusEq
            | Tok::MinusEq
            | Tok::StarEq
            | Tok::SlashEq
            | Tok::PercentEq
            | Tok::StarStarEq
            | Tok::ShlEq
            | Tok::ShrEq
            | Tok::UShrEq
            | Tok::AmpEq
            | Tok::PipeEq
            | Tok::CaretEq
            | Tok::AmpAmpEq
            | Tok::PipePipeEq
            | Tok::QuestionQuestionEq
    )
}

/// The index of the first token of the expression that ends just before `index`:
/// back to the enclosing bracket or the previous statement or list separator.
fn expression_start(kinds: &[Tok], index: usize) -> usize {
    let mut depth = 0usize;
    let mut i = index;
    while i > 0 {
        match kinds[i - 1] {
            Tok::RParen | Tok::RBracket | Tok::RBrace => depth += 1,
            Tok::LParen | Tok::LBracket | Tok::LBrace | Tok::ArrowParen if depth == 0 => break,
            Tok::LParen | Tok::LBracket | Tok::LBrace | Tok::ArrowParen => depth -= 1,
            Tok::Semi | Tok::AutoSemi | Tok::Comma | Tok::Colon if depth == 0 => break,
            ref t if depth == 0 && is_assignment_operator(t) => break,
            _ => {}
        }
        i -= 1;
    }
    i
}

fn in_call_arguments(kinds: &[Tok], index: usize) -> bool {
    let mut depth = 0usize;
    for i in (0..index.min(kinds.len())).rev() {
        match kinds[i] {
            Tok::RParen | Tok::RBracket | Tok::RBrace => depth += 1,
            Tok::LBracket | Tok::LBrace | Tok::ArrowParen if depth == 0 => return false,
            Tok::LParen if depth == 0 => {
                let Some(prev) = i.checked_sub(1).map(|p| &kinds[p]) else {
                    return false;
                };
                let callee = matches!(
                    prev,
                    Tok::Ident(_)
                        | Tok::RParen
                        | Tok::RBracket
                        | Tok::Super
                        | Tok::This
                        | Tok::TemplateTail(_)
                        | Tok::NoSubTemplate(_)
                );
                let declared = i >= 2
                    && matches!(
                        kinds[i - 2],
                        Tok::Function | Tok::Star | Tok::Get | Tok::Set | Tok::Async
                    );
                return callee && !declared;
            }
            Tok::LParen | Tok::LBracket | Tok::LBrace | Tok::ArrowParen => {
                depth = depth.saturating_sub(1)
            }
            _ => {}
        }
    }
    false
}

/// Whether the `?.` at `index` continues the callee of a `new` expression.
fn in_new_callee(kinds: &[Tok], index: usize) -> bool {
    let mut i = index;
    while i > 0 {
        i -= 1;
        match kinds[i] {
            Tok::New => return true,
            Tok::Ident(_) | Tok::Dot | Tok::This => {}
            _ => return false,
        }
    }
    false
}
