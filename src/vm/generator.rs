//! Suspended frames: generator objects and async functions. A suspended function's
//! registers are copied off the stack into its state object and copied back when it
//! resumes, so no Rust stack is held while it waits.

use super::{Frame, FrameTemplate, JsError, JsResult, MAX_FRAMES, MAX_NATIVE_DEPTH, Vm};
use crate::compiler::bytecode::{FunctionTemplate, Op};
use crate::runtime::heap::{EnvRef, Trace, Tracer};
use crate::runtime::{ObjRef, ObjectKind, PropertyKey, Value};
use std::rc::Rc;

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

/// [[GeneratorState]]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GeneratorState {
    SuspendedStart,
    SuspendedYield,
    Executing,
    /// An async generator answering a queued `return(v)` after it completed: waiting
    /// for `v` to settle (AsyncGeneratorAwaitReturn).
    DrainingQueue,
    Completed,
}

/// A frame taken off the stack while its function is suspended.
pub struct SavedFrame {
    pub template: Rc<FunctionTemplate>,
    pub function: Option<ObjRef>,
    pub pc: usize,
    pub env: Option<EnvRef>,
    pub scope_depth: u16,
    pub new_target: Value,
    pub args: Option<Box<[Value]>>,
    pub registers: Vec<Value>,
    pub pending_return: Option<Value>,
}

/// The internal slots of a generator object (or of a running async function).
pub struct GeneratorData {
    pub state: GeneratorState,
    /// Present while suspended.
    pub frame: Option<SavedFrame>,
    /// For an async function: the promise its call returned.
    pub promise: Option<ObjRef>,
    /// For an async generator: the requests (`next`/`throw`/`return` calls) not
    /// answered yet, oldest first ([[AsyncGeneratorQueue]]).
    pub async_queue: Option<std::collections::VecDeque<AsyncRequest>>,
    /// An async generator resumed by `return(v)` at a `yield` is awaiting `v` before
    /// it returns (AsyncGeneratorUnwrapYieldResumption).
    pub awaiting_return: bool,
    /// The register buffer of the last resumption, kept empty for the next suspension:
    /// a loop of `await`s allocates it once.
    pub spare_registers: Vec<Value>,
}

/// An AsyncGeneratorRequest: how to resume and the promise to settle with the result.
pub struct AsyncRequest {
    pub mode: ResumeMode,
    pub value: Value,
    pub promise: ObjRef,
}

impl Trace for GeneratorData {
    fn trace(&self, tracer: &mut Tracer) {
        if let Some(p) = self.promise {
            tracer.obj(p);
        }
        for r in self.async_queue.iter().flatten() {
            tracer.value(r.value);
            tracer.obj(r.promise);
        }
        if let Some(f) = &self.frame {
            tracer.values(&f.registers);
            if let Some(func) = f.function {
                tracer.obj(func);
            }
            if let Some(env) = f.env {
                tracer.env(env);
            }
            tracer.value(f.new_target);
            if let Some(args) = &f.args {
                tracer.values(args);
            }
            if let Some(v) = f.pending_return {
                tracer.value(v);
            }
        }
    }
}

/// What `yield*` in an async generator does after an inner result was awaited.
pub enum DelegateStep {
    /// Yield the inner value and wait for the next resumption.
    Yield(Value),
    /// The inner iterator finished: the value of the `yield*` expression.
    Done(Value),
    /// The outer generator returns this value.
    Return(Value),
}

/// The resumption modes `yield*` in an async generator keeps in a register.
const DELEGATE_NEXT: f64 = 0.0;
const DELEGATE_THROW: f64 = 1.0;
const DELEGATE_RETURN: f64 = 2.0;
/// `throw` was forwarded to an iterator without a throw method: it is being closed.
const DELEGATE_CLOSING: f64 = 3.0;
/// `return` was forwarded to an iterator without a return method.
const DELEGATE_RETURN_DIRECT: f64 = 4.0;

/// What a resumption produced.
pub enum Resumed {
    /// The function yielded a value (to be wrapped in an iterator result).
    Yield(Value),
    /// `yield*` passed on an inner iterator's result object as it is.
    YieldRaw(Value),
    /// The function finished with this value.
    Done(Value),
}

