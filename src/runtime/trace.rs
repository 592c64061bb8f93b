//! Event-loop tracing (`--trace`): the events the runtime reports while it runs tasks,
//! microtask checkpoints, promise jobs, `process.nextTick` callbacks, timers,
//! immediates and the check phase, promise operations, awaits, rejections and console
//! output. The runtime only emits [`Event`]s to a [`TraceSink`]; the
//! writers that render them (text, JSON Lines) live in `crate::cli::trace`.
//!
//! Ids are dense per run: `P1` for promises, `J1` for jobs, `T1` for timers (the
//! timer ids `setTimeout` hands out), `N1` for nextTick callbacks, `I1` for immediates. They live in side tables of the [`Tracer`], never
//! in values, objects, promises or frames; the promise table is weak (it names cells by
//! handle and is pruned after every collection, see [`after_collection`]), so tracing
//! changes neither what the collector frees nor what `WeakRef` and
//! `FinalizationRegistry` observe.
//!
//! Cost when off: every hook is an inlined test of `Vm::trace` that does nothing else
//! when no tracer is installed; built without the `trace` feature, the test is the
//! constant `false` and the hooks compile to nothing. Hooks sit only in the event loop, the job queue, timers,
//! promise operations, `await`, console and the rejection tracker, never in the
//! instruction loop or on ordinary calls. Value previews read data only (no getter,
//! proxy trap or `toString` runs), so tracing never runs user code.

use super::event_loop::{Capability, Handler, Job, PromiseData, PromiseState, Tick};
use super::heap::ObjRef;
use super::object::{ObjectKind, Slot};
use super::value::Value;
use crate::compiler::bytecode::{FunctionTemplate, Source, TemplateKind};
use crate::vm::Vm;
use rustc_hash::{FxHashMap, FxHashSet};
use std::collections::VecDeque;
use std::rc::Rc;

/// Set when a trace is written to stdout: the program's own console output then goes
/// to stderr, so the two never mix.
static STDOUT_TAKEN: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// Sends the console's stdout output to stderr from now on (a trace owns stdout).
pub fn take_stdout() {
    STDOUT_TAKEN.store(true, std::sync::atomic::Ordering::Relaxed);
}

/// Whether a trace owns stdout.
#[inline]
pub fn stdout_taken() -> bool {
    STDOUT_TAKEN.load(std::sync::atomic::Ordering::Relaxed)
}

/// The default for `--trace-limit`: events recorded before the `limit` event.
pub const DEFAULT_LIMIT: u64 = 100_000;

/// How many frames an event's stack keeps (innermost first).
const STACK_FRAMES: usize = 8;

/// How many characters of a value preview or console line an event keeps.
const PREVIEW_CHARS: usize = 60;

/// A place in JavaScript source, as stack traces show it (1-based line and column).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Pos {
    pub line: u32,
    pub col: u32,
}

impl std::fmt::Display for Pos {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{}", self.line, self.col)
    }
}

/// Where an event happened: the innermost JavaScript frame's position, the innermost
/// named function, and the JavaScript stack (`name line:col`, innermost first). All
/// empty when no JavaScript is running (between tasks, in a job's own machinery).
#[derive(Clone, Debug, Default)]
pub struct Site {
    pub at: Option<Pos>,
    pub function: Option<String>,
    pub stack: Vec<String>,
}

/// A task: the script, or one run of a timer's callback.
#[derive(Clone, Debug)]
pub enum Task {
    Script {
        file: String,
    },
    Timer {
        timer: u32,
        /// `setInterval` (then `run` counts its runs from 1).
        repeat: bool,
        run: u32,
        /// Where `setTimeout`/`setInterval` was called.
        added: Option<Pos>,
    },
    /// An immediate's callback, run by the check phase.
    Immediate {
        immediate: u32,
        /// Where `setImmediate` was called.
        added: Option<Pos>,
    },
}

/// What a promise reaction's handler is, as far as a trace tells it.
#[derive(Clone, Debug)]
pub struct HandlerInfo {
    /// `function` (a script's function), `finally` (the wrapper around `onFinally`),
    /// `resolve`/`reject` (the resolving functions of `name`, a promise id),
    /// `all`/`allSettled`/`any` (a combinator's element `name`), `identity` (an empty
    /// fulfill handler passes the value on), `thrower` (an empty reject handler passes
    /// the reason on), `await`, `async-generator-return`, `iterator-result`,
    /// `iterator-close` (the engine's own), or `native` (a built-in function).
    pub kind: &'static str,
    /// The function's name (empty for an anonymous function), or the promise id or
    /// element index the kind refers to.
    pub name: String,
    /// Where the function is defined.
    pub at: Option<Pos>,
}

/// What a queued job does.
#[derive(Clone, Debug)]
pub enum JobKind {
    /// NewPromiseReactionJob from `then`/`catch`/`finally` (or a combinator): runs
    /// `handler` on the settlement of `promise`, then settles `derived`.
    Reaction {
        promise: Option<u32>,
        rejected: bool,
        handler: HandlerInfo,
        derived: Option<u32>,
    },
    /// Resumes async function (or async generator) `function` suspended at `at` once
    /// the promise it awaits settled.
    Await {
        promise: Option<u32>,
        rejected: bool,
        function: String,
        at: Option<Pos>,
    },
    /// A `queueMicrotask` callback.
    Microtask { function: String, at: Option<Pos> },
    /// NewPromiseResolveThenableJob: calls `then` of the thenable `promise` was
    /// resolved with.
    Thenable { promise: u32, thenable: String },
}

/// A queue (of jobs, ticks or immediates) as an event shows it: the ids of its first
/// entries (at most `QUEUE_SHOWN`, so a long queue costs no more per event) and its
/// length.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Queue {
    pub first: Vec<u32>,
    pub len: usize,
}

/// How many queued ids an event lists.
pub const QUEUE_SHOWN: usize = 16;

