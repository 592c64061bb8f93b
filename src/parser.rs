//! The lalrpop glue: `parse(source) -> Program`, with every parse error as a Diagnostic.
