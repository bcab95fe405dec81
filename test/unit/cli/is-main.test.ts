import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { ROOT } from '../helpers.ts';

describe('a command knows it was started, wherever it lives', () => {
  test('a command in a folder whose path has a space runs; imported, it does not', () => {
    const dir = path.join(fs.mkdtempSync('/tmp/bs-main-'), 'My Projects');
    fs.mkdirSync(dir);
    const helper = JSON.stringify(path.join(ROOT, 'src/cli/is-main.ts'));
    fs.writeFileSync(
      path.join(dir, 'command.ts'),
      `import { isMain } from ${helper};\nconsole.log(isMain(import.meta.url) ? 'ran' : 'imported');\n`,
    );
    fs.writeFileSync(path.join(dir, 'caller.ts'), `import './command.ts';\n`);
    const run = (file: string): string =>
      spawnSync(process.execPath, ['--import', 'tsx', path.join(dir, file)], {
        cwd: ROOT,
        encoding: 'utf8',
      }).stdout.trim();
    expect(run('command.ts')).toBe('ran');
    expect(run('caller.ts')).toBe('imported');
  });
});
