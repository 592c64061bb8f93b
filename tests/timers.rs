//! Timers on the real clock (golden cases run under virtual time): a timer never runs
//! before its delay has passed on the clock `performance.now()` reads, and intervals
//! do not drift early.

use std::process::Command;

#[test]
fn timers_never_fire_early_on_the_real_clock() {
    let script = "
        const t0 = performance.now();
        setTimeout(() => console.log('timeout', performance.now() - t0 >= 30), 30);
        let runs = 0, last = performance.now(), early = 0;
        const interval = setInterval(() => {
          const now = performance.now();
          if (now - last < 20) early++;
          last = now;
          if (++runs === 10) {
            clearInterval(interval);
            console.log('interval early', early, now - t0 >= 200);
          }
        }, 20);
    ";
    let out = Command::new(env!("CARGO_BIN_EXE_jsloop"))
        .args(["-e", script])
        .output()
        .expect("jsloop runs");
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "timeout true\ninterval early 0 true\n"
    );
}
