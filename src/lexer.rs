//! Tokens: the logos lexer plus the token adapter (regex vs `/`, templates, ASI hints).
//!
//! [`tokenize`] turns source text into a vector of [`Token`]s. logos recognises
//! punctuators and ASCII identifiers; small hand scanners take over for numbers, strings,
//! templates, regular expressions, comments and non-ASCII text, because those need
//! context (is `/` a division or a regex? does `}` close a template substitution?) or
//! produce cooked values. [`adapt`] then rewrites the vector into what the LR(1) grammar
//! can parse: contextual keywords, arrow-parameter parentheses, restricted productions.

use crate::ast::{JsText, Name, Span};
use crate::diagnostics::Diagnostic;
use crate::runtime::number::digit_values_to_number;
use logos::Logos;
use num_bigint::BigInt;
use rustc_hash::FxHashMap;
use std::rc::Rc;

/// How deep brackets, braces, parentheses and template substitutions may nest. Node 24
/// accepts at most 2005 nested parentheses, 3271 arrays, 2012 blocks, 1680 object
/// literals and 1553 functions (its parser's stack overflows beyond), so every program
/// it runs nests within this; deeper ones are a SyntaxError here, not a crash.
pub const MAX_NESTING: usize = 4000;

/// One piece of a template literal: the text between backticks and substitutions.
#[derive(Clone, Debug, PartialEq)]
pub struct TemplatePart {
    /// The cooked text, or the message and span of its first invalid escape (legal only
    /// in tagged templates).
    pub cooked: Result<JsText, (&'static str, Span)>,
    pub raw: JsText,
}

/// A terminal of the grammar. Keyword-like identifiers that the adapter resolved by
/// context get their own variants; everything else stays `Ident`.
#[derive(Clone, Debug, PartialEq)]
pub enum Tok {
    Ident(Name),
    /// `#name` (a private class member name), kept with its `#`.
    PrivateName(Name),
    /// A reserved word written with `\u` escapes: usable only as a property name.
    EscapedKeyword(Name),
    Num(f64),
    /// `10n`: a BigInt literal's value.
    BigInt(Rc<BigInt>),
    Str(JsText),
    Regex(JsText, Name),
    NoSubTemplate(Rc<TemplatePart>),
    TemplateHead(Rc<TemplatePart>),
    TemplateMiddle(Rc<TemplatePart>),
    TemplateTail(Rc<TemplatePart>),

    // Reserved words.
    Break,
    Case,
    Catch,
    Class,
    Const,
    Continue,
    Debugger,
    Default,
    Delete,
    Do,
    Else,
    Enum,
    Export,
    Extends,
    False,
    Finally,
    For,
    Function,
    If,
    Import,
    In,
    Instanceof,
    New,
    Null,
    Return,
    Super,
    Switch,
    This,
    Throw,
    True,
    Try,
    Typeof,
    Var,
    Void,
    While,
    With,

    // Contextual keywords, produced by the adapter.
    Async,
    Await,
    Get,
    Let,
    Of,
    Set,
    Static,
    Yield,

    // Punctuators.
    LBrace,
    RBrace,
    LParen,
    RParen,
    LBracket,
    RBracket,
    Dot,
    Ellipsis,
    Semi,
    Comma,
    Lt,
    Gt,
    LtEq,
    GtEq,
    EqEq,
    NotEq,
    EqEqEq,
    NotEqEq,
    Plus,
    Minus,
    Star,
    Slash,
    Percent,
    StarStar,
    PlusPlus,
    MinusMinus,
    Shl,
    Shr,
    UShr,
    Amp,
    Pipe,
    Caret,
    Bang,
    Tilde,
    AmpAmp,
    PipePipe,
    QuestionQuestion,
    Question,
    QuestionDot,
    Colon,
    Eq,
    PlusEq,
    MinusEq,
    StarEq,
    SlashEq,
    PercentEq,
    StarStarEq,
    ShlEq,
    ShrEq,
    UShrEq,
    AmpEq,
    PipeEq,
    CaretEq,
    AmpAmpEq,
    PipePipeEq,
    QuestionQuestionEq,
    Arrow,

    // Produced by the adapter.
    /// A `(` whose matching `)` is followed by `=>` on the same line.
    ArrowParen,
    /// `++` / `--` after a line break: only the prefix operator may follow.
    PlusPlusPrefix,
    MinusMinusPrefix,
    /// `yield` followed by a line break: a `yield` without operand.
    YieldBare,
    /// `=>` after a line break or `throw` followed by a line break: never valid.
    ArrowAfterNewline,
    ThrowNewline,
    /// A semicolon inserted after `return`/`break`/`continue` followed by a line break.
    AutoSemi,
}

impl Tok {
    /// Node's wording for an unexpected occurrence of this token.
    pub fn unexpected_message(&self) -> String {
        match self {
            Tok::Ident(name) | Tok::PrivateName(name) => format!("Unexpected identifier '{name}'"),
            Tok::EscapedKeyword(_) => "Keyword must not contain escaped characters".into(),
            Tok::Num(_) | Tok::BigInt(_) => "Unexpected number".into(),
            Tok::Str(_) => "Unexpected string".into(),
            Tok::Regex(..) => "Unexpected regular expression".into(),
            Tok::NoSubTemplate(_) | Tok::TemplateHead(_) => "Unexpected template string".into(),
            Tok::Enum => "Unexpected reserved word".into(),
            Tok::ThrowNewline => "Illegal newline after throw".into(),
            Tok::Let | Tok::Static => "Unexpected strict mode reserved word".into(),
            Tok::Await => "Unexpected reserved word".into(),
            Tok::AutoSemi => "Unexpected token ';'".into(),
            Tok::Async | Tok::Yield | Tok::Get | Tok::Set | Tok::Of => {
                format!("Unexpected identifier '{}'", self.text())
            }
            other => format!("Unexpected token '{}'", other.text()),
        }
    }

