//! package.json as Node's resolvers read it (`name`, `main`, `type`, `exports`,
//! `imports`), and the resolution of a package's `exports` and `imports` maps
//! (`packageExportsResolve`, `packageImportsResolve`, `packageResolve` in Node's
//! lib/internal/modules/esm/resolve.js), which CommonJS `require` and `import` share;
//! only the condition names differ.

use crate::builtins::node::{error_with_code, path};
use crate::runtime::Value;
use crate::vm::{ErrorKind, JsError, JsResult, Vm};
use std::path::Path;

/// A JSON value of a package.json, keys in the order JavaScript lists them.
#[derive(Clone, Debug)]
pub enum Json {
    Null,
    String(String),
    Array(Vec<Json>),
    Object(Vec<(String, Json)>),
    /// A number or boolean, as `String(value)` writes it.
    Other(String),
}

/// The fields of one package.json the loader reads.
#[derive(Clone, Debug, Default)]
pub struct PackageJson {
    /// The package's folder, without a trailing slash.
    pub dir: String,
    pub name: Option<String>,
    pub main: Option<String>,
    pub kind: Option<String>,
    /// `exports`, unless absent or null.
    pub exports: Option<Json>,
    /// `imports`, unless absent or null.
    pub imports: Option<Json>,
}

impl PackageJson {
    /// The absolute filename of the package.json.
    pub fn file(&self) -> String {
        if self.dir == "/" {
            "/package.json".into()
        } else {
            format!("{}/package.json", self.dir)
        }
    }

    /// The folder as Node's messages print it, with its trailing slash.
    fn dir_slash(&self) -> String {
        if self.dir.ends_with('/') {
            self.dir.clone()
        } else {
            format!("{}/", self.dir)
        }
    }
}

/// The JavaScript value `v` as JSON.
fn to_json(vm: &mut Vm, v: Value, depth: usize) -> JsResult<Json> {
    Ok(match v {
        Value::Null => Json::Null,
        Value::String(s) => Json::String(vm.heap.to_rust_string(s)),
        Value::Object(o) if depth < 64 => {
            let is_array = vm.is_array(v)?;
            let mut entries = Vec::new();
            for key in vm.own_keys(o)? {
                let k = vm.key_to_value(key);
                let name = vm.to_rust_string(k)?;
                let item = vm.get(v, key)?;
                entries.push((name, to_json(vm, item, depth + 1)?));
            }
            if is_array {
                Json::Array(entries.into_iter().map(|(_, j)| j).collect())
            } else {
                Json::Object(entries)
            }
        }
        other => Json::Other(vm.to_rust_string(other)?),
    })
}

/// The package.json in folder `dir`, or `None` when there is none or it does not
/// parse.
pub fn read(vm: &mut Vm, dir: &str) -> Option<PackageJson> {
    let file = if dir == "/" {
        "/package.json".to_string()
    } else {
        format!("{dir}/package.json")
    };
    let text = std::fs::read_to_string(file).ok()?;
    let text = Value::String(vm.heap.alloc_str(&text));
    let parsed = crate::builtins::json::parse(vm, Value::Undefined, &[text]).ok()?;
    if !matches!(parsed, Value::Object(_)) {
        return Some(PackageJson {
            dir: dir.to_string(),
            ..PackageJson::default()
        });
    }
    let mut field = |name: &str| -> Option<Json> {
        let v = vm.get_named(parsed, name).ok()?;
        match v {
            Value::Undefined | Value::Null => None,
            v => to_json(vm, v, 0).ok(),
        }
    };
    let text = |j: Option<Json>| match j {
        Some(Json::String(s)) => Some(s),
        _ => None,
    };
    Some(PackageJson {
        dir: dir.to_string(),
        name: text(field("name")),
        main: text(field("main")),
        kind: text(field("type")),
        exports: field("exports"),
        imports: field("imports"),
    })
}

