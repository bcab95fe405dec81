// The message contract: one typed send and one handle per direction. The @ts-expect-error lines
// are the type-level tests: `npm run typecheck` fails if any of them stops being an error.

import { describe, expect, test } from 'vitest';
import { fail, handle, ok, sender, type Result, type Shapes } from '../../../src/extension/contract.ts';
import { hasFields, isInt, nullable, str, type Fields, type Spec } from '../../../src/model/guards.ts';
import {
  CONTENT_SHAPES,
  EXTENSION_PAGE_SHAPES,
  TAB_SHAPES,
  type ContentContract,
  type ExtensionPageContract,
  type TabContract,
} from '../../../src/extension/messages.ts';

const sendOver = (transport: (m: unknown) => Promise<unknown>) => sender<ContentContract>(transport);

describe('send', () => {
  test('puts the name beside the payload on the wire and hands back the receiver’s result', async () => {
    const wire: unknown[] = [];
    const send = sendOver(async (m) => (wire.push(m), ok(null)));
    expect(await send('match', { ids: ['s'], paragraphs: ['p'] })).toEqual(ok(null));
    expect(wire).toEqual([{ type: 'match', ids: ['s'], paragraphs: ['p'] }]);
  });

  test.each<[string, (m: unknown) => Promise<unknown>, RegExp]>([
    [
      'a receiver that is gone',
      async () => Promise.reject(new Error('Extension context invalidated')),
      /invalidated/,
    ],
    [
      // Chrome's native sendMessage throws at once, before any promise, in a content script whose
      // extension was reloaded or updated.
      'a receiver whose extension was reloaded, thrown at the call',
      () => {
        throw new Error('Extension context invalidated.');
      },
      /invalidated/,
    ],
    ['no receiver answering', async () => undefined, /no answer/],
    ['an answer that is not a result', async () => 'yes', /no answer/],
  ])('%s comes back as a failure, not a throw', async (_, transport, error) => {
    const reply = await sendOver(transport)('no-story', {});
    expect(reply.ok).toBe(false);
    expect(reply.ok ? '' : reply.error).toMatch(error);
  });

  test('a misspelt name, a wrong payload or a wrong use of the reply fails tsc', async () => {
    const send = sendOver(async () => ok(true));
    // @ts-expect-error: no such message
    await send('mtach', { ids: [], paragraphs: [] });
    // @ts-expect-error: the match request carries paragraphs, not paragraph
    await send('match', { ids: [], paragraph: [] });
    // @ts-expect-error: ids are strings
    await send('match', { ids: [1], paragraphs: [] });
    // @ts-expect-error: the headline is a range of the paragraphs
    await send('match', { ids: [], paragraphs: [], headline: 0 });
    const reply = await send('overlay', { shown: true });
    // @ts-expect-error: the overlay report's reply is `true`, not a page view
    if (reply.ok) void reply.value.storyId;
    // @ts-expect-error: get-tab is an extension page's message, not a content script's
    await send('get-tab', { tabId: 1 });
    const toTab = sender<TabContract>(async () => ok(null));
    // @ts-expect-error: the tab's focus-claim has no tab id (the background's does)
    await toTab('focus-claim', { tabId: 1, paragraph: 0, claimId: 'c' });
    expect(reply).toEqual(ok(true));
  });
});

