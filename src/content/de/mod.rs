//! German texts, one module per content module of `crate::content`.

pub mod interview_text;
pub mod intro;
/// The scorecard's judgement texts (guards, interview plan, coverage), generated from
/// `judgement.txt` by `build.rs`.
pub mod judgement {
    include!(concat!(env!("OUT_DIR"), "/de/judgement.rs"));
}
pub mod messages;
/// The quiz's texts, generated from `quiz.txt` by `build.rs`.
pub mod quiz {
    include!(concat!(env!("OUT_DIR"), "/de/quiz.rs"));
}
pub mod scorecard;
/// Sharing interviews: import preview, links, copy; generated from `sharing.txt` by
/// `build.rs`.
pub mod sharing {
    include!(concat!(env!("OUT_DIR"), "/de/sharing.rs"));
}
pub mod summary_text;
