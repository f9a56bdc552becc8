//! In English: labels and sentences of the scorecard's interview form and candidate page.

// The candidate page.
pub const CANDIDATE_NOT_FOUND: &str =
    "This candidate is not in the list. They may have been deleted.";
pub const EDIT_HEADING: &str = "Edit the candidate's details";
pub const SAVE: &str = "Save changes";
pub const DELETE_HINT: &str =
    "Deleting removes the candidate and all their interviews. You can undo it straight \
     after.";
pub const STAGES_HEADING: &str = "Interview stages";
pub const STAGES_HINT: &str =
    "Run your interview at one stage, then rate all seven competencies. Where the stage \
     showed nothing on a competency, choose \u{201c}No evidence\u{201d}.";
pub const NAME_ON_LIST: &str = "The name field is on the list of candidates.";
pub const QUESTION_BANK: &str = "Question bank";
pub const PROBES: &str = "Gives evidence on: ";
pub const START: &str = "Start interview at this stage";
pub const CONTINUE: &str = "Continue your draft";
pub const VIEW_OWN: &str = "View your interview";
pub const INTERVIEWS_HEADING: &str = "Interviews of this candidate";
pub const NO_INTERVIEWS: &str = "No interviews yet.";
pub const YOU: &str = " (you)";
pub const DRAFT: &str = "Draft";
pub const SUBMITTED: &str = "Submitted";
pub const VERSION: &str = ", version ";
pub const RECOMMENDATION: &str = "Recommendation: ";
pub const BLIND_SUBMIT_FIRST: &str =
    "Ratings hidden until you submit your own interview of this candidate.";
pub const BLIND_NOT_SHOWN: &str = "Ratings hidden. You can choose to show them below.";
pub const SUMMARY_HEADING: &str = "Summary";
pub const SUMMARY_SUBMIT_FIRST: &str =
    "The summary and the other interviewers' ratings stay hidden until you submit your \
     own interview of this candidate, so your judgement is your own. Submit yours first.";
pub const SUMMARY_NOT_INTERVIEWING: &str =
    "You have no interview of this candidate. If you are not interviewing them, for \
     example as the hiring manager, you can see the ratings. If you are going to \
     interview them, start your own interview first instead.";
pub const REVEAL: &str = "I am not interviewing this candidate \u{2014} show the ratings";
pub const EXPORT_CANDIDATE: &str = "Export this candidate (JSON)";
pub const PRINT: &str = "Print summary";

// The interview form.
pub const INTERVIEW_NOT_FOUND: &str =
    "This interview is not here. It may have been discarded, or its candidate deleted.";
pub const INTERVIEW_HEADING: &str = "Interview: ";
pub const BY: &str = " by ";
pub const BACK_TO_CANDIDATE: &str = "Back to the candidate";
pub const FORM_HINT: &str =
    "Rate every competency against the anchors: what an answer at each level looks like. \
     Add a short evidence note of what the candidate said or did. Record the overall \
     recommendation last.";
pub const SCALE_HEADING: &str = "The rating scale";
pub const LISTEN_FOR: &str = "Listen for:";
pub const NOTE_LABEL: &str = "Evidence note";
pub const NOTE_HINT: &str = "Each note is saved when you leave its field.";
pub const DECISION_LEGEND: &str = "Overall recommendation";
pub const DECISION_HINT: &str =
    "Your recommendation for this role, from this interview alone. Changing a score \
     afterwards clears it, so you record it again.";
pub const DECISION_WAITING: &str =
    "Score every competency first (a level or \u{201c}No evidence\u{201d}). Still to \
     score: ";
pub const SUBMIT: &str = "Submit interview";
pub const SUBMIT_HINT: &str =
    "Submitting locks the interview. To change it later you revise it, which creates a \
     new version and keeps this one in the history.";
pub const DISCARD: &str = "Discard this draft";
pub const REVISION_NOTE: (&str, &str) = (
    "This is a revision. Until you submit it, the summary still counts version ",
    ".",
);
pub const LOCKED_NOTE: &str = "Submitted and locked.";
pub const NOT_YOURS: &str = "Another interviewer's interview, shown read-only.";
pub const HIDDEN: &str =
    "This interview's ratings are hidden until you submit your own interview of this \
     candidate.";
pub const NOT_SCORED: &str = "Not scored yet";
pub const NOT_RECORDED: &str = "Not recorded yet";
pub const NO_NOTE: &str = "No evidence note.";
pub const REVISE: (&str, &str) = ("Revise (creates version ", ", history kept)");
pub const DOWNLOAD: &str = "Download this interview to send to the hiring manager";
pub const DOWNLOAD_HINT: &str =
    "The hiring manager imports the file on the list of candidates; nothing is uploaded.";
pub const LINK_SUMMARY: &str = "Or send a link instead of a file";
pub const LINK_LABEL: &str = "Link to this interview";
pub const LINK_HINT: &str =
    "Copy the link and send it. Opening it on a page with this scorecard imports the \
     interview into that browser, like the file does. The interview travels inside the \
     link, after the #, which browsers never send to a server.";
pub const HISTORY: &str = "Earlier versions";
pub const VERSION_LABEL: &str = "Version ";
