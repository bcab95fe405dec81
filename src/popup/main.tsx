// Popup entry: finds the tab it describes (?tabId= or the active tab) and renders the panel.

import { render } from 'preact';
import { App } from './App.tsx';
import { browserPanelApi } from './api.ts';

const app = document.getElementById('app');
if (app !== null) render(<App api={browserPanelApi()} />, app);
