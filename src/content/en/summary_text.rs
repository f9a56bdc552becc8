//! In English: labels and sentences of the scorecard's summary, radar chart, comparison and
//! calibration screens.

use crate::content::scorecard::COMPETENCY_COUNT;

// Radar chart

/// Short competency labels for the chart's spokes, in `COMPETENCIES` order.
pub const RADAR_LABELS: [&str; COMPETENCY_COUNT] = [
    "System design",
    "Databases",
    "APIs",
    "Infrastructure",
    "Security",
    "Communication",
    "Experience",
];
/// Followed by the competencies drawn at the centre.
pub const RADAR_MISSING: &str = "Not rated yet, so drawn at the centre of the chart: ";

// Candidate summary

pub const SUMMARY_HEADING: &str = "Summary";
pub const SUBMITTED_COUNT: &str = "Submitted interviews: ";
pub const NOTHING_SUBMITTED: &str =
    "No interview of this candidate is submitted yet, so there is nothing to add up. \
     Drafts never count.";
pub const DECISIONS_HEADING: &str = "Recommendations";
pub const DECISIONS_HINT: &str =
    "How many submitted interviews recommend each decision. They are counted apart \
     from the ratings and do not enter the overall score.";
pub const RATINGS_HEADING: &str = "Ratings";
pub const RATINGS_CAPTION: &str = "Ratings per competency, from the submitted interviews";
pub const COL_COMPETENCY: &str = "Competency";
pub const COL_MEAN: &str = "Mean (1 to 4)";
pub const COL_RATINGS: &str = "Ratings";
pub const COL_NO_EVIDENCE: &str = "No evidence";
pub const COL_RATERS: &str = "Interviewers";
pub const COL_RANGE: &str = "Lowest to highest";
/// A mean, overall score or range nobody's ratings give yet.
pub const NOT_RATED: &str = "Not rated";
pub const RANGE_TO: &str = " to ";
/// Around the candidate's name, as the chart's label.
pub const SUMMARY_RADAR_LABEL: (&str, &str) = (
    "Radar chart of the competency means of ",
    ", on the 1 to 4 scale. The ratings table has the same figures.",
);

pub const FORMULA_HEADING: &str = "Overall score";
pub const OVERALL: &str = "Overall score: ";
pub const NO_OVERALL: &str =
    "No overall score yet: no competency with a weight above 0 has a rating.";
pub const FORMULA_CAPTION: &str = "How the overall score is computed";
pub const COL_WEIGHT: &str = "Weight";
pub const COL_PRODUCT: &str = "Weight \u{d7} mean";
/// In the product column of a competency nobody rated.
pub const LEFT_OUT: &str = "Left out";
pub const SUM_ROW: &str = "Sums over the rated competencies";
/// Followed by "sum of products ÷ sum of weights = overall".
pub const FORMULA_LINE: &str = "Overall score = ";

pub const FLAGS_HEADING: &str = "Flags";
pub const FLAGS_HINT: &str =
    "Points to look at before deciding. A flag is not a verdict: it shows missing or \
     conflicting evidence.";
pub const NO_FLAGS: &str =
    "No flags: every competency was rated by at least two interviewers who agree within \
     one level, and none of the common hiring mistakes shows.";
pub const NO_FLAGS_YET: &str =
    "No flags yet. Flags about the evidence appear once an interview is submitted.";
pub const FLAG_COMPETENCY: &str = "Competency: ";
pub const FLAG_RANGE: (&str, &str) = ("Lowest rating: ", "; highest rating: ");
pub const FLAG_RATERS: &str = "Interviewers who rated it: ";

/// Around the role's name.
pub const WEIGHTS_HEADING: (&str, &str) = ("Weights of the role \u{201c}", "\u{201d}");
pub const WEIGHTS_HINT: &str =
    "Weights are declared up front, before the interviews, and apply to every candidate \
     of this role: changing one here changes the overall score of all of them. A weight \
     of 0 leaves a competency out of the overall score.";
