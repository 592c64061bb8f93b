//! The command-line front ends that are library code, shared by `jsloop` and the tests.

pub mod golden;
pub mod repl;
