//! The JSON trace (`--trace=json`): JSON Lines. A versioned `meta` line first (the
//! file, the clock, the limit and the source text), then one object per event with
//! `seq`, `ev`, `t`, `ctx`, `at`, `stack` and the event's own fields, one to one with
//! the lines of the text trace. The fields are described in docs/trace.md.

use super::RunInfo;
use super::text::{push_quoted, quoted};
use crate::runtime::trace::{Event, HandlerInfo, JobKind, Pos, Queue, Record, Task, TraceSink};
use std::fmt::Write as _;
use std::io::Write;

/// The version in the `meta` line, raised when a field changes meaning.
pub const VERSION: u32 = 1;

/// Writes JSON lines to a stream.
pub struct JsonWriter<W: Write> {
    out: W,
    /// Set once a write failed (a closed pipe): the run goes on without the trace.
    failed: bool,
}

impl<W: Write> JsonWriter<W> {
    /// A writer that has written the `meta` line.
    pub fn new(mut out: W, run: &RunInfo) -> std::io::Result<Self> {
        let clock = if run.virtual_time { "virtual" } else { "real" };
        writeln!(
            out,
            "{{\"ev\":\"meta\",\"version\":{VERSION},\"file\":{},\"clock\":\"{clock}\",\"limit\":{},\"source\":{}}}",
            quoted(run.file),
            run.limit,
            quoted(run.source)
        )?;
        Ok(JsonWriter { out, failed: false })
    }
}

impl<W: Write> TraceSink for JsonWriter<W> {
    fn record(&mut self, record: &Record) {
        if !self.failed {
            let line = line(record);
            self.failed = writeln!(self.out, "{line}").is_err();
        }
    }

    fn finish(&mut self) {
        let _ = self.out.flush();
    }
}

/// An object's members, written in order into one buffer.
struct Fields<'a>(&'a mut String);

impl Fields<'_> {
    /// Starts member `key` (after the first member, which `line` writes).
    fn key(&mut self, key: &str) -> &mut String {
        self.0.push_str(",\"");
        self.0.push_str(key);
        self.0.push_str("\":");
        self.0
    }

    fn raw(&mut self, key: &str, value: impl std::fmt::Display) -> &mut Self {
        let _ = write!(self.key(key), "{value}");
        self
    }

    fn str(&mut self, key: &str, value: &str) -> &mut Self {
        push_quoted(self.key(key), value);
        self
    }

    fn id(&mut self, key: &str, prefix: char, id: u32) -> &mut Self {
        let _ = write!(self.key(key), "\"{prefix}{id}\"");
        self
    }

    fn opt_id(&mut self, key: &str, prefix: char, id: Option<u32>) -> &mut Self {
        match id {
            Some(id) => self.id(key, prefix, id),
            None => self.raw(key, "null"),
        }
    }

    fn pos(&mut self, key: &str, at: Option<Pos>) -> &mut Self {
        match at {
            Some(at) => {
                let _ = write!(self.key(key), "\"{}:{}\"", at.line, at.col);
                self
            }
            None => self.raw(key, "null"),
        }
    }

    /// A queue of ids with `prefix` as `key` (its first ids) and `queued` (its length).
    fn queue(&mut self, key: &str, prefix: char, queue: &Queue) -> &mut Self {
        let out = self.key(key);
        out.push('[');
        for (i, j) in queue.first.iter().enumerate() {
            let sep = if i == 0 { "" } else { "," };
            let _ = write!(out, "{sep}\"{prefix}{j}\"");
        }
        out.push(']');
        self.raw("queued", queue.len)
    }

    fn handler(&mut self, key: &str, h: &HandlerInfo) -> &mut Self {
        let out = self.key(key);
        out.push_str("{\"kind\":");
        push_quoted(out, h.kind);
        Fields(out).str("name", &h.name).pos("at", h.at);
        self.0.push('}');
        self
    }

    fn task(&mut self, task: &Task) -> &mut Self {
        match task {
            Task::Script { file } => self.str("task", "script").str("file", file),
            Task::Timer {
                timer,
                repeat,
                run,
                added,
            } => self
                .str("task", if *repeat { "interval" } else { "timer" })
                .id("timer", 'T', *timer)
                .raw("run", run)
                .pos("set_at", *added),
            Task::Immediate { immediate, added } => self
                .str("task", "immediate")
                .id("immediate", 'I', *immediate)
                .pos("set_at", *added),
        }
    }

    fn job(&mut self, kind: &JobKind) -> &mut Self {
        match kind {
            JobKind::Reaction {
                promise,
                rejected,
                handler,
                derived,
            } => self
                .str("kind", "reaction")
                .opt_id("promise", 'P', *promise)
                .str("state", super::text::settled(*rejected))
                .handler("handler", handler)
                .opt_id("derived", 'P', *derived),
            JobKind::Await {
                promise,
                rejected,
                function,
                at,
            } => self
                .str("kind", "await")
                .opt_id("promise", 'P', *promise)
                .str("state", super::text::settled(*rejected))
                .str("function", function)
                .pos("resume_at", *at),
            JobKind::Microtask { function, at } => self
                .str("kind", "microtask")
                .str("function", function)
                .pos("defined_at", *at),
            JobKind::Thenable { promise, thenable } => self
                .str("kind", "thenable")
                .id("promise", 'P', *promise)
                .str("thenable", thenable),
        }
    }
}

