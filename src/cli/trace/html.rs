//! The stepper (`--trace=html`): one self-contained page that steps through a run
//! event by event. It embeds the JSON trace's events and the source text, and for
//! each event the text trace's line (the caption), a one-sentence reason, and the
//! words that name what a queue entry is; its own script derives the panes' state at
//! step N by replaying events 1..N, so stepping back costs nothing. Inline CSS and
//! JavaScript only, and a Content-Security-Policy that forbids every network request.

use super::RunInfo;
use super::text::{job_text, quoted, task_text};
use super::{handler_text, json};
use crate::runtime::trace::{Event, JobKind, Record, Task, TraceSink};
use rustc_hash::{FxHashMap, FxHashSet};
use std::fmt::Write as _;
use std::io::Write;

/// The page around the data: CSS, markup and the stepper's script.
const PAGE: &str = include_str!("stepper.html");

/// Where the page takes its data.
const DATA_MARK: &str = "<!--TRACE-DATA-->";

/// Buffers the steps and writes the page when the run is over.
pub struct HtmlWriter<W: Write> {
    out: W,
    clock: bool,
    /// The run's `meta` fields, as the JSON trace's first line has them.
    meta: String,
    /// One JSON object per event: `line`, `reason`, `what` and the event as `ev`.
    steps: Vec<String>,
    why: Reasons,
}

impl<W: Write> HtmlWriter<W> {
    pub fn new(out: W, run: &RunInfo) -> Self {
        let clock = if run.virtual_time { "virtual" } else { "real" };
        let meta = format!(
            "\"file\":{},\"clock\":\"{clock}\",\"limit\":{},\"source\":{}",
            quoted(run.file),
            run.limit,
            quoted(run.source)
        );
        HtmlWriter {
            out,
            clock: run.virtual_time,
            meta,
            steps: Vec::new(),
            why: Reasons::default(),
        }
    }
}

impl<W: Write> TraceSink for HtmlWriter<W> {
    fn record(&mut self, record: &Record) {
        let line = super::text::line(record, self.clock);
        let reason = self.why.reason(record.event);
        let mut step = String::with_capacity(line.len() + reason.len() + 300);
        step.push_str("{\"line\":");
        step.push_str(&quoted(&line));
        step.push_str(",\"reason\":");
        step.push_str(&quoted(&reason));
        if let Some(what) = what(record.event) {
            step.push_str(",\"what\":");
            step.push_str(&quoted(&what));
        }
        let _ = write!(step, ",\"ev\":{}}}", json::line(record));
        self.steps.push(step);
    }

    fn finish(&mut self) {
        let mut data = format!(
            "{{\"version\":{},{},\"steps\":[\n",
            json::VERSION,
            self.meta
        );
        data.push_str(&self.steps.join(",\n"));
        data.push_str("]}");
        // Inside <script>, only `</` could end the element early; `<\/` is the same
        // string to JSON.
        let data = data.replace("</", "<\\/");
        let page = PAGE.replacen(DATA_MARK, &data, 1);
        let _ = self.out.write_all(page.as_bytes());
        let _ = self.out.flush();
    }
}

/// What a queue entry the event adds (or starts) is, in the text trace's words: the
/// page lists it under its id.
fn what(event: &Event) -> Option<String> {
    match event {
        Event::TaskStart(task) => Some(task_text(task, true)),
        Event::JobEnqueue { kind, .. } | Event::JobStart { kind, .. } => Some(job_text(kind)),
        Event::TickEnqueue { function, .. }
        | Event::TickStart { function, .. }
        | Event::ImmediateAdd { function, .. } => Some(handler_text(function)),
        _ => None,
    }
}

/// What the reasons need to remember of the run so far.
#[derive(Default)]
struct Reasons {
    /// Queued job and tick ids, in order.
    jobs: Vec<u32>,
    ticks: Vec<u32>,
    /// Reactions (and awaits) waiting on each pending promise, not yet queued.
    waiting: FxHashMap<u32, usize>,
    /// Promises fulfilled or rejected.
    settled: FxHashSet<u32>,
    /// When each armed timer is due.
    due: FxHashMap<u32, f64>,
    /// What ran last (`the script`, `timer T1`, `tick N2`), once it ended.
    ended: String,
}

/// `[J1 J2]`-style words for ids.
fn ids(prefix: char, ids: &[u32]) -> String {
    let shown: Vec<String> = ids.iter().take(4).map(|i| format!("{prefix}{i}")).collect();
    match ids.len() {
        0..=4 => shown.join(", "),
        n => format!("{} and {} more", shown.join(", "), n - 4),
    }
}

