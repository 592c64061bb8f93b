//! The event loop: the microtask (job) queue, the nextTick queue, the timer lists, the
//! immediate queue, the host I/O queues, the clocks, and the loop that runs them after
//! the script as Node 24 does. Promise records live here too, because the queues hold
//! them and the collector must see everything queued.
//!
//! Order: the script runs first, then its ticks and microtasks. Each loop turn then
//! runs libuv's phases in order: pending callbacks, poll (I/O completions; it waits
//! for the next timer when nothing else is ready), check (immediates), close
//! callbacks, timers. After every callback the loop runs (each timer, each immediate,
//! each I/O callback), the nextTick queue and then the microtask queue drain until
//! both are empty, and unhandled rejections are processed (Node's
//! `processTicksAndRejections`). When nothing keeps the loop alive, `process` emits
//! `'beforeExit'` (which may schedule more work), then `'exit'`.

use super::heap::{ObjRef, Trace, Tracer};
use super::object::{ObjectKind, PropertyKey};
use super::value::Value;
use crate::builtins::promise::Internal;
use crate::vm::{JsError, Vm};
use rustc_hash::FxHashMap;
use std::cmp::Reverse;
use std::collections::{BinaryHeap, VecDeque};
use std::hash::{BuildHasherDefault, Hasher};
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
    /// Run this element function of `Promise.all`, `allSettled` or `any` on its
    /// record, for an element function nobody can see: no function object is made.
    Element(Internal, ObjRef),
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
    #[inline]
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
            | Handler::CloseIterator(f)
            | Handler::Element(_, f) => Some(*f),
        }
    }

    #[inline]
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
    /// Its async-hooks id (the execution id while its callback runs).
    pub async_id: f64,
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
            async_id: 0.0,
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
            .map_or(0.0, |d| d.as_secs_f64() * 1000.0);
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

    /// `performance.timeOrigin`: the wall-clock time in ms when the runtime started.
    pub fn time_origin(&self) -> f64 {
        self.wall_start
    }

    /// `Date.now()`. Under virtual time it counts from the whole millisecond the run
    /// started in, so the instants where `Date.now()` ticks over depend on the program
    /// only, not on where in a real millisecond the run happened to start.
    pub fn wall(&self) -> f64 {
        let origin = if self.virtual_time {
            self.wall_start.floor()
        } else {
            self.wall_start
        };
        (origin + self.now()).floor()
    }

    /// Lets time pass until `due` (sleeping, or jumping under virtual time) and
    /// returns the time to fire timers by, never before `due`.
    pub(crate) fn wait_until(&mut self, due: f64) -> f64 {
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

/// What happens to a rejection nobody handled by the end of a tick and microtask
/// drain (Node's `--unhandled-rejections`); in every mode `'unhandledRejection'` is
/// emitted.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum RejectionMode {
    /// Without a listener, an uncaught exception (fatal unless `'uncaughtException'`
    /// handles it).
    #[default]
    Throw,
    /// An uncaught exception first, whatever the listeners; then the event, and
    /// without a listener a warning.
    Strict,
    /// Always a warning, and the process goes on.
    Warn,
    /// Without a listener a warning, and exit code 1.
    WarnWithErrorCode,
    /// Only the event.
    None,
}

/// A `process.nextTick` callback and its arguments.
pub struct Tick {
    pub callback: Value,
    pub args: Box<[Value]>,
    pub async_id: f64,
}

/// A callback a host operation (file I/O, a closed handle) leaves for one of the
/// loop's phases to run.
pub struct HostCallback {
    pub callback: Value,
    pub args: Box<[Value]>,
}

/// The live timers by id. Ids are handed out in sequence and timers mostly run in the
/// order they were set, so the table hashes an id to itself: neighbouring ids sit in
/// neighbouring buckets and a run of due timers reads the table in order (with a
/// scattering hash, each lookup in a table of 200K timers was a cache miss).
pub type TimerTable = std::collections::HashMap<u32, Timer, BuildHasherDefault<SequentialIdHasher>>;

/// The hasher of `TimerTable`: the id in the low bits (the bucket) and its low seven
/// bits again in the top ones (the tag the table compares first), so neighbours differ.
#[derive(Default)]
pub struct SequentialIdHasher(u64);

impl Hasher for SequentialIdHasher {
    fn finish(&self) -> u64 {
        self.0 | (self.0 << 57)
    }

    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 << 8) | u64::from(b);
        }
    }

    fn write_u32(&mut self, id: u32) {
        self.0 = u64::from(id);
    }
}

