//! `node:path`: POSIX path manipulation as Node's `path.posix` does it, on text only
//! (the file system is never consulted). The loader resolves module paths with the
//! same functions.

use super::{exports_object, string_arg};
use crate::builtins::{arg, method};
use crate::runtime::Value;
use crate::runtime::object::DEFAULT_ATTRS;
use crate::vm::{JsResult, Vm};

/// Node's normalizeString: `path` with `.` and `..` segments folded and repeated
/// slashes collapsed; `..` above the start is kept unless `absolute`.
fn normalize_string(path: &str, allow_above_root: bool) -> String {
    let mut parts: Vec<&str> = Vec::new();
    for segment in path.split('/') {
        match segment {
            "" | "." => {}
            ".." => {
                if parts.last().is_some_and(|&p| p != "..") {
                    parts.pop();
                } else if allow_above_root {
                    parts.push("..");
                }
            }
            s => parts.push(s),
        }
    }
    parts.join("/")
}

/// `path.normalize(p)`.
pub fn normalize(path: &str) -> String {
    if path.is_empty() {
        return ".".into();
    }
    let absolute = path.starts_with('/');
    let trailing = path.ends_with('/');
    let mut out = normalize_string(path, !absolute);
    if out.is_empty() {
        if absolute {
            return "/".into();
        }
        return if trailing { "./" } else { "." }.into();
    }
    if trailing {
        out.push('/');
    }
    if absolute { format!("/{out}") } else { out }
}

/// `path.join(...parts)`.
pub fn join(parts: &[String]) -> String {
    let joined: Vec<&str> = parts
        .iter()
        .map(String::as_str)
        .filter(|p| !p.is_empty())
        .collect();
    if joined.is_empty() {
        return ".".into();
    }
    normalize(&joined.join("/"))
}

/// `path.resolve(...parts)`: right to left until an absolute path, then against the
/// working directory.
pub fn resolve(parts: &[String]) -> String {
    let mut resolved = String::new();
    let mut absolute = false;
    for part in parts.iter().rev() {
        if part.is_empty() {
            continue;
        }
        resolved = if resolved.is_empty() {
            part.clone()
        } else {
            format!("{part}/{resolved}")
        };
        if part.starts_with('/') {
            absolute = true;
            break;
        }
    }
    if !absolute {
        let cwd = std::env::current_dir()
            .map(|d| d.to_string_lossy().into_owned())
            .unwrap_or_else(|_| "/".into());
        resolved = format!("{cwd}/{resolved}");
    }
    let out = normalize_string(&resolved, false);
    format!("/{out}")
}

/// `path.dirname(p)`.
pub fn dirname(path: &str) -> String {
    if path.is_empty() {
        return ".".into();
    }
    let bytes = path.as_bytes();
    let absolute = bytes[0] == b'/';
    // The last slash before the final segment, ignoring trailing slashes.
    let mut end = None;
    let mut matched_slash = true;
    for i in (1..bytes.len()).rev() {
        if bytes[i] == b'/' {
            if !matched_slash {
                end = Some(i);
                break;
            }
        } else {
            matched_slash = false;
        }
    }
    match end {
        None if absolute => "/".into(),
        None => ".".into(),
        Some(1) if absolute => "//".into(),
        Some(e) => path[..e].to_string(),
    }
}

/// `path.basename(p, suffix)`.
pub fn basename(path: &str, suffix: Option<&str>) -> String {
    let trimmed = path.trim_end_matches('/');
    if trimmed.is_empty() {
        return String::new();
    }
    let base = match trimmed.rfind('/') {
        Some(i) => &trimmed[i + 1..],
        None => trimmed,
    };
    match suffix {
        Some(s) if !s.is_empty() && base != s && base.ends_with(s) => {
            base[..base.len() - s.len()].to_string()
        }
        _ => base.to_string(),
    }
}

/// `path.extname(p)`: from the last `.` of the last segment, unless that segment
/// starts with it or has none.
pub fn extname(path: &str) -> String {
    let base = basename(path, None);
    match base.rfind('.') {
        Some(0) | None => String::new(),
        Some(_) if base == ".." => String::new(),
        Some(i) => base[i..].to_string(),
    }
}

/// `path.relative(from, to)`.
pub fn relative(from: &str, to: &str) -> String {
    let from = resolve(&[from.to_string()]);
    let to = resolve(&[to.to_string()]);
    if from == to {
        return String::new();
    }
    let from_parts: Vec<&str> = from.split('/').filter(|s| !s.is_empty()).collect();
    let to_parts: Vec<&str> = to.split('/').filter(|s| !s.is_empty()).collect();
    let common = from_parts
        .iter()
        .zip(&to_parts)
        .take_while(|(a, b)| a == b)
        .count();
    let mut out: Vec<&str> = vec![".."; from_parts.len() - common];
    out.extend(&to_parts[common..]);
    out.join("/")
}

/// `path.parse(p)`'s fields: root, dir, base, ext, name.
fn parse(path: &str) -> [String; 5] {
    let root = if path.starts_with('/') { "/" } else { "" };
    let base = basename(path, None);
    let ext = extname(path);
    let name = base[..base.len() - ext.len()].to_string();
    let dir = if base.is_empty() {
        root.to_string()
    } else {
        let d = dirname(path);
        if d == "." && !path.starts_with("./") && !path.contains('/') {
            String::new()
        } else {
            d
        }
    };
    [root.to_string(), dir, base, ext, name]
}