/// One thing that happened. Each variant is one line of the text trace and one object
/// of the JSON trace.
#[derive(Clone, Debug)]
pub enum Event {
    TaskStart(Task),
    TaskEnd(Task),
    /// A microtask checkpoint begins with these jobs queued.
    CheckpointStart {
        queue: Queue,
    },
    CheckpointEnd,
    /// The loop is over: `process`'s `exit` listeners run now, and nothing they
    /// schedule (a timer, an immediate) runs.
    LoopEnd,
    /// `queue` is the job queue after the enqueue.
    JobEnqueue {
        job: u32,
        kind: JobKind,
        queue: Queue,
    },
    /// `queue` is what is left queued once the job is taken off.
    JobStart {
        job: u32,
        kind: JobKind,
        queue: Queue,
    },
    JobEnd {
        job: u32,
    },
    /// `process.nextTick(function)`: `queue` is the tick queue after it.
    TickEnqueue {
        tick: u32,
        function: HandlerInfo,
        queue: Queue,
    },
    /// A tick taken off its queue (`queue` is what is left) runs.
    TickStart {
        tick: u32,
        function: HandlerInfo,
        queue: Queue,
    },
    TickEnd {
        tick: u32,
    },
    /// `setImmediate(function)`: `queue` is the immediate queue after it.
    ImmediateAdd {
        immediate: u32,
        function: HandlerInfo,
        queue: Queue,
    },
    /// `clearImmediate`: it will not run.
    ImmediateClear {
        immediate: u32,
    },
    /// The check phase begins: it runs these immediates, the ones queued before it
    /// began (one queued from now on waits for the next turn).
    CheckStart {
        batch: Queue,
    },
    /// A timer armed: `delay` is what Node waits (whole ms, at least 1), `requested`
    /// what the script passed.
    TimerAdd {
        timer: u32,
        repeat: bool,
        delay: u32,
        requested: String,
        due: f64,
    },
    TimerClear {
        timer: u32,
    },
    /// An interval armed again after a run, or a `refresh()`.
    TimerRearm {
        timer: u32,
        due: f64,
    },
    /// `unref()`: the timer no longer keeps the process alive.
    TimerUnref {
        timer: u32,
    },
    PromiseNew {
        promise: u32,
    },
    /// A `then` (or `await`'s subscription) on a pending promise: its reaction waits.
    PromiseWait {
        promise: u32,
        handler: HandlerInfo,
        derived: Option<u32>,
    },
    /// Resolved with a thenable: settling waits for a NewPromiseResolveThenableJob.
    PromiseResolve {
        promise: u32,
        thenable: String,
    },
    PromiseFulfill {
        promise: u32,
        value: String,
    },
    PromiseReject {
        promise: u32,
        reason: String,
    },
    /// `await`: `function` suspends until `promise` settles.
    Await {
        promise: u32,
        function: String,
    },
    /// A rejection nobody handled by the end of a checkpoint.
    Unhandled {
        promise: u32,
        reason: String,
    },
    /// A handler added to a rejection already reported as unhandled.
    HandledLate {
        promise: u32,
    },
    /// An exception that ends the run.
    Uncaught {
        error: String,
    },
    /// An exception an `'uncaughtException'` listener handled: the loop's next
    /// callback runs before the ticks and jobs left behind (Node's `processTimers`
    /// starts over).
    UncaughtHandled {
        error: String,
    },
    /// A line the console printed (`method` is `log`, `error`, ...).
    Console {
        method: String,
        text: String,
    },
    Exit {
        code: i32,
    },
    /// The event limit was reached: nothing more is recorded (the program runs on).
    Limit {
        limit: u64,
    },
}

impl Event {
    /// The event's name in both formats (`task.start`, `job.enqueue`, ...).
    pub fn name(&self) -> &'static str {
        match self {
            Event::TaskStart(_) => "task.start",
            Event::TaskEnd(_) => "task.end",
            Event::CheckpointStart { .. } => "checkpoint.start",
            Event::CheckpointEnd => "checkpoint.end",
            Event::LoopEnd => "loop.end",
            Event::JobEnqueue { .. } => "job.enqueue",
            Event::JobStart { .. } => "job.start",
            Event::JobEnd { .. } => "job.end",
            Event::TickEnqueue { .. } => "tick.enqueue",
            Event::TickStart { .. } => "tick.start",
            Event::TickEnd { .. } => "tick.end",
            Event::ImmediateAdd { .. } => "immediate.add",
            Event::ImmediateClear { .. } => "immediate.clear",
            Event::CheckStart { .. } => "loop.check",
            Event::TimerAdd { .. } => "timer.add",
            Event::TimerClear { .. } => "timer.clear",
            Event::TimerRearm { .. } => "timer.rearm",
            Event::TimerUnref { .. } => "timer.unref",
            Event::PromiseNew { .. } => "promise.new",
            Event::PromiseWait { .. } => "promise.wait",
            Event::PromiseResolve { .. } => "promise.resolve",
            Event::PromiseFulfill { .. } => "promise.fulfill",
            Event::PromiseReject { .. } => "promise.reject",
            Event::Await { .. } => "await",
            Event::Unhandled { .. } => "rejection.unhandled",
            Event::HandledLate { .. } => "rejection.handled-late",
            Event::Uncaught { .. } => "uncaught",
            Event::UncaughtHandled { .. } => "uncaught.handled",
            Event::Console { .. } => "console",
            Event::Exit { .. } => "exit",
            Event::Limit { .. } => "limit",
        }
    }
}

/// One event with its place in the run, as a sink receives it.
pub struct Record<'a> {
    /// 1, 2, 3, ... in the order events happened.
    pub seq: u64,
    /// The loop clock in ms (`performance.now()`).
    pub t: f64,
    /// How many tasks, checkpoints and jobs the event is inside.
    pub depth: usize,
    /// The innermost task or job: `script`, `T1`, `J3`; `None` between them.
    pub ctx: Option<&'a str>,
    pub site: &'a Site,
    pub event: &'a Event,
}

/// Where events go (the CLI's writers).
pub trait TraceSink {
    fn record(&mut self, record: &Record);
    /// The run is over: write what is buffered.
    fn finish(&mut self);
}

/// A task, checkpoint or job the loop is inside.
enum Context {
    Task(Task, String),
    Checkpoint,
    Job(u32, String),
    Tick(u32, String),
}

/// What the tracer remembers of a timer.
struct TimerInfo {
    added: Option<Pos>,
    repeat: bool,
    runs: u32,
}

