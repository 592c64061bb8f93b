//! ES modules as Cyclic Module Records (ECMA-262 16.2.1.5): a graph is loaded (every
//! file parsed, its import and export declarations recorded), linked (each import
//! resolved through ResolveExport to the slot of the binding it names, so reads are
//! live), instantiated (every module's functions created, before any code runs) and
//! evaluated depth first, dependencies before dependents, each module once; a cycle
//! meets a module still evaluating and goes on. Built-in modules and CommonJS files
//! imported from a module are records whose exports are copied in when they evaluate
//! (`default` is `module.exports`; named exports are the names a static scan of the
//! CommonJS source finds, as Node's cjs-module-lexer does).

use super::package::{self, Conditions};
use super::{cjs, resolve};
use crate::ast::*;
use crate::builtins::node::{error_with_code, path};
use crate::compiler::bytecode::{FunctionTemplate, Source};
use crate::compiler::module::{IMPORT_CALL, IMPORT_META};
use crate::compiler::scope;
use crate::compiler::{GlobalLexical, ModulePhase, ModuleScope, compile_module};
use crate::diagnostics::Diagnostic;
use crate::runtime::object::DEFAULT_ATTRS;
use crate::runtime::{ObjRef, ObjectKind, Value};
use crate::vm::{ErrorKind, JsError, JsResult, Vm};
use rustc_hash::FxHashMap;
use std::rc::Rc;

/// Where a module is in its life (the spec's [[Status]]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Status {
    Unlinked,
    Linked,
    Evaluating,
    /// Its body (or a dependency's) awaits; dependents wait for it (evaluating-async).
    EvaluatingAsync,
    Evaluated,
    /// Evaluation threw `error`; every later import of it throws the same.
    Failed,
}

/// What the record runs.
enum Body {
    /// JavaScript module source, compiled once linked.
    Source {
        program: Vec<Stmt>,
        span: Span,
        source: Rc<Source>,
        instantiate: Option<Rc<FunctionTemplate>>,
        evaluate: Option<Rc<FunctionTemplate>>,
    },
    /// A built-in module (`node:path`).
    Builtin(String),
    /// A CommonJS file.
    CommonJs,
}

/// An `import` binding (ImportEntry).
struct ImportEntry {
    request: usize,
    /// `None`: the namespace (`* as local`).
    imported: Option<Name>,
    local: Name,
}

/// An export (ExportEntry): a local binding, another module's export, or all of them.
enum ExportEntry {
    Local {
        exported: Name,
        local: Name,
    },
    Indirect {
        exported: Name,
        request: usize,
        /// `None`: the other module's namespace (`export * as exported`).
        imported: Option<Name>,
    },
    Star {
        request: usize,
    },
}

/// One module of the graph.
pub struct ModuleRecord {
    /// The absolute filename, or `node:name` for a built-in.
    filename: String,
    body: Body,
    scope: ModuleScope,
    /// The slot of each of the module's own top-level bindings.
    locals: FxHashMap<Name, u32>,
    /// The module requests, in source order, and the modules they resolved to.
    requests: Vec<Name>,
    deps: Vec<usize>,
    imports: Vec<ImportEntry>,
    exports: Vec<ExportEntry>,
    status: Status,
    /// Whether the instantiate template has run (functions and `var`s exist).
    instantiated: bool,
    error: Option<Value>,
    namespace: Option<ObjRef>,
    /// What `require()` of this module returns, once made (see [`require_module`]).
    required: Option<Value>,
    /// The fields of the spec's async module evaluation (16.2.1.5.3): the depth-first
    /// index and the lowest index reachable, the root of the module's cycle, whether
    /// its evaluation is asynchronous and when it became so, how many asynchronous
    /// dependencies it still waits for, the modules waiting for it, and the promise of
    /// an Evaluate() started at it.
    dfs_index: usize,
    dfs_ancestor_index: usize,
    cycle_root: usize,
    async_evaluation: bool,
    async_order: u64,
    pending_async: usize,
    async_parents: Vec<usize>,
    capability: Option<ObjRef>,
}

/// The ES module graph of a realm.
#[derive(Default)]
pub struct Graph {
    pub records: Vec<ModuleRecord>,
    by_filename: FxHashMap<String, usize>,
    /// The modules `require()` is loading now, innermost last, with the filename of
    /// the module that required each.
    requiring: Vec<(usize, Option<String>)>,
    /// How many modules have become asynchronous (their [[AsyncEvaluation]] order).
    async_count: u64,
}

impl crate::runtime::heap::Trace for Graph {
    fn trace(&self, tracer: &mut crate::runtime::heap::Tracer) {
        for r in &self.records {
            if let Some(e) = r.error {
                tracer.value(e);
            }
            if let Some(ns) = r.namespace {
                tracer.obj(ns);
            }
            if let Some(v) = r.required {
                tracer.value(v);
            }
            if let Some(p) = r.capability {
                tracer.obj(p);
            }
        }
    }
}

/// Why a graph did not load: a file that does not parse (reported as a diagnostic
/// before anything runs, for the main module's graph) or an error to throw.
pub enum LoadError {
    Syntax(String),
    Thrown(JsError),
}

impl From<JsError> for LoadError {
    fn from(e: JsError) -> Self {
        LoadError::Thrown(e)
    }
}

/// A new slot among the realm's lexical slots.
fn new_slot(vm: &mut Vm) -> u32 {
    vm.globals.slot_count += 1;
    vm.globals.slot_count - 1
}

fn slot_value(vm: &Vm, slot: u32) -> Value {
    vm.global_lexicals
        .get(slot as usize)
        .copied()
        .unwrap_or(Value::Empty)
}

fn set_slot(vm: &mut Vm, slot: u32, value: Value) {
    let i = slot as usize;
    if vm.global_lexicals.len() <= i {
        vm.global_lexicals.resize(i + 1, Value::Empty);
    }
    vm.global_lexicals[i] = value;
}

/// The `file://` URL of an absolute filename.
pub fn file_url(filename: &str) -> String {
    let mut url = String::from("file://");
    for b in filename.bytes() {
        if b.is_ascii_alphanumeric() || b"/-_.~!$&'()*+,;=:@".contains(&b) {
            url.push(b as char);
        } else {
            url.push_str(&format!("%{b:02X}"));
        }
    }
    url
}

/// Parses the module source `text` of `filename` (named `name` in reports) into a
/// record, its imports and exports taken out of the body.
fn source_record(
    vm: &mut Vm,
    filename: &str,
    name: &str,
    text: &str,
) -> Result<ModuleRecord, Diagnostic> {
    let program = crate::parser::parse_goal(text, crate::parser::Goal::Module)?;
    let span = program.span;
    let mut record = ModuleRecord::new(filename, Body::CommonJs);
    let mut body = Vec::with_capacity(program.body.len());
    for stmt in program.body {
        match stmt.kind {
            StmtKind::Import(decl) => {
                let request = record.request(&decl.request);
                for b in decl.bindings {
                    record.imports.push(ImportEntry {
                        request,
                        imported: b.imported,
                        local: b.local,
                    });
                }
            }
            StmtKind::Export(decl) => record.export(*decl, &mut body),
            _ => body.push(stmt),
        }
    }
    for (name, _) in scope::var_names(&body) {
        record.local(vm, &name);
    }
    for d in scope::lexical_decls(&body) {
        record.local(vm, &d.name);
    }
    for special in [IMPORT_META, IMPORT_CALL] {
        record.local(vm, special);
    }
    record.body = Body::Source {
        program: body,
        span,
        source: Rc::new(Source {
            name: name.to_string(),
            text: text.to_string(),
            eval_origin: None,
        }),
        instantiate: None,
        evaluate: None,
    };
    Ok(record)
}

