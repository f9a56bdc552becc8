//! English texts, one module per content module of `crate::content`.

pub mod interview_text;
/// The title screens' texts, generated from `intro.txt` by `build.rs`.
pub mod intro {
    include!(concat!(env!("OUT_DIR"), "/en/intro.rs"));
}
pub mod messages;
/// The quiz's texts, generated from `quiz.txt` by `build.rs`.
pub mod quiz {
    include!(concat!(env!("OUT_DIR"), "/en/quiz.rs"));
}
/// The scorecard's texts, generated from `scorecard.txt` by `build.rs`.
pub mod scorecard {
    include!(concat!(env!("OUT_DIR"), "/en/scorecard.rs"));
}
pub mod summary_text;
