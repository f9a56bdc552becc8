//! The readiness quiz in German: areas, questions, answers and their points, branching
//! conditions, bands, and the recommendation texts. Every locale has the same items with
//! the same ids, points and conditions; only the texts differ.

use crate::content::quiz::{
    answer, none_of_these, pts, Advice, AdviceGroup, Area, Band, Condition, Kind, Question, Reason,
    DATA, INTEGRATIONS, SCALE, SECURITY, TEAM,
};

/// The scored areas, in display order.
pub const AREAS: &[Area] = &[
    Area {
        id: SCALE,
        label: "Skalierung, Performance und Zuverlässigkeit",
        pressure_why: "Der meiste Druck kommt von Last, Geschwindigkeit und Stabilität, die \
                       Nutzer als Erstes bemerken.",
    },
    Area {
        id: DATA,
        label: "Daten",
        pressure_why: "Der meiste Druck kommt von Ihren Daten, und Datenfehler lassen sich mit \
                       jedem Monat teurer beheben.",
    },
    Area {
        id: SECURITY,
        label: "Sicherheit und Compliance",
        pressure_why: "Der meiste Druck kommt von Sicherheit und Compliance, wo eine Lücke \
                       Kunden und Bußgelder kosten kann.",
    },
    Area {
        id: INTEGRATIONS,
        label: "Integrationen",
        pressure_why: "Der meiste Druck kommt von Integrationen, die sich mit jeder neuen \
                       Anbindung schwerer entflechten lassen.",
    },
    Area {
        id: TEAM,
        label: "Team und Führung",
        pressure_why: "Der meiste Druck kommt vom Team: Intern verantwortet noch niemand das \
                       Design des Backends.",
    },
];

