//! The stepper (`jsloop --trace=html`) in real headless Chromium. For every traced
//! golden program it steps the page forward through every step with → and back with
//! ←, and at each step compares the caption with the text trace's line and the
//! console, tick, microtask, timer and immediate panes and the highlighted source line
//! with what the JSON trace's events say they are at that step (worked out here,
//! independently of the page's script). It also checks Home and End, the buttons, the
//! slider, Shift+→, `#step=N` links, that the page made no network request, and that
//! the browser logged no error. With `JSLOOP_SCREENSHOT=1` it saves docs/stepper.png.
//!
//! Needs `chromedriver` and `chromium` on the PATH, and a release build of jsloop
//! (`cargo build --release` at the top of the tree). Prints `N passed, M failed`.

use fantoccini::wd::WebDriverCompatibleCommand;
use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::{Value, json};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// The golden folders whose programs are stepped through.
const FOLDERS: [&str; 2] = ["trace", "event-loop"];

/// The program and step of the screenshot in the docs.
const SCREENSHOT: (&str, usize) = ("classic-puzzle.js", 16);

/// A function that reads what the panes show.
const READER: &str = "
const read = () => {
  // An entry's id, or `+N` for the N entries a long list leaves out.
  const ids = (id) => Array.from(document.querySelectorAll('#' + id + ' li'), (li) => li.dataset.id || '+' + li.dataset.more);
  const current = document.querySelector('#source li.current');
  return {
    step: window.stepper.step,
    line: document.getElementById('line').textContent,
    reason: document.getElementById('reason').textContent,
    console: Array.from(document.querySelectorAll('#console li'), (li) => li.className === 'more' ? '+' + li.dataset.more : li.textContent),
    ticks: ids('ticks'),
    jobs: ids('jobs'),
    timers: ids('timers'),
    immediates: ids('immediates'),
    highlighted: current ? Array.prototype.indexOf.call(current.parentNode.children, current) + 1 : 0,
  };
};
const press = (key, shiftKey) =>
  document.dispatchEvent(new KeyboardEvent('keydown', { key, shiftKey, bubbles: true }));
";

/// Reads what the panes show, in one round trip.
fn read_now() -> String {
    format!("{READER}\nreturn read();")
}

/// Presses a key on the page (as the keyboard would send it), then reads the panes.
fn press(key: &str, shift: bool) -> String {
    format!("{READER}\npress('{key}', {shift});\nreturn read();")
}

/// Presses a key `times` times, reading the panes after each press: one round trip
/// for many steps keeps a long trace's walk short.
fn press_times(key: &str, shift: bool, times: usize) -> String {
    format!(
        "{READER}\nconst reads = [];\nfor (let i = 0; i < {times}; i++) {{ press('{key}', {shift}); reads.push(read()); }}\nreturn reads;"
    )
}

/// How many steps one round trip walks.
const BATCH: usize = 25;

/// What the panes must show at one step.
#[derive(Debug, Default, Clone, PartialEq)]
struct Panes {
    console: Vec<String>,
    ticks: Vec<String>,
    jobs: Vec<String>,
    timers: Vec<String>,
    immediates: Vec<String>,
    highlighted: u64,
}

/// One program's traces.
struct Traces {
    /// The text trace's lines: the captions.
    lines: Vec<String>,
    /// The JSON trace's events (the `meta` line left out).
    events: Vec<Value>,
}

fn str_of<'a>(ev: &'a Value, key: &str) -> &'a str {
    ev.get(key).and_then(Value::as_str).unwrap_or_default()
}

fn remove(list: &mut Vec<String>, id: &str) {
    list.retain(|x| x != id);
}

/// How many entries a pane lists.
const SHOWN: usize = 100;

/// A list as a pane shows it: its first `SHOWN` entries and `+N` for the rest, or
/// (`last`) `+N` for the earlier ones and its last `SHOWN`.
fn cut(list: &mut Vec<String>, last: bool) {
    let hidden = list.len().saturating_sub(SHOWN);
    if hidden == 0 {
        return;
    }
    if last {
        list.drain(..hidden);
        list.insert(0, format!("+{hidden}"));
    } else {
        list.truncate(SHOWN);
        list.push(format!("+{hidden}"));
    }
}

