// Terms of the names story.json gives (the subject's aliases, outlets), for the steps that must
// tell a name from what a sentence says.

import { analyse, isConceptTerm } from '../text/terms.ts';

/**
 * Terms of names. With `concepts` false, a shared concept inside a name is left out: "Agence
 * France-Presse" must not make "press" (ask) a name. The subject's aliases keep them: "the
 * company", "the social network" are how the seeds name Facebook.
 */
export function nameTerms(names: string[], concepts = false): Set<string> {
  const out = new Set<string>();
  for (const name of names)
    for (const t of analyse(name).terms) if (concepts || !isConceptTerm(t)) out.add(t);
  return out;
}
