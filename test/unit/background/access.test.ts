import { describe, expect, test } from 'vitest';
import { oneAtATime, syncGate, type AccessDeps } from '../../../src/background/access.ts';

const ALL = ['http://*/*', 'https://*/*'];
const SITE = 'https://news.example/*';
const OTHER = 'https://paper.example/*';

function fake(granted: string[], registered: string[] | null) {
  const calls: string[] = [];
  const deps: AccessDeps = {
    granted: async () => granted,
    registered: async () => registered,
    register: async (m) => void calls.push(`register ${m.join(' ')}`),
    update: async (m) => void calls.push(`update ${m.join(' ')}`),
    unregister: async () => void calls.push('unregister'),
  };
  return { deps, calls };
}

describe('the gate script runs on exactly the pages the reader granted', () => {
  test.each([
    { state: 'a fresh install: nothing granted, nothing read', granted: [], registered: null, expected: [] },
    { state: 'every site granted', granted: ALL, registered: null, expected: [`register ${ALL.join(' ')}`] },
    { state: 'every site granted and registered', granted: ALL, registered: ALL, expected: [] },
    { state: 'one site allowed', granted: [SITE], registered: null, expected: [`register ${SITE}`] },
    {
      state: 'a second site allowed',
      granted: [SITE, OTHER],
      registered: [SITE],
      expected: [`update ${SITE} ${OTHER}`],
    },
    {
      state: 'one of two sites taken back',
      granted: [OTHER],
      registered: [SITE, OTHER],
      expected: [`update ${OTHER}`],
    },
    {
      state: 'every site granted after one',
      granted: ALL,
      registered: [SITE],
      expected: [`update ${ALL.join(' ')}`],
    },
    { state: 'everything taken back', granted: [], registered: ALL, expected: ['unregister'] },
  ])('$state', async ({ granted, registered, expected }) => {
    const { deps, calls } = fake(granted, registered);
    expect(await syncGate(deps)).toEqual(granted);
    expect(calls).toEqual(expected);
  });
});

describe('grant changes in quick succession', () => {
  test('syncs run one after another, so the last grant is the one the gate follows', async () => {
    // The browser's registration, changed only by the syncs; the grant, changed twice at once.
    let registered: string[] | null = null;
    let granted: string[] = [];
    const slow = () => new Promise((r) => setTimeout(r, 5));
    const deps: AccessDeps = {
      granted: async () => (await slow(), [...granted]),
      registered: async () => (await slow(), registered),
      register: async (m) => {
        await slow();
        if (registered !== null) throw new Error('duplicate script id');
        registered = m;
      },
      update: async (m) => void (await slow(), (registered = m)),
      unregister: async () => void (await slow(), (registered = null)),
    };
    const errors: unknown[] = [];
    const sync = oneAtATime(
      () => syncGate(deps),
      (e) => errors.push(e),
    );
    granted = [SITE];
    const first = sync();
    granted = [SITE, OTHER];
    await Promise.all([first, sync()]);
    expect(errors).toEqual([]);
    expect(registered).toEqual([SITE, OTHER]);
  });
});
