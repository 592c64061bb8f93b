//! The realm: the global object and the intrinsic objects built-ins and the VM refer to
//! (prototypes, constructors, well-known symbols).

use super::heap::{ObjRef, SymRef, Trace, Tracer};

macro_rules! realm {
    ($( $(#[doc = $doc:literal])* $field:ident : $ty:ident ),* $(,)?) => {
        /// The intrinsics of the one realm a [`crate::vm::Vm`] has.
        pub struct Realm {
            $( $(#[doc = $doc])* pub $field: $ty ),*
        }

        impl Realm {
            /// A realm whose fields all point at `obj` and `sym` until the built-ins
            /// install the real objects.
            pub fn placeholder(obj: ObjRef, sym: SymRef) -> Realm {
                let _ = sym;
                Realm { $( $field: realm!(@init $ty, obj, sym) ),* }
            }
        }

        impl Trace for Realm {
            fn trace(&self, tracer: &mut Tracer) {
                $( realm!(@trace $ty, self.$field, tracer); )*
            }
        }
    };
    (@init ObjRef, $obj:ident, $sym:ident) => { $obj };
    (@init SymRef, $obj:ident, $sym:ident) => { $sym };
    (@trace ObjRef, $v:expr, $t:ident) => { $t.obj($v) };
    (@trace SymRef, $v:expr, $t:ident) => { $t.sym($v) };
}

realm! {
    /// `globalThis`
    global: ObjRef,
    object_prototype: ObjRef,
    function_prototype: ObjRef,
    array_prototype: ObjRef,
    /// %Array%, whose species makes plain arrays without running user code.
    array_constructor: ObjRef,
    string_prototype: ObjRef,
    number_prototype: ObjRef,
    boolean_prototype: ObjRef,
    date_prototype: ObjRef,
    symbol_prototype: ObjRef,
    bigint_prototype: ObjRef,
    error_prototype: ObjRef,
    /// %eval%: a direct `eval(...)` call leaves no frame for it in a stack trace.
    eval_function: ObjRef,
    /// %Error%, whose `stackTraceLimit` bounds every stack trace.
    error_constructor: ObjRef,
    /// The getter and setter of every error's own `stack` property.
    error_stack_getter: ObjRef,
    error_stack_setter: ObjRef,
    /// The private key under which an object that is not an error keeps the stack
    /// `Error.captureStackTrace` gave it (V8's error_stack_symbol).
    error_stack_key: SymRef,
    type_error_prototype: ObjRef,
    range_error_prototype: ObjRef,
    reference_error_prototype: ObjRef,
    syntax_error_prototype: ObjRef,
    eval_error_prototype: ObjRef,
    uri_error_prototype: ObjRef,
    /// %IteratorPrototype%
    iterator_prototype: ObjRef,
    /// %Iterator%, the abstract constructor of iterators.
    iterator_constructor: ObjRef,
    /// %IteratorHelperPrototype%: the prototype of `map`, `filter`, ... results.
    iterator_helper_prototype: ObjRef,
    /// %WrapForValidIteratorPrototype%: the prototype of `Iterator.from`'s wrappers.
    wrap_for_valid_iterator_prototype: ObjRef,
    /// %ArrayIteratorPrototype%
    array_iterator_prototype: ObjRef,
    /// %StringIteratorPrototype%
    string_iterator_prototype: ObjRef,
    /// %GeneratorFunction.prototype.prototype%: the prototype of generator objects.
    generator_prototype: ObjRef,
    /// %AsyncGeneratorFunction.prototype.prototype%: the prototype of async generators.
    async_generator_prototype: ObjRef,
    /// %AsyncFunction.prototype%: the prototype of async functions.
    async_function_prototype: ObjRef,
    /// %AsyncGeneratorFunction.prototype%: the prototype of async generator functions.
    async_generator_function_prototype: ObjRef,
    /// %AsyncIteratorPrototype%
    async_iterator_prototype: ObjRef,
    /// %AsyncFromSyncIteratorPrototype%
    async_from_sync_iterator_prototype: ObjRef,
    /// %GeneratorFunction.prototype%: the prototype of generator functions.
    generator_function_prototype: ObjRef,
    map_prototype: ObjRef,
    set_prototype: ObjRef,
    weak_map_prototype: ObjRef,
    weak_set_prototype: ObjRef,
    weak_ref_prototype: ObjRef,
    finalization_registry_prototype: ObjRef,
    /// %MapIteratorPrototype%
    map_iterator_prototype: ObjRef,
    /// %SetIteratorPrototype%
    set_iterator_prototype: ObjRef,
    /// `Array.prototype.values`, which for-of on arrays may skip when unchanged.
    array_values: ObjRef,
    /// %ArrayIteratorPrototype%.next
    array_iterator_next: ObjRef,
    regexp_prototype: ObjRef,
    /// `%RegExp%`, the `new.target` of `RegExp(...)` called without `new`.
    regexp_constructor: ObjRef,
    /// The original `RegExp.prototype.exec`, whose use lets `split` skip the spec's
    /// per-position sticky matching.
    regexp_exec: ObjRef,
    /// The record of the last successful match, behind `RegExp.$1` and friends.
    regexp_last_match: ObjRef,
    /// %RegExpStringIteratorPrototype%
    regexp_string_iterator_prototype: ObjRef,
    /// The original `exec`, `flags` and flag getters of `RegExp.prototype`, kept alive
    /// so that `vm.regexp_pristine` can compare with them (see `builtins::regexp`).
    regexp_originals: ObjRef,
    /// %Promise.prototype%
    promise_prototype: ObjRef,
    /// %Promise%
    promise_constructor: ObjRef,
    /// The original `Promise.prototype.then`, `Promise.resolve` and `get
    /// Promise[@@species]`: while they are in place, the promise machinery may skip
    /// lookups and calls nobody can observe (see `builtins::promise::pristine`).
    promise_then: ObjRef,
    promise_resolve: ObjRef,
    promise_species_getter: ObjRef,
    /// %AggregateError.prototype%
    aggregate_error_prototype: ObjRef,
    /// The prototype of the `Timeout` objects timers return.
    timeout_prototype: ObjRef,
    /// The prototype of the `Immediate` objects `setImmediate` returns.
    immediate_prototype: ObjRef,
    /// `EventEmitter.prototype`, which `process` inherits from.
    event_emitter_prototype: ObjRef,
    /// `events.errorMonitor`: its listeners see every `'error'` event first.
    error_monitor: SymRef,
    /// Node's `kCapture`: an emitter's `captureRejections` flag.
    capture_rejections: SymRef,
    /// The private key under which `EventEmitter.prototype` holds the `events`
    /// module's function that catches a listener's rejected promise.
    add_catch: SymRef,
    /// Node's `process` object.
    process: ObjRef,
    /// `%ThrowTypeError%`
    throw_type_error: ObjRef,
    /// `Function.prototype.call` and `apply`, which the instruction loop runs without
    /// entering them when they call a closure.
    function_call: ObjRef,
    function_apply: ObjRef,
    array_buffer_prototype: ObjRef,
    /// %ArrayBuffer%, the default species of `slice` and the constructor of the
    /// buffers typed arrays allocate.
    array_buffer_constructor: ObjRef,
    shared_array_buffer_prototype: ObjRef,
    shared_array_buffer_constructor: ObjRef,
    data_view_prototype: ObjRef,
    /// %TypedArray.prototype%
    typed_array_prototype: ObjRef,
    /// %TypedArray%
    typed_array_constructor: ObjRef,
    /// The constructor and prototype of each typed array kind, in
    /// `ElementKind::ALL` order, as an internal-slots object.
    typed_array_intrinsics: ObjRef,
    symbol_iterator: SymRef,
    symbol_async_iterator: SymRef,
    symbol_has_instance: SymRef,
    symbol_to_primitive: SymRef,
    symbol_to_string_tag: SymRef,
    symbol_is_concat_spreadable: SymRef,
    symbol_species: SymRef,
    symbol_unscopables: SymRef,
    symbol_match: SymRef,
    symbol_match_all: SymRef,
    symbol_replace: SymRef,
    symbol_search: SymRef,
    symbol_split: SymRef,
    /// The keys Node's `Immediate` objects keep their state under (shown when one is
    /// printed): whether it keeps the loop alive, and its async-hooks ids.
    symbol_refed: SymRef,
    symbol_async_id: SymRef,
    symbol_trigger_id: SymRef,
    symbol_async_context_frame: SymRef,
}