/// The questions, in the order they are asked.
pub const QUESTIONS: &[Question] = &[
    Question {
        id: "stage",
        prompt: "Wo steht Ihr Produkt heute?",
        hint: "Wählen Sie die Phase, die am besten passt.",
        kind: Kind::Single,
        answers: &[
            answer("stage.idea", "Ein Prototyp oder noch nicht gestartet", &[]),
            answer(
                "stage.mvp",
                "Ein MVP mit ersten echten Nutzern",
                &[pts(SCALE, 1)],
            ),
            answer(
                "stage.growing",
                "Über das MVP hinaus und im Wachstum",
                &[pts(SCALE, 2), pts(DATA, 1)],
            ),
            answer(
                "stage.scaling",
                "Etabliert und schnell skalierend",
                &[pts(SCALE, 3), pts(DATA, 2), pts(INTEGRATIONS, 1)],
            ),
        ],
        shown_if: None,
    },
    Question {
        id: "growth",
        prompt: "Was ist in den letzten sechs Monaten spürbar gewachsen?",
        hint: "Wählen Sie alle zutreffenden Antworten.",
        kind: Kind::Multi,
        answers: &[
            answer("growth.users", "Nutzer und Traffic", &[pts(SCALE, 2)]),
            answer(
                "growth.data",
                "Die Menge der gespeicherten Daten",
                &[pts(DATA, 2)],
            ),
            answer(
                "growth.integrations",
                "Die Zahl der Integrationen und Geschäftsregeln",
                &[pts(INTEGRATIONS, 2)],
            ),
            none_of_these("growth.none", "Nichts davon"),
        ],
        shown_if: None,
    },
    Question {
        id: "symptoms",
        prompt: "Was davon ist Ihnen in den letzten drei Monaten begegnet?",
        hint: "Wählen Sie alle zutreffenden Antworten.",
        kind: Kind::Multi,
        answers: &[
            answer(
                "symptoms.slow-apis",
                "Langsame API-Antworten oder Timeouts",
                &[pts(SCALE, 3)],
            ),
            answer(
                "symptoms.bad-data",
                "Daten, die falsch, doppelt oder nicht synchron sind",
                &[pts(DATA, 3)],
            ),
            answer(
                "symptoms.instability",
                "Ausfälle, fehlgeschlagene Deployments oder nächtliche Störungen",
                &[pts(SCALE, 2), pts(TEAM, 1)],
            ),
            answer(
                "symptoms.integrations",
                "Integrationen, die brechen oder deren Änderung Wochen dauert",
                &[pts(INTEGRATIONS, 3)],
            ),
            none_of_these("symptoms.none", "Nichts davon"),
        ],
        shown_if: None,
    },
    Question {
        id: "priorities",
        prompt: "Wie zentral sind Skalierung und Performance für Ihre nächsten zwölf Monate?",
        hint: "Denken Sie an Ihre Produktpläne, nicht an die heutige Last.",
        kind: Kind::Single,
        answers: &[
            answer(
                "priorities.low",
                "Keine Priorität: Unsere Last ist überschaubar",
                &[],
            ),
            answer(
                "priorities.some",
                "Wichtig, aber nicht entscheidend",
                &[pts(SCALE, 1)],
            ),
            answer(
                "priorities.strategic",
                "Strategisch: Unsere Wachstumspläne hängen davon ab",
                &[pts(SCALE, 3)],
            ),
        ],
        shown_if: None,
    },
    Question {
        id: "scaling",
        prompt: "Was tun Sie heute, wenn die Last wächst?",
        hint: "Wählen Sie die nächstliegende Antwort.",
        kind: Kind::Single,
        answers: &[
            answer(
                "scaling.not-needed",
                "Bisher nichts: Last war nie ein Thema",
                &[],
            ),
            answer(
                "scaling.caching",
                "Wir cachen und stellen weitere Server hinter einen Load Balancer",
                &[pts(SCALE, 1)],
            ),
            answer(
                "scaling.bigger-server",
                "Wir wechseln auf einen größeren Server",
                &[pts(SCALE, 2)],
            ),
            answer(
                "scaling.distributed",
                "Wir nutzen Microservices oder Event-Streaming oder stellen gerade darauf um",
                &[pts(SCALE, 2)],
            ),
            answer(
                "scaling.unknown",
                "Wir wissen nicht, wie das System damit zurechtkäme",
                &[pts(SCALE, 3)],
            ),
        ],
        shown_if: None,
    },
    Question {
        id: "sensitive",
        prompt: "Womit arbeitet Ihr Produkt?",
        hint: "Wählen Sie alle zutreffenden Antworten.",
        kind: Kind::Multi,
        answers: &[
            answer(
                "sensitive.personal",
                "Personenbezogene Daten von Nutzern",
                &[pts(SECURITY, 2)],
            ),
            answer(
                "sensitive.payments",
                "Zahlungen oder andere Finanztransaktionen",
                &[pts(SECURITY, 3)],
            ),
            answer(
                "sensitive.regulated",
                "Abläufe in einer regulierten Branche, etwa Gesundheit, Finanzen oder \
                 Versicherungen",
                &[pts(SECURITY, 3)],
            ),
            none_of_these("sensitive.none", "Nichts davon"),
        ],
        shown_if: None,
    },
    Question {
        id: "compliance",
        prompt: "Wie werden Sicherheit und Compliance heute gehandhabt?",
        hint: "Verschlüsselung, Zugriffskontrolle, Audit-Trails und Ähnliches.",
        kind: Kind::Single,
        answers: &[
            answer(
                "compliance.reviewed",
                "Kontrollen sind vorhanden und werden regelmäßig überprüft",
                &[],
            ),
            answer(
                "compliance.partial",
                "Einige Kontrollen gibt es, aber niemand überprüft sie",
                &[pts(SECURITY, 2)],
            ),
            answer(
                "compliance.ad-hoc",
                "Von Fall zu Fall: Niemand ist dafür zuständig",
                &[pts(SECURITY, 3)],
            ),
            answer(
                "compliance.audit-due",
                "Ein Audit oder eine Zertifizierung steht an, und wir sind nicht bereit",
                &[pts(SECURITY, 4)],
            ),
        ],
        shown_if: Some(Condition {
            question: "sensitive",
            any_of: &[
                "sensitive.personal",
                "sensitive.payments",
                "sensitive.regulated",
            ],
        }),
    },
    Question {
        id: "integrations",
        prompt: "Mit welchen Systemen tauscht Ihr Backend Daten aus?",
        hint: "Wählen Sie alle zutreffenden Antworten.",
        kind: Kind::Multi,
        answers: &[
            answer(
                "integrations.databases",
                "Mehr als eine Datenbank",
                &[pts(DATA, 1), pts(INTEGRATIONS, 1)],
            ),
            answer(
                "integrations.third-party",
                "APIs von Drittanbietern, etwa für Zahlungen, Messaging oder Karten",
                &[pts(INTEGRATIONS, 2)],
            ),
            answer(
                "integrations.analytics",
                "Analysetools oder ein Data Warehouse",
                &[pts(DATA, 1), pts(INTEGRATIONS, 1)],
            ),
            answer(
                "integrations.crm",
                "Ein CRM oder ein ERP",
                &[pts(INTEGRATIONS, 2)],
            ),
            answer(
                "integrations.cloud",
                "Cloud-Dienste, etwa Speicher, Queues oder Identitätsdienste",
                &[pts(INTEGRATIONS, 1)],
            ),
            none_of_these("integrations.none", "Keine: Es steht für sich allein"),
        ],
        shown_if: None,
    },
    Question {
        id: "integration-health",
        prompt: "Was passiert, wenn sich ein angebundenes System ändert oder langsamer wird?",
        hint: "Denken Sie an das letzte Mal, als es vorkam.",
        kind: Kind::Single,
        answers: &[
            answer(
                "integration-health.contained",
                "Es bleibt eingedämmt: Timeouts, Wiederholungen, versionierte Verträge und Alarme",
                &[],
            ),
            answer(
                "integration-health.manual",
                "Jemand bemerkt es und flickt es von Hand",
                &[pts(INTEGRATIONS, 2)],
            ),
            answer(
                "integration-health.outage",
                "Funktionen fallen für Nutzer aus, bis es behoben ist",
                &[pts(INTEGRATIONS, 3)],
            ),
        ],
        shown_if: Some(Condition {
            question: "integrations",
            any_of: &[
                "integrations.databases",
                "integrations.third-party",
                "integrations.analytics",
                "integrations.crm",
                "integrations.cloud",
            ],
        }),
    },
    Question {
        id: "data-model",
        prompt: "Wie gut passt Ihr Datenmodell heute zum Produkt?",
        hint: "Ihre Tabellen oder Collections und wie sie zusammenhängen.",
        kind: Kind::Single,
        answers: &[
            answer(
                "data-model.solid",
                "Gut: Es wurde für Wachstum entworfen, und Änderungen sind Routine",
                &[],
            ),
            answer(
                "data-model.strained",
                "Abfragen werden langsamer, und Workarounds häufen sich",
                &[pts(DATA, 2)],
            ),
            answer(
                "data-model.tangled",
                "Niemand traut sich, es zu ändern, und Berichte widersprechen sich",
                &[pts(DATA, 3)],
            ),
        ],
        shown_if: None,
    },
    Question {
        id: "leadership",
        prompt: "Wer trifft in Ihrem Unternehmen Entscheidungen zur Backend-Architektur?",
        hint: "Die Person, die entscheidet, nicht die, die den Code schreibt.",
        kind: Kind::Single,
        answers: &[
            answer(
                "leadership.lead",
                "Ein/e Senior-Backend-Entwickler/in oder Architekt/in aus unserem Team",
                &[],
            ),
            answer(
                "leadership.cto",
                "Ein/e CTO oder Gründer/in ohne Backend-Spezialisierung",
                &[pts(TEAM, 2)],
            ),
            answer(
                "leadership.external",
                "Eine Agentur oder Freelancer entscheiden für uns",
                &[pts(TEAM, 3)],
            ),
            answer("leadership.nobody", "Niemand Bestimmtes", &[pts(TEAM, 4)]),
        ],
        shown_if: None,
    },
    Question {
        id: "seniority",
        prompt: "Wer schreibt heute Ihren Backend-Code?",
        hint: "Wählen Sie die nächstliegende Antwort.",
        kind: Kind::Single,
        answers: &[
            answer(
                "seniority.seniors",
                "Überwiegend Senior-Entwickler/innen",
                &[],
            ),
            answer(
                "seniority.mixed",
                "Eine Mischung mit mindestens einer Senior-Person",
                &[pts(TEAM, 1)],
            ),
            answer(
                "seniority.juniors",
                "Nur Junior- oder Mid-Level-Entwickler/innen",
                &[pts(TEAM, 3)],
            ),
            answer(
                "seniority.external",
                "Eine Agentur oder Freelancer",
                &[pts(TEAM, 2)],
            ),
            answer(
                "seniority.nobody",
                "Niemand fest: Full-Stack- oder Frontend-Entwickler/innen springen ein",
                &[pts(TEAM, 3)],
            ),
        ],
        shown_if: None,
    },
    Question {
        id: "timeline",
        prompt: "Wie schnell müssen Backend-Verbesserungen bei Ihren Nutzern ankommen?",
        hint: "Ihre Time-to-Market.",
        kind: Kind::Single,
        answers: &[
            answer(
                "timeline.weeks",
                "Innerhalb von Wochen: Ein Launch, ein Deal oder eine Frist hängt davon ab",
                &[],
            ),
            answer("timeline.quarter", "Im nächsten Quartal", &[]),
            answer("timeline.year", "In diesem Jahr, ohne festen Termin", &[]),
        ],
        shown_if: None,
    },
    Question {
        id: "horizon",
        prompt: "Was zählt in den nächsten zwei Jahren am meisten für Ihr Backend?",
        hint: "Ihre strategische Priorität.",
        kind: Kind::Single,
        answers: &[
            answer(
                "horizon.stabilise",
                "Das Bestehende schnell stabilisieren",
                &[],
            ),
            answer(
                "horizon.evolve",
                "Das Produkt über Jahre weiterentwickeln, mit tiefem Domänenwissen im eigenen Haus",
                &[],
            ),
            answer("horizon.both", "Beides, etwa gleich", &[]),
        ],
        shown_if: None,
    },
    Question {
        id: "budget",
        prompt: "Wozu können Sie sich für Backend-Arbeit verpflichten?",
        hint: "Budget und Stellen.",
        kind: Kind::Single,
        answers: &[
            answer(
                "budget.permanent",
                "Eine feste Stelle für mindestens eine Backend-Rolle",
                &[],
            ),
            answer(
                "budget.project",
                "Ein Projektbudget, ohne neue feste Stellen",
                &[],
            ),
            answer("budget.undecided", "Noch nicht entschieden", &[]),
        ],
        shown_if: None,
    },
];

