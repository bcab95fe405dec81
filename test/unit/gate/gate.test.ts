import { describe, expect, test } from 'vitest';
import { compileGate } from '../../../src/gate/gate.ts';
import { seedStory } from '../helpers.ts';

const story = seedStory();

describe('the merged gate', () => {
  test('passes a story only when its subject and every other anchor group appear, for any number of stories', () => {
    const stories = [
      { id: 'fb', anchors: [['facebook'], ['bank', 'lender'], ['data']] },
      { id: 'acme', anchors: [['acme corp', 'acme'], ['rocket']] },
    ];
    const gate = compileGate(stories);
    expect(gate('Facebook asked banks for data')).toEqual(['fb']);
    expect(gate('FACEBOOK asked LENDERS for DATA; Acme sells rockets')).toEqual(['fb', 'acme']);
    expect(gate('Facebook asked banks for photos')).toEqual([]);
    expect(gate('banks and data, but no subject')).toEqual([]);
    expect(gate('')).toEqual([]);
    expect(compileGate([])('Facebook bank data')).toEqual([]);
  });

  test('the story\'s subject may be described ("the social network") on a page that names no subject, never by a bare "the company"', () => {
    const gate = compileGate([
      { id: story.id, anchors: story.gate.anchors, descriptions: story.gate.descriptions },
    ]);
    expect(gate('The social network asked lenders for their records.')).toEqual([story.id]);
    expect(gate('The company asked lenders for their records.')).toEqual([]);
    // Many subjects share a description: where a page names its subject, only that one counts.
    const two = compileGate([
      { id: 'fb', anchors: [['facebook'], ['bank']], descriptions: ['social network'] },
      { id: 'tw', anchors: [['twitter'], ['bank']], descriptions: ['social network'] },
    ]);
    expect(two('The social network asked banks for data.')).toEqual(['fb', 'tw']);
    expect(two('Twitter, the social network, asked banks for data.')).toEqual(['tw']);
  });

  test('invisible and spacing characters inside the anchors hide no story', () => {
    const gate = compileGate([
      { id: story.id, anchors: story.gate.anchors, descriptions: story.gate.descriptions },
    ]);
    const named =
      'Facebook has asked large US banks to share detailed financial information about their customers.';
    const described = 'The social network has asked large US banks to share detailed financial data.';
    const pages = [
      named.replace('Facebook', 'Face\u00ADbook'), // a soft hyphen, as a hyphenation script inserts
      named.replace('Facebook', 'Face\u200Bbook'), // a zero-width space
      named.replace('Facebook', '\uFEFFFacebook\u2060'),
      named.replace('banks', 'ba\u00ADnks').replace('information', 'in\u00ADformation'),
      described.replace('social network', 'social\u00A0network'),
      described.replace('social network', 'social\n  network'),
      described.replace('The social network', 'The social\u2011media giant'), // a non-breaking hyphen
    ];
    expect(pages.map(gate)).toEqual(pages.map(() => [story.id]));
    // Folding finds hidden words, not words that are not there.
    expect(gate(named.replace('Facebook', 'Face book'))).toEqual([]);
    expect(gate(described.replace('social network', 'socialnetwork'))).toEqual([]);
    // White space joins an anchor's words within a paragraph, never across a blank line.
    expect(gate(described.replace('social network', 'social \r\n  network'))).toEqual([story.id]);
    expect(gate('Our social\n\nNetwork Rail said banks lost data.')).toEqual([]);
    expect(gate('Our social \r\n \r\n Network Rail said banks lost data.')).toEqual([]);
  });

  test('a group passes on any one of its words, a word of several words alone too', () => {
    // The gate tests a group's one-word anchors first and its several-word ones only where none is found.
    const gate = compileGate([{ id: 'fb', anchors: [['facebook'], ['bank', 'financial firm'], ['data']] }]);
    expect(gate('Facebook asked financial\n firms for data')).toEqual(['fb']);
    expect(gate('Facebook asked BANKS for data')).toEqual(['fb']);
    expect(gate('Facebook asked financial advisers for data')).toEqual([]);
    const several = compileGate([{ id: 'x', anchors: [['acme'], ['rocket fuel', 'e-commerce']] }]);
    expect(several('Acme sells rocket \u00a0fuel')).toEqual(['x']);
    expect(several('Acme sells e\u2013commerce')).toEqual(['x']);
    expect(several('Acme sells rockets')).toEqual([]);
  });

  test('a gate anchor with a quote or a dash finds every form that folds to it', () => {
    const gate = compileGate([{ id: 'm', anchors: [["macy's"], ['e-commerce']] }]);
    expect(gate('Macy\u2019s bets on e\u2013commerce')).toEqual(['m']);
    expect(gate("Macy's bets on e-commerce")).toEqual(['m']);
    expect(gate('Macys bets on ecommerce')).toEqual([]);
  });
});