/// The nearest package.json above absolute `filename` (Node's
/// `getPackageScopeConfig`: the search stops at the first one found, and never
/// crosses into a `node_modules` folder's parent).
pub fn scope(vm: &mut Vm, filename: &str) -> Option<PackageJson> {
    let mut dir = path::dirname(filename);
    loop {
        if path::basename(&dir, None) == "node_modules" {
            return None;
        }
        let file = if dir == "/" {
            "/package.json".to_string()
        } else {
            format!("{dir}/package.json")
        };
        if Path::new(&file).is_file() {
            return read(vm, &dir);
        }
        if dir == "/" {
            return None;
        }
        dir = path::dirname(&dir);
    }
}

/// The condition names a resolution matches besides `default`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Conditions {
    /// `require`: `require`, `node`, `module-sync`, `node-addons`.
    Require,
    /// `import`: `import`, `node`, `module-sync`, `node-addons`.
    Import,
}

impl Conditions {
    fn has(self, key: &str) -> bool {
        match key {
            "default" | "node" | "module-sync" | "node-addons" => true,
            "require" => self == Conditions::Require,
            "import" => self == Conditions::Import,
            _ => false,
        }
    }
}

/// What a target resolves to: a file, or nothing (`null`: excluded; `undefined`: no
/// condition matched, the next alternative is tried).
enum Target {
    Found(String),
    Null,
    Undefined,
}

/// Why a target did not resolve, before the package's folder and the importer are
/// put into the message.
enum Failure {
    /// ERR_INVALID_PACKAGE_TARGET for `key`, the target as Node prints it.
    InvalidTarget {
        key: String,
        target: String,
    },
    /// ERR_INVALID_MODULE_SPECIFIER: a pattern match that names `..` or `node_modules`.
    InvalidSubpath {
        request: String,
    },
    /// ERR_INVALID_PACKAGE_CONFIG with this explanation.
    Config(String),
    Thrown(JsError),
}

impl From<JsError> for Failure {
    fn from(e: JsError) -> Self {
        Failure::Thrown(e)
    }
}

/// One resolution's context: the package, whether it is `imports`, the importer.
struct Resolver<'a> {
    pkg: &'a PackageJson,
    internal: bool,
    base: Option<&'a str>,
    conditions: Conditions,
}

/// Whether `s` has a `.`, `..` or `node_modules` segment (also percent-encoded), which
/// targets and pattern matches may not.
fn has_invalid_segment(s: &str) -> bool {
    s.split(['/', '\\']).any(|segment| {
        let decoded = segment
            .to_ascii_lowercase()
            .replace("%2e", ".")
            .replace("%6e", "n")
            .replace("%6f", "o")
            .replace("%64", "d")
            .replace("%65", "e")
            .replace("%5f", "_")
            .replace("%6d", "m")
            .replace("%75", "u")
            .replace("%6c", "l")
            .replace("%73", "s");
        decoded == "." || decoded == ".." || decoded == "node_modules"
    })
}