/// Bands in ascending order of `min_score`; the first starts at 0.
pub const BANDS: &[Band] = &[
    Band {
        id: "not-yet",
        label: "Noch nicht",
        min_score: 0,
        summary: "Ihr aktuelles Backend trägt das Produkt vorerst. Behalten Sie die Signale \
                  unten im Blick, während Sie wachsen.",
        timing_step: 0,
        why: "Wenige Ihrer Antworten deuten auf Überlastung oder Risiken im Backend hin.",
    },
    Band {
        id: "prepare",
        label: "Vorbereiten",
        min_score: 25,
        summary: "Erste Anzeichen von Überlastung im Backend zeigen sich. Planen Sie die \
                  Einstellung, bevor daraus Störungen werden.",
        timing_step: 1,
        why: "Einige Signale zeigen sich, aber keines ist schon dringend.",
    },
    Band {
        id: "hire-now",
        label: "Jetzt einstellen",
        min_score: 50,
        summary: "Ihr Produkt ist seinem Backend an mehreren Stellen entwachsen. Eine \
                  Backend-Entwicklerin oder ein Backend-Entwickler würde sich jetzt auszahlen.",
        timing_step: 2,
        why: "Mehrere Bereiche zeigen bereits die Überlastung, die Backend-Expertise behebt.",
    },
    Band {
        id: "urgent",
        label: "Dringend",
        min_score: 75,
        summary: "Das Backend bremst das Produkt, und das Risiko wächst. Handeln Sie noch in \
                  diesem Monat.",
        timing_step: 3,
        why: "Starke Signale in mehreren Bereichen zeigen, dass das Backend an seiner Grenze ist.",
    },
];

