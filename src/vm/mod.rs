//! The virtual machine: the register stack, heap-allocated call frames, and the
//! instruction loop. Calls between JavaScript functions push a frame and continue in
//! the same loop (no Rust recursion); only natives calling back into JavaScript nest.
//!
//! Operators and conversions live in `ops.rs`, property access in `property.rs`,
//! calls, construction and errors in `call.rs`, iteration in `iter.rs`, the register
//! stack in `registers.rs`.

mod call;
mod dynscope;
mod generator;
pub mod ic;
mod interp;
mod iter;
mod ops;
mod property;
mod registers;
mod stack;

use crate::compiler::GlobalScope;
use crate::compiler::bytecode::{FunctionTemplate, Op, Reg};
use crate::runtime::heap::{EnvRef, Heap, MIN_BYTES_GROWTH, ObjRef, Trace, Tracer};
use crate::runtime::memory::allocated_bytes;
use crate::runtime::realm::Realm;
use crate::runtime::value::Value;
use std::io::Write;
use std::rc::Rc;
use std::sync::atomic::{AtomicBool, Ordering};

pub use call::ErrorKind;
pub use generator::{GeneratorData, GeneratorState, ResumeMode, Resumed};
pub use ops::{Hint, index_of_units};
pub use property::{
    Descriptor, InternalMethods, ORDINARY, internal_methods, ordinary_define_own_property,
    ordinary_delete,
};
pub use registers::RegisterStack;
pub use stack::{AsyncFrame, CurrentJob, ENGINE_SOURCE, NativeCall};

/// How a JavaScript exception travels through Rust code.
#[derive(Clone, Debug)]
pub enum JsError {
    /// A value thrown by `throw` (or an error already turned into an object).
    Thrown(Value),
    /// An error raised by Rust code; it becomes an Error object (with a stack) when it
    /// reaches JavaScript.
    Native(ErrorKind, String),
    /// Not an exception: a generator's forced return unwinding to its `finally` blocks
    /// (the value is in `Frame::pending_return`). Catch clauses let it pass.
    GeneratorReturn,
}

pub type JsResult<T> = Result<T, JsError>;

/// Set (by the REPL's Ctrl-C handler) to stop the running code: the next loop
/// iteration or call throws `Script execution was interrupted by SIGINT`, which no
/// `catch` or `finally` sees, until the flag is cleared.
pub static INTERRUPT: AtomicBool = AtomicBool::new(false);

/// How many steps may pass between two looks at `INTERRUPT` (a few microseconds of
/// work: Ctrl-C still stops a loop at once).
const INTERRUPT_POLL_STEPS: u64 = 1 << 12;

/// How many steps may pass between two looks at whether a collection is due (see
/// `Vm::maybe_collect`).
const COLLECT_POLL_STEPS: u64 = 32;

/// The message of the error an interrupt throws.
pub const INTERRUPTED: &str = "Script execution was interrupted by SIGINT";

/// The message of the error a run past its step limit throws (see `Vm::step_limit`).
pub const STEP_LIMIT_REACHED: &str = "Script execution was stopped at its step limit";

/// The most nested JavaScript calls before `RangeError: Maximum call stack size
/// exceeded` (about what Node allows for a simple recursive function).
pub const MAX_FRAMES: usize = 10_000;

/// The most nested native-to-JavaScript re-entries (each uses Rust stack).
pub const MAX_NATIVE_DEPTH: usize = 400;

/// The heap limit when none is given (`--max-heap-size`): large but finite, so a
/// runaway program ends with Node's out-of-memory report instead of exhausting the
/// machine.
pub const DEFAULT_HEAP_LIMIT: usize = 4096 << 20;

/// The first line of V8's fatal out-of-memory report, as Node prints it on stderr.
pub const HEAP_LIMIT_MESSAGE: &str =
    "FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory";

/// The exit status of a program stopped at the heap limit: Node dies of SIGABRT there,
/// which a shell reports as 128 + 6.
pub const HEAP_LIMIT_EXIT_CODE: i32 = 134;

