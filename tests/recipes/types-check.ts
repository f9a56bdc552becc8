// Checks that the declarations say what the README says, and refuse what it forbids:
// each @ts-expect-error line must be an error, or tsc fails.
import type { BackendReadyEventDetails, BackendReadyHandle } from "backend-ready";

export function checkApi(slot: HTMLElement): BackendReadyHandle {
  const version: string = window.BackendReady.version;
  const handle = window.BackendReady.mount(slot, { mode: "scorecard", storageKey: "team-a", theme: "auto" });
  handle.element.setAttribute("theme", "dark");
  // @ts-expect-error: there is no mode "survey"
  window.BackendReady.mount(slot, { mode: "survey" });
  // @ts-expect-error: the version cannot be written
  window.BackendReady.version = version;
  return handle;
}

export function checkEvents(element: HTMLElementTagNameMap["backend-ready"]): void {
  element.addEventListener("backend-ready:quiz-completed", (event) => {
    const band: "not-yet" | "prepare" | "hire-now" | "urgent" = event.detail.band;
    const scores: (number | null)[] = event.detail.areas.map((area) => area.score);
    // @ts-expect-error: details carry ids and figures, no free text
    const typed: string = event.detail.notes;
    void [band, scores, typed];
  });
  document.addEventListener("backend-ready:interview-submitted", (event) => {
    const version: number = event.detail.version;
    void version;
  });
  const submitted: BackendReadyEventDetails["backend-ready:candidate-changed"]["change"] = "archived";
  // @ts-expect-error: not a change the scorecard reports
  const wrong: BackendReadyEventDetails["backend-ready:candidate-changed"]["change"] = "renamed";
  void [submitted, wrong];
}

export async function checkDataApi(handle: BackendReadyHandle): Promise<string> {
  const report = await handle.importData(await handle.exportData());
  if (report.refused !== undefined) return report.refused;
  const kind: "scorecard" | "interview" = report.offered;
  // @ts-expect-error: importData takes the file's text
  await handle.importData(new Blob([]));
  return kind;
}
