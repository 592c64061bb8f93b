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
use std::sync::atomic::Ordering;
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

/// A pending promise's [[PromiseFulfillReactions]] and [[PromiseRejectReactions]],
/// kept as one list of pairs.
pub type Reactions = smallvec::SmallVec<[Reaction; 1]>;

/// [[PromiseState]] with [[PromiseResult]] or the pending reactions.
#[derive(Debug)]
pub enum PromiseState {
    /// Most promises get one reaction (a `then`, an `await`): it is stored inline.
    Pending(Reactions),
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
#[derive(Clone, Debug)]
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

/// One armed timer (Node's `Timeout`).
pub struct Timer {
    pub callback: Value,
    pub args: Box<[Value]>,
    /// The delay in whole ms: Node truncates it, so `setTimeout(f, 1.7)` waits 1 ms
    /// and shares the 1 ms list.
    pub delay: u32,
    pub repeat: bool,
    /// The `Timeout` object `setTimeout` returned (`this` in the callback).
    pub object: ObjRef,
    /// When it was last armed, on the loop clock (Node's `_idleStart`).
    start: f64,
    /// Which arming is live: list entries with another number are stale.
    seq: u64,
    /// Whether it sits in its list (armed, not yet taken off to run).
    linked: bool,
    /// Whether it keeps the loop alive (`ref`/`unref`).
    pub refed: bool,
}

impl Timer {
    /// A timer not armed yet (`EventLoop::add_timer` arms it).
    pub fn new(
        callback: Value,
        args: Box<[Value]>,
        delay: u32,
        repeat: bool,
        object: ObjRef,
    ) -> Timer {
        Timer {
            callback,
            args,
            delay,
            repeat,
            object,
            start: 0.0,
            seq: 0,
            linked: false,
            refed: true,
        }
    }

