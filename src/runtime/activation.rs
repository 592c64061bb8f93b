//! What Rust code up the stack holds, seen by the collector without any rooting in that
//! code: the nesting of Rust activations (natives, and Rust code that entered the
//! instruction loop) and the epochs cells are born in.
//!
//! Collection happens only at safepoints in the instruction loop and between jobs,
//! never inside Rust code itself, so Rust code is exposed only while JavaScript it
//! called runs. Every cell is stamped with the heap's *epoch* when it is allocated, and
//! the epoch advances at each transition between Rust and JavaScript. While JavaScript
//! runs, the collector keeps as roots:
//!
//! - for JavaScript entered by a native (a callback of `forEach`, a getter run by
//!   `JSON.stringify`): every cell born before the native was called (all its caller
//!   and arguments can be), every cell born while the native's own Rust code ran (what
//!   it allocated), and every value a JavaScript call returned or threw to it (the
//!   native's *pins*, dropped when it returns). Garbage the native's earlier callbacks
//!   made is none of these, so a `forEach` over a million elements runs in the memory
//!   of one callback.
//! - for JavaScript entered by other Rust code (the event loop running a job, the
//!   instruction loop calling a getter or `valueOf`): every cell born before it was
//!   entered, which covers all that code can hold.
//!
//! These are handle scopes by construction: natives hold handles in plain locals and
//! cannot forget to root one. The one thing a native must not do is read a cell born
//! after it was called out of the heap, let JavaScript make it unreachable, and use it
//! afterwards (no built-in does; callbacks' results come back as pins).

use super::memory::allocated_bytes;
use super::value::Value;
use smallvec::SmallVec;

/// The Rust activations on the stack, innermost last, and the epoch counter.
#[derive(Default)]
pub struct Activations {
    /// Stamped on each cell as it is allocated.
    pub epoch: u64,
    stack: Vec<Activation>,
    /// Values returned or thrown to open natives by the JavaScript they called.
    pins: Vec<Value>,
    /// Cells allocated since the heap was made.
    pub allocated_total: u64,
}

enum Activation {
    /// Rust code running JavaScript (`Vm::run`).
    Run(Entry),
    /// A native function (`Vm::call_native`).
    Native(NativeScope),
}

/// What an entry into JavaScript keeps: cells born before `protect_before`, and
/// the allocations counted from `cells_from`/`bytes_from` that a collection could free.
#[derive(Clone, Copy)]
struct Entry {
    protect_before: u64,
    cells_from: u64,
    bytes_from: usize,
}

struct NativeScope {
    /// Cells born before the native was called stay while it runs.
    entry: Entry,
    /// The epochs in which the native's own code ran and allocated.
    own: SmallVec<[u64; 2]>,
    /// `allocated_total` when the latest own epoch began.
    own_cells_from: u64,
    pins_from: usize,
}

/// The least number of cells, and bytes, allocated since an entry into JavaScript
/// before a collection inside it is worth its cost (see `worth_collecting`).
pub const MIN_CELLS: u64 = 32 * 1024;
pub const MIN_BYTES: usize = 32 << 20;

impl Activations {
    /// A native starts: its caller's cells and its own allocations are kept while it
    /// runs JavaScript. Called by another native, it shares that native's epoch, so
    /// what either allocates counts as the caller's own.
    pub fn enter_native(&mut self) {
        if !matches!(self.stack.last(), Some(Activation::Native(_))) {
            self.epoch += 1;
        }
        self.stack.push(Activation::Native(NativeScope {
            entry: Entry {
                protect_before: self.epoch,
                cells_from: self.allocated_total,
                bytes_from: allocated_bytes(),
            },
            own: smallvec::smallvec![self.epoch],
            own_cells_from: self.allocated_total,
            pins_from: self.pins.len(),
        }));
    }

    /// The innermost native returns. To a native, its own epochs and pins become the
    /// caller's (the result it hands back is among them); to JavaScript, they end.
    pub fn leave_native(&mut self) {
        let Some(Activation::Native(done)) = self.stack.pop() else {
            return;
        };
        match self.stack.last_mut() {
            Some(Activation::Native(caller)) => {
                for e in done.own {
                    if caller.own.last().is_none_or(|&last| e > last) {
                        caller.own.push(e);
                    }
                }
                caller.own_cells_from = caller.own_cells_from.min(done.own_cells_from);
            }
            _ => {
                self.pins.truncate(done.pins_from);
                self.epoch += 1;
            }
        }
    }

    /// Rust code enters JavaScript.
    pub fn enter_run(&mut self) {
        self.epoch += 1;
        let entry = match self.stack.last_mut() {
            Some(Activation::Native(scope)) => {
                // An own epoch in which the native allocated nothing need not be kept.
                if scope.own_cells_from == self.allocated_total {
                    scope.own.pop();
                }
                scope.entry
            }
            _ => Entry {
                protect_before: self.epoch,
                cells_from: self.allocated_total,
                bytes_from: allocated_bytes(),
            },
        };
        self.stack.push(Activation::Run(entry));
    }

    /// JavaScript entered by `enter_run` returns `result` (or throws it) to the Rust
    /// code that entered it; a native keeps it.
    pub fn leave_run(&mut self, result: Option<Value>) {
        self.stack.pop();
        self.epoch += 1;
        if let Some(Activation::Native(scope)) = self.stack.last_mut() {
            scope.own.push(self.epoch);
            scope.own_cells_from = self.allocated_total;
            if let Some(v @ (Value::Object(_) | Value::String(_) | Value::Symbol(_))) = result {
                self.pins.push(v);
            }
        }
    }

    /// The innermost entry into JavaScript.
    fn innermost_run(&self) -> Option<&Entry> {
        self.stack.iter().rev().find_map(|a| match a {
            Activation::Run(entry) => Some(entry),
            Activation::Native(_) => None,
        })
    }

    /// Whether a collection now could free much: always outside Rust activations, and
    /// inside one only once the code it may free has allocated a collection's worth.
    /// A short call from Rust (a getter, a `valueOf`) leaves collecting to the code
    /// around it, which can free what the entry keeps.
    pub fn worth_collecting(&self) -> bool {
        match self.innermost_run() {
            None => true,
            Some(entry) => {
                self.allocated_total - entry.cells_from >= MIN_CELLS
                    || allocated_bytes().saturating_sub(entry.bytes_from) >= MIN_BYTES
            }
        }
    }

    /// The values returned or thrown to the open natives.
    pub fn pins(&self) -> &[Value] {
        &self.pins
    }

    /// The cells Rust code may hold beyond the pins, as a test on birth epochs (`None`
    /// when JavaScript is not running inside Rust code).
    pub fn held(&self) -> Option<impl Fn(u64) -> bool + use<>> {
        let protect_before = self.innermost_run()?.protect_before;
        let mut own: Vec<u64> = self
            .stack
            .iter()
            .filter_map(|a| match a {
                Activation::Native(scope) => Some(&scope.own),
                Activation::Run(_) => None,
            })
            .flatten()
            .copied()
            .filter(|&e| e >= protect_before)
            .collect();
        own.sort_unstable();
        Some(move |birth: u64| birth < protect_before || own.binary_search(&birth).is_ok())
    }
}
