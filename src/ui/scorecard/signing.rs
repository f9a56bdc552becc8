//! Who sent it, in the widget (issue 18, item 4): signing a version on submit with this
//! browser's interviewer key, checking the signatures of what arrives before the
//! preview shows it, and the plain-words lines the preview, the read-only interview
//! and the interviews kept aside show. The rules are `crate::scorecard::signing`'s; the
//! Web Crypto calls are `crate::browser::crypto`'s. Texts: `crate::content::active::signing`.
//!
//! A submit is never lost: signing runs after it, and when Web Crypto is missing the
//! version stays unsigned and the widget says so once.

use std::cell::RefCell;
use std::rc::Rc;

use yew::prelude::*;

use super::state::{
    EdgeMsg, Event, Incoming, Notice, Offer, ScorecardMsg, ScorecardState, SigningNotice, ViewMsg,
};
use crate::browser::crypto::{self, SigningKey};
use crate::browser::storage;
use crate::content::active::signing as text;
use crate::content::fill_named as fill;
use crate::content::scorecard::stage;
use crate::scorecard::signing::{
    self as rules, bound_key, check_revision, fingerprint, KeyProblem, Signature, Standing,
    ToVerify, Unverified,
};
use crate::scorecard::{ChangeKind, Interview, InterviewChange, MergeError, ScorecardDoc};
use crate::storage::identity::identity_key;
use crate::storage::store::Store;

/// Why a revision was kept aside, for the preview's and the notice's "why".
pub fn revision_why(problem: KeyProblem) -> &'static str {
    match problem {
        KeyProblem::OtherKey => text::WHY_OTHER_KEY,
        KeyProblem::Unsigned => text::WHY_UNSIGNED,
    }
}

/// Whether anything in `incoming` carries a signature to check.
pub fn has_signatures(incoming: &Incoming) -> bool {
    !to_verify(incoming).is_empty()
}

fn to_verify(incoming: &Incoming) -> Vec<ToVerify> {
    match incoming {
        Incoming::Doc(doc) => rules::doc_to_verify(doc),
        Incoming::Interview(interview) => rules::to_verify(interview),
    }
}

/// Takes the checked signatures of the offer: the bad ones are removed and the preview
/// is made again, now to be shown. An answer about another offer changes nothing.
pub fn verified(state: &mut ScorecardState, mut incoming: Incoming, bad: Vec<(String, u32)>) {
    let Some(offer) = &state.offer else {
        return;
    };
    if !offer.unchecked || offer.incoming != incoming {
        return;
    }
    let from_link = offer.from_link;
    match &mut incoming {
        Incoming::Doc(doc) => {
            for interview in &mut doc.interviews {
                rules::remove_bad(Rc::make_mut(interview), &bad);
            }
        }
        Incoming::Interview(interview) => rules::remove_bad(interview, &bad),
    }
    state.apply(ScorecardMsg::View(ViewMsg::Offer {
        incoming,
        from_link,
    }));
    if let Some(offer) = &mut state.offer {
        offer.unchecked = false;
        offer.bad = bad;
    }
}

/// The short fingerprint of `key`.
fn short(key: &str) -> String {
    fingerprint(key).unwrap_or_default()
}

fn stage_label(id: &str) -> &str {
    stage(id).map_or(id, |stage| stage.label)
}

/// The sentence for a standing; `held` is the interview held here with the same id,
/// whose key a refused revision is compared with.
fn sentence(doc: &ScorecardDoc, standing: Standing, held: Option<&Interview>) -> String {
    let bound = || short(held.and_then(bound_key).unwrap_or_default());
    match standing {
        Standing::Signed {
            key,
            first_seen: None,
        } => fill(text::SIGNED_NEW, &[("fingerprint", &short(key))]),
        Standing::Signed {
            key,
            first_seen: Some(seen),
        } => {
            let candidate = doc.candidate(&seen.candidate_id);
            let name = candidate.map_or(seen.candidate_id.as_str(), |c| c.name.as_str());
            fill(
                text::SIGNED_SEEN,
                &[
                    ("fingerprint", &short(key)),
                    ("who", &seen.interviewer),
                    ("candidate", name),
                    ("stage", stage_label(&seen.stage)),
                ],
            )
        }
        Standing::Unverified(Unverified::Unsigned) => text::UNVERIFIED_UNSIGNED.to_owned(),
        // Without Web Crypto no signature can be checked: say so, not that it is bad.
        Standing::Unverified(Unverified::BadSignature) if !crypto::available() => {
            text::UNVERIFIED_CANNOT_CHECK.to_owned()
        }
        Standing::Unverified(Unverified::BadSignature) => text::UNVERIFIED_BAD_SIGNATURE.to_owned(),
        Standing::Unverified(Unverified::Revision(KeyProblem::OtherKey)) => {
            fill(text::UNVERIFIED_OTHER_KEY, &[("fingerprint", &bound())])
        }
        Standing::Unverified(Unverified::Revision(KeyProblem::Unsigned)) => fill(
            text::UNVERIFIED_UNSIGNED_REVISION,
            &[("fingerprint", &bound())],
        ),
    }
}