/// The queues and clocks of one runtime.
pub struct EventLoop {
    pub jobs: VecDeque<Job>,
    pub timers: TimerTable,
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
    /// Rejections reported as unhandled, with their ids: a handler added later makes
    /// a `'rejectionHandled'` event.
    reported_rejections: Vec<(ObjRef, u64)>,
    next_rejection_id: u64,
    /// Reported rejections that got a handler since the last drain.
    pub handled_late: Vec<ObjRef>,
    /// `process.nextTick` callbacks, run before the microtasks at every drain.
    pub ticks: VecDeque<Tick>,
    /// The `Immediate` objects queued for the next check phase, in order.
    pub immediates: VecDeque<ObjRef>,
    /// How many of them keep the loop alive (Node's idle handle).
    pub refed_immediates: usize,
    /// Host I/O callbacks deferred to the next turn's pending phase.
    pub pending: VecDeque<HostCallback>,
    /// Completed host requests, whose callbacks the poll phase runs (see
    /// `EventLoop::complete_request`).
    pub completions: VecDeque<HostCallback>,
    /// Callbacks of closed handles, for the close phase.
    pub closing: VecDeque<HostCallback>,
    /// FinalizationRegistries with cleared cells, waiting for their cleanup task (V8
    /// posts one to Node's platform, whose tasks run in the poll phase).
    pub finalization: VecDeque<ObjRef>,
    /// Host requests in flight (`EventLoop::start_request`): each keeps the loop alive
    /// until it completes.
    active_requests: usize,
    /// The I/O worker pool and the requests it runs (they keep the loop alive too).
    pub io: super::io::Pool,
    /// The next async-hooks id (1 is the main script's).
    next_async_id: f64,
    /// The async id of the callback running now (0 in microtasks), the trigger id of
    /// what it creates.
    pub execution_async_id: f64,
    /// Whether the once-per-process warnings for a negative or NaN timer delay were
    /// given.
    pub timeout_negative_warned: bool,
    pub timeout_nan_warned: bool,
    /// `process.exitCode`.
    pub exit_code: Option<i32>,
    /// `process._exiting`: set when `'exit'` is emitted; ticks are dropped from then.
    pub exiting: bool,
    /// `process.exit()` was called: nothing more runs.
    pub exit_requested: bool,
    pub clock: Clock,
    /// When the runtime was ready and the main file began to run
    /// (`performance.nodeTiming.bootstrapComplete`).
    pub bootstrap_complete: f64,
    /// When the loop started and ended (`performance.nodeTiming.loopStart` and
    /// `loopExit`), once it has.
    pub loop_start: Option<f64>,
    pub loop_exit: Option<f64>,
    /// The time the poll phase spent waiting for I/O or the next timer (libuv's idle
    /// time, `performance.eventLoopUtilization()`).
    pub idle_time: f64,
    /// Loop turns run so far (libuv's `loop_count`).
    pub turns: u64,
    /// Built-in functions the promise machinery binds to internal records.
    pub internals: Vec<ObjRef>,
    /// Where `Promise.prototype.constructor`, `Promise.prototype.then` and
    /// `Promise[@@species]` sit in their objects' property maps, as installed.
    pub promise_positions: [usize; 3],
    /// How `Promise.allSettled` lays out its result objects, made on first use.
    pub settled_layout: Option<crate::builtins::promise::SettledLayout>,
    /// The promise of a script that uses top-level `await`: its rejection is the
    /// script's uncaught exception, not an unhandled rejection.
    pub script_promise: Option<ObjRef>,
}

impl Default for EventLoop {
    fn default() -> Self {
        EventLoop {
            jobs: VecDeque::new(),
            timers: TimerTable::default(),
            lists: FxHashMap::default(),
            queue: BinaryHeap::new(),
            next_timer_id: 1,
            next_seq: 0,
            next_list_id: 0,
            refed_timers: 0,
            pending_rejections: Vec::new(),
            rejection_mode: RejectionMode::Throw,
            reported_rejections: Vec::new(),
            next_rejection_id: 1,
            handled_late: Vec::new(),
            ticks: VecDeque::new(),
            immediates: VecDeque::new(),
            refed_immediates: 0,
            pending: VecDeque::new(),
            completions: VecDeque::new(),
            closing: VecDeque::new(),
            finalization: VecDeque::new(),
            active_requests: 0,
            io: super::io::Pool::default(),
            next_async_id: 2.0,
            execution_async_id: 1.0,
            timeout_negative_warned: false,
            timeout_nan_warned: false,
            exit_code: None,
            exiting: false,
            exit_requested: false,
            clock: Clock::new(),
            bootstrap_complete: 0.0,
            loop_start: None,
            loop_exit: None,
            idle_time: 0.0,
            turns: 0,
            internals: Vec::new(),
            promise_positions: [0; 3],
            settled_layout: None,
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
        for &(p, _) in &self.reported_rejections {
            tracer.obj(p);
        }
        for &p in &self.handled_late {
            tracer.obj(p);
        }
        for tick in &self.ticks {
            tracer.value(tick.callback);
            tracer.values(&tick.args);
        }
        for &i in &self.immediates {
            tracer.obj(i);
        }
        for &r in &self.finalization {
            tracer.obj(r);
        }
        for cb in self
            .pending
            .iter()
            .chain(&self.completions)
            .chain(&self.closing)
        {
            tracer.value(cb.callback);
            tracer.values(&cb.args);
        }
        for &f in &self.internals {
            tracer.obj(f);
        }
        self.io.trace(tracer);
        if let Some(p) = self.script_promise {
            tracer.obj(p);
        }
    }
}

impl EventLoop {
    pub fn enqueue(&mut self, job: Job) {
        self.jobs.push_back(job);
    }

    /// Whether anything keeps the loop running (libuv's `uv__loop_alive`): a ref'd
    /// timer or immediate, a request in flight, or callbacks waiting for a phase.
    pub fn alive(&self) -> bool {
        !self.exit_requested
            && (self.refed_timers > 0
                || self.refed_immediates > 0
                || self.active_requests > 0
                || self.io.in_flight() > 0
                || !self.pending.is_empty()
                || !self.completions.is_empty()
                || !self.closing.is_empty()
                || !self.finalization.is_empty())
    }

