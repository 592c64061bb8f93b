//! Checks a text trace against the event loop's rules, so every traced test also
//! tests the loop: events are numbered 1, 2, 3, ...; jobs start in the order they
//! were queued, and so do nextTick callbacks; no task starts while jobs or ticks are
//! queued; each promise settles at most once; a timer never runs after it was
//! cleared, a timeout runs at most once, and at a clean exit every timer has run or
//! was cleared (unless `unref`ed); immediates run in the order they were added, each
//! once, and never once cleared.

use rustc_hash::FxHashSet;
use std::collections::VecDeque;

/// The event name and its words of one text line (the number and clock dropped).
fn parse(line: &str) -> Option<(u64, &str, Vec<&str>)> {
    let mut words = line.split_whitespace();
    let seq = words.next()?.parse().ok()?;
    let mut rest: Vec<&str> = words.collect();
    // Under virtual time the clock follows the number; event names never start with
    // a digit.
    if rest.first().is_some_and(|w| w.parse::<f64>().is_ok()) {
        rest.remove(0);
    }
    if rest.is_empty() {
        return None;
    }
    let ev = rest.remove(0);
    Some((seq, ev, rest))
}

/// Takes `id` off the front of `queue`, or says which id was first instead.
fn start_in_order(queue: &mut VecDeque<u32>, id: Option<u32>, what: &str) -> Option<String> {
    match queue.pop_front() {
        Some(first) if Some(first) == id => None,
        first => Some(format!(
            "{what} {id:?} started while {first:?} was first in the queue"
        )),
    }
}

/// The number of an id word like `J3` or `T1,`.
fn id(word: Option<&&str>, prefix: char) -> Option<u32> {
    word?
        .trim_end_matches(',')
        .strip_prefix(prefix)?
        .parse()
        .ok()
}

/// What a trace broke: one message per broken rule, empty when it keeps them all.
pub fn check(trace: &str) -> Vec<String> {
    let mut problems = Vec::new();
    let mut expected_seq = 1;
    let mut queued: VecDeque<u32> = VecDeque::new();
    let mut ticks: VecDeque<u32> = VecDeque::new();
    // Immediates added and not yet run or cleared, in the order they were added.
    let mut immediates: VecDeque<u32> = VecDeque::new();
    let mut settled: FxHashSet<u32> = FxHashSet::default();
    let mut timers: FxHashSet<u32> = FxHashSet::default();
    let mut done: FxHashSet<u32> = FxHashSet::default();
    let mut cleared: FxHashSet<u32> = FxHashSet::default();
    let mut unrefed: FxHashSet<u32> = FxHashSet::default();
    let mut clean_exit = false;
    // Timers added once the loop has ended (by `exit` listeners) never run.
    let mut loop_ended = false;
    let mut abrupt = false;
    // After an exception a listener handled, the loop's next callback runs before the
    // ticks and jobs left behind.
    let mut handled_throw = false;
    for line in trace.lines() {
        let Some((seq, ev, words)) = parse(line) else {
            problems.push(format!("not a trace line: {line:?}"));
            continue;
        };
        if seq != expected_seq {
            problems.push(format!("event {seq} where {expected_seq} was due"));
        }
        expected_seq = seq + 1;
        let mut fail = |what: String| problems.push(format!("event {seq}: {what}"));
        match ev {
            "job.enqueue" => {
                if let Some(j) = id(words.first(), 'J') {
                    queued.push_back(j);
                }
            }
            "job.start" => {
                if let Some(problem) = start_in_order(&mut queued, id(words.first(), 'J'), "job") {
                    fail(problem);
                }
            }
            "tick.enqueue" => {
                if let Some(n) = id(words.first(), 'N') {
                    ticks.push_back(n);
                }
            }
            "tick.start" => {
                if let Some(problem) = start_in_order(&mut ticks, id(words.first(), 'N'), "tick") {
                    fail(problem);
                }
            }
            "immediate.add" => {
                if let Some(i) = id(words.first(), 'I') {
                    immediates.push_back(i);
                }
            }
            "immediate.clear" => {
                let i = id(words.first(), 'I');
                immediates.retain(|&q| Some(q) != i);
            }
            "task.start" => {
                if !queued.is_empty() && !handled_throw {
                    fail(format!("a task started with jobs queued: {queued:?}"));
                }
                if !ticks.is_empty() && !handled_throw {
                    fail(format!("a task started with ticks queued: {ticks:?}"));
                }
                handled_throw = false;
                if words.first() == Some(&"immediate") {
                    let i = id(words.get(1), 'I');
                    if let Some(problem) = start_in_order(&mut immediates, i, "immediate") {
                        fail(problem);
                    }
                }
                if let Some(t) = id(words.get(1), 'T') {
                    if cleared.contains(&t) {
                        fail(format!("timer T{t} ran after it was cleared"));
                    }
                    if words.first() == Some(&"timer") && !done.insert(t) {
                        fail(format!("timeout T{t} ran twice"));
                    }
                    done.insert(t);
                }
            }
            "timer.add" => {
                if let Some(t) = id(words.first(), 'T')
                    && !loop_ended
                {
                    timers.insert(t);
                }
            }
            // A rearmed timer (an interval, or a `refresh()` of one that fired) may
            // run again.
            "timer.rearm" => {
                if let Some(t) = id(words.first(), 'T') {
                    done.remove(&t);
                }
            }
            "loop.end" => loop_ended = true,
            "timer.clear" => {
                if let Some(t) = id(words.first(), 'T') {
                    cleared.insert(t);
                }
            }
            "timer.unref" => {
                if let Some(t) = id(words.first(), 'T') {
                    unrefed.insert(t);
                }
            }
            "promise.fulfill" | "promise.reject" => {
                if let Some(p) = id(words.first(), 'P')
                    && !settled.insert(p)
                {
                    fail(format!("promise P{p} settled twice"));
                }
            }
            "uncaught" | "rejection.unhandled" => abrupt = true,
            "uncaught.handled" => handled_throw = true,
            // Past the limit nothing is recorded, so nothing more can be checked.
            "limit" => return problems,
            "exit" => clean_exit = words.first() == Some(&"0"),
            _ => {}
        }
    }
    if clean_exit && !abrupt {
        let mut missed: Vec<u32> = timers
            .iter()
            .filter(|t| !done.contains(t) && !cleared.contains(t) && !unrefed.contains(t))
            .copied()
            .collect();
        missed.sort_unstable();
        for t in missed {
            problems.push(format!("timer T{t} neither ran nor was cleared"));
        }
    }
    problems
}

