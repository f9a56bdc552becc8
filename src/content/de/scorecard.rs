//! The candidate scorecard in German: competencies, rating scale, stages and their
//! question banks, decisions, role levels, flags, the formula explanation and the presets'
//! rationales. Every locale has the same items with the same ids; only the texts differ.

use crate::content::scorecard::{
    ask, Competency, DecisionText, FlagText, RoleLevelText, ScaleLevel, Stage, WeightPreset,
    API_INTEGRATION, API_SCENARIOS, ARCHITECTURE_CASE_STUDY, COMMUNICATION, COMPETENCY_COUNT,
    DATABASE, DATABASE_MODELLING, EXPERIENCE, INFRASTRUCTURE, INFRASTRUCTURE_AWARENESS,
    JUNIOR_WEIGHTS, LEAD_WEIGHTS, MID_WEIGHTS, PORTFOLIO_WALKTHROUGH, SECURITY, SENIOR_WEIGHTS,
    SYSTEM_DESIGN,
};

/// The competencies, in display order. Ratings are stored in this order.
pub static COMPETENCIES: [Competency; COMPETENCY_COUNT] = [
    Competency {
        id: SYSTEM_DESIGN,
        label: "Systemdesign und Denken in Skalierbarkeit",
        why: "Wer in Systemen denkt, hält ein wachsendes Produkt modular, statt es verwuchern zu \
              lassen.",
        look_for: &[
            "Zerlegt ein System in Teile mit jeweils einer klaren Aufgabe",
            "Zieht klare API-Grenzen zwischen diesen Teilen",
            "Wägt eine einzelne deploybare Anwendung gegen verteilte Services für dieses Produkt \
             ab, nicht abstrakt",
            "Erkennt wahrscheinliche Engpässe, bevor sie schaden, und sagt, wie sie sich \
             entschärfen lassen",
        ],
        anchors: [
            "Springt direkt zu Tools oder Frameworks, zeichnet einen Kasten für alles und kann \
             nicht sagen, wo sich Last oder Fehler konzentrieren werden.",
            "Nennt sinnvolle Komponenten, lässt ihre Grenzen aber vage und spricht über \
             Abwägungen nur auf Nachfrage.",
            "Trennt Zuständigkeiten hinter klaren Schnittstellen, wählt Monolith oder Services \
             aus genannten Gründen und findet den wichtigsten Engpass ohne Hinweis.",
            "Entwirft für die nächste Wachstumsstufe samt Weg dorthin, schätzt die Last ab und \
             sagt, was bewusst einfach bleiben soll.",
        ],
    },
    Competency {
        id: DATABASE,
        label: "Datenbank-Know-how",
        why: "Backends scheitern am häufigsten an der Datenschicht, und Datenfehler werden mit \
              wachsendem Volumen teurer.",
        look_for: &[
            "Wählt zwischen SQL und NoSQL nach der Struktur der Daten und danach, wie sie \
             gelesen werden",
            "Plant Indizes und liest Ausführungspläne, um langsame Abfragen schnell zu machen",
            "Weiß, wann Transaktionen und ACID-Garantien nötig sind und was sie kosten",
            "Modelliert Schemas, die neue Beziehungen aufnehmen können, während das Produkt wächst",
        ],
        anchors: [
            "Behandelt die Datenbank als Blackbox: kein Indexkonzept, keine Haltung zu \
             Konsistenz, Tabellen von den Bildschirmmasken abgeschrieben.",
            "Liefert ein brauchbares Schema und weiß, dass Indizes wichtig sind, übersieht aber \
             Grenzfälle bei Nebenläufigkeit oder das Wachstum des Datenvolumens.",
            "Modelliert Beziehungen bewusst, indiziert für die tatsächlichen Abfragen und fasst \
             Änderungen, die gemeinsam gelingen müssen, in Transaktionen.",
            "Sieht voraus, wie sich Beziehungen und Volumen ändern, plant Migrationen und \
             Lesepfade und belegt Abwägungen beim Speichern mit Zahlen.",
        ],
    },
    Competency {
        id: API_INTEGRATION,
        label: "API- und Integrationskompetenz",
        why: "Backend-Entwickler/innen entscheiden, wie Systeme miteinander sprechen, und \
              fragile Integrationen machen ein Produkt schwer erweiterbar.",
        look_for: &[
            "Entwirft REST- und GraphQL-APIs und weiß, wann was passt",
            "Versioniert APIs und setzt Rate Limits, ohne Clients zu brechen",
            "Sichert Endpunkte mit solider Authentifizierung und Autorisierung ab",
            "Baut Integrationen mit Drittanbietern, die Timeouts, Wiederholungen und Ausfälle \
             überstehen",
        ],
        anchors: [
            "Beschreibt Endpunkte als Datenbanktabellen über HTTP, ohne an Versionierung, Limits \
             oder einen ausfallenden Partner zu denken.",
            "Entwirft brauchbare Endpunkte mit einfachen Login-Prüfungen, geht aber davon aus, \
             dass Aufrufe bei Drittanbietern immer gelingen, und verschiebt Versionierung auf \
             später.",
            "Schneidet Ressourcen auf ihre Clients zu, plant Versionierung und Rate Limits, \
             trennt Authentifizierung von Autorisierung und fängt Ausfälle von Partnern ab.",
            "Entwirft Verträge, auf die sich andere Teams verlassen können: sichere \
             Wiederholungen, klare Abkündigungswege und Integrationen, die kontrolliert \
             weiterlaufen, wenn ein Partner ausfällt.",
        ],
    },
    Competency {
        id: INFRASTRUCTURE,
        label: "Cloud, Infrastruktur und Deployment",
        why: "Backend-Arbeit überschneidet sich heute mit Infrastruktur, und diese \
              Überschneidung entscheidet, wie robust und wartbar Services sind.",
        look_for: &[
            "Hat mit einer Cloud-Plattform wie AWS, Google Cloud oder Azure gearbeitet",
            "Paketiert und betreibt Services mit Containern und Orchestrierung, etwa Docker und \
             Kubernetes",
            "Liefert über CI/CD-Pipelines mit automatisierten Deployments aus",
            "Überwacht Services und handelt nach dem, was das Monitoring zeigt",
        ],
        anchors: [
            "Sieht Deployment als Aufgabe anderer und kann nicht sagen, wie Code in Produktion \
             gelangt oder woran ein Ausfall zu bemerken wäre.",
            "Hat Container und eine von anderen eingerichtete Pipeline genutzt, ist aber \
             unsicher bei Skalierung, Rollbacks oder Alerting.",
            "Erklärt, wie Code vom Commit in Produktion gelangt, wie er skaliert und \
             zurückgerollt wird und welche Metriken und Alarme einzurichten wären.",
            "Gestaltet die Plattform für das ganze Team: reproduzierbare Umgebungen, sichere \
             Release-Strategien und Monitoring, das sich an der Erfahrung der Nutzer \
             orientiert.",
        ],
    },
    Competency {
        id: SECURITY,
        label: "Security-First-Engineering",
        why: "Sicherheit gehört ins Fundament; am Ende ergänzt, hinterlässt sie Lücken bei \
              sensiblen Daten.",
        look_for: &[
            "Baut Authentifizierung von Anfang an ein",
            "Validiert jede Eingabe an der Grenze des Systems",
            "Verschlüsselt Daten bei der Übertragung und im Ruhezustand und hält Geheimnisse aus \
             dem Code heraus",
            "Durchdenkt wahrscheinliche Bedrohungen und wie sie sich abwehren lassen",
        ],
        anchors: [
            "Spricht Sicherheit nur auf Nachfrage an, und dann als Feature für später; vertraut \
             allem, was der Client sendet.",
            "Kennt die üblichen Maßnahmen wie gehashte Passwörter, HTTPS und Eingabeprüfungen, \
             wendet sie aber uneinheitlich an und kann die wichtigsten Bedrohungen nicht \
             benennen.",
            "Baut Authentifizierung, Validierung und Verschlüsselung von Anfang an ins Design \
             ein und benennt die wahrscheinlichen Bedrohungen samt Gegenmaßnahmen.",
            "Denkt wie ein Angreifer, plant minimale Rechte und Audit-Trails von vornherein ein \
             und wägt bei sensiblen oder regulierten Daten Risiko gegen Kosten ab.",
        ],
    },
    Competency {
        id: COMMUNICATION,
        label: "Kommunikation und Zusammenarbeit",
        why: "Die Backend-Logik muss zu dem passen, was Kolleg/innen aus Frontend, Produkt und \
              DevOps brauchen, und das erfordert Gespräche.",
        look_for: &[
            "Stimmt Schnittstellen und Verträge mit Frontend-Entwickler/innen ab",
            "Übersetzt Produktziele in Backend-Entscheidungen und erklärt Abwägungen auch \
             Menschen, die nicht programmieren",
            "Arbeitet mit DevOps daran, wie Services ausgeliefert und betrieben werden",
        ],
        anchors: [
            "Ist schwer zu verstehen, wischt Fragen aus anderen Rollen beiseite und entscheidet \
             lieber allein.",
            "Ist gegenüber anderen Entwickler/innen klar, verliert aber Zuhörer aus Produkt oder \
             Frontend und prüft selten, ob eine Backend-Entscheidung dem Geschäftsziel dient.",
            "Passt Erklärungen an das Gegenüber an, fragt zuerst nach dem Produktziel und \
             beschreibt, wie Schnittstellen mit Frontend und DevOps abgestimmt wurden.",
            "Führt verschiedene Teams zu einer gemeinsamen Entscheidung, dokumentiert \
             Entscheidungen, auf denen andere aufbauen können, und verknüpft technische \
             Entscheidungen von sich aus mit Geschäftsergebnissen.",
        ],
    },
    Competency {
        id: EXPERIENCE,
        label: "Praxiserfahrung",
        why: "Was jemand tatsächlich gebaut und entschieden hat, sagt mehr über das \
              Urteilsvermögen als ein Lebenslauf.",
        look_for: &[
            "Erläutert Architekturentscheidungen aus früheren Projekten und wie sie sich bewährt \
             haben",
            "Zeigt ein Portfolio von Systemen, die selbst gebaut oder maßgeblich geprägt wurden",
            "Teilt Codebeispiele und erklärt die Entscheidungen darin",
        ],
        anchors: [
            "Spricht allgemein oder nur darüber, was das Team getan hat, und kann keine eigene \
             Entscheidung und keinen eigenen Code vorweisen.",
            "Hat passende Projekte, beschreibt aber eher, was gebaut wurde, als warum, und sagt \
             wenig darüber, was schiefging.",
            "Erläutert konkrete eigene Entscheidungen, die Alternativen und die Ergebnisse, mit \
             Code oder Entwürfen zum Zeigen.",
            "Zeigt Entscheidungen, die sich im Wachstum bewährt haben, reflektiert Fehler \
             ehrlich und erklärt, was heute anders gemacht würde.",
        ],
    },
];

