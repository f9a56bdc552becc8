//! Widgets of one page that share a storage key. The `storage` event that merges
//! other tabs never fires in the document that wrote, so two widgets on one key in one
//! page (a summary beside the full tool; a single-page app that mounts the next
//! instance before it unmounts the last) would each save their own copy over the
//! other's. Each such widget joins as a [`Peer`] of its document key; after every save
//! that reached storage it [`tell`](Peer::tell)s the others what it wrote, and they
//! merge that the way they merge another tab's save. One build serves every widget of
//! its mode on a page (`embed.js` loads it once), so a thread-local list reaches them
//! all. No browser types: tested natively.

use std::any::Any;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

type Listener = Rc<dyn Fn(&dyn Any)>;

struct Member {
    key: String,
    id: u64,
    listener: Listener,
}

thread_local! {
    static MEMBERS: RefCell<Vec<Member>> = const { RefCell::new(Vec::new()) };
    static NEXT_ID: Cell<u64> = const { Cell::new(0) };
}

/// One widget's membership of its key; it leaves when dropped (the widget unmounts).
pub struct Peer {
    key: String,
    id: u64,
}

impl Peer {
    /// Joins the widgets on `key`; `on_news` hears what each of the others saves
    /// (news of another type is ignored).
    pub fn join<T: 'static>(key: &str, on_news: impl Fn(&T) + 'static) -> Peer {
        let id = NEXT_ID.with(|next| {
            next.set(next.get() + 1);
            next.get()
        });
        let listener: Listener = Rc::new(move |news: &dyn Any| {
            if let Some(news) = news.downcast_ref::<T>() {
                on_news(news);
            }
        });
        MEMBERS.with(|members| {
            members.borrow_mut().push(Member {
                key: key.to_owned(),
                id,
                listener,
            });
        });
        Peer {
            key: key.to_owned(),
            id,
        }
    }

    /// Tells every other widget on this key, in the order they joined, what this one
    /// saved. A listener may dispatch, save or unmount: none runs while the list is
    /// borrowed, and one that left meanwhile is skipped.
    pub fn tell<T: 'static>(&self, news: &T) {
        let others: Vec<u64> = MEMBERS.with(|members| {
            let members = members.borrow();
            let same_key = members.iter().filter(|m| m.key == self.key);
            same_key.filter(|m| m.id != self.id).map(|m| m.id).collect()
        });
        for id in others {
            let listener = MEMBERS.with(|members| {
                let members = members.borrow();
                members
                    .iter()
                    .find(|m| m.id == id)
                    .map(|m| m.listener.clone())
            });
            if let Some(listener) = listener {
                listener(news);
            }
        }
    }

    /// How many widgets (this one included) are on this key now.
    pub fn count(&self) -> usize {
        MEMBERS.with(|members| {
            members
                .borrow()
                .iter()
                .filter(|m| m.key == self.key)
                .count()
        })
    }
}

impl Drop for Peer {
    fn drop(&mut self) {
        // The listener is dropped after the list is released (it may hold anything);
        // `try_with`: at thread end there is nothing left to leave.
        let _left = MEMBERS.try_with(|members| {
            let mut members = members.try_borrow_mut().ok()?;
            let index = members.iter().position(|m| m.id == self.id)?;
            Some(members.remove(index))
        });
    }
}
