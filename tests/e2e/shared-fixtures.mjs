// What the Chromium suite (tests/e2e) and the cross-engine suite (tests/engines) both
// need, with no browser or driver imports: the scorecard's competencies and rating
// labels; the same-key sequence's settings, stored ids, seeded generator, steps and
// check; answering the quiz to its result; waiting for the widgets' saves; what has
// focus; the mounted event; and a host page filling its origin's quota.
import assert from "node:assert/strict";

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

/** A rating step of the same-key sequence, after its candidate is picked: one rating,
 * or (a third of the time) all seven and a recommendation. */
export function pickRating(next, pick) {
  const all = next() < 1 / 3;
  const scores = all ? COMPETENCIES.map((_, competency) => [competency, pick(SCORES)]) : [[Math.floor(next() * COMPETENCIES.length), pick(SCORES)]];
  const decision = all ? pick(Object.keys(DECISION_IDS)) : null;
  return { scores, decision };
}

/** Keeps in `ratings` (name to its stored scores and decision) what rating `name` with
 * `scores` and `decision` leaves; returns the step's words for the log. */
export function noteRating(ratings, name, scores, decision) {
  if (!ratings.has(name)) ratings.set(name, { scores: new Map(), decision: null });
  const given = ratings.get(name);
  for (const [competency, score] of scores) {
    // A changed rating clears the recommendation (it is made last).
    if (given.scores.get(competency) !== SCORE_CHARS[score]) given.decision = null;
    given.scores.set(competency, SCORE_CHARS[score]);
  }
  if (decision) given.decision = DECISION_IDS[decision];
  const told = scores.map(([competency, score]) => `${COMPETENCIES[competency].id} ${score}`).join(", ");
  return `rates ${name}: ${told}${decision ? `; recommends ${decision}` : ""}`;
}

/** Checks the stored same-key document holds `names` and Ann's every rating kept in
 * `ratings`; `log` (the steps) goes with a failure. */
export function checkStoredSequence(stored, names, ratings, log) {
  assert.deepEqual(stored.candidates.map((c) => c[1]).sort(), [...names].sort(), `stored candidates\n${log.join("\n")}`);
  for (const [name, given] of ratings) {
    const id = stored.candidates.find((c) => c[1] === name)[0];
    const interview = stored.interviews.find((i) => i[1] === id && i[2] === "Ann");
    assert.ok(interview, `Ann's interview of ${name} is stored`);
    for (const [competency, score] of given.scores) {
      assert.equal(interview[6][competency], score, `${name}: ${COMPETENCIES[competency].id}\n${log.join("\n")}`);
    }
    assert.equal(interview[8], given.decision, `${name}: the recommendation\n${log.join("\n")}`);
  }
}

/** The same-key sequence's expectations, step by step, from its seed: the candidates'
 * names, Ann's ratings as storage should keep them (`noteRating`), and the steps' log.
 * Both suites drive the widgets their own way and note each step here. */
export class SameKeySequence {
  constructor(seed) {
    this.next = random(seed);
    this.names = [];
    this.ratings = new Map();
    this.log = [];
    this.count = 0;
  }

  /** The sequence's actors: the two widgets of tab one, and the full widget of tab two
   * (each tab `{ page, widgets }`, the summary widget first). */
  static actors(one, two) {
    return [
      { name: "tab one, summary", page: one.page, ui: one.widgets[0] },
      { name: "tab one, full", page: one.page, ui: one.widgets[1] },
      { name: "tab two, full", page: two.page, ui: two.widgets[1] },
    ];
  }

  /** One of `list`, by the seeded generator. */
  pick(list) {
    return list[Math.floor(this.next() * list.length)];
  }

  /** The next step's kind: an add while the list is empty. */
  pickKind() {
    return this.pick(this.names.length === 0 ? ["add"] : ["add", "add", "quick adds", "rename", "rate", "delete"]);
  }

  /** A name no candidate had yet. */
  newName() {
    return `Candidate ${++this.count}`;
  }

  /** The log so far, one step a line, for a failure's message. */
  told() {
    return this.log.join("\n");
  }

