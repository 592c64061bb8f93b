//! The command-line front ends that are library code, shared by `jsloop` and the tests.

pub mod golden;
pub mod repl;
pub mod trace;

use std::io::Read;

/// The stack size of the thread the interpreter runs on: natives that call back into
/// JavaScript nest Rust frames, and deep (but bounded) source nesting recurses in the
/// compiler.
pub const STACK_SIZE: usize = 1 << 30;

/// Source text from bytes as Node decodes a file: invalid UTF-8 becomes U+FFFD (one
/// per maximal bad subsequence, as the WHATWG decoder does), so bad bytes in a comment
/// or a string do not stop the script.
pub fn decode_source(bytes: Vec<u8>) -> String {
    match String::from_utf8(bytes) {
        Ok(text) => text,
        Err(e) => String::from_utf8_lossy(e.as_bytes()).into_owned(),
    }
}

/// A script file's text, decoded as `decode_source` does.
pub fn read_source(path: impl AsRef<std::path::Path>) -> std::io::Result<String> {
    std::fs::read(path).map(decode_source)
}

/// All of stdin as script text, decoded as `decode_source` does.
pub fn read_source_stdin() -> std::io::Result<String> {
    let mut bytes = Vec::new();
    std::io::stdin().read_to_end(&mut bytes)?;
    Ok(decode_source(bytes))
}
