//! One place that renders every error found before a script runs (syntax and early
//! errors): `FILE:LINE:COL`, the source line, a caret under the spot, the message in
//! Node's wording, and any notes pointing at related places.

use crate::ast::Span;
use std::fmt::Write;

/// The error constructor a diagnostic becomes when it reaches JavaScript (`eval`-like
/// entry points) or is reported: nearly always `SyntaxError`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DiagnosticKind {
    SyntaxError,
    ReferenceError,
}

impl DiagnosticKind {
    pub fn name(self) -> &'static str {
        match self {
            DiagnosticKind::SyntaxError => "SyntaxError",
            DiagnosticKind::ReferenceError => "ReferenceError",
        }
    }
}

/// An error with a place in the source, found before any code runs.
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
#[error("{}: {message}", kind.name())]
pub struct Diagnostic {
    pub kind: DiagnosticKind,
    pub message: String,
    pub span: Span,
    /// Related places, e.g. the first declaration of a redeclared name.
    pub notes: Vec<(String, Span)>,
    /// The input ended before the program was complete (the REPL then asks for more).
    pub unexpected_eof: bool,
}

impl Diagnostic {
    pub fn syntax(message: impl Into<String>, span: Span) -> Diagnostic {
        Diagnostic {
            kind: DiagnosticKind::SyntaxError,
            message: message.into(),
            span,
            notes: Vec::new(),
            unexpected_eof: false,
        }
    }

    pub fn with_note(mut self, message: impl Into<String>, span: Span) -> Diagnostic {
        self.notes.push((message.into(), span));
        self
    }

    /// Renders the diagnostic against `source`, naming the file `file`.
    pub fn render(&self, file: &str, source: &str) -> String {
        let mut out = String::new();
        render_place(&mut out, file, source, self.span);
        let _ = writeln!(out, "{}: {}", self.kind.name(), self.message);
        for (message, span) in &self.notes {
            let (line, col) = line_col(source, span.start as usize);
            let _ = writeln!(out, "{file}:{line}:{col}: note: {message}");
            render_excerpt(&mut out, source, *span);
        }
        out
    }
}

fn render_place(out: &mut String, file: &str, source: &str, span: Span) {
    let (line, col) = line_col(source, span.start as usize);
    let _ = writeln!(out, "{file}:{line}:{col}");
    render_excerpt(out, source, span);
}

/// The source line holding `span.start` and a caret line under the span (clipped to
/// that line).
fn render_excerpt(out: &mut String, source: &str, span: Span) {
    let start = (span.start as usize).min(source.len());
    let (line_start, line_end) = line_bounds(source, start);
    let text = &source[line_start..line_end];
    let _ = writeln!(out, "{text}");
    let pad: String = source[line_start..start]
        .chars()
        .map(|c| if c == '\t' { '\t' } else { ' ' })
        .collect();
    let end = (span.end as usize).clamp(start, line_end);
    let width = source[start..end].chars().count().max(1);
    let _ = writeln!(out, "{pad}{}", "^".repeat(width));
}

/// The byte range of the line holding byte offset `at` (without its terminator).
fn line_bounds(source: &str, at: usize) -> (usize, usize) {
    let start = source[..at]
        .rfind(['\n', '\r', '\u{2028}', '\u{2029}'])
        .map_or(0, |i| {
            i + source[i..].chars().next().map_or(1, char::len_utf8)
        });
    let end = source[at..]
        .find(['\n', '\r', '\u{2028}', '\u{2029}'])
        .map_or(source.len(), |i| at + i);
    (start, end)
}

/// The text of the line holding byte offset `at`.
fn line_text(source: &str, at: usize) -> &str {
    let (start, end) = line_bounds(source, at.min(source.len()));
    &source[start..end]
}

/// The report of an exception that ends the process, in Node's shape: where it was
/// thrown (`FILE:LINE`, the source line, a caret), a blank line, the value as inspected
/// (an error's stack and extra properties), a blank line, and the version line in place
/// of Node's. `site` is the file name, its text and the byte offset of the throw.
pub fn fatal_report(site: Option<(&str, &str, usize)>, shown: &str, is_error: bool) -> String {
    let mut out = String::new();
    if let Some((file, source, pos)) = site {
        // Node sets a thrown non-error apart with a leading blank line instead.
        if !is_error {
            out.push('\n');
        }
        let (line, _) = line_col(source, pos);
        let _ = writeln!(out, "{file}:{line}");
        if source[pos.min(source.len())..]
            .chars()
            .next()
            .is_none_or(|c| matches!(c, '\n' | '\r' | '\u{2028}' | '\u{2029}'))
        {
            // Nothing under the place (the end of a JSON text): Node shows the line
            // without a caret.
            let _ = writeln!(out, "{}", line_text(source, pos));
        } else {
            render_excerpt(&mut out, source, Span::new(pos, pos));
        }
        if is_error {
            out.push('\n');
        }
    }
    let _ = write!(out, "{shown}\n\njsloop v{}", env!("CARGO_PKG_VERSION"));
    out
}

/// The byte offset of 1-based `line` and `col` (in characters), as `line_col` counts.
pub fn offset_of(source: &str, line: usize, col: usize) -> Option<usize> {
    places(source)
        .find(|&(_, l, c)| (l, c) == (line, col))
        .map(|(offset, _, _)| offset)
}

/// 1-based line and column (in characters) of byte offset `pos`, counting every
/// JavaScript line terminator (`\r\n` counts once).
pub fn line_col(source: &str, pos: usize) -> (usize, usize) {
    let pos = pos.min(source.len());
    places(source)
        .find(|&(offset, _, _)| offset >= pos)
        .map_or((1, 1), |(_, line, col)| (line, col))
}

/// Each character's byte offset with the line and column it starts at, then the end
/// of the text with the line and column after the last character.
fn places(source: &str) -> impl Iterator<Item = (usize, usize, usize)> + '_ {
    let mut place = (1, 1);
    let mut prev_cr = false;
    source
        .char_indices()
        .map(Some)
        .chain(std::iter::once(None))
        .map(move |item| {
            let Some((offset, c)) = item else {
                return (source.len(), place.0, place.1);
            };
            let here = (offset, place.0, place.1);
            match c {
                '\n' if prev_cr => {}
                '\n' | '\r' | '\u{2028}' | '\u{2029}' => place = (place.0 + 1, 1),
                _ => place.1 += 1,
            }
            prev_cr = c == '\r';
            here
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_caret_under_span() {
        let src = "const a = 1;\nconst a = 2;\n";
        let d = Diagnostic::syntax(
            "Identifier 'a' has already been declared",
            Span::new(19, 20),
        )
        .with_note("'a' was first declared here", Span::new(6, 7));
        assert_eq!(
            d.render("x.js", src),
            "x.js:2:7\nconst a = 2;\n      ^\nSyntaxError: Identifier 'a' has already been declared\n\
             x.js:1:7: note: 'a' was first declared here\nconst a = 1;\n      ^\n"
        );
    }

    #[test]
    fn line_col_counts_crlf_once() {
        assert_eq!(line_col("a\r\nb", 3), (2, 1));
        assert_eq!(line_col("a\rb", 2), (2, 1));
    }
}