    /// A host request (a file read, say) starts: the loop stays alive until
    /// `complete_request` hands over its callback.
    pub fn start_request(&mut self) {
        self.active_requests += 1;
    }

    /// A host request finished: its callback runs in the next poll phase, followed by
    /// a tick and microtask drain (Node's `MakeCallback`).
    pub fn complete_request(&mut self, done: HostCallback) {
        self.active_requests = self.active_requests.saturating_sub(1);
        self.completions.push_back(done);
    }

    /// A new async-hooks id (Node gives one to every timer, immediate and tick).
    pub fn new_async_id(&mut self) -> f64 {
        let id = self.next_async_id;
        self.next_async_id += 1.0;
        id
    }

    /// HostPromiseRejectionTracker(promise, "handle"): a handler was added to rejected
    /// `promise`; if it was already reported, the next drain emits
    /// `'rejectionHandled'`.
    pub fn rejection_handled(&mut self, promise: ObjRef) {
        if self.reported_rejections.iter().any(|&(p, _)| p == promise) {
            self.handled_late.push(promise);
        }
    }

    /// The id a reported rejection was given (Node numbers them from 1), dropping it
    /// from the reported ones.
    fn rejection_id(&mut self, promise: ObjRef) -> u64 {
        let at = self
            .reported_rejections
            .iter()
            .position(|&(p, _)| p == promise);
        at.map_or(0, |i| self.reported_rejections.remove(i).1)
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
        self.next_timer_due()
    }

