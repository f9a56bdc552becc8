//! Keyboard focus after a screen change, shared by both modes.

use yew::prelude::*;

use crate::browser::page::focus_in;

/// Moves focus to the new screen's heading (`[data-focus]`) whenever `screen` changes,
/// never on the first render, so mounting never steals focus from the host page.
#[hook]
pub fn use_focus_on_screen_change<T: PartialEq + Clone + 'static>(root: &NodeRef, screen: T) {
    let first = use_mut_ref(|| true);
    let root = root.clone();
    use_effect_with(screen, move |_| {
        if std::mem::replace(&mut *first.borrow_mut(), false) {
            return;
        }
        if let Some(root) = root.cast::<web_sys::Element>() {
            focus_in(&root, "[data-focus]");
        }
    });
}
