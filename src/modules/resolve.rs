//! Resolution of module requests to files, as Node's CommonJS loader does it
//! (`Module._resolveFilename`): relative and absolute paths, then the extensions,
//! then directories (package.json `main`, `index`), and bare names through the
//! `node_modules` folders of every enclosing directory, with package.json `exports`
//! and `imports` (see [`package`]).

use super::package::{self, Conditions};
use crate::builtins::node::{error_with_code, path};
use crate::runtime::Value;
use crate::runtime::object::DEFAULT_ATTRS;
use crate::vm::{ErrorKind, JsError, JsResult, Vm};
use std::path::Path;

/// The extensions tried after a request's own name, in Node's order.
const EXTENSIONS: [&str; 2] = [".js", ".json"];

/// The `type` of the nearest package.json above absolute `filename` (Node's
/// `getPackageScopeConfig`).
pub fn package_type(vm: &mut Vm, filename: &str) -> Option<String> {
    package::scope(vm, filename)?.kind
}

/// Whether `request` names a path rather than a package (`./x`, `../x`, `/x`, `.`).
pub fn is_path_request(request: &str) -> bool {
    request.starts_with('/')
        || request.starts_with("./")
        || request.starts_with("../")
        || request == "."
        || request == ".."
}

/// The absolute, symlink-free filename `request` names from the module file
/// `parent` (Module._resolveFilename after the built-ins): a path; a `#name` through
/// the `imports` of the parent's package; the parent's own package by name; a package
/// in a `node_modules` folder through its `exports`, else as files. `None` when no
/// file matches; Node's errors for what `exports` and `imports` refuse.
pub fn resolve_request(vm: &mut Vm, request: &str, parent: &str) -> JsResult<Option<String>> {
    let dir = path::dirname(parent);
    if is_path_request(request) {
        let base = path::resolve(&[dir, request.to_string()]);
        return Ok(resolve_path(vm, &base, request.ends_with('/')));
    }
    if request.starts_with('#')
        && let Some(pkg) = package::scope(vm, parent)
        && pkg.imports.is_some()
    {
        let target = package::imports_resolve(vm, request, parent, Conditions::Require)?;
        return finalize(vm, &target, &pkg.file()).map(Some);
    }
    if let Some(pkg) = package::scope(vm, parent)
        && pkg.exports.is_some()
        && let Some(name) = &pkg.name
    {
        let subpath = if request == name {
            Some(".".to_string())
        } else {
            request
                .strip_prefix(name.as_str())
                .filter(|rest| rest.starts_with('/'))
                .map(|rest| format!(".{rest}"))
        };
        if let Some(subpath) = subpath {
            let target =
                package::exports_resolve(vm, &pkg, &subpath, Some(parent), Conditions::Require)?;
            return finalize(vm, &target, &pkg.file()).map(Some);
        }
    }
    for folder in node_modules_paths(&dir) {
        if let Some((name, subpath)) = exports_name(request) {
            let pkg_dir = format!("{folder}/{name}");
            if let Some(pkg) = package::read(vm, &pkg_dir)
                && pkg.exports.is_some()
            {
                let target =
                    package::exports_resolve(vm, &pkg, &subpath, None, Conditions::Require)?;
                return finalize(vm, &target, &pkg.file()).map(Some);
            }
        }
        if let Some(found) = resolve_path(vm, &format!("{folder}/{request}"), false) {
            return Ok(Some(found));
        }
    }
    Ok(None)
}

/// The package name and subpath of a bare request as CommonJS matches `exports`
/// (Node's EXPORTS_PATTERN: an optional `@scope/`, a name not starting with `.`).
fn exports_name(request: &str) -> Option<(String, String)> {
    if request.starts_with('.') || request.contains('\\') || request.contains('%') {
        return None;
    }
    package::parse_package_name(request)
}

/// A file `exports` or `imports` named (`finalizeEsmResolution`): it must exist (a
/// built-in is no file: Node's `fileURLToPath` refuses its URL).
fn finalize(vm: &mut Vm, target: &str, package_json: &str) -> JsResult<String> {
    if target.starts_with("node:") {
        return Err(error_with_code(
            vm,
            ErrorKind::TypeError,
            "ERR_INVALID_URL_SCHEME",
            "The URL must be of scheme file",
        ));
    }
    if Path::new(target).is_file() {
        return Ok(real_path(target));
    }
    let e = error_with_code(
        vm,
        ErrorKind::Error,
        "MODULE_NOT_FOUND",
        &format!("Cannot find module '{target}'"),
    );
    if let JsError::Thrown(Value::Object(o)) = e {
        let p = Value::String(vm.heap.alloc_str(package_json));
        vm.define_named(o, "path", p, DEFAULT_ATTRS);
    }
    Err(e)
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
    if let Some(main) = package::read(vm, dir).and_then(|p| p.main) {
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
