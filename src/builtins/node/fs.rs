//! `node:fs` and `node:fs/promises`: the native side (`internal/fs`) does each file
//! operation once, as a job that runs inline for the `*Sync` forms and on the I/O
//! pool (src/runtime/io.rs) for the callback and promise forms; `fs.js` holds the
//! argument handling, `Stats`, `Dirent`, `FileHandle` and the three API shapes.

use super::buffer::new_buffer;
use super::{error_with_code, load_source};
use crate::builtins::{arg, method};
use crate::runtime::io::{IoError, IoResult, Job, Output};
use crate::runtime::object::DEFAULT_ATTRS;
use crate::runtime::{ObjectKind, Value};
use crate::vm::{ErrorKind, JsError, JsResult, Vm};
use std::ffi::CString;
use std::fs::File;
use std::io::{Read, Write};
use std::os::fd::{FromRawFd, IntoRawFd};
use std::os::unix::ffi::{OsStrExt, OsStringExt};
use std::os::unix::fs::{FileTypeExt, MetadataExt};

/// Builds `require('fs')`.
pub fn load(vm: &mut Vm) -> JsResult<Value> {
    load_source(vm, "fs", include_str!("fs.js"))
}

/// Builds `require('fs/promises')`: the same object as `fs.promises`.
pub fn load_promises(vm: &mut Vm) -> JsResult<Value> {
    let fs = crate::modules::cjs::builtin(vm, "fs")?.unwrap_or(Value::Undefined);
    vm.get_named(fs, "promises")
}

/// `require('internal/fs/utf8-stream')` inside the sources: the chunk decoder that
/// streams and readline share.
pub fn utf8_stream(vm: &mut Vm) -> JsResult<Value> {
    load_source(
        vm,
        "internal/fs/utf8-stream",
        include_str!("utf8_stream.js"),
    )
}

/// A result as a Node-style callback's arguments: `(err)` or `(null, value)`.
fn node_callback_args(vm: &mut Vm, result: IoResult) -> Box<[Value]> {
    match result {
        Ok(out) => match output_value(vm, out) {
            Ok(v) => Box::new([Value::Null, v]),
            Err(e) => Box::new([vm.error_value(e)]),
        },
        Err(e) => Box::new([uv_exception(vm, &e, false)]),
    }
}

/// Runs `job` now (a `*Sync` call: `req` is undefined; an error is thrown) or on the
/// pool (`req` is the callback, which gets `(err)` or `(null, value)` in the poll
/// phase).
fn dispatch(
    vm: &mut Vm,
    req: Value,
    job: impl FnOnce() -> IoResult + Send + 'static,
) -> JsResult<Value> {
    if vm.is_callable(req) {
        let job: Job = Box::new(job);
        vm.event_loop.io.submit(job, req, node_callback_args);
        return Ok(Value::Undefined);
    }
    match job() {
        Ok(out) => output_value(vm, out),
        Err(e) => Err(JsError::Thrown(uv_exception(vm, &e, true))),
    }
}

/// The JavaScript value of an operation's result; file data becomes a Buffer.
fn output_value(vm: &mut Vm, out: Output) -> JsResult<Value> {
    Ok(match out {
        Output::Unit => Value::Undefined,
        Output::Bool(b) => Value::Bool(b),
        Output::Number(n) => Value::Number(n),
        Output::Text(s) => Value::String(vm.heap.alloc_str(&s)),
        Output::Units(u) => Value::String(vm.heap.alloc_units(u)),
        Output::Bytes(b) => new_buffer(vm, b)?,
        Output::List(items) => {
            let values = items
                .into_iter()
                .map(|o| output_value(vm, o))
                .collect::<JsResult<Vec<Value>>>()?;
            Value::Object(vm.new_array(values))
        }
    })
}

/// libuv's name and description of OS error `errno` (Linux numbering).
fn uv_error_name(errno: i32) -> (&'static str, &'static str) {
    match errno {
        libc::EPERM => ("EPERM", "operation not permitted"),
        libc::ENOENT => ("ENOENT", "no such file or directory"),
        libc::EIO => ("EIO", "i/o error"),
        libc::ENXIO => ("ENXIO", "no such device or address"),
        libc::EBADF => ("EBADF", "bad file descriptor"),
        libc::EAGAIN => ("EAGAIN", "resource temporarily unavailable"),
        libc::ENOMEM => ("ENOMEM", "not enough memory"),
        libc::EACCES => ("EACCES", "permission denied"),
        libc::EFAULT => ("EFAULT", "bad address in system call argument"),
        libc::EBUSY => ("EBUSY", "resource busy or locked"),
        libc::EEXIST => ("EEXIST", "file already exists"),
        libc::EXDEV => ("EXDEV", "cross-device link not permitted"),
        libc::ENODEV => ("ENODEV", "no such device"),
        libc::ENOTDIR => ("ENOTDIR", "not a directory"),
        libc::EISDIR => ("EISDIR", "illegal operation on a directory"),
        libc::EINVAL => ("EINVAL", "invalid argument"),
        libc::ENFILE => ("ENFILE", "file table overflow"),
        libc::EMFILE => ("EMFILE", "too many open files"),
        libc::ETXTBSY => ("ETXTBSY", "text file is busy"),
        libc::EFBIG => ("EFBIG", "file too large"),
        libc::ENOSPC => ("ENOSPC", "no space left on device"),
        libc::ESPIPE => ("ESPIPE", "invalid seek"),
        libc::EROFS => ("EROFS", "read-only file system"),
        libc::EMLINK => ("EMLINK", "too many links"),
        libc::EPIPE => ("EPIPE", "broken pipe"),
        libc::ENAMETOOLONG => ("ENAMETOOLONG", "name too long"),
        libc::ENOTEMPTY => ("ENOTEMPTY", "directory not empty"),
        libc::ELOOP => ("ELOOP", "too many symbolic links encountered"),
        libc::EOPNOTSUPP => ("ENOTSUP", "operation not supported on socket"),
        libc::ECANCELED => ("ECANCELED", "operation canceled"),
        _ => ("UNKNOWN", "unknown error"),
    }
}