/// The panes after each step, replaying the JSON events.
fn expected(events: &[Value]) -> Vec<Panes> {
    let mut panes = Panes::default();
    // Timers by number, as the pane sorts them.
    let mut timers: BTreeMap<u64, String> = BTreeMap::new();
    let number = |id: &str| id[1..].parse::<u64>().unwrap_or_default();
    let mut out = Vec::with_capacity(events.len());
    for ev in events {
        match str_of(ev, "ev") {
            "console" => panes.console.push(str_of(ev, "text").to_string()),
            "job.enqueue" => panes.jobs.push(str_of(ev, "job").to_string()),
            "job.start" => remove(&mut panes.jobs, str_of(ev, "job")),
            "tick.enqueue" => panes.ticks.push(str_of(ev, "tick").to_string()),
            "tick.start" => remove(&mut panes.ticks, str_of(ev, "tick")),
            "immediate.add" => panes.immediates.push(str_of(ev, "immediate").to_string()),
            "immediate.clear" => remove(&mut panes.immediates, str_of(ev, "immediate")),
            "timer.add" | "timer.rearm" => {
                let id = str_of(ev, "timer");
                timers.insert(number(id), id.to_string());
            }
            "timer.clear" => {
                timers.remove(&number(str_of(ev, "timer")));
            }
            "task.start" => match str_of(ev, "task") {
                "timer" => {
                    timers.remove(&number(str_of(ev, "timer")));
                }
                "immediate" => remove(&mut panes.immediates, str_of(ev, "immediate")),
                _ => {}
            },
            _ => {}
        }
        panes.timers = timers.values().cloned().collect();
        let mut shown = panes.clone();
        for list in [
            &mut shown.ticks,
            &mut shown.jobs,
            &mut shown.timers,
            &mut shown.immediates,
        ] {
            cut(list, false);
        }
        cut(&mut shown.console, true);
        panes.highlighted = str_of(ev, "at")
            .split(':')
            .next()
            .and_then(|l| l.parse().ok())
            .unwrap_or(0);
        shown.highlighted = panes.highlighted;
        out.push(shown);
    }
    out
}

/// The panes as the page shows them, from a read.
fn shown(read: &Value) -> Panes {
    let list = |key: &str| -> Vec<String> {
        read[key]
            .as_array()
            .map(|a| {
                a.iter()
                    .map(|v| v.as_str().unwrap_or("?").to_string())
                    .collect()
            })
            .unwrap_or_default()
    };
    Panes {
        console: list("console"),
        ticks: list("ticks"),
        jobs: list("jobs"),
        timers: list("timers"),
        immediates: list("immediates"),
        highlighted: read["highlighted"].as_u64().unwrap_or(u64::MAX),
    }
}

/// The first difference between the page at step `n` and the traces, if any.
fn compare(read: &Value, n: usize, traces: &Traces, panes: &[Panes]) -> Option<String> {
    if read["step"].as_u64() != Some(n as u64) {
        return Some(format!("at step {n} the page is at step {}", read["step"]));
    }
    let caption = read["line"].as_str().unwrap_or_default();
    if caption != traces.lines[n - 1] {
        return Some(format!(
            "step {n}: caption {caption:?}, text trace {:?}",
            traces.lines[n - 1]
        ));
    }
    if read["reason"].as_str().is_none_or(str::is_empty) {
        return Some(format!("step {n}: no reason"));
    }
    let got = shown(read);
    (got != panes[n - 1]).then(|| {
        format!(
            "step {n} ({}): the page shows {got:?}, the JSON trace says {:?}",
            traces.lines[n - 1],
            panes[n - 1]
        )
    })
}

/// Runs jsloop on `file` (in its folder, as the golden runner does) with
/// `--trace=format`, the trace written to `out`.
fn trace(jsloop: &Path, file: &Path, format: &str, out: &Path) -> Result<(), String> {
    let dir = file.parent().ok_or("no folder")?;
    let name = file.file_name().ok_or("no name")?;
    let status = Command::new(jsloop)
        .current_dir(dir)
        .arg("--virtual-time")
        .arg(format!("--trace={format}"))
        .arg(format!("--trace-out={}", out.display()))
        .arg(name)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .map_err(|e| format!("{}: {e}", jsloop.display()))?;
    // Programs that throw end with exit code 1; the trace is written all the same.
    match status.code() {
        Some(_) => Ok(()),
        None => Err(format!("jsloop was killed: {status}")),
    }
}

