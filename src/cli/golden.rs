//! The golden-test runner: runs `*.js` cases and compares what they print with the
//! expectation files beside them (the format is described in tests/README.md).
//!
//! One implementation serves `jsloop test` and the cargo harness in tests/golden.rs, so a
//! case passes or fails the same way under both.

use std::ffi::OsStr;
use std::fs;
use std::io::{self, Read};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, ExitStatus, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::thread;
use std::time::{Duration, Instant};

use similar::TextDiff;

/// How long one case may run before it is killed and reported. Cases run with virtual
/// time, so timers cost nothing and only a hang or a runaway loop comes near this.
pub const TIMEOUT: Duration = Duration::from_secs(20);

/// How the cases run.
#[derive(Clone, Copy, Debug)]
pub struct Settings {
    /// How long one case may run before it is killed and reported.
    pub timeout: Duration,
    /// Run the engine with `--gc-stress=N` (0: off), collecting every Nth safepoint,
    /// or as often as a case's `// gc-stress-interval: N` header allows.
    pub gc_stress: u32,
    /// Run every case with `--trace` (its trace written to a file and checked), to
    /// show that tracing changes no output and no exit code.
    pub trace: bool,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            timeout: TIMEOUT,
            gc_stress: 0,
            trace: false,
        }
    }
}

/// One golden case: a script `<dir>/<name>.js` (or `.mjs`, `.cjs`) and the expectation
/// files beside it; for a multi-file case, its folder's `main` file.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Case {
    /// The script.
    pub path: PathBuf,
}

impl Case {
    /// The case's name in reports: its path under `root`, without the extension.
    pub fn name(&self, root: &Path) -> String {
        let path = self.path.strip_prefix(root).unwrap_or(&self.path);
        path.with_extension("").to_string_lossy().into_owned()
    }

    /// The folder the case runs in.
    pub fn dir(&self) -> &Path {
        match self.path.parent() {
            Some(dir) if !dir.as_os_str().is_empty() => dir,
            _ => Path::new("."),
        }
    }

    /// The script's bare file name: the engine gets this, so messages read `name.js:3:7`.
    pub fn file_name(&self) -> &OsStr {
        self.path.file_name().unwrap_or(self.path.as_os_str())
    }

    /// The command-line flags the case runs with, from a `// flags: ...` line among its
    /// first lines (Node's own flags, so Node runs the case the same way:
    /// `--expose-gc`).
    fn flags(&self) -> Vec<String> {
        let text = fs::read_to_string(&self.path).unwrap_or_default();
        text.lines()
            .take(5)
            .find_map(|line| line.strip_prefix("// flags:"))
            .map(|rest| rest.split_whitespace().map(String::from).collect())
            .unwrap_or_default()
    }

    /// The least stress interval the case allows: a `// gc-stress-interval: N` line
    /// among its first lines (for a case whose work is quadratic when collected at every
    /// safepoint), else 1.
    fn stress_interval(&self) -> u32 {
        let text = fs::read_to_string(&self.path).unwrap_or_default();
        text.lines()
            .take(5)
            .find_map(|line| line.strip_prefix("// gc-stress-interval:"))
            .and_then(|rest| rest.split_whitespace().next()?.parse().ok())
            .unwrap_or(1)
    }

    /// Whether the case's text trace is compared: it has a `.trace` file, or it is in
    /// a folder named `trace` (where a new case gets one when blessed).
    pub fn traced(&self) -> bool {
        self.expectation("trace").exists()
            || self.dir().file_name().is_some_and(|name| name == "trace")
    }

    /// The expectation file for one stream: `stdout`, `stderr`, `exit` or `trace`.
    fn expectation(&self, stream: &str) -> PathBuf {
        self.path.with_extension(stream)
    }

