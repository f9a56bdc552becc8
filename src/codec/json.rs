//! A small, strict JSON reader and writer (RFC 8259), instead of serde, whose
//! deserializer alone costs 10–20 KB of gzipped wasm.
//!
//! What it accepts is narrower than JSON on purpose, because the scorecard needs no more:
//! - numbers are whole numbers that fit an `i64`; a fraction or an exponent is refused;
//! - a key repeated in one object is refused (two readers could pick different copies);
//! - at most [`MAX_DEPTH`] nested arrays and objects, [`MAX_VALUES`] values and
//!   [`MAX_LEN`] bytes, so a hostile text can neither overflow the stack nor exhaust
//!   memory;
//! - strings decode every escape, `\uXXXX` surrogate pairs included; a lone surrogate
//!   and a raw control character are refused. No leading byte order mark.
//!
//! Reading never panics: every failure is a [`JsonError`], a kind and the byte offset
//! where it was noticed; `crate::sentences` words it. The reader recurses at most [`MAX_DEPTH`] levels; the writer does not
//! recurse. The writer produces compact JSON, escaping `"`, `\` and every control
//! character, and writes object members in their order.

/// Longest text read, in bytes (8 MiB): above any real scorecard export.
pub const MAX_LEN: usize = 8 * 1024 * 1024;

/// Deepest nesting of arrays and objects read.
pub const MAX_DEPTH: usize = 64;

/// Most values (of any kind, containers included) in one text read.
pub const MAX_VALUES: usize = 2_000_000;

/// A JSON value. Objects keep their members in order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Value {
    Null,
    Bool(bool),
    Number(i64),
    String(String),
    Array(Vec<Value>),
    Object(Vec<(String, Value)>),
}

impl Value {
    /// What kind of value this is.
    pub fn kind(&self) -> ValueKind {
        match self {
            Value::Null => ValueKind::Null,
            Value::Bool(_) => ValueKind::Boolean,
            Value::Number(_) => ValueKind::Number,
            Value::String(_) => ValueKind::String,
            Value::Array(_) => ValueKind::Array,
            Value::Object(_) => ValueKind::Object,
        }
    }

    /// The member `key` of an object; `None` for a missing key or another kind.
    pub fn get(&self, key: &str) -> Option<&Value> {
        let members = self.as_object()?;
        members
            .iter()
            .find(|(name, _)| name == key)
            .map(|(_, value)| value)
    }

    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::String(text) => Some(text),
            _ => None,
        }
    }

    pub fn as_i64(&self) -> Option<i64> {
        match self {
            Value::Number(number) => Some(*number),
            _ => None,
        }
    }

    pub fn as_bool(&self) -> Option<bool> {
        match self {
            Value::Bool(flag) => Some(*flag),
            _ => None,
        }
    }

    pub fn as_array(&self) -> Option<&[Value]> {
        match self {
            Value::Array(items) => Some(items),
            _ => None,
        }
    }

    pub fn as_object(&self) -> Option<&[(String, Value)]> {
        match self {
            Value::Object(members) => Some(members),
            _ => None,
        }
    }
}

/// The kinds of [`Value`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ValueKind {
    Null,
    Boolean,
    Number,
    String,
    Array,
    Object,
}

/// What was wrong with a text (`crate::sentences::json_reason` words it).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum JsonErrorKind {
    TooLong,
    TooDeep,
    TooManyValues,
    UnexpectedEnd,
    ExpectedValue,
    ExpectedKey,
    ExpectedColon,
    ExpectedCommaOrEnd,
    TrailingText,
    BadLiteral,
    BadNumber,
    LeadingZero,
    FractionOrExponent,
    NumberOutOfRange,
    ControlCharacter,
    BadEscape,
    BadUnicodeEscape,
    LoneSurrogate,
    DuplicateKey,
}