/// A clock reading as JSON has it: microseconds are plenty, and keep lines short.
fn number(n: f64) -> f64 {
    (n * 1e6).round() / 1e6
}

/// The JSON object for one event.
pub fn line(record: &Record) -> String {
    let mut out = String::with_capacity(256);
    let _ = write!(out, "{{\"seq\":{}", record.seq);
    let mut f = Fields(&mut out);
    f.str("ev", record.event.name()).raw("t", number(record.t));
    match record.ctx {
        Some(ctx) => f.str("ctx", ctx),
        None => f.raw("ctx", "null"),
    };
    f.pos("at", record.site.at);
    if let Some(function) = &record.site.function {
        f.str("fn", function);
    }
    let stack = f.key("stack");
    stack.push('[');
    for (i, frame) in record.site.stack.iter().enumerate() {
        if i > 0 {
            stack.push(',');
        }
        push_quoted(stack, frame);
    }
    stack.push(']');
    match record.event {
        Event::TaskStart(task) | Event::TaskEnd(task) => f.task(task),
        Event::CheckpointStart { queue } => f.queue("queue", 'J', queue),
        Event::CheckStart { batch } => f.queue("batch", 'I', batch),
        Event::CheckpointEnd | Event::LoopEnd => &mut f,
        Event::JobEnqueue { job, kind, queue } | Event::JobStart { job, kind, queue } => {
            f.id("job", 'J', *job).job(kind).queue("queue", 'J', queue)
        }
        Event::JobEnd { job } => f.id("job", 'J', *job),
        Event::TickEnqueue {
            tick,
            function,
            queue,
        }
        | Event::TickStart {
            tick,
            function,
            queue,
        } => f
            .id("tick", 'N', *tick)
            .handler("function", function)
            .queue("queue", 'N', queue),
        Event::TickEnd { tick } => f.id("tick", 'N', *tick),
        Event::ImmediateAdd {
            immediate,
            function,
            queue,
        } => f
            .id("immediate", 'I', *immediate)
            .handler("function", function)
            .queue("queue", 'I', queue),
        Event::ImmediateClear { immediate } => f.id("immediate", 'I', *immediate),
        Event::TimerAdd {
            timer,
            repeat,
            delay,
            requested,
            due,
        } => f
            .id("timer", 'T', *timer)
            .str("api", if *repeat { "setInterval" } else { "setTimeout" })
            .raw("delay", delay)
            .str("requested", requested)
            .raw("due", number(*due)),
        Event::TimerClear { timer } | Event::TimerUnref { timer } => f.id("timer", 'T', *timer),
        Event::TimerRearm { timer, due } => f.id("timer", 'T', *timer).raw("due", number(*due)),
        Event::PromiseNew { promise } | Event::HandledLate { promise } => {
            f.id("promise", 'P', *promise)
        }
        Event::PromiseWait {
            promise,
            handler,
            derived,
        } => f
            .id("promise", 'P', *promise)
            .handler("handler", handler)
            .opt_id("derived", 'P', *derived),
        Event::PromiseResolve { promise, thenable } => {
            f.id("promise", 'P', *promise).str("thenable", thenable)
        }
        Event::PromiseFulfill { promise, value } => {
            f.id("promise", 'P', *promise).str("value", value)
        }
        Event::PromiseReject { promise, reason } | Event::Unhandled { promise, reason } => {
            f.id("promise", 'P', *promise).str("reason", reason)
        }
        Event::Await { promise, function } => {
            f.id("promise", 'P', *promise).str("function", function)
        }
        Event::Uncaught { error } | Event::UncaughtHandled { error } => f.str("error", error),
        Event::Console { method, text } => f.str("method", method).str("text", text),
        Event::Exit { code } => f.raw("code", code),
        Event::Limit { limit } => f.raw("limit", limit),
    };
    out.push('}');
    out
}