impl ModuleRecord {
    /// A record with no bindings, requests or exports yet.
    fn new(filename: &str, body: Body) -> ModuleRecord {
        ModuleRecord {
            filename: filename.to_string(),
            body,
            scope: ModuleScope::default(),
            locals: FxHashMap::default(),
            requests: Vec::new(),
            deps: Vec::new(),
            imports: Vec::new(),
            exports: Vec::new(),
            status: Status::Unlinked,
            instantiated: false,
            error: None,
            namespace: None,
            required: None,
            dfs_index: 0,
            dfs_ancestor_index: 0,
            cycle_root: 0,
            async_evaluation: false,
            async_order: 0,
            pending_async: 0,
            async_parents: Vec::new(),
            capability: None,
        }
    }

    /// The index of module request `specifier`, added when new.
    fn request(&mut self, specifier: &Name) -> usize {
        match self.requests.iter().position(|r| r == specifier) {
            Some(i) => i,
            None => {
                self.requests.push(specifier.clone());
                self.requests.len() - 1
            }
        }
    }

    /// Gives the module's own binding `name` a slot (once).
    fn local(&mut self, vm: &mut Vm, name: &str) {
        if !self.locals.contains_key(name) {
            let slot = new_slot(vm);
            self.locals.insert(name.into(), slot);
        }
    }

    /// Records an export declaration; declarations it carries join `body`.
    fn export(&mut self, decl: ExportDecl, body: &mut Vec<Stmt>) {
        let local = |exported: &str, local: &Name| ExportEntry::Local {
            exported: exported.into(),
            local: local.clone(),
        };
        match decl {
            ExportDecl::Declaration(stmt) => {
                let mut names: Vec<Name> = scope::var_names(std::slice::from_ref(&stmt))
                    .into_iter()
                    .map(|(n, _)| n)
                    .collect();
                names.extend(
                    scope::lexical_decls(std::slice::from_ref(&stmt))
                        .into_iter()
                        .map(|d| d.name),
                );
                for n in &names {
                    self.exports.push(local(n, n));
                }
                body.push(*stmt);
            }
            ExportDecl::DefaultFunction(f) => {
                let name = f.name.clone().expect("the grammar names default functions");
                self.exports.push(local("default", &name));
                let span = f.span;
                body.push(Stmt {
                    kind: StmtKind::FunctionDecl(f),
                    span,
                });
            }
            ExportDecl::DefaultClass(c) => {
                let name = c.name.clone().expect("the grammar names default classes");
                self.exports.push(local("default", &name));
                let span = c.span;
                body.push(Stmt {
                    kind: StmtKind::ClassDecl(c),
                    span,
                });
            }
            ExportDecl::DefaultExpr(e) => {
                // `export default e;` is `let default = e;` under a name no code can
                // spell (and anonymous functions get the name "default").
                let span = e.span;
                self.exports.push(local("default", &"default".into()));
                body.push(Stmt {
                    kind: StmtKind::VarDecl(VarDecl {
                        kind: VarKind::Let,
                        decls: vec![VarDeclarator {
                            target: Pattern::Ident {
                                name: "default".into(),
                                span,
                            },
                            init: Some(e),
                            span,
                        }],
                    }),
                    span,
                });
            }
            ExportDecl::Named {
                specifiers,
                from: None,
            } => {
                for s in specifiers {
                    self.exports.push(local(&s.exported, &s.local));
                }
            }
            ExportDecl::Named {
                specifiers,
                from: Some(from),
            } => {
                let request = self.request(&from);
                for s in specifiers {
                    self.exports.push(ExportEntry::Indirect {
                        exported: s.exported,
                        request,
                        imported: Some(s.local),
                    });
                }
            }
            ExportDecl::Star { alias, from } => {
                let request = self.request(&from);
                self.exports.push(match alias {
                    Some(exported) => ExportEntry::Indirect {
                        exported,
                        request,
                        imported: None,
                    },
                    None => ExportEntry::Star { request },
                });
            }
        }
    }
}

/// A record whose exports the host fills in when it evaluates (built-ins, CommonJS):
/// one local per export name, exported under that name.
fn host_record(vm: &mut Vm, filename: &str, body: Body, names: &[String]) -> ModuleRecord {
    let mut record = ModuleRecord::new(filename, body);
    for name in std::iter::once("default").chain(names.iter().map(String::as_str)) {
        if record.locals.contains_key(name) {
            continue;
        }
        record.local(vm, name);
        record.exports.push(ExportEntry::Local {
            exported: name.into(),
            local: name.into(),
        });
    }
    record
}

/// Resolves `specifier` from the module file `referrer` as Node's ESM resolver does
/// (`moduleResolve`): built-ins by name, paths exactly as written (no extensions
/// added), `#name` through the package's `imports`, packages through their `exports`
/// or `node_modules`. Returns the record's key: a filename or `node:name`.
fn resolve_specifier(vm: &mut Vm, specifier: &str, referrer: &str) -> JsResult<String> {
    if let Some((name, _)) = crate::builtins::node::lookup(specifier) {
        return Ok(format!("node:{name}"));
    }
    if crate::builtins::node::is_node_builtin(specifier) {
        return Err(crate::builtins::node::unavailable(vm, specifier));
    }
    if specifier.starts_with("node:") {
        return Err(error_with_code(
            vm,
            ErrorKind::Error,
            "ERR_UNKNOWN_BUILTIN_MODULE",
            &format!("No such built-in module: {specifier}"),
        ));
    }
    if specifier.starts_with("data:") {
        return Ok(specifier.to_string());
    }
    let specifier_path = specifier.strip_prefix("file://").unwrap_or(specifier);
    if referrer.starts_with("data:") && resolve::is_path_request(specifier_path) {
        // A data: URL is no base for a path (its scheme is not hierarchical).
        let message = format!(
            "Failed to resolve module specifier \"{specifier}\" from \"{referrer}\": \
             Invalid relative URL or base scheme is not hierarchical."
        );
        return Err(error_with_code(
            vm,
            ErrorKind::TypeError,
            "ERR_UNSUPPORTED_RESOLVE_REQUEST",
            &message,
        ));
    }
    let file = if resolve::is_path_request(specifier_path) {
        path::resolve(&[path::dirname(referrer), specifier_path.to_string()])
    } else if specifier.starts_with('#') {
        package::imports_resolve(vm, specifier, referrer, Conditions::Import)?
    } else {
        package::package_resolve(vm, specifier, referrer, Conditions::Import)?
    };
    if file.starts_with("node:") {
        return Ok(file);
    }
    finalize(vm, &file, referrer)
}

/// `finalizeResolution`: the resolved file must exist and not be a folder; its real
/// path is the record's key.
fn finalize(vm: &mut Vm, file: &str, referrer: &str) -> JsResult<String> {
    let target = std::path::Path::new(file.strip_suffix('/').unwrap_or(file));
    if target.is_dir() {
        let message = format!(
            "Directory import '{file}' is not supported resolving ES modules imported from {referrer}"
        );
        return Err(error_with_code(
            vm,
            ErrorKind::Error,
            "ERR_UNSUPPORTED_DIR_IMPORT",
            &message,
        ));
    }
    if !target.is_file() {
        let e = package::module_not_found(vm, "module", file, referrer);
        // Node's error also carries the URL it looked for.
        if let JsError::Thrown(Value::Object(o)) = e {
            let url = Value::String(vm.heap.alloc_str(&file_url(file)));
            vm.define_named(o, "url", url, DEFAULT_ATTRS);
        }
        return Err(e);
    }
    Ok(resolve::real_path(file))
}

