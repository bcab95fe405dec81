// One manifest, two builds: `vite build --mode chrome|firefox` writes dist/chrome or dist/firefox.
// The claim index is compiled first (npm run build:index) into dist/index/, imported as @index.

import path from 'node:path';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';
import webExtension from 'vite-plugin-web-extension';
import type { Plugin } from 'vite';
import { computeLexiconTable } from './src/text/lexicon-table.ts';
import { computeDenialTerms } from './src/matching/denial-terms.ts';
import { kindClasses, kindHighlights } from './src/view/kinds.ts';
import { restingHighlights } from './src/content/overlay/tints.ts';

/**
 * Backstory never renders HTML strings: page and index text is only ever set as text. Preact
 * keeps one innerHTML assignment for `dangerouslySetInnerHTML`, which we never use; this removes
 * it from the bundles so no code path can set HTML (and web-ext lint has nothing to warn about).
 */
function noInnerHtml(): Plugin {
  return {
    name: 'backstory-no-inner-html',
    enforce: 'pre',
    transform(code, id) {
      if (!/node_modules[\\/]preact[\\/]dist[\\/]preact\.mjs$/.test(id)) return null;
      const out = code.replace(
        /\((\w+)\.innerHTML=(\w+)\.__html\)/g,
        '(()=>{throw new Error("Backstory: HTML strings are never rendered")})()',
      );
      if (out === code) this.error('Preact changed: the innerHTML assignment to remove was not found');
      return { code: out, map: null };
    },
  };
}

/**
 * The lexicon's lookup table (src/text/lexicon-table.ts) computed once here, at build time, and
 * bundled as data: the background, where pages are matched, then starts its worker without
 * stemming the lexicon. Same function, same table; JSON.parse of a string is the quickest way for
 * an engine to read a literal. The bare denial's word terms (src/matching/denial-terms.ts) alike:
 * its first page no longer stems them.
 */
export function precomputedLexicon(): Plugin {
  return {
    name: 'backstory-precomputed-lexicon',
    enforce: 'pre',
    load(id) {
      if (/[\\/]src[\\/]text[\\/]lexicon-table\.ts$/.test(id))
        return `export const LEXICON_TABLE = JSON.parse(${JSON.stringify(JSON.stringify(computeLexiconTable()))});\n`;
      if (/[\\/]src[\\/]matching[\\/]denial-terms\.ts$/.test(id))
        return `export const DENIAL_TERMS = JSON.parse(${JSON.stringify(JSON.stringify(computeDenialTerms()))});\n`;
      return null;
    },
  };
}

/**
 * The claim kinds' CSS, generated from their one table (src/view/kinds.ts) into the stylesheets
 * that hold its placeholder comment: the page's highlights (src/content/page.css: the full
 * colour from the kinds' table, the resting tint from src/content/overlay/tints.ts) and the
 * popup's and story page's badges (src/ui/theme.css).
 */
export function claimKindsCss(): Plugin {
  const placeholder = /\/\* claim kinds: (classes|highlights|resting) [^*]*\*\//g;
  return {
    name: 'backstory-claim-kinds-css',
    enforce: 'pre',
    transform(code, id) {
      if (!/\.css(\?|$)/.test(id) || !code.includes('/* claim kinds: ')) return null;
      return {
        code: code.replace(placeholder, (_, part: string) =>
          part === 'classes' ? kindClasses() : part === 'resting' ? restingHighlights() : kindHighlights(),
        ),
        map: null,
      };
    },
  };
}

export default defineConfig(({ mode }) => {
  const browser = mode === 'firefox' ? 'firefox' : 'chrome';
  return {
    publicDir: 'src/static',
    resolve: { alias: { '@index': path.resolve('dist/index') } },
    plugins: [
      noInnerHtml(),
      precomputedLexicon(),
      claimKindsCss(),
      preact(),
      webExtension({
        manifest: 'manifest.json',
        browser,
        // No content script is declared: the background registers the gate while the reader lets
        // Backstory read all sites, and injects the full script only where the gate passed.
        additionalInputs: [
          'src/story/story.html',
          'src/options/options.html',
          'src/welcome/welcome.html',
          'src/content/gate.ts',
          'src/content/main.ts',
          'src/content/page.css',
        ],
        // Validation would fetch a JSON schema from the network; the manifest is checked by
        // web-ext lint and the tests instead.
        skipManifestValidation: true,
        disableAutoLaunch: true,
      }),
    ],
    // No modulepreload polyfill: it fetch()es chunks, and the privacy scan (test/unit/privacy.test.ts) forbids any fetch.
    build: {
      outDir: `dist/${browser}`,
      emptyOutDir: true,
      target: 'es2022',
      sourcemap: false,
      modulePreload: { polyfill: false },
    },
  };
});
