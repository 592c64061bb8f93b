//! Generates the parser from grammar/js.lalrpop.
fn main() {
    lalrpop::Configuration::new()
        .set_in_dir("grammar")
        .emit_rerun_directives(true)
        .process()
        .expect("grammar/js.lalrpop is valid");
    println!("cargo:rerun-if-changed=grammar");
}