/// The tracing state of a runtime: the sink, the id tables and the open contexts.
pub struct Tracer {
    sink: Box<dyn TraceSink>,
    limit: u64,
    seq: u64,
    /// Set once the limit is reached: hooks then do nothing.
    stopped: bool,
    /// Promise ids, weak: pruned after each collection.
    promises: FxHashMap<ObjRef, u32>,
    next_promise: u32,
    /// The ids of the queued jobs in queue order, with the promise whose settlement
    /// queued each (the queue holds `Job`s, which carry no id).
    queue: VecDeque<(u32, Option<u32>)>,
    next_job: u32,
    timers: FxHashMap<u32, TimerInfo>,
    /// The ids of the queued ticks in queue order.
    ticks: VecDeque<u32>,
    next_tick: u32,
    /// Ids of the immediates not yet run or cleared, and where each was set (the
    /// entry goes when it runs or is cleared, so a reused cell is never misnamed).
    immediates: FxHashMap<ObjRef, (u32, Option<Pos>)>,
    next_immediate: u32,
    /// Rejected promises reported as unhandled, weak like `promises`.
    reported: FxHashSet<ObjRef>,
    contexts: Vec<Context>,
    /// While an `await` subscribes: where it is (its frame is already off the stack).
    await_site: Option<Site>,
    /// Line and column of source offsets already looked up, per source (the `Rc`
    /// keeps the source's address from being reused while it is a key).
    places: FxHashMap<*const Source, (Rc<Source>, FxHashMap<u32, Pos>)>,
}

impl Tracer {
    /// A tracer writing to `sink`, recording at most `limit` events before `limit`.
    pub fn new(sink: Box<dyn TraceSink>, limit: u64) -> Tracer {
        Tracer {
            sink,
            limit,
            seq: 0,
            stopped: false,
            promises: FxHashMap::default(),
            next_promise: 1,
            queue: VecDeque::new(),
            next_job: 1,
            timers: FxHashMap::default(),
            ticks: VecDeque::new(),
            next_tick: 1,
            immediates: FxHashMap::default(),
            next_immediate: 1,
            reported: FxHashSet::default(),
            contexts: Vec::new(),
            await_site: None,
            places: FxHashMap::default(),
        }
    }

    /// The id of promise `p`, given on first sight.
    fn promise_id(&mut self, p: ObjRef) -> u32 {
        let next = &mut self.next_promise;
        *self.promises.entry(p).or_insert_with(|| {
            let id = *next;
            *next += 1;
            id
        })
    }

    /// The ids of the queued jobs, first to run first.
    fn queued(&self) -> Queue {
        shown(self.queue.iter().map(|&(id, _)| id), self.queue.len())
    }

    /// The ids of the immediates queued for the next check phase, in order.
    fn immediate_queue(&self, vm: &Vm) -> Queue {
        let ids = vm.event_loop.immediates.iter();
        shown(
            ids.filter_map(|o| self.immediates.get(o).map(|&(id, _)| id)),
            vm.event_loop.immediates.len(),
        )
    }

    /// Sends `event` to the sink at the current depth (and the `limit` event when
    /// this one is the last allowed).
    fn emit(&mut self, t: f64, site: &Site, event: Event) {
        if self.stopped {
            return;
        }
        let last = self.seq + 1 >= self.limit && !matches!(event, Event::Exit { .. });
        self.send(t, site, &event);
        if last {
            self.send(t, &Site::default(), &Event::Limit { limit: self.limit });
            self.stopped = true;
            self.queue.clear();
            self.ticks.clear();
            self.immediates.clear();
            self.promises.clear();
            self.reported.clear();
            self.places.clear();
        }
    }

    fn send(&mut self, t: f64, site: &Site, event: &Event) {
        self.seq += 1;
        let record = Record {
            seq: self.seq,
            t,
            depth: self.contexts.len(),
            ctx: innermost(&self.contexts),
            site,
            event,
        };
        self.sink.record(&record);
    }

    /// Line and column of `offset` in `source`, as stack traces count them.
    fn place(&mut self, source: &Rc<Source>, offset: u32) -> Pos {
        let (_, cache) = self
            .places
            .entry(Rc::as_ptr(source))
            .or_insert_with(|| (source.clone(), FxHashMap::default()));
        *cache.entry(offset).or_insert_with(|| {
            let (line, col) = crate::diagnostics::line_col(&source.text, offset as usize);
            Pos {
                line: line as u32,
                col: col as u32,
            }
        })
    }

    /// Where a template's function is defined.
    fn defined_at(&mut self, template: &FunctionTemplate) -> Pos {
        self.place(&template.source, template.span.start)
    }
}

/// A queue of `len` entries whose ids come first to last from `ids`.
fn shown(ids: impl Iterator<Item = u32>, len: usize) -> Queue {
    Queue {
        first: ids.take(QUEUE_SHOWN).collect(),
        len,
    }
}

/// The label of the innermost task or job among `contexts`.
fn innermost(contexts: &[Context]) -> Option<&str> {
    contexts.iter().rev().find_map(|c| match c {
        Context::Task(_, label) | Context::Job(_, label) | Context::Tick(_, label) => {
            Some(label.as_str())
        }
        Context::Checkpoint => None,
    })
}

/// Whether events are being recorded (a tracer is installed and not past its limit).
/// Without the `trace` feature this is the constant `false`, so every hook compiles
/// to nothing.
#[inline(always)]
pub fn active(vm: &Vm) -> bool {
    cfg!(feature = "trace") && vm.trace.as_ref().is_some_and(|t| !t.stopped)
}

/// Runs `f` with the tracer taken out of the VM (so it can read the VM freely); does
/// nothing when tracing is off or stopped.
fn with(vm: &mut Vm, f: impl FnOnce(&mut Tracer, &mut Vm)) {
    let Some(mut tracer) = vm.trace.take() else {
        return;
    };
    if !tracer.stopped {
        f(&mut tracer, vm);
    }
    vm.trace = Some(tracer);
}

/// The current site: the innermost JavaScript frame and the stack above it (or the
/// `await` being subscribed).
fn site(t: &mut Tracer, vm: &Vm) -> Site {
    if let Some(site) = &t.await_site {
        return site.clone();
    }
    let mut site = Site::default();
    // Deep recursion costs no more than this many frames per event.
    // A frame that has not run an instruction yet (an async function making its
    // promise as it starts) is still at its caller's call.
    let started = vm.frames.iter().rev().skip_while(|f| f.pc() == 0);
    for frame in started.take(64) {
        let template = &frame.template;
        let pos = t.place(
            &template.source,
            template.position(frame.pc().saturating_sub(1)),
        );
        let name = &template.name;
        if site.at.is_none() {
            site.at = Some(pos);
        }
        if site.function.is_none() && template.kind != TemplateKind::Script && !name.is_empty() {
            site.function = Some(name.to_string());
        }
        if site.stack.len() < STACK_FRAMES {
            site.stack.push(format!("{} {pos}", display_name(template)));
        }
    }
    site
}

/// A frame's function as a stack shows it.
fn display_name(template: &FunctionTemplate) -> &str {
    match template.kind {
        TemplateKind::Script => "<script>",
        _ if template.name.is_empty() => "<anonymous>",
        _ => &template.name,
    }
}