/// Node's `UVException`: `CODE: description, syscall 'path' -> 'dest'` with `errno`
/// (negative, as libuv reports it), `code`, `syscall`, `path` and `dest`. An error
/// from the pool has no JavaScript frames, so its stack is only its first line (the
/// console then shows it in brackets, as Node does); a `*Sync` call's error has the
/// caller's frames.
fn uv_exception(vm: &mut Vm, e: &IoError, sync: bool) -> Value {
    let errno = e.error.raw_os_error().unwrap_or(libc::EIO);
    let (code, description) = uv_error_name(errno);
    let mut message = format!("{code}: {description}, {}", e.syscall);
    if let Some(path) = &e.path {
        message.push_str(&format!(" '{path}'"));
    }
    if let Some(dest) = &e.dest {
        message.push_str(&format!(" -> '{dest}'"));
    }
    let error = if sync {
        vm.new_error(ErrorKind::Error, &message)
    } else {
        let proto = vm.error_prototype(ErrorKind::Error);
        let error = vm.alloc_error(proto, Some(std::rc::Rc::from("")));
        let m = Value::String(vm.heap.alloc_str(&message));
        vm.define_named(error, "message", m, crate::runtime::object::METHOD_ATTRS);
        error
    };
    vm.define_named(
        error,
        "errno",
        Value::Number(-f64::from(errno)),
        DEFAULT_ATTRS,
    );
    let fields = [
        ("code", Some(code)),
        ("syscall", Some(e.syscall)),
        ("path", e.path.as_deref()),
        ("dest", e.dest.as_deref()),
    ];
    for (name, text) in fields {
        if let Some(text) = text {
            let v = Value::String(vm.heap.alloc_str(text));
            vm.define_named(error, name, v, DEFAULT_ATTRS);
        }
    }
    Value::Object(error)
}

/// An OS error of `syscall` on `path`.
fn fail(error: std::io::Error, syscall: &'static str, path: &str) -> IoError {
    IoError {
        error,
        syscall,
        path: Some(path.to_string()),
        dest: None,
    }
}

/// An OS error of `syscall` on a descriptor (Node names no path).
fn fail_fd(error: std::io::Error, syscall: &'static str) -> IoError {
    IoError {
        error,
        syscall,
        path: None,
        dest: None,
    }
}

/// `open(2)` with Node's numeric flags and mode.
fn open_fd(path: &str, flags: i32, mode: u32) -> Result<File, IoError> {
    let c = CString::new(path.as_bytes()).map_err(|_| {
        fail(
            std::io::Error::from_raw_os_error(libc::EINVAL),
            "open",
            path,
        )
    })?;
    // SAFETY: `c` is a NUL-terminated path; the descriptor returned is owned by the
    // File made from it.
    let fd = unsafe { libc::open(c.as_ptr(), flags | libc::O_CLOEXEC, mode) };
    if fd < 0 {
        return Err(fail(std::io::Error::last_os_error(), "open", path));
    }
    // SAFETY: `fd` was just opened and is owned by nobody else.
    Ok(unsafe { File::from_raw_fd(fd) })
}

/// Borrows descriptor `fd` as a File for one call without closing it afterwards.
fn with_fd<T>(fd: i32, f: impl FnOnce(&mut File) -> T) -> T {
    // SAFETY: the File never outlives this call and is not dropped (which would close
    // a descriptor the script still owns); `into_raw_fd` gives it back.
    let mut file = unsafe { File::from_raw_fd(fd) };
    let result = f(&mut file);
    let _ = file.into_raw_fd();
    result
}

/// Reads what is left of `file`, as Node does: `fstat` first (a regular file's size
/// sizes the buffer), then `read` to the end.
fn read_all(file: &mut File) -> Result<Vec<u8>, IoError> {
    let meta = file.metadata().map_err(|e| fail_fd(e, "fstat"))?;
    let mut bytes = Vec::with_capacity(meta.len() as usize);
    file.read_to_end(&mut bytes)
        .map_err(|e| fail_fd(e, "read"))?;
    Ok(bytes)
}

/// The encodings Node knows (its `normalizeEncoding`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Encoding {
    Utf8,
    Utf16Le,
    Latin1,
    Ascii,
    Base64,
    Base64Url,
    Hex,
}

impl Encoding {
    fn parse(name: &str) -> Option<Encoding> {
        Some(match name.to_ascii_lowercase().as_str() {
            "utf8" | "utf-8" => Encoding::Utf8,
            "ucs2" | "ucs-2" | "utf16le" | "utf-16le" => Encoding::Utf16Le,
            "latin1" | "binary" => Encoding::Latin1,
            "ascii" => Encoding::Ascii,
            "base64" => Encoding::Base64,
            "base64url" => Encoding::Base64Url,
            "hex" => Encoding::Hex,
            _ => return None,
        })
    }