  /** Runs `steps` steps, each by one of `actors` (`{ name, page, ui }`, its page brought
   * to the front): an add, two adds at once by two actors, a rename, a rating or a
   * delete, done through `drive` (the suite's way to work the widgets: `add(actor,
   * name)`, `addTogether(actor, first, other, second)`, `rename(actor, from, to)`,
   * `rate(actor, name, scores, decision)`, `remove(actor, name)`), then noted; after
   * each step, `drive.check()`. */
  async run(steps, actors, drive) {
    for (let step = 1; step <= steps; step++) {
      const actor = this.pick(actors);
      const kind = this.pickKind();
      await actor.page.bringToFront();
      if (kind === "add") {
        const name = this.newName();
        await drive.add(actor, name);
        this.names.push(name);
        this.log.push(`${step}. ${actor.name} adds ${name}`);
      } else if (kind === "quick adds") {
        const other = this.pick(actors.filter((a) => a !== actor));
        const [first, second] = [this.newName(), this.newName()];
        await drive.addTogether(actor, first, other, second);
        this.names.push(first, second);
        this.log.push(`${step}. ${actor.name} adds ${first} while ${other.name} adds ${second}`);
      } else if (kind === "rename") {
        const from = this.pick(this.names);
        const to = `${from} (renamed ${step})`;
        await drive.rename(actor, from, to);
        this.names = this.names.map((n) => (n === from ? to : n));
        if (this.ratings.has(from)) this.ratings.set(to, this.ratings.get(from)), this.ratings.delete(from);
        this.log.push(`${step}. ${actor.name} renames ${from} to ${to}`);
      } else if (kind === "rate") {
        // One rating, or (a third of the time) all seven and a recommendation.
        const name = this.pick(this.names);
        const { scores, decision } = pickRating(this.next, (list) => this.pick(list));
        await drive.rate(actor, name, scores, decision);
        this.log.push(`${step}. ${actor.name} ${noteRating(this.ratings, name, scores, decision)}`);
      } else {
        const name = this.pick(this.names);
        await drive.remove(actor, name);
        this.names = this.names.filter((n) => n !== name);
        this.ratings.delete(name);
        this.log.push(`${step}. ${actor.name} deletes ${name}`);
      }
      await drive.check();
    }
  }

  /** Checks the stored document against the sequence (`checkStoredSequence`). */
  checkStored(stored) {
    checkStoredSequence(stored, this.names, this.ratings, this.log);
  }
}

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

/** The most questions the quiz asks on any path: a loop answering it stops there. */
export const MOST_QUESTIONS = 16;

/**
 * Answers the quiz until `reached()` (by default: its result): `answer(step)` answers
 * the current question and goes on. Fails once `most` questions are answered without
 * reaching it. Returns how many were answered.
 */
export async function answerUntil(reached, answer, { most = MOST_QUESTIONS, what = "the result" } = {}) {
  let answered = 0;
  while (!(await reached())) {
    if (answered >= most) throw new Error(`the quiz never reached ${what}: ${most} questions answered`);
    await answer(answered);
    answered += 1;
  }
  return answered;
}

/** The scorecard writes a change this long after rendering it (`SAVE_DELAY_MS`,
 * src/ui/scorecard/persist.rs); the quiz writes at once. */
export const SAVE_DELAY_MS = 300;

/**
 * In the page (`page.evaluate(savesRun)`): resolves once every save the widgets have
 * scheduled so far has run. A widget renders a change at once (Yew renders in a
 * microtask) and then sets a timer of SAVE_DELAY_MS for its save, which waits again
 * while changes keep coming; timers of one delay run in the order they were set, so a
 * timer set now runs after each of them or after it set its last wait. A second round
 * covers that last wait and a save that leads to another (a same-key widget merging
 * what it heard).
 */
export function savesRun() {
  const delay = 300; // SAVE_DELAY_MS (this runs in the page)
  const timer = () => new Promise((done) => setTimeout(done, delay));
  return timer().then(timer);
}

/** In the page (`page.evaluate(whatHasFocus)`): what has keyboard focus, looking
 * inside shadow roots. */
export function whatHasFocus() {
  let element = document.activeElement;
  while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
  return {
    tag: element?.tagName.toLowerCase(),
    type: element?.getAttribute("type") ?? null,
    id: element?.id || null,
    text: element?.textContent.trim(),
    label: element?.labels?.[0]?.textContent.trim() ?? null,
    group: element?.closest("fieldset")?.querySelector("legend")?.textContent.trim() ?? null,
    checked: element?.checked ?? null,
  };
}

/** Presses Tab (`pressTab()`) until `wanted(await focus())` holds; fails after `most`
 * presses, saying what has focus. */
export async function tabUntil(focus, pressTab, wanted, what, most) {
  for (let presses = 0; presses < most; presses++) {
    if (wanted(await focus())) return;
    await pressTab();
  }
  throw new Error(`Tab never reached ${what}; focus is on ${JSON.stringify(await focus())}`);
}

/** The `mounted` event a widget of `mode` sends from `<backend-ready>` (no id), as the
 * host page's recorder (tests/e2e/hosts/record-events.js) keeps it. */
export function mountedEvent(mode, version) {
  return { type: "backend-ready:mounted", detail: { mode, version }, bubbles: true, composed: true, target: "backend-ready", targetId: null };
}