/// Loads the module at `key` and, depth first, everything it imports; returns its
/// index. A record is registered before its requests load, so cycles end.
fn load(vm: &mut Vm, key: &str, text: Option<(&str, &str)>) -> Result<usize, LoadError> {
    if let Some(&i) = vm.modules.esm.by_filename.get(key) {
        return Ok(i);
    }
    let record = if let Some(name) = key.strip_prefix("node:") {
        let exports = cjs::builtin(vm, name)?.unwrap_or(Value::Undefined);
        let names = own_names(vm, exports)?;
        host_record(vm, key, Body::Builtin(name.to_string()), &names)
    } else if key.starts_with("data:") {
        let text = data_url_source(vm, key).map_err(LoadError::Thrown)?;
        source_record(vm, key, key, &text).map_err(|d| LoadError::Syntax(d.render(key, &text)))?
    } else {
        let owned;
        let (name, text) = match text {
            Some(given) => given,
            None => {
                owned = crate::cli::read_source(key).map_err(|e| {
                    LoadError::Thrown(JsError::Native(
                        ErrorKind::Error,
                        format!("Cannot read {key}: {e}"),
                    ))
                })?;
                (key, owned.as_str())
            }
        };
        let display = super::display_name(name);
        match super::format_of(vm, key) {
            super::Format::CommonJs | super::Format::Json => {
                let names = commonjs_export_names(text);
                host_record(vm, key, Body::CommonJs, &names)
            }
            super::Format::Detect if !looks_like_module(text) => {
                let names = commonjs_export_names(text);
                host_record(vm, key, Body::CommonJs, &names)
            }
            _ => source_record(vm, key, &display, text)
                .map_err(|d| LoadError::Syntax(d.render(&display, text)))?,
        }
    };
    let index = vm.modules.esm.records.len();
    vm.modules.esm.records.push(record);
    vm.modules.esm.by_filename.insert(key.to_string(), index);
    let requests = vm.modules.esm.records[index].requests.clone();
    let mut deps = Vec::with_capacity(requests.len());
    for specifier in requests {
        let dep_key = resolve_specifier(vm, &specifier, key)?;
        deps.push(load(vm, &dep_key, None)?);
    }
    vm.modules.esm.records[index].deps = deps;
    Ok(index)
}

/// The module source a `data:` URL holds (`data:text/javascript,...`, percent-escaped
/// or `;base64`), or Node's error for one of another type: JSON modules need an
/// import attribute, anything else is an unknown format.
fn data_url_source(vm: &mut Vm, url: &str) -> JsResult<String> {
    let body = &url["data:".len()..];
    let invalid =
        |vm: &mut Vm| error_with_code(vm, ErrorKind::TypeError, "ERR_INVALID_URL", "Invalid URL");
    if body.is_empty() {
        return Err(invalid(vm));
    }
    // The type is `type/subtype` up to the first ';' or ','; without one Node's
    // format is null.
    let mime = body
        .split([';', ','])
        .next()
        .filter(|m| m.find('/').is_some_and(|i| i > 0 && i + 1 < m.len()));
    match mime {
        Some("text/javascript" | "application/javascript") => {}
        Some("application/json") => {
            return Err(error_with_code(
                vm,
                ErrorKind::TypeError,
                "ERR_IMPORT_ATTRIBUTE_MISSING",
                &format!("Module \"{url}\" needs an import attribute of \"type: json\""),
            ));
        }
        other => {
            let mime = other.unwrap_or("null");
            return Err(error_with_code(
                vm,
                ErrorKind::RangeError,
                "ERR_UNKNOWN_MODULE_FORMAT",
                &format!("Unknown module format: {mime} for URL {url}"),
            ));
        }
    }
    let Some((header, data)) = body.split_once(',') else {
        return Err(invalid(vm));
    };
    let base64 = header.ends_with(";base64");
    let bytes: Vec<u8> = percent_encoding::percent_decode(data.as_bytes()).collect();
    let bytes = if base64 {
        let units: Vec<u16> = bytes.iter().map(|&b| u16::from(b)).collect();
        crate::builtins::web::codec::base64_decode(&units)
    } else {
        bytes
    };
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}

/// How a `.js` file nothing types runs, by Node's detection.
pub enum Detected {
    /// As a module: it does not parse as CommonJS because of module syntax.
    Module,
    /// As CommonJS, with the result of parsing it so, which the caller compiles rather
    /// than reading the text a second time.
    CommonJs(Result<Program, Diagnostic>),
}

/// Node's detection for a `.js` file nothing types.
pub fn detect(text: &str) -> Detected {
    match crate::parser::parse_goal(text, crate::parser::Goal::CommonJs) {
        Err(d) if super::is_module_syntax_error(&d.message) => Detected::Module,
        parsed => Detected::CommonJs(parsed),
    }
}

/// Whether a `.js` file nothing types must run as a module.
pub fn looks_like_module(text: &str) -> bool {
    matches!(detect(text), Detected::Module)
}

/// The own string keys of a built-in's exports.
fn own_names(vm: &mut Vm, exports: Value) -> JsResult<Vec<String>> {
    let Value::Object(o) = exports else {
        return Ok(Vec::new());
    };
    let mut names = Vec::new();
    for key in vm.own_keys(o)? {
        if let crate::runtime::object::PropertyKey::String(_) = key {
            let v = vm.key_to_value(key);
            names.push(vm.to_rust_string(v)?);
        }
    }
    Ok(names)
}

/// The names a CommonJS source exports, found without running it: `exports.x =`,
/// `module.exports.x =` and the keys of `module.exports = { a, b: c }` (the simple
/// forms Node's cjs-module-lexer detects).
fn commonjs_export_names(text: &str) -> Vec<String> {
    let mut names = Vec::new();
    let ident = |s: &str| -> String {
        s.chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_' || *c == '$')
            .collect()
    };
    for prefix in ["module.exports.", "exports."] {
        let mut rest = text;
        while let Some(i) = rest.find(prefix) {
            let before = rest[..i].chars().next_back();
            let after = &rest[i + prefix.len()..];
            rest = after;
            if before.is_some_and(|c| c.is_alphanumeric() || c == '.' || c == '_' || c == '$') {
                continue;
            }
            let name = ident(after);
            if !name.is_empty()
                && after[name.len()..].trim_start().starts_with('=')
                && !after[name.len()..].trim_start().starts_with("==")
                && !names.contains(&name)
            {
                names.push(name);
            }
        }
    }
    if let Some(i) = text.find("module.exports") {
        let after = text[i + "module.exports".len()..].trim_start();
        if let Some(obj) = after.strip_prefix('=').map(str::trim_start)
            && let Some(inner) = obj.strip_prefix('{')
        {
            let mut depth = 0;
            let mut item = String::new();
            for c in inner.chars() {
                match c {
                    '{' | '(' | '[' => depth += 1,
                    '}' | ')' | ']' if depth == 0 => break,
                    '}' | ')' | ']' => depth -= 1,
                    ',' if depth == 0 => {
                        commonjs_object_key(&item, &mut names);
                        item.clear();
                        continue;
                    }
                    _ => {}
                }
                if depth == 0 {
                    item.push(c);
                }
            }
            commonjs_object_key(&item, &mut names);
        }
    }
    names
}

/// The key of one `module.exports = { ... }` entry: `a`, `a: x`, `'a': x`.
fn commonjs_object_key(item: &str, names: &mut Vec<String>) {
    let item = item.trim();
    let key = item.split(':').next().unwrap_or("").trim();
    let key = key.trim_matches(|c| c == '\'' || c == '"');
    let valid = !key.is_empty()
        && !key.starts_with("...")
        && key
            .chars()
            .all(|c| c.is_alphanumeric() || c == '_' || c == '$');
    if valid && !names.iter().any(|n| n == key) {
        names.push(key.to_string());
    }
}