    /// Reads the expectations, or `None` when the case has no `.stdout` yet (a new case).
    pub fn expected(&self) -> io::Result<Option<Output>> {
        let Some(stdout) = read_if_present(&self.expectation("stdout"))? else {
            return Ok(None);
        };
        let stderr = read_if_present(&self.expectation("stderr"))?.unwrap_or_default();
        let exit_code = match read_if_present(&self.expectation("exit"))? {
            None => 0,
            Some(text) => text.trim().parse().map_err(|_| {
                io::Error::new(
                    io::ErrorKind::InvalidData,
                    format!(
                        "{} does not hold an exit code: {text:?}",
                        self.expectation("exit").display()
                    ),
                )
            })?,
        };
        let trace = read_if_present(&self.expectation("trace"))?;
        Ok(Some(Output {
            stdout,
            stderr,
            exit_code,
            trace,
        }))
    }
}

/// What a run printed and how it ended: the three things a case compares.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Output {
    /// Everything written to standard output.
    pub stdout: String,
    /// Everything written to standard error.
    pub stderr: String,
    /// The exit code; a process killed by signal N counts as 128 + N, as shells report it.
    pub exit_code: i32,
    /// The text trace (`--trace`, under virtual time), for a traced case.
    pub trace: Option<String>,
}

/// The result of running one case once.
#[derive(Debug)]
pub enum Outcome {
    /// The output matched the expectations.
    Pass,
    /// The output differs from the expectations in at least one stream.
    Mismatch {
        /// What the expectation files hold.
        expected: Output,
        /// What the engine did.
        actual: Output,
    },
    /// The case has no `.stdout` yet, so nothing to compare with.
    Unrecorded {
        /// What the engine did.
        actual: Output,
    },
    /// The engine ran longer than the timeout and was killed.
    TimedOut(Duration),
    /// The engine could not be started or the expectations could not be read.
    Error(String),
}

impl Outcome {
    /// Whether the case passed.
    pub fn passed(&self) -> bool {
        matches!(self, Outcome::Pass)
    }

    /// The output to record when blessing: only runs that completed and disagree.
    pub fn actual(&self) -> Option<&Output> {
        match self {
            Outcome::Mismatch { actual, .. } | Outcome::Unrecorded { actual } => Some(actual),
            Outcome::Pass | Outcome::TimedOut(_) | Outcome::Error(_) => None,
        }
    }

    /// Why the case failed, for a person: a unified diff of each stream that differs
    /// (stdout, stderr, exit code). Empty for a pass.
    pub fn report(&self) -> String {
        match self {
            Outcome::Pass => String::new(),
            Outcome::Mismatch { expected, actual } => diff_outputs(expected, actual),
            Outcome::Unrecorded { actual } => format!(
                "no .stdout expectation yet (run again with --bless to record this output); \
                 the run printed:\n{}",
                diff_outputs(&Output::default(), actual)
            ),
            Outcome::TimedOut(limit) => {
                format!("timed out after {} s and was killed\n", limit.as_secs_f64())
            }
            Outcome::Error(message) => format!("{message}\n"),
        }
    }
}

/// A case's final result, once blessing has been taken into account.
#[derive(Debug)]
pub enum Verdict {
    /// The output matched.
    Passed,
    /// The output differed and was recorded as the new expectation.
    Blessed,
    /// The case failed; the text says why.
    Failed(String),
}

/// Finds every case under `paths` (files are taken as given, folders searched
/// recursively), sorted so runs and reports come out in the same order every time.
pub fn discover(paths: &[PathBuf]) -> io::Result<Vec<Case>> {
    let mut cases = Vec::new();
    for path in paths {
        collect(path, &mut cases)?;
    }
    cases.sort();
    cases.dedup();
    Ok(cases)
}

/// The extensions of the files that are cases: scripts, ES modules, CommonJS modules.
const CASE_EXTENSIONS: [&str; 3] = ["js", "mjs", "cjs"];

/// The entry file of a multi-file case: a folder holding `main.js`, `main.mjs` or
/// `main.cjs` is one case, run from that file; its other files are its modules.
fn multi_file_entry(dir: &Path) -> Option<PathBuf> {
    CASE_EXTENSIONS
        .iter()
        .map(|ext| dir.join(format!("main.{ext}")))
        .find(|entry| entry.is_file())
}

