//! The one-page hiring brief's own texts (issue 17): its buttons and headings, and the
//! hiring guide's five mistakes to avoid, written in our own words from the guide's
//! "Common Backend Hiring Mistakes and How to Avoid Them".
//!
//! The texts live per locale in `src/content/<locale>/brief.txt`, turned into constants
//! by `build.rs`; this module re-exports the build's locale. Everything else the brief
//! says (the verdict, the advice, the stage and competency names) is the quiz's and the
//! scorecard's content, used as it is.

use super::active::brief::mistake as m;
pub use super::active::brief::*;
use super::scorecard::{
    FlagText, MISTAKE_DATA_COMPLEXITY, MISTAKE_JUNIOR_ONLY, MISTAKE_LANGUAGE_ONLY,
    MISTAKE_PRACTICAL_EXPERIENCE, MISTAKE_SOFT_SKILLS,
};

/// The guide's five hiring mistakes, in its order, as advice before hiring; each has
/// the id of the scorecard guard that catches the same mistake in interviews.
pub const MISTAKES: [FlagText; 5] = [
    // "Knowing Python or Node.js doesn't guarantee architectural maturity. Evaluate
    // candidates based on system design reasoning, trade-off thinking, and
    // architectural judgment."
    mistake(MISTAKE_LANGUAGE_ONLY, m::LANGUAGE_TITLE, m::LANGUAGE_TEXT),
    // "As products scale, data relationships often outgrow initial assumptions. Hiring
    // engineers without strong database and modeling experience can result in poorly
    // structured data and stagnating performance."
    mistake(MISTAKE_DATA_COMPLEXITY, m::DATA_TITLE, m::DATA_TEXT),
    // "Growth requires leadership in design and architecture. Combining senior backend
    // expertise with junior support often yields better long-term outcomes."
    mistake(MISTAKE_JUNIOR_ONLY, m::JUNIORS_TITLE, m::JUNIORS_TEXT),
    // "Backend developers work with frontend engineers, product teams, and DevOps.
    // Communication and collaboration skills are vital to ensure backend logic aligns
    // with business needs."
    mistake(MISTAKE_SOFT_SKILLS, m::PEOPLE_TITLE, m::PEOPLE_TEXT),
    // "Portfolios, code samples, and design discussions reveal far more than resumes
    // alone. Asking candidates to walk through architecture decisions they've made in
    // past projects helps evaluate their real-world judgment."
    mistake(
        MISTAKE_PRACTICAL_EXPERIENCE,
        m::PRACTICE_TITLE,
        m::PRACTICE_TEXT,
    ),
];

const fn mistake(guard: FlagText, title: &'static str, text: &'static str) -> FlagText {
    FlagText {
        id: guard.id,
        title,
        text,
    }
}
