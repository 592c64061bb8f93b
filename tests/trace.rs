//! `--trace`: every golden case runs again with its text trace written to a file, and
//! must print the same stdout and stderr and exit with the same code as without it
//! (its trace checked against the event loop's rules); then the JSON format, the
//! limit, late-handled rejections, the flags and where each format writes.

use std::path::Path;
use std::process::{Command, Output};

use jsloop::cli::golden::{self, Case, Settings, Verdict};
use libtest_mimic::{Arguments, Failed, Trial};

fn main() {
    let args = Arguments::from_args();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join("golden");
    let cases = golden::discover(std::slice::from_ref(&root)).expect("tests/golden is readable");
    let mut trials: Vec<Trial> = cases
        .into_iter()
        .map(|case| {
            let name = format!("unchanged/{}", case.name(&root));
            Trial::test(name, move || unchanged(&case))
        })
        .collect();
    let checks: [(&str, Check); 8] = [
        (
            "json_matches_text_line_for_line",
            json_matches_text_line_for_line,
        ),
        (
            "json_goes_to_stdout_and_output_to_stderr",
            json_takes_stdout,
        ),
        ("limit_stops_recording_and_the_program_runs_on", limit),
        ("late_handled_rejection", late_handled_rejection),
        ("html_is_one_page_with_a_step_per_line", html),
        ("perfetto_nests_slices_and_links_flows", perfetto),
        ("text_goes_to_stderr_by_default", text_on_stderr),
        (
            "clock_only_under_virtual_time",
            clock_only_under_virtual_time,
        ),
    ];
    trials.extend(
        checks
            .into_iter()
            .map(|(name, f)| Trial::test(format!("flags/{name}"), f)),
    );
    libtest_mimic::run(&args, trials).exit();
}

/// One test of the flags.
type Check = fn() -> Result<(), Failed>;

/// The case, traced, passes against the expectations recorded without tracing.
fn unchanged(case: &Case) -> Result<(), Failed> {
    let settings = Settings {
        trace: true,
        ..Settings::default()
    };
    let exe = Path::new(env!("CARGO_BIN_EXE_jsloop"));
    match golden::check_with(exe, case, false, settings) {
        Verdict::Passed | Verdict::Blessed => Ok(()),
        Verdict::Failed(report) => Err(report.into()),
    }
}

