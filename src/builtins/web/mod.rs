//! The web-platform globals Node has (`atob`, `TextEncoder`, `URL`,
//! `AbortController`, `structuredClone`, ...) and the global `Buffer`.
//!
//! Most are JavaScript classes (the sources beside this file, and
//! `src/builtins/node/buffer.js`) over native helpers. Building them all would slow
//! every start, so each global begins as an accessor that loads its module on first
//! use and then becomes the plain data property Node has.

pub mod codec;
pub mod text_codec;
pub mod url;

use crate::builtins::node::{load_source, require};
use crate::runtime::Value;
use crate::runtime::object::{CONFIGURABLE, ENUMERABLE, PropertyKey, WRITABLE};
use crate::vm::{JsResult, Vm};

/// A global made on first use: its name, the module that makes it, the export
/// (empty: the module's exports themselves) and whether it is enumerable (Node's
/// attributes: the functions are, the classes are not).
struct LazyGlobal {
    name: &'static str,
    module: &'static str,
    export: &'static str,
    enumerable: bool,
}

const LAZY_GLOBALS: &[LazyGlobal] = &[
    LazyGlobal {
        name: "Buffer",
        module: "buffer",
        export: "Buffer",
        enumerable: false,
    },
    LazyGlobal {
        name: "atob",
        module: "buffer",
        export: "atob",
        enumerable: true,
    },
    LazyGlobal {
        name: "btoa",
        module: "buffer",
        export: "btoa",
        enumerable: true,
    },
    LazyGlobal {
        name: "DOMException",
        module: "internal/dom_exception",
        export: "",
        enumerable: false,
    },
    LazyGlobal {
        name: "TextEncoder",
        module: "internal/text_codec_classes",
        export: "TextEncoder",
        enumerable: false,
    },
    LazyGlobal {
        name: "TextDecoder",
        module: "internal/text_codec_classes",
        export: "TextDecoder",
        enumerable: false,
    },
    LazyGlobal {
        name: "structuredClone",
        module: "internal/structured_clone",
        export: "",
        enumerable: true,
    },
    LazyGlobal {
        name: "EventTarget",
        module: "internal/event_target",
        export: "EventTarget",
        enumerable: false,
    },
    LazyGlobal {
        name: "Event",
        module: "internal/event_target",
        export: "Event",
        enumerable: false,
    },
    LazyGlobal {
        name: "CustomEvent",
        module: "internal/event_target",
        export: "CustomEvent",
        enumerable: false,
    },
    LazyGlobal {
        name: "AbortController",
        module: "internal/abort_controller",
        export: "AbortController",
        enumerable: false,
    },
    LazyGlobal {
        name: "AbortSignal",
        module: "internal/abort_controller",
        export: "AbortSignal",
        enumerable: false,
    },
    LazyGlobal {
        name: "URL",
        module: "internal/whatwg_url",
        export: "URL",
        enumerable: false,
    },
    LazyGlobal {
        name: "URLSearchParams",
        module: "internal/whatwg_url",
        export: "URLSearchParams",
        enumerable: false,
    },
    LazyGlobal {
        name: "performance",
        module: "perf_hooks",
        export: "performance",
        enumerable: true,
    },
    LazyGlobal {
        name: "Performance",
        module: "perf_hooks",
        export: "Performance",
        enumerable: false,
    },
    LazyGlobal {
        name: "PerformanceEntry",
        module: "perf_hooks",
        export: "PerformanceEntry",
        enumerable: false,
    },
    LazyGlobal {
        name: "PerformanceMark",
        module: "perf_hooks",
        export: "PerformanceMark",
        enumerable: false,
    },
    LazyGlobal {
        name: "PerformanceMeasure",
        module: "perf_hooks",
        export: "PerformanceMeasure",
        enumerable: false,
    },
    LazyGlobal {
        name: "PerformanceObserver",
        module: "perf_hooks",
        export: "PerformanceObserver",
        enumerable: false,
    },
    LazyGlobal {
        name: "PerformanceObserverEntryList",
        module: "perf_hooks",
        export: "PerformanceObserverEntryList",
        enumerable: false,
    },
];