/// The arguments as strings, each checked as Node checks a path: `resolve` names them
/// `paths[i]`, `join` names each `path`.
fn path_args(vm: &mut Vm, args: &[Value], indexed: bool) -> JsResult<Vec<String>> {
    let mut out = Vec::with_capacity(args.len());
    for (i, &v) in args.iter().enumerate() {
        let label = if indexed {
            format!("paths[{i}]")
        } else {
            "path".to_string()
        };
        out.push(string_arg(vm, v, &label)?);
    }
    Ok(out)
}

fn string_value(vm: &mut Vm, text: &str) -> Value {
    Value::String(vm.heap.alloc_str(text))
}

/// Builds the `path` module's exports (Node's `path.posix`, also its own `posix`).
pub fn load(vm: &mut Vm) -> JsResult<Value> {
    let path = exports_object(vm);
    method(vm, path, "resolve", 0, |vm, _, args| {
        let parts = path_args(vm, args, true)?;
        let out = resolve(&parts);
        Ok(string_value(vm, &out))
    });
    method(vm, path, "normalize", 1, |vm, _, args| {
        let p = string_arg(vm, arg(args, 0), "path")?;
        let out = normalize(&p);
        Ok(string_value(vm, &out))
    });
    method(vm, path, "isAbsolute", 1, |vm, _, args| {
        let p = string_arg(vm, arg(args, 0), "path")?;
        Ok(Value::Bool(p.starts_with('/')))
    });
    method(vm, path, "join", 0, |vm, _, args| {
        let parts = path_args(vm, args, false)?;
        let out = join(&parts);
        Ok(string_value(vm, &out))
    });
    method(vm, path, "relative", 2, |vm, _, args| {
        let from = string_arg(vm, arg(args, 0), "from")?;
        let to = string_arg(vm, arg(args, 1), "to")?;
        let out = relative(&from, &to);
        Ok(string_value(vm, &out))
    });
    method(vm, path, "toNamespacedPath", 1, |_, _, args| {
        Ok(arg(args, 0))
    });
    method(vm, path, "dirname", 1, |vm, _, args| {
        let p = string_arg(vm, arg(args, 0), "path")?;
        let out = dirname(&p);
        Ok(string_value(vm, &out))
    });
    method(vm, path, "basename", 1, |vm, _, args| {
        let p = string_arg(vm, arg(args, 0), "path")?;
        let suffix = match arg(args, 1) {
            Value::Undefined => None,
            v => Some(string_arg(vm, v, "suffix")?),
        };
        let out = basename(&p, suffix.as_deref());
        Ok(string_value(vm, &out))
    });
    method(vm, path, "extname", 1, |vm, _, args| {
        let p = string_arg(vm, arg(args, 0), "path")?;
        let out = extname(&p);
        Ok(string_value(vm, &out))
    });
    method(vm, path, "format", 1, |vm, _, args| {
        let obj = arg(args, 0);
        if !matches!(obj, Value::Object(_)) {
            return Err(crate::builtins::timers::invalid_arg_type(
                vm,
                "pathObject",
                "object",
                obj,
            ));
        }
        let field = |vm: &mut Vm, name: &str| -> JsResult<String> {
            match vm.get_named(obj, name)? {
                Value::Undefined | Value::Null => Ok(String::new()),
                v => vm.to_rust_string(v),
            }
        };
        let dir = field(vm, "dir")?;
        let root = field(vm, "root")?;
        let base = field(vm, "base")?;
        let base = if base.is_empty() {
            let name = field(vm, "name")?;
            let ext = field(vm, "ext")?;
            if !ext.is_empty() && !ext.starts_with('.') {
                format!("{name}.{ext}")
            } else {
                format!("{name}{ext}")
            }
        } else {
            base
        };
        let dir = if dir.is_empty() { root.clone() } else { dir };
        let out = if dir.is_empty() {
            base
        } else if dir == root {
            format!("{dir}{base}")
        } else {
            format!("{dir}/{base}")
        };
        Ok(string_value(vm, &out))
    });
    method(vm, path, "parse", 1, |vm, _, args| {
        let p = string_arg(vm, arg(args, 0), "path")?;
        let fields = parse(&p);
        let out = vm.new_object();
        for (name, value) in ["root", "dir", "base", "ext", "name"].iter().zip(fields) {
            let v = string_value(vm, &value);
            vm.define_named(out, name, v, DEFAULT_ATTRS);
        }
        Ok(Value::Object(out))
    });
    let sep = string_value(vm, "/");
    vm.define_named(path, "sep", sep, DEFAULT_ATTRS);
    let delimiter = string_value(vm, ":");
    vm.define_named(path, "delimiter", delimiter, DEFAULT_ATTRS);
    vm.define_named(path, "posix", Value::Object(path), DEFAULT_ATTRS);
    Ok(Value::Object(path))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalizes_like_node() {
        assert_eq!(normalize("/a//b/../c/."), "/a/c");
        assert_eq!(normalize("a/../../b/"), "../b/");
        assert_eq!(normalize(""), ".");
        assert_eq!(normalize("./"), "./");
        assert_eq!(join(&["a".into(), "".into(), "../b".into()]), "b");
    }

    #[test]
    fn splits_like_node() {
        assert_eq!(dirname("/a/b/"), "/a");
        assert_eq!(dirname("a"), ".");
        assert_eq!(dirname("/a"), "/");
        assert_eq!(basename("/a/b.js", Some(".js")), "b");
        assert_eq!(extname("a/.hidden"), "");
        assert_eq!(extname("a/b.tar.gz"), ".gz");
        assert_eq!(extname("a/b."), ".");
        assert_eq!(relative("/a/b/c", "/a/d"), "../../d");
    }
}