/// Objects the engine makes many of with the same own keys in the same order. Each
/// gets its shape once (see `Vm::laid_out`), so making one is a single exact-size
/// property table: no lookups, no transitions, no growing vector.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Layout {
    /// `length`, `name`: arrow functions, methods, async functions.
    FunctionBare,
    /// `length`, `name`, `prototype`: strict functions and generators.
    FunctionWithPrototype,
    /// `length`, `name`, `arguments`, `caller`, `prototype`: sloppy functions.
    FunctionSloppy,
    /// A plain function's `prototype` object: `constructor`.
    PrototypeObject,
    /// The `Timeout` objects of `setTimeout` and `setInterval`.
    Timeout,
    /// The `Immediate` objects of `setImmediate`.
    Immediate,
    /// `arguments` objects: `length`, `Symbol.iterator`, `callee`.
    Arguments,
}

impl Layout {
    pub const COUNT: usize = 7;
}

/// A `Layout`'s shape and its keys in order.
pub type LaidOut = (
    Rc<crate::runtime::shape::Shape>,
    Rc<[crate::runtime::PropertyKey]>,
);

/// Property names the VM needs without looking them up.
#[derive(Clone, Copy, Default)]
pub struct CommonAtoms {
    pub length: crate::runtime::Atom,
    pub name: crate::runtime::Atom,
    pub prototype: crate::runtime::Atom,
    pub constructor: crate::runtime::Atom,
    pub arguments: crate::runtime::Atom,
    pub caller: crate::runtime::Atom,
    pub callee: crate::runtime::Atom,
    pub empty: crate::runtime::Atom,
    /// Read on every promise resolution, `await` and combinator step.
    pub then: crate::runtime::Atom,
    pub resolve: crate::runtime::Atom,
}

/// The template a frame runs. A closure's frame borrows the template its function
/// object holds, so that a call and a return move no reference count: `Frame::function`
/// keeps that object, and so the template, alive while the frame exists (the
/// collector traces it, and a closure's template never changes). Frames with no
/// function object (scripts, modules) own a reference.
pub struct FrameTemplate {
    template: std::ptr::NonNull<FunctionTemplate>,
    owned: bool,
}

impl FrameTemplate {
    pub fn owned(template: Rc<FunctionTemplate>) -> FrameTemplate {
        FrameTemplate {
            // SAFETY: `Rc::into_raw` never returns null.
            template: unsafe {
                std::ptr::NonNull::new_unchecked(Rc::into_raw(template).cast_mut())
            },
            owned: true,
        }
    }

    /// # Safety
    /// `template` must stay alive for as long as the returned value (and the frame it
    /// goes into) exists: it is the template of the closure in the frame's `function`.
    #[inline(always)]
    pub unsafe fn borrowed(template: &Rc<FunctionTemplate>) -> FrameTemplate {
        FrameTemplate {
            template: std::ptr::NonNull::from(&**template),
            owned: false,
        }
    }

    /// A reference of its own to the template, to keep beyond the frame.
    pub fn to_rc(&self) -> Rc<FunctionTemplate> {
        let ptr = self.template.as_ptr().cast_const();
        // SAFETY: the template is alive (see `borrowed`) and is one an `Rc` holds: both
        // constructors take it from one.
        unsafe {
            Rc::increment_strong_count(ptr);
            Rc::from_raw(ptr)
        }
    }
}

impl std::ops::Deref for FrameTemplate {
    type Target = FunctionTemplate;

    #[inline(always)]
    fn deref(&self) -> &FunctionTemplate {
        // SAFETY: alive for as long as `self` (see `borrowed` and `owned`).
        unsafe { self.template.as_ref() }
    }
}

impl Clone for FrameTemplate {
    fn clone(&self) -> FrameTemplate {
        FrameTemplate::owned(self.to_rc())
    }
}

impl Drop for FrameTemplate {
    #[inline(always)]
    fn drop(&mut self) {
        if self.owned {
            // SAFETY: an owned template holds the reference `owned` took.
            unsafe { Rc::decrement_strong_count(self.template.as_ptr().cast_const()) }
        }
    }
}

