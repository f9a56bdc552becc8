//! A packed copy of a stored document, for keeping it aside when a plain copy does not
//! fit: localStorage counts every UTF-16 code unit, and a plain copy of a large document
//! needs as much room again as the document itself.
//!
//! ```text
//! backend-ready/packed-copy:1:<UTF-8 bytes>\n<packed units>
//! ```
//!
//! The document's UTF-8 bytes are compressed (a small LZ77: a byte below 0x80 starts a
//! run of that many plus one literal bytes; a byte from 0x80 is a match of its low 7
//! bits plus 4 bytes, at the distance in the two bytes after it, low byte first, from 1
//! to 65535), then written 15 bits per character as U+0100 to U+80FF (never a surrogate
//! nor a control character), the last one padded with zero bits. Chromium and Firefox
//! count each character as one unit, so even uncompressed text takes about half the
//! room; WebKit counts these characters at double size, where the compression gains.
//! The measured sizes are printed by the `packed_copy` tests.
//!
//! Plain copies stay as they were (`backup_key`, then `:2`…, the text unchanged); a
//! packed copy is only made when a plain one does not fit, and is unpacked when it is
//! downloaded. Pure and panic-free: [`unpack`] returns `None` on anything damaged.

/// How a packed copy starts.
pub const PACKED_PREFIX: &str = "backend-ready/packed-copy:1:";

const MIN_MATCH: usize = 4;
const MAX_MATCH: usize = MIN_MATCH + 0x7F;
const MAX_LITERALS: usize = 0x80;
const MAX_DISTANCE: usize = 0xFFFF;
const HASH_BITS: u32 = 16;
/// The first character of the 15-bit alphabet.
const BASE: u32 = 0x100;

/// The packed copy of `text`.
pub fn pack(text: &str) -> String {
    let bytes = compress(text.as_bytes());
    let mut packed = format!("{PACKED_PREFIX}{}\n", text.len());
    packed.reserve(bytes.len() * 8 / 15 * 3 + 3);
    let (mut bits, mut count) = (0u32, 0u32);
    for byte in bytes {
        bits = (bits << 8) | u32::from(byte);
        count += 8;
        if count >= 15 {
            count -= 15;
            push_unit(&mut packed, (bits >> count) & 0x7FFF);
            bits &= (1 << count) - 1;
        }
    }
    if count > 0 {
        push_unit(&mut packed, (bits << (15 - count)) & 0x7FFF);
    }
    packed
}

fn push_unit(packed: &mut String, unit: u32) {
    // BASE + 0x7FFF is 0x80FF: below the surrogates, so always a char.
    packed.extend(char::from_u32(BASE + unit));
}

/// The text a packed copy holds; `None` when `stored` is not a packed copy or is damaged.
pub fn unpack(stored: &str) -> Option<String> {
    let rest = stored.strip_prefix(PACKED_PREFIX)?;
    let (length, units) = rest.split_once('\n')?;
    let length: usize = length.parse().ok()?;
    let mut bytes = Vec::with_capacity(units.len());
    let (mut bits, mut count) = (0u32, 0u32);
    for unit in units.chars() {
        let unit = u32::from(unit).checked_sub(BASE).filter(|u| *u <= 0x7FFF)?;
        bits = (bits << 15) | unit;
        count += 15;
        while count >= 8 {
            count -= 8;
            bytes.push((bits >> count) as u8);
            bits &= (1 << count) - 1;
        }
    }
    let text = decompress(&bytes, length)?;
    String::from_utf8(text).ok()
}

fn hash(window: &[u8]) -> usize {
    let value = u32::from_le_bytes([window[0], window[1], window[2], window[3]]);
    (value.wrapping_mul(2_654_435_761) >> (32 - HASH_BITS)) as usize
}

fn compress(input: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(input.len() / 2);
    let mut table = vec![usize::MAX; 1 << HASH_BITS];
    let mut literals_from = 0;
    let mut at = 0;
    while at + MIN_MATCH <= input.len() {
        let slot = hash(&input[at..]);
        let candidate = std::mem::replace(&mut table[slot], at);
        let length = if candidate != usize::MAX && at - candidate <= MAX_DISTANCE {
            input[candidate..]
                .iter()
                .zip(&input[at..])
                .take(MAX_MATCH)
                .take_while(|(a, b)| a == b)
                .count()
        } else {
            0
        };
        if length < MIN_MATCH {
            at += 1;
            continue;
        }
        push_literals(&mut out, &input[literals_from..at]);
        let distance = at - candidate;
        out.push(0x80 | (length - MIN_MATCH) as u8);
        out.extend_from_slice(&(distance as u16).to_le_bytes());
        // Index the matched positions too, so the next matches find them.
        for inside in at + 1..(at + length).min(input.len().saturating_sub(MIN_MATCH - 1)) {
            table[hash(&input[inside..])] = inside;
        }
        at += length;
        literals_from = at;
    }
    push_literals(&mut out, &input[literals_from..]);
    out
}

fn push_literals(out: &mut Vec<u8>, literals: &[u8]) {
    for run in literals.chunks(MAX_LITERALS) {
        out.push((run.len() - 1) as u8);
        out.extend_from_slice(run);
    }
}

fn decompress(input: &[u8], length: usize) -> Option<Vec<u8>> {
    // The padding of the last character may leave up to one extra zero byte.
    let mut out: Vec<u8> = Vec::with_capacity(length);
    let mut at = 0;
    while out.len() < length {
        let control = usize::from(*input.get(at)?);
        at += 1;
        if control < 0x80 {
            let run = input.get(at..at + control + 1)?;
            out.extend_from_slice(run);
            at += control + 1;
        } else {
            let low = *input.get(at)?;
            let high = *input.get(at + 1)?;
            at += 2;
            let distance = usize::from(u16::from_le_bytes([low, high]));
            if distance == 0 || distance > out.len() {
                return None;
            }
            let from = out.len() - distance;
            for index in 0..(control & 0x7F) + MIN_MATCH {
                let byte = out[from + index];
                out.push(byte);
            }
        }
    }
    // Whatever follows is padding: at most one zero byte.
    let padding = &input[at.min(input.len())..];
    (out.len() == length && padding.len() <= 1 && padding.iter().all(|b| *b == 0)).then_some(out)
}
