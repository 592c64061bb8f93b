//! The event loop: the microtask (job) queue, the timer heap, the clocks, and the loop
//! that runs them after the script in HTML/Node order. Promise records live here too,
//! because the queues hold them and the collector must see everything queued.
//!
//! Order: the script is the first task; after every task the microtask queue is
//! drained completely (jobs queued by jobs run in the same drain); unhandled
//! rejections are reported after each drain; then the earliest due timer runs (ties in
//! creation order).

use super::heap::{ObjRef, Trace, Tracer};
use super::object::ObjectKind;
use super::value::Value;
use crate::vm::{JsError, Vm};
use rustc_hash::FxHashMap;
use std::cmp::Reverse;
use std::collections::{BinaryHeap, VecDeque};
use std::time::{Duration, Instant};

/// What a promise reaction does with the settled value (the spec's [[Handler]], with
/// the engine's own handlers spelled out so they need no function objects).
#[derive(Clone, Copy, Debug)]
pub enum Handler {
    /// An empty fulfill handler: pass the value on.
    Identity,
    /// An empty reject handler: pass the reason on as a rejection.
    Thrower,
    /// A JavaScript function.
    Function(ObjRef),
    /// Resume the suspended async function whose state is this object.
    Await(ObjRef),
    /// Finish the `return(v)` of this completed async generator once `v` settled
    /// (AsyncGeneratorAwaitReturn).
    AwaitReturn(ObjRef),
    /// Wrap the value in an iterator result with this `done` (the fulfill handler of
    /// AsyncFromSyncIteratorContinuation).
    IterResult(bool),
    /// Close this sync iterator, then pass the rejection on (the reject handler of
    /// AsyncFromSyncIteratorContinuation).
    CloseIterator(ObjRef),
}

/// A PromiseCapability record. `Native` is a capability of %Promise% itself, whose
/// resolving functions nobody can observe, so none are allocated.
#[derive(Clone, Debug)]
pub enum Capability {
    /// No capability (the reactions of `await`).
    None,
    Native(ObjRef),
    Js(Box<[Value; 3]>),
}

impl Capability {
    fn trace(&self, tracer: &mut Tracer) {
        match self {
            Capability::None => {}
            Capability::Native(p) => tracer.obj(*p),
            Capability::Js(v) => tracer.values(&v[..]),
        }
    }
}

impl Handler {
    /// The object the handler refers to, which must stay alive while it is queued.
    fn object(&self) -> Option<ObjRef> {
        match self {
            Handler::Identity | Handler::Thrower | Handler::IterResult(_) => None,
            Handler::Function(f)
            | Handler::Await(f)
            | Handler::AwaitReturn(f)
            | Handler::CloseIterator(f) => Some(*f),
        }
    }

    fn trace(&self, tracer: &mut Tracer) {
        if let Some(f) = self.object() {
            tracer.obj(f);
        }
    }
}

/// The fulfill and reject PromiseReaction records one `then` adds; the spec keeps two
/// lists, but they are always appended and consumed together.
#[derive(Debug)]
pub struct Reaction {
    pub capability: Capability,
    pub on_fulfilled: Handler,
    pub on_rejected: Handler,
}

/// [[PromiseState]] with [[PromiseResult]] or the pending reactions.
#[derive(Debug)]
pub enum PromiseState {
    Pending(Vec<Reaction>),
    Fulfilled(Value),
    Rejected(Value),
}

/// The internal slots of a promise.
#[derive(Debug)]
pub struct PromiseData {
    pub state: PromiseState,
    /// [[PromiseIsHandled]]
    pub handled: bool,
}

impl PromiseData {
    pub fn trace(&self, tracer: &mut Tracer) {
        match &self.state {
            PromiseState::Pending(reactions) => {
                for r in reactions {
                    r.capability.trace(tracer);
                    r.on_fulfilled.trace(tracer);
                    r.on_rejected.trace(tracer);
                }
            }
            PromiseState::Fulfilled(v) | PromiseState::Rejected(v) => tracer.value(*v),
        }
    }
}

/// A queued microtask.
#[derive(Debug)]
pub enum Job {
    /// NewPromiseReactionJob: run `handler` on `argument` and settle `capability`.
    Reaction {
        capability: Capability,
        handler: Handler,
        argument: Value,
        rejected: bool,
    },
    /// NewPromiseResolveThenableJob: call `then` on `thenable` with fresh resolving
    /// functions for `promise`.
    ResolveThenable {
        promise: ObjRef,
        thenable: Value,
        then: Value,
    },
    /// `queueMicrotask(callback)`
    Callback(Value),
}

