// One copy of the full script per page (src/content/one-copy.ts): a later injection goes to the
// copy there, unless that copy is gone or was left by an earlier version of Backstory.

import { expect, test } from 'vitest';
import { COPY_KEY, oneCopy, type Injected } from '../../../src/content/one-copy.ts';

/** A page's shared scope, and a script that counts the copies it starts and the injections they take. */
function page(scope: Partial<Record<symbol, unknown>> = {}) {
  const copies: { taken: number; alive: boolean; stop: () => void }[] = [];
  const inject = (): void =>
    oneCopy(scope, (onStop) => {
      const copy = { taken: 0, alive: true, stop: onStop };
      copies.push(copy);
      return () => copy.alive && (copy.taken++, true);
    });
  return { scope, copies, inject };
}

test('a second injection goes to the copy in the page: one copy reads it', () => {
  const p = page();
  p.inject();
  p.inject();
  p.inject();
  expect(p.copies).toHaveLength(1);
  expect(p.copies[0]?.taken).toBe(2);
});

test('what an earlier version left under its own key or this one does not stop the new script', () => {
  // The previous release stored `true`; calling it would throw and nothing would start.
  const old = page({ [Symbol.for('backstory.content')]: true, [COPY_KEY]: true });
  old.inject();
  expect(old.copies).toHaveLength(1);
  old.inject();
  expect(old.copies[0]?.taken).toBe(1);
});

test('a copy that is gone (an extension reload orphaned it) makes way for a fresh one at once', () => {
  const p = page();
  p.inject();
  const orphan = p.copies[0]!;
  orphan.alive = false;
  p.inject();
  expect(p.copies).toHaveLength(2);
  // The orphan stopping later leaves the fresh copy in place: the next injection goes to it.
  orphan.stop();
  p.inject();
  expect(p.copies).toHaveLength(2);
  expect(p.copies[1]?.taken).toBe(1);
});

test('a copy that throws when called is gone too', () => {
  const p = page({
    [COPY_KEY]: ((): boolean => {
      throw new Error('Extension context invalidated.');
    }) satisfies Injected,
  });
  p.inject();
  expect(p.copies).toHaveLength(1);
});

test('a copy that stopped leaves the page to the next injection', () => {
  const p = page();
  p.inject();
  p.copies[0]?.stop();
  p.inject();
  expect(p.copies).toHaveLength(2);
});
