// Extension APIs as seen inside browser.evaluate() callbacks in the tests.
declare const chrome: typeof import('webextension-polyfill').default & {
  action: { getBadgeText(d: { tabId: number }): Promise<string> };
};
declare const browser: typeof import('webextension-polyfill').default;
