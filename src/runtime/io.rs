//! The I/O worker pool (libuv's thread pool): file operations run on a few threads
//! off the main one, and their results come back over a channel that the poll phase
//! waits on. No JavaScript value ever reaches a worker: a job is plain Rust work that
//! returns an [`Output`], turned into callback arguments on the main thread.

use super::heap::{Trace, Tracer};
use super::value::Value;
use crate::vm::Vm;
use std::collections::BTreeMap;
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, Sender};
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// libuv's default pool size.
const DEFAULT_THREADS: usize = 4;
/// libuv's largest pool (`MAX_THREADPOOL_SIZE`).
const MAX_THREADS: usize = 1024;

/// What a finished job hands back: data only, made into JavaScript values on the main
/// thread.
#[derive(Debug)]
pub enum Output {
    Unit,
    Bool(bool),
    Number(f64),
    Text(String),
    /// Text already decoded to UTF-16 (on the worker: decoding a big file is work).
    Units(Vec<u16>),
    Bytes(Vec<u8>),
    List(Vec<Output>),
}

/// A failed operation: the OS error with what Node names in its message and
/// properties (the system call, the path and, for two-path calls, the destination).
#[derive(Debug)]
pub struct IoError {
    pub error: std::io::Error,
    pub syscall: &'static str,
    pub path: Option<String>,
    pub dest: Option<String>,
}

pub type IoResult = Result<Output, IoError>;

/// A finished job's result, tagged with its request id.
type Done = (u64, IoResult);

/// A finished request as the poll phase gets it: its callback, how to make the
/// callback's arguments, and the result.
pub type Finished = (Value, Finish, IoResult);

/// A unit of work for the pool.
pub type Job = Box<dyn FnOnce() -> IoResult + Send>;

/// Turns a finished job's result into the arguments of its callback (on the main
/// thread).
pub type Finish = fn(&mut Vm, IoResult) -> Box<[Value]>;

/// A request in flight: the callback to run when it completes.
struct Request {
    callback: Value,
    finish: Finish,
}

/// The pool, its channels and the requests in flight.
#[derive(Default)]
pub struct Pool {
    /// Where jobs go; `None` until the first job starts the workers.
    jobs: Option<Sender<(u64, Job)>>,
    results: Option<(Sender<Done>, Receiver<Done>)>,
    /// Requests in flight by id (ids grow, so the map is in request order).
    requests: BTreeMap<u64, Request>,
    /// Results that came back, kept until they are handed over (under virtual time,
    /// in request order).
    arrived: BTreeMap<u64, IoResult>,
    next_id: u64,
}

impl Trace for Pool {
    fn trace(&self, tracer: &mut Tracer) {
        for r in self.requests.values() {
            tracer.value(r.callback);
        }
    }
}

/// The pool size: `UV_THREADPOOL_SIZE` when set (0 means 1, at most 1024), else 4.
fn pool_size() -> usize {
    std::env::var("UV_THREADPOOL_SIZE")
        .ok()
        .and_then(|s| s.trim().parse::<usize>().ok())
        .map_or(DEFAULT_THREADS, |n| n.clamp(1, MAX_THREADS))
}

impl Pool {
    /// How many requests are in flight.
    pub fn in_flight(&self) -> usize {
        self.requests.len()
    }

    /// Starts `job` on the pool; `callback` gets `finish`'s arguments when it is done.
    pub fn submit(&mut self, job: Job, callback: Value, finish: Finish) {
        let id = self.next_id;
        self.next_id += 1;
        self.requests.insert(id, Request { callback, finish });
        let (done, _) = self.results.get_or_insert_with(mpsc::channel);
        let done = done.clone();
        let jobs = self.jobs.get_or_insert_with(|| start_workers(done));
        if let Err(mpsc::SendError((id, job))) = jobs.send((id, job)) {
            // No worker is left (one can only stop by panicking): run it here.
            self.arrived.insert(id, job());
        }
    }

