//! Messages about the widget itself (not about hiring): option errors and the like.

/// Heading shown in place of the widget when its options cannot be used.
pub const OPTION_ERROR_HEADING: &str = "This widget could not start";

/// What the site owner should do about option problems.
pub const OPTION_ERROR_HINT: &str =
    "The page that embeds it set an option the widget does not understand. \
     Site owner: fix the option below; see the embed options in the backend-ready README.";
