// Vue 3 typings: `<backend-ready>` in templates (Volar) and `h("backend-ready", …)` know
// its attributes once this file is included (`import type {} from "backend-ready/vue"`).
// Tell Vue's compiler it is a custom element: `compilerOptions.isCustomElement`.
import type { DefineComponent } from "vue";
import type { BackendReadyAttributes } from "./index";

declare module "vue" {
  interface GlobalComponents {
    "backend-ready": DefineComponent<BackendReadyAttributes>;
  }
}
