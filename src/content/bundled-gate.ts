// The gate signature bundled into the content scripts, checked before use: a damaged one disables
// Backstory on the page with one message (src/model/validate.ts), it never throws there.

import gateFile from '@index/gate.json';
import { compileGate } from '../gate/gate.ts';
import { parseGate } from '../model/validate.ts';

/**
 * The compiled gate, or null (after saying why) when the signature is damaged. It takes the text
 * the content scripts read, folded for its scan (scanTextInSteps in src/page/text.ts).
 */
export function bundledGate(): ((text: string) => string[]) | null {
  const checked = parseGate(gateFile);
  if (checked.ok) return compileGate(checked.value.stories, { folded: true });
  console.warn(`Backstory is disabled: ${checked.error}. Reinstall the extension.`);
  return null;
}
