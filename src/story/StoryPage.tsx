// The full story page: a timeline of what the index shows (the first report, what the source
// articles credit each outlet with, the subject's statements), every claim by kind with where it
// comes from, the subject's statements with the reports they answer, the other parties'
// responses; a search and a kind filter over all of it, and the index to take away as JSON-LD or
// CSV.

import { useLayoutEffect, useMemo, useState } from 'preact/hooks';
import type { ClaimIndex, ClaimKind, Story } from '../model/types.ts';
import { describeClaim, formatDate, outletName, provenanceLine } from '../view/describe.ts';
import { KINDS, kindOf } from '../view/kinds.ts';
import { count } from '../view/plural.ts';
import { articleCitation, creditedLine, passageCredit } from '../view/sources.ts';
import { appearancesByArticle, claimNamed, filterClaims, timeline, timelineLine } from '../view/story.ts';
import { claimAnchor, linkedId } from '../extension/story-link.ts';
import type { Parsed } from '../model/validate.ts';
import { Damaged } from '../ui/Damaged.tsx';

export interface Exporter {
  /** Hands the reader a file: in the extension, a download made from memory, never a request. */
  save(name: string, type: string, text: string): void;
  jsonLd(): string;
  csv(): string;
}

/** The page as the extension opens it: the bundled index once checked, or why it cannot be shown. */
export function StoryApp({
  index,
  exporter,
}: {
  index: Parsed<ClaimIndex>;
  exporter: (index: ClaimIndex) => Exporter;
}) {
  if (!index.ok)
    return (
      <main>
        <Damaged problem={index.error} />
      </main>
    );
  return <StoryPage index={index.value} exporter={exporter(index.value)} />;
}

export function StoryPage({ index, exporter }: { index: ClaimIndex; exporter: Exporter }) {
  return (
    <main>
      {index.stories.map((s) => (
        <StoryView key={s.id} story={s} />
      ))}
      <section aria-labelledby="export">
        <h2 id="export">Take the index with you</h2>
        <p class="muted">Every claim, its kind, where it comes from and its answers, as a file.</p>
        <button
          type="button"
          onClick={() => exporter.save('backstory-claims.jsonld', 'application/ld+json', exporter.jsonLd())}
        >
          Download JSON-LD (schema.org Claim)
        </button>{' '}
        <button
          type="button"
          onClick={() => exporter.save('backstory-claims.csv', 'text/csv', exporter.csv())}
        >
          Download CSV
        </button>
      </section>
    </main>
  );
}

function sectionTitle(kind: ClaimKind, story: Story): string {
  switch (kind) {
    case 'report':
      return 'What was reported';
    case 'statement':
      return `What ${story.subject.name} said`;
    case 'response':
      return 'What the other parties said';
    case 'context':
      return 'Context';
  }
}