/// Adds the cases at or under `path` to `cases`.
fn collect(path: &Path, cases: &mut Vec<Case>) -> io::Result<()> {
    let with_path =
        |err: io::Error| io::Error::new(err.kind(), format!("{}: {err}", path.display()));
    if fs::metadata(path).map_err(with_path)?.is_dir() {
        if let Some(entry) = multi_file_entry(path) {
            cases.push(Case { path: entry });
            return Ok(());
        }
        for entry in fs::read_dir(path).map_err(with_path)? {
            collect(&entry.map_err(with_path)?.path(), cases)?;
        }
    } else if path
        .extension()
        .is_some_and(|ext| CASE_EXTENSIONS.iter().any(|e| ext == *e))
    {
        cases.push(Case {
            path: path.to_path_buf(),
        });
    }
    Ok(())
}

/// Runs one case under `exe` and compares the result with its expectations.
pub fn run_case(exe: &Path, case: &Case) -> Outcome {
    run_case_with(exe, case, Settings::default())
}

/// [`run_case`] with chosen settings.
pub fn run_case_with(exe: &Path, case: &Case, settings: Settings) -> Outcome {
    let expected = match case.expected() {
        Ok(expected) => expected,
        Err(err) => return Outcome::Error(format!("cannot read the expectations: {err}")),
    };
    let traced = case.traced();
    let trace_file = (traced || settings.trace).then(temp_trace_path);
    let run = execute(exe, case, settings, trace_file.as_deref());
    let trace = trace_file.map(|path| {
        let text = fs::read_to_string(&path);
        let _ = fs::remove_file(&path);
        text
    });
    let mut actual = match run {
        Ok(Some(actual)) => actual,
        Ok(None) => return Outcome::TimedOut(settings.timeout),
        Err(err) => return Outcome::Error(format!("cannot run {}: {err}", exe.display())),
    };
    match trace {
        Some(Ok(text)) => {
            let problems = super::trace::check::check(&text);
            if !problems.is_empty() {
                return Outcome::Error(format!(
                    "the trace breaks the event loop's rules:\n{}\n\nthe trace:\n{text}",
                    problems.join("\n")
                ));
            }
            actual.trace = traced.then_some(text);
        }
        Some(Err(err)) => return Outcome::Error(format!("cannot read the trace: {err}")),
        None => {}
    }
    match expected {
        None => Outcome::Unrecorded { actual },
        Some(expected) if expected == actual => Outcome::Pass,
        Some(expected) => Outcome::Mismatch { expected, actual },
    }
}

/// Runs one case and, when `bless` is set and the run completed, records a differing
/// output as the new expectation instead of failing.
pub fn check(exe: &Path, case: &Case, bless: bool) -> Verdict {
    check_with(exe, case, bless, Settings::default())
}

/// [`check`] with chosen settings.
pub fn check_with(exe: &Path, case: &Case, bless: bool, settings: Settings) -> Verdict {
    let outcome = run_case_with(exe, case, settings);
    if outcome.passed() {
        return Verdict::Passed;
    }
    if bless && let Some(actual) = outcome.actual() {
        return match self::bless(case, actual) {
            Ok(()) => Verdict::Blessed,
            Err(err) => Verdict::Failed(format!("cannot record the expectations: {err}\n")),
        };
    }
    Verdict::Failed(outcome.report())
}

/// Writes `actual` as the case's expectations: `.stdout` always, `.stderr` and `.exit`
/// only when they say something (non-empty, non-zero); stale ones are removed.
pub fn bless(case: &Case, actual: &Output) -> io::Result<()> {
    fs::write(case.expectation("stdout"), &actual.stdout)?;
    let stderr = (!actual.stderr.is_empty()).then(|| actual.stderr.clone());
    write_or_remove(&case.expectation("stderr"), stderr)?;
    let exit = (actual.exit_code != 0).then(|| format!("{}\n", actual.exit_code));
    write_or_remove(&case.expectation("exit"), exit)?;
    match &actual.trace {
        Some(trace) => fs::write(case.expectation("trace"), trace),
        None => Ok(()),
    }
}

/// A fresh file name for one run's trace.
fn temp_trace_path() -> PathBuf {
    static NEXT: AtomicUsize = AtomicUsize::new(0);
    let n = NEXT.fetch_add(1, Ordering::Relaxed);
    std::env::temp_dir().join(format!("jsloop-trace-{}-{n}.txt", std::process::id()))
}