/// One activation of a JavaScript function (or script). Frames live in `Vm::frames`
/// with their registers in `Vm::stack[base..base + register_count]`. `Op::Return`
/// drops `template` and `args` by hand: a new field that owns memory must be dropped
/// there too.
pub struct Frame {
    pub template: FrameTemplate,
    /// The closure being run (`None` for a script).
    pub function: Option<ObjRef>,
    /// Index of R0 in the stack.
    pub base: usize,
    /// The next instruction (while running), or the one after the current call, as
    /// a pointer into the template's code: the instruction loop stores and reloads
    /// it at every call and return, where an index cost a multiplication each way.
    /// Read and set as an index through `pc` and `set_pc`.
    ip: *const Op,
    pub env: Option<EnvRef>,
    /// How many `PushScope`s are active, for exception handlers.
    pub scope_depth: u16,
    /// The caller's register that receives the return value.
    pub ret_dst: Reg,
    /// `new.target` (undefined for a plain call).
    pub new_target: Value,
    /// The arguments as passed, kept for `arguments` and rest parameters.
    pub args: Option<Box<[Value]>>,
    /// Returning from this frame leaves the instruction loop (a call from Rust).
    pub boundary: bool,
    /// The generator or async-function state this frame runs for (it can suspend).
    pub generator: Option<ObjRef>,
    /// A generator's forced return (`gen.return(v)`) in progress through `finally`
    /// blocks.
    pub pending_return: Option<Value>,
}

impl Frame {
    /// A frame's first instruction.
    fn entry(template: &FunctionTemplate) -> *const Op {
        template.code.as_ptr()
    }

    /// The index of the next instruction (see `ip`).
    pub fn pc(&self) -> usize {
        // SAFETY: `ip` points into (or just past) the template's code, which the
        // frame keeps alive and which never changes after compilation.
        unsafe { self.ip.offset_from(self.template.code.as_ptr()) as usize }
    }

    /// Continues the frame at instruction `pc`.
    pub fn set_pc(&mut self, pc: usize) {
        debug_assert!(pc <= self.template.code.len());
        self.ip = self.template.code.as_ptr().wrapping_add(pc);
    }
}

