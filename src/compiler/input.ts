// What the compiler reads for one story: its folder (for error messages), story.json and the seeds.

import type { SeedFile } from './read-seeds.ts';
import type { StoryFile } from './story-file.ts';

export interface StoryInput {
  /** Folder the story came from, for error messages. */
  dir: string;
  story: StoryFile;
  seeds: SeedFile[];
}