/// What ResolveExport finds.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Resolution {
    Slot(u32),
    Namespace(usize),
    NotFound,
    Ambiguous,
}

/// ResolveExport(exportName, resolveSet) (16.2.1.6.3).
fn resolve_export(vm: &Vm, m: usize, name: &str, set: &mut Vec<(usize, Name)>) -> Resolution {
    if set.iter().any(|(sm, sn)| *sm == m && &**sn == name) {
        // A circular import request.
        return Resolution::NotFound;
    }
    set.push((m, name.into()));
    let record = &vm.modules.esm.records[m];
    for e in &record.exports {
        match e {
            ExportEntry::Local { exported, local } if &**exported == name => {
                // A re-exported import resolves where the import does.
                if let Some(import) = record.imports.iter().find(|i| i.local == *local) {
                    let dep = record.deps[import.request];
                    return match &import.imported {
                        None => Resolution::Namespace(dep),
                        Some(n) => resolve_export(vm, dep, n, set),
                    };
                }
                return match record.locals.get(local) {
                    Some(&slot) => Resolution::Slot(slot),
                    None => Resolution::NotFound,
                };
            }
            ExportEntry::Indirect {
                exported,
                request,
                imported,
            } if &**exported == name => {
                let dep = record.deps[*request];
                return match imported {
                    None => Resolution::Namespace(dep),
                    Some(n) => resolve_export(vm, dep, n, set),
                };
            }
            _ => {}
        }
    }
    if name == "default" {
        return Resolution::NotFound;
    }
    let mut star = Resolution::NotFound;
    let stars: Vec<usize> = record
        .exports
        .iter()
        .filter_map(|e| match e {
            ExportEntry::Star { request } => Some(record.deps[*request]),
            _ => None,
        })
        .collect();
    for dep in stars {
        match resolve_export(vm, dep, name, set) {
            Resolution::Ambiguous => return Resolution::Ambiguous,
            Resolution::NotFound => {}
            found if star == Resolution::NotFound => star = found,
            found if found != star => return Resolution::Ambiguous,
            _ => {}
        }
    }
    star
}

/// GetExportedNames(exportStarSet) (16.2.1.6.2).
fn exported_names(vm: &Vm, m: usize, visited: &mut Vec<usize>) -> Vec<Name> {
    if visited.contains(&m) {
        return Vec::new();
    }
    visited.push(m);
    let record = &vm.modules.esm.records[m];
    let mut names: Vec<Name> = Vec::new();
    let mut stars = Vec::new();
    for e in &record.exports {
        match e {
            ExportEntry::Local { exported, .. } | ExportEntry::Indirect { exported, .. } => {
                names.push(exported.clone());
            }
            ExportEntry::Star { request } => stars.push(record.deps[*request]),
        }
    }
    for dep in stars {
        for n in exported_names(vm, dep, visited) {
            if &*n != "default" && !names.contains(&n) {
                names.push(n);
            }
        }
    }
    names
}

/// GetModuleNamespace(module) (16.2.1.10): made once, its names those that resolve
/// unambiguously, sorted by code units.
fn namespace(vm: &mut Vm, m: usize) -> ObjRef {
    if let Some(ns) = vm.modules.esm.records[m].namespace {
        return ns;
    }
    let mut exports: Vec<(Name, Resolution)> = Vec::new();
    for name in exported_names(vm, m, &mut Vec::new()) {
        match resolve_export(vm, m, &name, &mut Vec::new()) {
            r @ (Resolution::Slot(_) | Resolution::Namespace(_)) => exports.push((name, r)),
            Resolution::NotFound | Resolution::Ambiguous => {}
        }
    }
    exports.sort_by(|a, b| a.0.encode_utf16().cmp(b.0.encode_utf16()));
    let ns = super::namespace::create(vm, Vec::new());
    vm.modules.esm.records[m].namespace = Some(ns);
    let mut entries = Vec::with_capacity(exports.len());
    for (name, r) in exports {
        let slot = match r {
            Resolution::Slot(s) => s,
            Resolution::Namespace(dep) => {
                let inner = namespace(vm, dep);
                let s = new_slot(vm);
                set_slot(vm, s, Value::Object(inner));
                s
            }
            Resolution::NotFound | Resolution::Ambiguous => continue,
        };
        let key = vm.text_key(&name);
        entries.push((key, slot));
    }
    super::namespace::set_exports(vm, ns, entries);
    ns
}

/// The SyntaxError a failed import resolution throws, in V8's words.
fn import_error(vm: &mut Vm, specifier: &str, name: &str, ambiguous: bool) -> JsError {
    let message = if ambiguous {
        format!(
            "The requested module '{specifier}' contains conflicting star exports for name '{name}'"
        )
    } else {
        format!("The requested module '{specifier}' does not provide an export named '{name}'")
    };
    JsError::Thrown(Value::Object(
        vm.new_error(ErrorKind::SyntaxError, &message),
    ))
}

/// Link() (16.2.1.5.1): resolves every import of the graph under `m`, then compiles
/// each module with its imports bound to the slots they name.
fn link(vm: &mut Vm, m: usize) -> JsResult<()> {
    if vm.modules.esm.records[m].status != Status::Unlinked {
        return Ok(());
    }
    vm.modules.esm.records[m].status = Status::Linked;
    let deps = vm.modules.esm.records[m].deps.clone();
    for &dep in &deps {
        link(vm, dep)?;
    }
    let record = &vm.modules.esm.records[m];
    let imports: Vec<(usize, Option<Name>, Name)> = record
        .imports
        .iter()
        .map(|i| (i.request, i.imported.clone(), i.local.clone()))
        .collect();
    let mut bindings: FxHashMap<Name, GlobalLexical> = record
        .locals
        .iter()
        .map(|(name, &slot)| {
            (
                name.clone(),
                GlobalLexical {
                    slot,
                    is_const: false,
                },
            )
        })
        .collect();
    for d in match &record.body {
        Body::Source { program, .. } => scope::lexical_decls(program),
        _ => Vec::new(),
    } {
        if let scope::LexicalKind::Const = d.kind
            && let Some(b) = bindings.get_mut(&d.name)
        {
            b.is_const = true;
        }
    }
    for (request, imported, local) in imports {
        let dep = deps[request];
        let resolution = match &imported {
            None => Resolution::Namespace(dep),
            Some(name) => resolve_export(vm, dep, name, &mut Vec::new()),
        };
        let slot = match resolution {
            Resolution::Slot(s) => s,
            Resolution::Namespace(target) => {
                let ns = namespace(vm, target);
                let s = new_slot(vm);
                set_slot(vm, s, Value::Object(ns));
                s
            }
            Resolution::NotFound | Resolution::Ambiguous => {
                let specifier = vm.modules.esm.records[m].requests[request].clone();
                let name = imported.as_deref().unwrap_or("*");
                return Err(import_error(
                    vm,
                    &specifier,
                    name,
                    resolution == Resolution::Ambiguous,
                ));
            }
        };
        bindings.insert(
            local,
            GlobalLexical {
                slot,
                is_const: true,
            },
        );
    }
    let record = &mut vm.modules.esm.records[m];
    record.scope.bindings = bindings;
    compile(vm, m)
}

