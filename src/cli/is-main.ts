// Whether a module is the script node was started with, for the files that are both a command and
// a library. The module's URL escapes its path ("My%20Projects"): compared as a URL's pathname, a
// command run from a folder with a space in its path did nothing and exited 0.

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The file a script path names, by its real path: Node names the module by its real path, and the
 * script may be given through a link, or without its extension (`node --import tsx src/cli/check`,
 * which tsx resolves to check.ts), which would otherwise do nothing and exit 0 too.
 */
function real(file: string, extension: string): string {
  for (const f of [file, file + extension])
    if (fs.existsSync(f) && fs.statSync(f).isFile()) return fs.realpathSync(f);
  return path.resolve(file);
}

/** Call as isMain(import.meta.url). */
export function isMain(moduleUrl: string, script: string | undefined = process.argv[1]): boolean {
  if (script === undefined) return false;
  const self = real(fileURLToPath(moduleUrl), '');
  return real(script, path.extname(self)) === self;
}