fn now(vm: &Vm) -> f64 {
    vm.event_loop.clock.now()
}

/// Emits `event` at the current site.
fn emit_here(t: &mut Tracer, vm: &Vm, event: Event) {
    let site = site(t, vm);
    t.emit(now(vm), &site, event);
}

/// Emits `event` with no site (the loop's own doing).
fn emit_bare(t: &mut Tracer, vm: &Vm, event: Event) {
    t.emit(now(vm), &Site::default(), event);
}

// ---------------------------------------------------------------------------------
// Value previews: data only, never user code.

/// A short description of `v` read without running any code of the script.
fn preview(t: &mut Tracer, vm: &mut Vm, v: Value) -> String {
    let text = match v {
        Value::Undefined | Value::Empty => "undefined".into(),
        Value::Null => "null".into(),
        Value::Bool(b) => b.to_string(),
        Value::Number(n) => super::inspect::format_number(n),
        Value::String(s) => {
            let units = vm.heap.flatten(s).to_vec();
            super::inspect::quote_js_string(&units)
        }
        Value::Symbol(s) => vm.symbol_descriptive_string(s),
        Value::BigInt(b) => format!("{}n", vm.heap.bigint(b)),
        Value::Object(o) => object_preview(t, vm, o),
    };
    // A trace event is one line; an error's message may have several.
    shorten(text.replace('\n', "\\n").replace('\r', "\\r"))
}

/// At most `PREVIEW_CHARS` characters, with `…` when cut.
fn shorten(text: String) -> String {
    match text.char_indices().nth(PREVIEW_CHARS) {
        Some((cut, _)) => format!("{}…", &text[..cut]),
        None => text,
    }
}

fn object_preview(t: &mut Tracer, vm: &mut Vm, o: ObjRef) -> String {
    match &vm.heap.obj(o).kind {
        ObjectKind::Array(a) => format!("Array({})", a.length),
        ObjectKind::Function(c) => match &*c.template.name {
            "" => "[Function (anonymous)]".into(),
            name => format!("[Function {name}]"),
        },
        ObjectKind::Native(_) | ObjectKind::Bound(_) => "[Function]".into(),
        ObjectKind::Promise(_) => format!("Promise P{}", t.promise_id(o)),
        ObjectKind::Error { .. } => {
            let name = data_string(vm, o, "name", true).unwrap_or_else(|| "Error".into());
            match data_string(vm, o, "message", false) {
                Some(m) if !m.is_empty() => format!("{name}: {m}"),
                _ => name,
            }
        }
        ObjectKind::Proxy(_) => "Proxy".into(),
        ObjectKind::Ordinary => plain_object_preview(t, vm, o),
        _ => "Object".into(),
    }
}

/// A plain object as `{ value: 1, done: false }`: its first own data properties with
/// string keys, nested objects shown by kind only (a getter shows as `[Getter]`).
fn plain_object_preview(t: &mut Tracer, vm: &mut Vm, o: ObjRef) -> String {
    const SHOWN: usize = 4;
    let entries: Vec<(super::Atom, Option<Value>)> = vm
        .heap
        .obj(o)
        .props
        .iter()
        .filter_map(|(k, p)| match (k, &p.slot) {
            (super::PropertyKey::String(a), Slot::Data(v)) => Some((*a, Some(*v))),
            (super::PropertyKey::String(a), Slot::Accessor { .. }) => Some((*a, None)),
            _ => None,
        })
        .take(SHOWN + 1)
        .collect();
    if entries.is_empty() {
        return "{}".into();
    }
    let mut parts = Vec::new();
    for &(key, value) in entries.iter().take(SHOWN) {
        let name = vm.heap.atom_string(key);
        let name = vm.heap.to_rust_string(name);
        let shown = match value {
            Some(Value::Object(inner)) => match vm.heap.obj(inner).kind {
                ObjectKind::Array(_) => "[Array]".into(),
                ObjectKind::Function(_) | ObjectKind::Native(_) | ObjectKind::Bound(_) => {
                    "[Function]".into()
                }
                _ => "[Object]".into(),
            },
            Some(v) => preview(t, vm, v),
            None => "[Getter]".into(),
        };
        parts.push(format!("{name}: {shown}"));
    }
    if entries.len() > SHOWN {
        parts.push("...".into());
    }
    format!("{{ {} }}", parts.join(", "))
}

/// A string data property of `o` (own, or inherited when `inherited`), read without
/// running getters or traps.
fn data_string(vm: &mut Vm, o: ObjRef, name: &str, inherited: bool) -> Option<String> {
    let key = vm.key(name);
    let property = if inherited {
        vm.peek_property(o, key)?
    } else {
        vm.peek_own_property(o, key)?
    };
    match property.slot {
        Slot::Data(Value::String(s)) => Some(vm.heap.to_rust_string(s)),
        _ => None,
    }
}

// ---------------------------------------------------------------------------------
// Describing jobs and handlers

/// What `handler` is, for a reaction's description.
fn handler_info(t: &mut Tracer, vm: &mut Vm, handler: &Handler) -> HandlerInfo {
    let plain = |kind| HandlerInfo {
        kind,
        name: String::new(),
        at: None,
    };
    match *handler {
        Handler::Identity => plain("identity"),
        Handler::Thrower => plain("thrower"),
        Handler::Await(_) => plain("await"),
        Handler::AwaitReturn(_) => plain("async-generator-return"),
        Handler::IterResult(_) => plain("iterator-result"),
        Handler::CloseIterator(_) => plain("iterator-close"),
        // Never traced: element functions are made as functions while tracing.
        Handler::Element(..) => plain("element"),
        Handler::Function(f) => function_info(t, vm, f),
    }
}

/// A handler function: a script's function, or one the promise machinery made.
fn function_info(t: &mut Tracer, vm: &mut Vm, f: ObjRef) -> HandlerInfo {
    if let Some((kind, target)) = crate::builtins::promise::engine_closure(vm, f) {
        let (name, at) = match target {
            crate::builtins::promise::ClosureTarget::Promise(p) => {
                (format!("P{}", t.promise_id(p)), None)
            }
            crate::builtins::promise::ClosureTarget::Index(i) => (i.to_string(), None),
            crate::builtins::promise::ClosureTarget::Function(g) => {
                let info = function_info(t, vm, g);
                (info.name, info.at)
            }
            crate::builtins::promise::ClosureTarget::Nothing => (String::new(), None),
        };
        return HandlerInfo { kind, name, at };
    }
    match &vm.heap.obj(f).kind {
        ObjectKind::Function(c) => {
            let template = c.template.clone();
            HandlerInfo {
                kind: "function",
                name: template.name.to_string(),
                at: Some(t.defined_at(&template)),
            }
        }
        ObjectKind::Bound(b) => {
            let target = b.target;
            function_info(t, vm, target)
        }
        ObjectKind::Native(n) => {
            let name = n.name;
            let name = vm.heap.atom_string(name);
            HandlerInfo {
                kind: "native",
                name: vm.heap.to_rust_string(name),
                at: None,
            }
        }
        _ => HandlerInfo {
            kind: "native",
            name: String::new(),
            at: None,
        },
    }
}

