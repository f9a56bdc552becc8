// JSX typings for React 19: `<backend-ready mode="quiz" />` type-checks once this file is
// included (`import type {} from "backend-ready/react"`, or "types" in tsconfig).
import type { DetailedHTMLProps, HTMLAttributes } from "react";
import type { BackendReadyAttributes, BackendReadyElement } from "./index";

declare module "react" {
  namespace JSX {
    interface IntrinsicElements {
      "backend-ready": DetailedHTMLProps<HTMLAttributes<BackendReadyElement>, BackendReadyElement> &
        BackendReadyAttributes;
    }
  }
}
