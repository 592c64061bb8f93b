//! The runtime: heap and garbage collector, values, strings, objects, the realm's
//! intrinsics, hidden classes (shapes), number and BigInt conversions, and console
//! formatting.

pub mod activation;
pub mod bigint;
pub mod event_loop;
pub mod heap;
pub mod inspect;
pub mod io;
pub mod memory;
pub mod number;
pub mod object;
pub mod operator;
pub mod realm;
pub mod shape;
pub mod stable_vec;
pub mod string;
pub mod trace;
pub mod value;

pub use heap::{Atom, BigRef, EnvRef, Heap, ObjRef, StrRef, SymRef};
pub use object::{JsObject, ObjectKind, Property, PropertyKey};
pub use value::Value;
