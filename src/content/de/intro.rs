//! Title screens of the two modes in German, written from the hiring guide.

use crate::content::intro::ModeIntro;

/// The quiz's title screen.
pub const QUIZ: ModeIntro = ModeIntro {
    eyebrow: "Backend-Readiness-Check",
    title: "Ist Ihr Backend bereit für Wachstum?",
    lede: "Backend-Arbeit wird oft erst angegangen, wenn etwas kaputtgeht: APIs werden \
           langsam, Daten stimmen nicht mehr, Releases werden riskant, Integrationen \
           schmerzen. Dann ist die Architektur womöglich schon verbogen. Ein paar Fragen \
           zu Ihrem Produkt zeigen, ob es seinem Backend entwachsen ist und ob jetzt ein \
           Backend-Entwickler oder eine Backend-Entwicklerin ins Team kommen sollte.",
    points_heading: "Was der Check betrachtet",
    points: &[
        "Ob das Produkt bei Nutzern, Daten oder Integrationen über sein MVP hinauswächst",
        "Symptome: langsame APIs, unzuverlässige Daten, Instabilität, mühsame Integrationen",
        "Prioritäten bei Skalierung und Performance, Pflichten bei Sicherheit und Compliance",
        "Ihre interne technische Führung und Ihre Time-to-Market",
    ],
    privacy: "Ihre Antworten bleiben in diesem Browser. Nichts wird irgendwohin gesendet.",
};

/// The scorecard's title screen.
pub const SCORECARD: ModeIntro = ModeIntro {
    eyebrow: "Scorecard für strukturierte Interviews",
    title: "Backend-Kandidat/innen nach Nachweisen bewerten, nicht nach Syntax",
    lede: "Eine Programmiersprache zu beherrschen ist noch kein Architekturverständnis. \
           Befragen Sie alle Kandidat/innen zu denselben Kompetenzen, bewerten Sie jede \
           anhand schriftlicher Verhaltensanker, halten Sie die Interviewer/innen \
           unabhängig voneinander und treffen Sie die Einstellungsentscheidung zuletzt.",
    points_heading: "Was die Scorecard abdeckt",
    points: &[
        "Systemdesign und Denken in Skalierbarkeit",
        "Datenbank-Know-how, APIs und Integrationen",
        "Cloud, Infrastruktur und Deployment",
        "Security-First-Engineering",
        "Kommunikation, Teamfit und Praxiserfahrung",
    ],
    privacy: "Kandidat/innen und Bewertungen bleiben in diesem Browser. Nichts wird \
              irgendwohin gesendet.",
};
