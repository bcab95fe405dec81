import { describe, expect, test } from 'vitest';
import { readStory } from '../../../src/compiler/build.ts';
import { firstReport } from '../../../src/compiler/provenance.ts';
import { SEEDS } from '../helpers.ts';

const real = readStory(SEEDS).story;
/** The seeds' story with the WSJ and AFP reporting first at these times. */
const dated = (wsj: string, afp: string) => ({
  ...real,
  outlets: real.outlets.map((o) =>
    o.id === 'wsj' ? { ...o, firstReport: wsj } : o.id === 'afp' ? { ...o, firstReport: afp } : o,
  ),
});
const carried = [{ seed: '000_88890d5d2ec139ad.txt', outlets: ['wsj', 'afp'] }];

describe('first reported by, from the outlets a claim credits', () => {
  test('the earlier instant is first, whatever the offsets', () => {
    // 23:00 in Paris (21:00 UTC) is before 20:00 in New York (00:00 UTC the next day).
    const report = firstReport(dated('2018-08-06T20:00-04:00', '2018-08-06T23:00+02:00'), carried);
    expect(report).toMatchObject({ outlet: 'afp', basis: 'attribution' });
  });

  test('a day and a time on that day do not say who was first', () => {
    const report = firstReport(dated('2018-08-07T09:00Z', '2018-08-07'), carried);
    expect(report.basis).not.toBe('attribution');
    expect(report.outlet).toBeNull();
  });

  test('a day before a time on a later day is first', () => {
    const report = firstReport(dated('2018-08-07T09:00Z', '2018-08-06'), carried);
    expect(report).toMatchObject({ outlet: 'afp', date: '2018-08-06', basis: 'attribution' });
  });
});