/// The rating scale, weak (1) to exceptional (4), in that order.
pub static RATING_LEVELS: [ScaleLevel; 4] = [
    ScaleLevel {
        id: "weak",
        label: "Schwach",
        meaning: "Deutliche Lücken für diese Rolle, selbst mit Hilfestellung.",
    },
    ScaleLevel {
        id: "mixed",
        label: "Gemischt",
        meaning: "Einige solide Punkte und einige Lücken; erfüllt die Anforderungen teilweise.",
    },
    ScaleLevel {
        id: "strong",
        label: "Stark",
        meaning: "Erfüllt die Anforderungen dieser Rolle, mit klaren Nachweisen.",
    },
    ScaleLevel {
        id: "exceptional",
        label: "Herausragend",
        meaning: "Deutlich über den Anforderungen; würde das Niveau des Teams heben.",
    },
];

/// The choice for a competency the interview did not show. Left out of every average.
pub const NO_EVIDENCE: ScaleLevel = ScaleLevel {
    id: "no-evidence",
    label: "Kein Nachweis",
    meaning: "Dieses Interview hat diese Kompetenz nicht gezeigt, daher zählt sie in keinem \
              Mittelwert.",
};

/// The interview stages, in the order they usually run.
pub const STAGES: &[Stage] = &[
    Stage {
        id: ARCHITECTURE_CASE_STUDY,
        label: "Architektur-Fallstudie",
        purpose: "Die Kandidatin oder der Kandidat entwirft laut denkend ein System für einen \
                  echten Bedarf Ihres Produkts.",
        questions: &[
            ask(
                "architecture.blueprint",
                "Skizzieren Sie das Backend für ein Produkt wie unseres, das von tausend auf \
                 eine Million Nutzer wächst. Welche Teile würden Sie zuerst trennen, und warum?",
                &[SYSTEM_DESIGN, COMMUNICATION],
            ),
            ask(
                "architecture.monolith",
                "Würden Sie mit einer einzelnen deploybaren Anwendung oder mit mehreren Services \
                 beginnen? Was würde Sie später umdenken lassen?",
                &[SYSTEM_DESIGN, INFRASTRUCTURE],
            ),
            ask(
                "architecture.bottleneck",
                "Wo gerät dieses Design bei zehnfachem heutigem Traffic zuerst unter Druck, und \
                 was würden Sie vorher tun?",
                &[SYSTEM_DESIGN, DATABASE],
            ),
            ask(
                "architecture.explain",
                "Erklären Sie Ihr Design einer Produktmanagerin in zwei Minuten: Was macht es \
                 leicht, und was macht es schwer?",
                &[COMMUNICATION, SYSTEM_DESIGN],
            ),
        ],
    },
    Stage {
        id: DATABASE_MODELLING,
        label: "Datenbank-Modellierungsaufgabe",
        purpose: "Die Kandidatin oder der Kandidat entwirft ein Schema und macht langsame \
                  Abfragen schnell.",
        questions: &[
            ask(
                "database.schema",
                "Modellieren Sie Kunden, Produkte und Bestellungen, einschließlich der \
                 Änderungen, die Sie innerhalb eines Jahres erwarten. Welche Beziehungen \
                 bereiten Ihnen Sorgen?",
                &[DATABASE, SYSTEM_DESIGN],
            ),
            ask(
                "database.slow-query",
                "Eine Berichtsabfrage braucht acht Sekunden für zehn Millionen Zeilen. Wie \
                 finden Sie heraus, warum, und wie machen Sie sie schnell?",
                &[DATABASE],
            ),
            ask(
                "database.last-item",
                "Zwei Kunden wollen im selben Moment den letzten Artikel auf Lager kaufen. Was \
                 passiert in Ihrem Design?",
                &[DATABASE, API_INTEGRATION],
            ),
            ask(
                "database.store-choice",
                "Würden Sie diese Daten in einer relationalen Datenbank, einem Document Store \
                 oder in beiden halten? Was gewinnen Sie, und was geben Sie auf?",
                &[DATABASE, SYSTEM_DESIGN],
            ),
        ],
    },
    Stage {
        id: API_SCENARIOS,
        label: "API- und Integrationsszenarien",
        purpose: "Die Kandidatin oder der Kandidat arbeitet REST, GraphQL, Authentifizierung und \
                  Partnerintegrationen durch.",
        questions: &[
            ask(
                "api.design",
                "Entwerfen Sie die API, über die eine mobile App und ein Partner Bestellungen \
                 aufgeben. REST oder GraphQL, und warum?",
                &[API_INTEGRATION, COMMUNICATION],
            ),
            ask(
                "api.versioning",
                "Sie müssen ein Feld ändern, auf das zahlende Partner angewiesen sind. Wie \
                 bringen Sie die Änderung live, ohne sie zu brechen?",
                &[API_INTEGRATION, COMMUNICATION],
            ),
            ask(
                "api.auth",
                "Wie weisen Nutzer und Partnersysteme nach, wer sie sind, und wie entscheiden \
                 Sie, was jeder von ihnen darf?",
                &[API_INTEGRATION, SECURITY],
            ),
            ask(
                "api.partner-timeout",
                "Der Zahlungsanbieter antwortet bei einem von fünfzig Aufrufen mit einem \
                 Timeout. Führen Sie uns durch, was Ihre Integration tut.",
                &[API_INTEGRATION, INFRASTRUCTURE],
            ),
            ask(
                "api.abuse",
                "Ein Client sendet plötzlich tausend Anfragen pro Sekunde. Wie schützen Sie den \
                 Service und die anderen Clients?",
                &[API_INTEGRATION, SECURITY],
            ),
        ],
    },
    Stage {
        id: INFRASTRUCTURE_AWARENESS,
        label: "Gespräch über Infrastrukturverständnis",
        purpose: "Die Kandidatin oder der Kandidat erklärt, wie der eigene Code auf \
                  Cloud-Infrastruktur, Deployment und Monitoring trifft.",
        questions: &[
            ask(
                "infrastructure.path",
                "Führen Sie uns von einem gemergten Pull Request bis zum Code, der in Produktion \
                 läuft. Welche Prüfungen passieren unterwegs?",
                &[INFRASTRUCTURE],
            ),
            ask(
                "infrastructure.containers",
                "Wann würden Sie zu Containern und einem Orchestrator greifen, und wann machen \
                 sie mehr Ärger, als sie wert sind?",
                &[INFRASTRUCTURE, SYSTEM_DESIGN],
            ),
            ask(
                "infrastructure.monitoring",
                "Welche Signale würden Ihnen zeigen, dass dieser Service nicht gesund ist, bevor \
                 sich Nutzer beschweren, und wer sollte alarmiert werden?",
                &[INFRASTRUCTURE, COMMUNICATION],
            ),
            ask(
                "infrastructure.secrets",
                "Wo liegen Datenbankpasswörter und API-Schlüssel, und wie gelangen sie zum \
                 laufenden Service?",
                &[INFRASTRUCTURE, SECURITY],
            ),
        ],
    },
    Stage {
        id: PORTFOLIO_WALKTHROUGH,
        label: "Rückblick auf frühere Entscheidungen und Portfolio",
        purpose: "Die Kandidatin oder der Kandidat erläutert Entscheidungen, Systeme und Code \
                  aus der eigenen bisherigen Arbeit.",
        questions: &[
            ask(
                "portfolio.decision",
                "Erzählen Sie uns von einer Architekturentscheidung, die Sie in einem früheren \
                 Projekt getroffen haben. Welche Alternativen gab es, und wie ist es \
                 ausgegangen?",
                &[EXPERIENCE, SYSTEM_DESIGN],
            ),
            ask(
                "portfolio.code",
                "Zeigen Sie uns ein Codebeispiel, auf das Sie stolz sind, und führen Sie uns \
                 durch die Entscheidungen darin.",
                &[EXPERIENCE],
            ),
            ask(
                "portfolio.incident",
                "Beschreiben Sie ein Problem in Produktion, das Sie verursacht oder behoben \
                 haben. Was haben Sie danach geändert?",
                &[EXPERIENCE, INFRASTRUCTURE],
            ),
            ask(
                "portfolio.collaboration",
                "Beschreiben Sie eine Situation, in der Anforderungen des Backends mit Frontend- \
                 oder Produktplänen kollidierten. Wie wurde sie gelöst?",
                &[COMMUNICATION, EXPERIENCE],
            ),
            ask(
                "portfolio.security",
                "Erzählen Sie uns von einer Sicherheitslücke, die Sie in einem System, an dem \
                 Sie gearbeitet haben, gefunden oder verhindert haben.",
                &[SECURITY, EXPERIENCE],
            ),
        ],
    },
];

