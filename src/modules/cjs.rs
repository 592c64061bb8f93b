//! CommonJS modules as Node's loader runs them (`lib/internal/modules/cjs/loader.js`):
//! each file is the body of a wrapper function called with `this` = `module.exports`
//! and the arguments `exports, require, module, __filename, __dirname`; modules are
//! cached by filename before they run, so a cycle sees the partial exports of a module
//! still running; a module that throws leaves the cache again.

use super::esm::Detected;
use super::resolve;
use crate::builtins::node::{self, error_with_code, path};
use crate::builtins::{arg, hide_from_stacks};
use crate::compiler::bytecode::{FunctionTemplate, Source};
use crate::diagnostics::Diagnostic;
use crate::runtime::object::{DEFAULT_ATTRS, METHOD_ATTRS};
use crate::runtime::{ObjRef, Value};
use crate::vm::{ErrorKind, JsError, JsResult, Vm};
use std::rc::Rc;

/// Parses and compiles a CommonJS module's text; the template evaluates to the
/// wrapper function. `name` is how stack traces name the file.
pub fn compile(vm: &mut Vm, name: &str, text: &str) -> Result<Rc<FunctionTemplate>, Diagnostic> {
    let program = crate::parser::parse_goal(text, crate::parser::Goal::CommonJs);
    compile_parsed(vm, name, text, program)
}

/// Compiles `text` as [`compile`] does, from the result of parsing it as CommonJS.
pub fn compile_parsed(
    vm: &mut Vm,
    name: &str,
    text: &str,
    program: Result<crate::ast::Program, Diagnostic>,
) -> Result<Rc<FunctionTemplate>, Diagnostic> {
    let program = program?;
    let source = Rc::new(Source {
        name: name.to_string(),
        text: text.to_string(),
        eval_origin: None,
    });
    crate::compiler::compile_commonjs(program, source, &mut vm.heap, &mut vm.globals)
}

/// Runs the main module: `filename` (absolute) compiled as `template`.
pub fn run_main(vm: &mut Vm, filename: &str, template: Rc<FunctionTemplate>) -> JsResult<()> {
    let module = new_module(vm, ".", filename)?;
    vm.modules.main = Some(module);
    let cache = cache(vm);
    let key = vm.text_key(filename);
    vm.create_data_property(cache, key, Value::Object(module))?;
    execute(vm, module, filename, template)
}

/// `require.cache`, made on first use.
fn cache(vm: &mut Vm) -> ObjRef {
    if let Some(cache) = vm.modules.cache {
        return cache;
    }
    let cache = vm.alloc_object(None, crate::runtime::ObjectKind::Ordinary);
    vm.modules.cache = Some(cache);
    cache
}

/// A `Module` object (`id`, `path`, `exports`, `filename`, `loaded`, `children`,
/// `paths`, in Node's order).
fn new_module(vm: &mut Vm, id: &str, filename: &str) -> JsResult<ObjRef> {
    let module = vm.new_object();
    let dir = path::dirname(filename);
    let id = Value::String(vm.heap.alloc_str(id));
    vm.define_named(module, "id", id, DEFAULT_ATTRS);
    let dir_value = Value::String(vm.heap.alloc_str(&dir));
    vm.define_named(module, "path", dir_value, DEFAULT_ATTRS);
    let exports = vm.new_object();
    vm.define_named(module, "exports", Value::Object(exports), DEFAULT_ATTRS);
    let filename_value = Value::String(vm.heap.alloc_str(filename));
    vm.define_named(module, "filename", filename_value, DEFAULT_ATTRS);
    vm.define_named(module, "loaded", Value::Bool(false), DEFAULT_ATTRS);
    let children = vm.new_array(Vec::new());
    vm.define_named(module, "children", Value::Object(children), DEFAULT_ATTRS);
    let paths: Vec<Value> = resolve::node_modules_paths(&dir)
        .iter()
        .map(|p| Value::String(vm.heap.alloc_str(p)))
        .collect();
    let paths = vm.new_array(paths);
    vm.define_named(module, "paths", Value::Object(paths), DEFAULT_ATTRS);
    Ok(module)
}

