// The index as schema.org JSON-LD: the Claim vocabulary fact-checkers already use. Written by the
// build (dist/index/story.jsonld) and exported from the story page, so it lives with the views.

import type { ClaimIndex } from '../model/types.ts';
import { outletName } from './describe.ts';

export function toJsonLd(index: ClaimIndex): unknown {
  return {
    '@context': 'https://schema.org',
    '@graph': index.stories.flatMap((story) => {
      const outlet = (id: string | null): string | undefined => outletName(story, id) ?? undefined;
      // The article a quote is from, by its headline and what story.json knows of it; its file name
      // stays as a local identifier, so the quote's offsets can still be traced.
      const article = (seed: string): unknown => {
        const a = story.sources.find((s) => s.seed === seed);
        return {
          '@type': 'CreativeWork',
          identifier: seed,
          headline: a?.headline,
          datePublished: a?.date ?? undefined,
          author: a?.byline == null ? undefined : { '@type': 'Person', name: a.byline },
        };
      };
      return story.claims.map((c) => ({
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
          isPartOf: article(a.seed),
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
    }),
  };
}