/// The overall recommendations, from most negative to most positive, then abstaining.
pub static DECISIONS: [DecisionText; 5] = [
    DecisionText {
        id: "strong-no",
        label: "Klares Nein",
        meaning: "Klare Nachweise, dass diese Person für diese Rolle nicht eingestellt werden \
                  sollte.",
    },
    DecisionText {
        id: "no",
        label: "Nein",
        meaning: "Alles in allem für diese Rolle nicht einstellen.",
    },
    DecisionText {
        id: "yes",
        label: "Ja",
        meaning: "Alles in allem für diese Rolle einstellen.",
    },
    DecisionText {
        id: "strong-yes",
        label: "Klares Ja",
        meaning: "Klare Nachweise, dass diese Person für diese Rolle eingestellt werden sollte.",
    },
    DecisionText {
        id: "no-decision",
        label: "Keine Entscheidung",
        meaning: "Dieses Interview hat nicht genug Nachweise für eine Empfehlung in die eine \
                  oder andere Richtung erbracht.",
    },
];

/// The role levels, from least to most senior.
pub static ROLE_LEVELS: [RoleLevelText; 4] = [
    RoleLevelText {
        id: "junior",
        label: "Junior",
    },
    RoleLevelText {
        id: "mid",
        label: "Mid-Level",
    },
    RoleLevelText {
        id: "senior",
        label: "Senior",
    },
    RoleLevelText {
        id: "lead",
        label: "Lead",
    },
];

