//! Role links: the quiz's recommendation (the skills to prioritise, the seniority to
//! hire first, the hiring model) as a compact string the scorecard turns into a role
//! draft (`super::role_draft`), and back.
//!
//! Format `v1;skills:<skill>,<skill>;seniority:<seniority>;model:<model>`, with the
//! recommendation's short ids (the part after `skill.`, `seniority.`, `model.`), skills
//! strongest first, e.g. `v1;skills:data,architecture;seniority:lead-first;model:in-house`.
//! It travels as the URL fragment `#br-role=<string>` across pages or browsers, and under
//! the same storage key on one origin (`<storage-key>:role-draft`). Every character is
//! allowed in a URL fragment as is.
//!
//! Reading is as strict as the share link's (`crate::quiz::share`): a version this build
//! does not know, an unknown field or id, a field or skill given twice, a missing field,
//! more than [`MAX_LINK_SKILLS`] skills or more than [`MAX_ROLE_LINK_LEN`] bytes are
//! refused with their [`RoleLinkError`], and nothing is guessed. The ids are the quiz
//! content's stable ids (`crate::content::quiz::advice`; a test holds them equal), kept
//! here so the scorecard build reads a link without the quiz's texts.

/// The version marker this build writes and reads.
pub const ROLE_LINK_VERSION: &str = "v1";

/// Longest string [`decode_role`] reads, in bytes: far above any link this build
/// writes (about 80 bytes), so only a damaged or hostile one is refused.
pub const MAX_ROLE_LINK_LEN: usize = 256;

/// Most skills a link carries: the recommendation lists at most three.
pub const MAX_LINK_SKILLS: usize = 3;

/// The skills the recommendation can prioritise, by their quiz content ids.
pub const SKILL_IDS: [&str; 6] = [
    "skill.security",
    "skill.data",
    "skill.performance",
    "skill.integrations",
    "skill.infrastructure",
    "skill.architecture",
];

/// The seniority mixes the recommendation can advise.
pub const SENIORITY_IDS: [&str; 3] = [
    "seniority.lead-first",
    "seniority.add-capacity",
    "seniority.juniors-next",
];

/// The hiring models the recommendation can advise.
pub const MODEL_IDS: [&str; 3] = ["model.in-house", "model.dedicated", "model.hybrid"];

/// What a role link carries: content ids of the quiz's recommendation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RoleLink {
    /// `SKILL_IDS` entries, strongest first; one to [`MAX_LINK_SKILLS`], no repeats.
    pub skills: Vec<&'static str>,
    /// A `SENIORITY_IDS` entry.
    pub seniority: &'static str,
    /// A `MODEL_IDS` entry.
    pub model: &'static str,
}

/// Why a role link could not be read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RoleLinkError {
    /// Longer than [`MAX_ROLE_LINK_LEN`].
    TooLong,
    /// Does not start with a version marker.
    MissingVersion,
    /// Written by a newer (or unknown) version of the format.
    UnsupportedVersion,
    /// A part is not `<field>:<value>[,<value>...]`.
    Malformed,
    /// A field other than `skills`, `seniority` and `model`.
    UnknownField,
    /// The same field twice.
    DuplicateField,
    /// `skills`, `seniority` or `model` is not there.
    MissingField,
    /// A skill, seniority or model id that does not exist.
    UnknownValue,
    /// The same skill twice, or several seniorities or models.
    DuplicateValue,
    /// More than [`MAX_LINK_SKILLS`] skills.
    TooManySkills,
}

/// The recommendation's content ids (skills strongest first, as the quiz gives them) as
/// a role link string. An id of another group is written as it is, and the reader
/// refuses it.
pub fn encode_role(skills: &[&str], seniority: &str, model: &str) -> String {
    let mut out = String::from(ROLE_LINK_VERSION);
    out.push_str(";skills");
    for (index, skill) in skills.iter().enumerate() {
        out.push(if index == 0 { ':' } else { ',' });
        out.push_str(short(skill, "skill."));
    }
    out.push_str(";seniority:");
    out.push_str(short(seniority, "seniority."));
    out.push_str(";model:");
    out.push_str(short(model, "model."));
    out
}

fn short<'a>(id: &'a str, prefix: &str) -> &'a str {
    id.strip_prefix(prefix).unwrap_or(id)
}

/// Reads a role link string (without `#br-role=`).
pub fn decode_role(encoded: &str) -> Result<RoleLink, RoleLinkError> {
    if encoded.len() > MAX_ROLE_LINK_LEN {
        return Err(RoleLinkError::TooLong);
    }
    let mut parts = encoded.split(';');
    check_version(parts.next().unwrap_or(""))?;
    let (mut skills, mut seniority, mut model) = (None, None, None);
    for part in parts {
        let (field, values) = part.split_once(':').ok_or(RoleLinkError::Malformed)?;
        let slot = match field {
            "skills" => &mut skills,
            "seniority" => &mut seniority,
            "model" => &mut model,
            _ => return Err(RoleLinkError::UnknownField),
        };
        if slot.replace(values).is_some() {
            return Err(RoleLinkError::DuplicateField);
        }
    }
    let missing = RoleLinkError::MissingField;
    Ok(RoleLink {
        skills: read_skills(skills.ok_or(missing)?)?,
        seniority: read_one(seniority.ok_or(missing)?, "seniority.", &SENIORITY_IDS)?,
        model: read_one(model.ok_or(missing)?, "model.", &MODEL_IDS)?,
    })
}

fn check_version(marker: &str) -> Result<(), RoleLinkError> {
    let (unsupported, missing) = (
        RoleLinkError::UnsupportedVersion,
        RoleLinkError::MissingVersion,
    );
    crate::codec::marker::check_version(marker, ROLE_LINK_VERSION, unsupported, missing)
}

fn read_skills(values: &str) -> Result<Vec<&'static str>, RoleLinkError> {
    let mut skills: Vec<&'static str> = Vec::new();
    for value in values.split(',') {
        let skill = known(value, "skill.", &SKILL_IDS)?;
        if skills.contains(&skill) {
            return Err(RoleLinkError::DuplicateValue);
        }
        if skills.len() == MAX_LINK_SKILLS {
            return Err(RoleLinkError::TooManySkills);
        }
        skills.push(skill);
    }
    Ok(skills)
}

fn read_one(
    values: &str,
    prefix: &str,
    ids: &[&'static str],
) -> Result<&'static str, RoleLinkError> {
    if values.contains(',') {
        return Err(RoleLinkError::DuplicateValue);
    }
    known(values, prefix, ids)
}

/// The full id whose short form is `value`.
fn known(value: &str, prefix: &str, ids: &[&'static str]) -> Result<&'static str, RoleLinkError> {
    if value.is_empty() {
        return Err(RoleLinkError::Malformed);
    }
    ids.iter()
        .copied()
        .find(|id| id.strip_prefix(prefix) == Some(value))
        .ok_or(RoleLinkError::UnknownValue)
}
