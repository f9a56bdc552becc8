// Type declarations of backend-ready's embed contract: the <backend-ready> element and
// its attributes, window.BackendReady and the mount handle, and every event's detail.
// Framework typings: "backend-ready/react", "backend-ready/preact", "backend-ready/vue".

/** Which tool a widget shows. */
export type BackendReadyMode = "quiz" | "scorecard";
/** `auto` follows the visitor's `prefers-color-scheme`. */
export type BackendReadyTheme = "light" | "dark" | "auto";
/** `""` (the attribute present without a value) means on. */
export type BackendReadySwitch = "on" | "off" | "";

/** The options as attributes of `<backend-ready>` (and `data-*` of the script tag). */
export interface BackendReadyAttributes {
  mode?: BackendReadyMode;
  /** 1–64 of `A-Z a-z 0-9 - _ . :`; default `backend-ready`. */
  "storage-key"?: string;
  /** A language tag; `de…` is German, any other English. Default: the closest `lang`. */
  locale?: string;
  theme?: BackendReadyTheme;
  /** `https:`, `http:`, `mailto:`, `tel:` or a relative link. */
  "cta-url"?: string;
  /** Plain text, up to 80 characters (needs `cta-url`). */
  "cta-label"?: string;
  "cta-context"?: BackendReadySwitch;
  /** Opt-in (scorecard): `interview-submitted` carries the submitted interview's file. */
  "submitted-file"?: BackendReadySwitch;
}

/** The options of `BackendReady.mount`: the attributes, also in camelCase. */
export interface BackendReadyOptions extends BackendReadyAttributes {
  storageKey?: string;
  ctaUrl?: string;
  ctaLabel?: string;
  ctaContext?: BackendReadySwitch;
  submittedFile?: BackendReadySwitch;
}

/** The quiz's verdict bands, least to most urgent. */
export type BackendReadyBand = "not-yet" | "prepare" | "hire-now" | "urgent";
/** The quiz's areas. */
export type BackendReadyArea = "scale" | "data" | "security" | "integrations" | "team";
/** How a candidate changed in the scorecard. */
export type CandidateChange = "added" | "updated" | "archived" | "unarchived" | "deleted" | "restored";

export interface OptionProblem {
  option: string;
  value: string;
  message: string;
}

/** Each event's `detail`, by event name. Details carry ids and figures, never text a
 * visitor typed. */
export interface BackendReadyEventDetails {
  "backend-ready:mounted": { mode: BackendReadyMode; version: string };
  "backend-ready:option-error": { problems: OptionProblem[] };
  "backend-ready:load-error": { message: string };
  "backend-ready:fault": Record<string, never>;
  "backend-ready:quiz-started": Record<string, never>;
  "backend-ready:quiz-answered": { question: string; answers: string[] };
  "backend-ready:quiz-completed": {
    score: number;
    band: BackendReadyBand;
    areas: { area: BackendReadyArea; score: number | null }[];
    /** Point ids: the timing, the skills first, the seniority, the hiring model. */
    recommendation: string[];
  };
  "backend-ready:cta-clicked": { url: string };
  "backend-ready:candidate-changed": { candidateId: string; change: CandidateChange };
  "backend-ready:interview-submitted": {
    candidateId: string;
    interviewId: string;
    stage: string;
    version: number;
    /** With the `submitted-file` option only: the interview file (JSON text), the same
     * file "send as file" downloads and the import accepts. The event waits for this
     * browser's signature of the version, so the file is signed where Web Crypto can sign.
     * Still waiting when the widget is removed, it comes at once, unsigned, and also on
     * `document.documentElement`, so listeners on the document still hear it. */
    file?: string;
  };
  /** "Use this for a hiring role" on the quiz result: the recommendation's ids. */
  "backend-ready:role-drafted": { skills: string[]; seniority: string; model: string };
  /** A role drafted from the quiz was accepted in the scorecard: the same ids and the
   * role's level. */
  "backend-ready:role-accepted": { skills: string[]; level: "junior" | "mid" | "senior" | "lead"; model: string };
}

export type BackendReadyEventName = keyof BackendReadyEventDetails;

/** The events as `CustomEvent`s, for `addEventListener` on the element, any ancestor,
 * the document or the window (they bubble and leave the shadow root). */
export type BackendReadyEventMap = {
  [Name in BackendReadyEventName]: CustomEvent<BackendReadyEventDetails[Name]>;
};

/** What `importData` did: offered the file for the preview (nothing changes before the
 * user chooses Import), or refused it with the sentence the import control shows. */
export type BackendReadyImportReport =
  | { offered: "scorecard" | "interview"; refused?: undefined }
  | { refused: string; offered?: undefined };

/** The data API of scorecard widgets (it waits until the widget is ready; on a quiz
 * widget both reject). */
export interface BackendReadyDataApi {
  /** The export file (JSON text) of everything the widget holds: the same file as
   * "Export everything". */
  exportData(): Promise<string>;
  /** Reads `text` (an export file or an interview file) as the import control does. */
  importData(text: string): Promise<BackendReadyImportReport>;
}

/** The `<backend-ready>` element. */
export interface BackendReadyElement extends HTMLElement, BackendReadyDataApi {
  addEventListener<K extends keyof BackendReadyEventMap>(
    type: K,
    listener: (this: BackendReadyElement, event: BackendReadyEventMap[K]) => unknown,
    options?: boolean | AddEventListenerOptions,
  ): void;
  addEventListener<K extends keyof HTMLElementEventMap>(
    type: K,
    listener: (this: BackendReadyElement, event: HTMLElementEventMap[K]) => unknown,
    options?: boolean | AddEventListenerOptions,
  ): void;
  addEventListener(
    type: string,
    listener: EventListenerOrEventListenerObject,
    options?: boolean | AddEventListenerOptions,
  ): void;
  removeEventListener<K extends keyof BackendReadyEventMap>(
    type: K,
    listener: (this: BackendReadyElement, event: BackendReadyEventMap[K]) => unknown,
    options?: boolean | EventListenerOptions,
  ): void;
  removeEventListener<K extends keyof HTMLElementEventMap>(
    type: K,
    listener: (this: BackendReadyElement, event: HTMLElementEventMap[K]) => unknown,
    options?: boolean | EventListenerOptions,
  ): void;
  removeEventListener(
    type: string,
    listener: EventListenerOrEventListenerObject,
    options?: boolean | EventListenerOptions,
  ): void;
}

/** What `BackendReady.mount` returns. */
export interface BackendReadyHandle extends BackendReadyDataApi {
  /** The `<backend-ready>` element it appended. */
  readonly element: BackendReadyElement;
  /** Removes the widget (what it saved stays saved). */
  unmount(): void;
}

/** `window.BackendReady`, defined by `embed.js`. */
export interface BackendReadyApi {
  /** This release's version, e.g. "0.2.0". */
  readonly version: string;
  /** Appends a widget to `target` with `options`. */
  mount(target: Element, options?: BackendReadyOptions): BackendReadyHandle;
}

declare global {
  interface Window {
    /** Defined once `embed.js` has run. */
    readonly BackendReady: BackendReadyApi;
  }
  interface HTMLElementTagNameMap {
    "backend-ready": BackendReadyElement;
  }
  interface HTMLElementEventMap extends BackendReadyEventMap {}
  interface DocumentEventMap extends BackendReadyEventMap {}
  interface WindowEventMap extends BackendReadyEventMap {}
}
