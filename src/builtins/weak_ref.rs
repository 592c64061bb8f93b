//! `WeakRef` and `FinalizationRegistry` (ECMA-262 26.1 and 26.2), and the `gc()`
//! global that `--expose-gc` defines.
//!
//! The collector clears what these hold weakly (`Heap::clear_weak_targets`); the event
//! loop runs a registry's cleanup callbacks as a task of its own after the collection
//! that found its targets dead (`event_loop::run_finalization`), as V8 posts a cleanup
//! task to Node's platform.

use super::iterator::tag;
use super::map_set::{can_be_held_weakly, receiver_text};
use super::{arg, constructor, method};
use crate::runtime::heap::Tracer;
use crate::runtime::object::{METHOD_ATTRS, ObjectKind};
use crate::runtime::{ObjRef, Value};
use crate::vm::{JsResult, Vm};

/// A FinalizationRegistry's `[[CleanupCallback]]` and `[[Cells]]`: the cells whose
/// target lives, and those the collector cleared, whose callbacks are still to run.
pub struct RegistryData {
    cleanup: Value,
    cells: Vec<Cell>,
    /// Cleared cells, the latest cleared last: callbacks run from the end, as V8 runs
    /// them (its cleared list is pushed at the front).
    cleared: Vec<Cell>,
}

/// A Record { [[WeakRefTarget]], [[HeldValue]], [[UnregisterToken]] }.
struct Cell {
    /// Held weakly; `Value::Undefined` once cleared.
    target: Value,
    /// Held strongly: the callback's argument.
    held: Value,
    /// Held weakly; `None` when none was given or it was collected.
    token: Option<Value>,
    /// The cell's place in registration order across all registries, which orders
    /// the cleanup tasks of one collection.
    number: u64,
}

impl RegistryData {
    /// The held values and the callback are strong; targets and tokens are weak.
    pub fn trace(&self, tracer: &mut Tracer) {
        tracer.value(self.cleanup);
        for cell in self.cells.iter().chain(&self.cleared) {
            tracer.value(cell.held);
        }
    }

    /// Moves the cells whose target `live` says is gone to the cleared list and drops
    /// tokens that are gone; returns the registration number of the first cell
    /// cleared, if any.
    pub fn clear_dead_cells(&mut self, live: impl Fn(Value) -> bool) -> Option<u64> {
        let mut first = None;
        let cleared = &mut self.cleared;
        self.cells.retain_mut(|cell| {
            if live(cell.target) {
                return true;
            }
            first.get_or_insert(cell.number);
            cleared.push(Cell {
                target: Value::Undefined,
                held: cell.held,
                token: cell.token,
                number: cell.number,
            });
            false
        });
        for cell in self.cells.iter_mut().chain(&mut self.cleared) {
            if cell.token.is_some_and(|t| !live(t)) {
                cell.token = None;
            }
        }
        first
    }
}

pub fn install(vm: &mut Vm) {
    let object_prototype = vm.realm.object_prototype;
    let proto = vm.alloc_object(Some(object_prototype), ObjectKind::Ordinary);
    vm.realm.weak_ref_prototype = proto;
    constructor(
        vm,
        "WeakRef",
        1,
        |vm, _, _| Err(vm.type_error("Constructor WeakRef requires 'new'")),
        Some(weak_ref_construct),
        proto,
    );
    method(vm, proto, "deref", 0, weak_ref_deref);
    tag(vm, proto, "WeakRef");

    let proto = vm.alloc_object(Some(object_prototype), ObjectKind::Ordinary);
    vm.realm.finalization_registry_prototype = proto;
    constructor(
        vm,
        "FinalizationRegistry",
        1,
        |vm, _, _| Err(vm.type_error("Constructor FinalizationRegistry requires 'new'")),
        Some(registry_construct),
        proto,
    );
    method(vm, proto, "register", 2, register);
    method(vm, proto, "unregister", 1, unregister);
    tag(vm, proto, "FinalizationRegistry");
}