#[cfg(test)]
mod tests {
    use super::check;

    #[test]
    fn a_well_formed_trace_passes() {
        let trace = "   1 task.start script a.js\n   2   job.enqueue J1 x, queue [J1]\n   3 task.end script\n   4 checkpoint.start [J1]\n   5   job.start J1 x, queue []\n   6   job.end J1\n   7 checkpoint.end\n   8 exit 0\n";
        assert_eq!(check(trace), Vec::<String>::new());
    }

    #[test]
    fn jobs_out_of_order_and_tasks_over_queued_jobs_fail() {
        let trace =
            "1 job.enqueue J1\n2 job.enqueue J2\n3 job.start J2\n4 task.start timer T1\n5 exit 0\n";
        let problems = check(trace);
        assert!(problems[0].contains("job Some(2) started"), "{problems:?}");
        assert!(
            problems[1].contains("a task started with jobs queued"),
            "{problems:?}"
        );
    }

    #[test]
    fn double_settlement_and_forgotten_timers_fail() {
        let trace = "1 timer.add T1 setTimeout 1 ms\n2 promise.fulfill P1 1\n3 promise.reject P1 2\n4 exit 0\n";
        let problems = check(trace);
        assert!(problems[0].contains("P1 settled twice"), "{problems:?}");
        assert!(problems[1].contains("T1 neither ran"), "{problems:?}");
    }

    #[test]
    fn ticks_out_of_order_and_tasks_over_queued_ticks_fail() {
        let trace = "1 tick.enqueue N1 f, ticks [N1]\n2 tick.enqueue N2 g, ticks [N1 N2]\n3 tick.start N2 g, ticks [N1]\n4 task.start timer T1\n5 exit 0\n";
        let problems = check(trace);
        assert!(problems[0].contains("tick Some(2) started"), "{problems:?}");
        assert!(
            problems[1].contains("a task started with ticks queued"),
            "{problems:?}"
        );
    }

    #[test]
    fn immediates_run_in_order_and_never_once_cleared() {
        let trace = "1 immediate.add I1 f, immediates [I1]\n2 immediate.add I2 g, immediates [I1 I2]\n3 immediate.add I3 h, immediates [I1 I2 I3]\n4 immediate.clear I2\n5 task.start immediate I1\n6 task.start immediate I2\n7 exit 0\n";
        let problems = check(trace);
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert!(
            problems[0].contains("immediate Some(2) started while Some(3)"),
            "{problems:?}"
        );
    }

    #[test]
    fn numbering_gaps_and_cleared_timers_that_run_fail() {
        let trace =
            "1 timer.add T1 setTimeout 1 ms\n2 timer.clear T1\n4 task.start timer T1\n5 exit 0\n";
        let problems = check(trace);
        assert!(
            problems[0].contains("event 4 where 3 was due"),
            "{problems:?}"
        );
        assert!(
            problems[1].contains("ran after it was cleared"),
            "{problems:?}"
        );
    }
}