impl Vm {
    /// EvaluateGeneratorBody for the frame just pushed: runs the parameter and
    /// declaration prologue (whose errors the call itself throws) up to
    /// `InitialYield`, then returns the suspended generator object.
    pub(super) fn start_generator(&mut self) -> JsResult<Value> {
        let function = self
            .frames
            .last()
            .and_then(|f| f.function)
            .expect("generators are closures");
        let is_async = self.frames.last().is_some_and(|f| f.template.is_async);
        let data = GeneratorData {
            state: GeneratorState::Executing,
            frame: None,
            promise: None,
            async_queue: is_async.then(Default::default),
            awaiting_return: false,
            spare_registers: Vec::new(),
        };
        let proto = if is_async {
            self.realm.async_generator_prototype
        } else {
            self.realm.generator_prototype
        };
        let generator = self.alloc_object(Some(proto), ObjectKind::Generator(Box::new(data)));
        self.frames
            .last_mut()
            .expect("the generator's frame was pushed")
            .generator = Some(generator);
        let result = self.run();
        let suspended = std::mem::take(&mut self.suspended);
        result?;
        debug_assert!(suspended, "a generator's prologue ends at InitialYield");
        // OrdinaryCreateFromConstructor(functionObject, %GeneratorPrototype%), after the
        // prologue as the spec orders it.
        self.roots.push(Value::Object(generator));
        let proto = self.get(
            Value::Object(function),
            PropertyKey::String(self.atoms.prototype),
        );
        self.roots.pop();
        if let Value::Object(p) = proto? {
            self.heap.obj_mut(generator).set_proto(Some(p));
        }
        if let Some(d) = self.generator_data(generator) {
            d.state = GeneratorState::SuspendedStart;
        }
        Ok(Value::Object(generator))
    }

    /// Called by `Yield`/`YieldStar`/`Await`: moves the running frame (which has saved
    /// its pc) into its generator object, its registers into the generator's spare
    /// buffer.
    pub(super) fn suspend_top_frame(&mut self) {
        let frame = self.frames.pop().expect("a frame is running");
        let generator = frame.generator.expect("only generator frames suspend");
        let registers =
            &self.stack[frame.base..frame.base + frame.template.register_count as usize];
        if let ObjectKind::Generator(g) = &mut self.heap.obj_mut(generator).kind {
            let mut buffer = std::mem::take(&mut g.spare_registers);
            buffer.extend_from_slice(registers);
            // Written field by field into the generator, not built aside and copied.
            g.frame = Some(SavedFrame {
                template: frame.template.to_rc(),
                function: frame.function,
                pc: frame.pc(),
                env: frame.env,
                scope_depth: frame.scope_depth,
                new_target: frame.new_target,
                args: frame.args,
                registers: buffer,
                pending_return: frame.pending_return,
            });
        }
        self.suspended = true;
    }

    fn generator_data(&mut self, g: ObjRef) -> Option<&mut GeneratorData> {
        match &mut self.heap.obj_mut(g).kind {
            ObjectKind::Generator(data) => Some(data),
            _ => None,
        }
    }