/// Calls the module's wrapper function (Module.prototype._compile), then marks the
/// module loaded.
fn execute(
    vm: &mut Vm,
    module: ObjRef,
    filename: &str,
    template: Rc<FunctionTemplate>,
) -> JsResult<()> {
    let wrapper = vm.run_script(template)?;
    let require = make_require(vm, module);
    let exports = vm.get_named(Value::Object(module), "exports")?;
    let filename_value = Value::String(vm.heap.alloc_str(filename));
    let dirname = Value::String(vm.heap.alloc_str(&path::dirname(filename)));
    let args = [
        exports,
        Value::Object(require),
        Value::Object(module),
        filename_value,
        dirname,
    ];
    vm.call(wrapper, exports, &args)?;
    vm.define_named(module, "loaded", Value::Bool(true), DEFAULT_ATTRS);
    Ok(())
}

/// The `require` function of `module`, with `resolve`, `main`, `extensions` and
/// `cache`.
fn make_require(vm: &mut Vm, module: ObjRef) -> ObjRef {
    let captures = vec![Value::Object(module)];
    let require = vm.native_function_with("require", 1, require, None, captures.clone());
    hide_from_stacks(vm, require);
    let resolve = vm.native_function_with("resolve", 2, require_resolve, None, captures);
    hide_from_stacks(vm, resolve);
    vm.define_named(require, "resolve", Value::Object(resolve), DEFAULT_ATTRS);
    let main = vm.modules.main.map_or(Value::Undefined, Value::Object);
    vm.define_named(require, "main", main, DEFAULT_ATTRS);
    let extensions = vm.new_object();
    vm.define_named(
        require,
        "extensions",
        Value::Object(extensions),
        DEFAULT_ATTRS,
    );
    let cache = cache(vm);
    vm.define_named(require, "cache", Value::Object(cache), DEFAULT_ATTRS);
    require
}

/// The module a `require` or `require.resolve` function belongs to.
fn owner(vm: &mut Vm) -> Option<ObjRef> {
    let f = vm.running_native()?;
    match vm.captures(f).first() {
        Some(&Value::Object(m)) => Some(m),
        _ => None,
    }
}

/// The request argument of `require(id)`, checked as Node checks it.
fn request_arg(vm: &mut Vm, v: Value) -> JsResult<String> {
    match v {
        Value::String(s) => {
            let text = vm.heap.to_rust_string(s);
            if text.is_empty() {
                return Err(error_with_code(
                    vm,
                    ErrorKind::TypeError,
                    "ERR_INVALID_ARG_VALUE",
                    "The argument 'id' must be a non-empty string. Received ''",
                ));
            }
            Ok(text)
        }
        _ => {
            let received = crate::builtins::timers::received_text(vm, v);
            Err(error_with_code(
                vm,
                ErrorKind::TypeError,
                "ERR_INVALID_ARG_TYPE",
                &format!("The \"id\" argument must be of type string. Received {received}"),
            ))
        }
    }
}

/// `require(id)`.
fn require(vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    let request = request_arg(vm, arg(args, 0))?;
    let Some(module) = owner(vm) else {
        return Ok(Value::Undefined);
    };
    require_from(vm, module, &request)
}

/// `require.resolve(id)`: the filename `require(id)` would load, or the built-in's
/// name.
fn require_resolve(vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    let request = request_arg(vm, arg(args, 0))?;
    let Some(module) = owner(vm) else {
        return Ok(Value::Undefined);
    };
    if node::is_node_builtin(&request) {
        return Ok(Value::String(vm.heap.alloc_str(&request)));
    }
    let filename = resolve_filename(vm, module, &request)?;
    Ok(Value::String(vm.heap.alloc_str(&filename)))
}

/// The text of `module.filename`.
fn filename_of(vm: &mut Vm, module: ObjRef) -> JsResult<String> {
    let v = vm.get_named(Value::Object(module), "filename")?;
    vm.to_rust_string(v)
}

/// Resolves `request` from `module`, or Node's MODULE_NOT_FOUND.
fn resolve_filename(vm: &mut Vm, module: ObjRef, request: &str) -> JsResult<String> {
    let from = filename_of(vm, module)?;
    if let Some(found) = resolve::resolve_request(vm, request, &from)? {
        return Ok(found);
    }
    Err(not_found(vm, request, &from))
}

/// Node's "Cannot find module" error with its require stack: the requiring module,
/// the one that required it, and so on up to the main module.
fn not_found(vm: &mut Vm, request: &str, from: &str) -> JsError {
    let stack = require_stack(vm, from);
    let listed: Vec<String> = stack.iter().map(|f| format!("- {f}")).collect();
    let message = format!(
        "Cannot find module '{request}'\nRequire stack:\n{}",
        listed.join("\n")
    );
    let error = error_with_code(vm, ErrorKind::Error, "MODULE_NOT_FOUND", &message);
    if let JsError::Thrown(Value::Object(e)) = error {
        let values: Vec<Value> = stack
            .iter()
            .map(|f| Value::String(vm.heap.alloc_str(f)))
            .collect();
        let array = vm.new_array(values);
        vm.define_named(e, "requireStack", Value::Object(array), DEFAULT_ATTRS);
    }
    error
}