/// Runs every case under `paths` in parallel, prints each failure with its diff and a
/// final line `N passed, M failed`, and returns whether all passed. With `bless`, a
/// differing output is recorded as the new expectation and counts as passed.
pub fn run_all(exe: &Path, paths: &[PathBuf], bless: bool, settings: Settings) -> bool {
    let cases = match discover(paths) {
        Ok(cases) => cases,
        Err(err) => {
            println!("cannot list the cases: {err}");
            return false;
        }
    };
    let verdicts = check_parallel(exe, &cases, bless, settings);
    let (mut passed, mut failed) = (0, 0);
    for (case, verdict) in cases.iter().zip(verdicts) {
        match verdict {
            Verdict::Passed => passed += 1,
            Verdict::Blessed => {
                println!("blessed {}", case.path.display());
                passed += 1;
            }
            Verdict::Failed(report) => {
                println!("FAIL {}\n{report}", case.path.display());
                failed += 1;
            }
        }
    }
    println!("{passed} passed, {failed} failed");
    failed == 0
}

/// Checks the cases on one thread per core; the verdicts come back in the order of `cases`.
fn check_parallel(exe: &Path, cases: &[Case], bless: bool, settings: Settings) -> Vec<Verdict> {
    let workers = thread::available_parallelism()
        .map_or(1, |n| n.get())
        .min(cases.len());
    let next = AtomicUsize::new(0);
    let mut verdicts: Vec<Option<Verdict>> = cases.iter().map(|_| None).collect();
    thread::scope(|scope| {
        let handles: Vec<_> = (0..workers)
            .map(|_| {
                scope.spawn(|| {
                    let mut done = Vec::new();
                    loop {
                        let index = next.fetch_add(1, Ordering::Relaxed);
                        let Some(case) = cases.get(index) else {
                            break done;
                        };
                        done.push((index, check_with(exe, case, bless, settings)));
                    }
                })
            })
            .collect();
        for handle in handles {
            for (index, verdict) in handle.join().expect("a worker thread panicked") {
                verdicts[index] = Some(verdict);
            }
        }
    });
    verdicts
        .into_iter()
        .map(|verdict| verdict.expect("every case was checked"))
        .collect()
}

/// Runs `exe --virtual-time <file name>` in the case's folder (with `--gc-stress=N`
/// when asked, and `--trace --trace-out=<trace>` with a trace file); `Ok(None)` when
/// it outlived the timeout and was killed.
fn execute(
    exe: &Path,
    case: &Case,
    settings: Settings,
    trace: Option<&Path>,
) -> io::Result<Option<Output>> {
    let mut command = Command::new(program(exe));
    command.arg("--virtual-time");
    command.args(case.flags());
    if settings.gc_stress > 0 {
        let interval = settings.gc_stress.max(case.stress_interval());
        command.arg(format!("--gc-stress={interval}"));
    }
    if let Some(path) = trace {
        command.arg("--trace");
        command.arg(format!("--trace-out={}", path.display()));
    }
    // Warnings name the process id (`(node:PID) ...`), which no expectation can hold.
    let mut child = command
        .env("NODE_NO_WARNINGS", "1")
        .arg(case.file_name())
        .current_dir(case.dir())
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()?;
    // Each pipe drains on its own thread: a child blocked writing to a full stderr pipe
    // while we wait on stdout would never finish.
    let stdout = drain(child.stdout.take().expect("stdout is piped"));
    let stderr = drain(child.stderr.take().expect("stderr is piped"));
    let Some(status) = wait_within(&mut child, settings.timeout)? else {
        // The readers end on their own once the killed child's pipes close.
        return Ok(None);
    };
    Ok(Some(Output {
        stdout: joined(stdout)?,
        stderr: joined(stderr)?,
        exit_code: exit_code(status),
        trace: None,
    }))
}

/// The engine as a program to start. A path with folders is made absolute because the
/// child starts in the case's folder; a bare name is left to the `PATH` search.
fn program(exe: &Path) -> PathBuf {
    if exe.components().count() > 1 {
        std::path::absolute(exe).unwrap_or_else(|_| exe.to_path_buf())
    } else {
        exe.to_path_buf()
    }
}