/// A callback (of `queueMicrotask`, `nextTick`, `setImmediate`) as a handler.
fn callback_info(t: &mut Tracer, vm: &mut Vm, f: Value) -> HandlerInfo {
    match f {
        Value::Object(f) => function_info(t, vm, f),
        _ => HandlerInfo {
            kind: "native",
            name: String::new(),
            at: None,
        },
    }
}

/// The promise a capability settles, by id.
fn derived_id(t: &mut Tracer, vm: &Vm, capability: &Capability) -> Option<u32> {
    match capability {
        Capability::None => None,
        Capability::Native(p) => Some(t.promise_id(*p)),
        Capability::Js(v) => match v[0] {
            Value::Object(p) if matches!(vm.heap.obj(p).kind, ObjectKind::Promise(_)) => {
                Some(t.promise_id(p))
            }
            _ => None,
        },
    }
}

/// Where an async function or generator is suspended, and its name.
fn suspended_at(t: &mut Tracer, vm: &Vm, state: ObjRef) -> (String, Option<Pos>) {
    let ObjectKind::Generator(g) = &vm.heap.obj(state).kind else {
        return (String::new(), None);
    };
    match &g.frame {
        Some(frame) => {
            let template = frame.template.clone();
            let pos = t.place(
                &template.source,
                template.position(frame.pc.saturating_sub(1)),
            );
            (display_name(&template).to_string(), Some(pos))
        }
        None => (String::new(), None),
    }
}

/// What `job` does; `promise` is the promise whose settlement queued it, when known.
fn job_kind(t: &mut Tracer, vm: &mut Vm, job: &Job, promise: Option<u32>) -> JobKind {
    match job {
        Job::Reaction {
            handler: Handler::Await(state),
            rejected,
            ..
        } => {
            let (function, at) = suspended_at(t, vm, *state);
            JobKind::Await {
                promise,
                rejected: *rejected,
                function,
                at,
            }
        }
        Job::Reaction {
            capability,
            handler,
            rejected,
            ..
        } => JobKind::Reaction {
            promise,
            rejected: *rejected,
            handler: handler_info(t, vm, handler),
            derived: derived_id(t, vm, capability),
        },
        Job::ResolveThenable {
            promise, thenable, ..
        } => {
            let (promise, thenable) = (*promise, *thenable);
            let thenable = preview(t, vm, thenable);
            JobKind::Thenable {
                promise: t.promise_id(promise),
                thenable,
            }
        }
        Job::Callback(f) => {
            let info = callback_info(t, vm, *f);
            JobKind::Microtask {
                function: info.name,
                at: info.at,
            }
        }
    }
}

// ---------------------------------------------------------------------------------
// Hooks. Each is a cheap test when tracing is off; the work is out of line.

/// The script starts running (its task).
#[inline]
pub fn script_start(vm: &mut Vm, file: &str) {
    if active(vm) {
        task_start(vm, Task::Script { file: file.into() }, "script".into());
    }
}

/// The script's synchronous part is over.
#[inline]
pub fn script_end(vm: &mut Vm) {
    if active(vm) {
        task_end(vm);
    }
}

/// Timer `id`'s callback is about to run (a task).
#[inline]
pub fn timer_task_start(vm: &mut Vm, id: u32) {
    if active(vm) {
        timer_task(vm, id);
    }
}

#[cold]
fn timer_task(vm: &mut Vm, id: u32) {
    let Some(t) = vm.trace.as_mut() else {
        return;
    };
    let info = t.timers.entry(id).or_insert(TimerInfo {
        added: None,
        repeat: false,
        runs: 0,
    });
    info.runs += 1;
    let task = Task::Timer {
        timer: id,
        repeat: info.repeat,
        run: info.runs,
        added: info.added,
    };
    task_start(vm, task, format!("T{id}"));
}

/// Timer `id`'s callback returned.
#[inline]
pub fn timer_task_end(vm: &mut Vm) {
    if active(vm) {
        task_end(vm);
    }
}

#[cold]
fn task_start(vm: &mut Vm, task: Task, label: String) {
    with(vm, |t, vm| {
        emit_bare(t, vm, Event::TaskStart(task.clone()));
        t.contexts.push(Context::Task(task, label));
    });
}

#[cold]
fn task_end(vm: &mut Vm) {
    with(vm, |t, vm| {
        if let Some(i) = t
            .contexts
            .iter()
            .rposition(|c| matches!(c, Context::Task(..)))
            && let Context::Task(task, _) = t.contexts.remove(i)
        {
            t.contexts.truncate(i);
            emit_bare(t, vm, Event::TaskEnd(task));
        }
    });
}

/// A microtask checkpoint starts (shown only when jobs are queued).
#[inline]
pub fn checkpoint_start(vm: &mut Vm) {
    if active(vm) && !vm.event_loop.jobs.is_empty() {
        with(vm, |t, vm| {
            let queue = t.queued();
            emit_bare(t, vm, Event::CheckpointStart { queue });
            t.contexts.push(Context::Checkpoint);
        });
    }
}

/// The loop has ended and the process is exiting.
#[inline]
pub fn loop_end(vm: &mut Vm) {
    if active(vm) {
        with(vm, |t, vm| emit_bare(t, vm, Event::LoopEnd));
    }
}

/// The queue is empty: the checkpoint is over.
#[inline]
pub fn checkpoint_end(vm: &mut Vm) {
    if active(vm) {
        with(vm, |t, vm| {
            if matches!(t.contexts.last(), Some(Context::Checkpoint)) {
                t.contexts.pop();
                emit_bare(t, vm, Event::CheckpointEnd);
            }
        });
    }
}

/// A job was just put at the end of the queue; `promise` is the promise whose
/// settlement (or `then`) queued it.
#[inline]
pub fn job_enqueued(vm: &mut Vm, promise: Option<ObjRef>) {
    if active(vm) {
        enqueued(vm, promise);
    }
}

