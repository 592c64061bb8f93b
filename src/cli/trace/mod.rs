//! The `--trace` writers: they turn the runtime's trace events
//! (`crate::runtime::trace`) into text for people, JSON Lines for tools, a Perfetto
//! trace, or a page that steps through the run; and the checker that tests run over
//! every text trace.

pub mod check;
pub mod html;
pub mod json;
pub mod perfetto;
pub mod text;

use crate::runtime::trace::{HandlerInfo, Pos, TraceSink};
use std::io::Write;
use std::path::Path;

/// A `--trace=FORMAT` choice.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// One numbered, indented line per event (to stderr by default).
    Text,
    /// JSON Lines: a `meta` line, then one object per event (to stdout by default).
    Json,
    /// A Trace Event Format object for Perfetto (to stdout by default).
    Perfetto,
    /// The stepper: one self-contained HTML page (to stdout by default).
    Html,
}

/// Parses the value of `--trace=`: `text`, `json`, `perfetto` or `html`. A build
/// without the `trace` feature has no hooks to trace with, and says so.
pub fn parse_format(text: &str) -> Result<Format, String> {
    if !cfg!(feature = "trace") {
        return Err("this jsloop was built without the `trace` feature".into());
    }
    match text {
        "text" => Ok(Format::Text),
        "json" => Ok(Format::Json),
        "perfetto" => Ok(Format::Perfetto),
        "html" => Ok(Format::Html),
        _ => Err("expected text, json, perfetto or html".into()),
    }
}

/// What a trace writer needs to know of the run.
pub struct RunInfo<'a> {
    pub file: &'a str,
    pub source: &'a str,
    /// Virtual time: the clock is deterministic and shown in the text format.
    pub virtual_time: bool,
    pub limit: u64,
}

/// A sink for `format` writing to `out` (a file) or the format's default stream. A
/// format that writes to stdout takes it from the program, whose console output then
/// goes to stderr.
pub fn sink(
    format: Format,
    out: Option<&Path>,
    run: &RunInfo,
) -> std::io::Result<Box<dyn TraceSink>> {
    let stream: Box<dyn Write> = match (out, format) {
        (Some(path), _) => Box::new(std::io::BufWriter::new(std::fs::File::create(path)?)),
        // Line by line, so the trace and the program's own stderr output interleave in
        // the order they happened.
        (None, Format::Text) => Box::new(std::io::LineWriter::new(std::io::stderr())),
        (None, Format::Json | Format::Perfetto | Format::Html) => {
            crate::runtime::trace::take_stdout();
            Box::new(std::io::BufWriter::new(std::io::stdout()))
        }
    };
    Ok(match format {
        Format::Text => Box::new(text::TextWriter::new(stream, run.virtual_time)),
        Format::Json => Box::new(json::JsonWriter::new(stream, run)?),
        Format::Perfetto => Box::new(perfetto::PerfettoWriter::new(stream, run)),
        Format::Html => Box::new(html::HtmlWriter::new(stream, run)),
    })
}

/// A handler as the text format shows it (`f (3:24)`, `resolve P5`, ...).
pub fn handler_text(h: &HandlerInfo) -> String {
    let function = |name: &str, at: Option<Pos>| {
        let name = if name.is_empty() { "anonymous" } else { name };
        match at {
            Some(at) => format!("{name} ({at})"),
            None => name.to_string(),
        }
    };
    match h.kind {
        "function" | "native" => function(&h.name, h.at),
        "finally" => format!("finally {}", function(&h.name, h.at)),
        "resolve" | "reject" => format!("{} {}", h.kind, h.name),
        "all" | "allSettled" | "any" => format!("Promise.{} element {}", h.kind, h.name),
        "identity" => "pass the value on".into(),
        "thrower" => "pass the reason on".into(),
        "finally-return" => "finally passes the value on".into(),
        "finally-rethrow" => "finally passes the reason on".into(),
        other => other.to_string(),
    }
}
