//! The register stack: one buffer holding every frame's registers, reserved once at
//! its largest size so it never moves. The instruction loop keeps a pointer to the
//! running frame's registers in a local across calls that push frames (and so grow
//! the stack), instead of reloading the buffer's address and adding the frame's base
//! on every register access.

use crate::runtime::stable_vec::{release, reserve};
use crate::runtime::value::Value;
use std::ops::{Deref, DerefMut};
use std::ptr::NonNull;

/// The most values the register stack holds (64 MiB of address space). Reserving it
/// costs no memory: the kernel backs a page only once it is written, so a program
/// touches only as much as its deepest call stack used. Past it, a call throws
/// `RangeError: Maximum call stack size exceeded`, as a deep recursion through
/// functions with many registers would in Node (whose frames live on a machine stack
/// of about 1 MB).
const MAX_REGISTERS: usize = 1 << 22;

/// The fewest values a system that refuses the full reservation must give.
const MIN_REGISTERS: usize = 1 << 16;

/// A growable stack of values whose storage never moves.
pub struct RegisterStack {
    /// The start of the reservation.
    start: NonNull<Value>,
    /// The values in use (the rest of the reservation is never read).
    len: usize,
    /// The values the reservation holds.
    capacity: usize,
}

impl RegisterStack {
    /// Reserves the address space (see `stable_vec::reserve`).
    pub fn new() -> Self {
        let value = size_of::<Value>();
        let (start, bytes) = reserve(MAX_REGISTERS * value, MIN_REGISTERS * value);
        RegisterStack {
            start: start.cast(),
            len: 0,
            capacity: bytes / value,
        }
    }

    /// Makes the stack at least `len` values long, the new ones undefined; false (and
    /// no change) when that is more than the reservation holds.
    #[must_use]
    pub fn grow_to(&mut self, len: usize) -> bool {
        if len <= self.len {
            return true;
        }
        if len > self.capacity {
            return false;
        }
        for i in self.len..len {
            // SAFETY: `i < capacity`, inside the reservation.
            unsafe { self.start.add(i).write(Value::Undefined) };
        }
        self.len = len;
        true
    }

    /// The address of value 0, which stays valid (and where it is) for the stack's
    /// life: pointers made from it may be held across any change of length.
    pub fn start(&self) -> *mut Value {
        self.start.as_ptr()
    }
}

impl Default for RegisterStack {
    fn default() -> Self {
        Self::new()
    }
}

impl Deref for RegisterStack {
    type Target = [Value];
    fn deref(&self) -> &[Value] {
        // SAFETY: the first `len` values are initialised (`grow_to`).
        unsafe { std::slice::from_raw_parts(self.start.as_ptr(), self.len) }
    }
}

impl DerefMut for RegisterStack {
    fn deref_mut(&mut self) -> &mut [Value] {
        // SAFETY: as in `deref`, and `&mut self` makes the slice the only reference.
        unsafe { std::slice::from_raw_parts_mut(self.start.as_ptr(), self.len) }
    }
}

impl Drop for RegisterStack {
    fn drop(&mut self) {
        // SAFETY: the reservation made in `new`, released once; `Value` needs no drop.
        unsafe { release(self.start.cast(), self.capacity * size_of::<Value>()) };
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn grows_in_place_and_refuses_past_its_capacity() {
        let mut stack = RegisterStack::new();
        let start = stack.start();
        assert!(stack.grow_to(10));
        stack[9] = Value::Number(1.0);
        assert!(stack.grow_to(100_000));
        assert_eq!(stack.start(), start);
        assert_eq!(stack[9], Value::Number(1.0));
        assert_eq!(stack[99_999], Value::Undefined);
        assert!(!stack.grow_to(stack.capacity + 1));
        assert_eq!(stack.len(), 100_000);
        assert!(stack.grow_to(50));
        assert_eq!(stack.len(), 100_000);
    }
}