fn jsloop(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_jsloop"))
        .args(args)
        .output()
        .expect("jsloop runs")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// A fresh path for a trace file.
fn temp(name: &str) -> std::path::PathBuf {
    std::env::temp_dir().join(format!("jsloop-trace-test-{}-{name}", std::process::id()))
}

const PUZZLE: &str = "console.log('start');
setTimeout(() => console.log('timeout'), 0);
Promise.resolve().then(() => console.log('then'));
(async () => { await null; console.log('await'); })();
console.log('end');";

/// The JSON trace has a meta line, then one object per line of the text trace, with
/// the same numbers and event names.
fn json_matches_text_line_for_line() -> Result<(), Failed> {
    let (text_path, json_path) = (temp("a.txt"), temp("a.jsonl"));
    let text_out = format!("--trace-out={}", text_path.display());
    let json_out = format!("--trace-out={}", json_path.display());
    jsloop(&["--virtual-time", "--trace", &text_out, "-e", PUZZLE]);
    jsloop(&["--virtual-time", "--trace=json", &json_out, "-e", PUZZLE]);
    let text_trace = std::fs::read_to_string(&text_path)?;
    let json_trace = std::fs::read_to_string(&json_path)?;
    let _ = std::fs::remove_file(text_path);
    let _ = std::fs::remove_file(json_path);
    let mut json_lines = json_trace.lines();
    let meta = json_lines.next().ok_or("no meta line")?;
    for field in [
        "\"ev\":\"meta\"",
        "\"version\":1",
        "\"file\":\"[eval]\"",
        "\"clock\":\"virtual\"",
        "\"source\":\"console.log('start');\\n",
    ] {
        if !meta.contains(field) {
            return Err(format!("meta line lacks {field}: {meta}").into());
        }
    }
    let text_lines: Vec<&str> = text_trace.lines().collect();
    let json_lines: Vec<&str> = json_lines.collect();
    if text_lines.len() != json_lines.len() || text_lines.len() < 20 {
        return Err(format!(
            "{} text lines, {} JSON lines",
            text_lines.len(),
            json_lines.len()
        )
        .into());
    }
    for (i, (t, j)) in text_lines.iter().zip(&json_lines).enumerate() {
        let name = t.split_whitespace().nth(2).ok_or("short text line")?;
        let name = if name.starts_with("console.") {
            "console"
        } else {
            name
        };
        let expected = format!("{{\"seq\":{},\"ev\":\"{name}\",\"t\":", i + 1);
        if !j.starts_with(&expected) || !j.ends_with('}') {
            return Err(format!("text line {t:?} but JSON line {j:?}").into());
        }
    }
    for (needle, what) in [
        (
            "\"ctx\":\"script\",\"at\":\"1:9\",\"stack\":[\"<script> 1:9\"]",
            "the site",
        ),
        ("\"kind\":\"await\"", "an await job"),
        ("\"queue\":[\"J1\",\"J2\"]", "the queue"),
        (
            "\"api\":\"setTimeout\",\"delay\":1,\"requested\":\"0\"",
            "the 1 ms rule",
        ),
    ] {
        if !json_trace.contains(needle) {
            return Err(format!("the JSON trace lacks {what} ({needle})").into());
        }
    }
    Ok(())
}

/// JSON without `--trace-out` owns stdout; the program's console output moves to
/// stderr, and the exit code stays.
fn json_takes_stdout() -> Result<(), Failed> {
    let out = jsloop(&["--trace=json", "-e", "console.log('hi'); throw 1"]);
    let (stdout, stderr) = (text(&out.stdout), text(&out.stderr));
    if !stdout.starts_with("{\"ev\":\"meta\"") || !stdout.contains("\"ev\":\"exit\"") {
        return Err(format!("stdout is not the trace: {stdout}").into());
    }
    if !stderr.starts_with("hi\n") || out.status.code() != Some(1) {
        return Err(format!("stderr {stderr:?}, status {:?}", out.status).into());
    }
    Ok(())
}

/// After N events a `limit` event ends the trace and the program runs to its end.
fn limit() -> Result<(), Failed> {
    let script = "let p = Promise.resolve(0);
        for (let i = 0; i < 1000; i++) p = p.then((v) => v + 1);
        p.then((v) => console.log(v));";
    let out = jsloop(&[
        "--virtual-time",
        "--trace",
        "--trace-limit=10",
        "-e",
        script,
    ]);
    let trace = text(&out.stderr);
    let lines: Vec<&str> = trace.lines().collect();
    if text(&out.stdout) != "1000\n" || !out.status.success() {
        return Err(format!("the program did not run on: {:?}", out).into());
    }
    let limit = "limit 10 events recorded; tracing stops here";
    if lines.len() != 12
        || !lines[10].starts_with("  11 ")
        || !lines[10].ends_with(limit)
        || !lines[11].ends_with(" exit 0")
    {
        return Err(format!("unexpected trace:\n{trace}").into());
    }
    Ok(())
}

/// With `--unhandled-rejections=warn` a rejection reported unhandled and handled later
/// shows as `rejection.handled-late`.
fn late_handled_rejection() -> Result<(), Failed> {
    let script = "const p = Promise.reject(new Error('late'));
        setTimeout(() => p.catch((e) => console.log('caught', e.message)), 1);";
    let out = jsloop(&[
        "--virtual-time",
        "--unhandled-rejections=warn",
        "--trace",
        "-e",
        script,
    ]);
    let trace = text(&out.stderr);
    let unhandled = trace.find("rejection.unhandled P1 Error: late");
    let late = trace.find("rejection.handled-late P1 @2:28");
    match (unhandled, late) {
        (Some(u), Some(l)) if u < l && text(&out.stdout) == "caught late\n" => Ok(()),
        _ => Err(format!("unexpected trace:\n{trace}").into()),
    }
}

/// `--trace=html` writes one self-contained page: a CSP that forbids the network, no
/// outside reference, the source, and one step per line of the text trace with that
/// line as its caption, a reason and the JSON trace's event.
fn html() -> Result<(), Failed> {
    let (text_path, html_path) = (temp("h.txt"), temp("h.html"));
    let text_out = format!("--trace-out={}", text_path.display());
    let html_out = format!("--trace-out={}", html_path.display());
    jsloop(&["--virtual-time", "--trace", &text_out, "-e", PUZZLE]);
    let out = jsloop(&["--virtual-time", "--trace=html", &html_out, "-e", PUZZLE]);
    let text_trace = std::fs::read_to_string(&text_path)?;
    let page = std::fs::read_to_string(&html_path)?;
    let _ = std::fs::remove_file(text_path);
    let _ = std::fs::remove_file(html_path);
    if text(&out.stdout) != "start\nend\nthen\nawait\ntimeout\n" {
        return Err(format!("the program's output changed: {out:?}").into());
    }
    let csp =
        "content=\"default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline';";
    if !page.starts_with("<!DOCTYPE html>") || !page.contains(csp) {
        return Err("no page, or no policy against network requests".into());
    }
    for outside in ["src=\"http", "href=\"http", "@import", "url(", "<link"] {
        if page.contains(outside) {
            return Err(format!("the page refers outside: {outside}").into());
        }
    }
    if !page.contains("\"source\":\"console.log('start');\\nsetTimeout") {
        return Err("the page lacks the source".into());
    }
    let steps = page.matches("{\"line\":").count();
    if steps != text_trace.lines().count() || steps < 20 {
        return Err(format!("{steps} steps for {} lines", text_trace.lines().count()).into());
    }
    for (i, line) in text_trace.lines().enumerate() {
        let step = format!(
            "{{\"line\":{},\"reason\":\"",
            jsloop::cli::trace::text::quoted(line)
        );
        let event = format!("\"ev\":{{\"seq\":{},", i + 1);
        let Some(at) = page.find(&step) else {
            return Err(format!("no step with the caption {line:?}").into());
        };
        if !page[at..].contains(&event) {
            return Err(format!("the step {line:?} lacks its event").into());
        }
    }
    let planned = jsloop(&["--trace=svg", "-e", "1"]);
    if planned.status.code() != Some(2)
        || !text(&planned.stderr).contains("expected text, json, perfetto or html")
    {
        return Err(format!("an unknown format: {planned:?}").into());
    }
    Ok(())
}

/// A plain `--trace FILE` writes text to stderr and leaves stdout to the program.
fn text_on_stderr() -> Result<(), Failed> {
    let path = temp("script.js");
    std::fs::write(&path, "console.log('out');\n")?;
    let out = jsloop(&["--trace", &path.display().to_string()]);
    let _ = std::fs::remove_file(&path);
    let stderr = text(&out.stderr);
    if text(&out.stdout) != "out\n" || !stderr.contains("   2   console.log \"out\" @1:9\n") {
        return Err(format!("stdout {:?}, stderr {stderr}", text(&out.stdout)).into());
    }
    Ok(())
}

/// On the real clock the text trace shows no times, so it is the same every run.
fn clock_only_under_virtual_time() -> Result<(), Failed> {
    let first = text(&jsloop(&["--trace", "-e", PUZZLE]).stderr);
    let second = text(&jsloop(&["--trace", "-e", PUZZLE]).stderr);
    if first != second || !first.starts_with("   1 task.start script [eval]\n") {
        return Err(format!("{first}\n---\n{second}").into());
    }
    Ok(())
}

/// The value of `"key":"..."` in one trace event line.
fn field<'a>(line: &'a str, key: &str) -> Option<&'a str> {
    let start = line.find(&format!("\"{key}\":\""))? + key.len() + 4;
    let end = start + line[start..].find('"')?;
    Some(&line[start..end])
}