/// The "Require stack" of a failed `require` in `from`: it, the module that required
/// it, and so on up to the main module.
pub fn require_stack(vm: &Vm, from: &str) -> Vec<String> {
    let mut stack = vec![from.to_string()];
    while let Some(parent) = vm.modules.parents.get(stack.last().expect("non-empty")) {
        if stack.contains(parent) {
            break;
        }
        stack.push(parent.clone());
    }
    stack
}

/// A built-in module's exports, built on first use.
pub fn builtin(vm: &mut Vm, request: &str) -> JsResult<Option<Value>> {
    let Some((name, load)) = node::lookup(request) else {
        if node::is_node_builtin(request) {
            return Err(node::unavailable(vm, request));
        }
        return Ok(None);
    };
    if let Some(&exports) = vm.modules.builtins.get(name) {
        return Ok(Some(exports));
    }
    let exports = load(vm)?;
    vm.modules.builtins.insert(name, exports);
    Ok(Some(exports))
}

/// `require(request)` in `module` (Module._load): a built-in, a cached module, or a
/// file loaded now.
pub fn require_from(vm: &mut Vm, module: ObjRef, request: &str) -> JsResult<Value> {
    if let Some(exports) = builtin(vm, request)? {
        return Ok(exports);
    }
    if request.starts_with("node:") {
        return Err(error_with_code(
            vm,
            ErrorKind::Error,
            "ERR_UNKNOWN_BUILTIN_MODULE",
            &format!("No such built-in module: {request}"),
        ));
    }
    let filename = resolve_filename(vm, module, request)?;
    let cache = cache(vm);
    let key = vm.text_key(&filename);
    let cached = vm.get(Value::Object(cache), key)?;
    if cached != Value::Undefined {
        // An ES module required again while its graph evaluates is a cycle Node
        // refuses, not a partial `exports`.
        if super::esm::is_evaluating(vm, &filename) {
            let parent = filename_of(vm, module)?;
            return super::esm::require_module(vm, &filename, Some(&parent));
        }
        return vm.get_named(cached, "exports");
    }
    let parent = filename_of(vm, module)?;
    let child = new_module(vm, &filename, &filename)?;
    vm.modules.parents.entry(filename.clone()).or_insert(parent);
    let children = vm.get_named(Value::Object(module), "children")?;
    if let Value::Object(children) = children {
        let len = vm.length_of(Value::Object(children))?;
        let index = vm.index_key(len);
        vm.create_data_property(children, index, Value::Object(child))?;
    }
    vm.create_data_property(cache, key, Value::Object(child))?;
    if let Err(e) = load(vm, child, &filename) {
        // A module that threw is forgotten, so requiring it again runs it again.
        vm.delete_property(cache, key)?;
        return Err(e);
    }
    vm.get_named(Value::Object(child), "exports")
}

/// The exports of the CommonJS file `filename` (absolute), loaded now unless cached:
/// an ES module importing it.
pub fn require_file(vm: &mut Vm, filename: &str) -> JsResult<Value> {
    let cache = cache(vm);
    let key = vm.text_key(filename);
    let cached = vm.get(Value::Object(cache), key)?;
    if cached != Value::Undefined {
        return vm.get_named(cached, "exports");
    }
    let module = new_module(vm, filename, filename)?;
    vm.create_data_property(cache, key, Value::Object(module))?;
    if let Err(e) = load(vm, module, filename) {
        vm.delete_property(cache, key)?;
        return Err(e);
    }
    vm.get_named(Value::Object(module), "exports")
}

