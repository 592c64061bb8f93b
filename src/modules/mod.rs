//! Node's module system: how a file is run (CommonJS or ES module, by extension,
//! the nearest package.json `type`, or Node 24's syntax detection), CommonJS
//! `require` ([`cjs`]) and the resolution of module requests to files ([`resolve`]).

pub mod cjs;
pub mod esm;
pub mod namespace;
pub mod package;
pub mod resolve;

use crate::runtime::heap::{Trace, Tracer};
use crate::runtime::{ObjRef, Value};
use rustc_hash::FxHashMap;

/// The loader's state: the module caches and the main module.
#[derive(Default)]
pub struct Loader {
    /// `require.cache`: the CommonJS module objects by absolute filename.
    pub cache: Option<ObjRef>,
    /// The main module (`require.main`).
    pub main: Option<ObjRef>,
    /// The exports of the built-in modules loaded so far, by bare name.
    pub builtins: FxHashMap<&'static str, Value>,
    /// Which module first required each CommonJS module (filename to filename), for
    /// the "Require stack" of a failed `require`.
    pub parents: FxHashMap<String, String>,
    /// The ES modules loaded so far.
    pub esm: esm::Graph,
}

impl Trace for Loader {
    fn trace(&self, tracer: &mut Tracer) {
        if let Some(cache) = self.cache {
            tracer.obj(cache);
        }
        if let Some(main) = self.main {
            tracer.obj(main);
        }
        for &v in self.builtins.values() {
            tracer.value(v);
        }
        self.esm.trace(tracer);
    }
}

/// How a file runs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// CommonJS: `.cjs`, or `.js` under a package.json with `"type": "commonjs"`.
    CommonJs,
    /// An ES module: `.mjs`, or `.js` under a package.json with `"type": "module"`.
    Module,
    /// A `.json` file (required as its parsed value).
    Json,
    /// A `.js` file no package.json types: CommonJS unless it only parses as a module
    /// (Node 24's syntax detection).
    Detect,
}

/// The format of the file at absolute `filename`, as Node decides it.
pub fn format_of(vm: &mut crate::vm::Vm, filename: &str) -> Format {
    let ext = crate::builtins::node::path::extname(filename);
    match ext.as_str() {
        ".cjs" => Format::CommonJs,
        ".mjs" => Format::Module,
        ".json" => Format::Json,
        _ => match resolve::package_type(vm, filename).as_deref() {
            Some("module") => Format::Module,
            Some("commonjs") => Format::CommonJs,
            _ => Format::Detect,
        },
    }
}

/// Whether a syntax error of the CommonJS parse is one only module syntax causes
/// (`import`/`export` declarations, `import.meta`, top-level `await`): Node 24 then runs
/// the file as an ES module.
pub fn is_module_syntax_error(message: &str) -> bool {
    message.starts_with("Cannot use import statement outside a module")
        || message.starts_with("Unexpected token 'export'")
        || message.starts_with("Cannot use 'import.meta' outside a module")
        || message.starts_with("await is only valid")
}

/// `filename` as stack traces and diagnostics name it: relative to the working
/// directory when inside it (so reports read the same on every machine), else as is.
pub fn display_name(filename: &str) -> String {
    let cwd = std::env::current_dir()
        .ok()
        .and_then(|d| d.canonicalize().ok())
        .map(|d| d.to_string_lossy().into_owned());
    match cwd {
        Some(cwd) => match filename.strip_prefix(&cwd) {
            Some(rest) if rest.starts_with('/') => rest[1..].to_string(),
            _ => filename.to_string(),
        },
        None => filename.to_string(),
    }
}