/// When to hire, from the calmest to the most urgent step.
pub const TIMING: AdviceGroup = AdviceGroup {
    heading: "Wann einstellen",
    advices: &[
        Advice {
            id: "timing.watch",
            title: "Noch nicht: Signale beobachten",
            text: "Ihr Setup reicht für heute. Machen Sie diesen Check erneut, wenn Nutzer, \
                   Daten oder Integrationen wachsen oder sich erste Symptome zeigen.",
            reasons: &[],
        },
        Advice {
            id: "timing.plan",
            title: "Die Einstellung innerhalb von sechs Monaten planen",
            text: "Beschreiben Sie die Rolle jetzt und beginnen Sie die Suche in wenigen \
                   Monaten, bevor Korrekturen zu Notfällen werden.",
            reasons: &[],
        },
        Advice {
            id: "timing.now",
            title: "Jetzt mit der Einstellung beginnen",
            text: "Schreiben Sie die Stelle jetzt aus. Eine gute Backend-Suche dauert Wochen, \
                   und jeder Monat Verzögerung vergrößert den Aufwand, der später rückgängig zu \
                   machen ist.",
            reasons: &[],
        },
        Advice {
            id: "timing.urgent",
            title: "Jetzt einstellen und Übergangshilfe holen",
            text: "Schreiben Sie die Stelle heute aus und holen Sie sich für die Wochen der \
                   Suche erfahrene Backend-Unterstützung.",
            reasons: &[],
        },
    ],
    fallback: "timing.watch",
    fallback_why: "Wenige Ihrer Antworten deuten auf Überlastung oder Risiken im Backend hin.",
};

