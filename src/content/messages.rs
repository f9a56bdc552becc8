//! Messages about the widget itself (not about hiring): option errors and the like.

/// Heading shown in place of the widget when its options cannot be used.
pub const OPTION_ERROR_HEADING: &str = "This widget could not start";

/// What the site owner should do about option problems.
pub const OPTION_ERROR_HINT: &str =
    "The page that embeds it set an option the widget does not understand. \
     Site owner: fix the option below; see the embed options in the backend-ready README.";

/// Shown when a build without the requested mode is asked for it (embed.js never does).
pub const MODE_NOT_IN_BUILD: &str = "This build of the widget does not include that mode.";

/// Buttons and labels of the quiz screens.
pub mod quiz {
    pub const START: &str = "Start the check";
    pub const CONTINUE: &str = "Continue where you left off";
    pub const START_OVER: &str = "Start over";
    pub const LENGTH: &str = "About 3 minutes, 13 to 15 questions. Skip any you cannot answer.";
    pub const BACK: &str = "Back";
    pub const NEXT: &str = "Next";
    pub const SKIP: &str = "Skip";
    pub const SEE_RESULT: &str = "See the result";
    pub const CHOOSE_ONE: &str = "Choose one.";
    pub const CHOOSE_ANY: &str = "Choose all that apply.";
    pub const QUESTION_OF: (&str, &str) = ("Question ", " of ");
    pub const RESULT_HEADING: &str = "Your result";
    pub const OUT_OF: &str = "/100";
    pub const RECOMMENDATION_HEADING: &str = "What we recommend";
    pub const WHY: &str = "Why: ";
    pub const RETAKE: &str = "Retake the check";
    pub const SHARE: &str = "Copy a share link";
    pub const PRINT: &str = "Print";
    pub const COPIED: &str =
        "Link copied. Anyone who opens it sees this result; nothing is stored on a server.";
    pub const COPY_FAILED: &str =
        "Copying was blocked by the browser. Select the link below and copy it.";
    pub const SHARE_LINK_LABEL: &str = "Share link";
    pub const SHARED_RESULT: &str = "You are looking at a shared result.";
}

/// Notices about saving and loading.
pub mod notices {
    pub const DISMISS: &str = "Dismiss";
    pub const KEPT_ASIDE: &str = "It was kept unchanged under the key ";
    pub const STARTING_FRESH: &str = " and you are starting fresh.";
    pub const BAD_SHARE_LINK: &str = " It was ignored.";
    pub const OTHER_TAB: (&str, &str) = (
        "This quiz is also open in another tab, which answered ",
        " question(s) differently. Your answers here are kept; answers the other tab \
         added are merged in.",
    );
    pub const USE_OTHER_TAB: &str = "Use the other tab's answers";
}