/// Compiles a linked source module's two templates.
fn compile(vm: &mut Vm, m: usize) -> JsResult<()> {
    let record = &mut vm.modules.esm.records[m];
    let Body::Source {
        program,
        span,
        source,
        ..
    } = &mut record.body
    else {
        return Ok(());
    };
    let program = std::mem::take(program);
    let (span, source) = (*span, source.clone());
    let scope = std::mem::take(&mut record.scope);
    let mut templates = Vec::with_capacity(2);
    for phase in [ModulePhase::Instantiate, ModulePhase::Evaluate] {
        let compiled = compile_module(
            &program,
            span,
            source.clone(),
            &mut vm.heap,
            &mut vm.globals,
            &scope,
            phase,
        );
        match compiled {
            Ok(t) => templates.push(t),
            Err(d) => {
                let e = vm.new_error(ErrorKind::SyntaxError, &d.message);
                return Err(JsError::Thrown(Value::Object(e)));
            }
        }
    }
    let record = &mut vm.modules.esm.records[m];
    record.scope = scope;
    if let Body::Source {
        instantiate,
        evaluate,
        ..
    } = &mut record.body
    {
        *evaluate = templates.pop();
        *instantiate = templates.pop();
    }
    Ok(())
}

/// Runs every instantiate template of the graph under `m` not run yet (functions and
/// `var`s exist before any module evaluates, and only once), and fills in
/// `import.meta` and `import()`.
fn instantiate(vm: &mut Vm, m: usize) -> JsResult<()> {
    if vm.modules.esm.records[m].instantiated {
        return Ok(());
    }
    vm.modules.esm.records[m].instantiated = true;
    for dep in vm.modules.esm.records[m].deps.clone() {
        instantiate(vm, dep)?;
    }
    let record = &vm.modules.esm.records[m];
    let Body::Source {
        instantiate: Some(template),
        ..
    } = &record.body
    else {
        return Ok(());
    };
    let template = template.clone();
    let filename = record.filename.clone();
    let meta_slot = record.locals.get(IMPORT_META).copied();
    let import_slot = record.locals.get(IMPORT_CALL).copied();
    if let Some(slot) = meta_slot {
        let meta = import_meta(vm, &filename);
        set_slot(vm, slot, Value::Object(meta));
    }
    if let Some(slot) = import_slot {
        let f = import_function(vm, &filename);
        set_slot(vm, slot, Value::Object(f));
    }
    vm.run_script(template)?;
    Ok(())
}

/// `import.meta`: `dirname`, `filename`, `resolve` and `url`, as Node 24 has them.
fn import_meta(vm: &mut Vm, filename: &str) -> ObjRef {
    let meta = vm.alloc_object(None, ObjectKind::Ordinary);
    if filename.starts_with("data:") {
        // A module from a data: URL has no file: only its URL and `resolve`.
        let file = Value::String(vm.heap.alloc_str(filename));
        let resolve = vm.native_function_with("resolve", 1, meta_resolve, None, vec![file]);
        vm.define_named(meta, "resolve", Value::Object(resolve), DEFAULT_ATTRS);
        vm.define_named(meta, "url", file, DEFAULT_ATTRS);
        return meta;
    }
    let dir = Value::String(vm.heap.alloc_str(&path::dirname(filename)));
    vm.define_named(meta, "dirname", dir, DEFAULT_ATTRS);
    let file = Value::String(vm.heap.alloc_str(filename));
    vm.define_named(meta, "filename", file, DEFAULT_ATTRS);
    let resolve = vm.native_function_with("resolve", 1, meta_resolve, None, vec![file]);
    vm.define_named(meta, "resolve", Value::Object(resolve), DEFAULT_ATTRS);
    let url = Value::String(vm.heap.alloc_str(&file_url(filename)));
    vm.define_named(meta, "url", url, DEFAULT_ATTRS);
    meta
}

/// The filename a native made for one module captured as its first value.
fn captured_filename(vm: &mut Vm) -> JsResult<String> {
    let f = vm.running_native();
    match f.and_then(|f| vm.captures(f).first().copied()) {
        Some(v) => vm.to_rust_string(v),
        None => Ok(String::new()),
    }
}

/// `import.meta.resolve(specifier)`: the URL an import of it would load.
fn meta_resolve(vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    let referrer = captured_filename(vm)?;
    let specifier = vm.to_rust_string(crate::builtins::arg(args, 0))?;
    let key = resolve_specifier(vm, &specifier, &referrer)?;
    let url = if key.starts_with("node:") || key.starts_with("data:") {
        key
    } else {
        file_url(&key)
    };
    Ok(Value::String(vm.heap.alloc_str(&url)))
}

/// The function `import()` calls in the module `filename`.
fn import_function(vm: &mut Vm, filename: &str) -> ObjRef {
    let file = Value::String(vm.heap.alloc_str(filename));
    let f = vm.native_function_with("import", 1, dynamic_import, None, vec![file]);
    crate::builtins::hide_from_stacks(vm, f);
    f
}

/// `import(specifier)` in a module.
fn dynamic_import(vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    let referrer = captured_filename(vm)?;
    import_promise(vm, crate::builtins::arg(args, 0), &referrer, false)
}

/// EvaluateImportCall (13.3.10.1): the specifier made a string (a failure rejects the
/// promise), then the host's import (the loader's steps in `import.js`, whose
/// promise settles this one a reaction later, as V8 chains them). `from_eval`: the
/// caller is `-e` code or stdin.
fn import_promise(
    vm: &mut Vm,
    specifier: Value,
    referrer: &str,
    from_eval: bool,
) -> JsResult<Value> {
    use crate::builtins::promise::{perform_then, reject_promise};
    use crate::runtime::event_loop::{Capability, Handler};
    let promise = crate::builtins::promise::new_promise(vm);
    let host = vm.to_string(specifier).and_then(|specifier| {
        let importer = crate::builtins::node::require(vm, "internal/modules/import")?;
        let referrer = Value::String(vm.heap.alloc_str(referrer));
        vm.call(
            importer,
            Value::Undefined,
            &[Value::String(specifier), referrer, Value::Bool(from_eval)],
        )
    });
    match host {
        // The host's promise passes its outcome on to this one in one reaction.
        Ok(Value::Object(host)) if matches!(vm.heap.obj(host).kind, ObjectKind::Promise(_)) => {
            perform_then(
                vm,
                host,
                Handler::Identity,
                Handler::Thrower,
                Capability::Native(promise),
            );
        }
        Ok(_) => {}
        Err(e) => {
            let reason = vm.error_value(e);
            reject_promise(vm, promise, reason);
        }
    }
    Ok(Value::Object(promise))
}

/// `require('internal/modules/import')`: the loader's steps `import()` runs.
pub fn import_steps(vm: &mut Vm) -> JsResult<Value> {
    crate::builtins::node::load_engine_source(
        vm,
        "internal/modules/import",
        include_str!("import.js"),
    )
}