    /// GeneratorResume / GeneratorResumeAbrupt.
    pub fn generator_resume(
        &mut self,
        generator: ObjRef,
        mode: ResumeMode,
        value: Value,
    ) -> JsResult<Resumed> {
        let Some(data) = self.generator_data(generator) else {
            return Err(self.type_error("next method called on incompatible receiver"));
        };
        match data.state {
            GeneratorState::Executing | GeneratorState::DrainingQueue => {
                return Err(self.type_error("Generator is already running"));
            }
            GeneratorState::SuspendedStart if mode != ResumeMode::Next => {
                data.state = GeneratorState::Completed;
                data.frame = None;
            }
            _ => {}
        }
        if data.state == GeneratorState::Completed {
            return match mode {
                ResumeMode::Next => Ok(Resumed::Done(Value::Undefined)),
                ResumeMode::Throw => Err(JsError::Thrown(value)),
                ResumeMode::Return => Ok(Resumed::Done(value)),
            };
        }
        let at_start = data.state == GeneratorState::SuspendedStart;
        let saved = data
            .frame
            .take()
            .expect("a suspended generator has a frame");
        data.state = GeneratorState::Executing;
        let registers_end = self.stack_top() + 1 + saved.registers.len();
        if self.native_depth >= MAX_NATIVE_DEPTH
            || self.frames.len() >= MAX_FRAMES
            || !self.stack.grow_to(registers_end)
        {
            if let Some(d) = self.generator_data(generator) {
                d.frame = Some(saved);
                d.state = if at_start {
                    GeneratorState::SuspendedStart
                } else {
                    GeneratorState::SuspendedYield
                };
            }
            return Err(self.range_error("Maximum call stack size exceeded"));
        }
        self.restore_frame(saved, generator)?;
        self.native_depth += 1;
        let result = if at_start {
            self.run()
        } else {
            self.resume_at_suspension(mode, value)
        };
        self.native_depth -= 1;
        let suspended = self.record_run_end(generator, result.is_ok());
        let raw = std::mem::take(&mut self.yield_raw);
        match result {
            Ok(v) if suspended && raw => Ok(Resumed::YieldRaw(v)),
            Ok(v) if suspended => Ok(Resumed::Yield(v)),
            Ok(v) => Ok(Resumed::Done(v)),
            Err(JsError::GeneratorReturn) => Ok(Resumed::Done(
                self.finished_return.take().unwrap_or(Value::Undefined),
            )),
            Err(e) => Err(e),
        }
    }

    /// After a generator or async function's frame left the loop: it is suspended
    /// (state SuspendedYield; returns true) or it finished (state Completed).
    fn record_run_end(&mut self, generator: ObjRef, ok: bool) -> bool {
        let suspended = std::mem::take(&mut self.suspended) && ok;
        if let Some(d) = self.generator_data(generator) {
            d.state = if suspended {
                GeneratorState::SuspendedYield
            } else {
                GeneratorState::Completed
            };
        }
        suspended
    }

    /// Pushes a saved frame back onto the stack as a boundary frame; a RangeError
    /// (and the frame dropped) when the register stack has no room for it.
    fn restore_frame(&mut self, saved: SavedFrame, generator: ObjRef) -> JsResult<()> {
        let base = self.stack_top() + 1;
        let regs = saved.registers.len();
        self.grow_stack(base + regs)?;
        self.stack[base..base + regs].copy_from_slice(&saved.registers);
        self.frames.push(Frame {
            // SAFETY: a saved frame's `pc` is inside its code (it was taken with
            // `Frame::pc`).
            ip: unsafe { Frame::entry(&saved.template).add(saved.pc) },
            template: FrameTemplate::owned(saved.template),
            function: saved.function,
            base,
            env: saved.env,
            scope_depth: saved.scope_depth,
            ret_dst: 0,
            new_target: saved.new_target,
            args: saved.args,
            boundary: true,
            generator: Some(generator),
            pending_return: saved.pending_return,
        });
        if let Some(data) = self.generator_data(generator) {
            let mut spare = saved.registers;
            spare.clear();
            data.spare_registers = spare;
        }
        Ok(())
    }

