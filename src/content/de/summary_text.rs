//! In German: labels and sentences of the scorecard's summary, radar chart, comparison and
//! calibration screens.

use crate::content::scorecard::COMPETENCY_COUNT;

// Radar chart

/// Short competency labels for the chart's spokes, in `COMPETENCIES` order.
pub const RADAR_LABELS: [&str; COMPETENCY_COUNT] = [
    "Systemdesign",
    "Datenbanken",
    "APIs",
    "Infrastruktur",
    "Sicherheit",
    "Kommunikation",
    "Erfahrung",
];
/// Followed by the competencies drawn at the centre.
pub const RADAR_MISSING: &str = "Noch nicht bewertet, daher in der Mitte des Diagramms \
                                 gezeichnet: ";

// Candidate summary

pub const SUMMARY_HEADING: &str = "Zusammenfassung";
pub const SUBMITTED_COUNT: &str = "Eingereichte Interviews: ";
pub const NOTHING_SUBMITTED: &str =
    "Noch kein Interview mit dieser Person ist eingereicht, daher gibt es nichts \
     zusammenzurechnen. Entwürfe zählen nie.";
pub const DECISIONS_HEADING: &str = "Empfehlungen";
pub const DECISIONS_HINT: &str =
    "Wie viele eingereichte Interviews welche Entscheidung empfehlen. Sie werden getrennt von \
     den Bewertungen gezählt und gehen nicht in den Gesamtwert ein.";
pub const RATINGS_HEADING: &str = "Bewertungen";
pub const RATINGS_CAPTION: &str = "Bewertungen je Kompetenz aus den eingereichten Interviews";
pub const COL_COMPETENCY: &str = "Kompetenz";
pub const COL_MEAN: &str = "Mittelwert (1 bis 4)";
pub const COL_RATINGS: &str = "Bewertungen";
pub const COL_NO_EVIDENCE: &str = "Kein Nachweis";
pub const COL_RATERS: &str = "Interviewer/innen";
pub const COL_RANGE: &str = "Niedrigste bis höchste";
/// A mean, overall score or range nobody's ratings give yet.
pub const NOT_RATED: &str = "Nicht bewertet";
pub const RANGE_TO: &str = " bis ";
/// Around the candidate's name, as the chart's label.
pub const SUMMARY_RADAR_LABEL: (&str, &str) = (
    "Netzdiagramm der Kompetenz-Mittelwerte von ",
    ", auf der Skala von 1 bis 4. Die Bewertungstabelle enthält dieselben Zahlen.",
);

pub const FORMULA_HEADING: &str = "Gesamtwert";
pub const OVERALL: &str = "Gesamtwert: ";
pub const NO_OVERALL: &str =
    "Noch kein Gesamtwert: Keine Kompetenz mit einer Gewichtung über 0 hat eine Bewertung.";
pub const FORMULA_CAPTION: &str = "So wird der Gesamtwert berechnet";
pub const COL_WEIGHT: &str = "Gewichtung";
pub const COL_PRODUCT: &str = "Gewichtung × Mittelwert";
/// In the product column of a competency nobody rated.
pub const LEFT_OUT: &str = "Nicht berücksichtigt";
pub const SUM_ROW: &str = "Summen über die bewerteten Kompetenzen";
/// Followed by "sum of products ÷ sum of weights = overall".
pub const FORMULA_LINE: &str = "Gesamtwert = ";

pub const FLAGS_HEADING: &str = "Hinweise";
pub const FLAGS_HINT: &str =
    "Punkte, die Sie vor der Entscheidung prüfen sollten. Ein Hinweis ist kein Urteil: Er zeigt \
     fehlende oder widersprüchliche Nachweise.";
pub const NO_FLAGS: &str =
    "Keine Hinweise: Jede Kompetenz wurde von mindestens zwei Interviewer/innen bewertet, die \
     höchstens eine Stufe auseinanderliegen, und keiner der typischen Einstellungsfehler zeigt \
     sich.";
pub const NO_FLAGS_YET: &str =
    "Noch keine Hinweise. Hinweise zu den Nachweisen erscheinen, sobald ein Interview \
     eingereicht ist.";
pub const FLAG_COMPETENCY: &str = "Kompetenz: ";
pub const FLAG_RANGE: (&str, &str) = ("Niedrigste Bewertung: ", "; höchste Bewertung: ");
pub const FLAG_RATERS: &str = "Interviewer/innen, die sie bewertet haben: ";

/// Around the role's name.
pub const WEIGHTS_HEADING: (&str, &str) = ("Gewichtungen der Rolle „", "“");
pub const WEIGHTS_HINT: &str =
    "Gewichtungen werden vorab festgelegt, vor den Interviews, und gelten für alle \
     Kandidat/innen dieser Rolle: Wer hier eine ändert, ändert den Gesamtwert aller. Eine \
     Gewichtung von 0 nimmt eine Kompetenz aus dem Gesamtwert heraus.";
