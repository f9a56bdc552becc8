//! Messages about the widget itself (not about hiring) in English: option errors,
//! buttons, notices, and how numbers are written.

/// The language of these texts: the widget's `lang` unless the page asks for a variant.
pub const LANG: &str = "en";

/// Between the whole number and its decimals, as in "2.50".
pub const DECIMAL_SEPARATOR: char = '.';

/// After a percentage, as in "50%".
pub const PERCENT_SIGN: &str = "%";

/// Heading shown in place of the widget when its options cannot be used.
pub const OPTION_ERROR_HEADING: &str = "This widget could not start";

/// What the site owner should do about option problems.
pub const OPTION_ERROR_HINT: &str =
    "The page that embeds it set an option the widget does not understand. \
     Site owner: fix the option below; see the embed options in the backend-ready README.";

/// Shown when a build without the requested mode is asked for it (embed.js never does).
pub const MODE_NOT_IN_BUILD: &str = "This build of the widget does not include that mode.";

/// Why an option cannot be used, for the site owner; each names the option as written.
pub mod options {
    pub const MODE: &str = "mode must be \"quiz\" or \"scorecard\".";
    pub const THEME: &str = "theme must be \"light\", \"dark\" or \"auto\".";
    pub const STORAGE_KEY: &str =
        "storage-key must be 1 to 64 characters: letters, digits, '-', '_', '.' or ':'.";
    pub const LOCALE: &str = "locale must be a language tag such as \"en\" or \"de-DE\".";
    pub const CTA_LABEL_WITHOUT_URL: &str = "cta-label needs a cta-url to link to.";
    pub const CTA_URL: &str =
        "cta-url must be an http(s), mailto: or tel: address, or a relative path.";
    pub const CTA_LABEL: &str = "cta-label must be at most 80 characters of plain text.";
    /// An on/off option (cta-context) with another value.
    pub const SWITCH: &str = "cta-context must be \"on\" or \"off\".";
    /// The call to action's label when the page gives a `cta-url` but no `cta-label`.
    pub const CTA_LABEL_DEFAULT: &str = "Talk to us";
}

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
    pub const DOWNLOAD_KEPT: &str = "Download the kept copy";
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
    /// Around a quoted name or key.
    pub const QUOTE: (&str, &str) = ("\u{201c}", "\u{201d}");
    /// The browser does not let the page use localStorage.
    pub const STORAGE_UNAVAILABLE: &str =
        "This browser does not allow saving here, so your progress lasts only until the page \
         closes.";
    /// A write was refused, most often because storage is full.
    pub const SAVE_FAILED: &str =
        "Saving failed (the browser's storage may be full). Your answers are still here; \
         they will be saved at the next change that fits.";
    /// A stored document written by a newer build.
    pub const NEWER_VERSION: &str =
        "Your saved progress was written by a newer version of this widget.";
    /// A stored document that could not be read.
    pub const UNREADABLE: &str = "Your saved progress could not be read.";
    /// After [`NEWER_VERSION`] or [`UNREADABLE`] (or the scorecard's), when the stored
    /// text could not be copied aside: saves are held until it is safe.
    pub const HELD: &str =
        "There is no room to keep a copy of it, so nothing will be saved here until it is \
         safe. Your work stays on this page until it closes: download the saved copy as it \
         is, or free some space in this browser.";
    /// The same, once the saved copy was downloaded.
    pub const HELD_DOWNLOADED: &str =
        "Once you have the downloaded file, confirm it to save again; saving replaces the \
         saved copy in this browser.";
    pub const DOWNLOAD_HELD: &str = "Download the saved copy";
    pub const CONFIRM_DOWNLOADED: &str = "I have the file: save again";
    /// In place of a widget whose code failed (a panic, a trap); storage is untouched.
    /// Shown by `embed.js`, which holds a copy (checked by `tests/embed_contract.rs`).
    pub const FAULT: &str =
        "Something went wrong inside this widget, so it stopped. What was saved before is \
         kept. Reload the page to start it again.";
    pub const RELOAD: &str = "Reload the page";
}

