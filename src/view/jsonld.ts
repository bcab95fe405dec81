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
      // The reports each statement answers (a report's answeredBy, read the other way).
      const answers = new Map<string, string[]>();
      for (const c of story.claims)
        for (const id of c.answeredBy) answers.set(id, [...(answers.get(id) ?? []), c.id]);
      const claims = story.claims.map((c) => ({
        // A statement that answers reports is the subject's claim and a comment on each of them:
        // one node of both types, which the reports' `comment` references and whose `parentItem`
        // names them. schema.org's `comment` expects a Comment, and a node typed Claim alone there
        // read as an unrelated claim; a ClaimReview would say a fact-checker rated the report,
        // which Facebook's denial is not. A second node, a Comment copying the statement, would
        // make one thing said two things in the graph.
        '@type': answers.has(c.id) ? ['Claim', 'Comment'] : 'Claim',
        '@id': `#${c.id}`,
        // Ids earlier builds gave this claim (claim-id.ts): `sameAs` takes IRIs of the same node,
        // where `identifier` is a plain string; story-page URLs differ per install.
        sameAs: c.aliases.length > 0 ? c.aliases.map((a) => `#${a}`) : undefined,
        text: c.text,
        additionalType: c.kind,
        // A source's own view (commentary.ts), which the extension never matches: a Claim still,
        // as its words are the seed's, but of a genre a reader of the graph can tell from a fact.
        genre: c.commentary === true ? 'commentary' : undefined,
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
        // A report's answering statements, by reference: each is its node of the graph (above).
        comment: c.answeredBy.length > 0 ? c.answeredBy.map((id) => ({ '@id': `#${id}` })) : undefined,
        parentItem: answers.get(c.id)?.map((id) => ({ '@id': `#${id}` })),
      }));
      return [...articles, ...claims];
    }),
  };
}
