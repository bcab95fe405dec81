// Which global a content script takes for the extension API.

import { describe, expect, test } from 'vitest';
import { nativeApi } from '../../../src/extension/native.ts';

const chrome = { runtime: { id: 'abc', sendMessage: async () => undefined } };

describe('nativeApi', () => {
  test('Firefox’s browser is taken when it is the API', () => {
    const browser = { runtime: { id: 'backstory@example', sendMessage: async () => undefined } };
    expect(nativeApi({ browser, chrome })).toBe(browser);
  });

  test.each<[string, unknown]>([
    ['no browser global', undefined],
    // What a content script's window gives for `browser` on a Chrome that does not define it and
    // a page with <div id="browser">: an element, with no runtime.
    ['a page element of id "browser"', { id: 'browser', tagName: 'DIV' }],
    // <form id="browser"><input name="runtime" id="x"> gives an element with an id as runtime.
    ['a page form of id "browser" with a field named runtime', { runtime: { id: 'x', tagName: 'INPUT' } }],
  ])('with %s, Chrome’s chrome is taken', (_, browser) => {
    expect(nativeApi({ browser, chrome })).toBe(chrome);
  });
});
