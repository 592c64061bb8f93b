//! Resolution of module requests to files, as Node's CommonJS loader does it
//! (`Module._resolveFilename`): relative and absolute paths, then the extensions,
//! then directories (package.json `main`, `index`), and bare names through the
//! `node_modules` folders of every enclosing directory.

use crate::builtins::node::path;
use crate::runtime::Value;
use crate::vm::Vm;
use std::path::Path;

/// The extensions tried after a request's own name, in Node's order.
const EXTENSIONS: [&str; 2] = [".js", ".json"];

/// The text of the `field` of the package.json in `dir` when it is a string.
fn package_field(vm: &mut Vm, dir: &str, field: &str) -> Option<String> {
    let text = std::fs::read_to_string(format!("{dir}/package.json")).ok()?;
    let text = Value::String(vm.heap.alloc_str(&text));
    let parsed = crate::builtins::json::parse(vm, Value::Undefined, &[text]).ok()?;
    if !matches!(parsed, Value::Object(_)) {
        return None;
    }
    match vm.get_named(parsed, field).ok()? {
        Value::String(s) => Some(vm.heap.to_rust_string(s)),
        _ => None,
    }
}

/// The `type` of the nearest package.json above absolute `filename` (Node's
/// `getPackageScopeConfig`: the search stops at the first package.json found).
pub fn package_type(vm: &mut Vm, filename: &str) -> Option<String> {
    let mut dir = path::dirname(filename);
    loop {
        if Path::new(&format!("{dir}/package.json")).is_file() {
            return package_field(vm, &dir, "type");
        }
        if dir == "/" {
            return None;
        }
        dir = path::dirname(&dir);
    }
}

/// Whether `request` names a path rather than a package (`./x`, `../x`, `/x`, `.`).
pub fn is_path_request(request: &str) -> bool {
    request.starts_with('/')
        || request.starts_with("./")
        || request.starts_with("../")
        || request == "."
        || request == ".."
}

/// The absolute, symlink-free filename `request` names from a module in `dir`, or
/// `None` when no file matches.
pub fn resolve_request(vm: &mut Vm, request: &str, dir: &str) -> Option<String> {
    if is_path_request(request) {
        let base = path::resolve(&[dir.to_string(), request.to_string()]);
        return resolve_path(vm, &base, request.ends_with('/'));
    }
    node_modules_paths(dir)
        .iter()
        .find_map(|folder| resolve_path(vm, &format!("{folder}/{request}"), false))
}

/// The `node_modules` folders a bare request is looked up in from `dir`, nearest first
/// (`module.paths`).
pub fn node_modules_paths(dir: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut current = dir.to_string();
    loop {
        if path::basename(&current, None) != "node_modules" {
            let folder = if current == "/" {
                "/node_modules".to_string()
            } else {
                format!("{current}/node_modules")
            };
            out.push(folder);
        }
        if current == "/" {
            return out;
        }
        current = path::dirname(&current);
    }
}

/// The file for absolute `base`: itself, with an extension, or as a directory.
fn resolve_path(vm: &mut Vm, base: &str, directory_only: bool) -> Option<String> {
    if !directory_only && let Some(found) = file_with_extensions(base) {
        return Some(found);
    }
    resolve_directory(vm, base)
}

/// `base` itself when it is a file, or `base` plus the first extension that is one.
fn file_with_extensions(base: &str) -> Option<String> {
    std::iter::once(base.to_string())
        .chain(EXTENSIONS.iter().map(|ext| format!("{base}{ext}")))
        .find(|candidate| Path::new(candidate).is_file())
        .map(|found| real_path(&found))
}

/// A directory's entry: its package.json `main` (as a file, with extensions or as
/// its own index), else its `index.js` / `index.json`.
fn resolve_directory(vm: &mut Vm, dir: &str) -> Option<String> {
    if !Path::new(dir).is_dir() {
        return None;
    }
    if let Some(main) = package_field(vm, dir, "main") {
        let base = path::resolve(&[dir.to_string(), main]);
        let found = file_with_extensions(&base).or_else(|| index_of(&base));
        if found.is_some() {
            return found;
        }
    }
    index_of(dir)
}

/// `dir/index` with the first extension that names a file.
fn index_of(dir: &str) -> Option<String> {
    EXTENSIONS
        .iter()
        .map(|ext| format!("{dir}/index{ext}"))
        .find(|candidate| Path::new(candidate).is_file())
        .map(|found| real_path(&found))
}

/// `filename` with symbolic links resolved, as Node keys its module cache.
pub fn real_path(filename: &str) -> String {
    std::fs::canonicalize(filename)
        .map(|p| p.to_string_lossy().into_owned())
        .unwrap_or_else(|_| filename.to_string())
}
