//! The version marker that starts the share links' texts (`v1;…`): the quiz's answers
//! (`crate::quiz::share`) and the role (`crate::scorecard::role_link`) read it the same
//! way.

/// `Ok` when `marker` is `version`; else `unsupported` when it is another version
/// (`v` and digits, from a newer build), `missing` when it is no version at all.
pub fn check_version<E>(marker: &str, version: &str, unsupported: E, missing: E) -> Result<(), E> {
    if marker == version {
        return Ok(());
    }
    let is_version = marker
        .strip_prefix('v')
        .is_some_and(|digits| !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()));
    Err(if is_version { unsupported } else { missing })
}