/// `require('internal/modules/esm')` in `import.js`: the graph's operations by
/// module index, and the intrinsic Promise machinery (user code may have replaced
/// the globals by then).
pub fn internals(vm: &mut Vm) -> JsResult<Value> {
    use crate::builtins::{arg, method};
    let o = vm.new_object();
    let ctor = Value::Object(vm.realm.promise_constructor);
    vm.define_named(o, "Promise", ctor, DEFAULT_ATTRS);
    let then = method(vm, o, "then", 3, |vm, _, args| {
        use crate::runtime::event_loop::{Capability, Handler};
        let (Value::Object(p), Value::Object(f), Value::Object(r)) =
            (arg(args, 0), arg(args, 1), arg(args, 2))
        else {
            return Ok(Value::Undefined);
        };
        crate::builtins::promise::perform_then(
            vm,
            p,
            Handler::Function(f),
            Handler::Function(r),
            Capability::None,
        );
        Ok(Value::Undefined)
    });
    let prepare = method(vm, o, "prepare", 2, |vm, _, args| {
        let specifier = vm.to_rust_string(arg(args, 0))?;
        let referrer = vm.to_rust_string(arg(args, 1))?;
        let key = resolve_specifier(vm, &specifier, &referrer)?;
        match load(vm, &key, None) {
            Ok(m) => Ok(Value::Number(m as f64)),
            Err(LoadError::Thrown(e)) => Err(e),
            Err(LoadError::Syntax(text)) => Err(syntax_error_from_report(vm, &text)),
        }
    });
    let dependencies = method(vm, o, "dependencies", 1, |vm, _, args| {
        let m = module_arg(vm, arg(args, 0));
        let deps = vm.modules.esm.records[m].deps.clone();
        let deps = deps.into_iter().map(|d| Value::Number(d as f64)).collect();
        Ok(Value::Object(vm.new_array(deps)))
    });
    let isinstantiated = method(vm, o, "isInstantiated", 1, |vm, _, args| {
        let m = module_arg(vm, arg(args, 0));
        Ok(Value::Bool(vm.modules.esm.records[m].instantiated))
    });
    let instantiate = method(vm, o, "instantiate", 1, |vm, _, args| {
        let m = module_arg(vm, arg(args, 0));
        link(vm, m)?;
        instantiate(vm, m)?;
        Ok(Value::Undefined)
    });
    let evaluate = method(vm, o, "evaluate", 1, |vm, _, args| {
        let m = module_arg(vm, arg(args, 0));
        Ok(Value::Object(evaluate(vm, m)))
    });
    let namespace = method(vm, o, "namespace", 1, |vm, _, args| {
        let m = module_arg(vm, arg(args, 0));
        Ok(Value::Object(namespace(vm, m)))
    });
    for f in [
        then,
        prepare,
        dependencies,
        isinstantiated,
        instantiate,
        evaluate,
        namespace,
    ] {
        crate::builtins::hide_from_stacks(vm, f);
    }
    Ok(Value::Object(o))
}

/// The module index `import.js` passes (one `prepare` returned).
fn module_arg(vm: &Vm, v: Value) -> usize {
    match v {
        Value::Number(n) if n >= 0.0 && (n as usize) < vm.modules.esm.records.len() => n as usize,
        _ => 0,
    }
}

/// Evaluate() (16.2.1.5.3) of the graph under `m`: a promise settled once every
/// module of it has run (at once when none awaits). Modules run depth first,
/// dependencies before dependents; a module whose body or dependencies await runs
/// when the last of them has finished, in the order the modules became asynchronous.
fn evaluate(vm: &mut Vm, m: usize) -> ObjRef {
    let mut m = m;
    let record = &vm.modules.esm.records[m];
    if matches!(record.status, Status::EvaluatingAsync | Status::Evaluated) {
        m = record.cycle_root;
    }
    if let Some(p) = vm.modules.esm.records[m].capability {
        return p;
    }
    let promise = crate::builtins::promise::new_promise(vm);
    vm.modules.esm.records[m].capability = Some(promise);
    let mut stack = Vec::new();
    match inner_evaluate(vm, m, &mut stack, 0) {
        Ok(_) => {
            if !vm.modules.esm.records[m].async_evaluation {
                crate::builtins::promise::resolve_promise(vm, promise, Value::Undefined);
            }
        }
        Err(e) => {
            let value = vm.error_value(e);
            for r in stack {
                let record = &mut vm.modules.esm.records[r];
                record.status = Status::Failed;
                record.error = Some(value);
            }
            let record = &mut vm.modules.esm.records[m];
            record.status = Status::Failed;
            record.error = Some(value);
            crate::builtins::promise::reject_promise(vm, promise, value);
        }
    }
    promise
}

/// InnerModuleEvaluation (16.2.1.5.3.1).
fn inner_evaluate(
    vm: &mut Vm,
    m: usize,
    stack: &mut Vec<usize>,
    mut index: usize,
) -> JsResult<usize> {
    let record = &vm.modules.esm.records[m];
    match record.status {
        Status::EvaluatingAsync | Status::Evaluated | Status::Evaluating => return Ok(index),
        Status::Failed => return Err(JsError::Thrown(record.error.unwrap_or(Value::Undefined))),
        Status::Unlinked | Status::Linked => {}
    }
    if !matches!(record.body, Body::Source { .. }) {
        // Built-ins and CommonJS are not cyclic module records: they run now.
        vm.modules.esm.records[m].status = Status::Evaluating;
        return match execute(vm, m) {
            Ok(()) => {
                let record = &mut vm.modules.esm.records[m];
                record.status = Status::Evaluated;
                record.cycle_root = m;
                Ok(index)
            }
            Err(e) => {
                let value = vm.error_value(e);
                let record = &mut vm.modules.esm.records[m];
                record.status = Status::Failed;
                record.error = Some(value);
                Err(JsError::Thrown(value))
            }
        };
    }
    let record = &mut vm.modules.esm.records[m];
    record.status = Status::Evaluating;
    record.dfs_index = index;
    record.dfs_ancestor_index = index;
    record.pending_async = 0;
    index += 1;
    stack.push(m);
    for dep in record.deps.clone() {
        index = inner_evaluate(vm, dep, stack, index)?;
        let mut required = dep;
        if !matches!(vm.modules.esm.records[dep].body, Body::Source { .. }) {
            continue;
        }
        if vm.modules.esm.records[dep].status == Status::Evaluating {
            let ancestor = vm.modules.esm.records[dep].dfs_ancestor_index;
            let record = &mut vm.modules.esm.records[m];
            record.dfs_ancestor_index = record.dfs_ancestor_index.min(ancestor);
        } else {
            required = vm.modules.esm.records[dep].cycle_root;
            if vm.modules.esm.records[required].status == Status::Failed {
                let e = vm.modules.esm.records[required].error;
                return Err(JsError::Thrown(e.unwrap_or(Value::Undefined)));
            }
        }
        if vm.modules.esm.records[required].async_evaluation {
            vm.modules.esm.records[m].pending_async += 1;
            vm.modules.esm.records[required].async_parents.push(m);
        }
    }
    let has_tla = has_top_level_await(vm, m);
    if vm.modules.esm.records[m].pending_async > 0 || has_tla {
        vm.modules.esm.async_count += 1;
        let order = vm.modules.esm.async_count;
        let record = &mut vm.modules.esm.records[m];
        record.async_evaluation = true;
        record.async_order = order;
        if record.pending_async == 0 {
            execute_async(vm, m)?;
        }
    } else {
        execute(vm, m)?;
    }
    let record = &vm.modules.esm.records[m];
    if record.dfs_ancestor_index == record.dfs_index {
        while let Some(r) = stack.pop() {
            let record = &mut vm.modules.esm.records[r];
            record.cycle_root = m;
            record.status = if record.async_evaluation {
                Status::EvaluatingAsync
            } else {
                Status::Evaluated
            };
            if r == m {
                break;
            }
        }
    }
    Ok(index)
}

/// Whether module `m`'s own body awaits at its top level.
fn has_top_level_await(vm: &Vm, m: usize) -> bool {
    match &vm.modules.esm.records[m].body {
        Body::Source {
            evaluate: Some(t), ..
        } => t
            .code
            .iter()
            .any(|op| matches!(op, crate::compiler::bytecode::Op::Await { .. })),
        _ => false,
    }
}

/// ExecuteAsyncModule: runs a body that awaits; its promise's reactions carry on
/// with the modules waiting for it.
fn execute_async(vm: &mut Vm, m: usize) -> JsResult<()> {
    let Body::Source {
        evaluate: Some(template),
        ..
    } = &vm.modules.esm.records[m].body
    else {
        return Ok(());
    };
    let template = template.clone();
    let outer = vm.event_loop.script_promise.take();
    let ran = vm.run_script(template);
    let own = vm.event_loop.script_promise.take();
    vm.event_loop.script_promise = outer;
    ran?;
    let index = Value::Number(m as f64);
    let Some(promise) = own else {
        return async_fulfilled(vm, m);
    };
    let fulfilled = vm.native_function_with("", 1, on_module_fulfilled, None, vec![index]);
    let rejected = vm.native_function_with("", 1, on_module_rejected, None, vec![index]);
    use crate::runtime::event_loop::{Capability, Handler};
    crate::builtins::promise::perform_then(
        vm,
        promise,
        Handler::Function(fulfilled),
        Handler::Function(rejected),
        Capability::None,
    );
    Ok(())
}