pub const WEIGHTS_LEGEND: &str = "Weight per competency, a whole number from 0 to 1000";
pub const WEIGHT_TOTAL: &str = "Total of the weights: ";
pub const PRESETS_LEGEND: &str = "Or start from the preset for a role level";
/// Around a role level's label, on the preset buttons.
pub const USE_PRESET: (&str, &str) = ("Use the ", " preset");
pub const PRESET_IN_USE: &str = "In use. ";

// Comparison

pub const COMPARE_HEADING: &str = "Compare candidates";
pub const COMPARE_CAPTION: &str = "Competency means and overall score per candidate";
pub const OVERALL_ROW: &str = "Overall score";
/// Around the role's name.
pub const COMPARE_WEIGHTS: (&str, &str) = (
    "Every candidate here is scored with the weights of the role \u{201c}",
    "\u{201d}, the role of the first candidate picked, so the overall scores are \
     comparable.",
);
pub const COMPARE_MIXED_ROLES: &str =
    " The picked candidates applied for different roles: all of them are scored with \
     these weights, not their own role's.";
pub const COMPARE_HIDDEN_HEADING: &str = "Left out of the comparison";
/// After the candidate's name.
pub const COMPARE_HIDDEN_REASON: &str =
    ": you have an interview of this candidate that is not submitted yet. Other \
     interviewers' ratings stay hidden until you submit yours, so your judgement is your \
     own.";
pub const COMPARE_TOO_FEW: &str = "Fewer than two of the picked candidates can be shown. ";
pub const COMPARE_RADAR_LABEL: &str =
    "Radar chart comparing the candidates' competency means on the 1 to 4 scale. The \
     table has the same figures.";

// Calibration

pub const CALIBRATION_HEADING: &str = "Interviewer calibration";
pub const CALIBRATION_PURPOSE: &str =
    "Calibration puts each interviewer's spread of ratings next to the whole team's. It \
     helps spot interviewers who rate consistently higher or lower than the team, so you \
     can talk through the anchors together. It is not a reason to overrule anyone's \
     ratings: interviewers may simply have met different candidates.";
pub const CALIBRATION_AUDIENCE: &str =
    "It shows everyone's ratings, so it is meant for the hiring manager once the \
     interviews are submitted. Drafts are not counted; each interview counts with its \
     latest submitted version.";
/// With the threshold (e.g. "0.50") between the parts.
pub const LEAN_EXPLANATION: [&str; 3] = [
    "Lean is the interviewer's mean rating minus the team's. At +",
    " or more the interviewer is called lenient, at -",
    " or less severe, and in line in between.",
];
pub const SHARES_HINT: &str =
    "Level shares are percentages of the interviewer's 1 to 4 ratings; \u{201c}no \
     evidence\u{201d} is a percentage of all the scores they gave.";
pub const CALIBRATION_BLIND: &str =
    "You have an interview that is not submitted yet. Calibration shows how every \
     interviewer rates, so it stays hidden until you submit it: your ratings should be \
     your own.";
pub const NO_CALIBRATION: &str = "No interview is submitted yet, so there is nothing to calibrate.";
pub const CALIBRATION_CAPTION: &str =
    "Rating distribution per interviewer, over the submitted interviews";
pub const COL_INTERVIEWER: &str = "Interviewer";
pub const COL_RATED: &str = "Ratings 1 to 4";
pub const COL_LEAN: &str = "Lean vs team";
pub const COL_TENDENCY: &str = "Tendency";
pub const TEAM_ROW: &str = "Whole team";
pub const TEAM_TENDENCY: &str = "Reference";
pub const LENIENT: &str = "Lenient: rates higher than the team";
pub const SEVERE: &str = "Severe: rates lower than the team";
pub const IN_LINE: &str = "In line with the team";
pub const NOT_ENOUGH_DATA: &str = "Not enough data";
/// A share or mean that cannot be computed for lack of ratings.
pub const NO_FIGURE: &str = "None";