/// The interpreter: heap, realm, stack and frames.
pub struct Vm {
    pub heap: Heap,
    pub realm: Realm,
    pub stack: RegisterStack,
    pub frames: Vec<Frame>,
    /// Script-level let/const/class names (compile time) and their values (run time).
    pub globals: GlobalScope,
    pub global_lexicals: Vec<Value>,
    /// Extra roots held by Rust code (see `Vm::maybe_collect`).
    pub roots: Vec<Value>,
    /// The keys of names the engine looks up by Rust text (see `Vm::key`).
    engine_names: rustc_hash::FxHashMap<Box<str>, crate::runtime::object::PropertyKey>,
    /// How deep natives and Rust-to-JavaScript entries are nested on the Rust stack,
    /// bounded so that deep recursion through them is a RangeError, not an overflow.
    pub native_depth: usize,
    /// Collect at every `gc_stress`-th safepoint, 0 for never (a debugging aid that
    /// finds rooting bugs).
    pub gc_stress: u32,
    /// Safepoints left before the next stress collection.
    gc_stress_countdown: u32,
    /// How many proxy internal methods are running inside one another (see
    /// `builtins/proxy.rs`).
    pub proxy_depth: u32,
    /// Set when a proxy trap refused an operation (returned a falsish value), cleared
    /// when a proxy operation starts: the error for a refused operation blames the trap
    /// when set, and otherwise the target the refusal came from (as V8 does).
    pub proxy_refused: bool,
    /// Set by the last ArraySetLength when a non-configurable element stopped it: the
    /// array and that element's index, for V8's "Cannot delete property" error when
    /// the refusal throws.
    pub array_length_stop: Option<(ObjRef, u32)>,
    /// The most bytes the program may keep alive (measured after a collection, by
    /// `memory::allocated_bytes`) before it stops with [`HEAP_LIMIT_MESSAGE`].
    pub heap_limit: usize,
    /// The most steps (loop iterations and calls, see `Vm::step`) a run may take; past
    /// it the run is interrupted as by Ctrl-C. Every timer callback and promise job
    /// that runs code is a call, so this also bounds the event loop's turns. Set
    /// through `set_step_limit`.
    step_limit: u64,
    /// The step count at which `step` next looks at the interrupt flag and the step
    /// limit (see `poll_interrupt`).
    poll_at: u64,
    /// The step at which `maybe_collect` next looks whether a collection is due.
    collect_poll_at: u64,
    /// `Symbol.for` keys and their symbols.
    pub symbol_registry: std::collections::HashMap<String, crate::runtime::SymRef>,
    /// Set when the frame that just left the instruction loop suspended (yield or
    /// await) instead of returning; `yield_raw` when the value is already an
    /// iterator result (`yield*`).
    pub suspended: bool,
    pub yield_raw: bool,
    /// The value of a generator whose forced return finished unwinding its frame.
    pub finished_return: Option<Value>,
    /// Atoms the VM itself uses often.
    pub atoms: CommonAtoms,
    /// The shape and keys of each `Layout`, made on first use.
    pub layouts: [Option<LaidOut>; Layout::COUNT],
    /// The atom `length`, which arrays and strings treat specially.
    pub length_atom: crate::runtime::Atom,
    /// The job queue, timers and clocks.
    pub event_loop: crate::runtime::event_loop::EventLoop,
    /// Where the last exception was thrown: a `throw` statement or a runtime error
    /// (the place a fatal report points at).
    pub throw_site: Option<(Rc<crate::compiler::bytecode::Source>, u32)>,
    /// The script being run as a file: when set, an uncaught exception is reported as
    /// Node reports a fatal one (see `diagnostics::fatal_report`), not as the REPL's
    /// `Uncaught ...` line.
    pub fatal_source: Option<Rc<crate::compiler::bytecode::Source>>,
    /// The natives running now, outermost first: stack traces show them between the
    /// JavaScript frames, as V8 shows its builtins.
    pub native_calls: Vec<NativeCall>,
    /// The promise job running now, where a stack trace continues with async frames.
    pub current_job: Option<CurrentJob>,
    /// The event tracer (`--trace`); `None` when tracing is off.
    pub trace: Option<Box<crate::runtime::trace::Tracer>>,
    /// The module loader's caches.
    pub modules: crate::modules::Loader,
    /// What `RegExp.prototype` held when it was made (its fast paths' check).
    pub regexp_pristine: crate::builtins::regexp::Pristine,
    /// Where reads at megamorphic property sites found their properties.
    pub megamorphic: ic::MegamorphicCache,
}

impl Vm {
    /// A VM with all built-ins installed.
    pub fn new() -> Vm {
        let mut heap = Heap::new();
        let placeholder_obj = heap.alloc_object(crate::runtime::JsObject::new(
            None,
            crate::runtime::ObjectKind::Ordinary,
        ));
        let placeholder_sym = heap.alloc_symbol(crate::runtime::heap::Symbol {
            description: None,
            registered: false,
            private: false,
        });
        let mut vm = Vm {
            heap,
            realm: Realm::placeholder(placeholder_obj, placeholder_sym),
            stack: RegisterStack::new(),
            // Room for the deepest call stack at once, so a call never checks for room
            // (see `push_frame_inline`); pages are touched only as deep as calls go.
            frames: Vec::with_capacity(MAX_FRAMES),
            globals: GlobalScope::default(),
            global_lexicals: Vec::new(),
            roots: Vec::new(),
            engine_names: Default::default(),
            native_depth: 0,
            gc_stress: 0,
            gc_stress_countdown: 0,
            proxy_depth: 0,
            proxy_refused: false,
            array_length_stop: None,
            heap_limit: DEFAULT_HEAP_LIMIT,
            step_limit: u64::MAX,
            poll_at: 0,
            collect_poll_at: 0,
            symbol_registry: Default::default(),
            length_atom: crate::runtime::Atom(0),
            atoms: CommonAtoms::default(),
            layouts: Default::default(),
            suspended: false,
            yield_raw: false,
            finished_return: None,
            event_loop: Default::default(),
            throw_site: None,
            fatal_source: None,
            megamorphic: Default::default(),
            native_calls: Vec::new(),
            current_job: None,
            trace: None,
            modules: crate::modules::Loader::default(),
            regexp_pristine: Default::default(),
        };
        vm.atoms = CommonAtoms {
            length: vm.heap.permanent_atom("length"),
            name: vm.heap.permanent_atom("name"),
            prototype: vm.heap.permanent_atom("prototype"),
            constructor: vm.heap.permanent_atom("constructor"),
            arguments: vm.heap.permanent_atom("arguments"),
            caller: vm.heap.permanent_atom("caller"),
            callee: vm.heap.permanent_atom("callee"),
            empty: vm.heap.permanent_atom(""),
            then: vm.heap.permanent_atom("then"),
            resolve: vm.heap.permanent_atom("resolve"),
        };
        vm.length_atom = vm.heap.permanent_atom("length");
        crate::builtins::install(&mut vm);
        vm
    }

