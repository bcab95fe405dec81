// First-run page entry: opened by the background once, when Backstory is installed.

import { render } from 'preact';
import index from '@index/claim-index.json';
import { browserAccessApi } from '../extension/pages-api.ts';
import { outletName } from '../view/describe.ts';
import { Welcome } from './Welcome.tsx';

const app = document.getElementById('app');
const stories = index.stories.map((s) => ({
  title: s.title,
  summary: s.summary,
  broke: s.broke,
  brokeBy: outletName(s, s.brokeBy) ?? s.brokeBy,
}));
if (app !== null) render(<Welcome stories={stories} api={browserAccessApi()} />, app);
