//! English texts, one module per content module of `crate::content`.

pub mod interview_text;
pub mod intro;
/// The scorecard's judgement texts (guards, interview plan, coverage), generated from
/// `judgement.txt` by `build.rs`.
pub mod judgement {
    include!(concat!(env!("OUT_DIR"), "/en/judgement.rs"));
}
pub mod messages;
/// The quiz's texts, generated from `quiz.txt` by `build.rs`.
pub mod quiz {
    include!(concat!(env!("OUT_DIR"), "/en/quiz.rs"));
}
pub mod scorecard;
/// Sharing interviews: import preview, links, copy; generated from `sharing.txt` by
/// `build.rs`.
pub mod sharing {
    include!(concat!(env!("OUT_DIR"), "/en/sharing.rs"));
}
pub mod summary_text;