impl Job {
    fn trace(&self, tracer: &mut Tracer) {
        match self {
            Job::Reaction {
                capability,
                handler,
                argument,
                ..
            } => {
                capability.trace(tracer);
                handler.trace(tracer);
                tracer.value(*argument);
            }
            Job::ResolveThenable {
                promise,
                thenable,
                then,
            } => {
                tracer.obj(*promise);
                tracer.value(*thenable);
                tracer.value(*then);
            }
            Job::Callback(f) => tracer.value(*f),
        }
    }
}

/// One armed timer.
pub struct Timer {
    pub callback: Value,
    pub args: Box<[Value]>,
    /// The delay, in ms (already clamped).
    pub delay: f64,
    pub repeat: bool,
    /// The `Timeout` object `setTimeout` returned (`this` in the callback).
    pub object: ObjRef,
    /// The sequence number of its live heap entry; older entries are stale.
    pub seq: u64,
    /// Whether it keeps the loop alive (`ref`/`unref`).
    pub refed: bool,
}

/// The clocks: loop time for scheduling, `Date.now` and `performance.now`.
pub struct Clock {
    start: Instant,
    /// `Date.now()` when the runtime started.
    wall_start: f64,
    /// Under virtual time, the time jumped over instead of slept.
    skipped: f64,
    pub virtual_time: bool,
    /// The loop time timers are scheduled from, cached per task as libuv does.
    pub now: f64,
}

impl Clock {
    fn new() -> Clock {
        let wall_start = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0.0, |d| d.as_millis() as f64);
        Clock {
            start: Instant::now(),
            wall_start,
            skipped: 0.0,
            virtual_time: false,
            now: 0.0,
        }
    }

    fn real_elapsed(&self) -> f64 {
        self.start.elapsed().as_secs_f64() * 1000.0
    }

    /// `performance.now()`: ms since start (virtual time adds the time jumped over).
    pub fn monotonic(&self) -> f64 {
        self.real_elapsed() + self.skipped
    }

    /// `Date.now()`
    pub fn wall(&self) -> f64 {
        (self.wall_start + self.monotonic()).floor()
    }

    /// Refreshes the cached loop time. Under virtual time it moves only by jumps, so
    /// timer order does not depend on how fast the machine is.
    fn update(&mut self) {
        if !self.virtual_time {
            self.now = self.real_elapsed().floor();
        }
    }

    /// Lets time pass until `due` (sleeping, or jumping under virtual time).
    fn advance_to(&mut self, due: f64) {
        if self.virtual_time {
            if due > self.now {
                self.skipped += due - self.now;
                self.now = due;
            }
            return;
        }
        let wait = due - self.real_elapsed();
        if wait > 0.0 {
            std::thread::sleep(Duration::from_secs_f64(wait / 1000.0));
        }
        self.now = self.real_elapsed().floor().max(due);
    }
}

/// What happens to a rejection nobody handled by the end of a microtask drain (Node's
/// `--unhandled-rejections`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum RejectionMode {
    /// Report it as `Uncaught (in promise) ...` and end the process.
    #[default]
    Throw,
    /// Report it on stderr and keep going.
    Warn,
    /// Ignore it.
    None,
}

/// The queues and clocks of one runtime.
pub struct EventLoop {
    pub jobs: VecDeque<Job>,
    pub timers: FxHashMap<u32, Timer>,
    /// Min-heap of (due time bits, sequence, timer id); entries whose sequence no
    /// longer matches the timer's are skipped when popped.
    queue: BinaryHeap<Reverse<(u64, u64, u32)>>,
    next_timer_id: u32,
    next_seq: u64,
    refed_timers: usize,
    /// Rejected promises without a handler yet (HostPromiseRejectionTracker).
    pub pending_rejections: Vec<ObjRef>,
    pub rejection_mode: RejectionMode,
    pub clock: Clock,
    /// Built-in functions the promise machinery binds to internal records.
    pub internals: Vec<ObjRef>,
    /// The promise of a script that uses top-level `await`: its rejection is the
    /// script's uncaught exception, not an unhandled rejection.
    pub script_promise: Option<ObjRef>,
}

impl Default for EventLoop {
    fn default() -> Self {
        EventLoop {
            jobs: VecDeque::new(),
            timers: FxHashMap::default(),
            queue: BinaryHeap::new(),
            next_timer_id: 1,
            next_seq: 0,
            refed_timers: 0,
            pending_rejections: Vec::new(),
            rejection_mode: RejectionMode::Throw,
            clock: Clock::new(),
            internals: Vec::new(),
            script_promise: None,
        }
    }
}

