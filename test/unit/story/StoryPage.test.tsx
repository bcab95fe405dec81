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

  test('a context claim names no missing outlet, and its line starts with what there is', async () => {
    const { container } = render(<StoryPage index={index} exporter={fakeExporter().exporter} />);
    await screen.findByText(story.title);
    const lines = [...container.querySelectorAll('section[data-kind="context"] li.claim .muted')].map(
      (l) => l.textContent ?? '',
    );
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(line).toMatch(/^(?!\s*·)(?!.*not known).*\bin \d+ source articles?$/);
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
