//! Merging the scorecards of two tabs (same origin, same `storage-key`): a three-way
//! merge against `base`, the last document both tabs agreed on (what this tab last
//! loaded or saved). Pure; the UI decides what to show.
//!
//! Record by record (a candidate by id, a role by name, an interview by id):
//! - changed on one side only: that side's version, a deletion or an addition included
//!   (a record in `base`, unchanged in ours and missing in theirs, is deleted);
//! - changed on both sides the same way: that version;
//! - changed on both sides differently: ours is kept and a [`Conflict`] carries both
//!   versions, so the UI can show them and [`take_theirs`] on request. Two interviews
//!   that are both submitted are first merged by the model's import rule
//!   (`crate::scorecard::merge_interview`: a newer submitted version wins and the older
//!   ones join its history); only what that rule refuses is a conflict.
//!
//! The merged document stays consistent: a candidate that one side deleted is kept
//! while a kept interview still names it (from whichever side has it, ours first), and
//! that is reported as a candidate conflict. Records keep ours' order, followed by the
//! records only theirs has, in their order. Conflicts are listed candidates first, then
//! roles, then interviews, each in that order.

use std::rc::Rc;

use crate::scorecard::doc::IdSet;
use crate::scorecard::{merge_interview, Candidate, Interview, Role, ScorecardDoc, Status};

/// The merged document and what the two tabs changed differently.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TabMerge {
    pub doc: ScorecardDoc,
    pub conflicts: Vec<Conflict>,
}

/// A record both tabs changed differently. `ours` and `theirs` are each side's version,
/// `None` where that side deleted it (or never had it); `doc` holds ours, except for a
/// deleted candidate kept for its interviews (see the module docs).
/// (A few conflicts at a time and short-lived: plain fields keep matching simple.)
#[allow(clippy::large_enum_variant)]
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Conflict {
    Candidate {
        id: String,
        ours: Option<Rc<Candidate>>,
        theirs: Option<Rc<Candidate>>,
    },
    Role {
        name: String,
        ours: Option<Role>,
        theirs: Option<Role>,
    },
    Interview {
        id: String,
        ours: Option<Rc<Interview>>,
        theirs: Option<Rc<Interview>>,
        /// Their copy of the interview's candidate when the merged document lacks it
        /// (ours deleted the candidate): [`take_theirs`] restores it with the interview.
        candidate: Option<Rc<Candidate>>,
    },
}

/// Merges the two tabs' documents by the rules in the module docs.
pub fn merge_tabs(base: &ScorecardDoc, ours: &ScorecardDoc, theirs: &ScorecardDoc) -> TabMerge {
    let mut interview_conflicts = Vec::new();
    let interviews = merge_records(
        [&base.interviews, &ours.interviews, &theirs.interviews],
        |interview| &interview.id,
        |id, [b, o, t]| merge_interview_record(id, b, o, t, &mut interview_conflicts),
    );
    let needed = IdSet::new(interviews.iter().map(|i| i.candidate_id.as_str()));
    let mut conflicts = Vec::new();
    let candidates = merge_records(
        [&base.candidates, &ours.candidates, &theirs.candidates],
        |candidate| &candidate.id,
        |id, [b, o, t]| {
            let kept = match three_way(b, o, t) {
                Outcome::Take(kept @ Some(_)) => return kept.cloned(),
                Outcome::Take(None) if !needed.contains(id) => return None,
                Outcome::Take(None) => o.or(t),
                Outcome::Differ if needed.contains(id) => o.or(t),
                Outcome::Differ => o,
            };
            let (ours, theirs) = (o.cloned(), t.cloned());
            if ours.is_some() || theirs.is_some() {
                let id = id.to_owned();
                conflicts.push(Conflict::Candidate { id, ours, theirs });
            }
            kept.cloned()
        },
    );
    let roles = merge_records(
        [&base.roles, &ours.roles, &theirs.roles],
        |role| &role.name,
        |name, [b, o, t]| match three_way(b, o, t) {
            Outcome::Take(kept) => kept.cloned(),
            Outcome::Differ => {
                let (name, ours, theirs) = (name.to_owned(), o.cloned(), t.cloned());
                conflicts.push(Conflict::Role { name, ours, theirs });
                o.cloned()
            }
        },
    );
    let present = IdSet::new(candidates.iter().map(|c| c.id.as_str()));
    for conflict in &mut interview_conflicts {
        if let Conflict::Interview {
            theirs: Some(interview),
            candidate,
            ..
        } = conflict
        {
            let id = interview.candidate_id.as_str();
            if !present.contains(id) {
                *candidate = theirs.candidates.iter().find(|c| c.id == id).cloned();
            }
        }
    }
    conflicts.append(&mut interview_conflicts);
    TabMerge {
        doc: ScorecardDoc {
            candidates,
            roles,
            interviews,
        },
        conflicts,
    }
}

