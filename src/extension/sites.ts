// Match patterns for one site: the pattern a page's site is granted under, and the host a
// granted pattern names. Pure: the options page, the popup and the tests share them.

/**
 * The match pattern that grants one page's site: its scheme and host. Not its port: Firefox takes
 * a pattern with a port but matches no page with it.
 */
export const sitePattern = (url: string): string => {
  const u = new URL(url);
  return `${u.protocol}//${u.hostname}/*`;
};

/** A match pattern's host ("news.example" for "*://news.example/*"); "" when it has none. */
export const hostOf = (pattern: string): string => /^[^:]+:\/\/([^/:]*)/.exec(pattern)?.[1] ?? '';
