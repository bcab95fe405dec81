import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { ROOT } from '../helpers.ts';

describe('a command knows it was started, wherever it lives and however it is named', () => {
  test('a command runs from a folder with a space, through a linked folder and without its extension; imported, it does not', () => {
    const root = fs.mkdtempSync('/tmp/bs-main-');
    try {
      const dir = path.join(root, 'My Projects');
      fs.mkdirSync(dir);
      // A linked checkout, as CI links ../shared: Node names the module by its real path.
      fs.symlinkSync(dir, path.join(root, 'linked'));
      const helper = JSON.stringify(path.join(ROOT, 'src/cli/is-main.ts'));
      fs.writeFileSync(
        path.join(dir, 'command.ts'),
        `import { isMain } from ${helper};\nconsole.log(isMain(import.meta.url) ? 'ran' : 'imported');\n`,
      );
      fs.writeFileSync(path.join(dir, 'caller.ts'), `import './command.ts';\n`);
      const run = (file: string): string =>
        spawnSync(process.execPath, ['--import', 'tsx', path.join(root, file)], {
          cwd: ROOT,
          encoding: 'utf8',
        }).stdout.trim();
      expect(run('My Projects/command.ts')).toBe('ran');
      expect(run('linked/command.ts')).toBe('ran');
      expect(run('My Projects/command')).toBe('ran');
      expect(run('My Projects/caller.ts')).toBe('imported');
      expect(run('linked/caller.ts')).toBe('imported');
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });
});
