import { describe, expect, test } from 'vitest';
import { BADGE_OFF, BADGE_ON, buttonFace } from '../../../src/background/badge.ts';

describe('the toolbar button', () => {
  test('counts the claims on a dark badge while the highlights are drawn', () => {
    expect(buttonFace(4, true)).toEqual({
      text: '4',
      colour: BADGE_ON,
      title: 'Backstory: 4 claims from the story on this page',
    });
  });

  test('with the highlights off, still counts them, on a grey badge, and says they are off', () => {
    expect(buttonFace(4, false)).toEqual({
      text: '4',
      colour: BADGE_OFF,
      title: 'Backstory: 4 claims from the story on this page; highlights off',
    });
  });

  test('says nothing of the highlights on a page with no claims', () => {
    expect(buttonFace(0, false)).toMatchObject({ text: '', title: 'Backstory' });
  });
});
