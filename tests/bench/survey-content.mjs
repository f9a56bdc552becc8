// The quiz for the SurveyJS side of the load benchmark, built from our own content (the
// question structure in src/content/quiz/items.rs, the English texts in
// src/content/en/quiz.txt) so both sides show the same questions and answers.
import { readFileSync } from "node:fs";

const ITEMS = new URL("../../src/content/quiz/items.rs", import.meta.url);
const TEXTS = new URL("../../src/content/en/quiz.txt", import.meta.url);
const QUESTION_COUNT = 12;

/** The `key = text` table (a line starting with a space continues the one before). */
function table() {
  const texts = new Map();
  let last = null;
  for (const line of readFileSync(TEXTS, "utf8").split("\n")) {
    if (!line.trim() || line.startsWith("#")) continue;
    if (/^\s/.test(line) && last) {
      texts.set(last, `${texts.get(last)} ${line.trim()}`);
      continue;
    }
    const at = line.indexOf(" = ");
    last = line.slice(0, at).trim();
    texts.set(last, line.slice(at + 3).trim());
  }
  return texts;
}

function questions() {
  const texts = table();
  const blocks = readFileSync(ITEMS, "utf8").split(/\n    Question \{/).slice(1);
  return blocks.slice(0, QUESTION_COUNT).map((block) => {
    const name = /id: "([^"]+)"/.exec(block)[1];
    return {
      type: /Kind::Multi/.test(block) ? "checkbox" : "radiogroup",
      name,
      title: texts.get(`${name}.prompt`),
      // answer("id", t::…, …) and none_of_these("id", t::…)
      choices: [...block.matchAll(/(?:answer|none_of_these)\(\s*"([^"]+)"/g)].map((m) => texts.get(m[1])),
    };
  });
}

/** The script that renders the quiz with SurveyJS into #survey. */
export function surveyScript() {
  const json = {
    firstPageIsStarted: true,
    startSurveyText: "Start the check",
    pages: [
      { elements: [{ type: "html", name: "intro", html: "<h2>Is your system backend-ready for scale?</h2><p>A few questions about your product show whether it has outgrown its backend.</p>" }] },
      ...questions().map((question) => ({ elements: [question] })),
    ],
  };
  return `SurveyUI.renderSurvey(new Survey.Model(${JSON.stringify(json)}), document.getElementById("survey"));\n`;
}

export const surveyQuestionCount = () => questions().length;