    /// When this arming comes due.
    fn due(&self) -> f64 {
        self.start + f64::from(self.delay)
    }
}

/// The armed timers of one duration, in arming order (Node's `TimerList`). They come
/// due in that order, so only the head is ever compared with the clock.
struct TimerList {
    /// (timer id, arming number); entries whose number is no longer the timer's are
    /// stale (cleared or re-armed) and skipped.
    entries: VecDeque<(u32, u64)>,
    /// How many entries are live.
    live: usize,
    /// When the list is next looked at, and its place among lists due at the same
    /// time (Node orders lists by `(expiry, id)`, a new id each time one is re-queued).
    expiry: f64,
    id: u64,
}

/// Virtual time charged for one loop iteration or call: 2^-14 ms (61 ns), about what
/// jsloop takes to run one, so a virtual run orders timers as a real run would, but
/// deterministically. A power of two keeps every virtual time an exact binary fraction:
/// sums and differences of times never round, so no gap reads a hair short.
const VIRTUAL_MS_PER_STEP: f64 = 1.0 / 16384.0;

/// The clock timers, `Date.now` and `performance.now` all read.
pub struct Clock {
    start: Instant,
    /// `Date.now()` when the runtime started.
    wall_start: f64,
    /// Under virtual time, the time jumped over instead of slept.
    skipped: f64,
    pub virtual_time: bool,
    /// Loop iterations and calls run so far (each one moves virtual time on).
    pub steps: u64,
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
            steps: 0,
        }
    }

    fn real_elapsed(&self) -> f64 {
        self.start.elapsed().as_secs_f64() * 1000.0
    }

    /// Ms since the runtime started: `performance.now()`, and the time timers are
    /// armed and fired by. Under virtual time it is the time jumped over plus the
    /// work done, so it depends on the program only, never on the machine.
    pub fn now(&self) -> f64 {
        if self.virtual_time {
            self.skipped + self.steps as f64 * VIRTUAL_MS_PER_STEP
        } else {
            self.real_elapsed()
        }
    }

    /// `Date.now()`
    pub fn wall(&self) -> f64 {
        (self.wall_start + self.now()).floor()
    }

    /// Lets time pass until `due` (sleeping, or jumping under virtual time) and
    /// returns the time to fire timers by, never before `due`.
    fn wait_until(&mut self, due: f64) -> f64 {
        if self.virtual_time {
            self.skipped += (due - self.now()).max(0.0);
            return self.now();
        }
        // A sleep may end a little early; a timer must never run before its time. It
        // sleeps in slices so that an interrupt (Ctrl-C in the REPL) is seen soon.
        loop {
            let now = self.real_elapsed();
            if now >= due || crate::vm::INTERRUPT.load(Ordering::Relaxed) {
                return now;
            }
            std::thread::sleep(Duration::from_secs_f64((due - now).min(50.0) / 1000.0));
        }
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
    /// The timer lists by duration in ms.
    lists: FxHashMap<u32, TimerList>,
    /// Min-heap of (expiry bits, list id, duration): Node's `timerListQueue`. An entry
    /// whose list is gone or has another id is stale and skipped.
    queue: BinaryHeap<Reverse<(u64, u64, u32)>>,
    next_timer_id: u32,
    next_seq: u64,
    next_list_id: u64,
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
            lists: FxHashMap::default(),
            queue: BinaryHeap::new(),
            next_timer_id: 1,
            next_seq: 0,
            next_list_id: 0,
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

    /// Arms timer `id`, due `timer.delay` ms from now.
    pub fn add_timer(&mut self, id: u32, timer: Timer) {
        if timer.refed {
            self.refed_timers += 1;
        }
        if let Some(old) = self.timers.insert(id, timer) {
            self.unlink(&old);
        }
        self.link(id, self.clock.now());
    }

    /// Puts timer `id` at the end of its duration's list, armed from `start`; an
    /// earlier arming still in the list goes stale (Node's `insert`).
    fn link(&mut self, id: u32, start: f64) {
        let seq = self.next_seq;
        self.next_seq += 1;
        let Some(t) = self.timers.get_mut(&id) else {
            return;
        };
        t.start = start;
        t.seq = seq;
        let was_linked = std::mem::replace(&mut t.linked, true);
        let (delay, due) = (t.delay, t.due());
        let list = self.lists.entry(delay).or_insert_with(|| {
            let list_id = self.next_list_id;
            self.next_list_id += 1;
            self.queue.push(Reverse((due.to_bits(), list_id, delay)));
            TimerList {
                entries: VecDeque::new(),
                live: 0,
                expiry: due,
                id: list_id,
            }
        });
        list.entries.push_back((id, seq));
        if !was_linked {
            list.live += 1;
        }
    }

    /// Accounts for `timer` (already out of the table) leaving its list; a list left
    /// empty is dropped, as Node's `unenroll` does.
    fn unlink(&mut self, timer: &Timer) {
        if timer.refed {
            self.refed_timers -= 1;
        }
        let Some(list) = self.lists.get_mut(&timer.delay) else {
            return;
        };
        if timer.linked {
            list.live -= 1;
        }
        if list.live == 0 {
            self.lists.remove(&timer.delay);
        }
    }

    /// `timeout.refresh()`: arms timer `id` again from now, at the end of its list.
    pub fn rearm(&mut self, id: u32) {
        if self.timers.contains_key(&id) {
            self.link(id, self.clock.now());
        }
    }

    pub fn clear_timer(&mut self, id: u32) {
        if let Some(t) = self.timers.remove(&id) {
            self.unlink(&t);
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

    /// The first timer list in `(expiry, id)` order, dropping stale queue entries.
    fn first_list(&mut self) -> Option<u32> {
        while let Some(&Reverse((_, list_id, delay))) = self.queue.peek() {
            if self.lists.get(&delay).is_some_and(|l| l.id == list_id) {
                return Some(delay);
            }
            self.queue.pop();
        }
        None
    }

    /// When the loop next has to look at its timers, if any timer keeps it alive.
    fn next_expiry(&mut self) -> Option<f64> {
        if self.refed_timers == 0 {
            return None;
        }
        let delay = self.first_list()?;
        Some(self.lists[&delay].expiry)
    }

    /// Takes the next timer due at `now` off its list (Node's `processTimers` and
    /// `listOnTimeout`, one timer at a time): lists in `(expiry, id)` order, each run
    /// to its first timer not yet due, which re-queues the list at that timer's time.
    fn take_due(&mut self, now: f64) -> Option<u32> {
        loop {
            let delay = self.first_list()?;
            let list = self.lists.get_mut(&delay)?;
            if list.expiry > now {
                return None;
            }
            while let Some(&(id, seq)) = list.entries.front() {
                if self.timers.get(&id).is_some_and(|t| t.seq == seq) {
                    break;
                }
                list.entries.pop_front();
            }
            let Some(&(id, _)) = list.entries.front() else {
                self.lists.remove(&delay);
                self.queue.pop();
                continue;
            };
            let timer = self.timers.get_mut(&id)?;
            let due = timer.due();
            if now < due {
                list.expiry = due;
                list.id = self.next_list_id;
                self.next_list_id += 1;
                self.queue.pop();
                self.queue.push(Reverse((due.to_bits(), list.id, delay)));
                continue;
            }
            list.entries.pop_front();
            list.live -= 1;
            timer.linked = false;
            return Some(id);
        }
    }
}

/// Why the loop stopped early: the text to print as `Uncaught ...`.
pub type LoopError = String;

/// The most timer callbacks a run under virtual time makes. Timers that never stop
/// (an interval nobody clears) would otherwise spin at full speed until killed; this
/// many takes a second or two.
pub const MAX_VIRTUAL_TURNS: usize = 1_000_000;

/// Runs all queued jobs, then the timers, until nothing is left.
pub fn run(vm: &mut Vm) -> Result<(), LoopError> {
    let mut turns = 0;
    loop {
        drain_microtasks(vm)?;
        let Some(expiry) = vm.event_loop.next_expiry() else {
            return Ok(());
        };
        if vm.event_loop.clock.virtual_time && turns >= MAX_VIRTUAL_TURNS {
            return Err(format!(
                "jsloop: timers still pending after {MAX_VIRTUAL_TURNS} timer callbacks \
                 under virtual time (an interval that is never cleared?)"
            ));
        }
        let now = vm.event_loop.clock.wait_until(expiry);
        turns += run_timers(vm, now)?;
    }
}

/// Milliseconds until the next timer that keeps the process alive is due, if any.
pub fn ms_until_next_timer(vm: &mut Vm) -> Option<f64> {
    let expiry = vm.event_loop.next_expiry()?;
    Some((expiry - vm.event_loop.clock.now()).max(0.0))
}

/// Runs the queued jobs and every timer already due, without waiting for later ones:
/// between REPL entries the loop goes on only as far as the present.
pub fn run_due(vm: &mut Vm) -> Result<(), LoopError> {
    drain_microtasks(vm)?;
    let now = vm.event_loop.clock.now();
    run_timers(vm, now).map(drop)
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
        if !pending {
            return Ok(());
        }
        if crate::vm::INTERRUPT.load(Ordering::Relaxed) {
            return Err(format!("Uncaught Error: {}", crate::vm::INTERRUPTED));
        }
        let Some(expiry) = vm.event_loop.next_expiry() else {
            return Ok(());
        };
        let now = vm.event_loop.clock.wait_until(expiry);
        run_timers(vm, now)?;
    }
}

/// One timers phase: every timer due at `now` (fixed for the whole pass, so a timer
/// armed by a callback waits for a later pass), with the microtasks drained after each.
/// Returns how many ran.
fn run_timers(vm: &mut Vm, now: f64) -> Result<usize, LoopError> {
    let mut ran = 0;
    while let Some(id) = vm.event_loop.take_due(now) {
        // Everything live is in the queues or the realm here: a safe point to collect.
        vm.maybe_collect();
        run_timer(vm, id)?;
        ran += 1;
        drain_microtasks(vm)?;
    }
    Ok(ran)
}

/// Runs one timer's callback. An interval is armed again afterwards, from the time
/// its callback started, unless it was cleared.
fn run_timer(vm: &mut Vm, id: u32) -> Result<(), LoopError> {
    let Some(t) = vm.event_loop.timers.get(&id) else {
        return Ok(());
    };
    let (callback, args, this, repeat) = (t.callback, t.args.clone(), t.object, t.repeat);
    super::trace::timer_task_start(vm, id);
    if !repeat {
        vm.event_loop.clear_timer(id);
    }
    let start = vm.event_loop.clock.now();
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
    super::trace::timer_task_end(vm);
    if repeat && vm.event_loop.timers.contains_key(&id) {
        vm.event_loop.link(id, start);
        super::trace::timer_rearmed(vm, id);
    }
    Ok(())
}

/// Runs jobs until the queue is empty, then reports the first rejection still
/// unhandled.
pub fn drain_microtasks(vm: &mut Vm) -> Result<(), LoopError> {
    super::trace::checkpoint_start(vm);
    while let Some(job) = vm.event_loop.jobs.pop_front() {
        vm.maybe_collect_between_jobs(&job);
        if let Err(e) = crate::builtins::promise::run_job(vm, job) {
            // Like a rejection, an error object from a microtask is reported where
            // it was made (Node knows no throw site for it).
            let value = vm.error_value(e);
            super::trace::uncaught(vm, value);
            let made = matches!(value, Value::Object(o)
                if matches!(vm.heap.obj(o).kind, ObjectKind::Error { .. }));
            return Err(if vm.fatal_source.is_some() {
                vm.fatal_report(value, made)
            } else {
                vm.describe_uncaught(value)
            });
        }
    }
    super::trace::checkpoint_end(vm);
    let pending = std::mem::take(&mut vm.event_loop.pending_rejections);
    if let Some(script) = vm.event_loop.script_promise
        && pending.contains(&script)
        && let Some(reason) = crate::builtins::promise::unhandled_reason(vm, script)
    {
        super::trace::uncaught(vm, reason);
        return Err(vm.describe_rejection(reason));
    }
    let mode = vm.event_loop.rejection_mode;
    if mode == RejectionMode::None {
        return Ok(());
    }
    for p in pending {
        if let Some(reason) = crate::builtins::promise::unhandled_reason(vm, p) {
            super::trace::unhandled(vm, p, reason);
            if mode == RejectionMode::Throw {
                return Err(vm.describe_rejection(reason));
            }
            let shown = super::inspect::inspect(vm, reason, &Default::default());
            eprintln!("Uncaught (in promise) {shown}");
        }
    }
    Ok(())
}

fn uncaught(vm: &mut Vm, e: JsError) -> LoopError {
    let value = vm.error_value(e);
    super::trace::uncaught(vm, value);
    vm.describe_uncaught(value)
}

impl Vm {
    /// Collects between jobs, with the job about to run (already off the queue) kept
    /// alive.
    fn maybe_collect_between_jobs(&mut self, job: &Job) {
        if !self.collection_due() && !self.stress_collection_due() {
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
