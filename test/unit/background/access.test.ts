import { describe, expect, test } from 'vitest';
import { GATE_SCRIPT_ID, syncGate, type AccessDeps } from '../../../src/background/access.ts';

function fake(automatic: boolean, registered: string[]) {
  const calls: string[] = [];
  const deps: AccessDeps = {
    automatic: async () => automatic,
    registered: async () => registered,
    register: async () => void calls.push('register'),
    unregister: async () => void calls.push('unregister'),
  };
  return { deps, calls };
}

describe('the gate script follows the reader’s grant', () => {
  test.each([
    { automatic: true, registered: [], expected: ['register'], state: 'granted, not yet registered' },
    { automatic: true, registered: [GATE_SCRIPT_ID], expected: [], state: 'granted and registered' },
    { automatic: false, registered: [GATE_SCRIPT_ID], expected: ['unregister'], state: 'taken back' },
    { automatic: false, registered: [], expected: [], state: 'never granted (a fresh install)' },
  ])('$state', async ({ automatic, registered, expected }) => {
    const { deps, calls } = fake(automatic, registered);
    expect(await syncGate(deps)).toBe(automatic);
    expect(calls).toEqual(expected);
  });
});
