//! Widgets of one page that share a storage key. The `storage` event that merges
//! other tabs never fires in the document that wrote, so two widgets on one key in one
//! page (a summary beside the full tool; a single-page app that mounts the next
//! instance before it unmounts the last) would each save their own copy over the
//! other's. Each such widget [`join`]s its document key under an id from [`new_id`];
//! after every save that reached storage it [`tell`]s the others what it wrote, and
//! they merge that the way they merge another tab's save. One build serves every
//! widget of its mode on a page (`embed.js` loads it once), so a thread-local list
//! reaches them all. No browser types: tested natively.

use std::any::Any;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

type Listener = Rc<dyn Fn(&dyn Any)>;

thread_local! {
    /// Key, widget id and listener of every widget that joined, in joining order.
    static MEMBERS: RefCell<Vec<(String, u64, Listener)>> = const { RefCell::new(Vec::new()) };
    static LAST_ID: Cell<u64> = const { Cell::new(0) };
}

/// A new widget id, never given before in this page.
pub fn new_id() -> u64 {
    LAST_ID.with(|last| {
        last.set(last.get() + 1);
        last.get()
    })
}

/// A widget's membership of its key; it leaves when dropped (the widget unmounts).
pub struct Peer {
    id: u64,
}

/// Joins widget `id` to the widgets on `key`: `on_news` hears what each of the others
/// saves (news of another type is ignored).
pub fn join<T: 'static>(key: &str, id: u64, on_news: impl Fn(&T) + 'static) -> Peer {
    let listener: Listener = Rc::new(move |news: &dyn Any| {
        if let Some(news) = news.downcast_ref::<T>() {
            on_news(news);
        }
    });
    MEMBERS.with(|members| members.borrow_mut().push((key.to_owned(), id, listener)));
    Peer { id }
}

/// Tells every other widget on `key`, in the order they joined, what widget `from`
/// saved. A listener may dispatch, save or unmount: none runs while the list is
/// borrowed, and one that left meanwhile is skipped.
pub fn tell<T: 'static>(key: &str, from: u64, news: &T) {
    let listener = |id: u64| {
        MEMBERS.with(|members| {
            let members = members.borrow();
            let found = members.iter().find(|member| member.1 == id);
            found.map(|member| member.2.clone())
        })
    };
    let others: Vec<u64> = MEMBERS.with(|members| {
        let members = members.borrow();
        let same_key = members.iter().filter(|(k, id, _)| k == key && *id != from);
        same_key.map(|member| member.1).collect()
    });
    for id in others {
        if let Some(listener) = listener(id) {
            listener(news);
        }
    }
}

impl Drop for Peer {
    fn drop(&mut self) {
        // The listener is dropped after the list is released (it may hold anything);
        // `try_with`: at thread end there is nothing left to leave.
        let _left = MEMBERS.try_with(|members| {
            let mut members = members.try_borrow_mut().ok()?;
            let index = members.iter().position(|member| member.1 == self.id)?;
            Some(members.remove(index))
        });
    }
}
