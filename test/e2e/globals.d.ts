// Extension APIs as seen inside browser.evaluate() callbacks in the tests.
declare const chrome: typeof import('webextension-polyfill').default & {
  action: { getBadgeText(d: { tabId: number }): Promise<string> };
};
declare const browser: typeof import('webextension-polyfill').default;
// Files the story page's export made, captured by test/e2e/story.e2e.ts.
interface Window {
  __saved: Blob[];
  /** The story page's scrollIntoView calls, counted by story.e2e.ts. */
  __scrolls: number;
}
