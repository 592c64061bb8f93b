//! The instruction set (one table, one line of semantics per opcode) and the compiled
//! form of a function. `R` is a register of the current frame, `K` a constant.
//!
//! Frame layout: `R0` is `this`, `R1..=Rn` the parameters, then locals and temporaries.
//! A call site puts the callee at `Rb`, `this` at `Rb+1` and the arguments after it,
//! so the callee's frame starts at `Rb+1` without copying.

use crate::ast::Span;
use crate::runtime::heap::{Atom, BigRef};
pub use crate::vm::ic::PropCache;
use std::fmt;
use std::rc::Rc;

pub type Reg = u16;

/// A constant-pool entry.
#[derive(Debug, Clone)]
pub enum Constant {
    Number(f64),
    String(Atom),
    /// A BigInt literal's value, shared by every evaluation (BigInts are immutable).
    BigInt(BigRef),
    Function(Rc<FunctionTemplate>),
    /// A tagged template's strings: (cooked, raw) per piece; cooked `None` is undefined.
    TemplateStrings(Rc<[(Option<Atom>, Atom)]>),
}

/// How `super`, `this` and `new` behave for a function.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TemplateKind {
    Normal,
    Arrow,
    Method,
    /// A class constructor; `derived` when the class has `extends`.
    ClassConstructor {
        derived: bool,
    },
    /// The top-level code of a script.
    Script,
}

/// What a `Handler` catches.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HandlerKind {
    /// A `catch` clause: catches thrown values.
    Catch,
    /// A `finally` block's landing pad: catches everything, including a generator's
    /// forced return, and rethrows it after the block.
    Finally,
}

/// An exception-table entry: a throw while `start <= pc < end` jumps to `target` with
/// the thrown value in `reg`, after popping scopes down to `scope_depth`.
#[derive(Clone, Copy, Debug)]
pub struct Handler {
    pub start: u32,
    pub end: u32,
    pub target: u32,
    pub reg: Reg,
    pub scope_depth: u16,
    pub kind: HandlerKind,
}

/// How V8 words the TypeError for a value that is not iterable at one site, from the
/// site's source text as V8's call printer shows it.
#[derive(Debug, Clone)]
pub enum NotIterable {
    /// "{text} is not iterable"
    Named(Rc<str>),
    /// "{text} is not async iterable" (`for await`)
    NamedAsync(Rc<str>),
    /// "{text} is not a function or its return value is not iterable" (`new X(...)`)
    NamedCall(Rc<str>),
    /// "{text} is not iterable (cannot read property Symbol(Symbol.iterator))": V8 found
    /// the expression but not as an iteration site (patterns nested in object patterns).
    NamedNoSymbolLoad(Rc<str>),
    /// A spread argument of a call: V8's CallWithSpread names a null or undefined value,
    /// and only says what spread requires for any other.
    CallSpread(Rc<str>),
}

/// Where the global object kept a name when a `GetGlobal` or `SetGlobal` of it last
/// looked: valid while the global-scope epoch is the one recorded (no script-level
/// lexical declared since) and the property at the index still has that name.
#[derive(Debug)]
pub struct GlobalCache {
    /// The name (the instruction's string constant), at hand without a constant lookup.
    pub name: Atom,
    /// `(global-scope epoch, property index)`; the epoch is `u32::MAX` until filled.
    pub at: std::cell::Cell<(u32, u32)>,
}

