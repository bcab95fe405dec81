// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, test } from 'vitest';
import { StoryApp, StoryPage, type Exporter } from '../../../src/story/StoryPage.tsx';
import { parseIndex } from '../../../src/model/validate.ts';
import { seedIndex, seedStory } from '../helpers.ts';

afterEach(cleanup);
const index = seedIndex();
const story = seedStory();

function fakeExporter() {
  const saved: { name: string; type: string; text: string }[] = [];
  const exporter: Exporter = {
    save: (name, type, text) => void saved.push({ name, type, text }),
    jsonLd: () => '{"@context":"https://schema.org"}',
    csv: () => 'story,claim\r\n',
  };
  return { exporter, saved };
}

const shownIds = (container: Element): string[] =>
  [...container.querySelectorAll('li.claim')].map((li) => li.getAttribute('data-claim') ?? '');

describe('the full story page', () => {
  test('every claim once, each in the section of its own kind; no "1 claims"', async () => {
    const { container } = render(<StoryPage index={index} exporter={fakeExporter().exporter} />);
    await screen.findByText(story.title);
    expect(new Set(shownIds(container))).toEqual(new Set(story.claims.map((c) => c.id)));
    for (const section of container.querySelectorAll('section[data-kind]')) {
      const kind = section.getAttribute('data-kind');
      for (const li of section.querySelectorAll('li.claim'))
        expect(story.claims.find((c) => c.id === li.getAttribute('data-claim'))?.kind).toBe(kind);
    }
    expect(container.textContent).not.toMatch(/\b1 claims\b|\b1 source articles\b/);
  });

  test('a context claim names no missing outlet; every claim says in how many source articles it appears', async () => {
    const { container } = render(<StoryPage index={index} exporter={fakeExporter().exporter} />);
    await screen.findByText(story.title);
    const context = [...container.querySelectorAll('section[data-kind="context"] li.claim')];
    expect(context.length).toBeGreaterThan(0);
    for (const li of context) expect(li.textContent).not.toMatch(/not known|not determined/);
    for (const li of container.querySelectorAll('li.claim')) {
      const claim = story.claims.find((c) => c.id === li.getAttribute('data-claim'));
      const articles = new Set(claim?.appearances.map((a) => a.seed)).size;
      expect(li.querySelector('details.where summary')?.textContent).toBe(
        `Where it appears: ${articles} source article${articles === 1 ? '' : 's'}`,
      );
    }
  });

  test("a claim's quotes are listed under the article each is from, named by headline, never by file", async () => {
    const { container } = render(<StoryPage index={index} exporter={fakeExporter().exporter} />);
    await screen.findByText(story.title);
    expect(container.textContent).not.toMatch(/\.txt\b/);
    const core = story.claims.find(
      (c) => new Set(c.appearances.map((a) => a.seed)).size === story.sources.length,
    );
    const li = container.querySelector(`li.claim[data-claim="${core?.id ?? ''}"]`);
    const cited = [...(li?.querySelectorAll('.articles > li > cite') ?? [])].map((c) => c.textContent);
    // Seed 000 is the one article story.json dates and signs.
    expect(cited[0]).toBe(
      '“Facebook asks United States banks to share customer details” (8 Aug 2018, by Melissa Porter)',
    );
    expect(cited.slice(1)).toEqual(story.sources.slice(1).map((a) => `“${a.headline}”`));
    // Each quote with the outlet it credits, said as credited.
    const quotes = [...(li?.querySelectorAll('.quotes > li') ?? [])].map((q) => q.textContent ?? '');
    expect(quotes.length).toBe(core?.appearances.length);
    for (const q of quotes)
      expect(q).toMatch(/^“.+” \((which names no outlet|which says [A-Z].* reported it)\)$/);
    expect(li?.textContent).not.toMatch(/carried by/i);
  });

  test("a claim's answers are a labelled list, one item each, not one line run together", async () => {
    const { container } = render(<StoryPage index={index} exporter={fakeExporter().exporter} />);
    await screen.findByText(story.title);
    const statement = story.claims.find(
      (c) => story.claims.filter((r) => r.answeredBy.includes(c.id)).length > 1,
    );
    if (statement === undefined) throw new Error('no statement answers two reports');
    const li = container.querySelector(`li.claim[data-claim="${statement.id}"]`);
    const block = [...(li?.querySelectorAll('.linked') ?? [])].find(
      (b) => b.querySelector('.label')?.textContent === 'Answers these reports',
    );
    expect([...(block?.querySelectorAll('li') ?? [])].map((r) => r.textContent)).toEqual(
      story.claims.filter((r) => r.answeredBy.includes(statement.id)).map((r) => r.text),
    );
    const report = story.claims.find((c) => c.answeredBy.length > 0);
    const answered = container.querySelector(`li.claim[data-claim="${report?.id ?? ''}"] .linked`);
    expect(answered?.querySelector('.label')?.textContent).toBe(`${story.subject.name} answered`);
    expect(container.textContent).not.toMatch(/ · “/);
  });

  test('a timeline statement with no claim links nowhere; two on one claim are two lines (review S16a, 7)', async () => {
    const said = story.statements[0];
    if (said === undefined) throw new Error('no statement');
    const odd = {
      ...story,
      statements: [
        ...story.statements,
        { ...said, quote: 'A statement no claim holds.', claimId: '' },
        { ...said, quote: 'A second statement on the same claim.' },
      ],
    };
    const { container } = render(
      <StoryPage index={{ ...index, stories: [odd] }} exporter={fakeExporter().exporter} />,
    );
    await screen.findByText(story.title);
    const lines = [...container.querySelectorAll('ol.timeline li[data-statement]')];
    expect(lines).toHaveLength(story.statements.length + 2);
    const orphan = lines.find((li) => li.textContent?.includes('A statement no claim holds.'));
    expect(orphan?.querySelector('a')).toBeNull();
    const twin = lines.find((li) => li.textContent?.includes('A second statement on the same claim.'));
    expect(twin?.querySelector('a')?.getAttribute('href')).toBe(
      lines
        .find((li) => li.textContent?.includes(said.quote))
        ?.querySelector('a')
        ?.getAttribute('href'),
    );
    for (const a of container.querySelectorAll('ol.timeline a'))
      expect(container.querySelector(a.getAttribute('href') ?? '#')).not.toBeNull();
  });

  test('a search narrows every section and says how many are shown', async () => {
    const { container } = render(<StoryPage index={index} exporter={fakeExporter().exporter} />);
    fireEvent.input(await screen.findByLabelText(/Search the claims/), { target: { value: 'Citigroup' } });
    const ids = shownIds(container);
    expect(ids.length).toBeGreaterThan(0);
    expect(ids.length).toBeLessThan(story.claims.length);
    expect(screen.getByRole('status').textContent).toBe(
      `Showing ${ids.length} of ${story.claims.length} claims`,
    );
  });

  test('unticking a kind removes its section', async () => {
    const { container } = render(<StoryPage index={index} exporter={fakeExporter().exporter} />);
    fireEvent.click(await screen.findByLabelText('Context'));
    expect(container.querySelector('section[data-kind="context"]')).toBe(null);
    expect(shownIds(container).every((id) => story.claims.find((c) => c.id === id)?.kind !== 'context')).toBe(
      true,
    );
  });

  test('the export buttons hand over JSON-LD and CSV files', async () => {
    const { exporter, saved } = fakeExporter();
    render(<StoryPage index={index} exporter={exporter} />);
    fireEvent.click(await screen.findByText(/Download JSON-LD/));
    fireEvent.click(screen.getByText('Download CSV'));
    expect(saved.map((s) => [s.name, s.type])).toEqual([
      ['backstory-claims.jsonld', 'application/ld+json'],
      ['backstory-claims.csv', 'text/csv'],
    ]);
  });

  test('opened with a damaged index it says so, as the popup does, and lists nothing', async () => {
    const damaged = JSON.parse(JSON.stringify(index)) as typeof index;
    damaged.stories[0]?.claims.splice(1);
    const { container } = render(
      <StoryApp index={parseIndex(damaged)} exporter={() => fakeExporter().exporter} />,
    );
    await screen.findByText('Backstory’s data is damaged');
    expect(container.textContent).toMatch(
      /^Backstory’s data is damaged.*checksum.*\. Reinstall the extension to repair it\.$/,
    );
    expect(shownIds(container)).toEqual([]);
    // The same index whole is shown.
    cleanup();
    render(<StoryApp index={parseIndex(index)} exporter={() => fakeExporter().exporter} />);
    await screen.findByText(story.title);
  });
});
