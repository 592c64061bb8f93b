//! What every target shares: inputs decoded as the command line decodes a file, run on
//! a thread with the command line's stack, so a stack overflow here is one there too.

/// The largest input tried: bigger ones only slow the search down.
const MAX_INPUT: usize = 64 * 1024;

/// Runs `f` on the source text `data` decodes to, on a thread with the interpreter's
/// stack size. A panic there aborts the process (libFuzzer's panic hook), which is the
/// finding.
pub fn with_source(data: &[u8], f: impl FnOnce(&str) + Send) {
    if data.len() > MAX_INPUT {
        return;
    }
    let source = jsloop::cli::decode_source(data.to_vec());
    std::thread::scope(|scope| {
        std::thread::Builder::new()
            .stack_size(jsloop::cli::STACK_SIZE)
            .spawn_scoped(scope, || f(&source))
            .expect("the interpreter thread starts")
            .join()
            .expect("a panic has already aborted");
    });
}
