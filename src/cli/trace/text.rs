//! The text trace: one numbered line per event, indented by the tasks, checkpoints and
//! jobs it is inside, ending with where JavaScript was (`@line:col in f`). The clock
//! is shown only under virtual time, so a trace of the same program is always the
//! same. The format is described in docs/trace.md.

use super::handler_text;
use crate::runtime::trace::{Event, JobKind, Queue, Record, Task, TraceSink};
use std::fmt::Write as _;
use std::io::Write;

/// Writes text lines to a stream.
pub struct TextWriter<W: Write> {
    out: W,
    clock: bool,
    /// Set once a write failed (a closed pipe): the run goes on without the trace.
    failed: bool,
}

impl<W: Write> TextWriter<W> {
    pub fn new(out: W, clock: bool) -> Self {
        TextWriter {
            out,
            clock,
            failed: false,
        }
    }
}

impl<W: Write> TraceSink for TextWriter<W> {
    fn record(&mut self, record: &Record) {
        if !self.failed {
            let line = line(record, self.clock);
            self.failed = writeln!(self.out, "{line}").is_err();
        }
    }

    fn finish(&mut self) {
        let _ = self.out.flush();
    }
}

/// The line for one event; with `clock`, the loop clock in ms after the number.
pub fn line(record: &Record, clock: bool) -> String {
    let mut out = format!("{:>4} ", record.seq);
    if clock {
        let _ = write!(out, "{:>9.3} ", record.t);
    }
    for _ in 0..record.depth {
        out.push_str("  ");
    }
    out.push_str(&body(record.event, clock));
    if let Some(at) = record.site.at {
        let _ = write!(out, " @{at}");
    }
    if let Some(f) = &record.site.function {
        let _ = write!(out, " in {f}");
    }
    out
}

/// A queue of ids with `prefix` as `[J1 J2]`, or `[J1 J2 ... +40]` past the ids an
/// event keeps.
pub fn queue_text(queue: &Queue, prefix: char) -> String {
    let mut ids: Vec<String> = queue.first.iter().map(|j| format!("{prefix}{j}")).collect();
    if queue.len > queue.first.len() {
        ids.push(format!("... +{}", queue.len - queue.first.len()));
    }
    format!("[{}]", ids.join(" "))
}

/// A task as its start (with where it was set) or end line names it.
pub(super) fn task_text(task: &Task, start: bool) -> String {
    match task {
        Task::Script { file } => format!("script {file}"),
        Task::Timer {
            timer,
            repeat,
            run,
            added,
        } => {
            let mut text = if *repeat {
                format!("interval T{timer} run {run}")
            } else {
                format!("timer T{timer}")
            };
            if start && let Some(at) = added {
                let _ = write!(text, " (set at {at})");
            }
            text
        }
        Task::Immediate { immediate, added } => match added {
            Some(at) if start => format!("immediate I{immediate} (set at {at})"),
            _ => format!("immediate I{immediate}"),
        },
    }
}

/// The state a settled promise's job saw, as both writers name it.
pub(super) fn settled(rejected: bool) -> &'static str {
    if rejected { "rejected" } else { "fulfilled" }
}

/// What a job does, in words.
pub fn job_text(kind: &JobKind) -> String {
    match kind {
        JobKind::Reaction {
            promise,
            rejected,
            handler,
            derived,
        } => {
            let mut text = match promise {
                Some(p) => format!("reaction to P{p} {}: ", settled(*rejected)),
                None => format!("reaction ({}): ", settled(*rejected)),
            };
            text += &handler_text(handler);
            if let Some(d) = derived {
                let _ = write!(text, " -> P{d}");
            }
            text
        }
        JobKind::Await {
            promise,
            rejected,
            function,
            at,
        } => {
            let mut text = format!("await resume of {function}");
            if let Some(at) = at {
                let _ = write!(text, " at {at}");
            }
            if let Some(p) = promise {
                let _ = write!(text, " (P{p} {})", settled(*rejected));
            }
            text
        }
        JobKind::Microtask { function, at } => {
            let name = if function.is_empty() {
                "anonymous"
            } else {
                function
            };
            match at {
                Some(at) => format!("queueMicrotask {name} ({at})"),
                None => format!("queueMicrotask {name}"),
            }
        }
        JobKind::Thenable { promise, thenable } => {
            format!("resolve-thenable P{promise}: call then of {thenable}")
        }
    }
}

