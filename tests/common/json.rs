//! Proptest strategies for JSON values, shared by the codec's and the stored document's
//! tests.
#![allow(dead_code)]
#![cfg(not(target_arch = "wasm32"))]

use backend_ready::codec::json::Value;
use proptest::prelude::*;

/// A JSON value that holds no other: null, a boolean, a number or a string from `text`.
pub fn any_leaf(text: impl Strategy<Value = String>) -> impl Strategy<Value = Value> {
    prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::Number),
        text.prop_map(Value::String),
    ]
}
