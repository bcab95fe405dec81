import { describe, expect, test } from 'vitest';
import { compareReportTimes, readReportTime } from '../../../src/text/calendar.ts';

describe("story.json's dates", () => {
  test('a date must exist, and a time must carry its offset', () => {
    expect(readReportTime('2018-08-06')).toEqual({ day: '2018-08-06', instant: null });
    expect(readReportTime('2016-02-29')).toEqual({ day: '2016-02-29', instant: null });
    expect(readReportTime('2018-08-06T20:00-04:00')).toEqual({
      day: '2018-08-06',
      instant: Date.UTC(2018, 7, 7, 0, 0),
    });
    const wrong = [
      '2018-13-45',
      '2018-02-31',
      '2018-02-29',
      '2018-08-00',
      '2018-08-06T20:00',
      '2018-08-06T24:00Z',
      'August 6',
    ];
    expect(wrong.filter((text) => !('problem' in readReportTime(text)))).toEqual([]);
    expect(readReportTime('2018-02-31')).toEqual({ problem: 'there is no day 31 in February 2018' });
    expect(readReportTime('2018-08-06T20:00')).toMatchObject({ problem: expect.stringMatching(/offset/) });
    // What is wrong, exactly: the forms accepted, or the field out of range.
    for (const text of ['2018-08-07T09:00:00.000Z', '2018-08-07T09:00+0400', 'August 6'])
      expect(readReportTime(text)).toEqual({
        problem: expect.stringMatching(
          /YYYY-MM-DDTHH:MM:SS.*no fractions of a second.*"\+04:00" not "\+0400"/,
        ),
      });
    expect(readReportTime('2018-08-07T24:00Z')).toEqual({
      problem: 'the hour 24 is out of range (00 to 23)',
    });
    expect(readReportTime('2018-08-07T09:60Z')).toEqual({
      problem: 'the minute 60 is out of range (00 to 59)',
    });
    expect(readReportTime('2018-08-07T09:00+04:75')).toEqual({
      problem: "the offset's minute 75 is out of range (00 to 59)",
    });
  });

  test('two times compare as instants, whatever their offsets or their text', () => {
    // 20:00 in New York is 00:00 UTC the next day, after 23:00 in Paris (21:00 UTC): the text
    // sorts them the other way.
    expect(compareReportTimes('2018-08-06T20:00-04:00', '2018-08-06T23:00+02:00')).toBeGreaterThan(0);
    expect(compareReportTimes('2018-08-07T00:00Z', '2018-08-06T20:00-04:00')).toBe(0);
  });

  test('a day without a time spans it: it ties with a time on that day and orders against others', () => {
    expect(compareReportTimes('2018-08-07', '2018-08-07T09:00Z')).toBe(0);
    expect(compareReportTimes('2018-08-07T09:00Z', '2018-08-07')).toBe(0);
    // The time's own clock decides its day: 20:00 in New York on the 6th is before the 7th.
    expect(compareReportTimes('2018-08-06T20:00-04:00', '2018-08-07')).toBeLessThan(0);
    expect(compareReportTimes('2018-08-08', '2018-08-07T23:59+00:00')).toBeGreaterThan(0);
  });

  test('an unknown date comes last', () => {
    const sorted = [null, '2018-08-07', null, '2018-08-06'].sort(compareReportTimes);
    expect(sorted).toEqual(['2018-08-06', '2018-08-07', null, null]);
  });
});