impl Trace for EventLoop {
    fn trace(&self, tracer: &mut Tracer) {
        for job in &self.jobs {
            job.trace(tracer);
        }
        for t in self.timers.values() {
            tracer.value(t.callback);
            tracer.values(&t.args);
            tracer.obj(t.object);
        }
        for &p in &self.pending_rejections {
            tracer.obj(p);
        }
        for &f in &self.internals {
            tracer.obj(f);
        }
        if let Some(p) = self.script_promise {
            tracer.obj(p);
        }
    }
}

impl EventLoop {
    pub fn enqueue(&mut self, job: Job) {
        self.jobs.push_back(job);
    }

    /// A new timer id (the `Timeout` object is made with it before `add_timer`).
    pub fn new_timer_id(&mut self) -> u32 {
        let id = self.next_timer_id;
        self.next_timer_id += 1;
        id
    }

    /// Arms timer `id`, due `timer.delay` ms from the loop time.
    pub fn add_timer(&mut self, id: u32, mut timer: Timer) {
        timer.seq = self.push_entry(id, timer.delay);
        if timer.refed {
            self.refed_timers += 1;
        }
        if let Some(old) = self.timers.insert(id, timer)
            && old.refed
        {
            self.refed_timers -= 1;
        }
    }

    fn push_entry(&mut self, id: u32, delay: f64) -> u64 {
        let due = self.clock.now + delay;
        let seq = self.next_seq;
        self.next_seq += 1;
        self.queue.push(Reverse((due.to_bits(), seq, id)));
        seq
    }

    /// Re-arms timer `id` from the current loop time (`refresh`, interval re-arm).
    pub fn rearm(&mut self, id: u32) {
        let Some(delay) = self.timers.get(&id).map(|t| t.delay) else {
            return;
        };
        let seq = self.push_entry(id, delay);
        if let Some(t) = self.timers.get_mut(&id) {
            t.seq = seq;
        }
    }

    pub fn clear_timer(&mut self, id: u32) {
        if let Some(t) = self.timers.remove(&id)
            && t.refed
        {
            self.refed_timers -= 1;
        }
    }

    /// `ref()`/`unref()`
    pub fn set_refed(&mut self, id: u32, refed: bool) {
        if let Some(t) = self.timers.get_mut(&id)
            && t.refed != refed
        {
            t.refed = refed;
            if refed {
                self.refed_timers += 1;
            } else {
                self.refed_timers -= 1;
            }
        }
    }

    /// The id and due time of the next live timer, dropping stale heap entries.
    fn next_timer(&mut self) -> Option<(u32, f64)> {
        while let Some(&Reverse((due, seq, id))) = self.queue.peek() {
            match self.timers.get(&id) {
                Some(t) if t.seq == seq => return Some((id, f64::from_bits(due))),
                _ => {
                    self.queue.pop();
                }
            }
        }
        None
    }
}

/// Why the loop stopped early: the text to print as `Uncaught ...`.
pub type LoopError = String;

/// Runs all queued jobs, then the timers, until nothing is left.
pub fn run(vm: &mut Vm) -> Result<(), LoopError> {
    loop {
        drain_microtasks(vm)?;
        if vm.event_loop.refed_timers == 0 {
            return Ok(());
        }
        let Some((id, due)) = vm.event_loop.next_timer() else {
            return Ok(());
        };
        vm.event_loop.clock.update();
        vm.event_loop.clock.advance_to(due);
        fire(vm, id)?;
    }
}

/// Milliseconds until the next timer that keeps the process alive is due, if any.
pub fn ms_until_next_timer(vm: &mut Vm) -> Option<f64> {
    if vm.event_loop.refed_timers == 0 {
        return None;
    }
    vm.event_loop.clock.update();
    let now = vm.event_loop.clock.now;
    vm.event_loop
        .next_timer()
        .map(|(_, due)| (due - now).max(0.0))
}

/// Runs the queued jobs and every timer already due, without waiting for later ones:
/// between REPL entries the loop goes on only as far as the present.
pub fn run_due(vm: &mut Vm) -> Result<(), LoopError> {
    loop {
        drain_microtasks(vm)?;
        vm.event_loop.clock.update();
        match vm.event_loop.next_timer() {
            Some((id, due)) if due <= vm.event_loop.clock.now => fire(vm, id)?,
            _ => return Ok(()),
        }
    }
}