/// Reads a pipe to its end on a new thread.
fn drain(mut pipe: impl Read + Send + 'static) -> thread::JoinHandle<io::Result<Vec<u8>>> {
    thread::spawn(move || {
        let mut bytes = Vec::new();
        pipe.read_to_end(&mut bytes)?;
        Ok(bytes)
    })
}

/// The text a [`drain`] thread read.
fn joined(reader: thread::JoinHandle<io::Result<Vec<u8>>>) -> io::Result<String> {
    let bytes = reader.join().expect("a pipe reader panicked")?;
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}

/// Waits for the child to exit, killing it once `timeout` has passed (then `None`).
fn wait_within(child: &mut Child, timeout: Duration) -> io::Result<Option<ExitStatus>> {
    let deadline = Instant::now() + timeout;
    // std has no wait with a time limit, so poll; the pause grows so a quick case is
    // noticed within a millisecond and a slow one costs few wake-ups.
    let mut pause = Duration::from_millis(1);
    loop {
        if let Some(status) = child.try_wait()? {
            return Ok(Some(status));
        }
        let now = Instant::now();
        if now >= deadline {
            // It may have exited since try_wait; then kill fails and wait reaps it.
            let _ = child.kill();
            child.wait()?;
            return Ok(None);
        }
        thread::sleep(pause.min(deadline - now));
        pause = (pause * 2).min(Duration::from_millis(20));
    }
}

/// The exit code as a shell reports it: 128 + N for a process killed by signal N.
fn exit_code(status: ExitStatus) -> i32 {
    #[cfg(unix)]
    if let Some(signal) = std::os::unix::process::ExitStatusExt::signal(&status) {
        return 128 + signal;
    }
    status.code().unwrap_or(-1)
}

/// Reads a text file, or `None` when it does not exist.
fn read_if_present(path: &Path) -> io::Result<Option<String>> {
    match fs::read(path) {
        Ok(bytes) => Ok(Some(String::from_utf8_lossy(&bytes).into_owned())),
        Err(err) if err.kind() == io::ErrorKind::NotFound => Ok(None),
        Err(err) => Err(err),
    }
}

/// Writes `contents` to `path`, or removes `path` when there is nothing to say.
fn write_or_remove(path: &Path, contents: Option<String>) -> io::Result<()> {
    match contents {
        Some(contents) => fs::write(path, contents),
        None => match fs::remove_file(path) {
            Err(err) if err.kind() == io::ErrorKind::NotFound => Ok(()),
            result => result,
        },
    }
}

/// A unified diff of each stream that differs, expected lines as `-`, actual as `+`.
fn diff_outputs(expected: &Output, actual: &Output) -> String {
    let streams = [
        ("stdout", expected.stdout.clone(), actual.stdout.clone()),
        ("stderr", expected.stderr.clone(), actual.stderr.clone()),
        (
            "exit code",
            format!("{}\n", expected.exit_code),
            format!("{}\n", actual.exit_code),
        ),
        (
            "trace",
            expected.trace.clone().unwrap_or_default(),
            actual.trace.clone().unwrap_or_default(),
        ),
    ];
    let mut report = String::new();
    for (stream, expected, actual) in streams {
        if expected != actual {
            let diff = TextDiff::from_lines(&expected, &actual);
            report += &diff
                .unified_diff()
                .header(&format!("expected {stream}"), &format!("actual {stream}"))
                .to_string();
        }
    }
    report
}

#[cfg(test)]
mod tests {
    //! The runner against a fake engine: a shell script that runs the case file as shell
    //! code, so each case says by itself what it prints and how it exits.

    use super::*;
    use std::sync::OnceLock;

    /// A folder under the system temp dir, removed when dropped.
    struct TempDir(PathBuf);

    impl TempDir {
        fn new(name: &str) -> TempDir {
            let dir =
                std::env::temp_dir().join(format!("jsloop-golden-{}-{name}", std::process::id()));
            let _ = fs::remove_dir_all(&dir);
            fs::create_dir_all(&dir).unwrap();
            TempDir(dir)
        }

