import { describe, expect, test } from 'vitest';
import { denialOf } from '../../../src/compiler/denial.ts';

const denial = (text: string) =>
  denialOf({ text, headline: false, negated: true, kind: 'statement', speaker: 'Globex' });

describe('what a denial denies', () => {
  test('a piece denying two acts is no one denial, however the second negation is written', () => {
    for (const text of [
      'Globex said it is not using billing data for advertising and will never sell patient records to insurers.',
      "Globex said it isn't using billing data for advertising and won't sell patient records to insurers.",
      'Globex said it is not using billing data for advertising and it never sells patient records to insurers.',
    ])
      expect(denial(text)).toBeNull();
  });

  test('a contracted negation of one act, or a "not" narrowing it, is one denial of that act', () => {
    expect(denial("Globex said it won't use billing data for ads.")).toMatchObject({ act: 'use' });
    expect(
      denial('"We are not using these records beyond running the app — not for advertising," Globex said.'),
    ).toMatchObject({ act: 'use' });
  });
});