/// Defines the global `gc()` (Node's `--expose-gc`): writable, enumerable and not
/// configurable, as V8 defines it.
pub fn install_gc(vm: &mut Vm) {
    let gc = vm.native_function("gc", 0, |vm, _, _| {
        vm.collect_garbage();
        Ok(Value::Undefined)
    });
    let global = vm.realm.global;
    let attrs =
        METHOD_ATTRS & !crate::runtime::object::CONFIGURABLE | crate::runtime::object::ENUMERABLE;
    vm.define_named(global, "gc", Value::Object(gc), attrs);
}

/// 26.1.1.1 WeakRef ( target )
fn weak_ref_construct(vm: &mut Vm, new_target: Value, args: &[Value]) -> JsResult<Value> {
    let target = arg(args, 0);
    // 2. If CanBeHeldWeakly(target) is false, throw a TypeError exception.
    if !can_be_held_weakly(vm, target) {
        return Err(vm.type_error("WeakRef: invalid target"));
    }
    // 3. OrdinaryCreateFromConstructor(NewTarget, "%WeakRef.prototype%", ...)
    let proto = vm.prototype_from_constructor(new_target, |r| r.weak_ref_prototype)?;
    // 4. AddToKeptObjects(target).
    vm.heap.add_to_kept_objects(target);
    // 5. Set weakRef.[[WeakRefTarget]] to target.
    Ok(Value::Object(
        vm.alloc_object(Some(proto), ObjectKind::WeakRef(target)),
    ))
}

/// 26.1.3.2 WeakRef.prototype.deref ( ), with 26.1.4.1 WeakRefDeref.
fn weak_ref_deref(vm: &mut Vm, this: Value, _: &[Value]) -> JsResult<Value> {
    // 2. RequireInternalSlot(weakRef, [[WeakRefTarget]]).
    let target = match this {
        Value::Object(o) => match vm.heap.obj(o).kind {
            ObjectKind::WeakRef(target) => Some(target),
            _ => None,
        },
        _ => None,
    };
    let Some(target) = target else {
        return Err(incompatible(vm, "WeakRef.prototype.deref", this));
    };
    // WeakRefDeref 2. If target is not empty, AddToKeptObjects(target); return target.
    vm.heap.add_to_kept_objects(target);
    Ok(target)
}

/// 26.2.1.1 FinalizationRegistry ( cleanupCallback )
fn registry_construct(vm: &mut Vm, new_target: Value, args: &[Value]) -> JsResult<Value> {
    let cleanup = arg(args, 0);
    // 2. If IsCallable(cleanupCallback) is false, throw a TypeError exception.
    if !vm.is_callable(cleanup) {
        return Err(vm.type_error("FinalizationRegistry: cleanup must be callable"));
    }
    // 3. OrdinaryCreateFromConstructor(NewTarget, "%FinalizationRegistry.prototype%", ...)
    let proto = vm.prototype_from_constructor(new_target, |r| r.finalization_registry_prototype)?;
    // 4-8. [[Realm]], [[CleanupCallback]], [[Cells]] (a new empty List).
    let data = RegistryData {
        cleanup,
        cells: Vec::new(),
        cleared: Vec::new(),
    };
    let kind = ObjectKind::FinalizationRegistry(Box::new(data));
    Ok(Value::Object(vm.alloc_object(Some(proto), kind)))
}

/// The registry `this` names (RequireInternalSlot(this, [[Cells]])).
fn this_registry(vm: &mut Vm, this: Value, method: &str) -> JsResult<ObjRef> {
    if let Value::Object(o) = this
        && matches!(vm.heap.obj(o).kind, ObjectKind::FinalizationRegistry(_))
    {
        return Ok(o);
    }
    Err(incompatible(
        vm,
        &format!("FinalizationRegistry.prototype.{method}"),
        this,
    ))
}