/// Two ratings of one competency are two or more levels apart.
pub const DISAGREEMENT: FlagText = FlagText {
    id: "disagreement",
    title: "Interviewer/innen sind uneins",
    text: "Zwei Bewertungen dieser Kompetenz liegen zwei oder mehr Stufen auseinander. \
           Vergleichen Sie vor der Entscheidung die Nachweise dahinter.",
};

/// Nobody gave a 1–4 rating for a competency.
pub const COVERAGE_NONE: FlagText = FlagText {
    id: "coverage-none",
    title: "Nicht beurteilt",
    text: "Niemand hat Nachweise für diese Kompetenz gefunden. Planen Sie vor der Entscheidung \
           ein Gespräch, das sie prüft.",
};

/// Only one interviewer gave a 1–4 rating for a competency.
pub const COVERAGE_SINGLE: FlagText = FlagText {
    id: "coverage-single",
    title: "Nur eine Einschätzung",
    text: "Nur eine Person hat diese Kompetenz bewertet, sodass eine einzelne Sicht entscheidet. \
           Eine zweite Bewertung würde das Ergebnis verlässlicher machen.",
};

/// Hiring mistake 1: judging on language familiarity without system design evidence.
pub const MISTAKE_LANGUAGE_ONLY: FlagText = FlagText {
    id: "language-only",
    title: "Kein Nachweis zum Systemdesign",
    text: "Es gibt Bewertungen, aber niemand hat Nachweise zum Systemdesign gesehen. Eine \
           Sprache gut zu beherrschen ist noch kein Architekturverständnis: Prüfen Sie auch \
           Designbegründungen und Abwägungen.",
};