    /// `buffer.toString(encoding)`: UTF-8 replaces each maximal invalid sequence with
    /// U+FFFD, as Node's decoder does.
    fn decode(self, bytes: &[u8]) -> Vec<u16> {
        match self {
            Encoding::Utf8 => String::from_utf8_lossy(bytes).encode_utf16().collect(),
            Encoding::Utf16Le => bytes
                .chunks_exact(2)
                .map(|p| u16::from_le_bytes([p[0], p[1]]))
                .collect(),
            Encoding::Latin1 => bytes.iter().map(|&b| u16::from(b)).collect(),
            Encoding::Ascii => bytes.iter().map(|&b| u16::from(b & 0x7f)).collect(),
            Encoding::Hex => {
                const DIGITS: &[u8; 16] = b"0123456789abcdef";
                bytes
                    .iter()
                    .flat_map(|&b| [DIGITS[usize::from(b >> 4)], DIGITS[usize::from(b & 15)]])
                    .map(u16::from)
                    .collect()
            }
            Encoding::Base64 => base64_encode(bytes, BASE64, true),
            Encoding::Base64Url => base64_encode(bytes, BASE64URL, false),
        }
    }

    /// `Buffer.from(string, encoding)`: lone surrogates become U+FFFD in UTF-8; hex
    /// stops at the first pair that is not hex; base64 skips what is not in either
    /// alphabet.
    fn encode(self, units: &[u16]) -> Vec<u8> {
        match self {
            Encoding::Utf8 => String::from_utf16_lossy(units).into_bytes(),
            Encoding::Utf16Le => units.iter().flat_map(|u| u.to_le_bytes()).collect(),
            Encoding::Latin1 | Encoding::Ascii => units.iter().map(|&u| u as u8).collect(),
            Encoding::Hex => units
                .chunks_exact(2)
                .map_while(|p| {
                    let hi = char::from_u32(u32::from(p[0]))?.to_digit(16)?;
                    let lo = char::from_u32(u32::from(p[1]))?.to_digit(16)?;
                    Some((hi * 16 + lo) as u8)
                })
                .collect(),
            Encoding::Base64 | Encoding::Base64Url => base64_decode(units),
        }
    }
}

const BASE64: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const BASE64URL: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

fn base64_encode(bytes: &[u8], alphabet: &[u8; 64], pad: bool) -> Vec<u16> {
    let mut out = Vec::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            *chunk.get(1).unwrap_or(&0),
            *chunk.get(2).unwrap_or(&0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        let digits = chunk.len() + 1;
        for i in 0..4 {
            if i < digits {
                out.push(u16::from(alphabet[((n >> (18 - 6 * i)) & 63) as usize]));
            } else if pad {
                out.push(u16::from(b'='));
            }
        }
    }
    out
}

fn base64_decode(units: &[u16]) -> Vec<u8> {
    let mut out = Vec::with_capacity(units.len() * 3 / 4);
    let (mut acc, mut bits) = (0u32, 0u32);
    for &u in units {
        let v = match u8::try_from(u).unwrap_or(0) {
            c @ b'A'..=b'Z' => c - b'A',
            c @ b'a'..=b'z' => c - b'a' + 26,
            c @ b'0'..=b'9' => c - b'0' + 52,
            b'+' | b'-' => 62,
            b'/' | b'_' => 63,
            b'=' => break,
            _ => continue,
        };
        acc = (acc << 6) | u32::from(v);
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
        }
    }
    out
}

/// Argument `v` as a Rust string (the JavaScript side has checked its type).
fn text_arg(vm: &mut Vm, v: Value) -> JsResult<String> {
    vm.to_rust_string(v)
}

fn int_arg(vm: &mut Vm, v: Value) -> JsResult<i64> {
    Ok(vm.to_integer(v)? as i64)
}

/// Argument `v` as an encoding, `None` for undefined/null/'buffer'; an unknown name
/// is Node's ERR_INVALID_ARG_VALUE.
fn encoding_arg(vm: &mut Vm, v: Value) -> JsResult<Option<Encoding>> {
    if matches!(v, Value::Undefined | Value::Null) {
        return Ok(None);
    }
    let name = vm.to_rust_string(v)?;
    if name == "buffer" {
        return Ok(None);
    }
    match Encoding::parse(&name) {
        Some(e) => Ok(Some(e)),
        None => Err(error_with_code(
            vm,
            ErrorKind::TypeError,
            "ERR_INVALID_ARG_VALUE",
            &format!("The argument 'encoding' is invalid encoding. Received '{name}'"),
        )),
    }
}

/// The bytes of a TypedArray, DataView or ArrayBuffer `v` (a copy: the job may run on
/// another thread), or `None` when `v` is none of them.
fn view_bytes(vm: &Vm, v: Value) -> Option<Vec<u8>> {
    use crate::builtins::binary::{buffer, window_length};
    let Value::Object(o) = v else { return None };
    let (b, start, len) = match &vm.heap.obj(o).kind {
        ObjectKind::TypedArray(t) => (
            t.buffer,
            t.byte_offset,
            window_length(vm, t).unwrap_or(0) * t.kind.size(),
        ),
        ObjectKind::DataView(d) => {
            let total = buffer(vm, d.buffer).bytes.len();
            let len = d.byte_length.unwrap_or(total.saturating_sub(d.byte_offset));
            (d.buffer, d.byte_offset, len)
        }
        ObjectKind::ArrayBuffer(d) => return Some(d.bytes.clone()),
        _ => return None,
    };
    let bytes = &buffer(vm, b).bytes;
    Some(bytes.get(start..start + len).unwrap_or_default().to_vec())
}