    /// Continues a restored frame from its `yield`/`yield*`/`await` with `mode`.
    fn resume_at_suspension(&mut self, mode: ResumeMode, value: Value) -> JsResult<Value> {
        let frame = self.frames.last_mut().expect("restored frame");
        let op = frame.template.code[frame.pc() - 1];
        let base = frame.base;
        let in_async_generator = frame.template.is_async && frame.template.is_generator;
        let generator = frame.generator.expect("a resumed frame has its state");
        let awaited_return = self
            .generator_data(generator)
            .is_some_and(|d| std::mem::take(&mut d.awaiting_return));
        if let Op::YieldDelegated {
            dst,
            mode: mode_reg,
            ..
        } = op
        {
            // Hand the resumption to the `yield*` loop (a return's value is awaited
            // first; its rejection is forwarded as a throw).
            if mode == ResumeMode::Return && !awaited_return {
                return match self.await_return_value(generator, value) {
                    Ok(()) => Ok(Value::Undefined),
                    Err(e) => {
                        let reason = self.error_value(e);
                        self.stack[base + mode_reg as usize] = Value::Number(DELEGATE_THROW);
                        self.stack[base + dst as usize] = reason;
                        self.run()
                    }
                };
            }
            let code = match (mode, awaited_return) {
                (ResumeMode::Next, true) => DELEGATE_RETURN,
                (ResumeMode::Next, false) => DELEGATE_NEXT,
                _ => DELEGATE_THROW,
            };
            self.stack[base + mode_reg as usize] = Value::Number(code);
            self.stack[base + dst as usize] = value;
            return self.run();
        }
        if awaited_return {
            // The value of a `return(v)` at a yield has settled: return with it, or
            // throw its rejection at the yield.
            return match mode {
                ResumeMode::Next => {
                    self.frames.last_mut().expect("frame").pending_return = Some(value);
                    self.throw_into_frame(JsError::GeneratorReturn)
                }
                _ => self.throw_into_frame(JsError::Thrown(value)),
            };
        }
        if in_async_generator && mode == ResumeMode::Return && matches!(op, Op::Yield { .. }) {
            // AsyncGeneratorUnwrapYieldResumption: await the value before returning.
            return match self.await_return_value(generator, value) {
                Ok(()) => Ok(Value::Undefined),
                Err(e) => self.throw_into_frame(e),
            };
        }
        let frame = self.frames.last_mut().expect("restored frame");
        match (op, mode) {
            (Op::YieldStar { dst, .. }, ResumeMode::Next) => {
                self.stack[base + dst as usize] = value;
                frame.set_pc(frame.pc() - 1);
                self.run()
            }
            (Op::YieldStar { dst, iter }, _) => self.yield_star_abrupt(dst, iter, mode, value),
            (Op::Yield { dst, .. } | Op::Await { dst, .. }, ResumeMode::Next) => {
                self.stack[base + dst as usize] = value;
                self.run()
            }
            (_, ResumeMode::Next) => self.run(),
            (_, ResumeMode::Throw) => self.throw_into_frame(JsError::Thrown(value)),
            (_, ResumeMode::Return) => {
                frame.pending_return = Some(value);
                self.throw_into_frame(JsError::GeneratorReturn)
            }
        }
    }

    /// AsyncGeneratorUnwrapYieldResumption's Await: suspends the frame until the value
    /// of a `return(v)` settles; its resumption then finds `awaiting_return` set.
    fn await_return_value(&mut self, generator: ObjRef, value: Value) -> JsResult<()> {
        self.await_value(value)?;
        if let Some(d) = self.generator_data(generator) {
            d.awaiting_return = true;
        }
        Ok(())
    }

    /// Raises `err` at the top frame's current instruction, then runs on.
    fn throw_into_frame(&mut self, err: JsError) -> JsResult<Value> {
        self.unwind(err)?;
        self.run()
    }

    /// `throw`/`return` sent to a generator suspended in `yield*`: forwarded to the
    /// inner iterator (ECMA-262 YieldExpression: `yield*` evaluation, steps 7.b-7.c).
    fn yield_star_abrupt(
        &mut self,
        dst: u16,
        iter: u16,
        mode: ResumeMode,
        value: Value,
    ) -> JsResult<Value> {
        let base = self.frames.last().expect("restored frame").base;
        let inner = self.stack[base + iter as usize];
        let name = if mode == ResumeMode::Throw {
            "throw"
        } else {
            "return"
        };
        let key = self.key(name);
        let method = match self.get_method(inner, key) {
            Ok(m) => m,
            Err(e) => return self.throw_into_frame(e),
        };
        let Some(method) = method else {
            if mode == ResumeMode::Return {
                self.frames.last_mut().expect("frame").pending_return = Some(value);
                return self.throw_into_frame(JsError::GeneratorReturn);
            }
            // The protocol is violated: close the inner iterator, then a TypeError.
            if let Err(e) = self.iterator_close(inner) {
                return self.throw_into_frame(e);
            }
            let e = self.type_error("The iterator does not provide a 'throw' method.");
            return self.throw_into_frame(e);
        };
        let result = match self.call(method, inner, &[value]) {
            Ok(r) => r,
            Err(e) => return self.throw_into_frame(e),
        };
        if !matches!(result, Value::Object(_)) {
            let e = self.not_an_iterator_result(result);
            return self.throw_into_frame(e);
        }
        let done = match self.get_named(result, "done") {
            Ok(d) => self.to_boolean(d),
            Err(e) => return self.throw_into_frame(e),
        };
        if !done {
            self.suspend_top_frame();
            self.yield_raw = true;
            return Ok(result);
        }
        let v = match self.get_named(result, "value") {
            Ok(v) => v,
            Err(e) => return self.throw_into_frame(e),
        };
        if mode == ResumeMode::Throw {
            self.stack[base + dst as usize] = v;
            self.run()
        } else {
            self.frames.last_mut().expect("frame").pending_return = Some(v);
            self.throw_into_frame(JsError::GeneratorReturn)
        }
    }

