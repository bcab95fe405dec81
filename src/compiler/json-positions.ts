// JSON.parse that also remembers where each value starts, so a schema error can name its line.
// A small recursive-descent parser over the JSON grammar; JSON.parse still does the decoding.

import { BuildError, lineAt } from './errors.ts';

export interface Located {
  value: unknown;
  /** 1-based line of the value at a path such as "outlets[2].aliases[0]" ("" is the root). */
  line(path: string): number | null;
}

export function parseJsonWithLines(file: string, text: string): Located {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    const m = /position (\d+)/.exec(String(e));
    // The parser notices a missing comma or bracket at the next token; the fix belongs at the end
    // of the previous one, so point there.
    let at = m === null ? -1 : Number(m[1]);
    while (at > 0 && /\s/.test(text[at - 1] ?? '')) at--;
    const line = m === null ? null : lineAt(text, Math.max(0, at - 1));
    throw new BuildError(file, line, `is not valid JSON (${(e as Error).message})`);
  }
  const starts = new Map<string, number>();
  let i = 0;
  const ws = (): void => {
    while (i < text.length && /\s/.test(text[i] ?? '')) i++;
  };
  const str = (): void => {
    i++;
    while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
    i++;
  };
  const walk = (path: string): void => {
    ws();
    starts.set(path, i);
    const c = text[i];
    if (c === '{') {
      i++;
      ws();
      while (text[i] !== '}') {
        ws();
        const keyStart = i;
        str();
        const key = JSON.parse(text.slice(keyStart, i)) as string;
        ws();
        i++; // ':'
        walk(path === '' ? key : `${path}.${key}`);
        ws();
        if (text[i] === ',') i++;
        ws();
      }
      i++;
    } else if (c === '[') {
      i++;
      ws();
      let n = 0;
      while (text[i] !== ']') {
        walk(`${path}[${n++}]`);
        ws();
        if (text[i] === ',') i++;
        ws();
      }
      i++;
    } else if (c === '"') str();
    else while (i < text.length && /[^,\]}\s]/.test(text[i] ?? '')) i++;
  };
  walk('');
  return {
    value,
    line: (path) => {
      const at = starts.get(path);
      return at === undefined ? null : lineAt(text, at);
    },
  };
}