/// chromedriver's browser log (Chromium's console and network errors) since the last
/// read: a command of chromedriver's own, which fantoccini does not name.
#[derive(Debug)]
struct BrowserLog;

impl WebDriverCompatibleCommand for BrowserLog {
    fn endpoint(
        &self,
        base: &url::Url,
        session: Option<&str>,
    ) -> Result<url::Url, url::ParseError> {
        base.join(&format!("session/{}/se/log", session.unwrap_or_default()))
    }

    fn method_and_body(&self, _: &url::Url) -> (http::Method, Option<String>) {
        (
            http::Method::POST,
            Some(json!({"type": "browser"}).to_string()),
        )
    }
}

/// Errors in the browser log since the last call.
async fn log_errors(client: &Client) -> Result<Vec<String>, String> {
    let log = client
        .issue_cmd(BrowserLog)
        .await
        .map_err(|e| e.to_string())?;
    Ok(log
        .as_array()
        .into_iter()
        .flatten()
        .filter(|entry| entry["level"] == "SEVERE")
        .map(|entry| entry["message"].as_str().unwrap_or_default().to_string())
        .collect())
}

async fn execute(client: &Client, script: &str) -> Result<Value, String> {
    client
        .execute(script, vec![])
        .await
        .map_err(|e| format!("script failed: {e}"))
}

/// Steps through one program's page; the first problem found, if any.
async fn check_case(client: &Client, jsloop: &Path, file: &Path, tmp: &Path) -> Result<(), String> {
    let (text, jsonl, html) = (
        tmp.join("trace.txt"),
        tmp.join("trace.jsonl"),
        tmp.join("stepper.html"),
    );
    trace(jsloop, file, "text", &text)?;
    trace(jsloop, file, "json", &jsonl)?;
    trace(jsloop, file, "html", &html)?;
    let read = |p: &Path| std::fs::read_to_string(p).map_err(|e| format!("{}: {e}", p.display()));
    let traces = Traces {
        lines: read(&text)?.lines().map(str::to_string).collect(),
        events: read(&jsonl)?
            .lines()
            .skip(1)
            .map(|l| serde_json::from_str(l).map_err(|e| format!("bad JSON line {l}: {e}")))
            .collect::<Result<_, _>>()?,
    };
    let total = traces.lines.len();
    if total != traces.events.len() || total == 0 {
        return Err(format!(
            "{total} text lines but {} JSON events",
            traces.events.len()
        ));
    }
    let panes = expected(&traces.events);
    let url = format!("file://{}", html.display());
    client.goto(&url).await.map_err(|e| e.to_string())?;
    let first = execute(client, &read_now()).await?;
    if first["step"] != 1 || execute(client, "return window.stepper.total").await? != total {
        return Err(format!("the page opens at {first} of {total} steps"));
    }
    compare(&first, 1, &traces, &panes).map_or(Ok(()), Err)?;
    // Forward with →, every step, then back with ←.
    walk(
        client,
        ("ArrowRight", false),
        (2..=total).collect(),
        &traces,
        &panes,
    )
    .await?;
    walk(
        client,
        ("ArrowLeft", false),
        (1..total).rev().collect(),
        &traces,
        &panes,
    )
    .await?;
    // Past either end nothing moves.
    let read = execute(client, &press("ArrowLeft", false)).await?;
    compare(&read, 1, &traces, &panes).map_or(Ok(()), Err)?;
    check_jumps(client, &traces, &panes)
        .await
        .map_err(|e| format!("jumping: {e}"))?;
    check_buttons(client, &traces, &panes, &url)
        .await
        .map_err(|e| format!("buttons and links: {e}"))?;
    let requests = execute(
        client,
        "return performance.getEntriesByType('resource').length",
    )
    .await?;
    if requests != 0 {
        return Err(format!("the page made {requests} network requests"));
    }
    let errors = log_errors(client).await?;
    if !errors.is_empty() {
        return Err(format!("the browser logged errors: {errors:?}"));
    }
    Ok(())
}

/// Presses `key` (with Shift, or not) once for each of `steps`, the steps the page
/// must arrive at.
async fn walk(
    client: &Client,
    (key, shift): (&str, bool),
    steps: Vec<usize>,
    traces: &Traces,
    panes: &[Panes],
) -> Result<(), String> {
    for chunk in steps.chunks(BATCH) {
        let reads = execute(client, &press_times(key, shift, chunk.len())).await?;
        let reads = reads.as_array().ok_or("no reads")?;
        for (read, &n) in reads.iter().zip(chunk) {
            compare(read, n, traces, panes).map_or(Ok(()), Err)?;
        }
    }
    Ok(())
}

