// Options page entry.

import { render } from 'preact';
import { browserAccessApi } from '../extension/pages-api.ts';
import { Options } from './Options.tsx';

const app = document.getElementById('app');
if (app !== null) render(<Options api={browserAccessApi()} />, app);