    /// When the first timer list is next looked at, ref'd or not.
    fn next_timer_due(&mut self) -> Option<f64> {
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

/// Why the loop stopped early.
#[derive(Debug)]
pub enum LoopError {
    /// `process.exit()` ended the run, with the code in `EventLoop::exit_code`.
    Exit,
    /// An exception nobody handled: the report to print on stderr.
    Uncaught(String),
}

/// The most timer callbacks a run under virtual time makes. Timers that never stop
/// (an interval nobody clears) would otherwise spin at full speed until killed; this
/// many takes a second or two.
pub const MAX_VIRTUAL_TURNS: usize = 1_000_000;

/// Runs the event loop after the main script, as Node's `SpinEventLoop` does: the
/// ticks and microtasks the script queued, then loop runs until nothing keeps the loop
/// alive; then `'beforeExit'`, which may queue more work (the loop runs again and
/// `'beforeExit'` fires again), and finally `'exit'`.
pub fn run(vm: &mut Vm) -> Result<(), LoopError> {
    // The main script's callback scope closes: its ticks and microtasks drain before
    // the loop starts.
    process_ticks_and_rejections(vm)?;
    let now = vm.event_loop.clock.now();
    vm.event_loop.loop_start.get_or_insert(now);
    loop {
        run_loop(vm)?;
        let code = Value::Number(f64::from(vm.event_loop.exit_code.unwrap_or(0)));
        emit_process_event(vm, "beforeExit", &[code])?;
        if !vm.event_loop.alive() {
            break;
        }
    }
    exit(vm, true)
}

/// Emits `'exit'` once, with `process.exitCode` (or 0), `process._exiting` set; with
/// `drain`, the microtasks its listeners queued run after it (ticks are dropped while
/// exiting), as after Node's natural exit.
pub fn exit(vm: &mut Vm, drain: bool) -> Result<(), LoopError> {
    if std::mem::replace(&mut vm.event_loop.exiting, true) {
        return Ok(());
    }
    let now = vm.event_loop.clock.now();
    vm.event_loop.loop_exit.get_or_insert(now);
    super::trace::loop_end(vm);
    let process = vm.realm.process;
    vm.define_named(
        process,
        "_exiting",
        Value::Bool(true),
        super::object::DEFAULT_ATTRS,
    );
    let code = Value::Number(f64::from(vm.event_loop.exit_code.unwrap_or(0)));
    if drain {
        emit_process_event(vm, "exit", &[code])
    } else {
        let result = crate::builtins::events::emit(vm, process, "exit", &[code]);
        result
            .map(drop)
            .or_else(|e| uncaught_exception(vm, e, Origin::Callback))
    }
}

/// `process.emit(event, ...args)` from the loop (Node's `ProcessEmit` from C++): a
/// callback of its own, followed by a tick and microtask drain.
fn emit_process_event(vm: &mut Vm, event: &str, args: &[Value]) -> Result<(), LoopError> {
    let process = vm.realm.process;
    if let Err(e) = crate::builtins::events::emit(vm, process, event, args) {
        uncaught_exception(vm, e, Origin::Callback)?;
    }
    process_ticks_and_rejections(vm)
}

/// One `uv_run(UV_RUN_DEFAULT)`: loop turns while something keeps the loop alive.
fn run_loop(vm: &mut Vm) -> Result<(), LoopError> {
    if !vm.event_loop.alive() {
        return Ok(());
    }
    // libuv (since 1.45) runs the timers already due once before the first turn.
    let now = vm.event_loop.clock.now();
    let mut turns = run_timers(vm, now)?;
    while vm.event_loop.alive() {
        if vm.event_loop.clock.virtual_time && turns >= MAX_VIRTUAL_TURNS {
            return Err(LoopError::Uncaught(format!(
                "jsloop: timers still pending after {MAX_VIRTUAL_TURNS} timer callbacks \
                 under virtual time (an interval that is never cleared?)"
            )));
        }
        turns += turn(vm, true)?;
    }
    Ok(())
}

/// One loop turn, phase by phase as libuv runs them; `wait` lets the poll phase wait
/// for the next timer. Returns how many timers ran.
fn turn(vm: &mut Vm, wait: bool) -> Result<usize, LoopError> {
    vm.event_loop.turns += 1;
    run_pending(vm)?;
    poll(vm, wait)?;
    run_check(vm)?;
    run_closing(vm)?;
    let now = vm.event_loop.clock.now();
    run_timers(vm, now)
}

/// Milliseconds until the loop has something to run: 0 with ticks or immediates
/// queued, else until the next timer that keeps the process alive (none: nothing).
pub fn ms_until_next_timer(vm: &mut Vm) -> Option<f64> {
    if !vm.event_loop.ticks.is_empty() || vm.event_loop.refed_immediates > 0 {
        return Some(0.0);
    }
    let expiry = vm.event_loop.next_expiry()?;
    Some((expiry - vm.event_loop.clock.now()).max(0.0))
}

/// Runs the queued ticks and jobs and one turn that does not wait: between REPL
/// entries the loop goes on only as far as the present.
pub fn run_due(vm: &mut Vm) -> Result<(), LoopError> {
    process_ticks_and_rejections(vm)?;
    turn(vm, false).map(drop)
}

/// Runs the loop until `promise` settles, or until nothing is left that could settle
/// it (a REPL entry's top-level `await`).
pub fn run_until_settled(vm: &mut Vm, promise: ObjRef) -> Result<(), LoopError> {
    // The loop collects garbage, and the caller may hold the promise nowhere else.
    let depth = vm.roots.len();
    vm.roots.push(Value::Object(promise));
    let result = turn_until_settled(vm, promise);
    vm.roots.truncate(depth);
    result
}

fn turn_until_settled(vm: &mut Vm, promise: ObjRef) -> Result<(), LoopError> {
    loop {
        process_ticks_and_rejections(vm)?;
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
            return Err(LoopError::Uncaught(format!(
                "Uncaught Error: {}",
                crate::vm::INTERRUPTED
            )));
        }
        if !vm.event_loop.alive() {
            return Ok(());
        }
        turn(vm, true)?;
    }
}

/// The pending phase: I/O callbacks deferred from the previous turn.
fn run_pending(vm: &mut Vm) -> Result<(), LoopError> {
    let batch = std::mem::take(&mut vm.event_loop.pending);
    run_host_callbacks(vm, batch)
}

/// The poll phase: waits for the I/O pool's results until the next timer is due
/// (without blocking when something is ready to run elsewhere), turns each finished
/// request into its callback, and runs the completed requests' callbacks, each
/// followed by a tick and microtask drain. Under virtual time the requests in flight
/// all complete here, in request order, and the clock does not move while they run.
fn poll(vm: &mut Vm, wait: bool) -> Result<(), LoopError> {
    let l = &mut vm.event_loop;
    let must_not_block = !wait
        || l.refed_immediates > 0
        || !l.pending.is_empty()
        || !l.closing.is_empty()
        || !l.completions.is_empty()
        || !l.finalization.is_empty()
        || !l.alive();
    // Unref'd timers count here, as in libuv: they fire if the loop is alive anyway.
    let due = l.next_timer_due();
    let idle_from = l.clock.now();
    let finished = if l.io.in_flight() == 0 {
        if !must_not_block && let Some(due) = due {
            l.clock.wait_until(due);
        }
        Vec::new()
    } else if l.clock.virtual_time {
        l.io.wait_all()
    } else if must_not_block {
        l.io.wait(Some(0.0))
    } else {
        wait_for_io(l, due)
    };
    // Under virtual time waiting jumps the clock: the jump counts as idle as well.
    l.idle_time += l.clock.now() - idle_from;
    for (callback, finish, result) in finished {
        // The callback is out of the pool's table: the roots keep it while its
        // arguments are made.
        vm.roots.push(callback);
        let args = finish(vm, result);
        vm.roots.pop();
        vm.event_loop
            .completions
            .push_back(HostCallback { callback, args });
    }
    let batch = std::mem::take(&mut vm.event_loop.completions);
    run_host_callbacks(vm, batch)?;
    run_finalization(vm)
}

/// Takes the registries the last collection found cleared cells in: each gets a
/// cleanup task (HostEnqueueFinalizationRegistryCleanupJob).
pub fn after_collection(vm: &mut Vm) {
    for r in std::mem::take(&mut vm.heap.finalization_due) {
        if !vm.event_loop.finalization.contains(&r) {
            vm.event_loop.finalization.push_back(r);
        }
    }
}

/// One registry's cleanup task, in the poll phase as Node runs V8's platform tasks: its
/// callbacks run, then ticks and microtasks drain. Node runs the tasks posted before
/// the phase began, and V8 posts the next registry's task only when one ends, so one
/// registry is cleaned up per turn.
fn run_finalization(vm: &mut Vm) -> Result<(), LoopError> {
    let Some(registry) = vm.event_loop.finalization.pop_front() else {
        return Ok(());
    };
    let mark = vm.roots.len();
    vm.roots.push(Value::Object(registry));
    let result = crate::builtins::weak_ref::cleanup(vm, registry);
    vm.roots.truncate(mark);
    if let Err(e) = result {
        uncaught_exception(vm, e, Origin::Callback)?;
    }
    if crate::builtins::weak_ref::has_cleared_cells(vm, registry)
        && !vm.event_loop.finalization.contains(&registry)
    {
        vm.event_loop.finalization.push_back(registry);
    }
    process_ticks_and_rejections(vm)
}

/// Blocks until the pool has a result or timer `due` comes (never, without one), in
/// slices so that an interrupt (Ctrl-C in the REPL) is seen soon.
fn wait_for_io(l: &mut EventLoop, due: Option<f64>) -> Vec<super::io::Finished> {
    const SLICE_MS: f64 = 50.0;
    loop {
        let left = due.map_or(SLICE_MS, |d| (d - l.clock.now()).min(SLICE_MS));
        let finished = l.io.wait(Some(left.max(0.0)));
        let timer_due = due.is_some_and(|d| l.clock.now() >= d);
        if !finished.is_empty()
            || left <= 0.0
            || timer_due
            || crate::vm::INTERRUPT.load(Ordering::Relaxed)
        {
            return finished;
        }
    }
}

/// The close phase: callbacks of handles closed during the turn.
fn run_closing(vm: &mut Vm) -> Result<(), LoopError> {
    let batch = std::mem::take(&mut vm.event_loop.closing);
    run_host_callbacks(vm, batch)
}

/// Runs host callbacks one by one, each a callback of its own (Node's `MakeCallback`):
/// ticks and microtasks drain after each.
fn run_host_callbacks(vm: &mut Vm, batch: VecDeque<HostCallback>) -> Result<(), LoopError> {
    // The whole batch is out of the loop's queues now, so it stays rooted until the
    // last callback has run: a collection during one callback must not free the next.
    let mark = vm.roots.len();
    for cb in &batch {
        vm.roots.push(cb.callback);
        vm.roots.extend_from_slice(&cb.args);
    }
    let result = batch.iter().try_for_each(|cb| {
        call_back(vm, cb.callback, Value::Undefined, &cb.args)?;
        process_ticks_and_rejections(vm)
    });
    vm.roots.truncate(mark);
    result
}

/// The timers phase: every timer due at `now` (fixed for the whole pass, so a timer
/// armed by a callback waits for a later pass). Ticks and microtasks drain between
/// timers (Node's `runNextTicks`) and after the last; after a timer threw and an
/// `'uncaughtException'` listener handled it, Node's `processTimers` starts over, so
/// the next timer runs before the drain. Returns how many ran.
fn run_timers(vm: &mut Vm, now: f64) -> Result<usize, LoopError> {
    let mut ran = 0;
    let mut drain_first = false;
    loop {
        if drain_first {
            process_ticks_and_rejections(vm)?;
        }
        let Some(id) = vm.event_loop.take_due(now) else {
            break;
        };
        // Everything live is in the queues or the realm here: a safe point to collect.
        vm.collect_if_due();
        drain_first = run_timer(vm, id)? == Ran::Returned;
        ran += 1;
    }
    if ran > 0 {
        process_ticks_and_rejections(vm)?;
    }
    Ok(ran)
}

/// Runs one timer's callback. An interval is armed again afterwards, from the time
/// its callback started, unless it was cleared.
fn run_timer(vm: &mut Vm, id: u32) -> Result<Ran, LoopError> {
    let Some(t) = vm.event_loop.timers.get(&id) else {
        return Ok(Ran::Returned);
    };
    let (callback, args, this, repeat) = (t.callback, t.args.clone(), t.object, t.repeat);
    vm.event_loop.execution_async_id = t.async_id;
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
    let result = call_back(vm, callback, Value::Object(this), &args);
    vm.roots.truncate(mark);
    if result.is_ok() {
        super::trace::timer_task_end(vm);
    }
    if repeat && vm.event_loop.timers.contains_key(&id) {
        vm.event_loop.link(id, start);
        super::trace::timer_rearmed(vm, id);
    } else if !vm.event_loop.timers.contains_key(&id) {
        crate::builtins::timers::timer_fired(vm, this);
    }
    result
}

/// The check phase: the immediates queued before it started (Node's `processImmediate`
/// detaches the whole queue, so one queued meanwhile waits for the next turn), with
/// the drains placed as between timers.
fn run_check(vm: &mut Vm) -> Result<(), LoopError> {
    let batch: Vec<ObjRef> = std::mem::take(&mut vm.event_loop.immediates).into();
    if batch.is_empty() {
        return Ok(());
    }
    super::trace::check_start(vm, &batch);
    // Out of the queue, the batch stays reachable through the roots.
    let mark = vm.roots.len();
    vm.roots.extend(batch.iter().map(|&o| Value::Object(o)));
    let result = run_immediates(vm, &batch);
    vm.roots.truncate(mark);
    result?;
    process_ticks_and_rejections(vm)
}

fn run_immediates(vm: &mut Vm, batch: &[ObjRef]) -> Result<(), LoopError> {
    use crate::builtins::timers::{Slot, destroy_immediate, immediate_slot, set_immediate_slot};
    let mut drain_first = false;
    for &o in batch {
        if drain_first {
            process_ticks_and_rejections(vm)?;
        }
        // A cleared immediate (perhaps by the drain just now) is skipped.
        if !destroy_immediate(vm, o) {
            drain_first = false;
            continue;
        }
        vm.collect_if_due();
        let callback = immediate_slot(vm, o, Slot::Callback);
        let args = match immediate_slot(vm, o, Slot::Args) {
            Value::Undefined | Value::Null => Vec::new(),
            argv => match vm.array_like_to_vec(argv) {
                Ok(args) => args,
                Err(e) => {
                    uncaught_exception(vm, e, Origin::Callback)?;
                    continue;
                }
            },
        };
        let async_id = PropertyKey::Symbol(vm.realm.symbol_async_id);
        if let Some(super::object::Slot::Data(Value::Number(id))) =
            vm.peek_own_property(o, async_id).map(|p| p.slot)
        {
            vm.event_loop.execution_async_id = id;
        }
        let mark = vm.roots.len();
        vm.roots.extend_from_slice(&args);
        super::trace::immediate_task_start(vm, o);
        let result = call_back(vm, callback, Value::Object(o), &args);
        vm.roots.truncate(mark);
        if result.is_ok() {
            super::trace::immediate_task_end(vm);
        }
        set_immediate_slot(vm, o, Slot::Callback, Value::Undefined);
        drain_first = result? == Ran::Returned;
    }
    Ok(())
}

/// How a callback the loop ran ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Ran {
    Returned,
    /// It threw, and an `'uncaughtException'` listener handled the error.
    Threw,
}

/// Calls a callback of the loop's own; an exception goes to `uncaught_exception`.
fn call_back(vm: &mut Vm, f: Value, this: Value, args: &[Value]) -> Result<Ran, LoopError> {
    match vm.call(f, this, args) {
        Ok(_) => Ok(Ran::Returned),
        Err(e) => {
            uncaught_exception(vm, e, Origin::Callback)?;
            Ok(Ran::Threw)
        }
    }
}

/// Where an uncaught exception came from, which decides where its report points.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Origin {
    /// Thrown by a callback (or the main script): the report points at the `throw`.
    Callback,
    /// Thrown by a microtask: Node knows no throw site, the report points where an
    /// error object was made.
    Job,
    /// A promise rejected with no handler.
    Rejection,
}