    /// The index one past the highest live register.
    /// Makes the register stack at least `len` values long (see `RegisterStack`).
    fn grow_stack(&mut self, len: usize) -> JsResult<()> {
        if self.stack.grow_to(len) {
            Ok(())
        } else {
            Err(self.range_error("Maximum call stack size exceeded"))
        }
    }

    fn stack_top(&self) -> usize {
        self.frames
            .last()
            .map_or(0, |f| f.base + f.template.register_count as usize)
    }

    /// One loop iteration or call: moves the virtual clock on and honours an
    /// interrupt or the step limit. This runs at every back-edge and call, so it is
    /// one increment and one compare: the interrupt flag and the limit are looked at
    /// only every `INTERRUPT_POLL_STEPS` steps, and exactly at the limit.
    #[inline(always)]
    pub(crate) fn step(&mut self) -> JsResult<()> {
        self.event_loop.clock.steps += 1;
        if self.event_loop.clock.steps >= self.poll_at {
            return self.poll_interrupt();
        }
        Ok(())
    }

    /// `step`'s look at the interrupt flag and the step limit; sets when to look next.
    #[cold]
    #[inline(never)]
    fn poll_interrupt(&mut self) -> JsResult<()> {
        if self.interrupted() {
            let message = if self.step_limit_reached() {
                STEP_LIMIT_REACHED
            } else {
                INTERRUPTED
            };
            return Err(JsError::Native(ErrorKind::Error, message.to_string()));
        }
        let steps = self.event_loop.clock.steps;
        self.poll_at = steps
            .saturating_add(INTERRUPT_POLL_STEPS)
            .min(self.step_limit.saturating_add(1));
        Ok(())
    }

    /// The most steps (loop iterations and calls) a run may take; past it the run is
    /// interrupted as by Ctrl-C.
    pub fn set_step_limit(&mut self, limit: u64) {
        self.step_limit = limit;
        self.poll_at = 0;
    }

    /// Whether enough cells or bytes were allocated since the last collection.
    #[inline]
    pub(crate) fn collection_due(&self) -> bool {
        self.heap.allocations >= self.heap.threshold
            || allocated_bytes() >= self.heap.bytes_threshold
    }

    /// Counts a safepoint under `--gc-stress`; true at every `gc_stress`-th.
    pub(crate) fn stress_collection_due(&mut self) -> bool {
        if self.gc_stress == 0 {
            return false;
        }
        if self.gc_stress_countdown <= 1 {
            self.gc_stress_countdown = self.gc_stress;
            true
        } else {
            self.gc_stress_countdown -= 1;
            false
        }
    }

    /// Whether the running code must stop (Ctrl-C, or the step limit passed): an
    /// interrupt is not an exception, so no `catch` or `finally` runs.
    #[inline(always)]
    pub(crate) fn interrupted(&self) -> bool {
        INTERRUPT.load(Ordering::Relaxed) || self.step_limit_reached()
    }

    /// Whether the run has taken more steps than its limit allows.
    #[inline(always)]
    pub fn step_limit_reached(&self) -> bool {
        self.event_loop.clock.steps > self.step_limit
    }

    /// Collects garbage if enough was allocated (or at the next stress point). Called
    /// only at safepoints: Rust code up the stack is kept safe by the heap's entry
    /// boundaries (see `runtime::heap`).
    pub fn collect_if_due(&mut self) {
        if self.stress_collection_due()
            || (self.collection_due() && self.heap.activations.worth_collecting())
        {
            self.collect_garbage();
        }
    }

