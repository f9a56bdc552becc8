// The scorecard store the benchmarks load (tests/bench/scale.mjs, tests/bench/frame.mjs):
// `count` candidates, each with 4 submitted interviews of 7 ratings with a 60-character
// evidence note, in the stored format (backend-ready/scorecard-store v1).
const COMPETENCIES = 7;
const STAGES = ["architecture-case-study", "database-modelling", "api-integration-scenarios", "infrastructure-awareness"];
const DECISIONS = ["strong-no", "no", "yes", "strong-yes"];

/** The stored document for `count` candidates, as the widget writes it. */
export function store(count) {
  const note = (c, i, k) => `Evidence ${c}-${i}-${k}: explained the trade-offs clearly.`.padEnd(60, ".").slice(0, 60);
  const candidates = [];
  const interviews = [];
  for (let c = 0; c < count; c++) {
    const id = `c${String(c).padStart(16, "0")}`;
    candidates.push([id, `Candidate ${c}`, "Backend engineer", "senior", "", false]);
    for (let i = 0; i < 4; i++) {
      let scores = "";
      const notes = [];
      for (let k = 0; k < COMPETENCIES; k++) {
        scores += String(1 + ((c + i + k) % 4));
        notes.push(note(c, i, k));
      }
      interviews.push([`i${String(c * 4 + i).padStart(16, "0")}`, id, `Interviewer ${i}`, STAGES[i], 1, "s", scores, notes, DECISIONS[(c + i) % 4], []]);
    }
  }
  return JSON.stringify({
    format: "backend-ready/scorecard-store",
    version: 1,
    me: "Bench",
    roles: [["Backend engineer", "senior", [20, 15, 15, 15, 15, 10, 10]]],
    candidates,
    interviews,
  });
}
