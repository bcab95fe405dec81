// First-run page entry: opened by the background once, when Backstory is installed.

import { render } from 'preact';
import index from '@index/claim-index.json';
import { browserAccessApi } from '../extension/pages-api.ts';
import { parseIndex } from '../model/validate.ts';
import { WelcomeApp } from './Welcome.tsx';

const app = document.getElementById('app');
if (app !== null) render(<WelcomeApp index={parseIndex(index)} api={browserAccessApi()} />, app);
