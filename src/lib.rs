//! jsloop: a JavaScript interpreter whose runtime models the event loop exactly.
//!
//! The pipeline, one module per phase: [`lexer`] -> [`parser`] (grammar/js.lalrpop) ->
//! [`ast`] -> [`compiler`] (scopes, early errors, bytecode) -> [`vm`] -> [`runtime`]
//! (heap, GC, objects, event loop) with the globals in [`builtins`]; [`cli`] holds the
//! command-line front ends.

pub mod ast;
pub mod cli;
pub mod diagnostics;
pub mod lexer;
pub mod parser;
