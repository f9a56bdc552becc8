//! Messages about the widget itself (not about hiring) in German: option errors,
//! buttons, notices, and how numbers are written.

/// The language of these texts: the widget's `lang` unless the page asks for a variant.
pub const LANG: &str = "de";

/// Between the whole number and its decimals, as in "2,50".
pub const DECIMAL_SEPARATOR: char = ',';

/// After a percentage, as in "50 %" (with a no-break space, as German writes it).
pub const PERCENT_SIGN: &str = "\u{a0}%";

/// Heading shown in place of the widget when its options cannot be used.
pub const OPTION_ERROR_HEADING: &str = "Dieses Widget konnte nicht starten";

/// What the site owner should do about option problems.
pub const OPTION_ERROR_HINT: &str =
    "Die Seite, die es einbindet, setzt eine Option, die das Widget nicht versteht. \
     Für Website-Betreiber: Korrigieren Sie die Option unten; die Einbettungsoptionen \
     stehen in der README von backend-ready.";

/// Shown when a build without the requested mode is asked for it (embed.js never does).
pub const MODE_NOT_IN_BUILD: &str = "Diese Ausgabe des Widgets enthält diesen Modus nicht.";

/// Why an option cannot be used, for the site owner; each names the option as written.
pub mod options {
    pub const MODE: &str = "mode muss „quiz“ oder „scorecard“ sein.";
    pub const THEME: &str = "theme muss „light“, „dark“ oder „auto“ sein.";
    pub const STORAGE_KEY: &str =
        "storage-key muss 1 bis 64 Zeichen lang sein: Buchstaben, Ziffern, „-“, „_“, „.“ \
         oder „:“.";
    pub const LOCALE: &str = "locale muss ein Sprach-Tag wie „en“ oder „de-DE“ sein.";
    pub const CTA_LABEL_WITHOUT_URL: &str = "cta-label braucht eine cta-url als Linkziel.";
    pub const CTA_URL: &str =
        "cta-url muss eine http(s)-, mailto:- oder tel:-Adresse oder ein relativer Pfad sein.";
    pub const CTA_LABEL: &str = "cta-label darf höchstens 80 Zeichen reinen Text enthalten.";
    /// An on/off option (cta-context) with another value.
    pub const SWITCH: &str = "cta-context muss „on“ oder „off“ sein.";
    /// The call to action's label when the page gives a `cta-url` but no `cta-label`.
    pub const CTA_LABEL_DEFAULT: &str = "Sprechen Sie mit uns";
}

/// Buttons and labels of the quiz screens.
pub mod quiz {
    pub const START: &str = "Check starten";
    pub const CONTINUE: &str = "Dort weitermachen, wo Sie aufgehört haben";
    pub const START_OVER: &str = "Neu beginnen";
    pub const LENGTH: &str =
        "Etwa 3 Minuten, 13 bis 15 Fragen. Überspringen Sie, was Sie nicht beantworten können.";
    pub const BACK: &str = "Zurück";
    pub const NEXT: &str = "Weiter";
    pub const SKIP: &str = "Überspringen";
    pub const SEE_RESULT: &str = "Zum Ergebnis";
    pub const CHOOSE_ONE: &str = "Wählen Sie eine Antwort.";
    pub const CHOOSE_ANY: &str = "Wählen Sie alle zutreffenden Antworten.";
    pub const QUESTION_OF: (&str, &str) = ("Frage ", " von ");
    pub const RESULT_HEADING: &str = "Ihr Ergebnis";
    pub const OUT_OF: &str = "/100";
    pub const RECOMMENDATION_HEADING: &str = "Unsere Empfehlung";
    pub const WHY: &str = "Warum: ";
    pub const RETAKE: &str = "Check wiederholen";
    pub const SHARE: &str = "Link zum Teilen kopieren";
    pub const PRINT: &str = "Drucken";
    pub const COPIED: &str =
        "Link kopiert. Wer ihn öffnet, sieht dieses Ergebnis; auf keinem Server wird etwas \
         gespeichert.";
    pub const COPY_FAILED: &str =
        "Der Browser hat das Kopieren blockiert. Markieren Sie den Link unten und kopieren \
         Sie ihn.";
    pub const SHARE_LINK_LABEL: &str = "Link zum Teilen";
    pub const SHARED_RESULT: &str = "Sie sehen ein geteiltes Ergebnis.";
}