    /// The source spelling of keywords and punctuators.
    pub fn text(&self) -> &'static str {
        match self {
            Tok::Ident(_) | Tok::EscapedKeyword(_) | Tok::PrivateName(_) => "identifier",
            Tok::Num(_) | Tok::BigInt(_) => "number",
            Tok::Str(_) => "string",
            Tok::Regex(..) => "regular expression",
            Tok::NoSubTemplate(_) | Tok::TemplateHead(_) => "template string",
            Tok::TemplateMiddle(_) | Tok::TemplateTail(_) => "}",
            Tok::Break => "break",
            Tok::Case => "case",
            Tok::Catch => "catch",
            Tok::Class => "class",
            Tok::Const => "const",
            Tok::Continue => "continue",
            Tok::Debugger => "debugger",
            Tok::Default => "default",
            Tok::Delete => "delete",
            Tok::Do => "do",
            Tok::Else => "else",
            Tok::Enum => "enum",
            Tok::Export => "export",
            Tok::Extends => "extends",
            Tok::False => "false",
            Tok::Finally => "finally",
            Tok::For => "for",
            Tok::Function => "function",
            Tok::If => "if",
            Tok::Import => "import",
            Tok::In => "in",
            Tok::Instanceof => "instanceof",
            Tok::New => "new",
            Tok::Null => "null",
            Tok::Return => "return",
            Tok::Super => "super",
            Tok::Switch => "switch",
            Tok::This => "this",
            Tok::Throw | Tok::ThrowNewline => "throw",
            Tok::True => "true",
            Tok::Try => "try",
            Tok::Typeof => "typeof",
            Tok::Var => "var",
            Tok::Void => "void",
            Tok::While => "while",
            Tok::With => "with",
            Tok::Async => "async",
            Tok::Await => "await",
            Tok::Get => "get",
            Tok::Let => "let",
            Tok::Of => "of",
            Tok::Set => "set",
            Tok::Static => "static",
            Tok::Yield | Tok::YieldBare => "yield",
            Tok::LBrace => "{",
            Tok::RBrace => "}",
            Tok::LParen | Tok::ArrowParen => "(",
            Tok::RParen => ")",
            Tok::LBracket => "[",
            Tok::RBracket => "]",
            Tok::Dot => ".",
            Tok::Ellipsis => "...",
            Tok::Semi | Tok::AutoSemi => ";",
            Tok::Comma => ",",
            Tok::Lt => "<",
            Tok::Gt => ">",
            Tok::LtEq => "<=",
            Tok::GtEq => ">=",
            Tok::EqEq => "==",
            Tok::NotEq => "!=",
            Tok::EqEqEq => "===",
            Tok::NotEqEq => "!==",
            Tok::Plus => "+",
            Tok::Minus => "-",
            Tok::Star => "*",
            Tok::Slash => "/",
            Tok::Percent => "%",
            Tok::StarStar => "**",
            Tok::PlusPlus | Tok::PlusPlusPrefix => "++",
            Tok::MinusMinus | Tok::MinusMinusPrefix => "--",
            Tok::Shl => "<<",
            Tok::Shr => ">>",
            Tok::UShr => ">>>",
            Tok::Amp => "&",
            Tok::Pipe => "|",
            Tok::Caret => "^",
            Tok::Bang => "!",
            Tok::Tilde => "~",
            Tok::AmpAmp => "&&",
            Tok::PipePipe => "||",
            Tok::QuestionQuestion => "??",
            Tok::Question => "?",
            Tok::QuestionDot => "?.",
            Tok::Colon => ":",
            Tok::Eq => "=",
            Tok::PlusEq => "+=",
            Tok::MinusEq => "-=",
            Tok::StarEq => "*=",
            Tok::SlashEq => "/=",
            Tok::PercentEq => "%=",
            Tok::StarStarEq => "**=",
            Tok::ShlEq => "<<=",
            Tok::ShrEq => ">>=",
            Tok::UShrEq => ">>>=",
            Tok::AmpEq => "&=",
            Tok::PipeEq => "|=",
            Tok::CaretEq => "^=",
            Tok::AmpAmpEq => "&&=",
            Tok::PipePipeEq => "||=",
            Tok::QuestionQuestionEq => "??=",
            Tok::Arrow | Tok::ArrowAfterNewline => "=>",
        }
    }

    /// Tokens after which an expression has ended: a `/` there divides.
    fn ends_operand(&self) -> bool {
        matches!(
            self,
            Tok::Ident(_)
                | Tok::Num(_)
                | Tok::BigInt(_)
                | Tok::Str(_)
                | Tok::Regex(..)
                | Tok::NoSubTemplate(_)
                | Tok::TemplateTail(_)
                | Tok::This
                | Tok::Super
                | Tok::Null
                | Tok::True
                | Tok::False
                | Tok::RParen
                | Tok::RBracket
                | Tok::RBrace
                | Tok::PlusPlus
                | Tok::MinusMinus
        )
    }
}

/// One lexed token with its byte span and whether a line terminator precedes it.
#[derive(Clone, Debug)]
pub struct Token {
    pub tok: Tok,
    pub start: usize,
    pub end: usize,
    pub nl_before: bool,
    /// The identifier was written with `\u` escapes, so it never acts as a keyword.
    pub escaped: bool,
}