#[cold]
fn enqueued(vm: &mut Vm, promise: Option<ObjRef>) {
    with(vm, |t, vm| {
        let id = t.next_job;
        t.next_job += 1;
        let promise = promise.map(|p| t.promise_id(p));
        t.queue.push_back((id, promise));
        let Some(job) = vm.event_loop.jobs.back() else {
            return;
        };
        // A copy, since describing it needs the VM (it reads data only).
        let job = job.clone();
        let kind = job_kind(t, vm, &job, promise);
        let queue = t.queued();
        emit_here(
            t,
            vm,
            Event::JobEnqueue {
                job: id,
                kind,
                queue,
            },
        );
    });
}

/// `job`, just taken off the queue, is about to run.
#[inline]
pub fn job_start(vm: &mut Vm, job: &Job) {
    if active(vm) {
        started(vm, job);
    }
}

#[cold]
fn started(vm: &mut Vm, job: &Job) {
    with(vm, |t, vm| {
        // The ids follow the queue; should a job have been queued without its hook,
        // the ids realign with the queue's length rather than drift.
        while t.queue.len() > vm.event_loop.jobs.len() + 1 {
            t.queue.pop_front();
        }
        let (id, promise) = match t.queue.len() == vm.event_loop.jobs.len() + 1 {
            true => t.queue.pop_front().unwrap_or_default(),
            false => {
                t.next_job += 1;
                (t.next_job - 1, None)
            }
        };
        let kind = job_kind(t, vm, job, promise);
        let queue = t.queued();
        emit_bare(
            t,
            vm,
            Event::JobStart {
                job: id,
                kind,
                queue,
            },
        );
        t.contexts.push(Context::Job(id, format!("J{id}")));
    });
}

/// The running job finished (or threw).
#[inline]
pub fn job_end(vm: &mut Vm) {
    if active(vm) {
        with(vm, |t, vm| {
            if let Some(Context::Job(id, _)) = t.contexts.last() {
                let job = *id;
                t.contexts.pop();
                emit_bare(t, vm, Event::JobEnd { job });
            }
        });
    }
}

/// A tick was just put at the end of the nextTick queue.
#[inline]
pub fn tick_enqueued(vm: &mut Vm) {
    if active(vm) {
        tick_queued(vm);
    }
}

#[cold]
fn tick_queued(vm: &mut Vm) {
    with(vm, |t, vm| {
        let Some(callback) = vm.event_loop.ticks.back().map(|tick| tick.callback) else {
            return;
        };
        let id = t.next_tick;
        t.next_tick += 1;
        t.ticks.push_back(id);
        let function = callback_info(t, vm, callback);
        let queue = shown(t.ticks.iter().copied(), t.ticks.len());
        let event = Event::TickEnqueue {
            tick: id,
            function,
            queue,
        };
        emit_here(t, vm, event);
    });
}

/// `tick`, just taken off the nextTick queue, is about to run.
#[inline]
pub fn tick_start(vm: &mut Vm, tick: &Tick) {
    if active(vm) {
        tick_started(vm, tick.callback);
    }
}

#[cold]
fn tick_started(vm: &mut Vm, callback: Value) {
    with(vm, |t, vm| {
        // As for jobs: the ids follow the queue's length, should a tick have been
        // queued without its hook.
        while t.ticks.len() > vm.event_loop.ticks.len() + 1 {
            t.ticks.pop_front();
        }
        let id = match t.ticks.len() == vm.event_loop.ticks.len() + 1 {
            true => t.ticks.pop_front().unwrap_or_default(),
            false => {
                t.next_tick += 1;
                t.next_tick - 1
            }
        };
        let function = callback_info(t, vm, callback);
        let queue = shown(t.ticks.iter().copied(), t.ticks.len());
        let event = Event::TickStart {
            tick: id,
            function,
            queue,
        };
        emit_bare(t, vm, event);
        t.contexts.push(Context::Tick(id, format!("N{id}")));
    });
}

/// The running tick returned (or threw).
#[inline]
pub fn tick_end(vm: &mut Vm) {
    if active(vm) {
        with(vm, |t, vm| {
            if let Some(Context::Tick(id, _)) = t.contexts.last() {
                let tick = *id;
                t.contexts.pop();
                emit_bare(t, vm, Event::TickEnd { tick });
            }
        });
    }
}

/// `setImmediate` queued immediate `o` (now last in the queue).
#[inline]
pub fn immediate_added(vm: &mut Vm, o: ObjRef, callback: Value) {
    if active(vm) {
        immediate_queued(vm, o, callback);
    }
}

#[cold]
fn immediate_queued(vm: &mut Vm, o: ObjRef, callback: Value) {
    with(vm, |t, vm| {
        let id = t.next_immediate;
        t.next_immediate += 1;
        let site = site(t, vm);
        t.immediates.insert(o, (id, site.at));
        let function = callback_info(t, vm, callback);
        let queue = t.immediate_queue(vm);
        let event = Event::ImmediateAdd {
            immediate: id,
            function,
            queue,
        };
        t.emit(now(vm), &site, event);
    });
}

/// `clearImmediate(o)` on an immediate still queued.
#[inline]
pub fn immediate_cleared(vm: &mut Vm, o: ObjRef) {
    if active(vm) {
        with(vm, |t, vm| {
            if let Some((immediate, _)) = t.immediates.remove(&o) {
                emit_here(t, vm, Event::ImmediateClear { immediate });
            }
        });
    }
}

/// The check phase starts with `batch`, the immediates it took off the queue.
#[inline]
pub fn check_start(vm: &mut Vm, batch: &[ObjRef]) {
    if active(vm) {
        with(vm, |t, vm| {
            let ids = batch.iter().filter_map(|o| t.immediates.get(o));
            let batch = shown(ids.map(|&(id, _)| id), batch.len());
            emit_bare(t, vm, Event::CheckStart { batch });
        });
    }
}

/// Immediate `o`'s callback is about to run (a task of the check phase).
#[inline]
pub fn immediate_task_start(vm: &mut Vm, o: ObjRef) {
    if active(vm) {
        immediate_task(vm, o);
    }
}

#[cold]
fn immediate_task(vm: &mut Vm, o: ObjRef) {
    let Some(t) = vm.trace.as_mut() else {
        return;
    };
    // Run, it leaves the table: its cell may be reused for another object.
    let Some((immediate, added)) = t.immediates.remove(&o) else {
        return;
    };
    let task = Task::Immediate { immediate, added };
    task_start(vm, task, format!("I{immediate}"));
}