fn held<'a>(doc: &'a ScorecardDoc, id: &str) -> Option<&'a Interview> {
    doc.interview(id).map(Rc::as_ref)
}

/// Who sent one interview of the offer, in words, judged against what is held.
pub fn offer_line(state: &ScorecardState, offer: &Offer, change: &InterviewChange) -> String {
    let arrived = match &offer.incoming {
        Incoming::Doc(doc) => held(doc, &change.id),
        Incoming::Interview(interview) => Some(&**interview),
    };
    let Some(arrived) = arrived else {
        return String::new();
    };
    let refused = match &change.kind {
        ChangeKind::KeptAside(MergeError::Unverified(problem)) => Some(*problem),
        _ => None,
    };
    let bad = offer
        .bad
        .iter()
        .any(|(id, version)| *id == change.id && *version == change.version);
    let standing = rules::standing(&state.doc, arrived, change.version, bad, refused);
    sentence(&state.doc, standing, held(&state.doc, &change.id))
}

/// "Checking who sent it …" while the offer's signatures are checked.
pub fn checking_view() -> Html {
    html! {
        <section class="br-offer-checking br-bank" aria-busy="true">
            <p class="br-hint" role="status">{ text::CHECKING }</p>
        </section>
    }
}

/// Who sent version `version` of an interview held here, under its read-only view.
pub fn signer_view(state: &ScorecardState, interview: &Interview, version: u32) -> Html {
    let standing = rules::standing(&state.doc, interview, version, false, None);
    let line = sentence(&state.doc, standing, None);
    html! { <p class="br-hint br-signer">{ line }</p> }
}

/// The flag of an interview kept aside whose key does not match the one held
/// ("Unverified: …", with why); `None` for one kept aside for another reason.
pub fn aside_flag(state: &ScorecardState, kept: &Interview) -> Option<String> {
    let held = held(&state.doc, &kept.id)?;
    let problem = check_revision(held, kept).err()?;
    let standing = Standing::Unverified(Unverified::Revision(problem));
    Some(sentence(&state.doc, standing, Some(held)))
}

/// What the widget remembers between renders: how many events it has looked at, this
/// browser's signing key and public key once read or made, and whether it said that a
/// submit stayed unsigned.
#[derive(Default)]
struct Memory {
    seen: u64,
    identity: Option<(SigningKey, String)>,
    said_unsigned: bool,
}

type Shared = Rc<RefCell<Memory>>;

/// The submitted versions, `(interview id, version)`, whose signing is over, signed or
/// not: an `interview-submitted` event that carries the file waits for it
/// (`super::use_events`), so the host gets what "Send as file" writes.
pub type SigningOver = Rc<RefCell<Vec<(String, u32)>>>;

/// The interviewer key stored under `storage_key`: read, or made when missing or
/// damaged (then `damaged` says so). `None` when Web Crypto is missing.
async fn identity(storage_key: &str, memory: &Shared) -> Option<((SigningKey, String), bool)> {
    if let Some(known) = memory.borrow().identity.clone() {
        return Some((known, false));
    }
    let store = storage::open();
    let key = identity_key(storage_key);
    let stored = store.get(&key).ok().flatten();
    if let Some(text) = &stored {
        if let Some(found) = crypto::load_identity(text).await {
            memory.borrow_mut().identity = Some(found.clone());
            return Some((found, false));
        }
    }
    let (text, signing, public) = crypto::new_identity().await?;
    // Not saved (storage blocked or full): signed with it all the same.
    let _ = store.set(&key, &text);
    memory.borrow_mut().identity = Some((signing.clone(), public.clone()));
    Some(((signing, public), stored.is_some()))
}

