//! The Perfetto trace (`--trace=perfetto`): one Trace Event Format object that
//! ui.perfetto.dev and chrome://tracing open. Tasks, microtask checkpoints and jobs are
//! nested slices (a task's slice stays open over the checkpoint that follows it, as
//! HTML counts the checkpoint part of the task), every other event is an instant with
//! the JSON format's fields as its args, and flow arrows lead from each job's enqueue
//! to its start and from each timer's arming to its run.

use super::RunInfo;
use super::text::quoted;
use crate::runtime::trace::{Event, Record, Task, TraceSink};
use std::fmt::Write as _;
use std::io::Write;

/// Buffers the events and writes the object when the run is over.
pub struct PerfettoWriter<W: Write> {
    out: W,
    events: Vec<String>,
    /// The open slices, innermost last.
    open: Vec<String>,
    /// When a task ended: its slice closes after the checkpoint that follows it, or
    /// then when none does.
    task_ending: Option<f64>,
    /// The open checkpoint is inside a task's slice, to be closed with it.
    task_around_checkpoint: bool,
    /// The last timestamp written, in µs: timestamps only grow, so slices that start
    /// and end at the same clock reading keep their order.
    last_ts: f64,
    /// The runs each interval has started.
    runs: rustc_hash::FxHashMap<u32, u32>,
}

impl<W: Write> PerfettoWriter<W> {
    pub fn new(out: W, run: &RunInfo) -> Self {
        let name = quoted(&format!("jsloop {}", run.file));
        PerfettoWriter {
            out,
            events: vec![
                format!("{{\"name\":\"process_name\",\"ph\":\"M\",\"pid\":1,\"args\":{{\"name\":{name}}}}}"),
                "{\"name\":\"thread_name\",\"ph\":\"M\",\"pid\":1,\"tid\":1,\"args\":{\"name\":\"event loop\"}}".into(),
            ],
            open: Vec::new(),
            task_ending: None,
            task_around_checkpoint: false,
            last_ts: -1.0,
            runs: Default::default(),
        }
    }

    fn ts(&mut self, t: f64) -> f64 {
        let ts = (t * 1000.0).max(self.last_ts + 0.001);
        self.last_ts = ts;
        ts
    }

    /// Adds one trace event with `ph` and the fields in `rest`.
    fn push(&mut self, t: f64, ph: &str, rest: &str) {
        let ts = self.ts(t);
        let mut event = format!("{{\"ph\":\"{ph}\",\"ts\":{ts:.3},\"pid\":1,\"tid\":1");
        event.push_str(rest);
        event.push('}');
        self.events.push(event);
    }

    fn begin(&mut self, t: f64, name: String, category: &str, args: &str) {
        let rest = format!(
            ",\"name\":{},\"cat\":\"{category}\",\"args\":{args}",
            quoted(&name)
        );
        self.push(t, "B", &rest);
        self.open.push(name);
    }

    fn end(&mut self, t: f64) {
        if let Some(name) = self.open.pop() {
            self.push(t, "E", &format!(",\"name\":{}", quoted(&name)));
        }
    }

    /// Closes the slice of a task that ended, unless a checkpoint is starting.
    fn settle_task_end(&mut self, event: &Event) {
        if !matches!(event, Event::CheckpointStart { .. })
            && let Some(ended) = self.task_ending.take()
        {
            self.end(ended);
        }
    }

    fn flow(&mut self, t: f64, ph: &str, id: &str) {
        let rest = format!(",\"name\":\"schedule\",\"cat\":\"flow\",\"id\":\"{id}\",\"bp\":\"e\"");
        self.push(t, ph, &rest);
    }
}

/// The name of a task's slice and the flow id of the timer arming it ran from.
fn task_slice(task: &Task) -> (String, Option<String>) {
    match task {
        Task::Script { file } => (format!("script {file}"), None),
        Task::Timer {
            timer, repeat, run, ..
        } if *repeat => (
            format!("interval T{timer} run {run}"),
            Some(format!("T{timer}.{run}")),
        ),
        Task::Timer { timer, .. } => (format!("timer T{timer}"), Some(format!("T{timer}.1"))),
        Task::Immediate { immediate, .. } => (
            format!("immediate I{immediate}"),
            Some(format!("I{immediate}")),
        ),
    }
}