/// Notices about saving and loading.
pub mod notices {
    pub const DOWNLOAD_KEPT: &str = "Aufbewahrte Kopie herunterladen";
    pub const DISMISS: &str = "Schließen";
    pub const KEPT_ASIDE: &str = "Er wurde unverändert unter dem Schlüssel ";
    pub const STARTING_FRESH: &str = " aufbewahrt, und Sie beginnen neu.";
    pub const BAD_SHARE_LINK: &str = " Er wurde ignoriert.";
    pub const OTHER_TAB: (&str, &str) = (
        "Dieser Check ist auch in einem anderen Tab geöffnet, in dem ",
        " Frage(n) anders beantwortet wurde(n). Ihre Antworten hier bleiben erhalten; \
         Antworten, die im anderen Tab hinzugekommen sind, werden übernommen.",
    );
    pub const USE_OTHER_TAB: &str = "Antworten aus dem anderen Tab übernehmen";
    /// Around a quoted name or key.
    pub const QUOTE: (&str, &str) = ("„", "“");
    /// The browser does not let the page use localStorage.
    pub const STORAGE_UNAVAILABLE: &str =
        "Dieser Browser erlaubt hier kein Speichern, daher bleibt Ihr Fortschritt nur \
         erhalten, bis die Seite geschlossen wird.";
    /// A write was refused, most often because storage is full.
    pub const SAVE_FAILED: &str =
        "Speichern fehlgeschlagen (der Speicher des Browsers ist vielleicht voll). Ihre \
         Antworten sind noch da; sie werden bei der nächsten Änderung gespeichert, die \
         hineinpasst.";
    /// A stored document written by a newer build.
    pub const NEWER_VERSION: &str =
        "Ihr gespeicherter Fortschritt stammt von einer neueren Version dieses Widgets.";
    /// A stored document that could not be read.
    pub const UNREADABLE: &str = "Ihr gespeicherter Fortschritt konnte nicht gelesen werden.";
    /// After [`NEWER_VERSION`] or [`UNREADABLE`] (or the scorecard's), when the stored
    /// text could not be copied aside: saves are held until it is safe.
    pub const HELD: &str =
        "Für eine Sicherheitskopie ist kein Platz, deshalb wird hier nichts gespeichert, \
         solange das Gespeicherte nicht gesichert ist. Ihre Arbeit bleibt erhalten, bis Sie \
         die Seite schließen: Laden Sie die gespeicherte Fassung unverändert herunter oder \
         geben Sie in diesem Browser Speicherplatz frei.";
    /// The same, once the saved copy was downloaded.
    pub const HELD_DOWNLOADED: &str =
        "Sobald Sie die heruntergeladene Datei haben, bestätigen Sie das, um wieder zu \
         speichern; dabei wird die gespeicherte Fassung in diesem Browser ersetzt.";
    pub const DOWNLOAD_HELD: &str = "Gespeicherte Fassung herunterladen";
    pub const CONFIRM_DOWNLOADED: &str = "Ich habe die Datei – wieder speichern";
    /// In place of a widget whose code failed (a panic, a trap); storage is untouched.
    /// Shown by `embed.js`, which holds a copy (checked by `tests/embed_contract.rs`).
    pub const FAULT: &str =
        "In diesem Widget ist ein Fehler aufgetreten, deshalb wurde es angehalten. Was bis \
         dahin gespeichert war, bleibt erhalten. Laden Sie die Seite neu, um es wieder zu \
         starten.";
    pub const RELOAD: &str = "Seite neu laden";
}

