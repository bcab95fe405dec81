// Whether a module is the script node was started with, for the files that are both a command and
// a library. The module's URL escapes its path ("My%20Projects"): compared as a URL's pathname, a
// command run from a folder with a space in its path did nothing and exited 0.

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

// Node names the module by its real path; the script may be given through a link.
const real = (file: string): string => (fs.existsSync(file) ? fs.realpathSync(file) : path.resolve(file));

/** Call as isMain(import.meta.url). */
export const isMain = (moduleUrl: string, script: string | undefined = process.argv[1]): boolean =>
  script !== undefined && real(script) === real(fileURLToPath(moduleUrl));