impl<W: Write> TraceSink for PerfettoWriter<W> {
    fn record(&mut self, record: &Record) {
        let (t, event) = (record.t, record.event);
        self.settle_task_end(event);
        let args = super::json::line(record);
        match event {
            Event::TaskStart(task) => {
                if let Task::Timer {
                    timer,
                    repeat: true,
                    run,
                    ..
                } = task
                {
                    self.runs.insert(*timer, *run);
                }
                let (name, flow) = task_slice(task);
                self.begin(t, name, "task", &args);
                if let Some(id) = flow {
                    self.flow(t, "f", &id);
                }
            }
            Event::TaskEnd(_) => self.task_ending = Some(t),
            Event::CheckpointStart { .. } => {
                self.task_around_checkpoint = self.task_ending.take().is_some();
                self.begin(t, "microtask checkpoint".into(), "checkpoint", &args);
            }
            Event::CheckpointEnd => {
                self.end(t);
                if std::mem::take(&mut self.task_around_checkpoint) {
                    self.end(t);
                }
            }
            Event::JobStart { job, .. } => {
                self.begin(t, format!("J{job}"), "job", &args);
                self.flow(t, "f", &format!("J{job}"));
            }
            Event::JobEnd { .. } => self.end(t),
            Event::TickStart { tick, .. } => {
                self.begin(t, format!("N{tick}"), "tick", &args);
                self.flow(t, "f", &format!("N{tick}"));
            }
            Event::TickEnd { .. } => self.end(t),
            _ => {
                let rest = format!(
                    ",\"name\":{},\"cat\":\"event\",\"s\":\"t\",\"args\":{args}",
                    quoted(&instant_name(event))
                );
                self.push(t, "i", &rest);
                match event {
                    Event::JobEnqueue { job, .. } => self.flow(t, "s", &format!("J{job}")),
                    Event::TickEnqueue { tick, .. } => self.flow(t, "s", &format!("N{tick}")),
                    Event::ImmediateAdd { immediate, .. } => {
                        self.flow(t, "s", &format!("I{immediate}"));
                    }
                    Event::TimerAdd { timer, .. } => self.flow(t, "s", &format!("T{timer}.1")),
                    Event::TimerRearm { timer, .. } => {
                        // The interval's next run, or a refreshed timeout's only one.
                        let run = self.runs.get(timer).map_or(1, |r| r + 1);
                        self.flow(t, "s", &format!("T{timer}.{run}"));
                    }
                    _ => {}
                }
            }
        }
    }

    fn finish(&mut self) {
        let t = self.last_ts / 1000.0;
        self.task_ending = None;
        while !self.open.is_empty() {
            self.end(t);
        }
        let mut text = String::from("{\"displayTimeUnit\":\"ms\",\"traceEvents\":[\n");
        for (i, event) in self.events.iter().enumerate() {
            let sep = if i + 1 == self.events.len() { "" } else { "," };
            let _ = writeln!(text, "{event}{sep}");
        }
        text.push_str("]}\n");
        let _ = self.out.write_all(text.as_bytes());
        let _ = self.out.flush();
    }
}

/// An instant's name: the event and its main id (`promise.fulfill P3`).
fn instant_name(event: &Event) -> String {
    let id = match event {
        Event::JobEnqueue { job, .. } => format!(" J{job}"),
        Event::TickEnqueue { tick, .. } => format!(" N{tick}"),
        Event::ImmediateAdd { immediate, .. } | Event::ImmediateClear { immediate } => {
            format!(" I{immediate}")
        }
        Event::TimerAdd { timer, .. }
        | Event::TimerClear { timer }
        | Event::TimerRearm { timer, .. }
        | Event::TimerUnref { timer } => format!(" T{timer}"),
        Event::PromiseNew { promise }
        | Event::PromiseWait { promise, .. }
        | Event::PromiseResolve { promise, .. }
        | Event::PromiseFulfill { promise, .. }
        | Event::PromiseReject { promise, .. }
        | Event::Await { promise, .. }
        | Event::Unhandled { promise, .. }
        | Event::HandledLate { promise } => format!(" P{promise}"),
        Event::Console { method, .. } => format!(".{method}"),
        _ => String::new(),
    };
    format!("{}{id}", event.name())
}
