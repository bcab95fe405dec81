// Building regular expressions from words: names, aliases and anchors come from story data, and
// their characters must be matched as written, never read as pattern syntax.

/** The text with every character that means something in a pattern escaped. O(length). */
export const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