/// Data to write: a string in `encoding` (UTF-8 by default) or a binary view's bytes.
fn data_arg(vm: &mut Vm, data: Value, encoding: Value) -> JsResult<Vec<u8>> {
    if let Some(bytes) = view_bytes(vm, data) {
        return Ok(bytes);
    }
    let encoding = encoding_arg(vm, encoding)?.unwrap_or(Encoding::Utf8);
    let s = vm.to_string(data)?;
    let units = vm.heap.flatten(s).to_vec();
    Ok(encoding.encode(&units))
}

/// A path or a descriptor: what `readFile`/`writeFile` accept.
enum Target {
    Path(String),
    Fd(i32),
}

fn target_arg(vm: &mut Vm, v: Value) -> JsResult<Target> {
    match v {
        Value::Number(n) => Ok(Target::Fd(n as i32)),
        v => Ok(Target::Path(text_arg(vm, v)?)),
    }
}

/// The file types of a `Dirent` (libuv's `UV_DIRENT_*`).
fn dirent_type(t: std::fs::FileType) -> f64 {
    if t.is_file() {
        1.0
    } else if t.is_dir() {
        2.0
    } else if t.is_symlink() {
        3.0
    } else if t.is_fifo() {
        4.0
    } else if t.is_socket() {
        5.0
    } else if t.is_char_device() {
        6.0
    } else if t.is_block_device() {
        7.0
    } else {
        0.0
    }
}

/// A `Stats` object's numbers, in the order of its fields.
fn stat_output(m: &std::fs::Metadata) -> Output {
    let ms = |sec: i64, nsec: i64| sec as f64 * 1000.0 + nsec as f64 / 1e6;
    let birth = m
        .created()
        .ok()
        .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
        .map_or(ms(m.ctime(), m.ctime_nsec()), |d| d.as_secs_f64() * 1000.0);
    let numbers = [
        m.dev() as f64,
        f64::from(m.mode()),
        m.nlink() as f64,
        f64::from(m.uid()),
        f64::from(m.gid()),
        m.rdev() as f64,
        m.blksize() as f64,
        m.ino() as f64,
        m.size() as f64,
        m.blocks() as f64,
        ms(m.atime(), m.atime_nsec()),
        ms(m.mtime(), m.mtime_nsec()),
        ms(m.ctime(), m.ctime_nsec()),
        birth,
    ];
    Output::List(numbers.into_iter().map(Output::Number).collect())
}

/// `mkdir -p`: creates `path` and its missing parents; the first directory made (as
/// the caller spelled it), or unit when it existed.
fn mkdir_recursive(path: &str, mode: u32) -> IoResult {
    use std::os::unix::fs::DirBuilderExt;
    let p = std::path::Path::new(path);
    if p.is_dir() {
        return Ok(Output::Unit);
    }
    let mut first = p;
    while let Some(parent) = first.parent() {
        if parent.as_os_str().is_empty() || parent.exists() {
            break;
        }
        first = parent;
    }
    let first = first.to_string_lossy().into_owned();
    std::fs::DirBuilder::new()
        .recursive(true)
        .mode(mode)
        .create(p)
        .map_err(|e| fail(e, "mkdir", path))?;
    Ok(Output::Text(first))
}

/// `fs.rm`: a file, or with `recursive` a directory and everything in it.
fn rm(path: &str, recursive: bool, force: bool) -> IoResult {
    let meta = match std::fs::symlink_metadata(path) {
        Ok(m) => m,
        Err(e) if force && e.kind() == std::io::ErrorKind::NotFound => return Ok(Output::Unit),
        Err(e) => return Err(fail(e, "lstat", path)),
    };
    if meta.is_dir() {
        if !recursive {
            // Node reports this one as its own SystemError (ERR_FS_EISDIR); the
            // JavaScript side makes it from this marker.
            return Err(fail(
                std::io::Error::from_raw_os_error(libc::EISDIR),
                "rm",
                path,
            ));
        }
        std::fs::remove_dir_all(path).map_err(|e| fail(e, "rm", path))?;
    } else {
        std::fs::remove_file(path).map_err(|e| fail(e, "rm", path))?;
    }
    Ok(Output::Unit)
}

/// `fs.readdir`: the names, sorted as libuv's scandir sorts them (by bytes), with
/// `types` as `[name, type]` pairs.
fn readdir(path: &str, types: bool, encoding: Option<Encoding>) -> IoResult {
    let dir = std::fs::read_dir(path).map_err(|e| fail(e, "scandir", path))?;
    let mut entries = Vec::new();
    for entry in dir {
        let entry = entry.map_err(|e| fail(e, "scandir", path))?;
        let kind = entry.file_type().map_or(0.0, dirent_type);
        entries.push((entry.file_name().as_bytes().to_vec(), kind));
    }
    entries.sort_by(|a, b| a.0.cmp(&b.0));
    let name = |bytes: Vec<u8>| match encoding {
        None => Output::Bytes(bytes),
        Some(e) => Output::Units(e.decode(&bytes)),
    };
    Ok(Output::List(
        entries
            .into_iter()
            .map(|(n, kind)| {
                if types {
                    Output::List(vec![name(n), Output::Number(kind)])
                } else {
                    name(n)
                }
            })
            .collect(),
    ))
}

/// Creates `prefix` + six random characters as a new directory (`fs.mkdtemp`).
fn mkdtemp(prefix: &str) -> IoResult {
    const CHARS: &[u8] = b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    let mut seed = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos() as u64)
        ^ u64::from(std::process::id()) << 32;
    loop {
        let mut name = prefix.to_string();
        for _ in 0..6 {
            // xorshift: enough to pick names; collisions are retried.
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            name.push(char::from(CHARS[(seed % CHARS.len() as u64) as usize]));
        }
        match std::fs::create_dir(&name) {
            Ok(()) => return Ok(Output::Text(name)),
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => continue,
            Err(e) => return Err(fail(e, "mkdtemp", &format!("{prefix}XXXXXX"))),
        }
    }
}