/// Why [`parse`] refused a text, and the byte offset where it noticed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct JsonError {
    pub offset: usize,
    pub kind: JsonErrorKind,
}

/// Reads one JSON value, surrounded by optional whitespace, from `text`.
pub fn parse(text: &str) -> Result<Value, JsonError> {
    if text.len() > MAX_LEN {
        return Err(JsonError {
            offset: MAX_LEN,
            kind: JsonErrorKind::TooLong,
        });
    }
    let mut parser = Parser::new(text);
    let value = parser.value(0)?;
    parser.skip_whitespace();
    if parser.pos < parser.bytes.len() {
        return Err(parser.error(JsonErrorKind::TrailingText));
    }
    Ok(value)
}

/// The reader's state, also driven step by step by a reader that knows the shape of
/// what it reads (`crate::storage::scorecard_doc::stream`): the same tokens, the same limits
/// and the same value count as [`parse`], without building a tree.
pub(crate) struct Parser<'a> {
    text: &'a str,
    bytes: &'a [u8],
    pos: usize,
    values: usize,
}

type Parsed<T> = Result<T, JsonError>;

impl<'a> Parser<'a> {
    /// A reader at the start of `text`; the caller checks [`MAX_LEN`] first.
    pub(crate) fn new(text: &'a str) -> Self {
        Parser {
            text,
            bytes: text.as_bytes(),
            pos: 0,
            values: 0,
        }
    }

    /// Whether only whitespace is left.
    pub(crate) fn at_end(&mut self) -> bool {
        self.skip_whitespace();
        self.pos == self.bytes.len()
    }

    /// Opens the container `open` (`[` or `{`) at nesting `depth` (the root is 1), as
    /// one value; `false` when something else comes next.
    pub(crate) fn open(&mut self, open: u8, depth: usize) -> Parsed<bool> {
        self.skip_whitespace();
        if self.peek() != Some(open) {
            return Ok(false);
        }
        self.count_value()?;
        self.enter(depth)?;
        Ok(true)
    }

    /// A string value; `None` when something else comes next.
    pub(crate) fn string_value(&mut self) -> Parsed<Option<String>> {
        self.skip_whitespace();
        if self.peek() != Some(b'"') {
            return Ok(None);
        }
        self.count_value()?;
        self.string().map(Some)
    }

    /// A member's key and its colon, after an opening brace or a comma.
    pub(crate) fn member_key(&mut self) -> Parsed<String> {
        self.key()
    }

    /// `]` or `}` right after opening: the container is empty.
    pub(crate) fn closes(&mut self, close: u8) -> bool {
        self.eat(close)
    }

    /// After an item: `true` at the closing bracket, `false` after a comma.
    pub(crate) fn item_ends(&mut self, close: u8) -> Parsed<bool> {
        self.list_ends(close)
    }

    /// Any value, as [`parse`] reads it, at nesting `depth` of its container.
    pub(crate) fn any_value(&mut self, depth: usize) -> Parsed<Value> {
        self.value(depth)
    }
    fn error(&self, kind: JsonErrorKind) -> JsonError {
        self.error_at(self.pos, kind)
    }

