import { describe, expect, test } from 'vitest';
import { hostOf, sitePattern } from '../../../src/extension/sites.ts';

describe('one site’s grant', () => {
  test('a page’s site is granted for its scheme and host, any port (Firefox matches no page with a port)', () => {
    expect(sitePattern('https://www.news.example/2018/08/story.html?x=1#top')).toBe(
      'https://www.news.example/*',
    );
    expect(sitePattern('http://localhost:8080/a')).toBe('http://localhost/*');
  });

  test('a granted pattern names its host however it was written, so the options page lists a site once', () => {
    expect(
      ['https://news.example/*', '*://news.example/*', 'http://news.example:8080/*'].map(hostOf),
    ).toEqual(['news.example', 'news.example', 'news.example']);
    expect(hostOf('<all_urls>')).toBe('');
  });
});