/// One compiled function (or script): immutable, shared by every closure made from it.
#[derive(Debug)]
pub struct FunctionTemplate {
    pub name: Rc<str>,
    /// `name` interned, for the `name` property of each closure.
    pub name_atom: Atom,
    pub kind: TemplateKind,
    pub is_async: bool,
    pub is_generator: bool,
    pub strict: bool,
    /// Declared parameters before the first default or rest (`Function.length`).
    pub length: u32,
    /// The frame keeps its arguments as passed (for `arguments` or a rest parameter).
    pub keeps_arguments: bool,
    /// For a mapped `arguments` object (sloppy code, simple parameters): per parameter
    /// position, the slot of the function scope's `Env` it aliases (`None` for an
    /// earlier duplicate of a name).
    pub mapped_arguments: Option<Box<[Option<u16>]>>,
    /// The code reads `this` (otherwise a sloppy function's `this` is left unbound).
    pub uses_this: bool,
    /// Entering a frame of this code needs neither check nor copy: it is no class
    /// constructor and keeps no arguments (see `FunctionTemplate::plain_entry_of`).
    pub plain_entry: bool,
    /// A sloppy-mode function that reads `this`: on entry, a `this` that is not an
    /// object becomes one (see `FunctionTemplate::boxes_this_of`).
    pub boxes_this: bool,
    /// Number of parameter registers (`R1..=Rn`).
    pub param_count: u16,
    /// Total registers the frame needs, `this` included.
    pub register_count: u16,
    pub code: Vec<Op>,
    pub constants: Vec<Constant>,
    pub handlers: Vec<Handler>,
    /// `(pc, source offset)` pairs in pc order: the source position of each instruction
    /// that may throw or call.
    pub positions: Vec<(u32, u32)>,
    /// Per constant: the inline cache of the `GetGlobal` and `SetGlobal` instructions
    /// naming it.
    pub global_cache: Box<[GlobalCache]>,
    /// One inline cache per named property instruction (its `ic` operand): the
    /// shapes it met and where they keep the property.
    pub prop_caches: Box<[PropCache]>,
    /// `(pc, source text)` of the callee of calls, `new` and iteration, for messages
    /// like "o.f is not a function".
    pub callee_names: Vec<(u32, Rc<str>)>,
    /// `(pc, wording)` of iteration sites whose value V8 names when it is not iterable;
    /// other sites describe the value itself.
    pub not_iterable: Vec<(u32, NotIterable)>,
    /// What each direct `eval` call in the code (`CallEval`'s `site`) sees: the scopes
    /// around it, for compiling the code it is given.
    pub eval_sites: Box<[Rc<crate::compiler::EvalSite>]>,
    /// The file's name and text, for stack traces and `Function.prototype.toString`.
    pub source: Rc<Source>,
    pub span: Span,
    /// The `length` and `name` properties of its arrows and methods, made with the
    /// first one and shared by all until one changes them (see
    /// `PropertyMap::with_shared_shape`).
    pub bare_properties: std::cell::OnceCell<Box<[crate::runtime::object::Entry]>>,
}

impl FunctionTemplate {
    /// Whether a frame of code with these properties is entered plainly: not a
    /// class constructor (which throws when called without `new`), and keeping no
    /// arguments.
    pub fn plain_entry_of(kind: TemplateKind, keeps_arguments: bool) -> bool {
        !matches!(kind, TemplateKind::ClassConstructor { .. }) && !keeps_arguments
    }

    /// Whether a sloppy-mode `this` is replaced by the global object (for `undefined`
    /// and `null`) or boxed (for primitives) on entry.
    pub fn boxes_this_of(kind: TemplateKind, strict: bool, uses_this: bool) -> bool {
        !strict && uses_this && kind != TemplateKind::Arrow
    }
}

/// A script's name and text.
#[derive(Debug)]
pub struct Source {
    pub name: String,
    pub text: String,
    /// For code run by `eval`: where it came from, as V8 names it in stack traces
    /// (`eval at f (file.js:3:10)`).
    pub eval_origin: Option<String>,
}

impl FunctionTemplate {
    /// The top level of direct eval code: an arrow named `eval` compiled from code
    /// `eval` was given (a function in that code has a name of its own; an arrow in
    /// it none).
    pub fn is_eval_code(&self) -> bool {
        self.kind == TemplateKind::Arrow
            && &*self.name == "eval"
            && self.source.eval_origin.is_some()
    }

    /// The source offset of the instruction at `pc`.
    pub fn position(&self, pc: usize) -> u32 {
        let i = self.positions.partition_point(|&(p, _)| p as usize <= pc);
        if i == 0 {
            self.span.start
        } else {
            self.positions[i - 1].1
        }
    }
}

