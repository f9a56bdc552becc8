//! The quiz build: the whole widget with only the quiz mode compiled in, so a page
//! showing the quiz loads nothing of the other mode. `embed.js` picks the build.

pub use backend_ready::embed::fault::stop_writing;
pub use backend_ready::{mount, MountedWidget};
