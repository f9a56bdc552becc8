// JSX typings for Preact: `<backend-ready mode="quiz" />` type-checks once this file is
// included (`import type {} from "backend-ready/preact"`).
import type { BackendReadyAttributes, BackendReadyElement } from "./index";

declare module "preact" {
  namespace JSX {
    interface IntrinsicElements {
      "backend-ready": HTMLAttributes<BackendReadyElement> & BackendReadyAttributes;
    }
  }
}