/// Node's `process._fatalException`: `'uncaughtExceptionMonitor'` listeners hear of
/// the error first; an `'uncaughtException'` listener makes it non-fatal (and a no-op
/// immediate gets the loop to another callback, after which the ticks left behind
/// drain); otherwise the run ends with exit code 1 and the error's report. A listener
/// that throws ends the run with code 7.
pub fn uncaught_exception(vm: &mut Vm, e: JsError, origin: Origin) -> Result<(), LoopError> {
    if vm.event_loop.exit_requested {
        return Err(LoopError::Exit);
    }
    let value = vm.error_value(e);
    let process = vm.realm.process;
    // An interrupt (or the step limit) stops the run: no listener can run.
    if !vm.interrupted() {
        let (error, origin_text) = if origin == Origin::Rejection {
            let error = match value {
                Value::Object(o) if matches!(vm.heap.obj(o).kind, ObjectKind::Error { .. }) => {
                    value
                }
                _ => unhandled_rejection_error(vm, value),
            };
            (error, "unhandledRejection")
        } else {
            (value, "uncaughtException")
        };
        let args = [error, Value::String(vm.heap.alloc_str(origin_text))];
        let mark = vm.roots.len();
        vm.roots.extend_from_slice(&[value, error]);
        let monitored =
            crate::builtins::events::emit(vm, process, "uncaughtExceptionMonitor", &args);
        let result = monitored
            .and_then(|_| crate::builtins::events::emit(vm, process, "uncaughtException", &args));
        vm.roots.truncate(mark);
        match result {
            Ok(true) => {
                super::trace::uncaught_handled(vm, value);
                let noop = vm.native_function("", 0, |_, _, _| Ok(Value::Undefined));
                crate::builtins::timers::queue_immediate(vm, Value::Object(noop), &[]);
                return Ok(());
            }
            Ok(false) => {}
            Err(_) if vm.event_loop.exit_requested => return Err(LoopError::Exit),
            Err(e) => {
                let thrown = vm.error_value(e);
                vm.event_loop.exit_code = Some(EXIT_FATAL_HANDLER_THREW);
                vm.event_loop.exiting = true;
                return Err(LoopError::Uncaught(vm.describe_uncaught(thrown)));
            }
        }
    }
    if origin != Origin::Rejection {
        super::trace::uncaught(vm, value);
    }
    let report = match origin {
        Origin::Callback => vm.describe_uncaught(value),
        Origin::Job if vm.fatal_source.is_some() => {
            let made = matches!(value, Value::Object(o)
                if matches!(vm.heap.obj(o).kind, ObjectKind::Error { .. }));
            vm.fatal_report(value, made)
        }
        Origin::Job => vm.describe_uncaught(value),
        Origin::Rejection => vm.describe_rejection(value),
    };
    Err(LoopError::Uncaught(report))
}

