// What the Chromium suite (tests/e2e) and the cross-engine suite (tests/engines) both
// need, with no browser or driver imports: the scorecard's competencies and rating
// labels, the same-key sequence's settings, stored ids and seeded generator, and a host
// page filling its origin's quota.

/** The competencies, in display order (src/content/scorecard.rs). */
export const COMPETENCIES = [
  { id: "system-design", label: "System design and scalability thinking" },
  { id: "database", label: "Database depth" },
  { id: "api-integration", label: "API and integration mastery" },
  { id: "infrastructure", label: "Cloud, infrastructure and deployment" },
  { id: "security", label: "Security-first engineering" },
  { id: "communication", label: "Communication and collaboration" },
  { id: "experience", label: "Practical experience" },
];
/** The radio cards of a competency, in order: the four levels, then "No evidence". */
export const SCORES = ["Weak", "Mixed", "Strong", "Exceptional", "No evidence"];

/** The same-key sequence: how many steps, from which seed (both replayable by env). */
export const SAME_KEY_STEPS = Number(process.env.BR_SAME_KEY_STEPS || 30);
export const SAME_KEY_SEED = Number(process.env.BR_SAME_KEY_SEED || 13);
/** Where the same-key page's scorecards keep their document. */
export const SAME_KEY_STORE = "e2e-same-key:scorecard";
/** The stored score character of each rating label (src/storage/scorecard_doc.rs). */
export const SCORE_CHARS = { Weak: "1", Mixed: "2", Strong: "3", Exceptional: "4", "No evidence": "n" };
export const DECISION_IDS = { No: "no", Yes: "yes", "Strong yes": "strong-yes" };

/** A small seeded generator (mulberry32), so a failing sequence can be replayed. */
export function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** In the page (`page.evaluate(fillRest)`): the host page takes what is left of the
 * origin's quota, to within a few units, under `host-filler:N` keys; returns the keys. */
export function fillRest() {
  const keys = [];
  for (let chunk = 1 << 21; chunk >= 2; ) {
    const key = `host-filler:${keys.length}`;
    try {
      localStorage.setItem(key, "x".repeat(chunk));
      keys.push(key);
    } catch {
      chunk = Math.floor(chunk / 2);
    }
  }
  return keys;
}