/// The running immediate's callback returned.
#[inline]
pub fn immediate_task_end(vm: &mut Vm) {
    if active(vm) {
        task_end(vm);
    }
}

/// `setTimeout`/`setInterval` armed timer `id`; `requested` is the delay argument as
/// passed.
#[inline]
pub fn timer_added(vm: &mut Vm, id: u32, requested: Value) {
    if active(vm) {
        added(vm, id, requested);
    }
}

#[cold]
fn added(vm: &mut Vm, id: u32, requested: Value) {
    with(vm, |t, vm| {
        let Some(timer) = vm.event_loop.timers.get(&id) else {
            return;
        };
        let (delay, repeat) = (timer.delay, timer.repeat);
        let due = now(vm) + f64::from(delay);
        let requested = preview(t, vm, requested);
        let site = site(t, vm);
        t.timers.insert(
            id,
            TimerInfo {
                added: site.at,
                repeat,
                runs: 0,
            },
        );
        let event = Event::TimerAdd {
            timer: id,
            repeat,
            delay,
            requested,
            due,
        };
        t.emit(now(vm), &site, event);
    });
}

/// `clearTimeout`/`clearInterval`/`close()` on timer `id` (a timer already gone is not
/// an event).
#[inline]
pub fn timer_cleared(vm: &mut Vm, id: u32) {
    if active(vm) && vm.event_loop.timers.contains_key(&id) {
        with(vm, |t, vm| {
            emit_here(t, vm, Event::TimerClear { timer: id })
        });
    }
}

/// Timer `id` was armed again (an interval after its run, or `refresh()`).
#[inline]
pub fn timer_rearmed(vm: &mut Vm, id: u32) {
    if active(vm)
        && let Some(timer) = vm.event_loop.timers.get(&id)
    {
        let due = now(vm) + f64::from(timer.delay);
        with(vm, |t, vm| {
            emit_here(t, vm, Event::TimerRearm { timer: id, due });
        });
    }
}

/// `ref()`/`unref()` on timer `id`: only `unref` is an event.
#[inline]
pub fn timer_refed(vm: &mut Vm, id: u32, refed: bool) {
    if active(vm) && !refed && vm.event_loop.timers.contains_key(&id) {
        with(vm, |t, vm| {
            emit_here(t, vm, Event::TimerUnref { timer: id })
        });
    }
}

/// A promise was made.
#[inline]
pub fn promise_new(vm: &mut Vm, p: ObjRef) {
    if active(vm) {
        with(vm, |t, vm| {
            let promise = t.promise_id(p);
            emit_here(t, vm, Event::PromiseNew { promise });
        });
    }
}

/// PerformPromiseThen on `p` is about to add `on_fulfilled`/`on_rejected` for
/// `capability`: a wait when `p` is pending, a late handling when `p` is a rejection
/// already reported as unhandled. (A settled `p` queues a job, traced by its enqueue.)
#[inline]
pub fn then_performed(vm: &mut Vm, p: ObjRef, on_fulfilled: &Handler, capability: &Capability) {
    if active(vm) {
        performed(vm, p, on_fulfilled, capability);
    }
}

#[cold]
fn performed(vm: &mut Vm, p: ObjRef, on_fulfilled: &Handler, capability: &Capability) {
    with(vm, |t, vm| {
        let promise = t.promise_id(p);
        let ObjectKind::Promise(PromiseData { state, .. }) = &vm.heap.obj(p).kind else {
            return;
        };
        match state {
            // An `await` says so in its own event.
            PromiseState::Pending(_) if matches!(on_fulfilled, Handler::Await(_)) => {}
            PromiseState::Pending(_) => {
                let handler = handler_info(t, vm, on_fulfilled);
                let derived = derived_id(t, vm, capability);
                let event = Event::PromiseWait {
                    promise,
                    handler,
                    derived,
                };
                emit_here(t, vm, event);
            }
            PromiseState::Rejected(_) if t.reported.remove(&p) => {
                emit_here(t, vm, Event::HandledLate { promise });
            }
            _ => {}
        }
    });
}

/// `p` is resolved with `thenable`, whose `then` a job will call.
#[inline]
pub fn resolved_with_thenable(vm: &mut Vm, p: ObjRef, thenable: Value) {
    promise_event(vm, p, thenable, |promise, thenable| Event::PromiseResolve {
        promise,
        thenable,
    });
}

/// `p` is fulfilled with `value`.
#[inline]
pub fn fulfilled(vm: &mut Vm, p: ObjRef, value: Value) {
    promise_event(vm, p, value, |promise, value| Event::PromiseFulfill {
        promise,
        value,
    });
}

/// `p` is rejected with `reason`.
#[inline]
pub fn rejected(vm: &mut Vm, p: ObjRef, reason: Value) {
    promise_event(vm, p, reason, |promise, reason| Event::PromiseReject {
        promise,
        reason,
    });
}

/// Emits the event `make` builds from `p`'s id and a preview of `v`.
#[inline]
fn promise_event(vm: &mut Vm, p: ObjRef, v: Value, make: fn(u32, String) -> Event) {
    if active(vm) {
        with(vm, |t, vm| {
            let promise = t.promise_id(p);
            let preview = preview(t, vm, v);
            emit_here(t, vm, make(promise, preview));
        });
    }
}

/// The async function (or generator) `state` awaits `p`.
#[inline]
pub fn awaiting(vm: &mut Vm, p: ObjRef, state: ObjRef) {
    if active(vm) {
        with(vm, |t, vm| {
            let promise = t.promise_id(p);
            let (function, at) = suspended_at(t, vm, state);
            let mut site = site(t, vm);
            if let Some(at) = at {
                site.stack.insert(0, format!("{function} {at}"));
                site.stack.truncate(STACK_FRAMES);
            }
            site.at = at;
            site.function = Some(function.clone()).filter(|f| f != "<anonymous>");
            t.emit(now(vm), &site, Event::Await { promise, function });
            t.await_site = Some(site);
        });
    }
}

/// The `await` has subscribed to its promise.
#[inline]
pub fn awaited(vm: &mut Vm) {
    if cfg!(feature = "trace")
        && let Some(t) = vm.trace.as_mut()
    {
        t.await_site = None;
    }
}

/// Rejected promise `p` had no handler by the end of a checkpoint.
#[inline]
pub fn unhandled(vm: &mut Vm, p: ObjRef, reason: Value) {
    if active(vm) {
        with(vm, |t, vm| {
            let promise = t.promise_id(p);
            t.reported.insert(p);
            let reason = preview(t, vm, reason);
            emit_bare(t, vm, Event::Unhandled { promise, reason });
        });
    }
}

