// Every story in the index: when each outlet reported, every claim with the outlets that carried
// it, the subject's statements with the reports they answer, and the other parties' responses.

import { describeClaim, firstReportLine, formatDate } from '../view/describe.ts';
import { kindOf } from '../view/kinds.ts';
import type { ClaimIndex, ClaimKind, Story } from '../model/types.ts';

export function StoryPage({ index }: { index: ClaimIndex }) {
  return (
    <main>
      {index.stories.map((s) => (
        <StoryView key={s.id} story={s} />
      ))}
    </main>
  );
}

const SECTIONS: { kind: ClaimKind; title: string }[] = [
  { kind: 'report', title: 'What was reported' },
  { kind: 'response', title: 'What the other parties said' },
  { kind: 'context', title: 'Context' },
];

function StoryView({ story }: { story: Story }) {
  const outlets = [...story.outlets].sort((a, b) =>
    (a.firstReport ?? '9') < (b.firstReport ?? '9') ? -1 : 1,
  );
  const seeds = (id: string): number =>
    new Set(story.claims.find((c) => c.id === id)?.appearances.map((a) => a.seed)).size;
  return (
    <article aria-labelledby={`story-${story.id}`}>
      <h1 id={`story-${story.id}`}>{story.title}</h1>
      <p>{story.summary}</p>
      <p class="muted">
        Broke {formatDate(story.broke)} · {story.claims.length} claims from{' '}
        {new Set(story.claims.flatMap((c) => c.appearances.map((a) => a.seed))).size} source articles
      </p>
      <section aria-labelledby="timeline">
        <h2 id="timeline">Timeline</h2>
        <ol class="timeline">
          {outlets.map((o) => (
            <li key={o.id}>
              <strong>{o.firstReport === null ? 'Date unknown' : formatDate(o.firstReport)}</strong> —{' '}
              {o.name}: {story.claims.filter((c) => c.firstReport.outlet === o.id).length} claims first
              reported
            </li>
          ))}
        </ol>
      </section>
      <section aria-labelledby="statements">
        <h2 id="statements">{story.subject.name}’s statements</h2>
        <ul class="plain">
          {story.claims
            .filter((c) => c.kind === 'statement')
            .map((c) => {
              const answered = story.claims.filter((r) => r.answeredBy.includes(c.id));
              return (
                <li key={c.id} class="claim" data-claim={c.id}>
                  <blockquote>{c.text}</blockquote>
                  {answered.length > 0 && (
                    <p class="muted">Answers: {answered.map((r) => r.text).join(' · ')}</p>
                  )}
                </li>
              );
            })}
        </ul>
      </section>
      {SECTIONS.map(({ kind, title }) => (
        <section key={kind} aria-labelledby={`sec-${kind}`}>
          <h2 id={`sec-${kind}`}>{title}</h2>
          <ul class="plain">
            {story.claims
              .filter((c) => c.kind === kind)
              .map((c) => {
                const v = describeClaim(story, c.id);
                if (v === null) return null;
                return (
                  <li key={c.id} class="claim" data-claim={c.id}>
                    <span class={`kind kind-${kind}`}>{kindOf(kind).label}</span>{' '}
                    <span class="claim-text">{v.text}</span>
                    <div class="muted">
                      {firstReportLine(v)}
                      {v.otherOutlets.length > 0 ? ` · also ${v.otherOutlets.join(', ')}` : ''} · in{' '}
                      {seeds(c.id)} source article{seeds(c.id) === 1 ? '' : 's'}
                    </div>
                  </li>
                );
              })}
          </ul>
        </section>
      ))}
    </article>
  );
}