/// Spans the strict-mode checks need: legacy octal numbers and octal escapes are legal
/// only in sloppy code, which is known only after the parse.
#[derive(Default, Debug)]
pub struct LegacyOctals {
    /// `017`, `08`: "Octal literals are not allowed in strict mode."
    pub numbers: Vec<(Span, &'static str)>,
    /// `"\017"`, `"\8"` in string literals.
    pub escapes: Vec<(Span, &'static str)>,
}

/// Raw token kinds recognised by logos; the scanners below refine them.
#[derive(Logos, Clone, Copy, Debug, PartialEq)]
enum Raw {
    #[regex(r"[ \t\x0B\x0C]+")]
    Whitespace,
    #[regex(r"\r\n|[\n\r]")]
    Newline,
    #[token("//")]
    LineComment,
    #[token("/*")]
    BlockComment,
    #[regex(r"[A-Za-z_$][A-Za-z0-9_$]*")]
    Ident,
    #[regex(r"[0-9]|\.[0-9]")]
    Number,
    #[token("\"")]
    #[token("'")]
    String,
    #[token("`")]
    Backtick,
    #[token("{")]
    LBrace,
    #[token("}")]
    RBrace,
    #[token("(")]
    LParen,
    #[token(")")]
    RParen,
    #[token("[")]
    LBracket,
    #[token("]")]
    RBracket,
    #[token(".")]
    Dot,
    #[token("...")]
    Ellipsis,
    #[token(";")]
    Semi,
    #[token(",")]
    Comma,
    #[token("<")]
    Lt,
    #[token(">")]
    Gt,
    #[token("<=")]
    LtEq,
    #[token(">=")]
    GtEq,
    #[token("==")]
    EqEq,
    #[token("!=")]
    NotEq,
    #[token("===")]
    EqEqEq,
    #[token("!==")]
    NotEqEq,
    #[token("+")]
    Plus,
    #[token("-")]
    Minus,
    #[token("*")]
    Star,
    #[token("/")]
    Slash,
    #[token("%")]
    Percent,
    #[token("**")]
    StarStar,
    #[token("++")]
    PlusPlus,
    #[token("--")]
    MinusMinus,
    #[token("<<")]
    Shl,
    #[token(">>")]
    Shr,
    #[token(">>>")]
    UShr,
    #[token("&")]
    Amp,
    #[token("|")]
    Pipe,
    #[token("^")]
    Caret,
    #[token("!")]
    Bang,
    #[token("~")]
    Tilde,
    #[token("&&")]
    AmpAmp,
    #[token("||")]
    PipePipe,
    #[token("??")]
    QuestionQuestion,
    #[token("?")]
    Question,
    #[token(":")]
    Colon,
    #[token("=")]
    Eq,
    #[token("+=")]
    PlusEq,
    #[token("-=")]
    MinusEq,
    #[token("*=")]
    StarEq,
    #[token("/=")]
    SlashEq,
    #[token("%=")]
    PercentEq,
    #[token("**=")]
    StarStarEq,
    #[token("<<=")]
    ShlEq,
    #[token(">>=")]
    ShrEq,
    #[token(">>>=")]
    UShrEq,
    #[token("&=")]
    AmpEq,
    #[token("|=")]
    PipeEq,
    #[token("^=")]
    CaretEq,
    #[token("&&=")]
    AmpAmpEq,
    #[token("||=")]
    PipePipeEq,
    #[token("??=")]
    QuestionQuestionEq,
    #[token("=>")]
    Arrow,
}

fn punct(raw: Raw) -> Tok {
    match raw {
        Raw::LBrace => Tok::LBrace,
        Raw::RBrace => Tok::RBrace,
        Raw::LParen => Tok::LParen,
        Raw::RParen => Tok::RParen,
        Raw::LBracket => Tok::LBracket,
        Raw::RBracket => Tok::RBracket,
        Raw::Dot => Tok::Dot,
        Raw::Ellipsis => Tok::Ellipsis,
        Raw::Semi => Tok::Semi,
        Raw::Comma => Tok::Comma,
        Raw::Lt => Tok::Lt,
        Raw::Gt => Tok::Gt,
        Raw::LtEq => Tok::LtEq,
        Raw::GtEq => Tok::GtEq,
        Raw::EqEq => Tok::EqEq,
        Raw::NotEq => Tok::NotEq,
        Raw::EqEqEq => Tok::EqEqEq,
        Raw::NotEqEq => Tok::NotEqEq,
        Raw::Plus => Tok::Plus,
        Raw::Minus => Tok::Minus,
        Raw::Star => Tok::Star,
        Raw::Slash => Tok::Slash,
        Raw::Percent => Tok::Percent,
        Raw::StarStar => Tok::StarStar,
        Raw::PlusPlus => Tok::PlusPlus,
        Raw::MinusMinus => Tok::MinusMinus,
        Raw::Shl => Tok::Shl,
        Raw::Shr => Tok::Shr,
        Raw::UShr => Tok::UShr,
        Raw::Amp => Tok::Amp,
        Raw::Pipe => Tok::Pipe,
        Raw::Caret => Tok::Caret,
        Raw::Bang => Tok::Bang,
        Raw::Tilde => Tok::Tilde,
        Raw::AmpAmp => Tok::AmpAmp,
        Raw::PipePipe => Tok::PipePipe,
        Raw::QuestionQuestion => Tok::QuestionQuestion,
        Raw::Question => Tok::Question,
        Raw::Colon => Tok::Colon,
        Raw::Eq => Tok::Eq,
        Raw::PlusEq => Tok::PlusEq,
        Raw::MinusEq => Tok::MinusEq,
        Raw::StarEq => Tok::StarEq,
        Raw::SlashEq => Tok::SlashEq,
        Raw::PercentEq => Tok::PercentEq,
        Raw::StarStarEq => Tok::StarStarEq,
        Raw::ShlEq => Tok::ShlEq,
        Raw::ShrEq => Tok::ShrEq,
        Raw::UShrEq => Tok::UShrEq,
        Raw::AmpEq => Tok::AmpEq,
        Raw::PipeEq => Tok::PipeEq,
        Raw::CaretEq => Tok::CaretEq,
        Raw::AmpAmpEq => Tok::AmpAmpEq,
        Raw::PipePipeEq => Tok::PipePipeEq,
        Raw::QuestionQuestionEq => Tok::QuestionQuestionEq,
        Raw::Arrow => Tok::Arrow,
        Raw::Whitespace
        | Raw::Newline
        | Raw::LineComment
        | Raw::BlockComment
        | Raw::Ident
        | Raw::Number
        | Raw::String
        | Raw::Backtick => unreachable!("handled by the scanner loop"),
    }
}

/// The reserved word spelled `name`, if any.
pub fn keyword(name: &str) -> Option<Tok> {
    Some(match name {
        "break" => Tok::Break,
        "case" => Tok::Case,
        "catch" => Tok::Catch,
        "class" => Tok::Class,
        "const" => Tok::Const,
        "continue" => Tok::Continue,
        "debugger" => Tok::Debugger,
        "default" => Tok::Default,
        "delete" => Tok::Delete,
        "do" => Tok::Do,
        "else" => Tok::Else,
        "enum" => Tok::Enum,
        "export" => Tok::Export,
        "extends" => Tok::Extends,
        "false" => Tok::False,
        "finally" => Tok::Finally,
        "for" => Tok::For,
        "function" => Tok::Function,
        "if" => Tok::If,
        "import" => Tok::Import,
        "in" => Tok::In,
        "instanceof" => Tok::Instanceof,
        "new" => Tok::New,
        "null" => Tok::Null,
        "return" => Tok::Return,
        "super" => Tok::Super,
        "switch" => Tok::Switch,
        "this" => Tok::This,
        "throw" => Tok::Throw,
        "true" => Tok::True,
        "try" => Tok::Try,
        "typeof" => Tok::Typeof,
        "var" => Tok::Var,
        "void" => Tok::Void,
        "while" => Tok::While,
        "with" => Tok::With,
        _ => return None,
    })
}

fn err(message: impl Into<String>, start: usize, end: usize) -> Diagnostic {
    Diagnostic::syntax(message, Span::new(start, end))
}

fn invalid_token(at: usize, src: &str) -> Diagnostic {
    let len = src[at..].chars().next().map_or(0, char::len_utf8);
    err("Invalid or unexpected token", at, at + len)
}

fn is_line_terminator(c: char) -> bool {
    matches!(c, '\n' | '\r' | '\u{2028}' | '\u{2029}')
}

/// JavaScript's WhiteSpace production outside ASCII: NBSP, BOM and the Zs category.
fn is_unicode_space(c: char) -> bool {
    matches!(
        c,
        '\u{A0}' | '\u{FEFF}' | '\u{1680}' | '\u{2000}'
            ..='\u{200A}' | '\u{202F}' | '\u{205F}' | '\u{3000}'
    )
}

/// ID_Start: the XID_Start table plus the few Other_ID_Start characters XID leaves out.
fn is_id_start(c: char) -> bool {
    c == '$'
        || c == '_'
        || unicode_ident::is_xid_start(c)
        || matches!(c, '\u{2118}' | '\u{212E}' | '\u{309B}' | '\u{309C}')
}

/// ID_Continue, likewise, plus ZWNJ and ZWJ.
fn is_id_continue(c: char) -> bool {
    is_id_start(c)
        || unicode_ident::is_xid_continue(c)
        || matches!(
            c,
            '\u{200C}' | '\u{200D}' | '\u{B7}' | '\u{387}' | '\u{1369}'..='\u{1371}' | '\u{19DA}'
        )
}

/// What an open bracket was, so that `}` knows whether it resumes a template and `)`
/// knows whether a regex may follow it.
#[derive(Clone, Copy, PartialEq)]
enum Open {
    Brace,
    Paren { after_control: bool },
    Bracket,
    Template,
}

/// Lexes `src` into tokens. `flipped` lists the offsets of `/` tokens whose regex-versus-
/// division guess must be inverted (the parser retries with them after a failure).
pub fn tokenize(
    src: &str,
    flipped: &[usize],
    octals: &mut LegacyOctals,
) -> Result<Vec<Token>, Diagnostic> {
    let mut out: Vec<Token> = Vec::with_capacity(src.len() / 4);
    let mut lex = Raw::lexer(src);
    let mut stack: Vec<Open> = Vec::new();
    let mut nl = false;
    let mut control_paren = false;
    let mut names = FxHashMap::default();
    if src.starts_with("#!") {
        let n = src.find(is_line_terminator).unwrap_or(src.len());
        lex.bump(n);
    }
    while let Some(raw) = lex.next() {
        let start = lex.span().start;
        let rest = &src[start..];
        let mut escaped = false;
        let tok = match raw {
            Ok(Raw::Whitespace) => continue,
            Ok(Raw::Newline) => {
                nl = true;
                continue;
            }
            Ok(Raw::LineComment) => {
                lex.bump(rest[2..].find(is_line_terminator).unwrap_or(rest.len() - 2));
                continue;
            }
            Ok(Raw::BlockComment) => {
                let Some(close) = rest[2..].find("*/") else {
                    return Err(err("Invalid or unexpected token", start, src.len()));
                };
                nl |= rest[2..2 + close].contains(is_line_terminator);
                lex.bump(close + 2);
                continue;
            }
            Ok(Raw::Ident) => {
                let end = lex.span().end;
                let continues = src[end..]
                    .chars()
                    .next()
                    .is_some_and(|c| c == '\\' || !c.is_ascii());
                if continues {
                    let (name, len, esc) = scan_identifier(src, start)?;
                    lex.bump(len - lex.span().len());
                    escaped = esc;
                    identifier_token(&name, esc, &mut names)
                } else {
                    // The common case: an ASCII identifier logos matched whole.
                    identifier_token(&src[start..end], false, &mut names)
                }
            }
            Ok(Raw::Number) => {
                let (value, len, legacy) = scan_number(src, start)?;
                lex.bump(len - lex.span().len());
                if let Some(message) = legacy {
                    octals
                        .numbers
                        .push((Span::new(start, start + len), message));
                }
                match value {
                    NumericValue::Number(n) => Tok::Num(n),
                    NumericValue::BigInt(n) => Tok::BigInt(Rc::new(n)),
                }
            }
            Ok(Raw::String) => {
                let (text, len, octal) = scan_string(src, start)?;
                lex.bump(len - 1);
                if let Some(message) = octal {
                    octals
                        .escapes
                        .push((Span::new(start, start + len), message));
                }
                Tok::Str(text)
            }
            Ok(Raw::Backtick) => {
                let (part, len, open) = scan_template(src, start + 1)?;
                lex.bump(len);
                if open {
                    push(&mut stack, Open::Template, start)?;
                    Tok::TemplateHead(Rc::new(part))
                } else {
                    Tok::NoSubTemplate(Rc::new(part))
                }
            }
            Ok(Raw::RBrace) => match stack.pop() {
                Some(Open::Template) => {
                    let (part, len, open) = scan_template(src, start + 1)?;
                    lex.bump(len);
                    if open {
                        stack.push(Open::Template);
                        Tok::TemplateMiddle(Rc::new(part))
                    } else {
                        Tok::TemplateTail(Rc::new(part))
                    }
                }
                _ => Tok::RBrace,
            },
            Ok(r @ (Raw::Slash | Raw::SlashEq)) => {
                let prev = out.last().map(|t| &t.tok);
                let guess = regex_allowed(prev, control_paren);
                if guess != flipped.contains(&start) {
                    let (pattern, flags, len) = scan_regex(src, start)?;
                    lex.bump(len - lex.span().len());
                    Tok::Regex(pattern, flags)
                } else {
                    punct(r)
                }
            }
            Ok(Raw::Question) => {
                // `?.` unless a digit follows: `a?.5:1` is a conditional.
                let b = rest.as_bytes();
                if b.get(1) == Some(&b'.') && !b.get(2).is_some_and(u8::is_ascii_digit) {
                    lex.bump(1);
                    Tok::QuestionDot
                } else {
                    Tok::Question
                }
            }
            Ok(r) => {
                let tok = punct(r);
                match tok {
                    Tok::LBrace => push(&mut stack, Open::Brace, start)?,
                    Tok::LBracket => push(&mut stack, Open::Bracket, start)?,
                    Tok::LParen => {
                        let after_control = out.last().is_some_and(|t| {
                            matches!(t.tok, Tok::If | Tok::While | Tok::For | Tok::With)
                        });
                        push(&mut stack, Open::Paren { after_control }, start)?
                    }
                    Tok::RParen => {
                        control_paren = matches!(
                            stack.pop(),
                            Some(Open::Paren {
                                after_control: true
                            })
                        );
                    }
                    Tok::RBracket => {
                        stack.pop();
                    }
                    _ => {}
                }
                tok
            }
            Err(()) => {
                let c = rest.chars().next().unwrap_or('\0');
                if is_unicode_space(c) {
                    continue;
                }
                if c == '\u{2028}' || c == '\u{2029}' {
                    nl = true;
                    continue;
                }
                if is_id_start(c) || c == '\\' {
                    let (name, len, esc) = scan_identifier(src, start)?;
                    lex.bump(len - lex.span().len());
                    escaped = esc;
                    identifier_token(&name, esc, &mut names)
                } else if c == '#'
                    && src[start + 1..].starts_with(|c: char| is_id_start(c) || c == '\\')
                {
                    let (name, len, _) = scan_identifier(src, start + 1)?;
                    lex.bump(len + 1 - lex.span().len());
                    Tok::PrivateName(format!("#{name}").into())
                } else {
                    return Err(invalid_token(start, src));
                }
            }
        };
        let end = lex.span().end;
        out.push(Token {
            tok,
            start,
            end,
            nl_before: nl,
            escaped,
        });
        nl = false;
    }
    Ok(out)
}

fn push(stack: &mut Vec<Open>, open: Open, at: usize) -> Result<(), Diagnostic> {
    if stack.len() >= MAX_NESTING {
        return Err(err(
            format!("Too much nesting: the program is nested more than {MAX_NESTING} levels deep"),
            at,
            at + 1,
        ));
    }
    stack.push(open);
    Ok(())
}

/// Whether a `/` after `prev` starts a regular expression (esprima's heuristic; the
/// parser retries with the other reading when this guess leads to a syntax error).
/// `control_paren` tells whether a `)` just closed an `if (...)`-like head.
fn regex_allowed(prev: Option<&Tok>, control_paren: bool) -> bool {
    match prev {
        None | Some(Tok::RBrace) => true,
        Some(Tok::RParen) => control_paren,
        Some(t) => !t.ends_operand(),
    }
}

/// An identifier token, or the reserved word it spells. `names` shares one `Name` among
/// all occurrences of an identifier.
fn identifier_token(name: &str, escaped: bool, names: &mut FxHashMap<String, Name>) -> Tok {
    match keyword(name) {
        Some(_) if escaped => Tok::EscapedKeyword(Name::from(name)),
        Some(kw) => kw,
        None => match names.get(name) {
            Some(shared) => Tok::Ident(shared.clone()),
            None => {
                let shared = Name::from(name);
                names.insert(name.to_string(), shared.clone());
                Tok::Ident(shared)
            }
        },
    }
}

fn hex_value(c: u8) -> Option<u32> {
    (c as char).to_digit(16)
}

/// Reads `\uXXXX` or `\u{X...}` starting at the `u`; returns the code point and length.
fn scan_unicode_escape(b: &[u8], at: usize) -> Option<(u32, usize)> {
    if b.get(at + 1) == Some(&b'{') {
        let mut value: u32 = 0;
        let mut i = at + 2;
        while let Some(d) = b.get(i).and_then(|&c| hex_value(c)) {
            value = value.checked_mul(16)?.checked_add(d)?;
            if value > 0x10FFFF {
                return None;
            }
            i += 1;
        }
        if i == at + 2 || b.get(i) != Some(&b'}') {
            return None;
        }
        Some((value, i + 1 - at))
    } else {
        let mut value = 0;
        for k in 1..5 {
            value = value * 16 + hex_value(*b.get(at + k)?)?;
        }
        Some((value, 5))
    }
}

/// Scans an identifier (with `\u` escapes) at `start`: name, byte length, escaped flag.
fn scan_identifier(src: &str, start: usize) -> Result<(String, usize, bool), Diagnostic> {
    let b = src.as_bytes();
    let mut name = String::new();
    let mut i = start;
    let mut escaped = false;
    while let Some(c) = src[i..].chars().next() {
        let first = i == start;
        if c == '\\' {
            let bad = || err("Invalid Unicode escape sequence", i, i + 1);
            if b.get(i + 1) != Some(&b'u') {
                return Err(bad());
            }
            let (cp, len) = scan_unicode_escape(b, i + 1).ok_or_else(bad)?;
            let ch = char::from_u32(cp).ok_or_else(bad)?;
            if !(if first {
                is_id_start(ch)
            } else {
                is_id_continue(ch)
            }) {
                return Err(err("Invalid or unexpected token", i, i + 1 + len));
            }
            name.push(ch);
            escaped = true;
            i += 1 + len;
        } else if if first {
            is_id_start(c)
        } else {
            is_id_continue(c)
        } {
            name.push(c);
            i += c.len_utf8();
        } else {
            break;
        }
    }
    Ok((name, i - start, escaped))
}

/// A numeric literal's value: a Number, or a BigInt for an integer literal ending in `n`.
enum NumericValue {
    Number(f64),
    BigInt(BigInt),
}

/// Scans a numeric literal: value, byte length and, for legacy octal-like literals, the
/// strict-mode error message.
fn scan_number(
    src: &str,
    start: usize,
) -> Result<(NumericValue, usize, Option<&'static str>), Diagnostic> {
    let b = src.as_bytes();
    let mut i = start;
    let mut legacy = None;
    let value;
    let radix = match (b[i], b.get(i + 1).map(u8::to_ascii_lowercase)) {
        (b'0', Some(b'x')) => 16,
        (b'0', Some(b'o')) => 8,
        (b'0', Some(b'b')) => 2,
        _ => 10,
    };
    if radix != 10 {
        i += 2;
        let (digits, end) = scan_digits(src, i, radix)?;
        if digits.is_empty() {
            return Err(invalid_token(start, src));
        }
        i = end;
        value = digit_values_to_number(&digits, radix);
    } else if b[i] == b'0' && b.get(i + 1).is_some_and(u8::is_ascii_digit) {
        // Legacy octal (`017`) or a decimal with a leading zero (`089`).
        let mut j = i + 1;
        while b.get(j).is_some_and(u8::is_ascii_digit) {
            j += 1;
        }
        if b.get(j) == Some(&b'_') {
            return Err(err(
                "Numeric separator can not be used after leading 0.",
                j,
                j + 1,
            ));
        }
        let text = &src[i..j];
        if text.bytes().all(|c| c < b'8') {
            let digits: Vec<u32> = text.bytes().map(|c| (c - b'0') as u32).collect();
            value = digit_values_to_number(&digits, 8);
            legacy = Some("Octal literals are not allowed in strict mode.");
            i = j;
        } else {
            legacy = Some("Decimals with leading zeros are not allowed in strict mode.");
            let (v, end) = scan_decimal(src, i)?;
            value = v;
            i = end;
        }
    } else {
        if b[i] == b'0' && b.get(i + 1) == Some(&b'_') {
            return Err(err(
                "Numeric separator can not be used after leading 0.",
                i + 1,
                i + 2,
            ));
        }
        let (v, end) = scan_decimal(src, i)?;
        value = v;
        i = end;
    }
    // A BigInt literal is an integer without a fraction, an exponent or a legacy
    // leading zero (`01n`, `1.5n` and `1e3n` fall through to the error below).
    let integer = radix != 10 || !src[start..i].contains(['.', 'e', 'E']);
    let mut numeric = NumericValue::Number(value);
    if b.get(i) == Some(&b'n') && integer && legacy.is_none() {
        let digits: String = src[start..i]
            .chars()
            .skip(if radix == 10 { 0 } else { 2 })
            .filter(|&c| c != '_')
            .collect();
        let n = BigInt::parse_bytes(digits.as_bytes(), radix)
            .ok_or_else(|| invalid_token(start, src))?;
        numeric = NumericValue::BigInt(n);
        i += 1;
    }
    if let Some(c) = src[i..].chars().next()
        && (is_id_start(c) || c.is_ascii_digit() || c == '\\')
    {
        return Err(err("Invalid or unexpected token", start, i));
    }
    Ok((numeric, i - start, legacy))
}

/// Digits of `radix` with `_` separators from `i`; returns digit values and the end.
fn scan_digits(src: &str, mut i: usize, radix: u32) -> Result<(Vec<u32>, usize), Diagnostic> {
    let b = src.as_bytes();
    let mut digits = Vec::new();
    let mut last_sep = false;
    while let Some(&c) = b.get(i) {
        if c == b'_' {
            if digits.is_empty() && !last_sep {
                return Err(err("Numeric separators are not allowed here", i, i + 1));
            }
            if last_sep {
                return Err(err(
                    "Only one underscore is allowed as numeric separator",
                    i,
                    i + 1,
                ));
            }
            last_sep = true;
        } else if let Some(d) = (c as char).to_digit(radix) {
            digits.push(d);
            last_sep = false;
        } else {
            break;
        }
        i += 1;
    }
    if last_sep {
        return Err(err(
            "Numeric separators are not allowed at the end of numeric literals",
            i - 1,
            i,
        ));
    }
    Ok((digits, i))
}

/// A decimal literal `digits[.digits][e[+-]digits]` from `i` (which may start at `.`).
fn scan_decimal(src: &str, start: usize) -> Result<(f64, usize), Diagnostic> {
    let b = src.as_bytes();
    // Most literals are integers of a few digits, exact in an f64: read them in place.
    let digits = b[start..].iter().take_while(|c| c.is_ascii_digit()).count();
    if (1..=15).contains(&digits)
        && !matches!(b.get(start + digits), Some(b'.' | b'e' | b'E' | b'_'))
    {
        let n = b[start..start + digits]
            .iter()
            .fold(0u64, |n, &c| n * 10 + u64::from(c - b'0'));
        return Ok((n as f64, start + digits));
    }
    let mut text = String::new();
    let mut i = start;
    let (int, end) = scan_digits(src, i, 10)?;
    text.extend(int.iter().map(|d| char::from(b'0' + *d as u8)));
    i = end;
    if b.get(i) == Some(&b'.') {
        i += 1;
        if b.get(i) == Some(&b'_') {
            return Err(err("Numeric separators are not allowed here", i, i + 1));
        }
        let (frac, end) = scan_digits(src, i, 10)?;
        text.push('.');
        text.extend(frac.iter().map(|d| char::from(b'0' + *d as u8)));
        i = end;
    }
    if matches!(b.get(i), Some(b'e' | b'E')) {
        let mut j = i + 1;
        let mut exp = String::from("e");
        if let Some(&s @ (b'+' | b'-')) = b.get(j) {
            exp.push(s as char);
            j += 1;
        }
        if b.get(j) == Some(&b'_') {
            return Err(err("Numeric separators are not allowed here", j, j + 1));
        }
        let (digits, end) = scan_digits(src, j, 10)?;
        if digits.is_empty() {
            return Err(invalid_token(start, src));
        }
        exp.extend(digits.iter().map(|d| char::from(b'0' + *d as u8)));
        text.push_str(&exp);
        i = end;
    }
    if text.starts_with('.') {
        text.insert(0, '0');
    }
    let value = text.parse::<f64>().map_err(|_| invalid_token(start, src))?;
    Ok((value, i))
}

fn push_code_point(out: &mut Vec<u16>, cp: u32) {
    match char::from_u32(cp) {
        Some(c) => {
            let mut buf = [0u16; 2];
            out.extend_from_slice(c.encode_utf16(&mut buf));
        }
        // A lone surrogate written as an escape: kept as one code unit.
        None => out.push(cp as u16),
    }
}

/// The outcome of one escape sequence after a backslash.
enum Escape {
    /// Code units to append and the bytes consumed after the backslash.
    Text(u32, usize),
    LineContinuation(usize),
    /// A legacy octal (`\1`, `\01`) or `\8`/`\9` escape: value, length, message.
    Legacy(u32, usize, &'static str),
    Invalid(&'static str),
}

/// Decodes the escape whose backslash is at `at`.
fn scan_escape(src: &str, at: usize) -> Escape {
    let b = src.as_bytes();
    let Some(c) = src[at + 1..].chars().next() else {
        return Escape::Invalid("Invalid or unexpected token");
    };
    let simple = |v: char| Escape::Text(v as u32, 1);
    match c {
        'n' => simple('\n'),
        't' => simple('\t'),
        'r' => simple('\r'),
        'b' => simple('\u{8}'),
        'f' => simple('\u{c}'),
        'v' => simple('\u{b}'),
        '\r' if b.get(at + 2) == Some(&b'\n') => Escape::LineContinuation(2),
        '\n' | '\r' | '\u{2028}' | '\u{2029}' => Escape::LineContinuation(c.len_utf8()),
        'x' => match (
            b.get(at + 2).and_then(|&c| hex_value(c)),
            b.get(at + 3).and_then(|&c| hex_value(c)),
        ) {
            (Some(h), Some(l)) => Escape::Text(h * 16 + l, 3),
            _ => Escape::Invalid("Invalid hexadecimal escape sequence"),
        },
        'u' => match scan_unicode_escape(b, at + 1) {
            Some((cp, len)) => Escape::Text(cp, len),
            None => Escape::Invalid("Invalid Unicode escape sequence"),
        },
        '0' if !b.get(at + 2).is_some_and(u8::is_ascii_digit) => Escape::Text(0, 1),
        '0'..='7' => {
            // Up to three octal digits, value at most 0o377.
            let mut value = 0;
            let mut len = 0;
            while len < 3 {
                match b.get(at + 1 + len) {
                    Some(&d @ b'0'..=b'7') if value * 8 + ((d - b'0') as u32) <= 0o377 => {
                        value = value * 8 + (d - b'0') as u32;
                        len += 1;
                    }
                    _ => break,
                }
            }
            Escape::Legacy(
                value,
                len,
                "Octal escape sequences are not allowed in strict mode.",
            )
        }
        '8' | '9' => Escape::Legacy(c as u32, 1, "\\8 and \\9 are not allowed in strict mode."),
        other => Escape::Text(other as u32, other.len_utf8()),
    }
}

/// Scans a string literal at `start` (the quote): UTF-16 value, byte length, and the
/// strict-mode message for its first legacy escape.
#[allow(clippy::type_complexity)]
fn scan_string(
    src: &str,
    start: usize,
) -> Result<(JsText, usize, Option<&'static str>), Diagnostic> {
    let quote = src.as_bytes()[start];
    let mut out: Vec<u16> = Vec::new();
    let mut legacy = None;
    let mut i = start + 1;
    loop {
        let Some(c) = src[i..].chars().next() else {
            return Err(err("Invalid or unexpected token", start, src.len()));
        };
        match c {
            _ if c as u32 == quote as u32 => break,
            '\n' | '\r' => return Err(err("Invalid or unexpected token", start, i)),
            '\\' => match scan_escape(src, i) {
                Escape::Text(cp, len) => {
                    push_code_point(&mut out, cp);
                    i += 1 + len;
                }
                Escape::LineContinuation(len) => i += 1 + len,
                Escape::Legacy(cp, len, message) => {
                    push_code_point(&mut out, cp);
                    legacy.get_or_insert(message);
                    i += 1 + len;
                }
                Escape::Invalid(message) => return Err(err(message, i, i + 2)),
            },
            _ => {
                let mut buf = [0u16; 2];
                out.extend_from_slice(c.encode_utf16(&mut buf));
                i += c.len_utf8();
            }
        }
    }
    Ok((out.into(), i + 1 - start, legacy))
}

/// Scans template text from `start` (just after the backtick or `}`) to the closing
/// backtick or `${`. Returns the part, the bytes consumed and whether a substitution
/// opened. Line terminators `\r\n` and `\r` read as `\n` in both cooked and raw text.
fn scan_template(src: &str, start: usize) -> Result<(TemplatePart, usize, bool), Diagnostic> {
    let b = src.as_bytes();
    let mut cooked: Result<Vec<u16>, (&'static str, Span)> = Ok(Vec::new());
    let mut raw: Vec<u16> = Vec::new();
    let mut i = start;
    let push_str = |v: &mut Vec<u16>, s: &str| v.extend(s.encode_utf16());
    let open = loop {
        let Some(c) = src[i..].chars().next() else {
            let mut d = err("Unexpected end of input", src.len(), src.len());
            d.unexpected_eof = true;
            return Err(d);
        };
        match c {
            '`' => {
                i += 1;
                break false;
            }
            '$' if b.get(i + 1) == Some(&b'{') => {
                i += 2;
                break true;
            }
            '\r' => {
                i += if b.get(i + 1) == Some(&b'\n') { 2 } else { 1 };
                raw.push(10);
                if let Ok(v) = &mut cooked {
                    v.push(10);
                }
            }
            '\\' => {
                let escape = scan_escape(src, i);
                let len = match &escape {
                    Escape::Text(_, len)
                    | Escape::LineContinuation(len)
                    | Escape::Legacy(_, len, _) => *len,
                    Escape::Invalid(_) => {
                        // Raw text runs on to the next character after the backslash.
                        src[i + 1..].chars().next().map_or(0, char::len_utf8)
                    }
                };
                let text = &src[i..i + 1 + len];
                push_str(&mut raw, &text.replace("\r\n", "\n").replace('\r', "\n"));
                match escape {
                    Escape::Text(cp, _) => {
                        if let Ok(v) = &mut cooked {
                            push_code_point(v, cp);
                        }
                    }
                    Escape::LineContinuation(_) => {}
                    Escape::Legacy(0, 1, _) => {
                        if let Ok(v) = &mut cooked {
                            v.push(0);
                        }
                    }
                    Escape::Legacy(..) => {
                        if cooked.is_ok() {
                            cooked = Err((
                                "Octal escape sequences are not allowed in template strings",
                                Span::new(i, i + 1 + len),
                            ));
                        }
                    }
                    Escape::Invalid(message) => {
                        if cooked.is_ok() {
                            cooked = Err((message, Span::new(i, i + 1 + len)));
                        }
                    }
                }
                i += 1 + len;
            }
            _ => {
                let mut buf = [0u16; 2];
                let units = c.encode_utf16(&mut buf);
                raw.extend_from_slice(units);
                if let Ok(v) = &mut cooked {
                    v.extend_from_slice(units);
                }
                i += c.len_utf8();
            }
        }
    };
    let part = TemplatePart {
        cooked: cooked.map(Into::into),
        raw: raw.into(),
    };
    Ok((part, i - start, open))
}

/// Scans a regular expression literal at `start` (the `/`): pattern, flags, length.
fn scan_regex(src: &str, start: usize) -> Result<(JsText, Name, usize), Diagnostic> {
    let missing = || err("Invalid regular expression: missing /", start, start + 1);
    let mut i = start + 1;
    let mut in_class = false;
    loop {
        let c = src[i..].chars().next().ok_or_else(missing)?;
        match c {
            _ if is_line_terminator(c) => return Err(missing()),
            '\\' => {
                i += 1;
                let next = src[i..].chars().next().ok_or_else(missing)?;
                if is_line_terminator(next) {
                    return Err(missing());
                }
                i += next.len_utf8();
                continue;
            }
            '[' => in_class = true,
            ']' => in_class = false,
            '/' if !in_class => break,
            _ => {}
        }
        i += c.len_utf8();
    }
    let pattern: Vec<u16> = src[start + 1..i].encode_utf16().collect();
    let flags_start = i + 1;
    let mut j = flags_start;
    while let Some(c) = src[j..]
        .chars()
        .next()
        .filter(|&c| is_id_continue(c) || c == '\\')
    {
        j += c.len_utf8();
    }
    let flags = &src[flags_start..j];
    let mut seen = String::new();
    for f in flags.chars() {
        if !"dgimsuyv".contains(f) || seen.contains(f) {
            return Err(err("Invalid regular expression flags", start, j));
        }
        seen.push(f);
    }
    if seen.contains('u') && seen.contains('v') {
        return Err(err("Invalid regular expression flags", start, j));
    }
    Ok((pattern.into(), Name::from(flags), j - start))
}

/// The token stream the grammar consumes, plus what the parser glue needs to know about
/// each token.
pub struct Adapted {
    /// `(start, token, end)` triples for lalrpop.
    pub toks: Vec<(usize, Tok, usize)>,
    /// Whether a line terminator precedes each token (parallel to `toks`).
    pub nl_before: Vec<bool>,
    /// An upper bound on how deep the syntax tree of this token stream can nest; it
    /// decides how much stack the parse needs.
    pub depth_bound: usize,
}

fn is_ident_like(tok: &Tok) -> bool {
    matches!(
        tok,
        Tok::Ident(_)
            | Tok::Async
            | Tok::Await
            | Tok::Get
            | Tok::Let
            | Tok::Of
            | Tok::Set
            | Tok::Static
            | Tok::Yield
    )
}

/// A token that can name a method: identifiers, reserved words, strings, numbers and
/// (in a class) private names.
fn is_property_name(tok: &Tok) -> bool {
    is_ident_like(tok)
        || matches!(
            tok,
            Tok::Str(_) | Tok::Num(_) | Tok::BigInt(_) | Tok::PrivateName(_)
        )
        || is_reserved_word(tok)
}

/// Whether `tok` is a reserved word (`if`, `class`, ...).
fn is_reserved_word(tok: &Tok) -> bool {
    matches!(
        tok,
        Tok::Break
            | Tok::Case
            | Tok::Catch
            | Tok::Class
            | Tok::Const
            | Tok::Continue
            | Tok::Debugger
            | Tok::Default
            | Tok::Delete
            | Tok::Do
            | Tok::Else
            | Tok::Enum
            | Tok::Export
            | Tok::Extends
            | Tok::False
            | Tok::Finally
            | Tok::For
            | Tok::Function
            | Tok::If
            | Tok::Import
            | Tok::In
            | Tok::Instanceof
            | Tok::New
            | Tok::Null
            | Tok::Return
            | Tok::Super
            | Tok::Switch
            | Tok::This
            | Tok::Throw
            | Tok::True
            | Tok::Try
            | Tok::Typeof
            | Tok::Var
            | Tok::Void
            | Tok::While
            | Tok::With
    )
}

/// The index of the bracket matching each opening or closing bracket, or `usize::MAX`.
fn match_brackets(tokens: &[Token]) -> Vec<usize> {
    let mut matches = vec![usize::MAX; tokens.len()];
    let mut stack = Vec::new();
    for (i, t) in tokens.iter().enumerate() {
        match t.tok {
            Tok::LParen | Tok::LBracket | Tok::LBrace | Tok::ArrowParen => stack.push(i),
            Tok::RParen | Tok::RBracket | Tok::RBrace => {
                if let Some(open) = stack.pop() {
                    matches[open] = i;
                    matches[i] = open;
                }
            }
            _ => {}
        }
    }
    matches
}

/// Whether `yield` and `await` are keywords in a stretch of tokens.
#[derive(Clone, Copy, Default)]
struct FnContext {
    generator: bool,
    is_async: bool,
}

/// Rewrites lexed tokens into the grammar's terminals: resolves contextual keywords
/// (`async`, `let`, `of`, `get`, `set`, `static`, and `yield`/`await` by the function
/// they appear in), marks arrow-parameter parentheses and applies the restricted
/// productions (no line break after `return`, `throw`, ... or before postfix `++`).
pub fn adapt(mut tokens: Vec<Token>, top_level_await: bool) -> Adapted {
    let root = FnContext {
        generator: false,
        is_async: top_level_await,
    };
    let n = tokens.len();
    let matches = match_brackets(&tokens);
    // Pass 1: arrow parentheses and the keywords decided by their neighbours.
    for i in 0..n {
        let next_same_line = tokens.get(i + 1).filter(|t| !t.nl_before).map(|t| &t.tok);
        let new = match &tokens[i].tok {
            Tok::LParen => {
                let close = matches[i];
                (close != usize::MAX
                    && tokens
                        .get(close + 1)
                        .is_some_and(|t| t.tok == Tok::Arrow && !t.nl_before))
                .then_some(Tok::ArrowParen)
            }
            Tok::Ident(name) if !tokens[i].escaped => match &**name {
                "of" => Some(Tok::Of),
                "get" => Some(Tok::Get),
                "set" => Some(Tok::Set),
                "static" => Some(Tok::Static),
                "let" => {
                    let next = tokens.get(i + 1);
                    let prev = i.checked_sub(1).map(|p| &tokens[p].tok);
                    // After `var` or `.` it is a name; as the whole body of `if (...)`,
                    // `else` or a loop, a line break after it ends an expression statement.
                    let name_position = matches!(prev, Some(Tok::Dot | Tok::Var));
                    let single_statement = matches!(prev, Some(Tok::RParen | Tok::Else | Tok::Do))
                        && next.is_some_and(|t| t.nl_before && t.tok != Tok::LBracket);
                    (!name_position
                        && !single_statement
                        && next.is_some_and(|t| {
                            matches!(t.tok, Tok::LBracket | Tok::LBrace | Tok::Ident(_))
                        }))
                    .then_some(Tok::Let)
                }
                "async" => {
                    let member_start = tokens[i].nl_before
                        || i == 0
                        || matches!(
                            tokens[i - 1].tok,
                            Tok::LBrace | Tok::Comma | Tok::RBrace | Tok::Semi | Tok::Static
                        );
                    let after = tokens.get(i + 2).map(|t| &t.tok);
                    let keyword = match next_same_line {
                        Some(Tok::Function) => true,
                        Some(Tok::LParen) => {
                            // `async (a) => ...`: the paren is not yet marked (it comes later).
                            let close = matches[i + 1];
                            close != usize::MAX
                                && tokens
                                    .get(close + 1)
                                    .is_some_and(|t| t.tok == Tok::Arrow && !t.nl_before)
                        }
                        Some(Tok::Ident(_)) if after == Some(&Tok::Arrow) => true,
                        Some(t) => {
                            member_start
                                && (is_property_name(t) || matches!(t, Tok::LBracket | Tok::Star))
                        }
                        None => false,
                    };
                    keyword.then_some(Tok::Async)
                }
                _ => None,
            },
            Tok::Throw if tokens.get(i + 1).is_some_and(|t| t.nl_before) => Some(Tok::ThrowNewline),
            Tok::PlusPlus if tokens[i].nl_before => Some(Tok::PlusPlusPrefix),
            Tok::MinusMinus if tokens[i].nl_before => Some(Tok::MinusMinusPrefix),
            Tok::Arrow if tokens[i].nl_before => Some(Tok::ArrowAfterNewline),
            _ => None,
        };
        if let Some(tok) = new {
            tokens[i].tok = tok;
        }
    }
    // Pass 2: which stretches of tokens belong to generator or async functions.
    let ranges = function_ranges(&tokens, &matches);
    let mut open: Vec<(usize, FnContext)> = Vec::new();
    let mut next_range = 0;
    for i in 0..n {
        while open.last().is_some_and(|&(end, _)| end < i) {
            open.pop();
        }
        while next_range < ranges.len() && ranges[next_range].0 == i {
            let (_, end, cx) = ranges[next_range];
            open.push((end, cx));
            next_range += 1;
        }
        let cx = open.last().map_or(root, |&(_, cx)| cx);
        if let Tok::Ident(name) = &tokens[i].tok {
            if tokens[i].escaped {
                continue;
            }
            if &**name == "yield" && cx.generator {
                let bare = tokens.get(i + 1).is_none_or(|t| t.nl_before);
                tokens[i].tok = if bare { Tok::YieldBare } else { Tok::Yield };
            } else if &**name == "await" && cx.is_async {
                tokens[i].tok = Tok::Await;
            }
        }
    }
    // Pass 3: restricted productions and the output triples.
    let mut toks = Vec::with_capacity(n + n / 16);
    let mut nl_before = Vec::with_capacity(n + n / 16);
    for i in 0..n {
        let t = &tokens[i];
        toks.push((t.start, t.tok.clone(), t.end));
        nl_before.push(t.nl_before);
        if matches!(t.tok, Tok::Return | Tok::Break | Tok::Continue)
            && tokens.get(i + 1).is_some_and(|next| next.nl_before)
        {
            toks.push((t.end, Tok::AutoSemi, t.end));
            nl_before.push(false);
        }
    }
    let depth_bound = depth_bound(&toks, &nl_before);
    Adapted {
        toks,
        nl_before,
        depth_bound,
    }
}

/// Token ranges `(first, last, context)` of generator and async functions (parameters
/// and body), of plain functions and methods nested in them, and of async arrow bodies,
/// sorted by their first token.
fn function_ranges(tokens: &[Token], matches: &[usize]) -> Vec<(usize, usize, FnContext)> {
    let n = tokens.len();
    let tok = |i: usize| tokens.get(i).map(|t| &t.tok);
    let body_after = |paren: usize| -> Option<usize> {
        let close = *matches.get(paren)?;
        (close != usize::MAX && tok(close + 1) == Some(&Tok::LBrace))
            .then(|| matches[close + 1])
            .filter(|&end| end != usize::MAX)
    };
    let mut ranges = Vec::new();
    for i in 0..n {
        match &tokens[i].tok {
            Tok::Function => {
                let is_async = i > 0 && tokens[i - 1].tok == Tok::Async;
                let mut j = i + 1;
                let generator = tok(j) == Some(&Tok::Star);
                if generator {
                    j += 1;
                }
                if tok(j).is_some_and(is_ident_like) {
                    j += 1;
                }
                if tok(j) == Some(&Tok::LParen)
                    && let Some(end) = body_after(j)
                {
                    ranges.push((
                        j,
                        end,
                        FnContext {
                            generator,
                            is_async,
                        },
                    ));
                }
            }
            Tok::LParen if i > 0 => {
                let Some(end) = body_after(i) else { continue };
                // The method name: one token, or a computed `[...]`.
                let name = if tokens[i - 1].tok == Tok::RBracket {
                    matches[i - 1]
                } else if is_property_name(&tokens[i - 1].tok) {
                    i - 1
                } else {
                    continue;
                };
                if name == usize::MAX || name == 0 {
                    continue;
                }
                let mut p = name - 1;
                let generator = tokens[p].tok == Tok::Star;
                if generator && p > 0 {
                    p -= 1;
                }
                let is_async = tokens[p].tok == Tok::Async;
                let control = matches!(
                    tokens[i - 1].tok,
                    Tok::If | Tok::While | Tok::For | Tok::Switch | Tok::Catch | Tok::With
                );
                let member_start = matches!(
                    tokens[p].tok,
                    Tok::LBrace
                        | Tok::Comma
                        | Tok::RBrace
                        | Tok::Semi
                        | Tok::Static
                        | Tok::Get
                        | Tok::Set
                        | Tok::Async
                        | Tok::Star
                );
                if tokens[p].tok != Tok::Function
                    && (generator || is_async || (member_start && !control))
                {
                    ranges.push((
                        i,
                        end,
                        FnContext {
                            generator,
                            is_async,
                        },
                    ));
                }
            }
            Tok::Async => {
                // `async (a) => body` or `async a => body`.
                let arrow = match tok(i + 1) {
                    Some(Tok::ArrowParen) => matches[i + 1].checked_add(1),
                    Some(t) if is_ident_like(t) && tok(i + 2) == Some(&Tok::Arrow) => Some(i + 2),
                    _ => None,
                };
                let Some(arrow) = arrow.filter(|&a| tok(a) == Some(&Tok::Arrow)) else {
                    continue;
                };
                let body = arrow + 1;
                let cx = FnContext {
                    generator: false,
                    is_async: true,
                };
                if tok(body) == Some(&Tok::LBrace) {
                    if matches[body] != usize::MAX {
                        ranges.push((body, matches[body], cx));
                    }
                } else {
                    ranges.push((body, concise_body_end(tokens, matches, body), cx));
                }
            }
            _ => {}
        }
    }
    ranges.sort_by_key(|r| r.0);
    ranges
}

/// The last token of a concise arrow body starting at `start`: everything up to the
/// first `,`, `;` or closing bracket outside brackets (an approximation that only decides
/// whether `await` is a keyword).
fn concise_body_end(tokens: &[Token], matches: &[usize], start: usize) -> usize {
    let mut i = start;
    while i < tokens.len() {
        match tokens[i].tok {
            Tok::LParen | Tok::LBracket | Tok::LBrace | Tok::ArrowParen
                if matches[i] != usize::MAX =>
            {
                i = matches[i];
            }
            Tok::Comma | Tok::Semi | Tok::RParen | Tok::RBracket | Tok::RBrace => return i - 1,
            _ => {}
        }
        i += 1;
    }
    tokens.len() - 1
}

/// How much deeper than its chain's start the right operand of a left-associative
/// binary operator may sit: one level per precedence tier that can nest inside another
/// (`||`/`??`, `&&`, `|`, `^`, `&`, equality, relational, shift, additive,
/// multiplicative), plus slack.
const BINARY_TIERS: usize = 12;

/// Whether `tok` after an operand is a left-associative binary operator, whose left
/// operand later phases walk in a loop, so that a chain of them does not nest.
fn is_left_binary(tok: &Tok) -> bool {
    matches!(
        tok,
        Tok::Lt
            | Tok::Gt
            | Tok::LtEq
            | Tok::GtEq
            | Tok::EqEq
            | Tok::NotEq
            | Tok::EqEqEq
            | Tok::NotEqEq
            | Tok::Plus
            | Tok::Minus
            | Tok::Star
            | Tok::Slash
            | Tok::Percent
            | Tok::Shl
            | Tok::Shr
            | Tok::UShr
            | Tok::Amp
            | Tok::Pipe
            | Tok::Caret
            | Tok::AmpAmp
            | Tok::PipePipe
            | Tok::QuestionQuestion
            | Tok::In
            | Tok::Instanceof
    )
}

/// Whether `tok` stays inside the operand it appears in: a prefix operator, or the `.`
/// of a member access. Such a token never begins a new binary chain.
fn is_operand_part(tok: &Tok) -> bool {
    tok.ends_operand()
        || matches!(
            tok,
            Tok::Plus
                | Tok::Minus
                | Tok::Bang
                | Tok::Tilde
                | Tok::PlusPlus
                | Tok::MinusMinus
                | Tok::Typeof
                | Tok::Void
                | Tok::Delete
                | Tok::Await
                | Tok::New
                | Tok::Dot
                | Tok::QuestionDot
        )
}

/// An upper bound on the nesting depth of the syntax tree, in tokens: within one
/// bracket level every token may nest one deeper than the previous one, except that
/// list separators (`,`) and statement ends (`;`, or a line break between two operands,
/// where ASI must apply) start a sibling. A closed bracket adds its contents' bound.
/// Left spines of binary chains do not count: each operator of a chain brings the
/// depth back to where the chain began (the last token that is not part of an operand)
/// plus [`BINARY_TIERS`].
fn depth_bound(toks: &[(usize, Tok, usize)], nl_before: &[bool]) -> usize {
    struct Level {
        cur: usize,
        max: usize,
        saved: usize,
        /// `cur` where the current binary chain began.
        chain: usize,
    }
    let new_level = || Level {
        cur: 0,
        max: 0,
        saved: 0,
        chain: 0,
    };
    let mut levels = vec![new_level()];
    let mut overall = 0;
    for (i, (_, tok, _)) in toks.iter().enumerate() {
        let nested = levels.len() > 1;
        let top = levels.last_mut().expect("the root level is never popped");
        match tok {
            Tok::LParen | Tok::ArrowParen | Tok::LBracket | Tok::LBrace | Tok::TemplateHead(_) => {
                top.cur += 1;
                top.max = top.max.max(top.cur);
                levels.push(new_level());
                continue;
            }
            Tok::RParen | Tok::RBracket | Tok::RBrace | Tok::TemplateTail(_) if nested => {
                let inner = levels.pop().expect("checked above").max;
                let top = levels.last_mut().expect("the root level is never popped");
                top.cur += inner + 1;
                top.max = top.max.max(top.cur);
                continue;
            }
            Tok::Comma | Tok::TemplateMiddle(_) => {
                top.cur = 0;
                top.chain = 0;
            }
            Tok::Semi | Tok::AutoSemi => {
                top.saved = top.cur;
                top.cur = 0;
                top.chain = 0;
            }
            // `else` continues the `if` before the `;` that ended its branch.
            Tok::Else => {
                top.cur = top.cur.max(top.saved) + 1;
                top.chain = top.cur;
            }
            _ if i > 0 && toks[i - 1].1.ends_operand() && is_left_binary(tok) => {
                top.cur = top.chain + BINARY_TIERS;
            }
            _ => {
                let starts_statement = nl_before[i]
                    && i > 0
                    && toks[i - 1].1.ends_operand()
                    && toks[i - 1].1 != Tok::RParen
                    && !matches!(tok, Tok::In | Tok::Instanceof | Tok::Of)
                    && (is_ident_like(tok)
                        || matches!(tok, Tok::Num(_) | Tok::BigInt(_) | Tok::Str(_))
                        || is_reserved_word(tok));
                if starts_statement {
                    top.saved = top.cur;
                    top.cur = 0;
                    top.chain = 0;
                }
                top.cur += 1;
                if !is_operand_part(tok) {
                    top.chain = top.cur;
                }
            }
        }
        top.max = top.max.max(top.cur);
    }
    for level in levels.into_iter().rev() {
        overall = level.max.max(overall + level.cur);
    }
    overall
}
