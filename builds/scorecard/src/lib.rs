//! The scorecard build: the whole widget with only the scorecard mode compiled in, so a page
//! showing the scorecard loads nothing of the other mode. `embed.js` picks the build.

pub use backend_ready::embed::fault::stop_writing;
pub use backend_ready::{mount, MountedWidget};