/// Why a share link in the page address could not be read.
pub mod share_link {
    pub const TOO_LONG: &str = "The shared link is too long.";
    pub const MISSING_VERSION: &str = "The shared link has no version marker.";
    pub const UNSUPPORTED_VERSION: &str = "The shared link comes from a newer version.";
    pub const MALFORMED: &str = "The shared link is malformed.";
    pub const UNKNOWN_QUESTION: &str = "The shared link names a question that does not exist.";
    pub const UNKNOWN_ANSWER: &str = "The shared link names an answer that does not exist.";
    pub const DUPLICATE_QUESTION: &str = "The shared link answers a question twice.";
    pub const DUPLICATE_ANSWER: &str = "The shared link repeats an answer.";
    pub const CONFLICTING_ANSWERS: &str = "The shared link holds answers that exclude each other.";
}

/// Labels and sentences of the scorecard's list, candidate page, files and notices.
pub mod scorecard {
    pub const LIST_HEADING: &str = "Candidates";
    pub const YOUR_NAME: &str = "Your name, as interviewer";
    pub const YOUR_NAME_HINT: &str =
        "Interviews you start are recorded under this name. Until you submit your own \
         interview of a candidate, other interviewers' ratings of that candidate stay \
         hidden, so your judgement is your own.";
    pub const NAME_FIRST: &str = "Enter your name as interviewer first.";
    pub const ADD_HEADING: &str = "Add a candidate";
    pub const NAME: &str = "Name";
    pub const ROLE: &str = "Role";
    pub const ROLE_DEFAULT: &str = "Backend engineer";
    pub const LEVEL: &str = "Level";
    pub const NOTES: &str = "Notes";
    pub const ADD: &str = "Add candidate";
    pub const FILTER: &str = "Filter by name or role";
    pub const SHOW_ARCHIVED: &str = "Show archived candidates";
    pub const SHOW_MORE: &str = "Show more";
    pub const SHOWING: (&str, &str) = ("Showing ", " of ");
    pub const EMPTY: &str = "No candidates yet. Add the first one above, or import a file.";
    pub const NO_MATCH: &str = "No candidate matches the filter.";
    pub const INTERVIEWS: &str = "Submitted interviews";
    pub const ARCHIVED: &str = "Archived";
    pub const ARCHIVE: &str = "Archive";
    pub const UNARCHIVE: &str = "Restore";
    pub const DELETE: &str = "Delete";
    pub const OPEN: &str = "Open";
    pub const PICK_COMPARE: &str = "Compare";
    pub const COMPARE: &str = "Compare picked candidates";
    pub const COMPARE_HINT: &str = "Pick 2 to 4 candidates to compare them side by side.";
    pub const CALIBRATION: &str = "Interviewer calibration";
    pub const BACK_TO_LIST: &str = "Back to the candidates";
    pub const DELETED: &str = " was deleted with their interviews.";
    pub const UNDO: &str = "Undo";
    pub const FILES_HEADING: &str = "Files";
    pub const FILES_HINT: &str =
        "Files are made in this browser and saved to your computer; nothing is uploaded.";
    pub const EXPORT_ALL: &str = "Export everything (JSON)";
    pub const EXPORT_CSV: &str = "Export ratings (CSV)";
    pub const IMPORT: &str = "Import a file (JSON)";
    pub const IMPORT_HINT: &str =
        "A scorecard or candidate export, or an interview an interviewer sent you.";
    pub const IMPORT_FAILED: &str = "The file was not imported, and nothing changed: ";
    pub const IMPORT_UNREADABLE: &str = "the file could not be read.";
    pub const IMPORTED: &str = "Imported: ";
    pub const IMPORTED_PARTS: [&str; 5] = [
        " new candidate(s), ",
        " new interview(s), ",
        " newer version(s) of interviews, ",
        " already here, ",
        " unsubmitted draft(s) left out (only submitted interviews are imported).",
    ];
    pub const IMPORT_REFUSED: &str = " Left out: ";
    pub const UNKNOWN_CANDIDATE: &str =
        "an interview whose candidate is not in your list (import the candidate first)";
    pub const CONFLICTING_VERSION: &str =
        "an interview version that differs from the copy here with the same number";
    pub const DIFFERENT_INTERVIEW: &str =
        "an interview whose id belongs to another interviewer, candidate or stage here";
    pub const INVALID_INTERVIEW: &str = "an interview that breaks the scorecard's rules";
    pub const NOT_SUBMITTED: &str = "an interview that was not submitted yet";
    pub const WEIGHTS_REFUSED: &str =
        "Weights must be whole numbers from 0 to 1000, and not all of them 0.";
    pub const STORED_NEWER: &str =
        "Your saved scorecard was written by a newer version of this widget.";
    pub const STORED_UNREADABLE: &str = "Your saved scorecard could not be read.";
    pub const USE_OTHER_TAB_VERSION: &str = "Use the other tab's version";
    pub const OTHER_TAB: (&str, &str) = (
        "This scorecard is also open in another tab, which changed ",
        " record(s) you also changed here. Yours are kept here; the other tab's \
         changes to other records are merged in.",
    );
    pub const EDIT_LOCKED: &str = "This interview is submitted and locked. Revise it to edit.";
    pub const EDIT_UNRATED: &str =
        "Score every competency first (a level or \u{201c}no evidence\u{201d}), then record \
         the overall recommendation.";
    pub const EDIT_DECISION_MISSING: &str = "Record the overall recommendation to submit.";
    pub const EDIT_NOT_SUBMITTED: &str = "Only a submitted interview can be revised.";
    pub const EDIT_UNKNOWN: &str = "That competency is not part of this scorecard.";
    pub const STORAGE_NOT_SAVED: &str =
        "This browser does not allow saving here, so the scorecard lasts only until the \
         page closes. Export it to keep it.";
    pub const SAVE_FAILED: &str =
        "Saving failed (the browser's storage may be full). Everything is still here: \
         export it to be safe. It will be saved at the next change that fits.";
}