/// Why a share link in the page address could not be read.
pub mod share_link {
    pub const TOO_LONG: &str = "Der geteilte Link ist zu lang.";
    pub const MISSING_VERSION: &str = "Dem geteilten Link fehlt die Versionskennung.";
    pub const UNSUPPORTED_VERSION: &str = "Der geteilte Link stammt von einer neueren Version.";
    pub const MALFORMED: &str = "Der geteilte Link ist fehlerhaft.";
    pub const UNKNOWN_QUESTION: &str = "Der geteilte Link nennt eine Frage, die es nicht gibt.";
    pub const UNKNOWN_ANSWER: &str = "Der geteilte Link nennt eine Antwort, die es nicht gibt.";
    pub const DUPLICATE_QUESTION: &str = "Der geteilte Link beantwortet eine Frage doppelt.";
    pub const DUPLICATE_ANSWER: &str = "Der geteilte Link wiederholt eine Antwort.";
    pub const CONFLICTING_ANSWERS: &str =
        "Der geteilte Link enthält Antworten, die einander ausschließen.";
}

/// Labels and sentences of the scorecard's list, candidate page, files and notices.
pub mod scorecard {
    pub const LIST_HEADING: &str = "Kandidat/innen";
    pub const YOUR_NAME: &str = "Ihr Name als Interviewer/in";
    pub const YOUR_NAME_HINT: &str =
        "Interviews, die Sie beginnen, werden unter diesem Namen erfasst. Bis Sie Ihr \
         eigenes Interview mit einer Kandidatin oder einem Kandidaten eingereicht haben, \
         bleiben die Bewertungen anderer Interviewer/innen verborgen, damit Ihr Urteil Ihr \
         eigenes bleibt.";
    pub const NAME_FIRST: &str = "Geben Sie zuerst Ihren Namen als Interviewer/in ein.";
    pub const ADD_HEADING: &str = "Kandidat/in hinzufügen";
    pub const NAME: &str = "Name";
    pub const ROLE: &str = "Rolle";
    pub const ROLE_DEFAULT: &str = "Backend-Entwickler/in";
    pub const LEVEL: &str = "Stufe";
    pub const NOTES: &str = "Notizen";
    pub const ADD: &str = "Kandidat/in hinzufügen";
    pub const FILTER: &str = "Nach Name oder Rolle filtern";
    pub const SHOW_ARCHIVED: &str = "Archivierte Kandidat/innen anzeigen";
    pub const SHOW_MORE: &str = "Mehr anzeigen";
    pub const SHOWING: (&str, &str) = ("Angezeigt: ", " von ");
    pub const EMPTY: &str =
        "Noch keine Kandidat/innen. Fügen Sie oben die erste Person hinzu oder importieren \
         Sie eine Datei.";
    pub const NO_MATCH: &str = "Keine Kandidatin und kein Kandidat passt zum Filter.";
    pub const INTERVIEWS: &str = "Eingereichte Interviews";
    pub const ARCHIVED: &str = "Archiviert";
    pub const ARCHIVE: &str = "Archivieren";
    pub const UNARCHIVE: &str = "Wiederherstellen";
    pub const DELETE: &str = "Löschen";
    pub const OPEN: &str = "Öffnen";
    pub const PICK_COMPARE: &str = "Vergleichen";
    pub const COMPARE: &str = "Ausgewählte vergleichen";
    pub const COMPARE_HINT: &str =
        "Wählen Sie 2 bis 4 Kandidat/innen, um sie nebeneinander zu vergleichen.";
    pub const CALIBRATION: &str = "Kalibrierung der Interviewer/innen";
    pub const BACK_TO_LIST: &str = "Zurück zu den Kandidat/innen";
    pub const DELETED: &str = " wurde mit allen Interviews gelöscht.";
    pub const UNDO: &str = "Rückgängig";
    pub const FILES_HEADING: &str = "Dateien";
    pub const FILES_HINT: &str =
        "Dateien entstehen in diesem Browser und werden auf Ihrem Computer gespeichert; \
         nichts wird hochgeladen.";
    pub const EXPORT_ALL: &str = "Alles exportieren (JSON)";
    pub const EXPORT_CSV: &str = "Bewertungen exportieren (CSV)";
    pub const IMPORT: &str = "Datei importieren (JSON)";
    pub const IMPORT_HINT: &str =
        "Ein Export der Scorecard oder einer Kandidatin bzw. eines Kandidaten, oder ein \
         Interview, das Ihnen jemand geschickt hat.";
    pub const IMPORT_FAILED: &str = "Die Datei wurde nicht importiert, nichts hat sich geändert: ";
    pub const IMPORT_UNREADABLE: &str = "Die Datei konnte nicht gelesen werden.";
    pub const IMPORTED: &str = "Importiert: ";
    pub const IMPORTED_PARTS: [&str; 5] = [
        " neue Kandidat/innen, ",
        " neue Interviews, ",
        " neuere Interviewversion(en), ",
        " bereits vorhanden, ",
        " nicht eingereichte Entwürfe ausgelassen (importiert werden nur eingereichte \
         Interviews).",
    ];
    pub const IMPORT_REFUSED: &str = " Ausgelassen: ";
    pub const UNKNOWN_CANDIDATE: &str =
        "ein Interview zu einer Person, die nicht in Ihrer Liste steht (importieren Sie \
         zuerst die Kandidatin oder den Kandidaten)";
    pub const CONFLICTING_VERSION: &str =
        "eine Interviewversion, die von der hiesigen Kopie mit derselben Nummer abweicht";
    pub const DIFFERENT_INTERVIEW: &str =
        "ein Interview, dessen ID hier zu einer anderen Person, Kandidatur oder Phase gehört";
    pub const INVALID_INTERVIEW: &str =
        "ein Interview, das gegen die Regeln der Scorecard verstößt";
    pub const NOT_SUBMITTED: &str = "ein Interview, das noch nicht eingereicht wurde";
    pub const WEIGHTS_REFUSED: &str =
        "Gewichtungen müssen ganze Zahlen von 0 bis 1000 sein, und nicht alle dürfen 0 sein.";
    pub const STORED_NEWER: &str =
        "Ihre gespeicherte Scorecard wurde von einer neueren Version dieses Widgets \
         geschrieben.";
    pub const STORED_UNREADABLE: &str = "Ihre gespeicherte Scorecard konnte nicht gelesen werden.";
    pub const USE_OTHER_TAB_VERSION: &str = "Fassung aus dem anderen Tab übernehmen";
    pub const OTHER_TAB: (&str, &str) = (
        "Diese Scorecard ist auch in einem anderen Tab geöffnet, in dem ",
        " Datensätze geändert wurden, die Sie hier ebenfalls geändert haben. Ihre Fassung \
         bleibt hier erhalten; Änderungen des anderen Tabs an anderen Datensätzen werden \
         übernommen.",
    );
    pub const EDIT_LOCKED: &str =
        "Dieses Interview ist eingereicht und gesperrt. Überarbeiten Sie es, um es zu ändern.";
    pub const EDIT_UNRATED: &str =
        "Bewerten Sie zuerst jede Kompetenz (mit einer Stufe oder „Kein Nachweis“), dann \
         halten Sie die Gesamtempfehlung fest.";
    pub const EDIT_DECISION_MISSING: &str =
        "Halten Sie die Gesamtempfehlung fest, um das Interview einzureichen.";
    pub const EDIT_NOT_SUBMITTED: &str =
        "Nur ein eingereichtes Interview kann überarbeitet werden.";
    pub const EDIT_UNKNOWN: &str = "Diese Kompetenz gehört nicht zu dieser Scorecard.";
    pub const STORAGE_NOT_SAVED: &str =
        "Dieser Browser erlaubt hier kein Speichern, daher bleibt die Scorecard nur erhalten, \
         bis die Seite geschlossen wird. Exportieren Sie sie, um sie zu behalten.";
    pub const SAVE_FAILED: &str =
        "Speichern fehlgeschlagen (der Speicher des Browsers ist vielleicht voll). Alles ist \
         noch da: Exportieren Sie es zur Sicherheit. Gespeichert wird bei der nächsten \
         Änderung, die hineinpasst.";
}