    /// `AsyncDelegateCall`: calls the inner iterator's method for resumption `mode`.
    /// Returns the result to await and the mode to go on with.
    pub(super) fn async_delegate_call(
        &mut self,
        iter: Value,
        next: Value,
        mode: Value,
        received: Value,
    ) -> JsResult<(Value, Value)> {
        let Value::Number(mode) = mode else {
            unreachable!("the delegation mode is a number")
        };
        if mode == DELEGATE_NEXT {
            return Ok((self.call(next, iter, &[received])?, Value::Number(mode)));
        }
        if mode == DELEGATE_THROW {
            let key = self.key("throw");
            if let Some(throw) = self.get_method(iter, key)? {
                return Ok((self.call(throw, iter, &[received])?, Value::Number(mode)));
            }
            // The protocol is violated: close the inner iterator (AsyncIteratorClose,
            // awaiting its return()), then the TypeError.
            let key = self.key("return");
            let Some(ret) = self.get_method(iter, key)? else {
                return Err(self.type_error("The iterator does not provide a 'throw' method."));
            };
            let closing = self.call(ret, iter, &[])?;
            return Ok((closing, Value::Number(DELEGATE_CLOSING)));
        }
        let key = self.key("return");
        match self.get_method(iter, key)? {
            Some(ret) => Ok((self.call(ret, iter, &[received])?, Value::Number(mode))),
            None => Ok((received, Value::Number(DELEGATE_RETURN_DIRECT))),
        }
    }

    /// `AsyncDelegateResult`: what the awaited result of `AsyncDelegateCall` means.
    pub(super) fn async_delegate_result(
        &mut self,
        result: Value,
        mode: Value,
    ) -> JsResult<DelegateStep> {
        let Value::Number(mode) = mode else {
            unreachable!("the delegation mode is a number")
        };
        if mode == DELEGATE_RETURN_DIRECT {
            return Ok(DelegateStep::Return(result));
        }
        if !matches!(result, Value::Object(_)) {
            return Err(self.not_an_iterator_result(result));
        }
        if mode == DELEGATE_CLOSING {
            return Err(self.type_error("The iterator does not provide a 'throw' method."));
        }
        let done = self.get_named(result, "done")?;
        let done = self.to_boolean(done);
        let value = self.get_named(result, "value")?;
        Ok(match (done, mode == DELEGATE_RETURN) {
            (false, _) => DelegateStep::Yield(value),
            (true, false) => DelegateStep::Done(value),
            (true, true) => DelegateStep::Return(value),
        })
    }

    /// Starts the async function (or async script) whose boundary frame was just pushed:
    /// runs it to its first `await` or its end and returns the promise for its result.
    pub(super) fn start_async(&mut self) -> ObjRef {
        let promise = crate::builtins::promise::new_promise(self);
        let data = GeneratorData {
            state: GeneratorState::Executing,
            frame: None,
            promise: Some(promise),
            async_queue: None,
            awaiting_return: false,
            spare_registers: Vec::new(),
        };
        let state = self.alloc_object(None, ObjectKind::Generator(Box::new(data)));
        self.frames
            .last_mut()
            .expect("the async frame was pushed")
            .generator = Some(state);
        let result = self.run();
        self.finish_async_step(state, promise, result);
        promise
    }