/// End and Home, Shift+→ and Shift+← (task, tick and job starts), and the slider.
async fn check_jumps(client: &Client, traces: &Traces, panes: &[Panes]) -> Result<(), String> {
    let total = traces.lines.len();
    let read = execute(client, &press("End", false)).await?;
    compare(&read, total, traces, panes).map_or(Ok(()), Err)?;
    let read = execute(client, &press("ArrowRight", false)).await?;
    compare(&read, total, traces, panes).map_or(Ok(()), Err)?;
    let read = execute(client, &press("Home", false)).await?;
    compare(&read, 1, traces, panes).map_or(Ok(()), Err)?;
    let starts: Vec<usize> = traces
        .events
        .iter()
        .enumerate()
        .filter(|(_, ev)| matches!(str_of(ev, "ev"), "task.start" | "tick.start" | "job.start"))
        .map(|(i, _)| i + 1)
        .collect();
    // From step 1 each Shift+→ lands on the next start, and the last on the end.
    let mut landings: Vec<usize> = starts.iter().copied().filter(|&s| s > 1).collect();
    if landings.last() != Some(&total) {
        landings.push(total);
    }
    walk(client, ("ArrowRight", true), landings, traces, panes).await?;
    let back = starts.iter().copied().rfind(|&s| s < total).unwrap_or(1);
    let read = execute(client, &press("ArrowLeft", true)).await?;
    compare(&read, back, traces, panes).map_or(Ok(()), Err)?;
    let middle = total.div_ceil(2);
    let slide = format!(
        "const s = document.getElementById('slider'); s.value = '{middle}'; s.dispatchEvent(new Event('input', {{ bubbles: true }}));\n{READER}\nreturn read();"
    );
    let read = execute(client, &slide).await?;
    compare(&read, middle, traces, panes).map_or(Ok(()), Err)
}

/// The buttons, clicked through WebDriver, and a `#step=N` link opened afresh.
async fn check_buttons(
    client: &Client,
    traces: &Traces,
    panes: &[Panes],
    url: &str,
) -> Result<(), String> {
    let total = traces.lines.len();
    let click = async |id: &str| -> Result<Value, String> {
        let button = client
            .find(Locator::Id(id))
            .await
            .map_err(|e| e.to_string())?;
        // A disabled button stays put.
        if button
            .attr("disabled")
            .await
            .map_err(|e| e.to_string())?
            .is_none()
        {
            button.click().await.map_err(|e| e.to_string())?;
        }
        execute(client, &read_now()).await
    };
    compare(&click("home").await?, 1, traces, panes).map_or(Ok(()), Err)?;
    compare(&click("next").await?, 2.min(total), traces, panes).map_or(Ok(()), Err)?;
    compare(&click("end").await?, total, traces, panes).map_or(Ok(()), Err)?;
    compare(&click("prev").await?, (total - 1).max(1), traces, panes).map_or(Ok(()), Err)?;
    let n = total.div_ceil(3);
    client
        .goto(&format!("{url}#step={n}"))
        .await
        .map_err(|e| e.to_string())?;
    let read = execute(client, &read_now()).await?;
    compare(&read, n, traces, panes).map_or(Ok(()), Err)?;
    // The address follows the step once stepping pauses (browsers throttle history
    // updates, so the page does not rewrite it on every step).
    execute(client, &press("ArrowRight", false)).await?;
    tokio::time::sleep(Duration::from_millis(300)).await;
    let hash = execute(client, "return location.hash").await?;
    let expected = format!("#step={}", (n + 1).min(total));
    if hash != expected.as_str() {
        return Err(format!("the address says {hash}, not {expected}"));
    }
    Ok(())
}