/// Installs the lazy globals.
pub fn install(vm: &mut Vm) {
    let global = vm.realm.global;
    for (i, lazy) in LAZY_GLOBALS.iter().enumerate() {
        let index = Value::Number(i as f64);
        let get = vm.native_function_with("get", 0, lazy_get, None, vec![index]);
        let set = vm.native_function_with("set", 1, lazy_set, None, vec![index]);
        let key = vm.key(lazy.name);
        let attrs = CONFIGURABLE | if lazy.enumerable { ENUMERABLE } else { 0 };
        vm.define_accessor(global, key, Some(get), Some(set), attrs);
    }
}

/// The entry of [`LAZY_GLOBALS`] the running accessor was made for.
fn running_entry(vm: &Vm) -> &'static LazyGlobal {
    let index = match vm.running_native().map(|f| vm.captures(f).first().copied()) {
        Some(Some(Value::Number(n))) => n as usize,
        _ => 0,
    };
    &LAZY_GLOBALS[index]
}

/// Replaces the accessor with the data property Node has.
fn settle(vm: &mut Vm, lazy: &LazyGlobal, value: Value) {
    let global = vm.realm.global;
    let attrs = WRITABLE | CONFIGURABLE | if lazy.enumerable { ENUMERABLE } else { 0 };
    let key: PropertyKey = vm.key(lazy.name);
    vm.define_value(global, key, value, attrs);
}

fn lazy_get(vm: &mut Vm, _this: Value, _args: &[Value]) -> JsResult<Value> {
    let lazy = running_entry(vm);
    let exports = require(vm, lazy.module)?;
    let value = if lazy.export.is_empty() {
        exports
    } else {
        vm.get_named(exports, lazy.export)?
    };
    settle(vm, lazy, value);
    Ok(value)
}

/// An assignment before first use replaces the global, as it would Node's.
fn lazy_set(vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    let lazy = running_entry(vm);
    settle(vm, lazy, crate::builtins::arg(args, 0));
    Ok(Value::Undefined)
}

/// `require('internal/dom_exception')` inside the sources: the DOMException class.
pub fn dom_exception(vm: &mut Vm) -> JsResult<Value> {
    load_source(
        vm,
        "internal/dom_exception",
        include_str!("dom_exception.js"),
    )
}

/// `require('internal/text_codec_classes')`: TextEncoder and TextDecoder.
pub fn text_codec_classes(vm: &mut Vm) -> JsResult<Value> {
    load_source(
        vm,
        "internal/text_codec_classes",
        include_str!("text_codec.js"),
    )
}

/// `require('internal/structured_clone')`: the structuredClone function.
pub fn structured_clone(vm: &mut Vm) -> JsResult<Value> {
    load_source(
        vm,
        "internal/structured_clone",
        include_str!("structured_clone.js"),
    )
}

/// `require('internal/event_target')`: Event, CustomEvent and EventTarget.
pub fn event_target(vm: &mut Vm) -> JsResult<Value> {
    load_source(vm, "internal/event_target", include_str!("event_target.js"))
}

/// `require('internal/abort_controller')`: AbortController and AbortSignal.
pub fn abort_controller(vm: &mut Vm) -> JsResult<Value> {
    load_source(
        vm,
        "internal/abort_controller",
        include_str!("abort_controller.js"),
    )
}

/// `require('perf_hooks')`: `performance` and its entry classes.
pub fn perf_hooks(vm: &mut Vm) -> JsResult<Value> {
    load_source(vm, "perf_hooks", include_str!("perf.js"))
}

/// URL, URLSearchParams and the file-path helpers, which `node:url` re-exports
/// beside its legacy API.
pub fn whatwg_url(vm: &mut Vm) -> JsResult<Value> {
    load_source(vm, "internal/whatwg_url", include_str!("url.js"))
}