pub const WEIGHTS_LEGEND: &str = "Gewichtung je Kompetenz, eine ganze Zahl von 0 bis 1000";
pub const WEIGHT_TOTAL: &str = "Summe der Gewichtungen: ";
pub const PRESETS_LEGEND: &str = "Oder mit der Vorlage für eine Rollenstufe beginnen";
/// Around a role level's label, on the preset buttons.
pub const USE_PRESET: (&str, &str) = ("Vorlage ", " verwenden");
pub const PRESET_IN_USE: &str = "In Verwendung. ";

// Comparison

pub const COMPARE_HEADING: &str = "Kandidat/innen vergleichen";
pub const COMPARE_CAPTION: &str = "Kompetenz-Mittelwerte und Gesamtwert je Person";
pub const OVERALL_ROW: &str = "Gesamtwert";
/// Around the role's name.
pub const COMPARE_WEIGHTS: (&str, &str) = (
    "Alle Personen hier werden mit den Gewichtungen der Rolle „",
    "“ bewertet, der Rolle der zuerst ausgewählten Person, damit die Gesamtwerte vergleichbar \
     sind.",
);
pub const COMPARE_MIXED_ROLES: &str =
    " Die ausgewählten Personen haben sich auf verschiedene Rollen beworben: Alle werden mit \
     diesen Gewichtungen bewertet, nicht mit denen ihrer eigenen Rolle.";
pub const COMPARE_HIDDEN_HEADING: &str = "Nicht im Vergleich";
/// After the candidate's name.
pub const COMPARE_HIDDEN_REASON: &str =
    ": Sie haben ein Interview mit dieser Person, das noch nicht eingereicht ist. Die \
     Bewertungen anderer Interviewer/innen bleiben verborgen, bis Sie Ihres einreichen, damit \
     Ihr Urteil Ihr eigenes bleibt.";
pub const COMPARE_TOO_FEW: &str = "Weniger als zwei der ausgewählten Personen können angezeigt \
                                   werden. ";
pub const COMPARE_RADAR_LABEL: &str =
    "Netzdiagramm, das die Kompetenz-Mittelwerte der Kandidat/innen auf der Skala von 1 bis 4 \
     vergleicht. Die Tabelle enthält dieselben Zahlen.";

// Calibration

pub const CALIBRATION_HEADING: &str = "Kalibrierung der Interviewer/innen";
pub const CALIBRATION_PURPOSE: &str =
    "Die Kalibrierung stellt die Verteilung der Bewertungen jeder Interviewerin und jedes \
     Interviewers neben die des ganzen Teams. So fällt auf, wer durchweg höher oder niedriger \
     bewertet als das Team, und Sie können die Anker gemeinsam durchsprechen. Sie ist kein \
     Grund, die Bewertungen anderer zu übergehen: Interviewer/innen haben vielleicht einfach \
     unterschiedliche Kandidat/innen erlebt.";
pub const CALIBRATION_AUDIENCE: &str =
    "Sie zeigt die Bewertungen aller und ist daher für den Hiring Manager gedacht, sobald die \
     Interviews eingereicht sind. Entwürfe zählen nicht; jedes Interview zählt mit seiner \
     neuesten eingereichten Version.";
/// With the threshold (e.g. "0.50") between the parts.
pub const LEAN_EXPLANATION: [&str; 3] = [
    "Die Abweichung ist die mittlere Bewertung einer Person minus der des Teams. Bei +",
    " oder mehr gilt die Person als mild, bei -",
    " oder weniger als streng, dazwischen als im Rahmen.",
];
pub const SHARES_HINT: &str =
    "Die Anteile je Stufe sind Prozentsätze der Bewertungen von 1 bis 4 einer Person; „Kein \
     Nachweis“ ist ein Prozentsatz aller von ihr vergebenen Bewertungen.";
pub const CALIBRATION_BLIND: &str =
    "Sie haben ein Interview, das noch nicht eingereicht ist. Die Kalibrierung zeigt, wie \
     alle Interviewer/innen bewerten, und bleibt deshalb verborgen, bis Sie es einreichen: \
     Ihre Bewertung soll Ihre eigene sein.";
pub const NO_CALIBRATION: &str = "Noch kein Interview ist eingereicht, daher gibt es nichts zu \
                                  kalibrieren.";
pub const CALIBRATION_CAPTION: &str =
    "Verteilung der Bewertungen je Interviewer/in über die eingereichten Interviews";
pub const COL_INTERVIEWER: &str = "Interviewer/in";
pub const COL_RATED: &str = "Bewertungen 1 bis 4";
pub const COL_LEAN: &str = "Abweichung zum Team";
pub const COL_TENDENCY: &str = "Tendenz";
pub const TEAM_ROW: &str = "Ganzes Team";
pub const TEAM_TENDENCY: &str = "Referenz";
pub const LENIENT: &str = "Mild: bewertet höher als das Team";
pub const SEVERE: &str = "Streng: bewertet niedriger als das Team";
pub const IN_LINE: &str = "Im Rahmen des Teams";
pub const NOT_ENOUGH_DATA: &str = "Zu wenige Daten";
/// A share or mean that cannot be computed for lack of ratings.
pub const NO_FIGURE: &str = "Keine";
