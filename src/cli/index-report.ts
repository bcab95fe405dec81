// `npm run index:report`: the claim index as a table an editor can review in a minute.

import { BuildError } from '../compiler/errors.ts';
import { buildIndex } from '../compiler/build.ts';
import { outletName } from '../view/describe.ts';
import { KINDS, kindInTable } from '../view/kinds.ts';

const dirs = process.argv.slice(2);
try {
  const index = buildIndex(dirs.length > 0 ? dirs : ['seeds']);
  for (const story of index.stories) {
    console.log(`${story.title} (${story.id}), broke ${story.broke}; ${story.claims.length} claims\n`);
    const outlet = (id: string | null): string => outletName(story, id) ?? '—';
    // By kind in the table's order, then by how many seeds carry the claim.
    const order = KINDS.map((k) => k.kind);
    const counted = story.claims.map((c) => ({ c, seeds: new Set(c.appearances.map((a) => a.seed)).size }));
    counted.sort((a, b) => order.indexOf(a.c.kind) - order.indexOf(b.c.kind) || b.seeds - a.seeds);
    const rows = counted.map(({ c, seeds }) => {
      const date = c.firstReport.date === null ? '' : `, ${c.firstReport.date.slice(0, 10)}`;
      const first =
        c.said !== undefined && c.firstReport.basis === 'statement-record'
          ? // When it was said, not when its outlet first reported it (provenance.ts recordReport).
            `said by ${c.said.by}${c.said.to === null ? '' : ` to ${outlet(c.said.to)}`}${c.said.date === null ? '' : `, ${c.said.date.slice(0, 10)}`}`
          : c.firstReport.basis === 'undetermined'
            ? `not determined from the sources (earliest known: ${c.firstReport.earliestSeed ?? '?'})`
            : c.firstReport.outlet === null
              ? `earliest seed ${c.firstReport.earliestSeed ?? ''}${date}`
              : `${outlet(c.firstReport.outlet)}${date}`;
      const others = c.outlets.filter((o) => o !== c.firstReport.outlet).map(outlet);
      const denial = c.answeredBy
        .map((id) => story.claims.find((x) => x.id === id)?.text.slice(0, 50) ?? id)
        .join(' / ');
      return [
        c.id,
        kindInTable(c),
        first,
        String(seeds),
        c.text.length > 90 ? `${c.text.slice(0, 89)}…` : c.text,
        denial === '' ? '' : `↳ answered by: ${denial}`,
        others.length === 0 ? '' : `↳ then: ${others.join(', ')}`,
      ];
    });
    console.log(['id', 'kind', 'first reported by', 'seeds', 'claim'].join(' | '));
    for (const r of rows) {
      console.log(`${r.slice(0, 5).join(' | ')}`);
      for (const extra of r.slice(5)) if (extra !== '') console.log(`    ${extra}`);
    }
  }
} catch (e) {
  if (e instanceof BuildError) {
    console.error(`build failed: ${e.message}`);
    process.exit(1);
  }
  throw e;
}