/// `pread`/`read` on a descriptor: up to `length` bytes, at `position` (the file
/// offset is left alone) or, when negative, from the current offset.
fn read_fd(fd: i32, length: usize, position: i64) -> IoResult {
    let mut bytes = vec![0u8; length];
    // SAFETY: `bytes` has room for `length` bytes.
    let n = unsafe {
        if position >= 0 {
            libc::pread(fd, bytes.as_mut_ptr().cast(), length, position)
        } else {
            libc::read(fd, bytes.as_mut_ptr().cast(), length)
        }
    };
    if n < 0 {
        return Err(fail_fd(std::io::Error::last_os_error(), "read"));
    }
    bytes.truncate(n as usize);
    Ok(Output::Bytes(bytes))
}

/// `pwrite`/`write` on a descriptor; the number of bytes written.
fn write_fd(fd: i32, bytes: &[u8], position: i64) -> IoResult {
    // SAFETY: `bytes` is a valid slice for the call.
    let n = unsafe {
        if position >= 0 {
            libc::pwrite(fd, bytes.as_ptr().cast(), bytes.len(), position)
        } else {
            libc::write(fd, bytes.as_ptr().cast(), bytes.len())
        }
    };
    if n < 0 {
        return Err(fail_fd(std::io::Error::last_os_error(), "write"));
    }
    Ok(Output::Number(n as f64))
}

/// `fs.realpath`: the path with every symbolic link resolved. Node's JavaScript
/// version walks the path with `lstat`, so its error names the first part of the
/// absolute path that is missing; `realpath.native` is one `realpath(3)` call.
fn realpath(path: &str, native: bool) -> IoResult {
    match std::fs::canonicalize(path) {
        Ok(real) => Ok(Output::Bytes(real.into_os_string().into_vec())),
        Err(e) if native => Err(fail(e, "realpath", path)),
        Err(e) => {
            let cwd = std::env::current_dir()
                .map(|d| d.to_string_lossy().into_owned())
                .unwrap_or_default();
            let absolute = super::path::resolve(&[cwd, path.to_string()]);
            let mut walked = String::new();
            for part in absolute.split('/').filter(|p| !p.is_empty()) {
                walked.push('/');
                walked.push_str(part);
                if let Err(e) = std::fs::symlink_metadata(&walked) {
                    return Err(fail(e, "lstat", &walked));
                }
            }
            Err(fail(e, "lstat", &absolute))
        }
    }
}

/// `utimes`/`futimes`: sets a file's access and modification times (seconds, with
/// fractions).
fn utimes(target: &Target, atime: f64, mtime: f64) -> IoResult {
    let spec = |t: f64| libc::timespec {
        tv_sec: t.floor() as libc::time_t,
        tv_nsec: ((t - t.floor()) * 1e9) as libc::c_long,
    };
    let times = [spec(atime), spec(mtime)];
    match target {
        Target::Path(path) => {
            let c = CString::new(path.as_bytes()).map_err(|_| {
                fail(
                    std::io::Error::from_raw_os_error(libc::ENOENT),
                    "utime",
                    path,
                )
            })?;
            // SAFETY: `c` is a NUL-terminated path and `times` holds two timespecs.
            if unsafe { libc::utimensat(libc::AT_FDCWD, c.as_ptr(), times.as_ptr(), 0) } < 0 {
                return Err(fail(std::io::Error::last_os_error(), "utime", path));
            }
        }
        Target::Fd(fd) => {
            // SAFETY: `times` holds two timespecs.
            if unsafe { libc::futimens(*fd, times.as_ptr()) } < 0 {
                return Err(fail_fd(std::io::Error::last_os_error(), "futime"));
            }
        }
    }
    Ok(Output::Unit)
}

/// Node's `fs.constants` (Linux values).
const CONSTANTS: &[(&str, i32)] = &[
    ("F_OK", libc::F_OK),
    ("R_OK", libc::R_OK),
    ("W_OK", libc::W_OK),
    ("X_OK", libc::X_OK),
    ("O_RDONLY", libc::O_RDONLY),
    ("O_WRONLY", libc::O_WRONLY),
    ("O_RDWR", libc::O_RDWR),
    ("O_CREAT", libc::O_CREAT),
    ("O_EXCL", libc::O_EXCL),
    ("O_TRUNC", libc::O_TRUNC),
    ("O_APPEND", libc::O_APPEND),
    ("O_SYNC", libc::O_SYNC),
    ("S_IFMT", libc::S_IFMT as i32),
    ("S_IFREG", libc::S_IFREG as i32),
    ("S_IFDIR", libc::S_IFDIR as i32),
    ("S_IFLNK", libc::S_IFLNK as i32),
    ("S_IFIFO", libc::S_IFIFO as i32),
    ("S_IFSOCK", libc::S_IFSOCK as i32),
    ("S_IFCHR", libc::S_IFCHR as i32),
    ("S_IFBLK", libc::S_IFBLK as i32),
    ("COPYFILE_EXCL", 1),
];