/// JSON.stringify of a string.
fn quoted(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Whether `key` is a canonical array index (such keys are not allowed in
/// conditions).
fn is_array_index(key: &str) -> bool {
    key.parse::<u32>()
        .is_ok_and(|n| n.to_string() == key && n < u32::MAX)
}

/// `patternKeyCompare(a, b)`: which of two pattern keys is more specific.
fn pattern_key_compare(a: &str, b: &str) -> i32 {
    let a_star = a.find('*');
    let b_star = b.find('*');
    let base_a = a_star.map_or(a.len(), |i| i + 1);
    let base_b = b_star.map_or(b.len(), |i| i + 1);
    if base_a > base_b {
        return -1;
    }
    if base_b > base_a {
        return 1;
    }
    if a_star.is_none() {
        return 1;
    }
    if b_star.is_none() {
        return -1;
    }
    match a.len().cmp(&b.len()) {
        std::cmp::Ordering::Greater => -1,
        std::cmp::Ordering::Less => 1,
        std::cmp::Ordering::Equal => 0,
    }
}

/// The most specific pattern key of `map` that `request` matches, with the part
/// the `*` stands for.
fn best_pattern<'m>(map: &'m [(String, Json)], request: &str) -> Option<(&'m str, String)> {
    let mut best: Option<(&str, String)> = None;
    for (key, _) in map {
        let Some(star) = key.find('*') else { continue };
        if !request.starts_with(&key[..star]) || key.rfind('*') != Some(star) {
            continue;
        }
        let trailer = &key[star + 1..];
        let better = pattern_key_compare(best.as_ref().map_or("", |b| b.0), key) == 1;
        if request.len() >= key.len() && request.ends_with(trailer) && better {
            let matched = request[star..request.len() - trailer.len()].to_string();
            best = Some((key, matched));
        }
    }
    best
}

impl Resolver<'_> {
    /// `resolvePackageTargetString`.
    fn target_string(
        &self,
        vm: &mut Vm,
        target: &str,
        subpath: &str,
        key: &str,
        pattern: bool,
    ) -> Result<Target, Failure> {
        let invalid = || Failure::InvalidTarget {
            key: key.to_string(),
            target: target.to_string(),
        };
        if !subpath.is_empty() && !pattern && !target.ends_with('/') {
            return Err(invalid());
        }
        let Some(rest) = target.strip_prefix("./") else {
            let url_like = target.split_once(':').is_some_and(|(scheme, _)| {
                !scheme.is_empty()
                    && scheme
                        .chars()
                        .all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c))
            });
            if self.internal && !target.starts_with("../") && !target.starts_with('/') && !url_like
            {
                let request = if pattern {
                    target.replace('*', subpath)
                } else {
                    format!("{target}{subpath}")
                };
                let base = self.pkg.file();
                return Ok(Target::Found(package_resolve(
                    vm,
                    &request,
                    &base,
                    self.conditions,
                )?));
            }
            return Err(invalid());
        };
        if has_invalid_segment(rest) {
            return Err(invalid());
        }
        let resolved = path::resolve(&[self.pkg.dir.clone(), rest.to_string()]);
        if !format!("{resolved}/").starts_with(&self.pkg.dir_slash()) {
            return Err(invalid());
        }
        if subpath.is_empty() {
            return Ok(Target::Found(resolved));
        }
        if has_invalid_segment(subpath) {
            let request = if pattern {
                key.replacen('*', subpath, 1)
            } else {
                format!("{key}{subpath}")
            };
            return Err(Failure::InvalidSubpath { request });
        }
        if pattern {
            let joined = format!("{}/{}", self.pkg.dir, rest.replace('*', subpath));
            return Ok(Target::Found(joined));
        }
        Ok(Target::Found(format!("{resolved}/{subpath}")))
    }

    /// `resolvePackageTarget`: a string, an array of alternatives, a map of conditions
    /// (in their order, `default` or a condition this resolution has), or null.
    fn target(
        &self,
        vm: &mut Vm,
        target: &Json,
        subpath: &str,
        key: &str,
        pattern: bool,
    ) -> Result<Target, Failure> {
        match target {
            Json::String(s) => self.target_string(vm, s, subpath, key, pattern),
            Json::Array(items) => {
                if items.is_empty() {
                    return Ok(Target::Null);
                }
                let mut last: Option<Failure> = None;
                let mut saw_null = false;
                for item in items {
                    match self.target(vm, item, subpath, key, pattern) {
                        Ok(Target::Found(f)) => return Ok(Target::Found(f)),
                        Ok(Target::Undefined) => {}
                        Ok(Target::Null) => {
                            saw_null = true;
                            last = None;
                        }
                        Err(e @ Failure::InvalidTarget { .. }) => {
                            saw_null = false;
                            last = Some(e);
                        }
                        Err(e) => return Err(e),
                    }
                }
                match last {
                    Some(e) => Err(e),
                    None if saw_null => Ok(Target::Null),
                    None => Ok(Target::Undefined),
                }
            }
            Json::Object(entries) => {
                if entries.iter().any(|(k, _)| is_array_index(k)) {
                    return Err(Failure::Config(
                        "\"exports\" cannot contain numeric property keys.".into(),
                    ));
                }
                for (k, v) in entries {
                    if self.conditions.has(k) {
                        match self.target(vm, v, subpath, key, pattern)? {
                            Target::Undefined => continue,
                            found => return Ok(found),
                        }
                    }
                }
                Ok(Target::Undefined)
            }
            Json::Null => Ok(Target::Null),
            Json::Other(text) => Err(Failure::InvalidTarget {
                key: key.to_string(),
                target: text.clone(),
            }),
        }
    }

    /// The target `request` selects in an `exports` or `imports` map: its own key
    /// (when `exact` allows), else the most specific pattern it matches.
    fn map_target(
        &self,
        vm: &mut Vm,
        map: &[(String, Json)],
        request: &str,
        exact: bool,
    ) -> Result<Target, Failure> {
        if let Some((_, target)) = map.iter().find(|(k, _)| k == request).filter(|_| exact) {
            return self.target(vm, target, "", request, false);
        }
        let Some((key, matched)) = best_pattern(map, request) else {
            return Ok(Target::Null);
        };
        match map.iter().find(|(k, _)| k == key) {
            Some((_, t)) => self.target(vm, t, &matched, key, true),
            None => Ok(Target::Null),
        }
    }

    /// The thrown error of a failure.
    fn error(&self, vm: &mut Vm, failure: Failure) -> JsError {
        let imported = self
            .base
            .map(|b| format!(" imported from {b}"))
            .unwrap_or_default();
        match failure {
            Failure::Thrown(e) => e,
            Failure::InvalidTarget { key, target } => {
                let related = !self.internal && !target.is_empty() && !target.starts_with("./");
                let hint = if related {
                    "; targets must start with \"./\""
                } else {
                    ""
                };
                let file = self.pkg.file();
                let message = if key == "." {
                    format!(
                        "Invalid \"exports\" main target {} defined in the package config {file}{imported}{hint}",
                        quoted(&target)
                    )
                } else {
                    let field = if self.internal { "imports" } else { "exports" };
                    format!(
                        "Invalid \"{field}\" target {} defined for '{key}' in the package config {file}{imported}{hint}",
                        quoted(&target)
                    )
                };
                error_with_code(vm, ErrorKind::Error, "ERR_INVALID_PACKAGE_TARGET", &message)
            }
            Failure::InvalidSubpath { request } => {
                let field = if self.internal { "imports" } else { "exports" };
                let reason = format!(
                    "request is not a valid subpath for the \"{field}\" resolution of {}",
                    self.pkg.file()
                );
                invalid_specifier(vm, &request, &reason, self.base)
            }
            Failure::Config(message) => {
                // Node passes the importer here as a URL.
                let base = self
                    .base
                    .map(|b| format!(" while importing {}", super::esm::file_url(b)))
                    .unwrap_or_default();
                let text = format!(
                    "Invalid package config {}{base}. {message}",
                    self.pkg.file()
                );
                error_with_code(vm, ErrorKind::Error, "ERR_INVALID_PACKAGE_CONFIG", &text)
            }
        }
    }
}