/// Signals that move the timing one step towards urgent.
pub const URGENCY: &[Reason] = &[
    Reason {
        when: &["compliance.audit-due"],
        weight: 5,
        why: "Ein Audit steht an, und Ihre Kontrollen sind nicht darauf vorbereitet.",
    },
    Reason {
        when: &["timeline.weeks"],
        weight: 4,
        why: "Eine Frist in wenigen Wochen lässt keinen Raum, Backend-Probleme aufzuschieben.",
    },
    Reason {
        when: &["symptoms.instability", "symptoms.bad-data"],
        weight: 3,
        why: "Ausfälle zusammen mit unzuverlässigen Daten gefährden schon jetzt das Vertrauen \
              Ihrer Kunden.",
    },
];

/// The skills to prioritise in the hire, ranked by the strongest matching reason.
pub const SKILLS: AdviceGroup = AdviceGroup {
    heading: "Priorisierte Fähigkeiten",
    advices: &[
        Advice {
            id: "skill.security",
            title: "Security-First-Engineering und Audits",
            text: "Verschlüsselung, Authentifizierung und Autorisierung, Eingabevalidierung, \
                   Audit-Trails und Compliance-Kontrollen, von Anfang an eingebaut statt \
                   nachträglich angeschraubt.",
            reasons: &[
                Reason {
                    when: &["compliance.audit-due"],
                    weight: 6,
                    why: "Ein Audit steht an, und Ihre Kontrollen sind nicht bereit.",
                },
                Reason {
                    when: &["compliance.ad-hoc"],
                    weight: 4,
                    why: "Sicherheit und Compliance werden von Fall zu Fall gehandhabt, ohne \
                          Zuständigkeit.",
                },
                Reason {
                    when: &["sensitive.regulated"],
                    weight: 4,
                    why: "Sie betreiben Abläufe in einer regulierten Branche.",
                },
                Reason {
                    when: &["sensitive.payments"],
                    weight: 4,
                    why: "Sie verarbeiten Zahlungen oder andere Finanztransaktionen.",
                },
                Reason {
                    when: &["compliance.partial"],
                    weight: 3,
                    why: "Ihre Sicherheitskontrollen existieren, aber niemand überprüft sie.",
                },
                Reason {
                    when: &["sensitive.personal"],
                    weight: 2,
                    why: "Sie speichern personenbezogene Daten Ihrer Nutzer.",
                },
            ],
        },
        Advice {
            id: "skill.data",
            title: "Datenbankmodellierung, Transaktionen und Konsistenz",
            text: "Schemadesign, das Wachstum übersteht, Abwägungen zwischen SQL und NoSQL, \
                   Indizierung und Transaktionen mit ACID-Garantien.",
            reasons: &[
                Reason {
                    when: &["symptoms.bad-data"],
                    weight: 5,
                    why: "Falsche oder nicht synchrone Daten deuten auf schwache Transaktionen \
                          und Modellierung hin.",
                },
                Reason {
                    when: &["data-model.tangled"],
                    weight: 4,
                    why: "Ihr Schema ist zu riskant geworden, um es zu ändern.",
                },
                Reason {
                    when: &["data-model.strained"],
                    weight: 3,
                    why: "Ihr Datenmodell biegt sich unter Workarounds.",
                },
                Reason {
                    when: &["growth.data"],
                    weight: 2,
                    why: "Ihr Datenvolumen wächst schnell.",
                },
            ],
        },
        Advice {
            id: "skill.performance",
            title: "Caching und Abfrageoptimierung",
            text: "Profiling statt Raten, Caches dort, wo sie sich lohnen, optimierte Abfragen \
                   und Indizes, und das Wissen, wann vertikal und wann horizontal skaliert \
                   wird.",
            reasons: &[
                Reason {
                    when: &["symptoms.slow-apis"],
                    weight: 5,
                    why: "Langsame API-Antworten gehen meist auf fehlende Caches und nicht \
                          optimierte Abfragen zurück.",
                },
                Reason {
                    when: &["scaling.bigger-server"],
                    weight: 3,
                    why: "Der Wechsel auf einen größeren Server ist eine Grenze, an die Sie \
                          irgendwann stoßen.",
                },
                Reason {
                    when: &["scaling.unknown"],
                    weight: 3,
                    why: "Niemand weiß, wie Ihr System mit mehr Last zurechtkäme.",
                },
                Reason {
                    when: &["priorities.strategic"],
                    weight: 2,
                    why: "Ihre Wachstumspläne beruhen auf Performance.",
                },
            ],
        },
        Advice {
            id: "skill.integrations",
            title: "API-Design und robuste Integrationen",
            text: "Klare REST- oder GraphQL-APIs, Versionierung, Rate Limits, sichere \
                   Authentifizierung und Integrationen von Drittanbietern, die bei Fehlern \
                   kontrolliert reagieren.",
            reasons: &[
                Reason {
                    when: &["symptoms.integrations"],
                    weight: 5,
                    why: "Ihre Integrationen brechen, oder ihre Änderung dauert Wochen.",
                },
                Reason {
                    when: &["integration-health.outage"],
                    weight: 4,
                    why: "Ein langsames oder geändertes Partnersystem legt Funktionen für Ihre \
                          Nutzer lahm.",
                },
                Reason {
                    when: &["integration-health.manual"],
                    weight: 3,
                    why: "Integrationsfehler werden von Hand gefunden und geflickt.",
                },
                Reason {
                    when: &["growth.integrations"],
                    weight: 2,
                    why: "Die Zahl der Integrationen und Geschäftsregeln wächst weiter.",
                },
            ],
        },
        Advice {
            id: "skill.infrastructure",
            title: "Cloud-Infrastruktur, CI/CD und Monitoring",
            text: "Automatisierte Builds und Deployments, Container, Monitoring und Alerting auf \
                   einer Cloud-Plattform, damit Releases nicht mehr riskant sind.",
            reasons: &[
                Reason {
                    when: &["symptoms.instability"],
                    weight: 5,
                    why: "Sie erleben Ausfälle, fehlgeschlagene Deployments oder Störungen.",
                },
                Reason {
                    when: &["scaling.distributed"],
                    weight: 3,
                    why: "Microservices und Event-Streaming brauchen solides Deployment und \
                          Monitoring.",
                },
                Reason {
                    when: &["growth.users"],
                    weight: 2,
                    why: "Ihr Traffic wächst, und die Infrastruktur muss mithalten.",
                },
            ],
        },
        Advice {
            id: "skill.architecture",
            title: "Systemdesign und Skalierbarkeit",
            text: "Urteilsvermögen bei monolithischen gegenüber verteilten Designs, klare \
                   API-Grenzen, modulares Wachstum und Engpässe, die erkannt werden, bevor sie \
                   schaden.",
            reasons: &[
                Reason {
                    when: &["stage.scaling"],
                    weight: 3,
                    why: "Ihr Produkt skaliert schnell, und seine Architektur muss Schritt halten.",
                },
                Reason {
                    when: &["scaling.distributed"],
                    weight: 3,
                    why: "Die Aufteilung in Services oder Streams ist eine \
                          Architekturentscheidung mit dauerhaften Folgen.",
                },
                Reason {
                    when: &["stage.growing"],
                    weight: 2,
                    why: "Ihr Produkt ist über sein MVP hinausgewachsen.",
                },
            ],
        },
    ],
    fallback: "skill.architecture",
    fallback_why: "Kein einzelnes Problem sticht heraus, daher ist breites \
                   Architekturverständnis die beste erste Fähigkeit.",
};