fn incompatible(vm: &mut Vm, method: &str, this: Value) -> crate::vm::JsError {
    let shown = receiver_text(vm, this);
    vm.type_error(format!(
        "Method {method} called on incompatible receiver {shown}"
    ))
}

fn registry_mut(vm: &mut Vm, registry: ObjRef) -> &mut RegistryData {
    match &mut vm.heap.obj_mut(registry).kind {
        ObjectKind::FinalizationRegistry(r) => r,
        _ => unreachable!("checked by this_registry"),
    }
}

/// `Invalid unregisterToken ('<token>')`, V8's message for a token that cannot be held
/// weakly.
fn invalid_token(vm: &mut Vm, token: Value) -> crate::vm::JsError {
    let shown = vm.no_side_effects_text(token);
    vm.type_error(format!("Invalid unregisterToken ('{shown}')"))
}

/// 26.2.3.2 FinalizationRegistry.prototype.register ( target, heldValue [ , unregisterToken ] )
fn register(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    let registry = this_registry(vm, this, "register")?;
    let (target, held, token) = (arg(args, 0), arg(args, 1), arg(args, 2));
    // 3. If CanBeHeldWeakly(target) is false, throw a TypeError exception.
    if !can_be_held_weakly(vm, target) {
        return Err(vm.type_error("FinalizationRegistry.prototype.register: invalid target"));
    }
    // 4. If SameValue(target, heldValue) is true, throw a TypeError exception.
    if target == held {
        return Err(vm.type_error(
            "FinalizationRegistry.prototype.register: target and holdings must not be same",
        ));
    }
    // 5. If CanBeHeldWeakly(unregisterToken) is false: undefined stands for none, any
    //    other value throws.
    let token = if can_be_held_weakly(vm, token) {
        Some(token)
    } else if token.is_undefined() {
        None
    } else {
        return Err(invalid_token(vm, token));
    };
    // 6-7. Append the cell to finalizationRegistry.[[Cells]].
    let number = vm.heap.next_weak_cell;
    vm.heap.next_weak_cell += 1;
    registry_mut(vm, registry).cells.push(Cell {
        target,
        held,
        token,
        number,
    });
    Ok(Value::Undefined)
}

/// 26.2.3.3 FinalizationRegistry.prototype.unregister ( unregisterToken ): removes the
/// cells registered with the token, cleared ones whose callback has not run included.
fn unregister(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    let registry = this_registry(vm, this, "unregister")?;
    let token = arg(args, 0);
    // 3. If CanBeHeldWeakly(unregisterToken) is false, throw a TypeError exception.
    if !can_be_held_weakly(vm, token) {
        return Err(invalid_token(vm, token));
    }
    // 4-5. Remove every cell whose [[UnregisterToken]] is unregisterToken.
    let data = registry_mut(vm, registry);
    let before = data.cells.len() + data.cleared.len();
    data.cells.retain(|cell| cell.token != Some(token));
    data.cleared.retain(|cell| cell.token != Some(token));
    Ok(Value::Bool(data.cells.len() + data.cleared.len() != before))
}

/// 9.13 CleanupFinalizationRegistry: calls the cleanup callback with the held value of
/// each cleared cell, the latest cleared first; an exception ends the task (the cells
/// left wait for the next one).
pub fn cleanup(vm: &mut Vm, registry: ObjRef) -> JsResult<()> {
    loop {
        let data = registry_mut(vm, registry);
        let Some(cell) = data.cleared.pop() else {
            return Ok(());
        };
        let callback = data.cleanup;
        vm.call(callback, Value::Undefined, &[cell.held])?;
    }
}

/// Whether the registry still has callbacks to run.
pub fn has_cleared_cells(vm: &Vm, registry: ObjRef) -> bool {
    matches!(&vm.heap.obj(registry).kind, ObjectKind::FinalizationRegistry(r) if !r.cleared.is_empty())
}