fn merge_interview_record(
    id: &str,
    b: Option<&Rc<Interview>>,
    o: Option<&Rc<Interview>>,
    t: Option<&Rc<Interview>>,
    conflicts: &mut Vec<Conflict>,
) -> Option<Rc<Interview>> {
    match three_way(b, o, t) {
        Outcome::Take(kept) => return kept.cloned(),
        Outcome::Differ => {}
    }
    if let (Some(mine), Some(other)) = (o, t) {
        let submitted = |interview: &Interview| interview.status == Status::Submitted;
        if submitted(mine) && submitted(other) {
            let mut merged = vec![Rc::clone(mine)];
            if merge_interview(&mut merged, Interview::clone(other)).is_ok() {
                return merged.pop();
            }
        }
    }
    conflicts.push(Conflict::Interview {
        id: id.to_owned(),
        ours: o.cloned(),
        theirs: t.cloned(),
        candidate: None,
    });
    o.cloned()
}

/// What a three-way comparison of one record found.
enum Outcome<'a, T> {
    /// The version to keep; `None` for none.
    Take(Option<&'a T>),
    /// Both sides changed it, differently.
    Differ,
}

fn three_way<'a, T: PartialEq>(
    base: Option<&'a T>,
    ours: Option<&'a T>,
    theirs: Option<&'a T>,
) -> Outcome<'a, T> {
    if ours == theirs || theirs == base {
        Outcome::Take(ours)
    } else if ours == base {
        Outcome::Take(theirs)
    } else {
        Outcome::Differ
    }
}

/// Each key of `[base, ours, theirs]`, ours' keys first and then those only theirs
/// has, merged by `merge` from the three versions (`None` where a side lacks it).
fn merge_records<'a, T>(
    [base, ours, theirs]: [&'a [T]; 3],
    key: fn(&T) -> &str,
    mut merge: impl FnMut(&'a str, [Option<&'a T>; 3]) -> Option<T>,
) -> Vec<T> {
    let index = |records: &'a [T]| -> IdSet<'a> { IdSet::new(records.iter().map(key)) };
    let sides = [
        (index(base), base),
        (index(ours), ours),
        (index(theirs), theirs),
    ];
    let only_theirs = theirs
        .iter()
        .filter(|record| !sides[1].0.contains(key(record)));
    let mut merged = Vec::with_capacity(ours.len());
    for record in ours.iter().chain(only_theirs) {
        let id = key(record);
        let versions = sides
            .each_ref()
            .map(|(index, records)| index.position(id).map(|at| &records[at]));
        merged.extend(merge(id, versions));
    }
    merged
}

/// Whether `a` and `b` hold the same records, in any order: a merge that differs from
/// theirs in order only is theirs (nothing to write back, so two tabs settle).
pub fn same_records(a: &ScorecardDoc, b: &ScorecardDoc) -> bool {
    same_set(&a.candidates, &b.candidates, |c| &c.id)
        && same_set(&a.roles, &b.roles, |role| &role.name)
        && same_set(&a.interviews, &b.interviews, |i| &i.id)
}

fn same_set<T: PartialEq>(a: &[T], b: &[T], key: fn(&T) -> &str) -> bool {
    if a.len() != b.len() {
        return false;
    }
    let index = IdSet::new(b.iter().map(key));
    index.first_repeat().is_none()
        && IdSet::new(a.iter().map(key)).first_repeat().is_none()
        && a.iter().all(|record| {
            let theirs = index.position(key(record)).map(|at| &b[at]);
            theirs == Some(record)
        })
}

/// Replaces the conflicting record in `doc` with their version: inserts it (at the end)
/// when `doc` lacks it, removes it when they deleted it. Taking their deletion of a
/// candidate removes the candidate's interviews too; taking their interview restores
/// the candidate the conflict carries when `doc` lacks it.
pub fn take_theirs(doc: &mut ScorecardDoc, conflict: &Conflict) {
    match conflict {
        Conflict::Candidate { id, theirs, .. } => match theirs {
            Some(candidate) => put(&mut doc.candidates, candidate, |c| &c.id),
            None => {
                doc.candidates.retain(|candidate| candidate.id != *id);
                doc.interviews
                    .retain(|interview| interview.candidate_id != *id);
            }
        },
        Conflict::Role { name, theirs, .. } => match theirs {
            Some(role) => put(&mut doc.roles, role, |role| &role.name),
            None => doc.roles.retain(|role| role.name != *name),
        },
        Conflict::Interview {
            id,
            theirs,
            candidate,
            ..
        } => match theirs {
            Some(interview) => {
                if let Some(candidate) = candidate {
                    if !doc.candidates.iter().any(|c| c.id == candidate.id) {
                        doc.candidates.push(candidate.clone());
                    }
                }
                put(&mut doc.interviews, interview, |i| &i.id);
            }
            None => doc.interviews.retain(|interview| interview.id != *id),
        },
    }
}

/// Replaces the record with `record`'s key, or appends `record`.
fn put<T: Clone>(records: &mut Vec<T>, record: &T, key: fn(&T) -> &str) {
    match records.iter_mut().find(|kept| key(kept) == key(record)) {
        Some(slot) => *slot = record.clone(),
        None => records.push(record.clone()),
    }
}
