/**
 * `cst-widgets/claims`: finds health claims in a practitioner's own text that
 * advertising rules (UK CAP/ASA, US FTC, Australia's Ahpra) do not allow for
 * craniosacral therapy, and says why, with a safer wording. A helper for
 * writers and build tools, not legal advice.
 *
 * No DOM, no side effects: it runs in Node 20+ and in browsers. The words of
 * each language are in src/content/claims/.
 */
import de from '../content/claims/de.js';
import en from '../content/claims/en.js';
import es from '../content/claims/es.js';
import fr from '../content/claims/fr.js';
import it from '../content/claims/it.js';
import pt from '../content/claims/pt.js';
import { check, compileLanguage, type CompiledLanguage } from './check.js';
import type { ClaimFinding, ClaimLanguage } from './types.js';

export type { ClaimFinding, ClaimRule } from './types.js';

const LANGUAGES: Record<string, ClaimLanguage> = { en, de, es, fr, it, pt };

/** The languages that have their own rules; any other gets English. */
export const CLAIM_LANGUAGES: readonly string[] = Object.keys(LANGUAGES);

const compiled = new Map<string, CompiledLanguage>();

/** The primary language of a BCP 47 tag (`de-CH` → `de`), if it is shipped. */
function languageOf(tag: unknown): string {
  const primary =
    typeof tag === 'string' ? tag.trim().toLowerCase().split(/[-_]/)[0] : '';
  return Object.hasOwn(LANGUAGES, primary) ? primary : 'en';
}

/**
 * Finds the claims in `text`, in order of position, none overlapping
 * another. `lang` is a BCP 47 tag (`de-CH` uses the German rules and
 * messages); absent or unknown, English. HTML and Markdown may be passed as
 * they are: tags, entities, link targets and web addresses are not read as
 * words. Never throws; anything but a string gives no findings.
 */
export function checkClaims(text: string, lang?: string): ClaimFinding[] {
  if (typeof text !== 'string' || text === '') return [];
  const key = languageOf(lang);
  let language = compiled.get(key);
  if (!language) {
    language = compileLanguage(LANGUAGES[key]);
    compiled.set(key, language);
  }
  return check(text, language);
}