/// `require('internal/fs')` inside `fs.js`: one native per operation; the last
/// argument is the callback (the pool runs the job) or undefined (it runs now and
/// throws).
pub fn internals(vm: &mut Vm) -> JsResult<Value> {
    let o = vm.new_object();
    let constants = vm.new_object();
    for &(name, value) in CONSTANTS {
        vm.define_named(
            constants,
            name,
            Value::Number(f64::from(value)),
            DEFAULT_ATTRS,
        );
    }
    vm.define_named(o, "constants", Value::Object(constants), DEFAULT_ATTRS);
    method(vm, o, "open", 4, |vm, _, args| {
        let path = text_arg(vm, arg(args, 0))?;
        let flags = int_arg(vm, arg(args, 1))? as i32;
        let mode = int_arg(vm, arg(args, 2))? as u32;
        dispatch(vm, arg(args, 3), move || {
            let file = open_fd(&path, flags, mode)?;
            Ok(Output::Number(f64::from(file.into_raw_fd())))
        })
    });
    method(vm, o, "close", 2, |vm, _, args| {
        let fd = int_arg(vm, arg(args, 0))? as i32;
        dispatch(vm, arg(args, 1), move || {
            // SAFETY: closing a descriptor the script owns, by its number.
            if unsafe { libc::close(fd) } < 0 {
                return Err(fail_fd(std::io::Error::last_os_error(), "close"));
            }
            Ok(Output::Unit)
        })
    });
    method(vm, o, "read", 4, |vm, _, args| {
        let fd = int_arg(vm, arg(args, 0))? as i32;
        // Node reads at most kIoMaxLength (2^31 - 1) bytes at once.
        let length = int_arg(vm, arg(args, 1))?.clamp(0, i64::from(i32::MAX)) as usize;
        let position = int_arg(vm, arg(args, 2))?;
        dispatch(vm, arg(args, 3), move || read_fd(fd, length, position))
    });
    method(vm, o, "write", 5, |vm, _, args| {
        let fd = int_arg(vm, arg(args, 0))? as i32;
        let bytes = data_arg(vm, arg(args, 1), arg(args, 2))?;
        let position = int_arg(vm, arg(args, 3))?;
        dispatch(vm, arg(args, 4), move || write_fd(fd, &bytes, position))
    });
    method(vm, o, "readFile", 4, |vm, _, args| {
        let target = target_arg(vm, arg(args, 0))?;
        let encoding = encoding_arg(vm, arg(args, 1))?;
        let flags = int_arg(vm, arg(args, 2))? as i32;
        dispatch(vm, arg(args, 3), move || {
            let bytes = match target {
                Target::Path(path) => {
                    let mut file = open_fd(&path, flags, 0o666)?;
                    read_all(&mut file)
                }
                Target::Fd(fd) => with_fd(fd, read_all),
            }?;
            Ok(match encoding {
                None => Output::Bytes(bytes),
                Some(e) => Output::Units(e.decode(&bytes)),
            })
        })
    });
    method(vm, o, "writeFile", 6, |vm, _, args| {
        let target = target_arg(vm, arg(args, 0))?;
        let bytes = data_arg(vm, arg(args, 1), arg(args, 2))?;
        let flags = int_arg(vm, arg(args, 3))? as i32;
        let mode = int_arg(vm, arg(args, 4))? as u32;
        dispatch(vm, arg(args, 5), move || {
            match target {
                Target::Path(path) => {
                    let mut file = open_fd(&path, flags, mode)?;
                    file.write_all(&bytes)
                }
                Target::Fd(fd) => with_fd(fd, |f| f.write_all(&bytes)),
            }
            .map_err(|e| fail_fd(e, "write"))?;
            Ok(Output::Unit)
        })
    });
    method(vm, o, "readdir", 4, |vm, _, args| {
        let path = text_arg(vm, arg(args, 0))?;
        let types = vm.to_boolean(arg(args, 1));
        let encoding = encoding_arg(vm, arg(args, 2))?;
        dispatch(vm, arg(args, 3), move || readdir(&path, types, encoding))
    });
    method(vm, o, "stat", 3, |vm, _, args| {
        let path = text_arg(vm, arg(args, 0))?;
        let follow = vm.to_boolean(arg(args, 1));
        dispatch(vm, arg(args, 2), move || {
            let meta = if follow {
                std::fs::metadata(&path).map_err(|e| fail(e, "stat", &path))?
            } else {
                std::fs::symlink_metadata(&path).map_err(|e| fail(e, "lstat", &path))?
            };
            Ok(stat_output(&meta))
        })
    });
    method(vm, o, "fstat", 2, |vm, _, args| {
        let fd = int_arg(vm, arg(args, 0))? as i32;
        dispatch(vm, arg(args, 1), move || {
            let meta = with_fd(fd, |f| f.metadata()).map_err(|e| fail_fd(e, "fstat"))?;
            Ok(stat_output(&meta))
        })
    });
    method(vm, o, "mkdir", 4, |vm, _, args| {
        let path = text_arg(vm, arg(args, 0))?;
        let recursive = vm.to_boolean(arg(args, 1));
        let mode = int_arg(vm, arg(args, 2))? as u32;
        dispatch(vm, arg(args, 3), move || {
            if recursive {
                return mkdir_recursive(&path, mode);
            }
            use std::os::unix::fs::DirBuilderExt;
            std::fs::DirBuilder::new()
                .mode(mode)
                .create(&path)
                .map_err(|e| fail(e, "mkdir", &path))?;
            Ok(Output::Unit)
        })
    });
    method(vm, o, "mkdtemp", 2, |vm, _, args| {
        let prefix = text_arg(vm, arg(args, 0))?;
        dispatch(vm, arg(args, 1), move || mkdtemp(&prefix))
    });
    method(vm, o, "rmdir", 2, |vm, _, args| {
        path_call(vm, args, "rmdir", |p| std::fs::remove_dir(p))
    });
    method(vm, o, "rm", 4, |vm, _, args| {
        let path = text_arg(vm, arg(args, 0))?;
        let recursive = vm.to_boolean(arg(args, 1));
        let force = vm.to_boolean(arg(args, 2));
        dispatch(vm, arg(args, 3), move || rm(&path, recursive, force))
    });
    method(vm, o, "unlink", 2, |vm, _, args| {
        path_call(vm, args, "unlink", |p| std::fs::remove_file(p))
    });
    method(vm, o, "rename", 3, |vm, _, args| {
        let from = text_arg(vm, arg(args, 0))?;
        let to = text_arg(vm, arg(args, 1))?;
        dispatch(vm, arg(args, 2), move || {
            std::fs::rename(&from, &to).map_err(|e| IoError {
                dest: Some(to.clone()),
                ..fail(e, "rename", &from)
            })?;
            Ok(Output::Unit)
        })
    });
    method(vm, o, "copyFile", 4, |vm, _, args| {
        let from = text_arg(vm, arg(args, 0))?;
        let to = text_arg(vm, arg(args, 1))?;
        let mode = int_arg(vm, arg(args, 2))?;
        dispatch(vm, arg(args, 3), move || {
            let two = |e| IoError {
                dest: Some(to.clone()),
                ..fail(e, "copyfile", &from)
            };
            if mode & 1 != 0 && std::fs::symlink_metadata(&to).is_ok() {
                return Err(two(std::io::Error::from_raw_os_error(libc::EEXIST)));
            }
            std::fs::copy(&from, &to).map_err(two)?;
            Ok(Output::Unit)
        })
    });
    method(vm, o, "access", 3, |vm, _, args| {
        let path = text_arg(vm, arg(args, 0))?;
        let mode = int_arg(vm, arg(args, 1))? as i32;
        dispatch(vm, arg(args, 2), move || {
            let c = CString::new(path.as_bytes()).map_err(|_| {
                fail(
                    std::io::Error::from_raw_os_error(libc::ENOENT),
                    "access",
                    &path,
                )
            })?;
            // SAFETY: `c` is a NUL-terminated path.
            if unsafe { libc::access(c.as_ptr(), mode) } < 0 {
                return Err(fail(std::io::Error::last_os_error(), "access", &path));
            }
            Ok(Output::Unit)
        })
    });
    method(vm, o, "symlink", 3, |vm, _, args| {
        let target = text_arg(vm, arg(args, 0))?;
        let path = text_arg(vm, arg(args, 1))?;
        dispatch(vm, arg(args, 2), move || {
            std::os::unix::fs::symlink(&target, &path).map_err(|e| IoError {
                dest: Some(path.clone()),
                ..fail(e, "symlink", &target)
            })?;
            Ok(Output::Unit)
        })
    });
    method(vm, o, "readlink", 2, |vm, _, args| {
        let path = text_arg(vm, arg(args, 0))?;
        dispatch(vm, arg(args, 1), move || {
            let target = std::fs::read_link(&path).map_err(|e| fail(e, "readlink", &path))?;
            Ok(Output::Bytes(target.into_os_string().into_vec()))
        })
    });
    method(vm, o, "realpath", 3, |vm, _, args| {
        let path = text_arg(vm, arg(args, 0))?;
        let native = vm.to_boolean(arg(args, 1));
        dispatch(vm, arg(args, 2), move || realpath(&path, native))
    });
    method(vm, o, "chmod", 3, |vm, _, args| {
        use std::os::unix::fs::PermissionsExt;
        let path = text_arg(vm, arg(args, 0))?;
        let mode = int_arg(vm, arg(args, 1))? as u32;
        dispatch(vm, arg(args, 2), move || {
            std::fs::set_permissions(&path, std::fs::Permissions::from_mode(mode))
                .map_err(|e| fail(e, "chmod", &path))?;
            Ok(Output::Unit)
        })
    });
    method(vm, o, "fchmod", 3, |vm, _, args| {
        let fd = int_arg(vm, arg(args, 0))? as i32;
        let mode = int_arg(vm, arg(args, 1))? as libc::mode_t;
        dispatch(vm, arg(args, 2), move || {
            // SAFETY: a plain system call on a descriptor number.
            if unsafe { libc::fchmod(fd, mode) } < 0 {
                return Err(fail_fd(std::io::Error::last_os_error(), "fchmod"));
            }
            Ok(Output::Unit)
        })
    });
    method(vm, o, "ftruncate", 3, |vm, _, args| {
        let fd = int_arg(vm, arg(args, 0))? as i32;
        let len = int_arg(vm, arg(args, 1))?.max(0);
        dispatch(vm, arg(args, 2), move || {
            // SAFETY: a plain system call on a descriptor number.
            if unsafe { libc::ftruncate(fd, len) } < 0 {
                return Err(fail_fd(std::io::Error::last_os_error(), "ftruncate"));
            }
            Ok(Output::Unit)
        })
    });
    method(vm, o, "utimes", 4, |vm, _, args| {
        let target = target_arg(vm, arg(args, 0))?;
        let atime = vm.to_number(arg(args, 1))?;
        let mtime = vm.to_number(arg(args, 2))?;
        dispatch(vm, arg(args, 3), move || utimes(&target, atime, mtime))
    });
    method(vm, o, "opendir", 2, |vm, _, args| {
        let path = text_arg(vm, arg(args, 0))?;
        dispatch(vm, arg(args, 1), move || {
            // Node names no path in opendir's errors.
            let dir = std::fs::read_dir(&path).map_err(|e| fail_fd(e, "opendir"))?;
            let mut entries = Vec::new();
            for entry in dir {
                let entry = entry.map_err(|e| fail(e, "scandir", &path))?;
                let kind = entry.file_type().map_or(0.0, dirent_type);
                let name = Encoding::Utf8.decode(entry.file_name().as_bytes());
                entries.push(Output::List(vec![
                    Output::Units(name),
                    Output::Number(kind),
                ]));
            }
            Ok(Output::List(entries))
        })
    });
    method(vm, o, "decode", 2, |vm, _, args| {
        let bytes = view_bytes(vm, arg(args, 0)).unwrap_or_default();
        let encoding = encoding_arg(vm, arg(args, 1))?.unwrap_or(Encoding::Utf8);
        Ok(Value::String(vm.heap.alloc_units(encoding.decode(&bytes))))
    });
    method(vm, o, "encode", 2, |vm, _, args| {
        let bytes = data_arg(vm, arg(args, 0), arg(args, 1))?;
        new_buffer(vm, bytes)
    });
    method(vm, o, "utf8Complete", 1, |vm, _, args| {
        let bytes = view_bytes(vm, arg(args, 0)).unwrap_or_default();
        Ok(Value::Number(utf8_complete(&bytes) as f64))
    });
    method(vm, o, "isView", 1, |vm, _, args| {
        Ok(Value::Bool(view_bytes(vm, arg(args, 0)).is_some()))
    });
    method(vm, o, "copyInto", 3, |vm, _, args| {
        // Copies the bytes of view `source` into view `target` at byte `offset`.
        let bytes = view_bytes(vm, arg(args, 0)).unwrap_or_default();
        let offset = int_arg(vm, arg(args, 2))?.max(0) as usize;
        copy_into_view(vm, arg(args, 1), offset, &bytes);
        Ok(Value::Undefined)
    });
    Ok(Value::Object(o))
}