/// Node's exit code when an `'uncaughtException'` listener itself throws
/// (`kExceptionInFatalExceptionHandler`).
const EXIT_FATAL_HANDLER_THREW: i32 = 7;

/// Node's `UnhandledPromiseRejection` error, which stands for a rejection reason that
/// is not an error when it is raised as an uncaught exception.
fn unhandled_rejection_error(vm: &mut Vm, reason: Value) -> Value {
    let shown = match reason {
        Value::Object(_) | Value::Symbol(_) => {
            super::inspect::inspect(vm, reason, &Default::default())
        }
        _ => vm.to_rust_string(reason).unwrap_or_default(),
    };
    let message = format!(
        "This error originated either by throwing inside of an async function without a \
         catch block, or by rejecting a promise which was not handled with .catch(). The \
         promise rejected with the reason \"{shown}\"."
    );
    let e = vm.new_error(crate::vm::ErrorKind::Error, &message);
    let name = Value::String(vm.heap.alloc_str("UnhandledPromiseRejection"));
    vm.define_named(e, "name", name, super::object::METHOD_ATTRS);
    let code = Value::String(vm.heap.alloc_str("ERR_UNHANDLED_REJECTION"));
    vm.define_named(e, "code", code, super::object::DEFAULT_ATTRS);
    Value::Object(e)
}

