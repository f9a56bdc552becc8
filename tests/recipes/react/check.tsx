// The React typings refuse what the attributes do not allow.
import type {} from "backend-ready/react";

export const ok = <backend-ready mode="scorecard" cta-context="on" />;
// @ts-expect-error: there is no mode "survey"
export const wrong = <backend-ready mode="survey" />;
