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

  test('three outlets: the answer does not depend on the order the claim credits them in', () => {
    /** The seeds' story with these outlets' first reports, and every order of crediting them. */
    const answers = (dates: Record<string, string>): string[] => {
      const story = {
        ...real,
        outlets: real.outlets.map((o) => (o.id in dates ? { ...o, firstReport: dates[o.id] ?? null } : o)),
      };
      const ids = Object.keys(dates);
      const orders = ids.flatMap((a) =>
        ids.flatMap((b) => ids.filter((c) => c !== a && c !== b && a !== b).map((c) => [a, b, c])),
      );
      expect(orders).toHaveLength(6);
      return orders.map((outlets) => {
        const r = firstReport(story, [{ seed: '000_88890d5d2ec139ad.txt', outlets }]);
        return `${r.basis} ${r.outlet ?? '-'}`;
      });
    };
    // 09:00 is before 10:00, but the day ties with both: the seeds do not say who was first.
    const day = answers({ wsj: '2018-08-07T09:00Z', afp: '2018-08-07T10:00Z', reuters: '2018-08-07' });
    expect(new Set(day).size).toBe(1);
    expect(day[0]).not.toMatch(/^attribution/);
    // The offsets' cycle: Paris's 02:00 (00:00 UTC) is before New York's 23:00 (04:00 UTC), the
    // day of the 7th is before the 8th in Paris and ties with New York's 7th.
    const cycle = answers({
      wsj: '2018-08-07T23:00-05:00',
      afp: '2018-08-08T02:00+02:00',
      reuters: '2018-08-07',
    });
    expect(new Set(cycle).size).toBe(1);
    expect(cycle[0]).not.toMatch(/^attribution/);
    // Three times: the earliest instant (10:30 in Paris is 08:30 UTC), in every order.
    const times = answers({
      wsj: '2018-08-07T09:00Z',
      afp: '2018-08-07T10:00Z',
      reuters: '2018-08-07T10:30+02:00',
    });
    expect(new Set(times)).toEqual(new Set(['attribution reuters']));
  });
});