        /// Writes `contents` to `name` inside the folder and returns its path.
        fn file(&self, name: &str, contents: &str) -> PathBuf {
            let path = self.0.join(name);
            fs::create_dir_all(path.parent().unwrap()).unwrap();
            fs::write(&path, contents).unwrap();
            path
        }
    }

    impl Drop for TempDir {
        fn drop(&mut self) {
            let _ = fs::remove_dir_all(&self.0);
        }
    }

    /// The fake engine. It is written once, before any test starts a process: executing
    /// a file that another thread's fork still holds open for writing fails with
    /// "text file busy".
    fn fake_exe() -> &'static Path {
        static EXE: OnceLock<(TempDir, PathBuf)> = OnceLock::new();
        let (_, exe) = EXE.get_or_init(|| {
            use std::os::unix::fs::PermissionsExt;
            let dir = TempDir::new("exe");
            let exe = dir.file(
                "fake-jsloop",
                "#!/bin/sh\n[ \"$1\" = --virtual-time ] || exit 99\nshift\n\
                 case \"$1\" in --gc-stress=*) echo \"$1\"; shift;; esac\nexec sh \"$1\"\n",
            );
            fs::set_permissions(&exe, fs::Permissions::from_mode(0o755)).unwrap();
            (dir, exe)
        });
        exe
    }

    fn case(path: PathBuf) -> Case {
        Case { path }
    }

    #[test]
    fn matching_output_passes() {
        let dir = TempDir::new("pass");
        let script = dir.file("area/hello.js", "echo hello\n");
        dir.file("area/hello.stdout", "hello\n");
        assert!(run_case(fake_exe(), &case(script)).passed());
    }

    #[test]
    fn stderr_and_exit_code_are_compared() {
        let dir = TempDir::new("stderr");
        let script = dir.file("boom.js", "echo out; echo boom >&2; exit 1\n");
        dir.file("boom.stdout", "out\n");
        dir.file("boom.stderr", "boom\n");
        dir.file("boom.exit", "1\n");
        assert!(run_case(fake_exe(), &case(script.clone())).passed());

        fs::remove_file(dir.0.join("boom.exit")).unwrap();
        let report = run_case(fake_exe(), &case(script)).report();
        assert!(
            report.contains("--- expected exit code\n+++ actual exit code\n"),
            "{report}"
        );
        assert!(report.contains("\n-0\n+1\n"), "{report}");
        assert!(!report.contains("stdout"), "{report}");
    }

    #[test]
    fn mismatch_reports_a_unified_diff() {
        let dir = TempDir::new("fail");
        let script = dir.file("lines.js", "echo one; echo two; echo three\n");
        dir.file("lines.stdout", "one\n2\nthree\n");
        let outcome = run_case(fake_exe(), &case(script));
        assert!(!outcome.passed());
        let report = outcome.report();
        assert!(
            report.contains("--- expected stdout\n+++ actual stdout\n"),
            "{report}"
        );
        assert!(report.contains(" one\n-2\n+two\n three\n"), "{report}");
    }

    #[test]
    fn run_all_counts_and_fails() {
        let dir = TempDir::new("run-all");
        dir.file("a/pass.js", "echo yes\n");
        dir.file("a/pass.stdout", "yes\n");
        dir.file("b/fail.js", "echo no\n");
        dir.file("b/fail.stdout", "yes\n");
        assert!(!run_all(
            fake_exe(),
            std::slice::from_ref(&dir.0),
            false,
            Settings::default()
        ));
        assert!(run_all(
            fake_exe(),
            &[dir.0.join("a")],
            false,
            Settings::default()
        ));
    }

    /// Under stress the engine gets `--gc-stress=N`, never more often than the case's
    /// own interval header allows.
    #[test]
    fn gc_stress_passes_the_interval() {
        let dir = TempDir::new("stress");
        let plain = dir.file("plain.js", "echo run\n");
        let sampled = dir.file(
            "sampled.js",
            "// gc-stress-interval: 7 2>/dev/null\necho run\n",
        );
        let settings = Settings {
            gc_stress: 1,
            ..Settings::default()
        };
        for (script, flag) in [(plain, "--gc-stress=1"), (sampled, "--gc-stress=7")] {
            let Outcome::Unrecorded { actual } = run_case_with(fake_exe(), &case(script), settings)
            else {
                panic!("a case without expectations is unrecorded");
            };
            assert_eq!(actual.stdout, format!("{flag}\nrun\n"));
        }
    }

    #[test]
    fn bless_records_expectations_and_removes_stale_ones() {
        let dir = TempDir::new("bless");
        let script = dir.file("new.js", "echo fresh; echo warning >&2; exit 3\n");
        assert!(matches!(
            run_case(fake_exe(), &case(script.clone())),
            Outcome::Unrecorded { .. }
        ));
        assert!(run_all(
            fake_exe(),
            std::slice::from_ref(&dir.0),
            true,
            Settings::default()
        ));
        assert_eq!(
            fs::read_to_string(dir.0.join("new.stdout")).unwrap(),
            "fresh\n"
        );
        assert_eq!(
            fs::read_to_string(dir.0.join("new.stderr")).unwrap(),
            "warning\n"
        );
        assert_eq!(fs::read_to_string(dir.0.join("new.exit")).unwrap(), "3\n");
        assert!(run_case(fake_exe(), &case(script.clone())).passed());

        fs::write(&script, "echo quiet\n").unwrap();
        assert!(matches!(
            check(fake_exe(), &case(script.clone()), true),
            Verdict::Blessed
        ));
        assert_eq!(
            fs::read_to_string(dir.0.join("new.stdout")).unwrap(),
            "quiet\n"
        );
        assert!(!dir.0.join("new.stderr").exists());
        assert!(!dir.0.join("new.exit").exists());
        assert!(matches!(
            check(fake_exe(), &case(script), false),
            Verdict::Passed
        ));
    }

    #[test]
    fn a_hung_case_is_killed() {
        let dir = TempDir::new("timeout");
        let script = dir.file("hang.js", "exec sleep 30\n");
        dir.file("hang.stdout", "");
        let start = Instant::now();
        let outcome = run_case_with(
            fake_exe(),
            &case(script),
            Settings {
                timeout: Duration::from_millis(200),
                ..Settings::default()
            },
        );
        assert!(matches!(outcome, Outcome::TimedOut(_)), "{outcome:?}");
        assert!(start.elapsed() < Duration::from_secs(10));
        assert!(outcome.report().contains("timed out"));
    }

    #[test]
    fn a_folder_with_a_main_file_is_one_case() {
        let dir = TempDir::new("multi");
        dir.file("cycle/main.mjs", "");
        dir.file("cycle/a.mjs", "");
        dir.file("cycle/lib/b.js", "");
        dir.file("single.cjs", "");
        let found: Vec<PathBuf> = discover(std::slice::from_ref(&dir.0))
            .unwrap()
            .into_iter()
            .map(|c| c.path.strip_prefix(&dir.0).unwrap().to_path_buf())
            .collect();
        assert_eq!(found, ["cycle/main.mjs", "single.cjs"].map(PathBuf::from));
    }

    #[test]
    fn discover_finds_scripts_sorted() {
        let dir = TempDir::new("discover");
        dir.file("b/z.js", "");
        dir.file("b/a.js", "");
        dir.file("a/m.js", "");
        dir.file("a/m.stdout", "");
        let found: Vec<PathBuf> = discover(&[dir.0.join("b"), dir.0.clone()])
            .unwrap()
            .into_iter()
            .map(|case| case.path.strip_prefix(&dir.0).unwrap().to_path_buf())
            .collect();
        assert_eq!(found, ["a/m.js", "b/a.js", "b/z.js"].map(PathBuf::from));
        assert!(discover(&[dir.0.join("missing")]).is_err());
    }

    #[test]
    fn a_missing_engine_is_an_error() {
        let dir = TempDir::new("no-exe");
        let script = dir.file("x.js", "");
        dir.file("x.stdout", "");
        let outcome = run_case(&dir.0.join("no-such-engine"), &case(script));
        assert!(matches!(outcome, Outcome::Error(_)), "{outcome:?}");
    }
}