macro_rules! opcodes {
    ($( $(#[doc = $doc:literal])* $name:ident { $($field:ident : $ty:ty),* } ),* $(,)?) => {
        /// One instruction. Every variant is documented with its semantics.
        #[derive(Clone, Copy, Debug, PartialEq)]
        pub enum Op {
            $( $(#[doc = $doc])* $name { $($field: $ty),* } ),*
        }

        impl Op {
            /// The opcode's name, for the disassembler.
            pub fn name(&self) -> &'static str {
                match self { $( Op::$name { .. } => stringify!($name) ),* }
            }

            /// The operands as `name=value` pairs, for the disassembler.
            pub fn operands(&self) -> Vec<(&'static str, i64)> {
                match *self {
                    $( Op::$name { $($field),* } => vec![$((stringify!($field), $field as i64)),*] ),*
                }
            }

            /// Whether every code position this instruction may jump to (its `target`,
            /// `done` and `skip` operands) is below `len`. The name test is on
            /// constants, so it folds away.
            #[allow(unused_variables)]
            pub fn jumps_below(&self, len: usize) -> bool {
                match *self {
                    $( Op::$name { $($field),* } => true $(&& (!matches!(stringify!($field), "target" | "done" | "skip") || ($field as i64) < len as i64))* ),*
                }
            }
        }
    };
}

opcodes! {
    /// R[dst] := R[src]
    Mov { dst: Reg, src: Reg },
    /// R[dst] := K[idx] (a number or string)
    LoadConst { dst: Reg, idx: u32 },
    /// R[dst] := value (a small integer)
    LoadInt { dst: Reg, value: i32 },
    /// R[dst] := undefined
    LoadUndefined { dst: Reg },
    /// R[dst] := null
    LoadNull { dst: Reg },
    /// R[dst] := value
    LoadBool { dst: Reg, value: bool },
    /// R[dst] := <empty> (an uninitialised binding: the temporal dead zone)
    LoadEmpty { dst: Reg },
    /// throw ReferenceError "Cannot access 'K[name]' before initialization" if R[reg] is empty
    CheckTdz { reg: Reg, name: u32 },
    /// throw ReferenceError if `this` (R[reg]) is still uninitialised in a derived constructor
    CheckThis { reg: Reg },
    /// throw TypeError "Assignment to constant variable."
    ThrowConstAssign { name: u32 },

    /// env := new Env(size slots, parent env)
    PushScope { size: u16 },
    /// env := env.parent
    PopScope {},
    /// env := a copy of env (a fresh binding per loop iteration)
    CopyScope {},
    /// R[dst] := env(depth hops up).slots[slot]
    GetEnv { dst: Reg, depth: u16, slot: u16 },
    /// env(depth hops up).slots[slot] := R[src]
    SetEnv { src: Reg, depth: u16, slot: u16 },

    /// R[dst] := the global binding K[name]; ReferenceError if there is none
    GetGlobal { dst: Reg, name: u32 },
    /// R[dst] := the global binding K[name], or undefined if there is none (for typeof)
    GetGlobalOrUndefined { dst: Reg, name: u32 },
    /// the global binding K[name] := R[src]; in strict code a missing binding throws
    SetGlobal { src: Reg, name: u32, strict: bool },
    /// creates global var K[name] (undefined) unless it exists
    DeclareGlobalVar { name: u32 },
    /// global var K[name] := R[src] (a hoisted function declaration)
    DeclareGlobalFunction { name: u32, src: Reg },
    /// R[dst] := global lexical slot (script-level let/const/class)
    GetLex { dst: Reg, slot: u32 },
    /// global lexical slot := R[src]
    SetLex { src: Reg, slot: u32 },

    /// R[dst] := R[obj].K[key], through the inline cache `prop_caches[ic]`
    GetProp { dst: Reg, obj: Reg, key: u32, ic: u16 },
    /// R[obj].K[key] := R[src], through the inline cache `prop_caches[ic]`
    SetProp { obj: Reg, key: u32, src: Reg, ic: u16 },
    /// R[dst] := R[obj][R[key]]
    GetElem { dst: Reg, obj: Reg, key: Reg },
    /// R[obj][R[key]] := R[src]
    SetElem { obj: Reg, key: Reg, src: Reg },
    /// R[dst] := delete R[obj][R[key]]
    DeleteElem { dst: Reg, obj: Reg, key: Reg },
    /// R[dst] := GetSuperBase(): the prototype of the running method's home object
    /// (null when it has none)
    SuperBase { dst: Reg },
    /// R[key] := ToPropertyKey(R[key]), after the TypeError of a read when the super
    /// base R[base] is null; then R[dst] := R[base][R[key]] with receiver R[this]
    GetSuper { dst: Reg, base: Reg, this: Reg, key: Reg },
    /// R[base][R[key]] := R[src] with receiver R[this] (a TypeError when the super
    /// base R[base] is null)
    SetSuper { base: Reg, this: Reg, key: Reg, src: Reg },
    /// throw ReferenceError "Unsupported reference to 'super'" (`delete super.x`)
    ThrowDeleteSuper {},
    /// define own data property R[obj][R[key]] := R[src] (literals, class fields)
    DefineField { obj: Reg, key: Reg, src: Reg },
    /// define own data property R[obj].K[key] := R[src] (an object literal's named
    /// property), through the inline cache `prop_caches[ic]`
    DefineProp { obj: Reg, key: u32, src: Reg, ic: u16 },
    /// define R[func] as method / getter (kind 1) / setter (kind 2) R[obj][R[key]];
    /// `enumerable` for object literals, not for classes
    DefineMethod { obj: Reg, key: Reg, func: Reg, kind: u8, enumerable: bool },
    /// copy R[src]'s own enumerable properties into R[obj] ({...src})
    CopyDataProperties { obj: Reg, src: Reg },
    /// R[dst] := a copy of R[src]'s own enumerable properties without the keys listed
    /// in the array R[excluded] (object rest)
    ObjectRest { dst: Reg, src: Reg, excluded: Reg },

    /// throw TypeError "Cannot destructure property 'K[name]' of ..." if R[src] is
    /// null or undefined (an empty K[name]: "Cannot destructure ...")
    RequireObjectCoercible { src: Reg, name: u32 },
    /// R[dst] := R[a] + R[b]
    Add { dst: Reg, a: Reg, b: Reg },
    /// R[dst] := R[a] - R[b]
    Sub { dst: Reg, a: Reg, b: Reg },
    /// R[dst] := R[a] + value (`i + 1`: one instruction, not a load and an add)
    AddInt { dst: Reg, a: Reg, value: i16 },
    /// R[dst] := R[a] - value
    SubInt { dst: Reg, a: Reg, value: i16 },
    /// R[dst] := R[a] * R[b]
    Mul { dst: Reg, a: Reg, b: Reg },
    /// R[dst] := R[a] / R[b]
    Div { dst: Reg, a: Reg, b: Reg },
    /// R[dst] := R[a] % R[b]
    Mod { dst: Reg, a: Reg, b: Reg },
    /// R[dst] := R[a] ** R[b]
    Exp { dst: Reg, a: Reg, b: Reg },
    /// R[dst] := R[a] & R[b]
    BitAnd { dst: Reg, a: Reg, b: Reg },
    /// R[dst] := R[a] | R[b]
    BitOr { dst: Reg, a: Reg, b: Reg },
    /// R[dst] := R[a] ^ R[b]
    BitXor { dst: Reg, a: Reg, b: Reg },
    /// R[dst] := R[a] << R[b]
    Shl { dst: Reg, a: Reg, b: Reg },
    /// R[dst] := R[a] >> R[b]
    Shr { dst: Reg, a: Reg, b: Reg },
    /// R[dst] := R[a] >>> R[b]
    UShr { dst: Reg, a: Reg, b: Reg },
    /// R[dst] := R[a] == R[b]
    Eq { dst: Reg, a: Reg, b: Reg },
    /// R[dst] := R[a] != R[b]
    NotEq { dst: Reg, a: Reg, b: Reg },
    /// R[dst] := R[a] === R[b]
    StrictEq { dst: Reg, a: Reg, b: Reg },
    /// R[dst] := R[a] !== R[b]
    StrictNotEq { dst: Reg, a: Reg, b: Reg },
    /// R[dst] := R[a] < R[b]
    Lt { dst: Reg, a: Reg, b: Reg },
    /// R[dst] := R[a] <= R[b]
    LtEq { dst: Reg, a: Reg, b: Reg },
    /// R[dst] := R[a] > R[b]
    Gt { dst: Reg, a: Reg, b: Reg },
    /// R[dst] := R[a] >= R[b]
    GtEq { dst: Reg, a: Reg, b: Reg },
    /// R[dst] := R[a] instanceof R[b]
    InstanceOf { dst: Reg, a: Reg, b: Reg },
    /// R[dst] := R[a] in R[b]
    In { dst: Reg, a: Reg, b: Reg },
    /// R[dst] := -R[src]
    Neg { dst: Reg, src: Reg },
    /// R[dst] := ToNumber(R[src])
    ToNumber { dst: Reg, src: Reg },
    /// R[dst] := ToNumeric(R[src]) (for postfix ++/--: the old value)
    ToNumeric { dst: Reg, src: Reg },
    /// R[dst] := !R[src]
    Not { dst: Reg, src: Reg },
    /// R[dst] := ~R[src]
    BitNot { dst: Reg, src: Reg },
    /// R[dst] := typeof R[src]
    TypeOf { dst: Reg, src: Reg },
    /// R[dst] := R[src] + 1 (numeric)
    Inc { dst: Reg, src: Reg },
    /// R[dst] := R[src] - 1 (numeric)
    Dec { dst: Reg, src: Reg },
    /// R[dst] := ToString(R[src]) (template literal pieces)
    ToString { dst: Reg, src: Reg },
    /// R[dst] := ToPropertyKey(R[src]) (computed keys are converted once)
    ToPropertyKey { dst: Reg, src: Reg },
    /// R[key_out] := ToPropertyKey(R[key]), after the TypeError of a read when R[obj]
    /// is null or undefined; then R[dst] := R[obj][R[key_out]] (`o[k] += v`, `o[k]++`:
    /// the base is checked before the key is converted, and the key converted once)
    GetElemKeyed { dst: Reg, obj: Reg, key: Reg, key_out: Reg },

    /// pc := target
    Jump { target: u32 },
    /// if R[cond] is truthy: pc := target
    JumpIfTrue { cond: Reg, target: u32 },
    /// if R[cond] is falsy: pc := target
    JumpIfFalse { cond: Reg, target: u32 },
    /// if R[cond] is null or undefined: pc := target
    JumpIfNullish { cond: Reg, target: u32 },
    /// if R[cond] is neither null nor undefined: pc := target
    JumpIfNotNullish { cond: Reg, target: u32 },
    /// if R[cond] is not undefined: pc := target (parameter defaults)
    JumpIfNotUndefined { cond: Reg, target: u32 },
    /// if R[cond] is empty (a generator's forced return reaching a finally landing
    /// pad, not a throw): pc := target
    JumpIfEmpty { cond: Reg, target: u32 },
    /// if !(R[a] < R[b]): pc := target (loop conditions)
    JumpIfNotLt { a: Reg, b: Reg, target: u32 },
    /// if !(R[a] < value): pc := target
    JumpIfNotLtInt { a: Reg, value: i32, target: u32 },
    /// if !(R[a] <= R[b]): pc := target
    JumpIfNotLtEq { a: Reg, b: Reg, target: u32 },
    /// if !(R[a] > R[b]): pc := target
    JumpIfNotGt { a: Reg, b: Reg, target: u32 },
    /// if !(R[a] >= R[b]): pc := target
    JumpIfNotGtEq { a: Reg, b: Reg, target: u32 },
    /// if R[a] < R[b]: pc := target (loop conditions, tested at the bottom)
    JumpIfLt { a: Reg, b: Reg, target: u32 },
    /// if R[a] < value: pc := target
    JumpIfLtInt { a: Reg, value: i32, target: u32 },
    /// if R[a] <= R[b]: pc := target
    JumpIfLtEq { a: Reg, b: Reg, target: u32 },
    /// if R[a] > R[b]: pc := target
    JumpIfGt { a: Reg, b: Reg, target: u32 },
    /// if R[a] >= R[b]: pc := target
    JumpIfGtEq { a: Reg, b: Reg, target: u32 },
    /// if R[a] == R[b]: pc := target (conditions testing `!=`)
    JumpIfEq { a: Reg, b: Reg, target: u32 },
    /// if !(R[a] == R[b]): pc := target (conditions testing `==`)
    JumpIfNotEq { a: Reg, b: Reg, target: u32 },
    /// if R[a] === R[b]: pc := target (conditions testing `!==`)
    JumpIfStrictEq { a: Reg, b: Reg, target: u32 },
    /// if !(R[a] === R[b]): pc := target (conditions testing `===`)
    JumpIfNotStrictEq { a: Reg, b: Reg, target: u32 },

    /// R[dst] := R[base](this = R[base+1], args = R[base+2 .. base+2+argc])
    Call { dst: Reg, base: Reg, argc: u16 },
    /// R[base+1] := undefined, then Call: a call whose callee is no property
    /// reference (`f(x)`), one dispatch fewer than a LoadUndefined before the call
    CallUndefinedThis { dst: Reg, base: Reg, argc: u16 },
    /// R[dst] := `f.apply(thisArg, arguments)`, laid out as for Call with two
    /// arguments (R[base] = `f.apply`, R[base+1] = f, R[base+2] = thisArg, R[base+3] =
    /// `arguments`), in a function that makes its `arguments` object (binding
    /// R[arguments]) only when a call needs it: while R[base+3] is empty (none made)
    /// and R[base] is %Function.prototype.apply%, f is called with the frame's own
    /// arguments; otherwise the object is made first and this is a plain Call
    ApplyArguments { dst: Reg, base: Reg, arguments: Reg },
    /// R[dst] := R[base](this = R[base+1], args = the elements of the array R[base+2])
    CallSpread { dst: Reg, base: Reg },
    /// R[dst] := new R[base](args = R[base+2 .. base+2+argc])
    New { dst: Reg, base: Reg, argc: u16 },
    /// R[dst] := new R[base](args = the elements of the array R[base+2])
    NewSpread { dst: Reg, base: Reg },
    /// R[dst] := super(args = R[base+3 ..]) for the derived constructor R[base] with
    /// new.target R[base+1], whose `this` is R[base+2] (the TDZ marker until bound)
    SuperCall { dst: Reg, base: Reg, argc: u16 },
    /// like SuperCall with the arguments in the array R[base+3]
    SuperCallSpread { dst: Reg, base: Reg },
    /// return R[src]
    Return { src: Reg },
    /// throw R[src]
    Throw { src: Reg },
    /// rethrow R[src] if a finally landing pad saved a thrown value there; if it is
    /// empty, go on with a generator's pending forced return, or do nothing
    EndFinally { src: Reg },

    /// R[dst] := a closure of K[idx] over the current env
    Closure { dst: Reg, idx: u32 },
    /// R[dst] := a class constructor from K[idx] with parent R[parent] (empty: no
    /// extends); R[dst+1] := its prototype object
    Class { dst: Reg, idx: u32, parent: Reg },
    /// the closure R[func] gets home object R[home] (for `super`)
    SetHomeObject { func: Reg, home: Reg },
    /// the class R[class] gets R[func] as its instance-field initialiser
    SetFieldInit { class: Reg, func: Reg },
    /// set the `name` of the function R[func] to the property key R[key] with a prefix
    /// (0 none, 1 "get ", 2 "set ") when it has none of its own
    SetFunctionName { func: Reg, key: Reg, prefix: u8 },
    /// R[dst] := the current function's `arguments` object; `last` when nothing reads
    /// the frame's arguments after it (no rest parameter), so the object takes them
    CreateArguments { dst: Reg, last: bool },
    /// R[dst] := an array of the arguments from index `from` on (rest parameter)
    CreateRest { dst: Reg, from: u16 },
    /// R[dst] := a new private name (a hidden symbol) described K[desc]
    NewPrivateName { dst: Reg, desc: u32 },
    /// R[dst] := the function being run
    LoadCallee { dst: Reg },
    /// R[dst] := new.target of the current call
    NewTarget { dst: Reg },

    /// R[dst] := {}, with room for `capacity` properties (a literal's count), so a
    /// literal's properties are stored in one allocation of the right size
    NewObject { dst: Reg, capacity: u16 },
    /// R[dst] := [], with room for `capacity` elements (a literal's item count), so a
    /// literal's pushes fill one allocation of its size
    NewArray { dst: Reg, capacity: u16 },
    /// push R[src] onto the array R[arr]
    ArrayPush { arr: Reg, src: Reg },
    /// push a hole onto the array R[arr]
    ArrayPushHole { arr: Reg },
    /// push every value of the iterable R[src] onto the array R[arr]
    ArraySpread { arr: Reg, src: Reg },
    /// R[dst] := the frozen strings array of the tagged template K[idx]
    TemplateObject { dst: Reg, idx: u32 },
    /// R[dst] := new RegExp(K[pattern], K[flags])
    RegExp { dst: Reg, pattern: u32, flags: u32 },

    /// R[dst] := GetIterator(R[src]); R[dst+1] := its next method
    GetIterator { dst: Reg, src: Reg },
    /// R[dst] := the next value of the iterator R[iter] (next at R[iter+1]);
    /// when it is done (or was already): R[iter] := undefined and pc := done
    IteratorNext { dst: Reg, iter: Reg, done: u32 },
    /// R[dst] := GetIterator(R[src], async) (a sync iterator is wrapped by
    /// CreateAsyncFromSyncIterator); R[dst+1] := its next method
    GetAsyncIterator { dst: Reg, src: Reg },
    /// R[dst] := R[iter+1].call(R[iter])
    CallNext { dst: Reg, iter: Reg },
    /// R[dst] := R[iter+1].call(R[iter], R[arg])
    CallNextWith { dst: Reg, iter: Reg, arg: Reg },
    /// R[result] must be an iterator result object: if done, pc := done; else
    /// R[dst] := its value
    IteratorResult { dst: Reg, result: Reg, done: u32 },
    /// call R[iter].return() if it exists, unless R[iter] is undefined (exhausted)
    IteratorClose { iter: Reg },
    /// closes R[iter] (unless undefined) for the abrupt completion in R[completion]:
    /// after a throw, what return() does is ignored and the throw goes on; after a
    /// generator's forced return (R[completion] empty) its errors are thrown
    IteratorCloseAbrupt { iter: Reg, completion: Reg },
    /// R[dst] := R[iter].return() for an async iterator (its result is awaited next);
    /// pc := skip when R[iter] is undefined (exhausted) or has no return method
    AsyncIteratorClose { dst: Reg, iter: Reg, skip: u32 },
    /// throws the TypeError unless R[src] is an object (an iterator result)
    CheckIteratorResult { src: Reg },
    /// R[dst] := an iterator over the enumerable string keys of R[src] (for-in)
    ForInPrepare { dst: Reg, src: Reg },
    /// R[dst] := the next key of the for-in iterator R[iter]; pc := done when finished
    ForInNext { dst: Reg, iter: Reg, done: u32 },

    /// the end of a generator's prologue: suspend until the first `next()`
    InitialYield {},
    /// suspend the generator, handing R[src] to the resumer; on resumption with a
    /// value: R[dst] := it (a throw or return resumes by unwinding from here)
    Yield { dst: Reg, src: Reg },
    /// `yield*`: forward R[dst] (first undefined, then each resumption value) to the
    /// iterator R[iter] (next at R[iter+1]) and suspend with its results until it is
    /// done; then R[dst] := its final value
    YieldStar { dst: Reg, iter: Reg },

    /// `yield*` in an async generator, one step: by R[mode] (0 next, 1 throw, 2 return)
    /// R[result] := the inner iterator R[iter]'s next/throw/return called with
    /// R[received]. Without a throw method it calls return (R[mode] := 3) or throws
    /// the TypeError; without a return method R[result] := R[received] (R[mode] := 4).
    AsyncDelegateCall { result: Reg, iter: Reg, mode: Reg, received: Reg },
    /// after awaiting R[result] of `AsyncDelegateCall`: returns or throws as R[mode]
    /// 2, 3 or 4 demand, else checks the iterator result: when done, R[dst] := its
    /// value and pc := done; else R[dst] := its value (to yield)
    AsyncDelegateResult { dst: Reg, result: Reg, mode: Reg, done: u32 },
    /// suspend the async generator, yielding R[src] as it is; on resumption
    /// R[mode] := how (0 next, 1 throw, 2 return, a return's value awaited first) and
    /// R[dst] := the value, for `AsyncDelegateCall` to forward
    YieldDelegated { dst: Reg, mode: Reg, src: Reg },

    /// suspend the async function until PromiseResolve(R[src]) settles; then
    /// R[dst] := its value, or its reason is thrown here
    Await { dst: Reg, src: Reg },

    /// env := new Env([ToObject(R[src])], parent env): a `with` statement's object
    PushWith { src: Reg },
    /// if R[obj] is empty and the object in env(depth hops up).slots[slot] has the
    /// binding K[name] (a `with` object: HasProperty and not blocked by its
    /// @@unscopables; else eval's var table: HasProperty): R[obj] := that object and
    /// R[obj+1] := the `this` of a call through it (the object for `with`, else
    /// undefined)
    ResolveDyn { obj: Reg, depth: u16, slot: u16, name: u32, with: bool },
    /// R[dst] := the binding K[name] of the object R[obj] found by `ResolveDyn`
    DynGet { dst: Reg, obj: Reg, name: u32 },
    /// the binding K[name] of the object R[obj] := R[src] (SetMutableBinding)
    DynSet { obj: Reg, src: Reg, name: u32, strict: bool },

    /// if R[base] is %eval%: R[dst] := the result of direct eval of R[base+2] (with
    /// `argc` arguments) in the scopes `eval_sites[site]` describes, over the current
    /// env, and skip the next instruction (the `Call` that runs any other callee)
    CallEval { dst: Reg, base: Reg, argc: u16, site: u16 },
    /// throw TypeError unless eval code may declare the global var (or, if `function`,
    /// the global function) K[name]: CanDeclareGlobalVar / CanDeclareGlobalFunction
    CheckEvalGlobal { name: u32, function: bool },
    /// creates global var K[name] (undefined, deletable: declared by eval code) unless
    /// it exists
    DeclareEvalGlobalVar { name: u32 },
    /// creates the var K[name] (undefined) in the eval var table in env(depth hops
    /// up).slots[slot] (the table is created on first use) unless it is there
    DeclareEvalVar { depth: u16, slot: u16, name: u32 },

    /// does nothing
    Nop {},
}

/// Whether running `code` can never step past its end: its last instruction does not
/// fall through, and every jump lands inside it. The instruction loop fetches without
/// a bounds check on this guarantee (handlers and resumption points, the other ways
/// `pc` is set, also point inside the code).
pub fn stays_inside(code: &[Op]) -> bool {
    matches!(
        code.last(),
        Some(Op::Return { .. } | Op::Throw { .. } | Op::Jump { .. })
    ) && code.iter().all(|op| op.jumps_below(code.len()))
}

/// Whether every property instruction of `code` names one of its `count` inline
/// caches: the instruction loop reads them without a bounds check on this.
pub fn caches_inside(code: &[Op], count: usize) -> bool {
    code.iter().all(|op| match *op {
        Op::GetProp { ic, .. } | Op::SetProp { ic, .. } | Op::DefineProp { ic, .. } => {
            (ic as usize) < count
        }
        _ => true,
    })
}

/// Renders the disassembly of a template and the templates nested in it.
pub struct Disassembly<'a>(pub &'a FunctionTemplate);

impl fmt::Display for Disassembly<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let t = self.0;
        let name = if t.name.is_empty() {
            "<anonymous>"
        } else {
            &t.name
        };
        writeln!(
            f,
            "== {name} ({:?}, {} params, {} registers) ==",
            t.kind, t.param_count, t.register_count
        )?;
        for (pc, op) in t.code.iter().enumerate() {
            write!(f, "{pc:5}  {:<22}", op.name())?;
            let operands: Vec<String> = op
                .operands()
                .iter()
                .map(|(n, v)| format!("{n}={v}"))
                .collect();
            writeln!(f, "{}", operands.join(" "))?;
        }
        for h in &t.handlers {
            writeln!(
                f,
                "  handler {:?} [{}, {}) -> {} reg={}",
                h.kind, h.start, h.end, h.target, h.reg
            )?;
        }
        for c in &t.constants {
            if let Constant::Function(inner) = c {
                writeln!(f)?;
                write!(f, "{}", Disassembly(inner))?;
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::Op;

    #[test]
    fn instructions_stay_small() {
        // The code array is the interpreter's hottest data: a cache index must fit in
        // the space the widest instructions already take.
        assert!(
            std::mem::size_of::<Op>() <= 12,
            "{}",
            std::mem::size_of::<Op>()
        );
    }
}