    fn error_at(&self, offset: usize, kind: JsonErrorKind) -> JsonError {
        JsonError { offset, kind }
    }

    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.pos).copied()
    }

    fn skip_whitespace(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.pos += 1;
        }
    }

    /// Skips whitespace, then consumes `byte` if it comes next.
    fn eat(&mut self, byte: u8) -> bool {
        self.skip_whitespace();
        let found = self.peek() == Some(byte);
        if found {
            self.pos += 1;
        }
        found
    }

    fn value(&mut self, depth: usize) -> Parsed<Value> {
        self.skip_whitespace();
        self.count_value()?;
        match self.peek() {
            None => Err(self.error(JsonErrorKind::UnexpectedEnd)),
            Some(b'{') => self.object(depth + 1),
            Some(b'[') => self.array(depth + 1),
            Some(b'"') => self.string().map(Value::String),
            Some(b'-' | b'0'..=b'9') => self.number().map(Value::Number),
            Some(b't') => self.literal("true", Value::Bool(true)),
            Some(b'f') => self.literal("false", Value::Bool(false)),
            Some(b'n') => self.literal("null", Value::Null),
            Some(_) => Err(self.error(JsonErrorKind::ExpectedValue)),
        }
    }

    fn count_value(&mut self) -> Parsed<()> {
        self.values += 1;
        if self.values > MAX_VALUES {
            return Err(self.error(JsonErrorKind::TooManyValues));
        }
        Ok(())
    }

    fn enter(&mut self, depth: usize) -> Parsed<()> {
        if depth > MAX_DEPTH {
            return Err(self.error(JsonErrorKind::TooDeep));
        }
        self.pos += 1; // the opening bracket
        Ok(())
    }

    fn literal(&mut self, word: &str, value: Value) -> Parsed<Value> {
        if !self.bytes[self.pos..].starts_with(word.as_bytes()) {
            return Err(self.error(JsonErrorKind::BadLiteral));
        }
        self.pos += word.len();
        Ok(value)
    }

    fn array(&mut self, depth: usize) -> Parsed<Value> {
        self.enter(depth)?;
        let mut items = Vec::new();
        if self.eat(b']') {
            return Ok(Value::Array(items));
        }
        loop {
            items.push(self.value(depth)?);
            if self.list_ends(b']')? {
                return Ok(Value::Array(items));
            }
        }
    }

    fn object(&mut self, depth: usize) -> Parsed<Value> {
        self.enter(depth)?;
        let mut members = Vec::new();
        let mut key_offsets = Vec::new();
        if self.eat(b'}') {
            return Ok(Value::Object(members));
        }
        loop {
            self.skip_whitespace();
            key_offsets.push(self.pos);
            let key = self.key()?;
            members.push((key, self.value(depth)?));
            if self.list_ends(b'}')? {
                break;
            }
        }
        match repeated_key(&members) {
            Some(index) => Err(self.error_at(key_offsets[index], JsonErrorKind::DuplicateKey)),
            None => Ok(Value::Object(members)),
        }
    }

    /// A member's key and the colon after it.
    fn key(&mut self) -> Parsed<String> {
        self.skip_whitespace();
        match self.peek() {
            Some(b'"') => {}
            None => return Err(self.error(JsonErrorKind::UnexpectedEnd)),
            Some(_) => return Err(self.error(JsonErrorKind::ExpectedKey)),
        }
        let key = self.string()?;
        if !self.eat(b':') {
            return Err(self.expected(JsonErrorKind::ExpectedColon));
        }
        Ok(key)
    }

    /// After an item: `true` at the closing bracket, `false` after a comma.
    fn list_ends(&mut self, close: u8) -> Parsed<bool> {
        if self.eat(b',') {
            return Ok(false);
        }
        if self.eat(close) {
            return Ok(true);
        }
        Err(self.expected(JsonErrorKind::ExpectedCommaOrEnd))
    }

    /// `kind`, or "ends too early" when the text has ended.
    fn expected(&self, kind: JsonErrorKind) -> JsonError {
        match self.peek() {
            None => self.error(JsonErrorKind::UnexpectedEnd),
            Some(_) => self.error(kind),
        }
    }

    fn number(&mut self) -> Parsed<i64> {
        let start = self.pos;
        let negative = self.peek() == Some(b'-');
        if negative {
            self.pos += 1;
        }
        let digits_start = self.pos;
        let magnitude = self.digits();
        let digits = &self.bytes[digits_start..self.pos];
        if digits.is_empty() {
            return Err(self.expected(JsonErrorKind::BadNumber));
        }
        if digits.len() > 1 && digits[0] == b'0' {
            return Err(self.error_at(start, JsonErrorKind::LeadingZero));
        }
        if matches!(self.peek(), Some(b'.' | b'e' | b'E')) {
            return Err(self.error_at(start, JsonErrorKind::FractionOrExponent));
        }
        signed(magnitude, negative).ok_or(self.error_at(start, JsonErrorKind::NumberOutOfRange))
    }

    /// Consumes decimal digits; their value, or `None` above `u64::MAX`.
    fn digits(&mut self) -> Option<u64> {
        let mut magnitude = Some(0u64);
        while let Some(byte @ b'0'..=b'9') = self.peek() {
            let digit = u64::from(byte - b'0');
            magnitude = magnitude.and_then(|m| m.checked_mul(10)?.checked_add(digit));
            self.pos += 1;
        }
        magnitude
    }

    fn string(&mut self) -> Parsed<String> {
        self.pos += 1; // the opening quote
        let mut text = String::new();
        loop {
            let run_start = self.pos;
            self.pos += plain_run(&self.bytes[run_start..]);
            // Both ends sit next to ASCII bytes or the text's ends: char boundaries.
            let run = &self.text[run_start..self.pos];
            match self.peek() {
                // Most strings have no escape: one allocation of the right size.
                Some(b'"') if text.is_empty() => {
                    self.pos += 1;
                    return Ok(run.to_owned());
                }
                Some(b'"') => {
                    self.pos += 1;
                    text.push_str(run);
                    return Ok(text);
                }
                Some(b'\\') => {
                    text.push_str(run);
                    text.push(self.escape()?);
                }
                Some(_) => return Err(self.error(JsonErrorKind::ControlCharacter)),
                None => return Err(self.error(JsonErrorKind::UnexpectedEnd)),
            }
        }
    }

    /// The character a backslash escape stands for.
    fn escape(&mut self) -> Parsed<char> {
        let start = self.pos;
        self.pos += 2;
        let decoded = match self.bytes.get(start + 1) {
            Some(b'"') => '"',
            Some(b'\\') => '\\',
            Some(b'/') => '/',
            Some(b'b') => '\u{8}',
            Some(b'f') => '\u{c}',
            Some(b'n') => '\n',
            Some(b'r') => '\r',
            Some(b't') => '\t',
            Some(b'u') => return self.unicode_escape(start),
            Some(_) => return Err(self.error_at(start, JsonErrorKind::BadEscape)),
            None => return Err(self.error_at(start, JsonErrorKind::UnexpectedEnd)),
        };
        Ok(decoded)
    }

    /// `\uXXXX`, or a surrogate pair `\uD8xx\uDCxx`; `start` is the backslash.
    fn unicode_escape(&mut self, start: usize) -> Parsed<char> {
        let first = self.hex4()?;
        let code = match first {
            0xD800..=0xDBFF => self.low_surrogate(first, start)?,
            0xDC00..=0xDFFF => return Err(self.error_at(start, JsonErrorKind::LoneSurrogate)),
            _ => first,
        };
        char::from_u32(code).ok_or(self.error_at(start, JsonErrorKind::LoneSurrogate))
    }

    fn low_surrogate(&mut self, high: u32, start: usize) -> Parsed<u32> {
        if !self.bytes[self.pos..].starts_with(b"\\u") {
            return Err(self.error_at(start, JsonErrorKind::LoneSurrogate));
        }
        self.pos += 2;
        let low = self.hex4()?;
        if !(0xDC00..=0xDFFF).contains(&low) {
            return Err(self.error_at(start, JsonErrorKind::LoneSurrogate));
        }
        Ok(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00))
    }

    fn hex4(&mut self) -> Parsed<u32> {
        let Some(digits) = self.bytes.get(self.pos..self.pos + 4) else {
            return Err(self.error(JsonErrorKind::BadUnicodeEscape));
        };
        let mut code = 0;
        for &digit in digits {
            let Some(value) = char::from(digit).to_digit(16) else {
                return Err(self.error(JsonErrorKind::BadUnicodeEscape));
            };
            code = code << 4 | value;
        }
        self.pos += 4;
        Ok(code)
    }
}