impl Reasons {
    /// Why `event` happens here, in one sentence.
    fn reason(&mut self, event: &Event) -> String {
        match event {
            Event::TaskStart(task) => self.task_start(task),
            Event::TaskEnd(task) => {
                self.ended = match task {
                    Task::Script { .. } => "the script's task".into(),
                    _ => format!("{}'s task", task_text(task, false)),
                };
                format!("{} is over: its synchronous code ran to the end, and {}.", capitalized(&self.ended), self.next())
            }
            Event::CheckpointStart { queue } => format!(
                "{} ended and the microtask queue is not empty, so the checkpoint runs {} (and any job they queue) until the queue is empty.",
                capitalized(&self.ended),
                ids('J', &queue.first)
            ),
            Event::CheckpointEnd => {
                self.ended = "the microtask checkpoint".into();
                format!("The microtask queue is empty, so the checkpoint is over and {}.", self.next())
            }
            Event::JobEnqueue { job, kind, .. } => {
                self.jobs.push(*job);
                self.job_queued(*job, kind)
            }
            Event::JobStart { job, .. } => {
                self.jobs.retain(|j| j != job);
                format!("J{job} is first in the microtask queue, so it runs now: jobs run one at a time, in the order they were queued.")
            }
            Event::JobEnd { job } => {
                self.ended = format!("J{job}");
                match self.jobs.first() {
                    Some(next) => format!("J{job} returned, and J{next} is next in the microtask queue."),
                    None => format!("J{job} returned, and the microtask queue is empty."),
                }
            }
            Event::TickEnqueue { tick, .. } => {
                self.ticks.push(*tick);
                format!("process.nextTick queues N{tick}: it runs as soon as the running callback returns, before any promise job.")
            }
            Event::TickStart { tick, .. } => {
                self.ticks.retain(|t| t != tick);
                format!("After a callback Node empties the nextTick queue before the microtask queue, so N{tick}, first in it, runs now.")
            }
            Event::TickEnd { tick } => {
                self.ended = format!("tick N{tick}");
                format!("N{tick} returned, and {}.", self.next())
            }
            Event::ImmediateAdd { immediate, .. } => format!(
                "setImmediate queues I{immediate} for the loop's check phase, which comes after the poll phase and before the next timers."
            ),
            Event::ImmediateClear { immediate } => {
                format!("clearImmediate takes I{immediate} off the queue: it never runs.")
            }
            Event::CheckStart { batch } => format!(
                "The loop reaches its check phase, which runs the immediates queued so far ({}); one queued from now on waits for the next turn.",
                ids('I', &batch.first)
            ),
            Event::LoopEnd => "Nothing keeps the loop alive any more (no timer, immediate, tick or job is left), so the process's exit listeners run and the run ends.".into(),
            Event::TimerAdd { timer, repeat, delay, requested, due } => {
                self.due.insert(*timer, *due);
                let api = if *repeat { "setInterval" } else { "setTimeout" };
                let rule = if *requested != delay.to_string() {
                    format!(" (Node waits whole milliseconds, at least 1, whatever was asked: {requested})")
                } else {
                    String::new()
                };
                format!("{api} arms T{timer} for {delay} ms{rule}: its callback runs as a task of a later timers phase, never before the running code and its microtasks are done.")
            }
            Event::TimerClear { timer } => {
                self.due.remove(timer);
                format!("T{timer} is cleared, so its callback will not run.")
            }
            Event::TimerRearm { timer, due } => {
                self.due.insert(*timer, *due);
                format!("T{timer} is armed again (an interval after each run, or refresh()), counting from now.")
            }
            Event::TimerUnref { timer } => {
                format!("unref(): T{timer} no longer keeps the process alive, though it still runs if the loop lives on.")
            }
            Event::PromiseNew { promise } => {
                format!("A new promise, P{promise}, is made; it is pending until something settles it.")
            }
            Event::PromiseWait { promise, .. } => {
                *self.waiting.entry(*promise).or_default() += 1;
                format!("P{promise} is still pending, so the reaction is stored on it and queued only when P{promise} settles.")
            }
            Event::PromiseResolve { promise, .. } => format!(
                "P{promise} is resolved with a thenable, so it settles only when a job has called that thenable's then and it called back."
            ),
            Event::PromiseFulfill { promise, .. } => self.settled(*promise, "fulfilled"),
            Event::PromiseReject { promise, .. } => self.settled(*promise, "rejected"),
            Event::Await { promise, function } => {
                if !self.settled.contains(promise) {
                    *self.waiting.entry(*promise).or_default() += 1;
                }
                format!(
                "await suspends {} until P{promise} settles; the rest of it runs later, as a job.",
                if function.is_empty() { "the async function" } else { function }
            )
            }
            Event::Unhandled { promise, .. } => format!(
                "P{promise} was rejected and had no handler once the ticks and microtasks drained, so Node reports an unhandled rejection."
            ),
            Event::HandledLate { promise } => format!(
                "A handler is added to P{promise}, whose rejection was already reported as unhandled."
            ),
            Event::Uncaught { .. } => "Nobody caught this exception, so the run ends here (exit code 1).".into(),
            Event::UncaughtHandled { .. } => "An uncaughtException listener handled the exception, so the loop goes on with its next callback.".into(),
            Event::Console { method, .. } => {
                format!("console.{method} prints at once: console output is synchronous.")
            }
            Event::Exit { code } => format!("The run is over with exit code {code}."),
            Event::Limit { limit } => {
                format!("The trace stops after {limit} events (--trace-limit); the program ran on.")
            }
        }
    }

