//! Suspended frames: generator objects and async functions resume here.

use super::{JsResult, Vm};
use crate::runtime::{ObjRef, Value};

/// How a suspended function is resumed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ResumeMode {
    /// With a value: `next(v)`, or an awaited promise fulfilled with `v`.
    Next,
    /// By throwing the value at the suspension point: `throw(e)`, or a rejection.
    Throw,
    /// By returning the value from the suspension point (runs `finally` blocks).
    Return,
}

impl Vm {
    /// Resumes the async function whose state is `function_state` after the promise it
    /// awaited settled with `value` (`ResumeMode::Next` when fulfilled, `Throw` when
    /// rejected). Runs until its next `await` or its end.
    pub fn resume_async(&mut self, function_state: ObjRef, value: Value, mode: ResumeMode) -> JsResult<()> {
        let _ = (function_state, value, mode);
        Err(self.syntax_error("Async functions are not supported yet"))
    }
}