/// Node's ERR_INVALID_MODULE_SPECIFIER.
fn invalid_specifier(vm: &mut Vm, request: &str, reason: &str, base: Option<&str>) -> JsError {
    let imported = base
        .map(|b| format!(" imported from {b}"))
        .unwrap_or_default();
    let message = format!("Invalid module \"{request}\" {reason}{imported}");
    error_with_code(
        vm,
        ErrorKind::TypeError,
        "ERR_INVALID_MODULE_SPECIFIER",
        &message,
    )
}

/// Node's ERR_PACKAGE_PATH_NOT_EXPORTED for `subpath` of `pkg`.
fn not_exported(vm: &mut Vm, pkg: &PackageJson, subpath: &str, base: Option<&str>) -> JsError {
    let imported = base
        .map(|b| format!(" imported from {b}"))
        .unwrap_or_default();
    let file = pkg.file();
    let message = if subpath == "." {
        format!("No \"exports\" main defined in {file}{imported}")
    } else {
        format!("Package subpath '{subpath}' is not defined by \"exports\" in {file}{imported}")
    };
    error_with_code(
        vm,
        ErrorKind::Error,
        "ERR_PACKAGE_PATH_NOT_EXPORTED",
        &message,
    )
}

/// `packageExportsResolve`: the file `subpath` (`.` or `./name`) of `pkg` names
/// through its `exports`, or Node's error. `base` is the importing file, when the
/// message names it.
pub fn exports_resolve(
    vm: &mut Vm,
    pkg: &PackageJson,
    subpath: &str,
    base: Option<&str>,
    conditions: Conditions,
) -> JsResult<String> {
    let resolver = Resolver {
        pkg,
        internal: false,
        base,
        conditions,
    };
    let Some(exports) = &pkg.exports else {
        return Err(not_exported(vm, pkg, subpath, base));
    };
    // A string, an array or a map of conditions is the main entry's target.
    let sugar = match exports {
        Json::Object(entries) => {
            let mut kinds = entries
                .iter()
                .map(|(k, _)| k.is_empty() || !k.starts_with('.'));
            let first = kinds.next().unwrap_or(false);
            if kinds.any(|k| k != first) {
                let failure = Failure::Config(
                    "\"exports\" cannot contain some keys starting with '.' and some not. The exports object must either be an object of package subpath keys or an object of main entry condition name keys only.".into(),
                );
                return Err(resolver.error(vm, failure));
            }
            first
        }
        _ => true,
    };
    let map: Vec<(String, Json)> = if sugar {
        vec![(".".to_string(), exports.clone())]
    } else if let Json::Object(entries) = exports {
        entries.clone()
    } else {
        Vec::new()
    };
    let exact = !subpath.contains('*') && !subpath.ends_with('/');
    match resolver.map_target(vm, &map, subpath, exact) {
        Ok(Target::Found(file)) => Ok(file),
        Ok(Target::Null | Target::Undefined) => Err(not_exported(vm, pkg, subpath, base)),
        Err(failure) => Err(resolver.error(vm, failure)),
    }
}