/// Loads a module's file by its extension (Module.prototype.load).
fn load(vm: &mut Vm, module: ObjRef, filename: &str) -> JsResult<()> {
    let text = crate::cli::read_source(filename)
        .map_err(|e| JsError::Native(ErrorKind::Error, format!("Cannot read {filename}: {e}")))?;
    if path::extname(filename) == ".json" {
        let body = text.strip_prefix('\u{feff}').unwrap_or(&text);
        let json = Value::String(vm.heap.alloc_str(body));
        let value = match crate::builtins::json::parse(vm, Value::Undefined, &[json]) {
            Ok(v) => v,
            Err(e) => return Err(prefix_message(vm, e, filename)),
        };
        vm.define_named(module, "exports", value, DEFAULT_ATTRS);
        vm.define_named(module, "loaded", Value::Bool(true), DEFAULT_ATTRS);
        return Ok(());
    }
    let program = match super::format_of(vm, filename) {
        super::Format::Module => Detected::Module,
        super::Format::Detect => super::esm::detect(&text),
        super::Format::CommonJs | super::Format::Json => Detected::CommonJs(
            crate::parser::parse_goal(&text, crate::parser::Goal::CommonJs),
        ),
    };
    let Detected::CommonJs(program) = program else {
        let parent = vm.modules.parents.get(filename).cloned();
        let exports = super::esm::require_module(vm, filename, parent.as_deref())?;
        vm.define_named(module, "exports", exports, DEFAULT_ATTRS);
        vm.define_named(module, "loaded", Value::Bool(true), DEFAULT_ATTRS);
        return Ok(());
    };
    let name = super::display_name(filename);
    let template = compile_parsed(vm, &name, &text, program).map_err(|d| syntax_error(vm, &d))?;
    execute(vm, module, filename, template)
}

/// A JSON module's parse error, its message led by the filename as Node words it.
fn prefix_message(vm: &mut Vm, e: JsError, filename: &str) -> JsError {
    let value = vm.error_value(e);
    if let Value::Object(o) = value {
        let message = vm
            .get_named(value, "message")
            .and_then(|m| vm.to_rust_string(m))
            .unwrap_or_default();
        let text = Value::String(vm.heap.alloc_str(&format!("{filename}: {message}")));
        vm.define_named(o, "message", text, METHOD_ATTRS);
    }
    JsError::Thrown(value)
}

/// A SyntaxError thrown for a required file that does not parse.
fn syntax_error(vm: &mut Vm, d: &Diagnostic) -> JsError {
    let e = vm.new_error(ErrorKind::SyntaxError, &d.message);
    JsError::Thrown(Value::Object(e))
}

/// `require('module')`: the `Module` function with `createRequire`,
/// `builtinModules`, `isBuiltin` and `_cache` (`require.cache`).
pub fn load_module_builtin(vm: &mut Vm) -> JsResult<Value> {
    let module = vm.native_function("Module", 0, |_, _, _| Ok(Value::Undefined));
    crate::builtins::method(vm, module, "createRequire", 1, create_require);
    crate::builtins::method(vm, module, "isBuiltin", 1, |vm, _, args| {
        let name = match arg(args, 0) {
            Value::String(s) => vm.heap.to_rust_string(s),
            _ => return Ok(Value::Bool(false)),
        };
        Ok(Value::Bool(node::is_node_builtin(&name)))
    });
    let names: Vec<Value> = node::NODE_BUILTINS
        .iter()
        .map(|name| Value::String(vm.heap.alloc_str(name)))
        .collect();
    let names = vm.new_array(names);
    vm.define_named(
        module,
        "builtinModules",
        Value::Object(names),
        DEFAULT_ATTRS,
    );
    let cache = cache(vm);
    vm.define_named(module, "_cache", Value::Object(cache), DEFAULT_ATTRS);
    Ok(Value::Object(module))
}

/// `module.createRequire(filename)`: a `require` that resolves as a module at
/// `filename` (an absolute path or a `file:` URL; a folder when it ends in `/`) would.
fn create_require(vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    let given = arg(args, 0);
    let text = match given {
        Value::String(s) => Some(vm.heap.to_rust_string(s)),
        Value::Object(_) => match vm.get_named(given, "href")? {
            Value::String(s) => Some(vm.heap.to_rust_string(s)),
            _ => None,
        },
        _ => None,
    };
    let filename = text.and_then(|t| match t.strip_prefix("file://") {
        Some(rest) => Some(
            percent_encoding::percent_decode_str(rest)
                .decode_utf8_lossy()
                .into_owned(),
        ),
        None => t.starts_with('/').then_some(t),
    });
    let Some(filename) = filename else {
        let options = crate::runtime::inspect::InspectOptions::default();
        let shown = crate::runtime::inspect::inspect_checked(vm, given, &options)?;
        return Err(error_with_code(
            vm,
            ErrorKind::TypeError,
            "ERR_INVALID_ARG_VALUE",
            &format!(
                "The argument 'filename' must be a file URL object, file URL string, or absolute path string. Received {shown}"
            ),
        ));
    };
    let filename = if filename.ends_with('/') {
        format!("{filename}noop.js")
    } else {
        filename
    };
    let module = new_module(vm, &filename, &filename)?;
    Ok(Value::Object(make_require(vm, module)))
}
