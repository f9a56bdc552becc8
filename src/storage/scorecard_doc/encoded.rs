//! The stored text of each candidate and interview, kept from one save to the next
//! ([`Encoded`]). Each record is behind its own `Rc` and an edit copies only the record
//! it changes, so a save encodes the records whose `Rc` is new and copies the others'
//! text: at 1,000 candidates a rating click re-encodes one interview, not 2.3 MB.
//! Every encode goes through here, so the text is the one format the module comment
//! of `super` describes, byte for byte.

use std::rc::Rc;

use crate::codec::json::{self, Value};
use crate::scorecard::doc::ScorecardDoc;
use crate::scorecard::{Candidate, Interview};

/// How far ahead in the kept texts a record is looked for: a delete shifts the rest by
/// one; a record not found is encoded again.
const LOOK_AHEAD: usize = 4;

/// The texts of the records of the last encode, in document order.
#[derive(Default)]
pub struct Encoded {
    candidates: Vec<Kept<Candidate>>,
    interviews: Vec<Kept<Interview>>,
}

/// A record and its stored text.
struct Kept<T> {
    record: Rc<T>,
    text: String,
}

impl Encoded {
    /// The stored text of `doc` with the top-level members before the records
    /// (`head`, written as they are) and after them (`tail`, each a key and its
    /// value); the records' texts are kept for the next call.
    pub(super) fn encode(
        &mut self,
        doc: &ScorecardDoc,
        head: Vec<(String, Value)>,
        tail: &[(&str, &Value)],
    ) -> String {
        refresh(
            &mut self.candidates,
            &doc.candidates,
            super::candidate_value,
        );
        refresh(
            &mut self.interviews,
            &doc.interviews,
            super::interview_value,
        );
        let mut out = json::to_string(&Value::Object(head));
        out.pop(); // the head's closing brace
        push_records(&mut out, "candidates", &self.candidates);
        push_records(&mut out, "interviews", &self.interviews);
        for (key, value) in tail {
            out.push(',');
            out.push_str(&json::to_string(&Value::String((*key).to_owned())));
            out.push(':');
            out.push_str(&json::to_string(value));
        }
        out.push('}');
        out
    }
}

/// Makes `kept` hold the texts of `records`, reusing those of the same `Rc`.
fn refresh<T>(kept: &mut Vec<Kept<T>>, records: &[Rc<T>], value: fn(&T) -> Value) {
    let mut old = std::mem::take(kept);
    let mut next = 0;
    *kept = records
        .iter()
        .map(|record| {
            let end = old.len().min(next + LOOK_AHEAD);
            let found = old[next.min(end)..end]
                .iter()
                .position(|held| Rc::ptr_eq(&held.record, record));
            let text = match found {
                Some(offset) => {
                    next += offset + 1;
                    std::mem::take(&mut old[next - 1].text)
                }
                None => json::to_string(&value(record)),
            };
            let record = record.clone();
            Kept { record, text }
        })
        .collect();
}

/// `,"key":[text,text,…]`.
fn push_records<T>(out: &mut String, key: &str, records: &[Kept<T>]) {
    out.push_str(",\"");
    out.push_str(key);
    out.push_str("\":[");
    for (index, kept) in records.iter().enumerate() {
        if index > 0 {
            out.push(',');
        }
        out.push_str(&kept.text);
    }
    out.push(']');
}