    /// `collect_if_due` at the safepoints of JavaScript code (each call and loop
    /// iteration, after its step): it looks only every `COLLECT_POLL_STEPS` steps
    /// (at each one under `--gc-stress`), as one counter comparison. The full look
    /// reads the allocator's thread-local count, and cost more than a tenth of a
    /// call; a collection a few steps late costs nothing.
    #[inline(always)]
    pub fn maybe_collect(&mut self) {
        if self.event_loop.clock.steps >= self.collect_poll_at {
            self.poll_collection();
        }
    }

    /// `maybe_collect`'s look, once it is due.
    #[inline(never)]
    fn poll_collection(&mut self) {
        if self.gc_stress == 0 {
            self.collect_poll_at = self.event_loop.clock.steps + COLLECT_POLL_STEPS;
        }
        self.collect_if_due();
    }

    /// A full collection from the VM's roots.
    pub fn collect_garbage(&mut self) {
        let roots = Roots {
            stack: &self.stack,
            frames: &self.frames,
            native_calls: &self.native_calls,
            current_job: self.current_job,
            realm: &self.realm,
            global_lexicals: &self.global_lexicals,
            extra: &self.roots,
            symbols: &self.symbol_registry,
            event_loop: &self.event_loop,
            modules: &self.modules,
        };
        self.heap.collect(&roots);
        self.megamorphic.clear();
        crate::runtime::event_loop::after_collection(self);
        crate::runtime::trace::after_collection(self);
        let live = allocated_bytes();
        if live > self.heap_limit {
            heap_limit_reached();
        }
        // Collect again once the live bytes double (or grow by a minimum; both twice
        // over while the heap grows), and at the latest when they pass the limit.
        let growth = live.max(MIN_BYTES_GROWTH) * self.heap.growth();
        self.heap.bytes_threshold = (live + growth).min(self.heap_limit.max(live) + 1);
    }
}

/// Stops the process as V8 does when the heap limit is reached: its report on stderr
/// and the status of an abort, but through `exit` (nothing is left to unwind, and an
/// abort would dump core).
fn heap_limit_reached() -> ! {
    let _ = std::io::stdout().flush();
    eprintln!("{HEAP_LIMIT_MESSAGE}");
    std::process::exit(HEAP_LIMIT_EXIT_CODE)
}

impl Default for Vm {
    fn default() -> Self {
        Self::new()
    }
}

struct Roots<'a> {
    stack: &'a [Value],
    frames: &'a [Frame],
    native_calls: &'a [NativeCall],
    current_job: Option<CurrentJob>,
    realm: &'a Realm,
    global_lexicals: &'a [Value],
    extra: &'a [Value],
    symbols: &'a std::collections::HashMap<String, crate::runtime::SymRef>,
    event_loop: &'a crate::runtime::event_loop::EventLoop,
    modules: &'a crate::modules::Loader,
}

impl Trace for Roots<'_> {
    fn trace(&self, tracer: &mut Tracer) {
        tracer.values(self.global_lexicals);
        tracer.values(self.extra);
        self.realm.trace(tracer);
        self.event_loop.trace(tracer);
        self.modules.trace(tracer);
        for &s in self.symbols.values() {
            tracer.sym(s);
        }
        for f in self.frames {
            // Each frame's own register window, and nothing between windows: a slot
            // no frame owns may hold a handle left by a frame long gone. A callee's
            // window can end below its caller's, so every frame is traced, not only
            // the stack up to the top frame's end.
            let end = (f.base + f.template.register_count as usize).min(self.stack.len());
            tracer.values(&self.stack[f.base.min(end)..end]);
            if let Some(func) = f.function {
                tracer.obj(func);
            }
            if let Some(env) = f.env {
                tracer.env(env);
            }
            tracer.value(f.new_target);
            if let Some(g) = f.generator {
                tracer.obj(g);
            }
            if let Some(v) = f.pending_return {
                tracer.value(v);
            }
            if let Some(args) = &f.args {
                tracer.values(args);
            }
        }
        for call in self.native_calls {
            tracer.obj(call.function);
            tracer.value(call.this);
        }
        if let Some(job) = self.current_job {
            tracer.obj(job.object());
        }
    }
}
