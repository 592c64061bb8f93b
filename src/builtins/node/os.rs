//! `node:os`: facts about the machine and the user, read as Node's libuv reads them
//! (environment variables first, then the system).

use super::exports_object;
use crate::builtins::method;
use crate::builtins::process::{node_arch, node_platform};
use crate::runtime::Value;
use crate::runtime::object::DEFAULT_ATTRS;
use crate::vm::{JsResult, Vm};

/// A variable of `process.env` (which scripts may change), when set and not empty.
fn env_var(vm: &mut Vm, name: &str) -> JsResult<Option<String>> {
    let process = Value::Object(vm.realm.process);
    let env = vm.get_named(process, "env")?;
    if !matches!(env, Value::Object(_)) {
        return Ok(None);
    }
    match vm.get_named(env, name)? {
        Value::Undefined => Ok(None),
        v => Ok(Some(vm.to_rust_string(v)?).filter(|s| !s.is_empty())),
    }
}

/// `os.tmpdir()`: TMPDIR, TMP or TEMP, else `/tmp`, without a trailing slash.
fn tmpdir(vm: &mut Vm) -> JsResult<String> {
    let mut dir = None;
    for name in ["TMPDIR", "TMP", "TEMP"] {
        dir = env_var(vm, name)?;
        if dir.is_some() {
            break;
        }
    }
    let dir = dir.unwrap_or_else(|| "/tmp".to_string());
    Ok(match dir.strip_suffix('/') {
        Some(trimmed) if !trimmed.is_empty() => trimmed.to_string(),
        _ => dir,
    })
}

/// `os.homedir()`: HOME, else the password database's entry for the user.
fn homedir(vm: &mut Vm) -> JsResult<String> {
    if let Some(home) = env_var(vm, "HOME")? {
        return Ok(home);
    }
    Ok(passwd_field(|pw| pw.pw_dir).unwrap_or_default())
}

/// A text field of the current user's password-database entry.
fn passwd_field(field: fn(&libc::passwd) -> *mut libc::c_char) -> Option<String> {
    // SAFETY: getpwuid returns null or a pointer to a static entry that stays valid
    // until the next getpw* call; the field is copied out at once.
    unsafe {
        let pw = libc::getpwuid(libc::getuid());
        if pw.is_null() {
            return None;
        }
        let text = field(&*pw);
        if text.is_null() {
            return None;
        }
        Some(
            std::ffi::CStr::from_ptr(text)
                .to_string_lossy()
                .into_owned(),
        )
    }
}

/// The `uname` fields Node reports: (sysname, release, version, machine, nodename).
fn uname() -> Option<[String; 5]> {
    // SAFETY: uname fills the zeroed struct with NUL-terminated strings.
    unsafe {
        let mut u: libc::utsname = std::mem::zeroed();
        if libc::uname(&mut u) != 0 {
            return None;
        }
        let text = |f: &[libc::c_char]| {
            std::ffi::CStr::from_ptr(f.as_ptr())
                .to_string_lossy()
                .into_owned()
        };
        Some([
            text(&u.sysname),
            text(&u.release),
            text(&u.version),
            text(&u.machine),
            text(&u.nodename),
        ])
    }
}

/// A number from /proc/meminfo (in kB), in bytes.
fn meminfo(key: &str) -> f64 {
    let text = std::fs::read_to_string("/proc/meminfo").unwrap_or_default();
    text.lines()
        .find_map(|line| {
            let rest = line.strip_prefix(key)?.strip_prefix(':')?;
            let kb: f64 = rest.trim().trim_end_matches("kB").trim().parse().ok()?;
            Some(kb * 1024.0)
        })
        .unwrap_or(0.0)
}

fn text(vm: &mut Vm, s: &str) -> JsResult<Value> {
    Ok(Value::String(vm.heap.alloc_str(s)))
}

/// Field `i` of [`uname`] as a string (empty when uname fails).
fn uname_field(vm: &mut Vm, i: usize) -> JsResult<Value> {
    let field = uname().map(|u| u[i].clone()).unwrap_or_default();
    text(vm, &field)
}

/// Builds `require('os')`.
pub fn load(vm: &mut Vm) -> JsResult<Value> {
    let os = exports_object(vm);
    let eol = Value::String(vm.heap.alloc_str("\n"));
    vm.define_named(os, "EOL", eol, DEFAULT_ATTRS);
    let dev_null = Value::String(vm.heap.alloc_str("/dev/null"));
    vm.define_named(os, "devNull", dev_null, DEFAULT_ATTRS);
    method(vm, os, "arch", 0, |vm, _, _| text(vm, node_arch()));
    method(vm, os, "platform", 0, |vm, _, _| text(vm, node_platform()));
    method(vm, os, "tmpdir", 0, |vm, _, _| {
        let dir = tmpdir(vm)?;
        text(vm, &dir)
    });
    method(vm, os, "homedir", 0, |vm, _, _| {
        let dir = homedir(vm)?;
        text(vm, &dir)
    });
    method(vm, os, "endianness", 0, |vm, _, _| {
        text(
            vm,
            if cfg!(target_endian = "little") {
                "LE"
            } else {
                "BE"
            },
        )
    });
    method(vm, os, "type", 0, |vm, _, _| uname_field(vm, 0));
    method(vm, os, "release", 0, |vm, _, _| uname_field(vm, 1));
    method(vm, os, "version", 0, |vm, _, _| uname_field(vm, 2));
    method(vm, os, "machine", 0, |vm, _, _| uname_field(vm, 3));
    method(vm, os, "hostname", 0, |vm, _, _| uname_field(vm, 4));
    method(vm, os, "availableParallelism", 0, |_, _, _| {
        let n = std::thread::available_parallelism().map_or(1, |n| n.get());
        Ok(Value::Number(n as f64))
    });
    method(vm, os, "totalmem", 0, |_, _, _| {
        Ok(Value::Number(meminfo("MemTotal")))
    });
    method(vm, os, "freemem", 0, |_, _, _| {
        Ok(Value::Number(meminfo("MemAvailable")))
    });
    method(vm, os, "uptime", 0, |_, _, _| {
        let text = std::fs::read_to_string("/proc/uptime").unwrap_or_default();
        let seconds: f64 = text
            .split_whitespace()
            .next()
            .and_then(|s| s.parse().ok())
            .unwrap_or(0.0);
        Ok(Value::Number(seconds))
    });
    Ok(Value::Object(os))
}