describe('handle', () => {
  const calls: unknown[] = [];
  const refusals: string[] = [];
  const receive = handle<ContentContract, string>(
    {
      shapes: CONTENT_SHAPES,
      admit: (from, name) => (from === 'tab' ? null : `${name} must come from a tab`),
      handlers: {
        'gate-passed': () => ok(true),
        'no-story': () => ok(true),
        match: (m) => (calls.push(m.paragraphs), ok(null)),
        overlay: (m) => (m.shown ? ok(true) : fail('no overlay')),
        'open-story': () => ok(true),
      },
    },
    (reason) => (refusals.push(reason), fail(reason)),
  );

  test.each<[string, unknown, string, Result<unknown> | undefined, string[]]>([
    [
      'a message of the contract from an admitted sender',
      { type: 'overlay', shown: true },
      'tab',
      ok(true),
      [],
    ],
    ['a handler’s failure', { type: 'overlay', shown: false }, 'tab', fail('no overlay'), []],
    ['another contract’s message', { type: 'get-tab', tabId: 1 }, 'tab', undefined, []],
    ['a property of every object, as a name', { type: 'toString' }, 'tab', undefined, []],
    [
      'the wrong shape',
      { type: 'overlay', shown: 'yes' },
      'tab',
      fail('overlay has the wrong shape'),
      ['overlay has the wrong shape'],
    ],
    [
      'a headline that is no paragraph’s number',
      { type: 'match', ids: ['s'], paragraphs: ['p'], headline: { first: 0.5, count: 1 } },
      'tab',
      fail('match has the wrong shape'),
      ['match has the wrong shape'],
    ],
    [
      'a headline of no lines',
      { type: 'match', ids: ['s'], paragraphs: ['p'], headline: { first: 0, count: 0 } },
      'tab',
      fail('match has the wrong shape'),
      ['match has the wrong shape'],
    ],
    [
      'a headline whose last line is past any page the reader sends',
      { type: 'match', ids: ['s'], paragraphs: ['p'], headline: { first: 1, count: 600 } },
      'tab',
      fail('match has the wrong shape'),
      ['match has the wrong shape'],
    ],
    [
      'the wrong sender',
      { type: 'no-story' },
      'page',
      fail('no-story must come from a tab'),
      ['no-story must come from a tab'],
    ],
  ])('%s', async (_, message, from, reply, refused) => {
    refusals.length = 0;
    expect(await receive(message, from)).toEqual(reply);
    expect(refusals).toEqual(refused);
  });

  test.each<[string, () => Result<true> | Promise<Result<true>>]>([
    [
      'throws',
      () => {
        throw new Error('no overlay yet');
      },
    ],
    ['rejects', async () => Promise.reject(new Error('no overlay yet'))],
  ])('a handler that %s answers with a failure, which the sender gets back', async (_, broken) => {
    const receiveBroken = handle<TabContract, null>(
      {
        shapes: TAB_SHAPES,
        admit: () => null,
        handlers: { 'focus-claim': broken, 'focus-legend': broken, 'describe-overlay': () => ok(null) },
      },
      fail,
    );
    const reply = await receiveBroken({ type: 'focus-legend' }, null);
    expect(reply).toEqual(fail('focus-legend: Error: no overlay yet'));
  });

  test('a handler map must answer every message with its reply type (tsc)', async () => {
    const typed = handle<ExtensionPageContract, null>(
      {
        shapes: EXTENSION_PAGE_SHAPES,
        admit: () => null,
        handlers: {
          'get-tab': () => ok(null),
          'followed-stories': () => ok([]),
          'analyse-tab': () => ok(true),
          // @ts-expect-error: focus-claim answers a boolean
          'focus-claim': () => ok('focused'),
        },
      },
      fail,
    );
    handle<ExtensionPageContract, null>(
      {
        shapes: EXTENSION_PAGE_SHAPES,
        admit: () => null,
        // @ts-expect-error: focus-claim has no handler
        handlers: {
          'get-tab': () => ok(null),
          'followed-stories': () => ok([]),
          'analyse-tab': () => ok(true),
        },
      },
      fail,
    );
    expect(await typed({ type: 'get-tab', tabId: 1 }, null)).toEqual(ok(null));
  });
});

describe('shapes', () => {
  const receive = handle<TabContract, null>(
    {
      shapes: TAB_SHAPES,
      admit: () => null,
      handlers: {
        'focus-claim': () => ok(true),
        'focus-legend': () => ok(true),
        'describe-overlay': () => ok(null),
      },
    },
    fail,
  );

  test.each<[string, unknown]>([
    ['without its paragraph', { type: 'focus-claim', claimId: 'c1' }],
    ['with a paragraph that is no index', { type: 'focus-claim', paragraph: -1, claimId: 'c1' }],
    ['without its claim', { type: 'focus-claim', paragraph: 0 }],
    ['with a claim that is no string', { type: 'focus-claim', paragraph: 0, claimId: null }],
  ])('a message %s is refused before its handler runs', async (_, message) => {
    expect(await receive(message, null)).toEqual(fail('focus-claim has the wrong shape'));
    expect(await receive({ type: 'focus-claim', paragraph: 0, claimId: 'c1' }, null)).toEqual(ok(true));
  });

  test('a shape checks every field of its request, each by a check of its type (tsc)', () => {
    const forgets: Shapes<TabContract> = {
      'describe-overlay': {},
      // @ts-expect-error: a focus-claim shape that does not check the paragraph
      'focus-claim': { claimId: str(64) },
    };
    const wider: Shapes<TabContract> = {
      'describe-overlay': {},
      // @ts-expect-error: the claim id is a string; the check lets null through
      'focus-claim': { paragraph: isInt, claimId: nullable(str(64)) },
    };
    const unchecked: Shapes<TabContract> = {
      'describe-overlay': {},
      // @ts-expect-error: a check that answers only true or false says nothing of what it lets through
      'focus-claim': { paragraph: (v: unknown) => typeof v === 'number' && v >= 0, claimId: str(64) },
    };
    type Grown = {
      'focus-claim': { request: { paragraph: number; claimId: string; tabId: number }; reply: boolean };
    };
    // @ts-expect-error: the request gained a tab id that the tab's focus-claim shape does not check
    const grown: Shapes<Grown> = { 'focus-claim': TAB_SHAPES['focus-claim'] };
    // Each of them would let through a message that has no paragraph, or no claim, or no tab.
    const through: [Spec<Fields>, Fields][] = [
      [forgets['focus-claim'], { claimId: 'c1' }],
      [wider['focus-claim'], { paragraph: 0, claimId: null }],
      [unchecked['focus-claim'], { paragraph: 0.5, claimId: 'c1' }],
      [grown['focus-claim'], { paragraph: 0, claimId: 'c1' }],
    ];
    expect(through.map(([shape, m]) => hasFields(m, shape))).toEqual([true, true, true, true]);
    expect(through.slice(0, 3).map(([, m]) => hasFields(m, TAB_SHAPES['focus-claim']))).toEqual([
      false,
      false,
      false,
    ]);
  });
});
