// Where the full story page is, and how a link names one of its claims: the background builds
// the link a card asks for, the story page finds the claim by it. A link names a claim only by
// an id the index's validation accepts (model/guards.ts), so neither end reads anything else.

import { CLAIM_ID } from '../model/guards.ts';

export const STORY_PAGE = 'src/story/story.html';

/** The id of a claim's entry on the story page. */
export const claimAnchor = (claimId: string): string => `claim-${claimId}`;

/** The story page's path in the extension, at one claim or at its top (an id that is no claim's). */
export const storyPagePath = (claimId: string | null): string =>
  claimId === null || !CLAIM_ID.test(claimId) ? STORY_PAGE : `${STORY_PAGE}#${claimAnchor(claimId)}`;

/** The id or alias a story-page fragment (`#claim-<id>`) names, null for any other fragment. */
export function linkedId(hash: string): string | null {
  const id = /^#claim-(.*)$/s.exec(hash)?.[1];
  return id !== undefined && CLAIM_ID.test(id) ? id : null;
}
