//! A file put into a link the way a browser's address bar keeps it.
#![allow(dead_code)]

/// `file` percent-encoded for a link: base64url and plain letters stay, every other byte
/// (the JSON's quotes, braces and spaces) becomes `%XX`.
pub fn percent_encoded(file: &str) -> String {
    file.bytes()
        .map(|byte| match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' => {
                char::from(byte).to_string()
            }
            _ => format!("%{byte:02X}"),
        })
        .collect()
}
