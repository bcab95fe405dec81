// The index as schema.org JSON-LD: the Claim vocabulary fact-checkers already use. Written by the
// build (dist/index/story.jsonld) and exported from the story page, so it lives with the views.

import type { ClaimIndex } from '../model/types.ts';
import { articleOf, outletName } from './describe.ts';

/** A source article's node id in the graph, which its quotes reference. */
const articleId = (seed: string): string => `#source-${seed}`;

export function toJsonLd(index: ClaimIndex): unknown {
  return {
    '@context': 'https://schema.org',
    '@graph': index.stories.flatMap((story) => {
      const outlet = (id: string | null): string | undefined => outletName(story, id) ?? undefined;
      // Each source article once, by its headline and what story.json knows of it, which every
      // quote from it references by its @id (5 works, not a copy per quote); its file name stays
      // as a local identifier, so the quotes' offsets can still be traced.
      const articles = story.sources.map(({ seed }) => {
        const a = articleOf(story, seed);
        return {
          '@type': 'CreativeWork',
          '@id': articleId(seed),
          identifier: seed,
          headline: a?.headline,
          datePublished: a?.date ?? undefined,
          author: a?.byline == null ? undefined : { '@type': 'Person', name: a.byline },
        };
      });
      const claims = story.claims.map((c) => ({
        '@type': 'Claim',
        '@id': `#${c.id}`,
        // Ids earlier builds gave this claim (claim-id.ts): `sameAs` takes IRIs of the same node,
        // where `identifier` is a plain string; story-page URLs differ per install.
        sameAs: c.aliases.length > 0 ? c.aliases.map((a) => `#${a}`) : undefined,
        text: c.text,
        additionalType: c.kind,
        // Who said it: the subject for statements, the bank for responses.
        author: c.speaker === null ? undefined : { '@type': 'Organization', name: c.speaker },
        firstAppearance:
          c.firstReport.outlet === null
            ? undefined
            : {
                '@type': 'CreativeWork',
                publisher: { '@type': 'Organization', name: outlet(c.firstReport.outlet) },
                datePublished: c.firstReport.date ?? undefined,
              },
        appearance: c.appearances.map((a) => ({
          '@type': 'Quotation',
          text: a.quote,
          isPartOf: { '@id': articleId(a.seed) },
          // The outlet the passage credits ("according to the WSJ"): a work of that outlet's it
          // cites, not the quotation's publisher, which no seed records.
          citation:
            a.outlet === null
              ? undefined
              : { '@type': 'CreativeWork', publisher: { '@type': 'Organization', name: outlet(a.outlet) } },
        })),
        // A report's answering statements, as schema.org responses.
        comment: c.answeredBy.map((id) => ({
          '@type': 'Claim',
          '@id': `#${id}`,
          author: { '@type': 'Organization', name: story.subject.name },
        })),
      }));
      return [...articles, ...claims];
    }),
  };
}
