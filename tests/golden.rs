//! Runs each golden case under tests/golden as its own test, named `<area>/<name>`.
//!
//! With `JSLOOP_BLESS=1` a case whose output differs has its expectations rewritten
//! instead of failing; compare the new output with Node's before committing it.

use std::path::Path;

use jsloop::cli::golden::{self, Case, Verdict};
use libtest_mimic::{Arguments, Failed, Trial};

fn main() {
    let args = Arguments::from_args();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join("golden");
    let bless = std::env::var_os("JSLOOP_BLESS").is_some_and(|value| value == "1");
    let cases = golden::discover(std::slice::from_ref(&root)).expect("tests/golden is readable");
    let trials = cases
        .into_iter()
        .map(|case| {
            let name = case.name(&root);
            Trial::test(name, move || check(&case, bless))
        })
        .collect();
    libtest_mimic::run(&args, trials).exit();
}

/// One trial: the case passes, or is blessed, or fails with the runner's diff.
fn check(case: &Case, bless: bool) -> Result<(), Failed> {
    match golden::check(Path::new(env!("CARGO_BIN_EXE_jsloop")), case, bless) {
        Verdict::Passed | Verdict::Blessed => Ok(()),
        Verdict::Failed(report) => Err(report.into()),
    }
}
