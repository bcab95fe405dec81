// The shape of results.json: what run.ts writes and tables.ts renders. Declared once so that a
// field run.ts renames or drops is a compile error in the renderer, not a silent "—" in the README.

/** A page's repeated runs: median with min–max, in milliseconds (or a count, for collections). */
export interface Stat {
  median: number;
  min: number;
  max: number;
}

/** The matcher alone in Node, on the 2,000-word story article. */
export interface EngineResult {
  words: number;
  firstCall: number;
  warm: Stat;
  tokenise: Stat;
}

/** A non-story page: the real gate script against the floor (one text pass) and an empty script. */
export interface NonStoryRow {
  browser: string;
  page: string;
  floor: Stat;
  empty: Stat;
  backstory: Stat;
  gate: Stat;
  ratioToFloor: number;
  aboveEmpty: number;
  /** Other builds' gate scripts, their loads alternating with this build's (`--gate-before`). */
  before?: Stat[];
}

/** A story page in a renderer that keeps its compiled scripts between loads. */
export interface StoryRow {
  browser: string;
  page: string;
  recognised: boolean;
  pageWork: Stat;
  extract: Stat;
  match: Stat;
  warmMatch: Stat;
  script: Stat;
  overlay: Stat;
  /**
   * The overlay's first look for what covers its markers, in the frame after its first render,
   * alone: in the extension that frame also holds the ResizeObserver's repaint, not timed here.
   */
  overlayLook: Stat;
  readability: Stat;
  pageRatio: number;
  overlayRatio: number;
  /** The slowest run of extraction, the overlay's first render or its next frame's look. */
  longestPageTask: number;
  /** Null where the browser has no precise heap figure (Firefox). */
  heapBytes: number | null;
}

/** A story page in a new browser context each run; `gc` is Chromium's alone (from a trace). */
export interface FreshRow {
  browser: string;
  page: string;
  pageWork: Stat;
  match: Stat;
  readability: Stat;
  ratio: number;
  gc: { count: Stat; ms: Stat } | null;
}

/**
 * The real background's JavaScript time per story-page load: all of it, the match's matching, and
 * before the match; and in wall time the match message's handling (the reader's wait in the worker).
 */
export interface BusyMs {
  total: number;
  match: number;
  wait: number;
  before: number;
  /** From the gate's message to the match's end, wall time: injection, extraction, the match. */
  fromGate: number;
}
export interface BackgroundRow {
  page: string;
  first: BusyMs;
  warm: { [K in keyof BusyMs]: Stat };
  restarted: { [K in keyof BusyMs]: Stat };
}

/** One synthetic index of `stories` stories. */
export interface ScaleRow {
  stories: number;
  claims: number;
  indexBytes: number;
  indexGzip: number;
  contentScriptGzip: number;
  compileMs: number;
  storyGate: Stat;
  storyMatch: Stat;
  storyRecognised: string | null;
  candidates: number;
  nearTopicGate: Stat;
  nearTopicMatch: Stat;
}

export interface FileSize {
  bytes: number;
  gzip: number;
}
export interface Sizes {
  gateScript: FileSize;
  fullContentScript: FileSize;
  popup: FileSize;
  background: FileSize;
  index: FileSize;
  gate: FileSize;
}

export interface BenchResults {
  machine: { cpus: number; model: string; memGiB: number; node: string };
  runs: number;
  smoke: boolean;
  engine: EngineResult;
  storyFresh: FreshRow[];
  nonStory: NonStoryRow[];
  story: StoryRow[];
  background: BackgroundRow[];
  scale: ScaleRow[];
  sizes: Sizes;
}

/**
 * What a results.json may hold: any part can be missing (an older run had no such column, a
 * `--chromium-only` run has no Firefox rows), and the renderer shows it as "—". Field names stay
 * those of BenchResults, so a rename still fails to compile.
 */
export type PartialResults = Partly<BenchResults>;
/** Every field optional, at every depth; arrays stay arrays (of partial rows). */
export type Partly<T> = T extends (infer U)[]
  ? Partly<U>[]
  : T extends object
    ? { [K in keyof T]?: Partly<T[K]> }
    : T;
