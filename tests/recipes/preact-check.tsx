/** @jsxImportSource preact */
// The Preact typings: <backend-ready> with its attributes type-checks, a wrong value does not.
import type {} from "backend-ready/preact";

export const ok = <backend-ready mode="quiz" theme="dark" storage-key="site" />;
// @ts-expect-error: there is no theme "blue"
export const wrong = <backend-ready theme="blue" />;
