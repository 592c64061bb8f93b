//! Parser tests: AST shapes, error messages and spans.

use super::parse;

#[test]
fn scratch() {
    let src = std::env::var("JS").unwrap_or_default();
    match parse(&src) {
        Ok(p) => println!("{p:#?}"),
        Err(e) => println!("ERR {e:?}\n{}", e.render("x.js", &src)),
    }
}