/// The seniority mix of the hire.
pub const SENIORITY: AdviceGroup = AdviceGroup {
    heading: "Senioritäts-Mix",
    advices: &[
        Advice {
            id: "seniority.lead-first",
            title: "Zuerst eine Senior- oder Lead-Person, Juniors später",
            text: "Beginnen Sie mit einer Senior-Backend-Entwicklerin oder einem \
                   Senior-Backend-Entwickler, die Design und Architektur verantworten können, \
                   und ergänzen Sie dann Juniors, die sie anleiten. Wer nur mit Juniors wächst, \
                   zementiert leicht frühe Fehler.",
            reasons: &[
                Reason {
                    when: &["seniority.juniors"],
                    weight: 5,
                    why: "Nur Juniors schreiben Ihr Backend, und Wachstum braucht jemanden, der \
                          sein Design verantwortet.",
                },
                Reason {
                    when: &["leadership.nobody"],
                    weight: 5,
                    why: "Niemand in Ihrem Unternehmen verantwortet Entscheidungen zur \
                          Backend-Architektur.",
                },
                Reason {
                    when: &["seniority.nobody"],
                    weight: 4,
                    why: "Niemand in Ihrem Team arbeitet in Vollzeit am Backend.",
                },
                Reason {
                    when: &["leadership.external"],
                    weight: 4,
                    why: "Ihre Architekturentscheidungen werden außerhalb des Unternehmens \
                          getroffen.",
                },
                Reason {
                    when: &["seniority.external"],
                    weight: 3,
                    why: "Ihr Backend-Wissen liegt bei einem externen Partner.",
                },
            ],
        },
        Advice {
            id: "seniority.add-capacity",
            title: "Eine Mid-Level- oder Senior-Person neben Ihrem Lead",
            text: "Ihr Lead kann die nächste Einstellung anleiten. Eine Mid-Level- oder \
                   Senior-Person bringt Kapazität, ohne diesen Lead zu überlasten.",
            reasons: &[
                Reason {
                    when: &["leadership.lead", "seniority.mixed"],
                    weight: 3,
                    why: "Sie haben bereits einen Backend-Lead und ein gemischtes Team.",
                },
                Reason {
                    when: &["seniority.mixed"],
                    weight: 2,
                    why: "Ihr Team hat bereits eine Senior-Person.",
                },
            ],
        },
        Advice {
            id: "seniority.juniors-next",
            title: "Juniors unter Ihren Seniors",
            text: "Ihre Senior-Entwickler/innen können anleiten. Junior-Unterstützung um sie \
                   herum bringt Kapazität zu geringeren Kosten und bildet Ihre künftigen \
                   Seniors aus.",
            reasons: &[
                Reason {
                    when: &["seniority.seniors"],
                    weight: 3,
                    why: "Ihr Backend-Team ist bereits stark senior besetzt.",
                },
                Reason {
                    when: &["leadership.lead"],
                    weight: 1,
                    why: "Eine Senior-Person verantwortet bereits Ihre Backend-Architektur.",
                },
            ],
        },
    ],
    fallback: "seniority.lead-first",
    fallback_why: "Ohne klares Bild Ihres Teams ist eine Senior-Einstellung der sicherere erste \
                   Schritt.",
};