function StoryView({ story }: { story: Story }) {
  const [query, setQuery] = useState('');
  const [kinds, setKinds] = useState<ReadonlySet<ClaimKind>>(new Set(KINDS.map((k) => k.kind)));
  const shown = useMemo(() => filterClaims(story, query, kinds), [story, query, kinds]);
  // A link to a claim the search or the kind filter hides clears what hides it, and only that,
  // so the claim is there to be brought into view (main.tsx does that once the page has drawn it)
  // and the reader keeps the rest of what they chose. One listener from the first draw on, reading
  // the state as it is when the link is followed: one made from each render's state was swapped in
  // only after the next frame, so a link followed in the frame after a keystroke met the list as it
  // was before it, found its claim shown and cleared nothing (the story page's browser test, under
  // load, timed out waiting for the claim).
  useLayoutEffect(() => {
    const every: ReadonlySet<ClaimKind> = new Set(KINDS.map((k) => k.kind));
    const reveal = (): void => {
      const id = linkedId(location.hash);
      const claim = id === null ? undefined : claimNamed(story, id);
      if (claim === undefined) return;
      setQuery((q) => (filterClaims(story, q, every).includes(claim) ? q : ''));
      setKinds((k) => (filterClaims(story, '', k).includes(claim) ? k : every));
    };
    addEventListener('hashchange', reveal);
    return () => removeEventListener('hashchange', reveal);
  }, [story]);
  const sources = new Set(story.claims.flatMap((c) => c.appearances.map((a) => a.seed))).size;
  const brokeBy = outletName(story, story.brokeBy) ?? story.brokeBy;
  const toggle = (kind: ClaimKind, on: boolean): void => {
    const next = new Set(kinds);
    if (on) next.add(kind);
    else next.delete(kind);
    setKinds(next);
  };
  const id = (part: string): string => `${story.id}-${part}`;
  return (
    <article aria-labelledby={id('title')}>
      <h1 id={id('title')}>{story.title}</h1>
      <p>{story.summary}</p>
      <p class="muted">
        Broke {formatDate(story.broke)} ({brokeBy}) · {count(story.claims.length, 'claim')} from{' '}
        {count(sources, 'source article')}
      </p>
      <p class="muted">
        A source article is named by its headline: who published it is not recorded. An outlet named beside a
        quote is the one the article says reported it (“according to …”), not the article’s publisher.
      </p>
      <section aria-labelledby={id('timeline')}>
        <h2 id={id('timeline')}>Timeline</h2>
        <ol class="timeline">
          {timeline(story).map((e) => {
            const line = timelineLine(e, story.subject.name);
            const date = <strong>{line.date}</strong>;
            // A statement's line links to its claim below, where its answers are; with no claim,
            // it links nowhere.
            return e.type === 'outlet' ? (
              <li key={e.key} data-outlet={e.id}>
                {date} — {line.text}
              </li>
            ) : (
              <li key={e.key} data-statement={e.claimId ?? ''}>
                {date} —{' '}
                {e.claimId === null ? line.text : <a href={`#${claimAnchor(e.claimId)}`}>{line.text}</a>}
              </li>
            );
          })}
        </ol>
      </section>
      <section aria-labelledby={id('find')} class="find">
        <h2 id={id('find')}>Find a claim</h2>
        <label>
          Search the claims and their sources{' '}
          <input type="search" value={query} onInput={(e) => setQuery(e.currentTarget.value)} />
        </label>
        <fieldset>
          <legend>Kinds</legend>
          {KINDS.map((k) => (
            <label key={k.kind} class="kind-choice">
              <input
                type="checkbox"
                checked={kinds.has(k.kind)}
                onChange={(e) => toggle(k.kind, e.currentTarget.checked)}
              />{' '}
              {k.label}
            </label>
          ))}
        </fieldset>
        <p role="status" class="muted">
          Showing {shown.length} of {count(story.claims.length, 'claim')}
        </p>
      </section>
      {KINDS.filter((k) => kinds.has(k.kind)).map(({ kind }) => {
        const claims = shown.filter((c) => c.kind === kind);
        return (
          <section key={kind} aria-labelledby={id(kind)} data-kind={kind}>
            <h2 id={id(kind)}>
              {sectionTitle(kind, story)} <span class="muted">({claims.length})</span>
            </h2>
            {claims.length === 0 ? (
              <p class="muted">None match.</p>
            ) : (
              <ul class="plain">
                {claims.map((c) => (
                  <ClaimItem key={c.id} story={story} claimId={c.id} />
                ))}
              </ul>
            )}
          </section>
        );
      })}
    </article>
  );
}

function ClaimItem({ story, claimId }: { story: Story; claimId: string }) {
  const v = describeClaim(story, claimId);
  const claim = story.claims.find((c) => c.id === claimId);
  if (v === null || claim === undefined) return null;
  // The reports a statement answers; a report's answers come with its view.
  const answers = story.claims.filter((r) => r.answeredBy.includes(claimId));
  const credited = creditedLine(v);
  const where = appearancesByArticle(story, claim);
  return (
    <li class="claim" data-claim={claimId} id={claimAnchor(claimId)} tabIndex={-1}>
      {/* Links by the ids earlier builds gave it (an alias is never a claim's id, nor on two). */}
      {claim.aliases.map((a) => (
        <span key={a} id={claimAnchor(a)} />
      ))}
      <p class="claim-head">
        <span class={`kind kind-${v.kind}`}>{kindOf(v.kind).label}</span>{' '}
        <span class="claim-text">{v.text}</span>
      </p>
      {claim.commentary === true && (
        <p class="muted commentary">
          A source’s own view, not a fact it reports: Backstory does not look for it on pages.
        </p>
      )}
      {/* Context has no provenance line (describe.ts). */}
      {provenanceLine(v) !== '' && <p class="muted">{provenanceLine(v)}</p>}
      {credited !== '' && <p class="muted">{credited}</p>}
      <details class="where">
        <summary>Where it appears: {count(where.length, 'source article')}</summary>
        <ul class="articles">
          {where.map(({ seed, article, quotes }) => (
            <li key={seed}>
              <cite>{article === null ? 'A source article' : articleCitation(article)}</cite>
              <ul class="quotes">
                {quotes.map((q) => (
                  <li key={q.start}>
                    “{q.quote}” <span class="muted">({passageCredit(q)})</span>
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      </details>
      {v.answers.length > 0 && (
        <div class="linked">
          <p class="label">{story.subject.name} answered</p>
          <ul>
            {v.answers.map((a) => (
              <li key={a.claimId}>“{a.quote}”</li>
            ))}
          </ul>
        </div>
      )}
      {answers.length > 0 && (
        <div class="linked">
          <p class="label">Answers these reports</p>
          <ul>
            {answers.map((r) => (
              <li key={r.id}>{r.text}</li>
            ))}
          </ul>
        </div>
      )}
    </li>
  );
}