/// `packageImportsResolve`: what the `#name` specifier imported from `base` maps to
/// through the `imports` of `base`'s package: a filename or `node:name`.
pub fn imports_resolve(
    vm: &mut Vm,
    name: &str,
    base: &str,
    conditions: Conditions,
) -> JsResult<String> {
    if name == "#" || name.starts_with("#/") || name.ends_with('/') {
        return Err(invalid_specifier(
            vm,
            name,
            "is not a valid internal imports specifier name",
            Some(base),
        ));
    }
    let pkg = scope(vm, base);
    if let Some(pkg) = &pkg
        && let Some(Json::Object(map)) = &pkg.imports
    {
        let resolver = Resolver {
            pkg,
            internal: true,
            base: Some(base),
            conditions,
        };
        match resolver.map_target(vm, map, name, !name.contains('*')) {
            Ok(Target::Found(file)) => return Ok(file),
            Ok(Target::Null | Target::Undefined) => {}
            Err(failure) => return Err(resolver.error(vm, failure)),
        }
    }
    let within = pkg
        .map(|p| format!(" in package {}", p.file()))
        .unwrap_or_default();
    let message =
        format!("Package import specifier \"{name}\" is not defined{within} imported from {base}");
    Err(error_with_code(
        vm,
        ErrorKind::TypeError,
        "ERR_PACKAGE_IMPORT_NOT_DEFINED",
        &message,
    ))
}

/// A bare specifier's package name and the subpath after it (`.` or `./rest`), or
/// `None` when it is no valid package name.
pub fn parse_package_name(specifier: &str) -> Option<(String, String)> {
    let mut separator = specifier.find('/');
    if specifier.starts_with('@') {
        let first = separator?;
        separator = specifier[first + 1..].find('/').map(|i| i + first + 1);
    }
    let name = separator.map_or(specifier, |i| &specifier[..i]);
    if name.is_empty() || name.starts_with('.') || name.contains('%') || name.contains('\\') {
        return None;
    }
    let subpath = format!(".{}", separator.map_or("", |i| &specifier[i..]));
    Some((name.to_string(), subpath))
}

/// Node's ERR_MODULE_NOT_FOUND (`what` is "package" or "module").
pub fn module_not_found(vm: &mut Vm, what: &str, name: &str, base: &str) -> JsError {
    let message = format!("Cannot find {what} '{name}' imported from {base}");
    error_with_code(vm, ErrorKind::Error, "ERR_MODULE_NOT_FOUND", &message)
}