fn signed(magnitude: Option<u64>, negative: bool) -> Option<i64> {
    let magnitude = magnitude?;
    if negative {
        0i64.checked_sub_unsigned(magnitude)
    } else {
        i64::try_from(magnitude).ok()
    }
}

/// The index of a member whose key an earlier member already has, if any.
fn repeated_key(members: &[(String, Value)]) -> Option<usize> {
    // Keys with their indices, sorted as pairs: the same sort the scorecard's list uses
    // (`Vec<(&str, usize)>::sort_unstable`), so the build carries one instance of it.
    let mut order: Vec<(&str, usize)> = members
        .iter()
        .enumerate()
        .map(|(index, (key, _))| (key.as_str(), index))
        .collect();
    order.sort_unstable();
    order
        .windows(2)
        .find(|pair| pair[0].0 == pair[1].0)
        .map(|pair| pair[1].1)
}

/// How many bytes at the start of `bytes` a string takes as they are: those before the
/// first quote, backslash or control character. Eight bytes at a time, the way
/// `memchr` does it: a word holds such a byte exactly when one of the three tests
/// below sets a high bit (subtracting one from each byte borrows into the high bit
/// only below the compared value); the byte itself is then found one at a time. A
/// thousand candidates' notes are 1.7 MB of plain runs.
fn plain_run(bytes: &[u8]) -> usize {
    const ONES: u64 = u64::from_ne_bytes([1; 8]);
    const HIGHS: u64 = ONES << 7;
    let below = |word: u64, limit: u8| word.wrapping_sub(ONES * u64::from(limit)) & !word & HIGHS;
    let mut at = 0;
    while let Some(chunk) = bytes.get(at..at + 8) {
        let word = u64::from_le_bytes(chunk.try_into().unwrap_or_default());
        let quote = below(word ^ (ONES * u64::from(b'"')), 1);
        let backslash = below(word ^ (ONES * u64::from(b'\\')), 1);
        if quote | backslash | below(word, 0x20) != 0 {
            break;
        }
        at += 8;
    }
    let rest = bytes[at..]
        .iter()
        .position(|&byte| byte == b'"' || byte == b'\\' || byte < 0x20);
    at + rest.unwrap_or(bytes.len() - at)
}