/// Starts chromedriver on a free port and waits until it listens.
fn start_chromedriver() -> Result<(Child, u16), String> {
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map_err(|e| e.to_string())?
        .port();
    let child = Command::new("chromedriver")
        .arg(format!("--port={port}"))
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .map_err(|e| format!("chromedriver: {e}"))?;
    let deadline = Instant::now() + Duration::from_secs(20);
    while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
        if Instant::now() > deadline {
            return Err("chromedriver did not start listening".into());
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    Ok((child, port))
}

async fn connect(port: u16) -> Result<Client, String> {
    let mut caps = serde_json::Map::new();
    caps.insert(
        "goog:chromeOptions".into(),
        json!({"args": ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1400,900"]}),
    );
    caps.insert("goog:loggingPrefs".into(), json!({"browser": "ALL"}));
    let connector = hyper_util::client::legacy::connect::HttpConnector::new();
    let mut builder = ClientBuilder::new(connector);
    builder
        .capabilities(caps)
        .connect(&format!("http://127.0.0.1:{port}"))
        .await
        .map_err(|e| format!("no WebDriver session: {e}"))
}

/// The golden programs to step through, in a stable order.
fn cases(root: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = FOLDERS
        .iter()
        .flat_map(|folder| std::fs::read_dir(root.join(folder)).into_iter().flatten())
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "js"))
        .collect();
    files.sort();
    files
}

/// Saves the docs' screenshot: the puzzle's page at a fixed step.
async fn screenshot(
    client: &Client,
    jsloop: &Path,
    root: &Path,
    tmp: &Path,
    out: &Path,
) -> Result<(), String> {
    let file = root.join("trace").join(SCREENSHOT.0);
    let html = tmp.join("screenshot.html");
    trace(jsloop, &file, "html", &html)?;
    client
        .goto(&format!("file://{}#step={}", html.display(), SCREENSHOT.1))
        .await
        .map_err(|e| e.to_string())?;
    let png = client.screenshot().await.map_err(|e| e.to_string())?;
    std::fs::write(out, png).map_err(|e| e.to_string())
}

#[tokio::main(flavor = "current_thread")]
async fn main() -> std::process::ExitCode {
    let top = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let jsloop = std::env::var_os("JSLOOP")
        .map(PathBuf::from)
        .unwrap_or_else(|| top.join("target/release/jsloop"));
    let root = top.join("tests/golden");
    let tmp = std::env::temp_dir().join(format!("jsloop-browser-{}", std::process::id()));
    if let Err(e) = std::fs::create_dir_all(&tmp) {
        eprintln!("{}: {e}", tmp.display());
        return std::process::ExitCode::FAILURE;
    }
    let (mut driver, port) = match start_chromedriver() {
        Ok(d) => d,
        Err(e) => {
            eprintln!("{e}");
            return std::process::ExitCode::FAILURE;
        }
    };
    let result = run(port, &jsloop, &root, &tmp, &top).await;
    let _ = driver.kill();
    let _ = driver.wait();
    let _ = std::fs::remove_dir_all(&tmp);
    match result {
        Ok(0) => std::process::ExitCode::SUCCESS,
        Ok(_) => std::process::ExitCode::FAILURE,
        Err(e) => {
            eprintln!("{e}");
            std::process::ExitCode::FAILURE
        }
    }
}

/// Checks every case; returns how many failed.
async fn run(
    port: u16,
    jsloop: &Path,
    root: &Path,
    tmp: &Path,
    top: &Path,
) -> Result<usize, String> {
    let client = connect(port).await?;
    let started = Instant::now();
    let (mut passed, mut failed) = (0, 0);
    // Arguments pick cases by part of their name.
    let filters: Vec<String> = std::env::args().skip(1).collect();
    for file in cases(root) {
        let name = file
            .strip_prefix(root)
            .unwrap_or(&file)
            .display()
            .to_string();
        if !filters.is_empty() && !filters.iter().any(|f| name.contains(f.as_str())) {
            continue;
        }
        let case_started = Instant::now();
        match check_case(&client, jsloop, &file, tmp).await {
            Ok(()) => {
                passed += 1;
                println!(
                    "ok   {name} ({:.1} s)",
                    case_started.elapsed().as_secs_f64()
                );
            }
            Err(e) => {
                failed += 1;
                println!("FAIL {name}: {e}");
            }
        }
    }
    if std::env::var_os("JSLOOP_SCREENSHOT").is_some() {
        let out = top.join("docs/stepper.png");
        screenshot(&client, jsloop, root, tmp, &out).await?;
        println!("wrote {}", out.display());
    }
    let _ = client.close().await;
    println!(
        "stepped through {} pages in {:.1} s",
        passed + failed,
        started.elapsed().as_secs_f64()
    );
    println!("{passed} passed, {failed} failed");
    Ok(failed)
}