/// Node's `processTicksAndRejections`, run when a callback from the loop returns: the
/// nextTick queue (ticks queued meanwhile included), then every microtask, again until
/// both are empty; then the rejections still unhandled are processed, and if that
/// did anything, all of it again. A tick that throws leaves the rest of the queue for
/// the next drain, as the exception leaves Node's function.
pub fn process_ticks_and_rejections(vm: &mut Vm) -> Result<(), LoopError> {
    loop {
        loop {
            // The tick is still queued (so reachable) while the collector may run.
            vm.collect_if_due();
            let Some(tick) = vm.event_loop.ticks.pop_front() else {
                break;
            };
            super::trace::tick_start(vm, &tick);
            vm.event_loop.execution_async_id = tick.async_id;
            let mark = vm.roots.len();
            vm.roots.push(tick.callback);
            vm.roots.extend_from_slice(&tick.args);
            let ran = call_back(vm, tick.callback, Value::Undefined, &tick.args);
            vm.roots.truncate(mark);
            super::trace::tick_end(vm);
            if ran? == Ran::Threw {
                return Ok(());
            }
        }
        drain_microtasks(vm)?;
        if vm.event_loop.ticks.is_empty() && !process_promise_rejections(vm)? {
            return Ok(());
        }
    }
}

/// Runs jobs until the queue is empty (V8's microtask checkpoint).
pub fn drain_microtasks(vm: &mut Vm) -> Result<(), LoopError> {
    vm.event_loop.execution_async_id = 0.0;
    super::trace::checkpoint_start(vm);
    while let Some(job) = vm.event_loop.jobs.pop_front() {
        vm.maybe_collect_between_jobs(&job);
        if let Err(e) = crate::builtins::promise::run_job(vm, job) {
            uncaught_exception(vm, e, Origin::Job)?;
        }
    }
    // V8 ends each microtask checkpoint with ClearKeptObjects.
    vm.heap.clear_kept_objects();
    super::trace::checkpoint_end(vm);
    Ok(())
}

/// Node's `processPromiseRejections`: `'rejectionHandled'` for reported rejections
/// that got a handler since, then `'unhandledRejection'` for each rejection still
/// without one; with no listener, `--unhandled-rejections` decides (by default the
/// rejection is an uncaught exception). True when it ran any code.
fn process_promise_rejections(vm: &mut Vm) -> Result<bool, LoopError> {
    let process = vm.realm.process;
    let late = std::mem::take(&mut vm.event_loop.handled_late);
    let mut ran = !late.is_empty();
    for p in late {
        let id = vm.event_loop.rejection_id(p);
        match crate::builtins::events::emit(vm, process, "rejectionHandled", &[Value::Object(p)]) {
            Ok(true) => {}
            Ok(false) => {
                let message =
                    format!("Promise rejection was handled asynchronously (rejection id: {id})");
                crate::builtins::process::warn(vm, "PromiseRejectionHandledWarning", &message);
            }
            Err(e) => uncaught_exception(vm, e, Origin::Callback)?,
        }
    }
    let pending = std::mem::take(&mut vm.event_loop.pending_rejections);
    // The script's own top-level-await promise rejected: the script threw.
    if let Some(script) = vm.event_loop.script_promise
        && pending.contains(&script)
        && let Some(reason) = crate::builtins::promise::unhandled_reason(vm, script)
    {
        super::trace::uncaught(vm, reason);
        return Err(LoopError::Uncaught(vm.describe_rejection(reason)));
    }
    let mode = vm.event_loop.rejection_mode;
    for p in pending {
        let Some(reason) = crate::builtins::promise::unhandled_reason(vm, p) else {
            continue;
        };
        super::trace::unhandled(vm, p, reason);
        ran = true;
        let id = vm.event_loop.next_rejection_id;
        vm.event_loop.next_rejection_id += 1;
        vm.event_loop.reported_rejections.push((p, id));
        if mode == RejectionMode::Strict {
            uncaught_exception(vm, JsError::Thrown(reason), Origin::Rejection)?;
        }
        let args = [reason, Value::Object(p)];
        let handled = match crate::builtins::events::emit(vm, process, "unhandledRejection", &args)
        {
            Ok(handled) => handled,
            Err(e) => {
                uncaught_exception(vm, e, Origin::Callback)?;
                true
            }
        };
        match mode {
            RejectionMode::Throw if !handled => {
                uncaught_exception(vm, JsError::Thrown(reason), Origin::Rejection)?;
            }
            RejectionMode::Warn => warn_unhandled_rejection(vm, reason, id),
            RejectionMode::Strict if !handled => warn_unhandled_rejection(vm, reason, id),
            RejectionMode::WarnWithErrorCode if !handled => {
                warn_unhandled_rejection(vm, reason, id);
                vm.event_loop.exit_code = Some(1);
            }
            _ => {}
        }
    }
    Ok(ran)
}

