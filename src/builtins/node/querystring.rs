//! `node:querystring`, written in JavaScript (`querystring.js`).

use super::load_source;
use crate::runtime::Value;
use crate::vm::{JsResult, Vm};

/// Builds `require('querystring')`.
pub fn load(vm: &mut Vm) -> JsResult<Value> {
    load_source(vm, "querystring", include_str!("querystring.js"))
}
