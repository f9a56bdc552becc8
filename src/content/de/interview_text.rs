//! In German: labels and sentences of the scorecard's interview form and candidate page.

// The candidate page.
pub const CANDIDATE_NOT_FOUND: &str =
    "Diese Person steht nicht in der Liste. Vielleicht wurde sie gelöscht.";
pub const EDIT_HEADING: &str = "Angaben zur Kandidatin oder zum Kandidaten bearbeiten";
pub const SAVE: &str = "Änderungen speichern";
pub const DELETE_HINT: &str =
    "Löschen entfernt die Person und alle ihre Interviews. Sie können es direkt danach \
     rückgängig machen.";
pub const STAGES_HEADING: &str = "Interviewphasen";
pub const STAGES_HINT: &str =
    "Führen Sie Ihr Interview in einer Phase, dann bewerten Sie alle sieben Kompetenzen. Wo die \
     Phase zu einer Kompetenz nichts gezeigt hat, wählen Sie „Kein Nachweis“.";
pub const NAME_ON_LIST: &str = "Das Namensfeld steht in der Liste der Kandidat/innen.";
pub const QUESTION_BANK: &str = "Fragenkatalog";
pub const PROBES: &str = "Liefert Nachweise zu: ";
pub const START: &str = "Interview in dieser Phase beginnen";
pub const CONTINUE: &str = "Ihren Entwurf fortsetzen";
pub const VIEW_OWN: &str = "Ihr Interview ansehen";
pub const INTERVIEWS_HEADING: &str = "Interviews mit dieser Person";
pub const NO_INTERVIEWS: &str = "Noch keine Interviews.";
pub const YOU: &str = " (Sie)";
pub const DRAFT: &str = "Entwurf";
pub const SUBMITTED: &str = "Eingereicht";
pub const VERSION: &str = ", Version ";
pub const RECOMMENDATION: &str = "Empfehlung: ";
pub const BLIND_SUBMIT_FIRST: &str =
    "Bewertungen verborgen, bis Sie Ihr eigenes Interview mit dieser Person einreichen.";
pub const BLIND_NOT_SHOWN: &str = "Bewertungen verborgen. Sie können sie unten einblenden.";
pub const SUMMARY_HEADING: &str = "Zusammenfassung";
pub const SUMMARY_SUBMIT_FIRST: &str =
    "Die Zusammenfassung und die Bewertungen der anderen Interviewer/innen bleiben verborgen, \
     bis Sie Ihr eigenes Interview mit dieser Person einreichen, damit Ihr Urteil Ihr eigenes \
     bleibt. Reichen Sie zuerst Ihres ein.";
pub const SUMMARY_NOT_INTERVIEWING: &str =
    "Sie haben kein Interview mit dieser Person. Wenn Sie sie nicht interviewen, etwa als Hiring \
     Manager, können Sie die Bewertungen einsehen. Wenn Sie sie noch interviewen werden, \
     beginnen Sie stattdessen zuerst Ihr eigenes Interview.";
pub const REVEAL: &str = "Ich interviewe diese Person nicht – Bewertungen anzeigen";
pub const EXPORT_CANDIDATE: &str = "Diese Person exportieren (JSON)";
pub const PRINT: &str = "Zusammenfassung drucken";

// The interview form.
pub const INTERVIEW_NOT_FOUND: &str =
    "Dieses Interview ist nicht vorhanden. Vielleicht wurde es verworfen oder die Person gelöscht.";
pub const INTERVIEW_HEADING: &str = "Interview: ";
pub const BY: &str = " von ";
pub const BACK_TO_CANDIDATE: &str = "Zurück zur Person";
pub const FORM_HINT: &str =
    "Bewerten Sie jede Kompetenz anhand der Anker: So sieht eine Antwort auf jeder Stufe aus. \
     Halten Sie in einer kurzen Nachweisnotiz fest, was die Person gesagt oder getan hat. Die \
     Gesamtempfehlung kommt zuletzt.";
pub const SCALE_HEADING: &str = "Die Bewertungsskala";
pub const LISTEN_FOR: &str = "Achten Sie auf:";
pub const NOTE_LABEL: &str = "Nachweisnotiz";
pub const NOTE_HINT: &str = "Jede Notiz wird gespeichert, wenn Sie ihr Feld verlassen.";
pub const DECISION_LEGEND: &str = "Gesamtempfehlung";
pub const DECISION_HINT: &str =
    "Ihre Empfehlung für diese Rolle, allein aus diesem Interview. Wenn Sie danach eine \
     Bewertung ändern, wird sie gelöscht und Sie halten sie erneut fest.";
pub const DECISION_WAITING: &str =
    "Bewerten Sie zuerst jede Kompetenz (mit einer Stufe oder „Kein Nachweis“). Noch zu bewerten: ";
pub const SUBMIT: &str = "Interview einreichen";
pub const SUBMIT_HINT: &str =
    "Das Einreichen sperrt das Interview. Um es später zu ändern, überarbeiten Sie es; dabei \
     entsteht eine neue Version, und diese bleibt im Verlauf erhalten.";
pub const DISCARD: &str = "Diesen Entwurf verwerfen";
pub const REVISION_NOTE: (&str, &str) = (
    "Dies ist eine Überarbeitung. Bis Sie sie einreichen, zählt die Zusammenfassung weiterhin \
     Version ",
    ".",
);
pub const LOCKED_NOTE: &str = "Eingereicht und gesperrt.";
pub const NOT_YOURS: &str = "Interview einer anderen Person, nur zum Lesen.";
pub const HIDDEN: &str =
    "Die Bewertungen dieses Interviews sind verborgen, bis Sie Ihr eigenes Interview mit dieser \
     Person einreichen.";
pub const NOT_SCORED: &str = "Noch nicht bewertet";
pub const NOT_RECORDED: &str = "Noch nicht festgehalten";
pub const NO_NOTE: &str = "Keine Nachweisnotiz.";
pub const REVISE: (&str, &str) = (
    "Überarbeiten (erstellt Version ",
    ", Verlauf bleibt erhalten)",
);
pub const DOWNLOAD: &str = "Dieses Interview herunterladen, um es an den Hiring Manager zu senden";
pub const DOWNLOAD_HINT: &str =
    "Der Hiring Manager importiert die Datei in der Liste der Kandidat/innen; nichts wird \
     hochgeladen.";
pub const LINK_SUMMARY: &str = "Oder einen Link statt einer Datei senden";
pub const LINK_LABEL: &str = "Link zu diesem Interview";
pub const LINK_HINT: &str =
    "Kopieren Sie den Link und senden Sie ihn. Wer ihn auf einer Seite mit dieser \
     Scorecard öffnet, importiert das Interview in seinen Browser, wie mit der Datei. Das \
     Interview steckt im Link hinter dem #, den Browser nie an einen Server senden.";
pub const HISTORY: &str = "Frühere Versionen";
pub const VERSION_LABEL: &str = "Version ";
