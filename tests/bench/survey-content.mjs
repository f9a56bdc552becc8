// The quiz for the SurveyJS side of the load benchmark, built from our own content
// (the English texts, src/content/en/quiz.rs) so both sides show the same questions and
// answers.
import { readFileSync } from "node:fs";

const CONTENT = new URL("../../src/content/en/quiz.rs", import.meta.url);
const QUESTION_COUNT = 12;

/** Joins Rust string literals split with a trailing backslash. */
const unescape = (literal) => literal.replace(/\\\n\s*/g, "").replace(/\\"/g, '"');

function questions() {
  const source = readFileSync(CONTENT, "utf8");
  const blocks = source.split(/\n    Question \{/).slice(1);
  return blocks.slice(0, QUESTION_COUNT).map((block) => ({
    type: /Kind::Multi/.test(block) ? "checkbox" : "radiogroup",
    name: /id: "([^"]+)"/.exec(block)[1],
    title: unescape(/prompt: "((?:[^"\\]|\\.|\\\n)*)"/.exec(block)[1]),
    // answer("id", "label", …) and none_of_these("id", "label")
    choices: [...block.matchAll(/(?:answer|none_of_these)\(\s*"[^"]+",\s*"((?:[^"\\]|\\.|\\\n)*)"/g)].map((m) => unescape(m[1])),
  }));
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