/// Compact JSON for `value`.
pub fn to_string(value: &Value) -> String {
    let mut out = String::new();
    let mut tasks = vec![Task::Value(value)];
    while let Some(task) = tasks.pop() {
        match task {
            Task::Text(text) => out.push_str(text),
            Task::Key(key) => {
                push_string(&mut out, key);
                out.push(':');
            }
            Task::Value(value) => push_value(&mut out, value, &mut tasks),
        }
    }
    out
}

/// What is left to write, last first: the writer's own stack instead of recursion.
enum Task<'a> {
    Text(&'static str),
    Key(&'a str),
    Value(&'a Value),
}

fn push_value<'a>(out: &mut String, value: &'a Value, tasks: &mut Vec<Task<'a>>) {
    match value {
        Value::Null => out.push_str("null"),
        Value::Bool(flag) => out.push_str(if *flag { "true" } else { "false" }),
        Value::Number(number) => push_integer(out, *number),
        Value::String(text) => push_string(out, text),
        Value::Array(items) => {
            out.push('[');
            tasks.push(Task::Text("]"));
            for (index, item) in items.iter().enumerate().rev() {
                tasks.push(Task::Value(item));
                push_comma_task(tasks, index);
            }
        }
        Value::Object(members) => {
            out.push('{');
            tasks.push(Task::Text("}"));
            for (index, (key, item)) in members.iter().enumerate().rev() {
                tasks.push(Task::Value(item));
                tasks.push(Task::Key(key));
                push_comma_task(tasks, index);
            }
        }
    }
}

fn push_comma_task(tasks: &mut Vec<Task>, index: usize) {
    if index > 0 {
        tasks.push(Task::Text(","));
    }
}

/// `text` as a JSON string: quotes, backslashes and control characters escaped.
fn push_string(out: &mut String, text: &str) {
    out.push('"');
    let bytes = text.as_bytes();
    let mut run_start = 0;
    // What needs escaping is what ends the reader's plain run: ASCII bytes, and no byte
    // of a longer UTF-8 sequence is below 0x80, so every cut falls between characters.
    loop {
        let run_end = run_start + plain_run(&bytes[run_start..]);
        out.push_str(&text[run_start..run_end]);
        let Some(&byte) = bytes.get(run_end) else {
            break;
        };
        push_escape(out, char::from(byte));
        run_start = run_end + 1;
    }
    out.push('"');
}

fn push_escape(out: &mut String, character: char) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let short = match character {
        '"' => "\\\"",
        '\\' => "\\\\",
        '\n' => "\\n",
        '\r' => "\\r",
        '\t' => "\\t",
        '\u{8}' => "\\b",
        '\u{c}' => "\\f",
        _ => "",
    };
    if short.is_empty() {
        let code = character as usize;
        out.push_str("\\u00");
        out.push(char::from(HEX[code >> 4]));
        out.push(char::from(HEX[code & 0xF]));
    } else {
        out.push_str(short);
    }
}

