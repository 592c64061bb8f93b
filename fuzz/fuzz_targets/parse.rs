//! The lexer and parser: any text either parses or is a SyntaxError diagnostic.
#![no_main]

mod common;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    common::with_source(data, |source| {
        if let Err(diagnostic) = jsloop::parser::parse(source) {
            // Rendering points into the source by span: a bad span panics here.
            diagnostic.render("fuzz.js", source);
        }
    });
});