/// `packageResolve` of the ES module resolver: a built-in's `node:name`, or the
/// filename a bare specifier names from `base` (the package's own name, then the
/// `node_modules` folders up the tree; `exports` when the package has them, else its
/// `main` or the subpath as a path). The file is not checked to exist.
pub fn package_resolve(
    vm: &mut Vm,
    specifier: &str,
    base: &str,
    conditions: Conditions,
) -> JsResult<String> {
    if let Some((name, _)) = crate::builtins::node::lookup(specifier)
        && !specifier.starts_with("node:")
    {
        return Ok(format!("node:{name}"));
    }
    let Some((name, subpath)) = parse_package_name(specifier) else {
        return Err(invalid_specifier(
            vm,
            specifier,
            "is not a valid package name",
            Some(base),
        ));
    };
    if let Some(pkg) = scope(vm, base)
        && pkg.name.as_deref() == Some(name.as_str())
        && pkg.exports.is_some()
    {
        return exports_resolve(vm, &pkg, &subpath, Some(base), conditions);
    }
    for folder in super::resolve::node_modules_paths(&path::dirname(base)) {
        let dir = format!("{folder}/{name}");
        if !Path::new(&dir).is_dir() {
            continue;
        }
        let pkg = read(vm, &dir).unwrap_or_else(|| PackageJson {
            dir: dir.clone(),
            ..PackageJson::default()
        });
        if pkg.exports.is_some() {
            return exports_resolve(vm, &pkg, &subpath, Some(base), conditions);
        }
        if subpath == "." {
            return legacy_main(vm, &pkg, base);
        }
        return Ok(format!("{dir}/{}", &subpath[2..]));
    }
    Err(module_not_found(vm, "package", &name, base))
}

/// `legacyMainResolve`: a package's `main` (as is, with `.js`/`.json`/`.node`, or as a
/// folder's index), else its `index.js`.
fn legacy_main(vm: &mut Vm, pkg: &PackageJson, base: &str) -> JsResult<String> {
    let is_file = |f: &String| Path::new(f).is_file();
    if let Some(main) = &pkg.main {
        let m = path::resolve(&[pkg.dir.clone(), main.clone()]);
        let guesses = [
            m.clone(),
            format!("{m}.js"),
            format!("{m}.json"),
            format!("{m}.node"),
            format!("{m}/index.js"),
            format!("{m}/index.json"),
            format!("{m}/index.node"),
        ];
        if let Some(found) = guesses.into_iter().find(is_file) {
            return Ok(found);
        }
    }
    let guesses = ["index.js", "index.json", "index.node"].map(|f| format!("{}/{f}", pkg.dir));
    if let Some(found) = guesses.into_iter().find(is_file) {
        return Ok(found);
    }
    Err(module_not_found(vm, "package", &pkg.dir_slash(), base))
}

#[cfg(test)]
mod tests {
    use super::{has_invalid_segment, parse_package_name, pattern_key_compare};

    #[test]
    fn package_names_split_off_their_subpath() {
        let split = |s: &str| parse_package_name(s).map(|(n, p)| format!("{n} {p}"));
        assert_eq!(split("pkg").as_deref(), Some("pkg ."));
        assert_eq!(split("pkg/a/b").as_deref(), Some("pkg ./a/b"));
        assert_eq!(split("@s/pkg/x").as_deref(), Some("@s/pkg ./x"));
        assert_eq!(split("@s"), None);
        assert_eq!(split(".hidden"), None);
    }

    #[test]
    fn longer_pattern_prefixes_win() {
        assert_eq!(pattern_key_compare("", "./a/*"), 1);
        assert_eq!(pattern_key_compare("./a/*", "./a/b/*"), 1);
        assert_eq!(pattern_key_compare("./a/b/*", "./a/*"), -1);
    }

    #[test]
    fn dot_segments_and_node_modules_are_invalid() {
        assert!(has_invalid_segment("a/../b"));
        assert!(has_invalid_segment("node_modules/x"));
        assert!(has_invalid_segment("%2E%2e/x"));
        assert!(!has_invalid_segment("a/b.js"));
    }
}