/// Hiring mistake 2: underestimating data complexity.
pub const MISTAKE_DATA_COMPLEXITY: FlagText = FlagText {
    id: "data-complexity",
    title: "Kein Nachweis zur Datenbankmodellierung",
    text: "Niemand hat das Datenbank-Know-how beurteilt. Datenbeziehungen wachsen mit dem \
           Produkt über frühe Annahmen hinaus, und schwache Modellierung wird später teuer.",
};

/// Hiring mistake 3: only juniors when growth needs design leadership.
pub const MISTAKE_JUNIOR_ONLY: FlagText = FlagText {
    id: "junior-only-shortlist",
    title: "Nur Juniors auf der Shortlist",
    text: "Alle aktiven Kandidat/innen für diese Rolle sind Junior, aber die Rolle braucht \
           Führung in Design und Architektur. Wachstum gelingt besser, wenn Senior-Expertise \
           führt und Juniors sie unterstützen.",
};

/// Hiring mistake 4: ignoring soft skills and team fit.
pub const MISTAKE_SOFT_SKILLS: FlagText = FlagText {
    id: "soft-skills",
    title: "Kein Nachweis zur Kommunikation",
    text: "Niemand hat Kommunikation und Zusammenarbeit beurteilt. Backend-Entwickler/innen \
           arbeiten täglich mit Frontend, Produkt und DevOps zusammen, daher braucht es auch \
           hier Nachweise.",
};