/// How many leading bytes of `bytes` to decode now: all but a UTF-8 sequence cut off
/// at the end (a stream's chunk may end inside a character; its rest comes next).
fn utf8_complete(bytes: &[u8]) -> usize {
    let len = bytes.len();
    for back in 1..=3.min(len) {
        let b = bytes[len - back];
        if b & 0xc0 == 0x80 {
            continue;
        }
        let needed = match b {
            0xc0..=0xdf => 2,
            0xe0..=0xef => 3,
            0xf0..=0xf7 => 4,
            _ => return len,
        };
        return if back < needed { len - back } else { len };
    }
    len
}

/// The `process.stdin` getter: a ReadStream of descriptor 0 (it reads once something
/// listens for data), made on first use and kept.
pub fn stdin(vm: &mut Vm) -> JsResult<Value> {
    let fs = crate::modules::cjs::builtin(vm, "fs")?.unwrap_or(Value::Undefined);
    let read_stream = vm.get_named(fs, "ReadStream")?;
    let options = vm.new_object();
    vm.define_named(options, "fd", Value::Number(0.0), DEFAULT_ATTRS);
    vm.define_named(options, "autoClose", Value::Bool(false), DEFAULT_ATTRS);
    let args = [Value::Null, Value::Object(options)];
    let stream = vm.construct(read_stream, &args, read_stream)?;
    let process = vm.realm.process;
    vm.define_named(process, "stdin", stream, DEFAULT_ATTRS);
    Ok(stream)
}

