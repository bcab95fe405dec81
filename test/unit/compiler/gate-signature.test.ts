import { describe, expect, test } from 'vitest';
import { readStory } from '../../../src/compiler/build.ts';
import { gateSignature } from '../../../src/compiler/gate-signature.ts';
import { compileGate } from '../../../src/gate/gate.ts';
import { SEEDS } from '../helpers.ts';

describe("the gate's signature", () => {
  test('a subject written with a curly quote or a dash in story.json still lets its pages through, however the page writes it', () => {
    const { story } = readStory(SEEDS);
    const subject = { name: 'Macy\u2019s', aliases: ['Macy\u2019s', 'the department\u2013store chain'] };
    const signature = gateSignature({ ...story, subject }, [], []);
    const gate = compileGate([{ id: 'm', anchors: signature.anchors, descriptions: signature.descriptions }]);
    expect(gate("Macy's asked its banks for data.")).toEqual(['m']);
    expect(gate('Macy\u2019s asked its banks for data.')).toEqual(['m']);
    expect(gate('The department-store chain asked its banks for data.')).toEqual(['m']);
    expect(gate('Macys asked its banks for data.')).toEqual([]);
  });
});
