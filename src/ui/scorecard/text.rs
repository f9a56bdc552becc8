//! Sentences for what the scorecard model reports (refused edits, import outcomes,
//! notices), built from the texts in `crate::content::messages::scorecard`.

use super::persist::KIND;
use super::state::{ImportRefusal, LinkRefusal, Notice, Problem, ScorecardState, SigningNotice};
use crate::content::active::sharing;
use crate::content::fill;
use crate::content::messages::scorecard as text;
use crate::scorecard::{EditError, ImportReport, MergeError, Refusal};
use crate::sentences::{store_error, stored};
use crate::storage::keep_aside::KeepAside;
use crate::storage::scorecard_merge::Conflict;
use crate::storage::store::StoreError;
use crate::ui::notice::{held_text, kept_aside_text, quoted};

/// Why an edit of an interview was refused.
/// Why a picked file was refused, as the reason the import notice gives.
pub fn import_reason(why: &ImportRefusal) -> String {
    match why {
        ImportRefusal::Unreadable => text::IMPORT_UNREADABLE.to_owned(),
        ImportRefusal::Invalid(error) => error.message(),
    }
}

/// Why an edit was refused, in a sentence.
pub fn problem(problem: &Problem) -> &'static str {
    use crate::content::active::role::review;
    match problem {
        Problem::NameFirst => text::NAME_FIRST,
        Problem::Weights => text::WEIGHTS_REFUSED,
        Problem::Edit(error) => edit_error(error),
        Problem::RoleNameBlank => review::NAME_BLANK,
        Problem::RoleNameTaken => review::NAME_TAKEN,
    }
}

fn edit_error(error: &EditError) -> &'static str {
    match error {
        EditError::Locked => text::EDIT_LOCKED,
        EditError::NotSubmitted => text::EDIT_NOT_SUBMITTED,
        EditError::UnknownCompetency(_) => text::EDIT_UNKNOWN,
        EditError::Unrated(_) => text::EDIT_UNRATED,
        EditError::DecisionMissing => text::EDIT_DECISION_MISSING,
    }
}

fn refusal(refusal: &Refusal) -> String {
    let old = match refusal {
        Refusal::UnknownCandidate => text::UNKNOWN_CANDIDATE,
        Refusal::Merge(MergeError::ConflictingVersion(_)) => text::CONFLICTING_VERSION,
        Refusal::Merge(MergeError::DifferentInterview) => text::DIFFERENT_INTERVIEW,
        Refusal::Merge(MergeError::NotSubmitted) => text::NOT_SUBMITTED,
        Refusal::Merge(MergeError::Invalid(_)) => text::INVALID_INTERVIEW,
        _ => return super::sharing::why(refusal),
    };
    old.to_owned()
}

/// What an import did, in one paragraph.
pub fn import_report(report: &ImportReport) -> String {
    let counts = [
        report.candidates_added,
        report.interviews_added,
        report.interviews_replaced,
        report.unchanged,
        report.drafts_skipped,
    ];
    let [candidates, interviews, replaced, unchanged, drafts] = &counts;
    let sentence = fill!(
        text::IMPORTED,
        candidates = candidates,
        interviews = interviews,
        replaced = replaced,
        unchanged = unchanged,
        drafts = drafts,
    );
    let mut sentence = if report.refused.is_empty() {
        sentence
    } else {
        refused_sentence(report, sentence)
    };
    if !report.kept_aside.is_empty() {
        sentence.push(' ');
        sentence.push_str(&super::sharing::fill(
            sharing::DONE_KEPT_ASIDE_COUNT,
            &[("count", &report.kept_aside.len().to_string())],
        ));
    }
    sentence
}

/// The import sentence `report` with the refused records and why.
fn refused_sentence(report: &ImportReport, sentence: String) -> String {
    let reasons: Vec<String> = report
        .refused
        .iter()
        .map(|(id, why)| format!("{} ({id})", refusal(why)))
        .collect();
    fill!(
        text::IMPORT_REFUSED,
        report = sentence,
        refused = reasons.join("; ")
    )
}

/// The text of a notice.
pub fn notice(notice: &Notice, state: &ScorecardState) -> String {
    match notice {
        Notice::StorageUnavailable => store_error(KIND, StoreError::Unavailable).to_owned(),
        Notice::SaveFailed => store_error(KIND, StoreError::QuotaExceeded).to_owned(),
        Notice::PlanSaved => crate::content::active::judgement::PLAN_SAVED.to_owned(),
        Notice::NearlyFull => super::backup::nearly_full(state),
        Notice::KeptAside { why, key } => kept_aside_text(stored(KIND, *why), key),
        Notice::Held => match state.keep {
            KeepAside::Held { why, .. } => held_text(stored(KIND, why), state.keep),
            KeepAside::Kept => String::new(),
        },
        Notice::Imported(report) => {
            let mut sentence = super::sharing::import_notice(report, state)
                .unwrap_or_else(|| import_report(report));
            if report.questions_added > 0 {
                sentence.push(' ');
                sentence.push_str(&super::sharing::fill(
                    crate::content::active::questions::IMPORTED,
                    &[("count", &report.questions_added.to_string())],
                ));
            }
            sentence
        }
        Notice::CandidateImported(name) => super::sharing::fill(
            crate::content::active::workflow::IMPORT_DONE,
            &[("name", name)],
        ),
        Notice::LinkRefused(LinkRefusal::Interview(error)) => {
            super::sharing::link_refusal(error).to_owned()
        }
        Notice::LinkRefused(LinkRefusal::Role(error)) => super::role::refusal(*error).to_owned(),
        Notice::Ignored => sharing::DONE_IGNORED.to_owned(),
        Notice::Signing(about) => signing_notice(*about).to_owned(),
        Notice::ImportFailed(why) => fill!(text::IMPORT_FAILED, reason = import_reason(why)),
        Notice::Deleted(name) => fill!(text::DELETED, name = quoted(name)),
        Notice::RoleAdded(name) => {
            fill!(
                crate::content::active::role::review::ADDED,
                name = quoted(name)
            )
        }
        Notice::OtherTabConflict(count) => {
            let names: Vec<&str> = state.other_tab.iter().map(conflict_name).collect();
            let records = fill!(
                plural(*count, text::RECORDS_ONE, text::RECORDS_OTHER),
                count = count
            );
            fill!(text::OTHER_TAB, records = records, names = names.join(", "))
        }
    }
}

/// What a conflicting record is called: a candidate's or role's name, an interview's
/// interviewer.
fn conflict_name(conflict: &Conflict) -> &str {
    match conflict {
        Conflict::Candidate { id, ours, theirs } => ours
            .as_ref()
            .or(theirs.as_ref())
            .map_or(id.as_str(), |candidate| candidate.name.as_str()),
        Conflict::Role { name, .. } => name,
        Conflict::Interview {
            id, ours, theirs, ..
        } => ours
            .as_ref()
            .or(theirs.as_ref())
            .map_or(id.as_str(), |interview| interview.interviewer.as_str()),
    }
}

/// What the widget says about this browser's interviewer key.
fn signing_notice(about: SigningNotice) -> &'static str {
    use crate::content::active::signing;
    match about {
        SigningNotice::Unsigned => signing::NOTICE_UNSIGNED,
        SigningNotice::NewKey => signing::NOTICE_NEW_KEY,
    }
}
