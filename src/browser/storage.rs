//! localStorage, defensively: the browser may block it (some private modes throw on
//! access), it may be full, and a stored text may be unreadable. Every failure comes back
//! as a [`StoreError`] with a sentence for the user; nothing here panics or throws.

use web_sys::Storage;

/// Why reading or writing failed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StoreError {
    /// The browser does not let this page use localStorage.
    Unavailable,
    /// The write was refused, most often because storage is full.
    WriteRefused,
}

impl StoreError {
    /// A sentence for the user.
    pub fn message(self) -> &'static str {
        match self {
            StoreError::Unavailable => {
                "This browser does not allow saving here, so your progress lasts only \
                 until the page closes."
            }
            StoreError::WriteRefused => {
                "Saving failed (the browser's storage may be full). Your answers are still \
                 here; they will be saved at the next change that fits."
            }
        }
    }
}

/// Access to localStorage, or the lack of it.
#[derive(Clone)]
pub struct LocalStore {
    storage: Option<Storage>,
}

impl LocalStore {
    /// Opens localStorage; a blocked storage gives a store whose every call fails softly.
    pub fn open() -> Self {
        let storage = web_sys::window().and_then(|window| window.local_storage().ok().flatten());
        LocalStore { storage }
    }

    fn storage(&self) -> Result<&Storage, StoreError> {
        self.storage.as_ref().ok_or(StoreError::Unavailable)
    }

    /// The text under `key`, `None` when there is none.
    pub fn read(&self, key: &str) -> Result<Option<String>, StoreError> {
        let storage = self.storage()?;
        storage.get_item(key).map_err(|_| StoreError::Unavailable)
    }

    pub fn write(&self, key: &str, value: &str) -> Result<(), StoreError> {
        let storage = self.storage()?;
        storage
            .set_item(key, value)
            .map_err(|_| StoreError::WriteRefused)
    }

    /// Keeps `text` under `backup_key`, or the first free `backup_key:N`, so a second
    /// failure never overwrites the first backup. Returns the key used.
    pub fn keep_aside(&self, backup_key: &str, text: &str) -> Result<String, StoreError> {
        for attempt in 1..=20 {
            let key = match attempt {
                1 => backup_key.to_owned(),
                n => format!("{backup_key}:{n}"),
            };
            match self.read(&key)? {
                Some(existing) if existing == text => return Ok(key),
                Some(_) => continue,
                None => return self.write(&key, text).map(|()| key),
            }
        }
        Err(StoreError::WriteRefused)
    }
}
