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

/// A JSON value up to three levels deep, arrays and objects of up to three members
/// (keys of 1–8 lower-case letters), its leaves' strings from `text`.
pub fn any_small_value(
    text: impl Strategy<Value = String> + 'static,
) -> impl Strategy<Value = Value> {
    any_leaf(text).prop_recursive(3, 16, 4, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4).prop_map(Value::Array),
            prop::collection::btree_map("[a-z]{1,8}", inner, 0..4)
                .prop_map(|members| Value::Object(members.into_iter().collect())),
        ]
    })
}