    /// Moves every result already sent into `arrived`; with `wait`, first blocks until
    /// one comes or `timeout` passes (forever without one).
    fn receive(&mut self, wait: bool, timeout: Option<Duration>) {
        let Some((_, results)) = &self.results else {
            return;
        };
        if wait {
            let first = match timeout {
                Some(t) => results.recv_timeout(t),
                None => results.recv().map_err(|_| RecvTimeoutError::Disconnected),
            };
            if let Ok((id, r)) = first {
                self.arrived.insert(id, r);
            }
        }
        while let Ok((id, r)) = results.try_recv() {
            self.arrived.insert(id, r);
        }
    }

    /// Waits for results as the poll phase does: with `deadline` (ms from now) at
    /// most that long, `None` for as long as it takes, `Some(0)` not at all. Returns
    /// the finished requests as (callback, finish, result), in the order they
    /// finished (by request order among those seen together).
    pub fn wait(&mut self, deadline: Option<f64>) -> Vec<Finished> {
        if self.requests.is_empty() {
            return Vec::new();
        }
        match deadline {
            Some(ms) if ms <= 0.0 => self.receive(false, None),
            Some(ms) => self.receive(true, Some(Duration::from_secs_f64(ms / 1000.0))),
            None => self.receive(true, None),
        }
        self.take_arrived()
    }

    /// Under virtual time: every request in flight completes now, in request order,
    /// whatever the threads' timing (so a run is the same every time).
    pub fn wait_all(&mut self) -> Vec<Finished> {
        while self.arrived.len() < self.requests.len() {
            self.receive(true, None);
        }
        self.take_arrived()
    }

    fn take_arrived(&mut self) -> Vec<Finished> {
        let arrived = std::mem::take(&mut self.arrived);
        arrived
            .into_iter()
            .filter_map(|(id, result)| {
                let r = self.requests.remove(&id)?;
                Some((r.callback, r.finish, result))
            })
            .collect()
    }
}

/// Starts the worker threads; each takes the next job from the shared queue and
/// sends its result back on `done`. They end when the pool (the sender) is dropped.
fn start_workers(done: Sender<Done>) -> Sender<(u64, Job)> {
    let (jobs, queue) = mpsc::channel::<(u64, Job)>();
    let queue = Arc::new(Mutex::new(queue));
    for i in 0..pool_size() {
        let queue = Arc::clone(&queue);
        let done = done.clone();
        let spawned = std::thread::Builder::new()
            .name(format!("jsloop-io-{i}"))
            .spawn(move || {
                loop {
                    // The lock is held only while taking a job, not while running it.
                    let next = match queue.lock() {
                        Ok(q) => q.recv(),
                        Err(_) => return,
                    };
                    let Ok((id, job)) = next else {
                        return;
                    };
                    if done.send((id, job())).is_err() {
                        return;
                    }
                }
            });
        // Without threads (a refused spawn) the jobs still run: `submit` falls back
        // to running a job on the main thread when nobody receives it.
        if spawned.is_err() && i == 0 {
            let (dead, _) = mpsc::channel();
            return dead;
        }
    }
    jobs
}

#[cfg(test)]
mod tests {
    use super::*;

    fn finish(_: &mut Vm, _: IoResult) -> Box<[Value]> {
        Box::new([])
    }

    #[test]
    fn wait_all_hands_results_back_in_request_order() {
        let mut pool = Pool::default();
        for i in 0..20u64 {
            // Later requests finish first.
            let job: Job = Box::new(move || {
                std::thread::sleep(Duration::from_millis(20 - i));
                Ok(Output::Number(i as f64))
            });
            pool.submit(job, Value::Number(i as f64), finish);
        }
        let done = pool.wait_all();
        let order: Vec<f64> = done
            .iter()
            .map(|(_, _, r)| match r {
                Ok(Output::Number(n)) => *n,
                _ => -1.0,
            })
            .collect();
        assert_eq!(order, (0..20).map(|i| i as f64).collect::<Vec<_>>());
        assert_eq!(pool.in_flight(), 0);
    }
}
