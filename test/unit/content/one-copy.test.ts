// One copy of the full script per page (src/content/one-copy.ts): a later injection goes to the
// copy there, unless that copy is gone or was left by another version of Backstory, which is
// stopped so that its overlay goes with it.

import { expect, test } from 'vitest';
import { COPY_KEY, oneCopy, type Copy } from '../../../src/content/one-copy.ts';

const VERSION = '0.2.0';

/** A page's shared scope, and a script that counts the copies it starts and the injections they take. */
function page(scope: Partial<Record<symbol, unknown>> = {}) {
  const copies: { taken: number; alive: boolean; stopped: boolean; onStop: () => void }[] = [];
  const inject = (): void =>
    oneCopy(scope, VERSION, (onStop) => {
      const copy = { taken: 0, alive: true, stopped: false, onStop };
      copies.push(copy);
      return {
        take: () => copy.alive && (copy.taken++, true),
        stop: () => void (copy.stopped = true),
      };
    });
  return { scope, copies, inject };
}

/** A copy another release left running in the page: what it was asked to do. */
function copyOf(version: string) {
  const calls: string[] = [];
  const copy: Copy = {
    version,
    take: () => (calls.push('take'), true),
    stop: () => void calls.push('stop'),
  };
  return { copy, calls };
}

test('a second injection goes to the copy in the page: one copy reads it', () => {
  const p = page();
  p.inject();
  p.inject();
  p.inject();
  expect(p.copies).toHaveLength(1);
  expect(p.copies[0]?.taken).toBe(2);
});

test('a copy another version left running is stopped, not handed the injection, and a fresh one starts', () => {
  const older = copyOf('0.1.0');
  const p = page({ [COPY_KEY]: older.copy });
  p.inject();
  expect(older.calls).toEqual(['stop']);
  expect(p.copies).toHaveLength(1);
  p.inject();
  expect(p.copies[0]?.taken).toBe(1);
});

test('a copy of this version in the page is handed the injection, not stopped', () => {
  const same = copyOf(VERSION);
  const p = page({ [COPY_KEY]: same.copy });
  p.inject();
  expect(same.calls).toEqual(['take']);
  expect(p.copies).toHaveLength(0);
});

test('only what has a whole copy’s shape is called: anything else under the key is replaced', () => {
  // The same version, and a take that would accept, but no way to stop it: not a copy.
  const partial = { version: VERSION, take: (): boolean => true, stop: 'no' };
  const p = page({ [COPY_KEY]: partial });
  p.inject();
  expect(p.copies).toHaveLength(1);
  // What earlier releases stored, under the key or beside it, never stops the new script.
  const q = page({ [COPY_KEY]: true, [Symbol.for('backstory.content')]: true });
  q.inject();
  expect(q.copies).toHaveLength(1);
});

test('a copy that is gone (an extension reload orphaned it) makes way for a fresh one at once', () => {
  const p = page();
  p.inject();
  const orphan = p.copies[0]!;
  orphan.alive = false;
  p.inject();
  expect(p.copies).toHaveLength(2);
  // The orphan stopping later leaves the fresh copy in place: the next injection goes to it.
  orphan.onStop();
  p.inject();
  expect(p.copies).toHaveLength(2);
  expect(p.copies[1]?.taken).toBe(1);
});

test('a copy that throws when called is gone too, whether handed the injection or stopped', () => {
  const throws = (): never => {
    throw new Error('Extension context invalidated.');
  };
  const p = page({ [COPY_KEY]: { version: VERSION, take: throws, stop: throws } satisfies Copy });
  p.inject();
  expect(p.copies).toHaveLength(1);
  const q = page({ [COPY_KEY]: { version: '0.1.0', take: throws, stop: throws } satisfies Copy });
  q.inject();
  expect(q.copies).toHaveLength(1);
});

test('a copy that stopped leaves the page to the next injection', () => {
  const p = page();
  p.inject();
  p.copies[0]?.onStop();
  p.inject();
  expect(p.copies).toHaveLength(2);
});
