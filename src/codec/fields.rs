//! Typed reading of parsed JSON: each getter names the field it reads and, when the
//! field is missing, of the wrong kind, too long or not a known id, returns an
//! [`ImportError`] at that field's path. Also the walk that refuses prototype-pollution
//! keys anywhere in a document, and the character count both readers of documents use.

use crate::scorecard::doc::MAX_NAME_CHARS;

use super::error::{Expected, ImportError, Path, Problem};
use super::json::Value;

/// Keys refused anywhere in a file: harmless to Rust, but a file that carries them was
/// made to attack JavaScript code that might read it.
pub const FORBIDDEN_KEYS: [&str; 3] = ["__proto__", "constructor", "prototype"];

pub(crate) type Read<T> = Result<T, ImportError>;

/// The members of one JSON object and where it sits.
#[derive(Clone, Copy)]
pub(crate) struct Fields<'a> {
    pub(crate) members: &'a [(String, Value)],
    pub(crate) path: Path<'a>,
}

impl<'a> Fields<'a> {
    /// `value` as an object, or a wrong-type error at `path`.
    pub(crate) fn of(value: &'a Value, path: Path<'a>) -> Read<Self> {
        match value.as_object() {
            Some(members) => Ok(Fields { members, path }),
            None => Err(wrong_type(path, Expected::Object, value)),
        }
    }

    pub(crate) fn error(&self, name: &str, problem: Problem) -> ImportError {
        ImportError::new(self.path.key(name), problem)
    }

    pub(crate) fn value(&self, name: &str) -> Read<&'a Value> {
        let found = self.members.iter().find(|(key, _)| key == name);
        found
            .map(|(_, value)| value)
            .ok_or_else(|| self.error(name, Problem::Missing))
    }

    /// The object in field `name`.
    pub(crate) fn object<'b>(&'b self, name: &'b str) -> Read<Fields<'b>> {
        Fields::of(self.value(name)?, self.path.key(name))
    }

    pub(crate) fn str(&self, name: &str) -> Read<&'a str> {
        let value = self.value(name)?;
        value
            .as_str()
            .ok_or_else(|| wrong_type(self.path.key(name), Expected::String, value))
    }

    /// A string of at most `max_chars` characters.
    pub(crate) fn text(&self, name: &str, max_chars: usize) -> Read<String> {
        let text = self.str(name)?;
        if !fits_chars(text, max_chars) {
            return Err(self.error(name, Problem::TooLong { max_chars }));
        }
        Ok(text.to_owned())
    }

    /// A name or id: at most [`MAX_NAME_CHARS`] characters, not blank.
    pub(crate) fn id(&self, name: &str) -> Read<String> {
        let text = self.text(name, MAX_NAME_CHARS)?;
        if text.trim().is_empty() {
            return Err(self.error(name, Problem::Blank));
        }
        Ok(text)
    }

    /// A whole number from `min` to `max`.
    pub(crate) fn int(&self, name: &str, min: i64, max: i64) -> Read<i64> {
        let value = self.value(name)?;
        let number = value
            .as_i64()
            .ok_or_else(|| wrong_type(self.path.key(name), Expected::WholeNumber, value))?;
        if number < min || number > max {
            return Err(self.error(name, Problem::OutOfRange { min, max }));
        }
        Ok(number)
    }

    /// Whether the object has a field `name` (for optional fields).
    pub(crate) fn has(&self, name: &str) -> bool {
        self.members.iter().any(|(key, _)| key == name)
    }

    /// An optional `true` or `false`: `false` when the field is absent.
    pub(crate) fn optional_bool(&self, name: &str) -> Read<bool> {
        if self.has(name) {
            self.bool(name)
        } else {
            Ok(false)
        }
    }

    pub(crate) fn bool(&self, name: &str) -> Read<bool> {
        let value = self.value(name)?;
        value
            .as_bool()
            .ok_or_else(|| wrong_type(self.path.key(name), Expected::TrueOrFalse, value))
    }

    /// An array of at most `max_items` items.
    pub(crate) fn array(&self, name: &str, max_items: usize) -> Read<&'a [Value]> {
        let value = self.value(name)?;
        let items = value
            .as_array()
            .ok_or_else(|| wrong_type(self.path.key(name), Expected::Array, value))?;
        if items.len() > max_items {
            return Err(self.error(name, Problem::TooMany { max_items }));
        }
        Ok(items)
    }

    /// The id in field `name` read by `from_id`; `what` names the kind of id (a key of
    /// [`super::error::what`]).
    pub(crate) fn choice<T>(
        &self,
        name: &str,
        what: &'static str,
        from_id: fn(&str) -> Option<T>,
    ) -> Read<T> {
        let id = self.str(name)?;
        from_id(id).ok_or_else(|| self.error(name, unknown(what, id)))
    }

    /// Like [`Fields::choice`], or `None` for `null`.
    pub(crate) fn nullable_choice<T>(
        &self,
        name: &str,
        what: &'static str,
        from_id: fn(&str) -> Option<T>,
    ) -> Read<Option<T>> {
        match self.value(name)? {
            Value::Null => Ok(None),
            _ => self.choice(name, what, from_id).map(Some),
        }
    }
}

pub(crate) fn unknown(what: &'static str, id: &str) -> Problem {
    Problem::Unknown {
        what,
        id: id.to_owned(),
    }
}

pub(crate) fn wrong_type(path: Path, expected: Expected, found: &Value) -> ImportError {
    let found = found.kind();
    ImportError::new(path, Problem::WrongType { expected, found })
}

/// Refuses a [`FORBIDDEN_KEYS`] key anywhere under `value`. Recurses no deeper than the
/// JSON reader's depth limit.
pub(crate) fn check_keys(value: &Value, path: Path) -> Read<()> {
    match value {
        Value::Array(items) => {
            for (index, item) in items.iter().enumerate() {
                check_keys(item, path.index(index))?;
            }
        }
        Value::Object(members) => {
            for (key, item) in members {
                let here = path.key(key);
                if FORBIDDEN_KEYS.contains(&key.as_str()) {
                    return Err(ImportError::new(here, Problem::ForbiddenKey(key.clone())));
                }
                check_keys(item, here)?;
            }
        }
        _ => {}
    }
    Ok(())
}

/// Whether `text` has at most `max_chars` characters; a text of at most that many bytes
/// always has, so only longer ones are counted (this runs on every string read).
pub(crate) fn fits_chars(text: &str, max_chars: usize) -> bool {
    text.len() <= max_chars || text.chars().nth(max_chars).is_none()
}