/// Appends `number` in decimal, without the formatting machinery.
pub(crate) fn push_integer(out: &mut String, number: i64) {
    if number < 0 {
        out.push('-');
    }
    let mut magnitude = number.unsigned_abs();
    let mut digits = [0u8; 20];
    let mut start = digits.len();
    loop {
        start -= 1;
        digits[start] = b'0' + (magnitude % 10) as u8;
        magnitude /= 10;
        if magnitude == 0 {
            break;
        }
    }
    for digit in &digits[start..] {
        out.push(char::from(*digit));
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::plain_run;
    use proptest::prelude::*;

    /// The plain run, one byte at a time.
    fn plain_run_bytewise(bytes: &[u8]) -> usize {
        let stop = bytes
            .iter()
            .position(|&byte| byte == b'"' || byte == b'\\' || byte < 0x20);
        stop.unwrap_or(bytes.len())
    }

    /// Bytes where quotes, backslashes, controls and the bytes next to them (0x1f,
    /// 0x20, 0x21, 0x5b, 0x5d, 0x7f, 0x80, 0xff) are likely, at any place in a word.
    fn likely_bytes() -> impl Strategy<Value = Vec<u8>> {
        let edge = prop::sample::select(vec![
            b'"', b'\\', 0, 0x1f, 0x20, 0x21, 0x5b, 0x5d, 0x7f, 0x80, 0xff, b'a',
        ]);
        prop::collection::vec(prop_oneof![3 => edge, 1 => any::<u8>()], 0..40)
    }

    proptest! {
        #[test]
        fn the_plain_run_stops_where_the_bytewise_scan_stops(prefix in "[a-z ]{0,20}", bytes in likely_bytes()) {
            let mut all = prefix.into_bytes();
            all.extend(bytes);
            prop_assert_eq!(plain_run(&all), plain_run_bytewise(&all));
        }
    }

    #[test]
    fn each_stop_byte_is_found_at_each_place_of_a_word() {
        for stop in [b'"', b'\\', 0, 0x1f] {
            for at in 0..20 {
                let mut bytes = vec![b'x'; 20];
                bytes[at] = stop;
                assert_eq!(plain_run(&bytes), at);
            }
        }
        assert_eq!(
            plain_run(&[0x20, 0x21, 0x7f, 0x80, 0xff, 0x5b, 0x5d, b'~', b'a']),
            9
        );
    }
}
