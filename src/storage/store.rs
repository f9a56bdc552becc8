//! Where the stored documents live, as a small trait: the text under a key, read,
//! written and removed, with typed errors ([`Store`], [`StoreError`]); and a store in
//! memory ([`MemoryStore`]) for the tests, natively and in the browser's component
//! tests. localStorage implements the trait at the browser's edge
//! (`crate::browser::storage`). The one path that loads a mode's document and keeps an
//! unusable one aside is `super::load`.

use std::cell::RefCell;
use std::rc::Rc;

use super::keep_aside::backup_slots;

/// Why reading or writing failed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StoreError {
    /// The browser does not let this page use its storage (some private modes).
    Unavailable,
    /// The write was refused: the storage is full (its quota is exceeded).
    QuotaExceeded,
    /// The widget stopped writing after a fault inside it (`crate::embed::fault`): its
    /// state cannot be trusted any more.
    Stopped,
}

/// A key-value store of texts, as localStorage is.
pub trait Store {
    /// The text under `key`, `None` when there is none.
    fn get(&self, key: &str) -> Result<Option<String>, StoreError>;
    /// Writes `text` under `key`, all or nothing.
    fn set(&self, key: &str, text: &str) -> Result<(), StoreError>;
    /// Removes what is under `key` (nothing when there is nothing).
    fn remove(&self, key: &str) -> Result<(), StoreError>;

    /// Keeps the text under `key` under `backup_key`, or the first free slot after it
    /// (`backup_slots`), so a second failure never overwrites the first backup; a slot
    /// that already holds the same text is used again. Returns the key used, or `None`
    /// when nothing is stored under `key`. A copy that does not fit writes nothing and
    /// leaves the original where it is.
    fn keep_aside(&self, key: &str, backup_key: &str) -> Result<Option<String>, StoreError> {
        let Some(original) = self.get(key)? else {
            return Ok(None);
        };
        for slot in backup_slots(backup_key) {
            match self.get(&slot)? {
                None => return self.set(&slot, &original).map(|()| Some(slot)),
                Some(existing) if existing == original => return Ok(Some(slot)),
                Some(_) => {}
            }
        }
        Err(StoreError::QuotaExceeded)
    }
}

/// A store in memory, shared by its clones: for the tests. It may hold a limited
/// room (in bytes of keys and texts, as a full browser storage refuses a write), or
/// be unavailable (as a blocked one is).
#[derive(Clone, Default)]
pub struct MemoryStore(Rc<RefCell<Memory>>);

#[derive(Default)]
struct Memory {
    entries: Vec<(String, String)>,
    room: Option<usize>,
    unavailable: bool,
}

impl MemoryStore {
    /// An empty store with unlimited room.
    pub fn new() -> Self {
        MemoryStore::default()
    }

    /// An empty store that holds at most `bytes` of keys and texts.
    pub fn with_room(bytes: usize) -> Self {
        let store = MemoryStore::default();
        store.0.borrow_mut().room = Some(bytes);
        store
    }

    /// A store whose every call fails as a blocked storage does.
    pub fn unavailable() -> Self {
        let store = MemoryStore::default();
        store.0.borrow_mut().unavailable = true;
        store
    }

    /// Every key held, in the order written first.
    pub fn keys(&self) -> Vec<String> {
        let memory = self.0.borrow();
        memory.entries.iter().map(|(key, _)| key.clone()).collect()
    }

    fn open(&self) -> Result<std::cell::RefMut<'_, Memory>, StoreError> {
        let memory = self.0.borrow_mut();
        match memory.unavailable {
            true => Err(StoreError::Unavailable),
            false => Ok(memory),
        }
    }
}

impl Store for MemoryStore {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        let memory = self.open()?;
        let found = memory.entries.iter().find(|(known, _)| known == key);
        Ok(found.map(|(_, text)| text.clone()))
    }

    fn set(&self, key: &str, text: &str) -> Result<(), StoreError> {
        let mut memory = self.open()?;
        let others: usize = (memory.entries.iter())
            .filter(|(known, _)| known != key)
            .map(|(known, text)| known.len() + text.len())
            .sum();
        if memory
            .room
            .is_some_and(|room| others + key.len() + text.len() > room)
        {
            return Err(StoreError::QuotaExceeded);
        }
        match memory.entries.iter_mut().find(|(known, _)| known == key) {
            Some(entry) => entry.1 = text.to_owned(),
            None => memory.entries.push((key.to_owned(), text.to_owned())),
        }
        Ok(())
    }

    fn remove(&self, key: &str) -> Result<(), StoreError> {
        self.open()?.entries.retain(|(known, _)| known != key);
        Ok(())
    }
}
