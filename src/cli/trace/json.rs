//! The JSON trace (`--trace=json`): JSON Lines. A versioned `meta` line first (the
//! file, the clock, the limit and the source text), then one object per event with
//! `seq`, `ev`, `t`, `ctx`, `at`, `stack` and the event's own fields, one to one with
//! the lines of the text trace. The fields are described in docs/trace.md.

use super::RunInfo;
use super::text::quoted;
use crate::runtime::trace::{Event, HandlerInfo, JobKind, Pos, Record, Task, TraceSink};
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

/// An object's members, written in order.
struct Fields(String);

impl Fields {
    fn raw(&mut self, key: &str, value: impl std::fmt::Display) -> &mut Self {
        let _ = write!(self.0, ",\"{key}\":{value}");
        self
    }

    fn str(&mut self, key: &str, value: &str) -> &mut Self {
        self.raw(key, quoted(value))
    }

    fn id(&mut self, key: &str, prefix: char, id: u32) -> &mut Self {
        self.raw(key, format!("\"{prefix}{id}\""))
    }

    fn opt_id(&mut self, key: &str, prefix: char, id: Option<u32>) -> &mut Self {
        match id {
            Some(id) => self.id(key, prefix, id),
            None => self.raw(key, "null"),
        }
    }

    fn pos(&mut self, key: &str, at: Option<Pos>) -> &mut Self {
        match at {
            Some(at) => self.raw(key, format!("\"{at}\"")),
            None => self.raw(key, "null"),
        }
    }

    fn queue(&mut self, queue: &[u32]) -> &mut Self {
        let ids: Vec<String> = queue.iter().map(|j| format!("\"J{j}\"")).collect();
        self.raw("queue", format!("[{}]", ids.join(",")))
    }

    fn handler(&mut self, h: &HandlerInfo) -> &mut Self {
        let mut inner = Fields(String::new());
        inner
            .str("kind", h.kind)
            .str("name", &h.name)
            .pos("at", h.at);
        self.raw("handler", format!("{{{}}}", &inner.0[1..]))
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
        }
    }

    fn job(&mut self, kind: &JobKind) -> &mut Self {
        let state = |rejected: bool| if rejected { "rejected" } else { "fulfilled" };
        match kind {
            JobKind::Reaction {
                promise,
                rejected,
                handler,
                derived,
            } => self
                .str("kind", "reaction")
                .opt_id("promise", 'P', *promise)
                .str("state", state(*rejected))
                .handler(handler)
                .opt_id("derived", 'P', *derived),
            JobKind::Await {
                promise,
                rejected,
                function,
                at,
            } => self
                .str("kind", "await")
                .opt_id("promise", 'P', *promise)
                .str("state", state(*rejected))
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

/// A number as JSON has it (no NaN or infinity in a clock, but be safe).
fn number(n: f64) -> String {
    if n.is_finite() {
        // Microseconds are plenty, and keep the lines short.
        format!("{}", (n * 1e6).round() / 1e6)
    } else {
        "null".into()
    }
}

/// The JSON object for one event.
pub fn line(record: &Record) -> String {
    let mut f = Fields(String::new());
    f.raw("seq", record.seq)
        .str("ev", record.event.name())
        .raw("t", number(record.t));
    match record.ctx {
        Some(ctx) => f.str("ctx", ctx),
        None => f.raw("ctx", "null"),
    };
    f.pos("at", record.site.at);
    if let Some(function) = &record.site.function {
        f.str("fn", function);
    }
    let stack: Vec<String> = record.site.stack.iter().map(|s| quoted(s)).collect();
    f.raw("stack", format!("[{}]", stack.join(",")));
    match record.event {
        Event::TaskStart(task) | Event::TaskEnd(task) => f.task(task),
        Event::CheckpointStart { queue } => f.queue(queue),
        Event::CheckpointEnd => &mut f,
        Event::JobEnqueue { job, kind, queue } | Event::JobStart { job, kind, queue } => {
            f.id("job", 'J', *job).job(kind).queue(queue)
        }
        Event::JobEnd { job } => f.id("job", 'J', *job),
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
            .handler(handler)
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
        Event::Uncaught { error } => f.str("error", error),
        Event::Console { method, text } => f.str("method", method).str("text", text),
        Event::Exit { code } => f.raw("code", code),
        Event::Limit { limit } => f.raw("limit", limit),
    };
    format!("{{{}}}", &f.0[1..])
}