/// A native of one path and a callback (`rmdir`, `unlink`): `call` on the path.
fn path_call(
    vm: &mut Vm,
    args: &[Value],
    syscall: &'static str,
    call: fn(&str) -> std::io::Result<()>,
) -> JsResult<Value> {
    let path = text_arg(vm, arg(args, 0))?;
    dispatch(vm, arg(args, 1), move || {
        call(&path).map_err(|e| fail(e, syscall, &path))?;
        Ok(Output::Unit)
    })
}

/// Writes `bytes` into the TypedArray or DataView `target` from byte `offset`, as far
/// as it has room.
fn copy_into_view(vm: &mut Vm, target: Value, offset: usize, bytes: &[u8]) {
    use crate::builtins::binary::{buffer_mut, window_length};
    let Value::Object(o) = target else { return };
    let (b, start, len) = match &vm.heap.obj(o).kind {
        ObjectKind::TypedArray(t) => (
            t.buffer,
            t.byte_offset,
            window_length(vm, t).unwrap_or(0) * t.kind.size(),
        ),
        ObjectKind::DataView(d) => (d.buffer, d.byte_offset, d.byte_length.unwrap_or(0)),
        _ => return,
    };
    let room = len.saturating_sub(offset).min(bytes.len());
    let data = &mut buffer_mut(vm, b).bytes;
    if let Some(window) = data.get_mut(start + offset..start + offset + room) {
        window.copy_from_slice(&bytes[..room]);
    }
}

#[cfg(test)]
mod tests {
    use super::utf8_complete;

    #[test]
    fn a_character_cut_at_the_end_waits_for_its_rest() {
        let euro = "a€".as_bytes();
        assert_eq!(utf8_complete(euro), 4);
        assert_eq!(utf8_complete(&euro[..3]), 1);
        assert_eq!(utf8_complete(&euro[..2]), 1);
        assert_eq!(utf8_complete(&[0x61, 0xff]), 2);
        assert_eq!(utf8_complete(&[0xf0, 0x9f, 0x98]), 0);
        assert_eq!(utf8_complete(&[]), 0);
    }
}