/// Why an import file was refused: the pieces of `ImportError::message`, which puts the
/// path to the value (or `WHOLE_FILE`) before them. Ids from the file, JSON
/// keys and paths are data and stay as written, in straight double quotes.
pub mod import {
    /// In place of a path when the problem is with the whole file.
    pub const WHOLE_FILE: &str = "file";
    /// Before the reason the strict JSON reader gives.
    pub const NOT_JSON: &str = "not valid JSON: ";
    /// Between that reason and the byte offset.
    pub const AT_BYTE: &str = " at byte ";
    /// Around the file's version number.
    pub const NEWER_VERSION: (&str, &str) = (
        "written by a newer version of backend-ready (file version ",
        "); update the widget to import it",
    );
    /// Around the quoted format id the file should have.
    pub const WRONG_FORMAT: (&str, &str) = ("not a ", " file");
    /// Before the quoted format id the file has.
    pub const FOUND_FORMAT: &str = ": found ";
    /// Around the kind of value expected, then the kind found.
    pub const WRONG_TYPE: (&str, &str) = ("expected ", ", found ");
    /// Before the kind of id (such as `COMPETENCY`) and the quoted id.
    pub const UNKNOWN: &str = "unknown ";
    pub const DUPLICATE: &str = "duplicate ";
    /// Before the quoted key.
    pub const FORBIDDEN_KEY: &str = "forbidden key ";
    /// Around the least, then the largest whole number allowed.
    pub const OUT_OF_RANGE: (&str, &str) = ("must be a whole number from ", " to ");
    /// Around the most characters allowed.
    pub const TOO_LONG: (&str, &str) = ("longer than ", " characters");
    /// Around the most entries allowed.
    pub const TOO_MANY: (&str, &str) = ("more than ", " entries");
    pub const MISSING: &str = "missing";
    pub const BLANK: &str = "must not be empty";
    pub const ZERO_WEIGHTS: &str = "every weight is 0, so no score could be computed";
    // The interview breaks a rule of the model.
    pub const INTERVIEW_MISSING_ID: &str = "the interview has no id";
    pub const INTERVIEW_MISSING_CANDIDATE: &str = "the interview names no candidate";
    pub const INTERVIEW_MISSING_INTERVIEWER: &str = "the interview names no interviewer";
    pub const INTERVIEW_UNKNOWN_STAGE: &str = "the interview's stage is unknown";
    pub const INTERVIEW_ZERO_VERSION: &str = "versions start at 1";
    pub const INTERVIEW_HISTORY_OUT_OF_ORDER: &str =
        "history versions must increase and stay below the interview's version";
    pub const INTERVIEW_UNRATED_SUBMISSION: &str =
        "a submitted version has a competency without a score";
    pub const INTERVIEW_DECISION_MISSING: &str = "a submitted interview needs a decision";
    pub const INTERVIEW_DECISION_BEFORE_RATINGS: &str =
        "a decision is recorded although a competency has no score";
    // Kinds of id, after UNKNOWN and DUPLICATE.
    pub const COMPETENCY: &str = "competency";
    pub const SCORE: &str = "score";
    pub const STAGE: &str = "stage";
    pub const LEVEL: &str = "level";
    pub const STATUS: &str = "status";
    pub const DECISION: &str = "decision";
    pub const CANDIDATE: &str = "candidate";
    pub const ROLE: &str = "role";
    pub const CANDIDATE_ID: &str = "candidate id";
    pub const INTERVIEW_ID: &str = "interview id";
    // Kinds of value, in WRONG_TYPE.
    pub const KIND_NULL: &str = "null";
    pub const KIND_BOOLEAN: &str = "a boolean";
    pub const KIND_NUMBER: &str = "a number";
    pub const KIND_STRING: &str = "a string";
    pub const KIND_ARRAY: &str = "an array";
    pub const KIND_OBJECT: &str = "an object";
    pub const KIND_WHOLE_NUMBER: &str = "a whole number";
    pub const KIND_TRUE_OR_FALSE: &str = "true or false";
    // Why the text is not JSON (the strict reader's limits are in the texts), each
    // followed by AT_BYTE and the offset.
    pub const JSON_TOO_LONG: &str = "the text is longer than 8 MiB";
    pub const JSON_TOO_DEEP: &str = "arrays and objects are nested more than 64 deep";
    pub const JSON_TOO_MANY_VALUES: &str = "the text holds more than 2000000 values";
    pub const JSON_UNEXPECTED_END: &str = "the text ends too early";
    pub const JSON_EXPECTED_VALUE: &str = "a value was expected";
    pub const JSON_EXPECTED_KEY: &str = "a key in double quotes was expected";
    pub const JSON_EXPECTED_COLON: &str = "a ':' was expected after the key";
    pub const JSON_EXPECTED_COMMA_OR_END: &str = "a ',' or a closing bracket was expected";
    pub const JSON_TRAILING_TEXT: &str = "there is more text after the value";
    pub const JSON_BAD_LITERAL: &str = "only true, false and null are words JSON knows";
    pub const JSON_BAD_NUMBER: &str = "a number is malformed";
    pub const JSON_LEADING_ZERO: &str = "a number starts with a needless 0";
    pub const JSON_FRACTION_OR_EXPONENT: &str =
        "a number has a fraction or an exponent (only whole numbers are read)";
    pub const JSON_NUMBER_OUT_OF_RANGE: &str = "a number is too large";
    pub const JSON_CONTROL_CHARACTER: &str =
        "a string holds a control character that must be escaped";
    pub const JSON_BAD_ESCAPE: &str = "a string holds an unknown escape";
    pub const JSON_BAD_UNICODE_ESCAPE: &str = "a \\u escape needs four hexadecimal digits";
    pub const JSON_LONE_SURROGATE: &str = "a \\u escape is half of a surrogate pair";
    pub const JSON_DUPLICATE_KEY: &str = "a key appears twice in one object";
}