/// `--trace=perfetto` writes one Trace Event Format object: tasks hold their
/// checkpoint, checkpoints hold their jobs, slices close in order, timestamps only
/// grow, and every flow that ends (at a job or timer run) began (at its enqueue or
/// arming).
fn perfetto() -> Result<(), Failed> {
    let out = jsloop(&["--virtual-time", "--trace=perfetto", "-e", PUZZLE]);
    let trace = text(&out.stdout);
    if !trace.starts_with("{\"displayTimeUnit\":\"ms\",\"traceEvents\":[\n")
        || !trace.ends_with("]}\n")
        || text(&out.stderr) != "start\nend\nthen\nawait\ntimeout\n"
    {
        return Err(format!("unexpected output:\n{trace}").into());
    }
    let (mut open, mut slices, mut begun, mut ended) = (vec![], vec![], vec![], vec![]);
    let mut last_ts = -1.0;
    for line in trace.lines().filter(|l| l.contains("\"ts\":")) {
        let ts: f64 = line
            .split("\"ts\":")
            .nth(1)
            .and_then(|rest| rest.split(',').next())
            .and_then(|n| n.parse().ok())
            .ok_or("no timestamp")?;
        if ts <= last_ts {
            return Err(format!("time goes back at {line}").into());
        }
        last_ts = ts;
        let name = field(line, "name").unwrap_or_default().to_string();
        match field(line, "ph") {
            Some("B") => {
                slices.push(format!("{}{name}", "  ".repeat(open.len())));
                open.push(name);
            }
            Some("E") if open.pop() != Some(name.clone()) => {
                return Err(format!("{name} closes out of order").into());
            }
            Some("s") => begun.push(field(line, "id").unwrap_or_default().to_string()),
            Some("f") => ended.push(field(line, "id").unwrap_or_default().to_string()),
            _ => {}
        }
    }
    let expected = [
        "script [eval]",
        "  microtask checkpoint",
        "    J1",
        "    J2",
        "timer T1",
    ];
    if slices != expected || !open.is_empty() {
        return Err(format!("slices {slices:?}, left open {open:?}").into());
    }
    if ended != ["J1", "J2", "T1.1"] || begun != ["T1.1", "J1", "J2"] {
        return Err(format!("flows begun {begun:?}, ended {ended:?}").into());
    }
    Ok(())
}