/// `error` was thrown and nobody caught it: the run ends.
#[inline]
pub fn uncaught(vm: &mut Vm, error: Value) {
    if active(vm) {
        thrown(vm, error, |error| Event::Uncaught { error });
    }
}

/// `error` was thrown by a callback and an `'uncaughtException'` listener handled it:
/// the loop goes on with its next callback.
#[inline]
pub fn uncaught_handled(vm: &mut Vm, error: Value) {
    if active(vm) {
        thrown(vm, error, |error| Event::UncaughtHandled { error });
    }
}

/// Emits the event `make` builds from a preview of `error`, at the place of the throw.
#[cold]
fn thrown(vm: &mut Vm, error: Value, make: fn(String) -> Event) {
    with(vm, |t, vm| {
        let error = preview(t, vm, error);
        let mut site = site(t, vm);
        // The frames are gone by now: the place of the throw stands in.
        if site.at.is_none()
            && let Some((source, offset)) = vm.throw_site.clone()
        {
            site.at = Some(t.place(&source, offset));
        }
        t.emit(now(vm), &site, make(error));
    });
}

/// The console printed `text` (one call's output).
#[inline]
pub fn console(vm: &mut Vm, text: &str) {
    if active(vm) {
        printed(vm, text);
    }
}

#[cold]
fn printed(vm: &mut Vm, text: &str) {
    with(vm, |t, vm| {
        let method = match vm.running_native() {
            Some(f) => match &vm.heap.obj(f).kind {
                ObjectKind::Native(n) => {
                    let name = vm.heap.atom_string(n.name);
                    vm.heap.to_rust_string(name)
                }
                _ => String::new(),
            },
            None => String::new(),
        };
        let text = shorten(text.to_string());
        emit_here(t, vm, Event::Console { method, text });
    });
}

/// The run is over with exit code `code`: the last event, then the sink writes out.
pub fn finish(vm: &mut Vm, code: i32) {
    if let Some(mut t) = vm.trace.take() {
        t.contexts.clear();
        t.stopped = false;
        t.send(now(vm), &Site::default(), &Event::Exit { code });
        t.sink.finish();
    }
}

/// After a collection: forgets the ids of promises that were freed, so the tables
/// never name a reused cell (and never kept anything alive).
#[inline]
pub fn after_collection(vm: &mut Vm) {
    if cfg!(feature = "trace")
        && let Some(t) = vm.trace.as_mut()
    {
        let heap = &vm.heap;
        t.promises.retain(|&p, _| heap.is_live(p));
        t.immediates.retain(|&i, _| heap.is_live(i));
        t.reported.retain(|&p| heap.is_live(p));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A sink that counts events.
    struct Count(std::rc::Rc<std::cell::Cell<u64>>);

    impl TraceSink for Count {
        fn record(&mut self, _: &Record) {
            self.0.set(self.0.get() + 1);
        }

        fn finish(&mut self) {}
    }

    /// Runs `source` to its end, traced or not, then collects; returns the runtime.
    fn run(source: &str, traced: bool) -> crate::Runtime {
        let mut rt = crate::Runtime::new(crate::RuntimeOptions {
            virtual_time: true,
            ..Default::default()
        });
        if traced {
            let sink = Count(Default::default());
            rt.vm.trace = Some(Box::new(Tracer::new(Box::new(sink), u64::MAX)));
        }
        rt.run_script("weak.js", source).expect("the script runs");
        rt.vm.collect_garbage();
        rt
    }

    /// The promise table names cells without keeping them: after a collection only
    /// the promises still reachable have ids, and the heap keeps exactly what an
    /// untraced run keeps.
    #[test]
    fn promise_ids_are_weak() {
        let source = "globalThis.kept = [];
            for (let i = 0; i < 1000; i++) {
              const p = Promise.resolve(i).then((v) => v);
              if (i % 100 === 0) kept.push(p);
            }";
        let traced = run(source, true);
        let plain = run(source, false);
        assert_eq!(traced.vm.heap.live_objects(), plain.vm.heap.live_objects());
        let tracer = traced.vm.trace.as_ref().expect("still tracing");
        assert!(tracer.next_promise > 2000);
        assert!(tracer.promises.len() <= 10, "{}", tracer.promises.len());
        for &p in tracer.promises.keys() {
            assert!(traced.vm.heap.is_live(p));
        }
    }

    /// Past the limit, nothing more is sent and the tables are let go.
    #[test]
    fn the_limit_stops_recording() {
        let count = std::rc::Rc::new(std::cell::Cell::new(0));
        let mut rt = crate::Runtime::new(crate::RuntimeOptions::default());
        let sink = Count(count.clone());
        rt.vm.trace = Some(Box::new(Tracer::new(Box::new(sink), 5)));
        rt.run_script(
            "limit.js",
            "for (let i = 0; i < 50; i++) Promise.resolve(i);",
        )
        .expect("the script runs");
        assert_eq!(count.get(), 6);
        let tracer = rt.vm.trace.as_ref().expect("installed");
        assert!(tracer.stopped && tracer.promises.is_empty());
        finish(&mut rt.vm, 0);
        assert_eq!(count.get(), 7);
    }

    /// Previews read data only: a getter named `message` on an error is not run.
    #[test]
    fn previews_run_no_code() {
        let mut rt = crate::Runtime::new(crate::RuntimeOptions::default());
        let sink = Count(Default::default());
        rt.vm.trace = Some(Box::new(Tracer::new(Box::new(sink), u64::MAX)));
        let source = "globalThis.ran = false;
            const e = new Error('x');
            Object.defineProperty(e, 'message', { get() { ran = true; return 'y'; } });
            globalThis.e = e;
            globalThis.o = { a: 1, s: 'two', get g() { ran = true; return 3; }, n: [] };";
        rt.run_script("preview.js", source)
            .expect("the script runs");
        let global = Value::Object(rt.vm.realm.global);
        let e = rt.vm.get_named(global, "e").expect("e is set");
        let mut t = rt.vm.trace.take().expect("installed");
        assert_eq!(preview(&mut t, &mut rt.vm, e), "Error");
        let o = rt.vm.get_named(global, "o").expect("o is set");
        let shown = preview(&mut t, &mut rt.vm, o);
        assert_eq!(shown, "{ a: 1, s: 'two', g: [Getter], n: [Array] }");
        let ran = rt.vm.get_named(global, "ran").expect("ran is set");
        assert_eq!(ran, Value::Bool(false));
    }
}
