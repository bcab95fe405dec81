// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { runSteps } from '../../../src/page/steps.ts';
import { walkRuns } from '../../../src/page/walk.ts';

describe('walking a page for its text', () => {
  test('stops once its characters are read, so a page of endless text costs no more than its budget', () => {
    const doc = new DOMParser().parseFromString(
      `<body><div><p>Facebook asked banks.</p>${'<p>more text</p>'.repeat(1000)}</div></body>`,
      'text/html',
    );
    const scope = doc.querySelector('div');
    if (scope === null) throw new Error('no scope');
    const visited: Element[] = [];
    const budget = { elements: 10_000, chars: 10 };
    const runs = runSteps(walkRuns(scope, { skip: (el) => (visited.push(el), false) }, budget));
    expect(runs.map((r) => r.text)).toEqual(['Facebook a']);
    // The first paragraph, and the second, whose text finds the budget spent.
    expect(visited.length).toBeLessThanOrEqual(2);
  });
});