/// The hiring model: in-house, dedicated (outsourced) or hybrid.
pub const MODELS: AdviceGroup = AdviceGroup {
    heading: "Einstellungsmodell",
    advices: &[
        Advice {
            id: "model.in-house",
            title: "Intern aufbauen",
            text: "Stellen Sie Backend-Entwickler/innen fest ein, die Ihre Domäne kennenlernen \
                   und die Architektur über Jahre verantworten.",
            reasons: &[
                Reason {
                    when: &["horizon.evolve", "leadership.lead"],
                    weight: 5,
                    why: "Langfristige Weiterentwicklung ist Ihnen am wichtigsten, und ein \
                          Backend-Lead kann das Team aufbauen.",
                },
                Reason {
                    when: &["horizon.evolve", "leadership.cto"],
                    weight: 4,
                    why: "Langfristige Weiterentwicklung ist Ihnen am wichtigsten, und Ihr CTO \
                          kann ein internes Team verankern.",
                },
                Reason {
                    when: &["horizon.evolve", "budget.permanent"],
                    weight: 3,
                    why: "Sie planen über Jahre und können feste Stellen zusagen.",
                },
                Reason {
                    when: &["budget.permanent"],
                    weight: 2,
                    why: "Sie können feste Stellen für Backend-Arbeit zusagen.",
                },
                Reason {
                    when: &["horizon.evolve"],
                    weight: 1,
                    why: "Langfristige Produktentwicklung braucht Domänenwissen im eigenen Haus.",
                },
            ],
        },
        Advice {
            id: "model.dedicated",
            title: "Ein dediziertes Backend-Team hinzuziehen",
            text: "Beauftragen Sie erfahrene Backend-Spezialisten, ein dediziertes Team oder \
                   Freelancer, um die Architektur schnell zu stabilisieren, ohne langfristig \
                   Stellen zu schaffen.",
            reasons: &[
                Reason {
                    when: &["timeline.weeks", "leadership.nobody"],
                    weight: 5,
                    why: "Sie brauchen Ergebnisse in wenigen Wochen und haben intern niemanden, \
                          der eine neue Einstellung steuern kann.",
                },
                Reason {
                    when: &["timeline.weeks", "leadership.external"],
                    weight: 5,
                    why: "Sie brauchen Ergebnisse in wenigen Wochen, und Ihr Backend wird \
                          bereits von außen gesteuert.",
                },
                Reason {
                    when: &["horizon.stabilise", "budget.project"],
                    weight: 4,
                    why: "Sie wollen schnell stabilisieren, mit Projektbudget und ohne neue \
                          Stellen.",
                },
                Reason {
                    when: &["horizon.stabilise", "leadership.nobody"],
                    weight: 4,
                    why: "Sie wollen schnell stabilisieren, und intern verantwortet niemand das \
                          Backend.",
                },
                Reason {
                    when: &["budget.project"],
                    weight: 2,
                    why: "Ihr Budget gilt einem Projekt, nicht festen Stellen.",
                },
                Reason {
                    when: &["horizon.stabilise"],
                    weight: 1,
                    why: "Ihre Priorität ist, das Bestehende zu stabilisieren.",
                },
            ],
        },
        Advice {
            id: "model.hybrid",
            title: "Hybrid: jetzt Spezialisten, mit der Zeit intern",
            text: "Lassen Sie erfahrene Spezialisten die kritischen Teile stabilisieren, während \
                   Sie intern rekrutieren, und übergeben Sie das Wissen dann gezielt.",
            reasons: &[
                Reason {
                    when: &["timeline.weeks", "horizon.evolve"],
                    weight: 4,
                    why: "Sie brauchen jetzt Tempo und später langfristige Verantwortung im Haus.",
                },
                Reason {
                    when: &["timeline.weeks", "leadership.cto"],
                    weight: 4,
                    why: "Sie brauchen Ergebnisse in wenigen Wochen, und Ihr CTO kann die \
                          Übergabe an ein internes Team leiten.",
                },
                Reason {
                    when: &["horizon.both"],
                    weight: 2,
                    why: "Jetzt stabilisieren und über Jahre weiterentwickeln ist Ihnen gleich \
                          wichtig.",
                },
                Reason {
                    when: &["timeline.weeks"],
                    weight: 2,
                    why: "Ihre Frist liegt näher, als eine typische Backend-Suche dauert.",
                },
            ],
        },
    ],
    fallback: "model.hybrid",
    fallback_why: "Ihre Antworten bevorzugen kein Modell, daher beginnen Sie mit einer Mischung, \
                   die Sie anpassen können, sobald sich der Bedarf klärt.",
};

/// Labels the result screen shows.
pub const RESULT_SCORE_LABEL: &str = "Backend-Einstellungsdruck";
pub const RESULT_AREAS_HEADING: &str = "Nach Bereich";
pub const RESULT_AREA_NOT_SCORED: &str = "Nicht bewertet: keine Antworten hier";