/// The module index a reaction function made for one module captured.
fn captured_module(vm: &Vm) -> usize {
    match vm.running_native().map(|f| vm.captures(f).first().copied()) {
        Some(Some(Value::Number(n))) => n as usize,
        _ => usize::MAX,
    }
}

fn on_module_fulfilled(vm: &mut Vm, _this: Value, _args: &[Value]) -> JsResult<Value> {
    let m = captured_module(vm);
    if m < vm.modules.esm.records.len() {
        async_fulfilled(vm, m)?;
    }
    Ok(Value::Undefined)
}

fn on_module_rejected(vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    let m = captured_module(vm);
    if m < vm.modules.esm.records.len() {
        async_rejected(vm, m, crate::builtins::arg(args, 0));
    }
    Ok(Value::Undefined)
}

/// AsyncModuleExecutionFulfilled: the module is evaluated; the modules that waited
/// only for it and others already done run now, in the order they became
/// asynchronous.
fn async_fulfilled(vm: &mut Vm, m: usize) -> JsResult<()> {
    if vm.modules.esm.records[m].status == Status::Failed {
        return Ok(());
    }
    let record = &mut vm.modules.esm.records[m];
    record.async_evaluation = false;
    record.status = Status::Evaluated;
    if let Some(p) = record.capability {
        crate::builtins::promise::resolve_promise(vm, p, Value::Undefined);
    }
    let mut ready = Vec::new();
    gather_available_ancestors(vm, m, &mut ready);
    ready.sort_by_key(|&r| vm.modules.esm.records[r].async_order);
    for r in ready {
        if vm.modules.esm.records[r].status == Status::Failed {
            continue;
        }
        if has_top_level_await(vm, r) {
            execute_async(vm, r)?;
            continue;
        }
        match execute(vm, r) {
            Ok(()) => {
                let record = &mut vm.modules.esm.records[r];
                record.async_evaluation = false;
                record.status = Status::Evaluated;
                if let Some(p) = record.capability {
                    crate::builtins::promise::resolve_promise(vm, p, Value::Undefined);
                }
            }
            Err(e) => {
                let value = vm.error_value(e);
                async_rejected(vm, r, value);
            }
        }
    }
    Ok(())
}

/// GatherAvailableAncestors: the modules waiting for `m` that wait for nothing else
/// now, and (for those without `await` of their own) theirs.
fn gather_available_ancestors(vm: &mut Vm, m: usize, ready: &mut Vec<usize>) {
    for p in vm.modules.esm.records[m].async_parents.clone() {
        let root = vm.modules.esm.records[p].cycle_root;
        if ready.contains(&p) || vm.modules.esm.records[root].status == Status::Failed {
            continue;
        }
        let record = &mut vm.modules.esm.records[p];
        record.pending_async = record.pending_async.saturating_sub(1);
        if record.pending_async == 0 {
            ready.push(p);
            if !has_top_level_await(vm, p) {
                gather_available_ancestors(vm, p, ready);
            }
        }
    }
}

/// AsyncModuleExecutionRejected: the module and every module waiting for it fail
/// with `error`.
fn async_rejected(vm: &mut Vm, m: usize, error: Value) {
    let record = &mut vm.modules.esm.records[m];
    if record.status == Status::Failed {
        return;
    }
    record.status = Status::Failed;
    record.error = Some(error);
    record.async_evaluation = false;
    let parents = record.async_parents.clone();
    let capability = record.capability;
    for p in parents {
        async_rejected(vm, p, error);
    }
    if let Some(p) = capability {
        crate::builtins::promise::reject_promise(vm, p, error);
    }
}

/// Runs one module's body: its evaluate template, the built-in's exports, or the
/// CommonJS file through `require`.
fn execute(vm: &mut Vm, m: usize) -> JsResult<()> {
    let record = &vm.modules.esm.records[m];
    let filename = record.filename.clone();
    match &record.body {
        Body::Source {
            evaluate: Some(template),
            ..
        } => {
            let template = template.clone();
            vm.run_script(template)?;
            Ok(())
        }
        Body::Source { .. } => Ok(()),
        Body::Builtin(name) => {
            let name = name.clone();
            let exports = cjs::builtin(vm, &name)?.unwrap_or(Value::Undefined);
            fill_exports(vm, m, exports)
        }
        Body::CommonJs => {
            let exports = cjs::require_file(vm, &filename)?;
            fill_exports(vm, m, exports)
        }
    }
}

/// Copies a host module's exports into its slots: `default` is the exports value,
/// each other name its property.
fn fill_exports(vm: &mut Vm, m: usize, exports: Value) -> JsResult<()> {
    let locals: Vec<(Name, u32)> = vm.modules.esm.records[m]
        .locals
        .iter()
        .map(|(n, &s)| (n.clone(), s))
        .collect();
    for (name, slot) in locals {
        let value = if &*name == "default" {
            exports
        } else if matches!(exports, Value::Object(_)) {
            vm.get_named(exports, &name)?
        } else {
            Value::Undefined
        };
        set_slot(vm, slot, value);
    }
    Ok(())
}

/// Loads the graph of the main module `filename` (its text `text`, named `name` in
/// reports); a file of the graph that does not parse is a diagnostic.
pub fn load_main(vm: &mut Vm, filename: &str, name: &str, text: &str) -> Result<usize, LoadError> {
    load(vm, filename, Some((name, text)))
}

/// Links, instantiates and evaluates the main module. A graph that awaits leaves
/// the promise of its evaluation in the event loop's `script_promise`, as a script
/// with top-level `await` does (a rejection is reported as uncaught); one that throws
/// at once throws here.
pub fn run_main(vm: &mut Vm, m: usize) -> JsResult<()> {
    link(vm, m)?;
    instantiate(vm, m)?;
    let promise = evaluate(vm, m);
    match settled(vm, promise) {
        Some(Ok(())) => Ok(()),
        Some(Err(reason)) => Err(JsError::Thrown(reason)),
        None => {
            vm.event_loop.script_promise = Some(promise);
            Ok(())
        }
    }
}

/// The value of slot `slot` (for namespace objects).
pub fn read_slot(vm: &Vm, slot: u32) -> Value {
    slot_value(vm, slot)
}

/// The message of ERR_REQUIRE_ASYNC_MODULE.
const REQUIRE_ASYNC: &str = "require() cannot be used on an ESM graph with top-level await. Use import() instead. To see where the top-level await comes from, use --experimental-print-required-tla.";

