// The full story page: the whole claim index as a reader would want it. Needs no open article.

import { render } from 'preact';
import index from '@index/claim-index.json';
import type { ClaimIndex } from '../model/types.ts';
import { StoryPage } from './StoryPage.tsx';

const app = document.getElementById('app');
if (app !== null) render(<StoryPage index={index as ClaimIndex} />, app);