/// Signs each version this widget submits, after the submit, and checks the
/// signatures of an offer before its preview shows (see the module docs).
#[hook]
pub fn use_signatures(
    state: &UseReducerHandle<ScorecardState>,
    storage_key: &str,
    over: &SigningOver,
) {
    let total = state.events_drained + state.events.len() as u64;
    let memory: Shared = use_mut_ref(|| Memory {
        seen: total,
        ..Memory::default()
    });
    // Each offer asks for focus on its preview, so the focus count tells offers apart.
    let waiting = state.offer.as_ref().filter(|offer| offer.unchecked);
    let key = (total, waiting.map(|_| state.focus.0));
    let (state, storage_key, over) = (state.clone(), storage_key.to_owned(), over.clone());
    let rerender = use_force_update();
    use_effect_with(key, move |_| {
        let from = std::mem::replace(&mut memory.borrow_mut().seen, total);
        for (index, event) in (state.events_drained..).zip(&state.events) {
            let Event::InterviewSubmitted {
                interview, version, ..
            } = event
            else {
                continue;
            };
            if index < from {
                continue;
            }
            let held = held(&state.doc, interview).filter(|i| i.version == *version);
            match held.and_then(rules::current_bytes) {
                Some(bytes) => {
                    let job = (interview.clone(), *version, bytes);
                    let ends = (over.clone(), rerender.clone());
                    sign_later(&state, &storage_key, &memory, job, ends);
                }
                None => over.borrow_mut().push((interview.clone(), *version)),
            }
        }
        if let Some(offer) = state.offer.as_ref().filter(|offer| offer.unchecked) {
            verify_later(&state, offer.incoming.clone());
        }
    });
}

fn sign_later(
    state: &UseReducerHandle<ScorecardState>,
    storage_key: &str,
    memory: &Shared,
    (interview, version, bytes): (String, u32, Vec<u8>),
    (over, rerender): (SigningOver, UseForceUpdateHandle),
) {
    let dispatcher = state.dispatcher();
    let (storage_key, memory) = (storage_key.to_owned(), memory.clone());
    wasm_bindgen_futures::spawn_local(async move {
        let signed = match identity(&storage_key, &memory).await {
            Some(((key, public), damaged)) => {
                if damaged {
                    dispatcher.dispatch(ScorecardMsg::View(ViewMsg::Show(Notice::Signing(
                        SigningNotice::NewKey,
                    ))));
                }
                let value = crypto::sign(&key, &bytes).await;
                value.and_then(|value| Signature::parse(&public, &value))
            }
            None => None,
        };
        let said = std::mem::replace(&mut memory.borrow_mut().said_unsigned, signed.is_none());
        // Said over only once the signature is in the state (a dispatch applies it at
        // once), so the render that sends the waiting event sees it.
        let done = (interview.clone(), version);
        match signed {
            Some(signature) => dispatcher.dispatch(ScorecardMsg::Edge(EdgeMsg::Signed {
                interview,
                version,
                signature,
            })),
            None if !said => {
                dispatcher.dispatch(ScorecardMsg::View(ViewMsg::Show(Notice::Signing(
                    SigningNotice::Unsigned,
                ))));
            }
            None => {}
        }
        over.borrow_mut().push(done);
        rerender.force_update();
    });
}

/// Checks every signature of `incoming` with Web Crypto, then reports the bad ones.
fn verify_later(state: &UseReducerHandle<ScorecardState>, incoming: Incoming) {
    let dispatcher = state.dispatcher();
    wasm_bindgen_futures::spawn_local(async move {
        let mut bad = Vec::new();
        for check in to_verify(&incoming) {
            let signature = &check.signature;
            if !crypto::verify(&signature.key, &signature.value, &check.bytes).await {
                bad.push((check.interview, check.version));
            }
        }
        dispatcher.dispatch(ScorecardMsg::Edge(EdgeMsg::Verified { incoming, bad }));
    });
}