/// Why an import file was refused: the pieces of `ImportError::message`, which puts the
/// path to the value (or `WHOLE_FILE`) before them. Ids from the file, JSON keys and
/// paths are data and stay as written, in straight double quotes. The kinds of id are
/// all feminine nouns, so that „unbekannte “ and „doppelte “ fit each of them.
pub mod import {
    /// In place of a path when the problem is with the whole file.
    pub const WHOLE_FILE: &str = "Datei";
    /// Before the reason the strict JSON reader gives.
    pub const NOT_JSON: &str = "kein gültiges JSON: ";
    /// Between that reason and the byte offset.
    pub const AT_BYTE: &str = " bei Byte ";
    /// Around the file's version number.
    pub const NEWER_VERSION: (&str, &str) = (
        "mit einer neueren Version von backend-ready geschrieben (Dateiversion ",
        "); aktualisieren Sie das Widget, um sie zu importieren",
    );
    /// Around the quoted format id the file should have.
    pub const WRONG_FORMAT: (&str, &str) = ("die Datei ist nicht im Format ", " geschrieben");
    /// Before the quoted format id the file has.
    pub const FOUND_FORMAT: &str = ": angegeben ist ";
    /// Around the kind of value expected, then the kind found.
    pub const WRONG_TYPE: (&str, &str) = ("erwartet wurde ", ", gefunden wurde ");
    /// Before the kind of id (such as `COMPETENCY`) and the quoted id.
    pub const UNKNOWN: &str = "unbekannte ";
    pub const DUPLICATE: &str = "doppelte ";
    /// Before the quoted key.
    pub const FORBIDDEN_KEY: &str = "unzulässiger Schlüssel ";
    /// Around the least, then the largest whole number allowed.
    pub const OUT_OF_RANGE: (&str, &str) = ("erlaubt ist nur eine ganze Zahl von ", " bis ");
    /// Around the most characters allowed.
    pub const TOO_LONG: (&str, &str) = ("länger als ", " Zeichen");
    /// Around the most entries allowed.
    pub const TOO_MANY: (&str, &str) = ("mehr als ", " Einträge");
    pub const MISSING: &str = "fehlt";
    pub const BLANK: &str = "darf nicht leer sein";
    pub const ZERO_WEIGHTS: &str =
        "alle Gewichte sind 0, daher lässt sich keine Gesamtbewertung berechnen";
    // The interview breaks a rule of the model.
    pub const INTERVIEW_MISSING_ID: &str = "das Interview hat keine ID";
    pub const INTERVIEW_MISSING_CANDIDATE: &str =
        "das Interview nennt keine Kandidatin und keinen Kandidaten";
    pub const INTERVIEW_MISSING_INTERVIEWER: &str =
        "das Interview nennt keine Interviewerin und keinen Interviewer";
    pub const INTERVIEW_UNKNOWN_STAGE: &str = "die Phase des Interviews ist unbekannt";
    pub const INTERVIEW_ZERO_VERSION: &str = "Versionen beginnen bei 1";
    pub const INTERVIEW_HISTORY_OUT_OF_ORDER: &str =
        "die Versionen im Verlauf müssen aufsteigen und unter der Version des Interviews \
         bleiben";
    pub const INTERVIEW_UNRATED_SUBMISSION: &str =
        "eine eingereichte Version enthält eine Kompetenz ohne Bewertung";
    pub const INTERVIEW_DECISION_MISSING: &str =
        "ein eingereichtes Interview braucht eine Empfehlung";
    pub const INTERVIEW_DECISION_BEFORE_RATINGS: &str =
        "eine Empfehlung ist erfasst, obwohl eine Kompetenz noch keine Bewertung hat";
    // Kinds of id, after UNKNOWN and DUPLICATE.
    pub const COMPETENCY: &str = "Kompetenz";
    pub const SCORE: &str = "Bewertung";
    pub const STAGE: &str = "Interviewphase";
    pub const LEVEL: &str = "Stufe";
    pub const STATUS: &str = "Statusangabe";
    pub const DECISION: &str = "Empfehlung";
    pub const CANDIDATE: &str = "Kandidaten-ID";
    pub const ROLE: &str = "Rolle";
    pub const CANDIDATE_ID: &str = "Kandidaten-ID";
    pub const INTERVIEW_ID: &str = "Interview-ID";
    // Kinds of value, in WRONG_TYPE.
    pub const KIND_NULL: &str = "der Wert null";
    pub const KIND_BOOLEAN: &str = "ein Wahrheitswert";
    pub const KIND_NUMBER: &str = "eine Zahl";
    pub const KIND_STRING: &str = "ein Text";
    pub const KIND_ARRAY: &str = "eine Liste";
    pub const KIND_OBJECT: &str = "ein Objekt";
    pub const KIND_WHOLE_NUMBER: &str = "eine ganze Zahl";
    pub const KIND_TRUE_OR_FALSE: &str = "true oder false";
    // Why the text is not JSON (the strict reader's limits are in the texts), each
    // followed by AT_BYTE and the offset.
    pub const JSON_TOO_LONG: &str = "der Text ist länger als 8 MiB";
    pub const JSON_TOO_DEEP: &str = "Listen und Objekte sind mehr als 64 Ebenen tief verschachtelt";
    pub const JSON_TOO_MANY_VALUES: &str = "der Text enthält mehr als 2000000 Werte";
    pub const JSON_UNEXPECTED_END: &str = "der Text endet zu früh";
    pub const JSON_EXPECTED_VALUE: &str = "ein Wert wurde erwartet";
    pub const JSON_EXPECTED_KEY: &str =
        "ein Schlüssel in doppelten Anführungszeichen wurde erwartet";
    pub const JSON_EXPECTED_COLON: &str = "nach dem Schlüssel wurde ein „:“ erwartet";
    pub const JSON_EXPECTED_COMMA_OR_END: &str =
        "ein „,“ oder eine schließende Klammer wurde erwartet";
    pub const JSON_TRAILING_TEXT: &str = "nach dem Wert folgt noch weiterer Text";
    pub const JSON_BAD_LITERAL: &str = "als Wörter kennt JSON nur true, false und null";
    pub const JSON_BAD_NUMBER: &str = "eine Zahl ist fehlerhaft";
    pub const JSON_LEADING_ZERO: &str = "eine Zahl beginnt mit einer überflüssigen 0";
    pub const JSON_FRACTION_OR_EXPONENT: &str =
        "eine Zahl hat Nachkommastellen oder einen Exponenten (gelesen werden nur ganze Zahlen)";
    pub const JSON_NUMBER_OUT_OF_RANGE: &str = "eine Zahl ist zu groß";
    pub const JSON_CONTROL_CHARACTER: &str =
        "ein Text enthält ein Steuerzeichen, das maskiert werden muss";
    pub const JSON_BAD_ESCAPE: &str = "ein Text enthält eine unbekannte Escape-Sequenz";
    pub const JSON_BAD_UNICODE_ESCAPE: &str =
        "eine \\u-Escape-Sequenz braucht vier Hexadezimalziffern";
    pub const JSON_LONE_SURROGATE: &str =
        "eine \\u-Escape-Sequenz ist nur die Hälfte eines Surrogatpaars";
    pub const JSON_DUPLICATE_KEY: &str = "ein Schlüssel kommt in einem Objekt zweimal vor";
}
