//! The German scorecard build: the whole widget with only the scorecard mode and the
//! German texts compiled in, so a page showing the scorecard in German loads nothing of
//! the other mode or language. `embed.js` picks the build from the mode and the language
//! (`locale`, else the page's `lang`).

pub use backend_ready::embed::fault::stop_writing;
pub use backend_ready::{mount, MountedWidget};