/// `require()` of the ES module `filename` (Node 24's require(esm)): its graph is
/// loaded, linked and evaluated at once, so it may not use top-level `await`
/// (ERR_REQUIRE_ASYNC_MODULE) nor be required again while it evaluates
/// (ERR_REQUIRE_CYCLE_MODULE). The result is the module's namespace; one that exports
/// the name `"module.exports"` gives that value instead, and one with a default export
/// (and no `__esModule` of its own) a namespace that also has `__esModule: true`, as
/// transpiled CommonJS marks itself. `parent` is the requiring module's filename.
pub fn require_module(vm: &mut Vm, filename: &str, parent: Option<&str>) -> JsResult<Value> {
    if let Some(&m) = vm.modules.esm.by_filename.get(filename) {
        match vm.modules.esm.records[m].status {
            Status::Evaluated => return required_value(vm, m),
            Status::Failed => {
                let e = vm.modules.esm.records[m].error.unwrap_or(Value::Undefined);
                return Err(JsError::Thrown(e));
            }
            Status::Evaluating => {
                // A graph require() is evaluating names the module that required it;
                // one an import is evaluating, the module requiring it now.
                let by_require = vm.modules.esm.requiring.iter().find(|(r, _)| *r == m);
                let from = match by_require {
                    Some((_, requirer)) => requirer.clone(),
                    None => parent.map(str::to_string),
                };
                let by_require = by_require.is_some();
                let mut message = format!("Cannot require() ES Module {filename} in a cycle.");
                if let Some(parent) = from {
                    message.push_str(&format!(" (from {parent})"));
                }
                if !by_require {
                    message.push_str(" A cycle involving require(esm) is not allowed to maintain invariants mandated by the ECMAScript specification. Try making at least part of the dependency in the graph lazily loaded.");
                }
                return Err(error_with_code(
                    vm,
                    ErrorKind::Error,
                    "ERR_REQUIRE_CYCLE_MODULE",
                    &message,
                ));
            }
            Status::EvaluatingAsync => {
                return Err(error_with_code(
                    vm,
                    ErrorKind::Error,
                    "ERR_REQUIRE_ASYNC_MODULE",
                    REQUIRE_ASYNC,
                ));
            }
            Status::Unlinked | Status::Linked => {}
        }
    }
    let m = match load(vm, filename, None) {
        Ok(m) => m,
        Err(LoadError::Thrown(e)) => return Err(e),
        Err(LoadError::Syntax(text)) => return Err(syntax_error_from_report(vm, &text)),
    };
    link(vm, m)?;
    if awaits_at_top_level(vm, m, &mut Vec::new()) {
        let mut message = format!("{REQUIRE_ASYNC}\nRequired module: {filename}");
        if let Some(parent) = parent {
            let stack = cjs::require_stack(vm, parent);
            message.push_str("\nRequire stack:");
            for f in stack {
                message.push_str(&format!("\n- {f}"));
            }
        }
        return Err(error_with_code(
            vm,
            ErrorKind::Error,
            "ERR_REQUIRE_ASYNC_MODULE",
            &message,
        ));
    }
    instantiate(vm, m)?;
    vm.modules
        .esm
        .requiring
        .push((m, parent.map(str::to_string)));
    let evaluated = evaluate(vm, m);
    vm.modules.esm.requiring.pop();
    match settled(vm, evaluated) {
        Some(Ok(())) => required_value(vm, m),
        Some(Err(reason)) => Err(JsError::Thrown(reason)),
        // A dependency still awaiting (an import started it) cannot finish now.
        None => Err(error_with_code(
            vm,
            ErrorKind::Error,
            "ERR_REQUIRE_ASYNC_MODULE",
            REQUIRE_ASYNC,
        )),
    }
}

/// The outcome of an evaluation promise that has settled, `None` while pending. A
/// rejection taken here is thrown by the caller, so it is never reported as
/// unhandled.
fn settled(vm: &mut Vm, promise: ObjRef) -> Option<Result<(), Value>> {
    use crate::runtime::event_loop::{PromiseData, PromiseState};
    let outcome = match &vm.heap.obj(promise).kind {
        ObjectKind::Promise(PromiseData {
            state: PromiseState::Rejected(reason),
            ..
        }) => Err(*reason),
        ObjectKind::Promise(PromiseData {
            state: PromiseState::Pending(_),
            ..
        }) => return None,
        _ => Ok(()),
    };
    if outcome.is_err() {
        if let ObjectKind::Promise(data) = &mut vm.heap.obj_mut(promise).kind {
            data.handled = true;
        }
        vm.event_loop.pending_rejections.retain(|&p| p != promise);
    }
    Some(outcome)
}

/// Whether the ES module `filename` is evaluating now.
pub fn is_evaluating(vm: &Vm, filename: &str) -> bool {
    vm.modules
        .esm
        .by_filename
        .get(filename)
        .is_some_and(|&m| vm.modules.esm.records[m].status == Status::Evaluating)
}

/// Whether a module of the graph under `m` not yet evaluated has top-level `await`.
fn awaits_at_top_level(vm: &Vm, m: usize, seen: &mut Vec<usize>) -> bool {
    if seen.contains(&m) {
        return false;
    }
    seen.push(m);
    let record = &vm.modules.esm.records[m];
    if matches!(record.status, Status::Evaluated | Status::Failed) {
        return false;
    }
    if has_top_level_await(vm, m) {
        return true;
    }
    record
        .deps
        .clone()
        .into_iter()
        .any(|dep| awaits_at_top_level(vm, dep, seen))
}

/// What `require()` of the evaluated module `m` returns (made once).
fn required_value(vm: &mut Vm, m: usize) -> JsResult<Value> {
    if let Some(v) = vm.modules.esm.records[m].required {
        return Ok(v);
    }
    let ns = namespace(vm, m);
    let entries = super::namespace::exports(vm, ns);
    let mut names = Vec::with_capacity(entries.len());
    for &(key, _) in entries.iter() {
        let k = vm.key_to_value(key);
        names.push(vm.to_rust_string(k)?);
    }
    let value = if let Some(i) = names.iter().position(|n| n == "module.exports") {
        slot_value(vm, entries[i].1)
    } else if names.iter().any(|n| n == "default") && !names.iter().any(|n| n == "__esModule") {
        let flag = new_slot(vm);
        set_slot(vm, flag, Value::Bool(true));
        let key = vm.text_key("__esModule");
        let mut with_flag: Vec<(crate::runtime::object::PropertyKey, u32)> = entries.to_vec();
        let at = names
            .iter()
            .position(|n| n.encode_utf16().cmp("__esModule".encode_utf16()).is_gt())
            .unwrap_or(names.len());
        with_flag.insert(at, (key, flag));
        Value::Object(super::namespace::create(vm, with_flag))
    } else {
        Value::Object(ns)
    };
    vm.modules.esm.records[m].required = Some(value);
    Ok(value)
}

/// The SyntaxError of a file of a graph that does not parse, from its rendered report.
fn syntax_error_from_report(vm: &mut Vm, text: &str) -> JsError {
    let message = text.lines().find(|l| l.starts_with("SyntaxError: "));
    let message = message.map_or(text, |l| &l["SyntaxError: ".len()..]);
    let e = vm.new_error(ErrorKind::SyntaxError, message);
    JsError::Thrown(Value::Object(e))
}

/// Makes `import()` work in scripts and CommonJS modules: a script-level binding no
/// code can spell (the name `import()` compiles to), whose function imports relative
/// to the file of the code that calls it.
pub fn install_script_import(vm: &mut Vm) {
    let f = vm.native_function("import", 1, script_import);
    crate::builtins::hide_from_stacks(vm, f);
    let slot = new_slot(vm);
    set_slot(vm, slot, Value::Object(f));
    let binding = GlobalLexical {
        slot,
        is_const: true,
    };
    let atom = vm.heap.permanent_atom(IMPORT_CALL);
    vm.globals.by_atom.insert(atom, binding);
    vm.globals.lexicals.insert(IMPORT_CALL.into(), binding);
    vm.globals.epoch += 1;
}

/// `import(specifier)` in a script or CommonJS module: relative to the calling code's
/// file (the working directory for `-e` code and stdin).
fn script_import(vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    let caller = vm
        .frames
        .last()
        .map(|f| f.template.source.name.clone())
        .unwrap_or_default();
    let cwd = std::env::current_dir()
        .map(|d| d.to_string_lossy().into_owned())
        .unwrap_or_else(|_| "/".into());
    let from_eval = caller == "[eval]" || caller == "[stdin]";
    let referrer = path::resolve(&[cwd, caller]);
    import_promise(vm, crate::builtins::arg(args, 0), &referrer, from_eval)
}