    /// Resumes the async function whose state is `function_state` after the promise it
    /// awaited settled with `value` (`ResumeMode::Next` when fulfilled, `Throw` when
    /// rejected). Runs until its next `await` or its end.
    pub fn resume_async(
        &mut self,
        function_state: ObjRef,
        value: Value,
        mode: ResumeMode,
    ) -> JsResult<()> {
        let Some(data) = self.generator_data(function_state) else {
            return Ok(());
        };
        let is_async_generator = data.async_queue.is_some();
        let promise = data.promise;
        let Some(saved) = data.frame.take() else {
            return Ok(());
        };
        data.state = GeneratorState::Executing;
        // A frame that finds no room ends the function as a stack overflow would.
        let restored = self.restore_frame(saved, function_state);
        // The function state is only on the Rust stack now that its job has run.
        self.roots.push(Value::Object(function_state));
        let result = restored.and_then(|()| self.resume_at_suspension(mode, value));
        if is_async_generator {
            self.async_generator_after_run(function_state, result);
        } else if let Some(promise) = promise {
            self.finish_async_step(function_state, promise, result);
        }
        self.roots.pop();
        Ok(())
    }

    /// After an async function ran: suspended at an `await`, or finished, which settles
    /// its promise (AsyncBlockStart steps 3.e-3.g).
    fn finish_async_step(&mut self, state: ObjRef, promise: ObjRef, result: JsResult<Value>) {
        if self.record_run_end(state, result.is_ok()) {
            return;
        }
        // Settling may run user code (a thenable's `then` getter): keep the promise alive.
        self.roots.push(Value::Object(promise));
        match result {
            Ok(v) => crate::builtins::promise::resolve_promise(self, promise, v),
            Err(e) => {
                let reason = self.error_value(e);
                crate::builtins::promise::reject_promise(self, promise, reason);
            }
        }
        self.roots.pop();
    }

    /// `await v` in the running frame (Await, steps 2-5): subscribe the frame to the
    /// promise and suspend it.
    pub(super) fn await_value(&mut self, v: Value) -> JsResult<()> {
        let promise = crate::builtins::promise::awaited(self, v)?;
        let state = self
            .frames
            .last()
            .and_then(|f| f.generator)
            .expect("await runs in an async frame");
        self.suspend_top_frame();
        match promise {
            Some(promise) => crate::builtins::promise::await_promise(self, promise, state),
            None => crate::builtins::promise::await_fulfilled(self, v, state),
        }
        Ok(())
    }

    /// AsyncGeneratorEnqueue: `next`/`throw`/`return` on an async generator. Returns
    /// the promise for the request's result.
    pub fn async_generator_enqueue(
        &mut self,
        generator: Value,
        mode: ResumeMode,
        value: Value,
    ) -> ObjRef {
        let promise = crate::builtins::promise::new_promise(self);
        let target = match generator {
            Value::Object(g)
                if self
                    .generator_data(g)
                    .is_some_and(|d| d.async_queue.is_some()) =>
            {
                g
            }
            _ => {
                let e = self.type_error("AsyncGenerator method called on incompatible receiver");
                let reason = self.error_value(e);
                crate::builtins::promise::reject_promise(self, promise, reason);
                return promise;
            }
        };
        if let Some(queue) = self
            .generator_data(target)
            .and_then(|d| d.async_queue.as_mut())
        {
            queue.push_back(AsyncRequest {
                mode,
                value,
                promise,
            });
        }
        self.async_generator_resume_next(target);
        promise
    }

    /// AsyncGeneratorResumeNext / drain: answers queued requests until the generator
    /// runs (it continues when it yields or finishes) or the queue is empty.
    fn async_generator_resume_next(&mut self, generator: ObjRef) {
        loop {
            let Some(data) = self.generator_data(generator) else {
                return;
            };
            if matches!(
                data.state,
                GeneratorState::Executing | GeneratorState::DrainingQueue
            ) {
                return;
            }
            let Some(front) = data.async_queue.as_ref().and_then(|q| q.front()) else {
                return;
            };
            let (mode, value) = (front.mode, front.value);
            if data.state == GeneratorState::SuspendedStart && mode != ResumeMode::Next {
                data.state = GeneratorState::Completed;
                data.frame = None;
            }
            if data.state == GeneratorState::Completed {
                match mode {
                    ResumeMode::Next => {
                        self.async_generator_settle(generator, Ok(Value::Undefined), true)
                    }
                    ResumeMode::Return => {
                        self.async_generator_await_return(generator, value);
                        return;
                    }
                    ResumeMode::Throw => self.async_generator_settle(generator, Err(value), true),
                }
                continue;
            }
            let at_start = data.state == GeneratorState::SuspendedStart;
            let saved = data
                .frame
                .take()
                .expect("a suspended generator has a frame");
            data.state = GeneratorState::Executing;
            // A frame that finds no room ends the generator as a stack overflow would.
            let result = self.restore_frame(saved, generator).and_then(|()| {
                if at_start {
                    self.run()
                } else {
                    self.resume_at_suspension(mode, value)
                }
            });
            self.async_generator_after_run(generator, result);
            return;
        }
    }

