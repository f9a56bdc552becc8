//! Native tests of the content data (src/content).
#![cfg(not(target_arch = "wasm32"))]

use backend_ready::embed::options::Mode;
use backend_ready::ui::intro::intro_for;

#[test]
fn each_mode_has_a_complete_title_screen() {
    for mode in [Mode::Quiz, Mode::Scorecard] {
        let intro = intro_for(mode);
        for text in [
            intro.eyebrow,
            intro.title,
            intro.lede,
            intro.points_heading,
            intro.privacy,
        ] {
            assert!(!text.trim().is_empty(), "{mode:?} has an empty text");
        }
        assert!(intro.points.len() >= 3, "{mode:?} lists too few points");
        assert!(
            intro.privacy.contains("browser"),
            "{mode:?} must say where data stays"
        );
    }
    assert_ne!(
        intro_for(Mode::Quiz).title,
        intro_for(Mode::Scorecard).title
    );
}