/// A string as a double-quoted literal with JSON's escapes.
pub fn quoted(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    push_quoted(&mut out, text);
    out
}

/// Appends `text` to `out` as a double-quoted literal with JSON's escapes.
pub fn push_quoted(out: &mut String, text: &str) {
    out.push('"');
    let mut plain = 0;
    for (i, c) in text.char_indices() {
        let escape = match c {
            '"' => "\\\"",
            '\\' => "\\\\",
            '\n' => "\\n",
            '\r' => "\\r",
            '\t' => "\\t",
            c if (c as u32) < 0x20 => "",
            _ => continue,
        };
        out.push_str(&text[plain..i]);
        if escape.is_empty() {
            let _ = write!(out, "\\u{:04x}", c as u32);
        } else {
            out.push_str(escape);
        }
        plain = i + c.len_utf8();
    }
    out.push_str(&text[plain..]);
    out.push('"');
}

/// The event's words after its number and indentation.
fn body(event: &Event, clock: bool) -> String {
    let name = event.name();
    let due = |due: f64| {
        if clock {
            format!(", due {due:.3}")
        } else {
            String::new()
        }
    };
    match event {
        Event::TaskStart(task) => format!("{name} {}", task_text(task, true)),
        Event::TaskEnd(task) => format!("{name} {}", task_text(task, false)),
        Event::CheckpointStart { queue } => format!("{name} {}", queue_text(queue, 'J')),
        Event::CheckStart { batch } => format!("{name} {}", queue_text(batch, 'I')),
        Event::CheckpointEnd | Event::LoopEnd => name.into(),
        Event::JobEnqueue { job, kind, queue } | Event::JobStart { job, kind, queue } => {
            format!(
                "{name} J{job} {}, queue {}",
                job_text(kind),
                queue_text(queue, 'J')
            )
        }
        Event::JobEnd { job } => format!("{name} J{job}"),
        Event::TickEnqueue {
            tick,
            function,
            queue,
        }
        | Event::TickStart {
            tick,
            function,
            queue,
        } => format!(
            "{name} N{tick} {}, ticks {}",
            handler_text(function),
            queue_text(queue, 'N')
        ),
        Event::TickEnd { tick } => format!("{name} N{tick}"),
        Event::ImmediateAdd {
            immediate,
            function,
            queue,
        } => format!(
            "{name} I{immediate} {}, immediates {}",
            handler_text(function),
            queue_text(queue, 'I')
        ),
        Event::ImmediateClear { immediate } => format!("{name} I{immediate}"),
        Event::TimerAdd {
            timer,
            repeat,
            delay,
            requested,
            due: at,
        } => {
            let api = if *repeat { "setInterval" } else { "setTimeout" };
            let mut text = format!("{name} T{timer} {api} {delay} ms");
            if *requested != delay.to_string() {
                let _ = write!(text, " (asked {requested})");
            }
            text + &due(*at)
        }
        Event::TimerClear { timer } | Event::TimerUnref { timer } => {
            format!("{name} T{timer}")
        }
        Event::TimerRearm { timer, due: at } => format!("{name} T{timer}{}", due(*at)),
        Event::PromiseNew { promise } => format!("{name} P{promise}"),
        Event::PromiseWait {
            promise,
            handler,
            derived,
        } => {
            let mut text = format!("{name} P{promise}: {}", handler_text(handler));
            if let Some(d) = derived {
                let _ = write!(text, " -> P{d}");
            }
            text
        }
        Event::PromiseResolve { promise, thenable } => {
            format!("{name} P{promise} with thenable {thenable}")
        }
        Event::PromiseFulfill { promise, value: v }
        | Event::PromiseReject { promise, reason: v } => {
            format!("{name} P{promise} {v}")
        }
        Event::Await { promise, .. } => format!("{name} P{promise}"),
        Event::Unhandled { promise, reason } => format!("{name} P{promise} {reason}"),
        Event::HandledLate { promise } => format!("{name} P{promise}"),
        Event::Uncaught { error } | Event::UncaughtHandled { error } => {
            format!("{name} {error}")
        }
        Event::Console { method, text } => format!("console.{method} {}", quoted(text)),
        Event::Exit { code } => format!("{name} {code}"),
        Event::Limit { limit } => format!("{name} {limit} events recorded; tracing stops here"),
    }
}