    /// After an async generator ran: still awaiting, or it yielded or finished, which
    /// answers the oldest request.
    fn async_generator_after_run(&mut self, generator: ObjRef, result: JsResult<Value>) {
        let suspended = std::mem::take(&mut self.suspended);
        self.yield_raw = false;
        if suspended && result.is_ok() {
            let at_await = self.generator_data(generator).is_some_and(|d| {
                d.awaiting_return
                    || d.frame
                        .as_ref()
                        .is_some_and(|f| matches!(f.template.code[f.pc - 1], Op::Await { .. }))
            });
            if at_await {
                // Resumed later by the awaited promise's job.
                return;
            }
            if let Some(d) = self.generator_data(generator) {
                d.state = GeneratorState::SuspendedYield;
            }
            let v = result.unwrap_or(Value::Undefined);
            self.async_generator_settle(generator, Ok(v), false);
        } else {
            if let Some(d) = self.generator_data(generator) {
                d.state = GeneratorState::Completed;
                d.frame = None;
            }
            let outcome = match result {
                Ok(v) => Ok(v),
                Err(JsError::GeneratorReturn) => {
                    Ok(self.finished_return.take().unwrap_or(Value::Undefined))
                }
                Err(e) => Err(self.error_value(e)),
            };
            self.async_generator_settle(generator, outcome, true);
        }
        self.async_generator_resume_next(generator);
    }

    /// AsyncGeneratorAwaitReturn: a `return(v)` request to a completed async generator
    /// answers once `v` settles.
    fn async_generator_await_return(&mut self, generator: ObjRef, value: Value) {
        if let Some(d) = self.generator_data(generator) {
            d.state = GeneratorState::DrainingQueue;
        }
        match crate::builtins::promise::promise_resolve(self, value) {
            Ok(promise) => {
                let handler = crate::runtime::event_loop::Handler::AwaitReturn(generator);
                crate::builtins::promise::perform_then(
                    self,
                    promise,
                    handler,
                    handler,
                    crate::runtime::event_loop::Capability::None,
                );
            }
            Err(e) => {
                let reason = self.error_value(e);
                self.async_generator_return_settled(generator, Err(reason));
            }
        }
    }

    /// The value of a `return(v)` to a completed async generator settled: answer the
    /// request with it and go on with the queue.
    pub fn async_generator_return_settled(
        &mut self,
        generator: ObjRef,
        outcome: Result<Value, Value>,
    ) {
        if let Some(d) = self.generator_data(generator) {
            d.state = GeneratorState::Completed;
        }
        self.async_generator_settle(generator, outcome, true);
        self.async_generator_resume_next(generator);
    }

    /// Settles the oldest request's promise with `{ value, done }` or a rejection.
    fn async_generator_settle(
        &mut self,
        generator: ObjRef,
        outcome: Result<Value, Value>,
        done: bool,
    ) {
        let Some(request) = self
            .generator_data(generator)
            .and_then(|d| d.async_queue.as_mut())
            .and_then(|q| q.pop_front())
        else {
            return;
        };
        self.roots.push(Value::Object(request.promise));
        match outcome {
            Ok(v) => {
                let result = crate::builtins::iterator::iter_result(self, v, done);
                crate::builtins::promise::resolve_promise(self, request.promise, result);
            }
            Err(reason) => crate::builtins::promise::reject_promise(self, request.promise, reason),
        }
        self.roots.pop();
    }
}