    /// Why a task starts.
    fn task_start(&mut self, task: &Task) -> String {
        match task {
            Task::Script { .. } => "The script runs first, as the loop's first task: all of its synchronous code runs before any callback.".into(),
            Task::Timer { timer, repeat, run, .. } => {
                let due = match self.due.get(timer) {
                    Some(due) => format!(" (due at {due:.3} ms)"),
                    None => String::new(),
                };
                if *repeat {
                    format!("No tick or job is queued and interval T{timer}'s time has come{due}, so the timers phase runs it (run {run}) as a task.")
                } else {
                    self.due.remove(timer);
                    format!("No tick or job is queued and T{timer}'s time has come{due}, so the timers phase runs its callback as a task.")
                }
            }
            Task::Immediate { immediate, .. } => format!(
                "The check phase runs I{immediate}, an immediate queued before the phase began, as a task."
            ),
        }
    }

    /// What comes after a task, tick or checkpoint ended, given the queues.
    fn next(&self) -> String {
        match (self.ticks.first(), self.jobs.first()) {
            (Some(t), _) => {
                format!("the nextTick queue is not empty, so N{t} runs next, before any job")
            }
            (None, Some(j)) => {
                format!("the microtask queue is not empty, so a checkpoint runs J{j} next")
            }
            (None, None) => "no tick or job is queued, so the loop moves on".into(),
        }
    }

    /// Why a promise settles now, and what it queues.
    fn settled(&mut self, promise: u32, state: &str) -> String {
        self.settled.insert(promise);
        match self.waiting.get(&promise).copied().unwrap_or(0) {
            0 => format!(
                "P{promise} is {state}; nothing waits on it yet, and a then() on it from now on queues its reaction at once."
            ),
            1 => format!("P{promise} is {state}, so the reaction waiting on it is queued now."),
            n => format!(
                "P{promise} is {state}, so the {n} reactions waiting on it are queued now, in the order they were added."
            ),
        }
    }

    /// Why a job is queued.
    fn job_queued(&mut self, job: u32, kind: &JobKind) -> String {
        match kind {
            JobKind::Reaction {
                promise: Some(p),
                rejected,
                ..
            }
            | JobKind::Await {
                promise: Some(p),
                rejected,
                ..
            } => {
                let state = super::text::settled(*rejected);
                if let Some(n) = self.waiting.get_mut(p).filter(|n| **n > 0) {
                    *n -= 1;
                    format!(
                        "P{p} was {state} while this reaction waited on it, so it is queued now as J{job}."
                    )
                } else {
                    format!(
                        "P{p} is already {state}, so J{job} is queued at once; it runs only once the running code is done, as jobs never interrupt it."
                    )
                }
            }
            JobKind::Reaction { .. } | JobKind::Await { .. } => {
                format!("A promise settled, so J{job} is queued to run its reaction.")
            }
            JobKind::Microtask { .. } => {
                format!(
                    "queueMicrotask puts the callback at the end of the microtask queue as J{job}."
                )
            }
            JobKind::Thenable { promise, .. } => format!(
                "P{promise} was resolved with a thenable, so J{job} is queued to call its then: one tick more than a plain value."
            ),
        }
    }
}

/// `text` with its first letter in upper case.
fn capitalized(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => "The last callback".into(),
    }
}