/// Runs the loop until `promise` settles, or until nothing is left that could settle
/// it (a REPL entry's top-level `await`).
pub fn run_until_settled(vm: &mut Vm, promise: ObjRef) -> Result<(), LoopError> {
    loop {
        drain_microtasks(vm)?;
        let pending = matches!(
            &vm.heap.obj(promise).kind,
            ObjectKind::Promise(PromiseData {
                state: PromiseState::Pending(_),
                ..
            })
        );
        if !pending || vm.event_loop.refed_timers == 0 {
            return Ok(());
        }
        let Some((id, due)) = vm.event_loop.next_timer() else {
            return Ok(());
        };
        vm.event_loop.clock.update();
        vm.event_loop.clock.advance_to(due);
        fire(vm, id)?;
    }
}

/// Takes timer `id`, now due, off the queue and runs it.
fn fire(vm: &mut Vm, id: u32) -> Result<(), LoopError> {
    vm.event_loop.queue.pop();
    // Everything live is in the queues or the realm here: a safe point to collect.
    vm.maybe_collect();
    run_timer(vm, id)
}

/// Runs one timer's callback; an interval is re-armed after it unless it was cleared.
fn run_timer(vm: &mut Vm, id: u32) -> Result<(), LoopError> {
    let Some(t) = vm.event_loop.timers.get(&id) else {
        return Ok(());
    };
    let (callback, args, this, repeat, seq) =
        (t.callback, t.args.clone(), t.object, t.repeat, t.seq);
    if !repeat {
        vm.event_loop.clear_timer(id);
    }
    // The timer is out of the table; its values stay reachable through the roots.
    let mark = vm.roots.len();
    vm.roots.push(callback);
    vm.roots.push(Value::Object(this));
    vm.roots.extend_from_slice(&args);
    let result = vm.call(callback, Value::Object(this), &args);
    vm.roots.truncate(mark);
    if let Err(e) = result {
        return Err(uncaught(vm, e));
    }
    if repeat && vm.event_loop.timers.get(&id).is_some_and(|t| t.seq == seq) {
        vm.event_loop.clock.update();
        vm.event_loop.rearm(id);
    }
    Ok(())
}

/// Runs jobs until the queue is empty, then reports the first rejection still
/// unhandled.
pub fn drain_microtasks(vm: &mut Vm) -> Result<(), LoopError> {
    while let Some(job) = vm.event_loop.jobs.pop_front() {
        vm.maybe_collect_between_jobs(&job);
        if let Err(e) = crate::builtins::promise::run_job(vm, job) {
            return Err(uncaught(vm, e));
        }
    }
    let pending = std::mem::take(&mut vm.event_loop.pending_rejections);
    if let Some(script) = vm.event_loop.script_promise
        && pending.contains(&script)
        && let Some(reason) = crate::builtins::promise::unhandled_reason(vm, script)
    {
        return Err(vm.describe_uncaught(reason));
    }
    let mode = vm.event_loop.rejection_mode;
    if mode == RejectionMode::None {
        return Ok(());
    }
    for p in pending {
        if let Some(reason) = crate::builtins::promise::unhandled_reason(vm, p) {
            let shown = super::inspect::inspect(vm, reason, &Default::default());
            let text = format!("Uncaught (in promise) {shown}");
            if mode == RejectionMode::Throw {
                return Err(text);
            }
            eprintln!("{text}");
        }
    }
    Ok(())
}

fn uncaught(vm: &mut Vm, e: JsError) -> LoopError {
    let value = vm.error_value(e);
    vm.describe_uncaught(value)
}

impl Vm {
    /// Collects between jobs, with the job about to run (already off the queue) kept
    /// alive.
    fn maybe_collect_between_jobs(&mut self, job: &Job) {
        if self.native_depth != 0
            || !(self.heap.allocations >= self.heap.threshold || self.gc_stress)
        {
            return;
        }
        let mark = self.roots.len();
        match job {
            Job::Reaction {
                capability,
                handler,
                argument,
                ..
            } => {
                match capability {
                    Capability::None => {}
                    Capability::Native(p) => self.roots.push(Value::Object(*p)),
                    Capability::Js(v) => self.roots.extend_from_slice(&v[..]),
                }
                if let Some(f) = handler.object() {
                    self.roots.push(Value::Object(f));
                }
                self.roots.push(*argument);
            }
            Job::ResolveThenable {
                promise,
                thenable,
                then,
            } => {
                self.roots
                    .extend_from_slice(&[Value::Object(*promise), *thenable, *then]);
            }
            Job::Callback(f) => self.roots.push(*f),
        }
        self.collect_garbage();
        self.roots.truncate(mark);
    }
}
