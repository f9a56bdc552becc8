//! Integer arithmetic for means and scores in hundredths (2.50 is 250), and their text.
//! No floating point, so results are exact, order-independent and cheap in wasm. The text
//! uses the build's decimal separator (`crate::content::messages::DECIMAL_SEPARATOR`).

use crate::content::messages::DECIMAL_SEPARATOR;

/// round(100 × `sum` ÷ `count`), halves up; `None` when `count` is 0.
pub fn mean_hundredths(sum: u32, count: u32) -> Option<u16> {
    rounded_ratio(100 * sum, count)
}

/// round(`numerator` ÷ `denominator`), halves up; `None` when `denominator` is 0 or the
/// result does not fit a `u16`.
pub fn rounded_ratio(numerator: u32, denominator: u32) -> Option<u16> {
    if denominator == 0 {
        return None;
    }
    let rounded =
        (2 * u64::from(numerator) + u64::from(denominator)) / (2 * u64::from(denominator));
    u16::try_from(rounded).ok()
}

/// `250` as `"2.50"` (`"2,50"` in German: the separator is the locale's).
pub fn hundredths_text(value: u16) -> String {
    hundredths_text_with(u32::from(value), DECIMAL_SEPARATOR)
}

/// [`hundredths_text`] for values too large for a `u16`, such as sums of products.
pub fn wide_hundredths_text(value: u32) -> String {
    hundredths_text_with(value, DECIMAL_SEPARATOR)
}

/// `50` as `"+0.50"`, `-125` as `"-1.25"`, `0` as `"0.00"` (with the locale's separator).
pub fn signed_hundredths_text(value: i32) -> String {
    let sign = match value.signum() {
        1 => "+",
        -1 => "-",
        _ => "",
    };
    let mut text = String::from(sign);
    text.push_str(&wide_hundredths_text(value.unsigned_abs()));
    text
}

/// `value` hundredths with two decimals after `separator`: `(250, ',')` as `"2,50"`.
pub fn hundredths_text_with(value: u32, separator: char) -> String {
    let mut text = (value / 100).to_string();
    text.push(separator);
    text.push(digit(value / 10 % 10));
    text.push(digit(value % 10));
    text
}

fn digit(value: u32) -> char {
    char::from(b'0' + (value % 10) as u8)
}