/// Node's two `UnhandledPromiseRejectionWarning`s: the reason (an error's stack), then
/// what it means.
fn warn_unhandled_rejection(vm: &mut Vm, reason: Value, id: u64) {
    const NAME: &str = "UnhandledPromiseRejectionWarning";
    let stack = match reason {
        Value::Object(o) if matches!(vm.heap.obj(o).kind, ObjectKind::Error { .. }) => {
            vm.get_named(reason, "stack").ok()
        }
        _ => None,
    };
    let shown = match stack {
        Some(Value::String(s)) => vm.heap.to_rust_string(s),
        _ => vm.no_side_effects_text(reason),
    };
    crate::builtins::process::warn(vm, NAME, &shown);
    let message = format!(
        "Unhandled promise rejection. This error originated either by throwing inside of an \
         async function without a catch block, or by rejecting a promise which was not \
         handled with .catch(). To terminate the node process on unhandled promise \
         rejection, use the CLI flag `--unhandled-rejections=strict` (see \
         https://nodejs.org/api/cli.html#cli_unhandled_rejections_mode). (rejection id: {id})"
    );
    crate::builtins::process::warn(vm, NAME, &message);
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

#[cfg(test)]
mod tests {
    use super::HostCallback;
    use crate::runtime::Value;
    use crate::{Runtime, RuntimeOptions};

    #[test]
    fn a_completed_request_runs_in_the_poll_phase_before_the_check_phase() {
        let mut rt = Runtime::new(RuntimeOptions {
            virtual_time: true,
            ..RuntimeOptions::default()
        });
        let setup = "globalThis.done = (result) => {
            console.log('done', result);
            setTimeout(() => console.log('timeout'), 0);
            setImmediate(() => console.log('immediate'));
            process.nextTick(() => console.log('tick'));
        };";
        rt.run_entry("setup.js", setup).expect("the setup runs");
        let global = Value::Object(rt.vm.realm.global);
        let callback = rt.vm.get_named(global, "done").expect("done is defined");
        rt.vm.event_loop.start_request();
        assert!(
            rt.vm.event_loop.alive(),
            "a request in flight keeps the loop alive"
        );
        rt.vm.event_loop.complete_request(HostCallback {
            callback,
            args: Box::new([Value::Number(42.0)]),
        });
        // One turn that does not wait: poll runs the completion and the drain after it,
        // check runs the immediate; the 1 ms timer is not due yet.
        let (result, out) = crate::capture_console(|| rt.run_due());
        assert!(result.is_ok());
        assert_eq!(out, "done 42\ntick\nimmediate\n");
        assert!(rt.vm.event_loop.alive(), "the timer is still armed");
    }

    fn run_with(mode: super::RejectionMode, source: &str) -> (Result<(), String>, String, i32) {
        let mut rt = Runtime::new(RuntimeOptions {
            virtual_time: true,
            unhandled_rejections: mode,
            ..RuntimeOptions::default()
        });
        let (result, out) = crate::capture_console(|| rt.run_script("modes.js", source));
        let result = result.map(drop).map_err(|e| e.to_string());
        (result, out, rt.exit_code())
    }

    const LISTENED: &str = "process.on('unhandledRejection', (r) => console.log('event', r));
        Promise.reject(7);
        setTimeout(() => console.log('later'), 1);";

    #[test]
    fn strict_rejections_are_fatal_even_with_a_listener() {
        let (result, out, code) = run_with(super::RejectionMode::Strict, LISTENED);
        assert!(
            result.is_err_and(|e| e.contains("7")),
            "the rejection is reported"
        );
        assert_eq!((out.as_str(), code), ("", 1));
    }

    #[test]
    fn warn_with_error_code_goes_on_and_exits_with_1_only_without_a_listener() {
        let (result, out, code) = run_with(super::RejectionMode::WarnWithErrorCode, LISTENED);
        assert!(result.is_ok());
        assert_eq!((out.as_str(), code), ("event 7\nlater\n", 0));
        let alone = "Promise.reject(7); setTimeout(() => console.log('later'), 1);";
        let (result, out, code) = run_with(super::RejectionMode::WarnWithErrorCode, alone);
        assert!(result.is_ok());
        assert_eq!((out.as_str(), code), ("later\n", 1));
    }
}