/// Hiring mistake 5: not assessing practical experience.
pub const MISTAKE_PRACTICAL_EXPERIENCE: FlagText = FlagText {
    id: "practical-experience",
    title: "Kein Nachweis zur Praxiserfahrung",
    text: "Niemand hat frühere Entscheidungen, ein Portfolio oder Codebeispiele betrachtet. Sie \
           zeigen das Urteilsvermögen in der Praxis weit besser als ein Lebenslauf.",
};

/// The guide's five hiring mistakes, in the guide's order.
pub static MISTAKES: [FlagText; 5] = [
    MISTAKE_LANGUAGE_ONLY,
    MISTAKE_DATA_COMPLEXITY,
    MISTAKE_JUNIOR_ONLY,
    MISTAKE_SOFT_SKILLS,
    MISTAKE_PRACTICAL_EXPERIENCE,
];

/// How the summary's numbers are computed, shown next to the formula.
pub const FORMULA_EXPLANATION: &str =
    "Der Mittelwert einer Kompetenz ist der Durchschnitt der Bewertungen von 1 bis 4, die sie in \
     eingereichten Interviews erhalten hat; „Kein Nachweis“ zählt in keinem Mittelwert. Der \
     Gesamtwert ist der gewichtete Mittelwert dieser Mittelwerte: Multiplizieren Sie jeden \
     Mittelwert mit seiner Gewichtung, addieren Sie die Produkte und teilen Sie durch die Summe \
     der Gewichtungen der Kompetenzen, die einen Mittelwert haben. Eine Kompetenz, die niemand \
     bewertet hat, fällt heraus, und die übrigen Gewichtungen zählen weiterhin voll. \
     Mittelwerte und Gesamtwert werden auf zwei Nachkommastellen gerundet.";

/// Default weights per role level, in [`ROLE_LEVELS`] order.
pub static WEIGHT_PRESETS: [WeightPreset; 4] = [
    WeightPreset {
        level: "junior",
        rationale: "Solide Grundlagen bei Daten und APIs und die Fähigkeit, mit dem Team zu \
                    lernen, zählen am meisten; die Architektur verantworten andere.",
        weights: JUNIOR_WEIGHTS,
    },
    WeightPreset {
        level: "mid",
        rationale: "Eigenständige Umsetzung: Daten, APIs und Sicherheit wiegen am schwersten, \
                    dazu wachsende Verantwortung für das Design.",
        weights: MID_WEIGHTS,
    },
    WeightPreset {
        level: "senior",
        rationale: "Verantwortet das Design ganzer Services: Systemdesign steht vorn, gestützt \
                    durch Tiefe bei Daten, Infrastruktur und Sicherheit.",
        weights: SENIOR_WEIGHTS,
    },
    WeightPreset {
        level: "lead",
        rationale: "Leitet die Architektur über Teams hinweg: Systemdesign, Kommunikation und \
                    eine Bilanz tragfähiger Entscheidungen wiegen am schwersten.",
        weights: LEAD_WEIGHTS,
    },
];
