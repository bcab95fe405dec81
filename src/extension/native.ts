// Which global holds the extension API in a content script that calls it natively (without
// webextension-polyfill): Firefox's `browser`, otherwise Chromium's `chrome`.

interface MaybeApi {
  runtime?: { id?: unknown; sendMessage?: unknown };
}

/**
 * `browser` is taken only when it looks like the API (a runtime with an id and a sendMessage):
 * in a content script's world a global the browser does not define reads as the page's element of
 * that id, so on a Chrome older than the ones that define `browser` a page's <div id="browser">
 * would be taken for the API and the script would throw at its first call. The page cannot shadow
 * `chrome`, which every Chromium and Firefox defines.
 */
export function nativeApi<A>(global: object): A {
  const { browser, chrome } = global as { browser?: MaybeApi; chrome?: unknown };
  const runtime = browser?.runtime;
  const isApi =
    typeof runtime?.id === 'string' && runtime.id !== '' && typeof runtime.sendMessage === 'function';
  // Asserted: the caller names the parts of the API it uses, which both browsers define.
  return (isApi ? browser : chrome) as A;
}
