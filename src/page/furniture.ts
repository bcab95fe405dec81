// What on a page is furniture (navigation, ads, share bars, comments, captions, hidden text…),
// never article text: by tag, ARIA role, hidden state, and by the words of its class and id.

const TAGS = new Set([
  'NAV',
  'HEADER',
  'FOOTER',
  'ASIDE',
  'FORM',
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'BUTTON',
  'SELECT',
  'TEXTAREA',
  'IFRAME',
  'SVG',
  'CANVAS',
  'FIGURE',
  'FIGCAPTION',
  'PICTURE',
  'VIDEO',
  'AUDIO',
  'OBJECT',
  'EMBED',
  'DIALOG',
]);
const ROLES = new Set([
  'navigation',
  'banner',
  'contentinfo',
  'complementary',
  'search',
  'dialog',
  'alertdialog',
  'alert',
  'menu',
  'menubar',
  'toolbar',
  'tablist',
  'figure',
]);

// A class or id names furniture when one of its words is one of these. Words are split at
// spaces, "-" and "_" (`comments-list`, `site_nav`), but a short word in the middle of a
// compound (`i-nav_drawer_slide`, a state of the page, not a navigation bar) does not count:
// short words count only as a name's first or last part, long ones anywhere.
const SHORT_WORDS = new Set([
  'ad',
  'ads',
  'nav',
  'menu',
  'share',
  'promo',
  'hide',
  'hidden',
  'modal',
  'popup',
  'bio',
]);
const LONG_WORDS = new Set([
  'comment',
  'comments',
  'sharing',
  'social',
  'related',
  'recommended',
  'recommendations',
  'advert',
  'advertisement',
  'sponsor',
  'sponsored',
  'cookie',
  'cookies',
  'consent',
  'newsletter',
  'subscribe',
  'subscription',
  'signup',
  'sidebar',
  'footer',
  'navigation',
  'navbar',
  'breadcrumb',
  'breadcrumbs',
  'teaser',
  'teasers',
  'outbrain',
  'taboola',
  'disqus',
  'byline',
  'dateline',
  'caption',
  'credit',
  'credits',
  'invisible',
  'offscreen',
  'visuallyhidden',
  'trending',
  'mostread',
  'mostpopular',
  'paywall',
  'gallery',
  'slideshow',
  'carousel',
]);
// Long words also count glued to another word (`relatedposts`, `sidebarwidget`); not "comment",
// which starts "commentary".
const AFFIX_WORDS = [
  'related',
  'sidebar',
  'sharing',
  'social',
  'newsletter',
  'advert',
  'sponsor',
  'outbrain',
  'taboola',
  'disqus',
  'breadcrumb',
  'teaser',
  'gallery',
  'slideshow',
  'carousel',
];
// Named pieces of two words (`screen-reader-text`, `sr-only`, `most-read`, `read-more`).
const PAIRS = new Set([
  'sr only',
  'screen reader',
  'reader text',
  'visually hidden',
  'most read',
  'most popular',
  'up next',
  'more stories',
  'author bio',
  'about author',
  'd none',
]);

/** True when a class or id value names furniture (see the word lists above). */
function namesFurniture(value: string): boolean {
  if (value === '') return false;
  for (const name of value.toLowerCase().split(/\s+/)) {
    if (name === '') continue;
    const parts = name.split(/[-_]+/).filter((p) => p !== '');
    for (let i = 0; i < parts.length; i++) {
      const part = parts[i] as string;
      if (LONG_WORDS.has(part)) return true;
      if (part.length > 6 && AFFIX_WORDS.some((w) => part.startsWith(w) || part.endsWith(w))) return true;
      if ((i === 0 || i === parts.length - 1) && SHORT_WORDS.has(part)) return true;
      if (i > 0 && PAIRS.has(`${parts[i - 1]} ${part}`)) return true;
    }
  }
  return false;
}

/** Furniture by its markup alone: tag, ARIA role, hidden attribute or inline style. */
export function markupFurniture(el: Element): boolean {
  if (TAGS.has(el.tagName.toUpperCase())) return true;
  const role = el.getAttribute('role');
  if (role !== null && ROLES.has(role)) return true;
  if (el.getAttribute('aria-hidden') === 'true' || el.hasAttribute('hidden')) return true;
  const style = el.getAttribute('style');
  return style !== null && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

/** Furniture by the words of its class or id. */
export function namedFurniture(el: Element): boolean {
  const cls = el.getAttribute('class');
  return namesFurniture(el.id) || (cls !== null && namesFurniture(cls));
}
