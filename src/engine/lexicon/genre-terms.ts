import { fileURLToPath } from 'node:url';
// Imported, not read from disk: tsc then copies the file into dist/ beside this module,
// so the built bot and tsx find the same data without a path of their own.
import shipped from './terms.json' with { type: 'json' };
import { LexiconError } from './lexicon-error.js';

/**
 * The genre lexicon: words that mean the same in Vietnamese government and press
 * reports ("thu ngân sách" / "budget revenue", "TNGT" / "tai nạn giao thông"). Data, not
 * code: a new entry serves every report of the genre.
 */

export interface TermEntry {
  /** Vietnamese phrasings, as reports write them. */
  readonly vi: readonly string[];
  /** Abbreviations ("TNGT", "UBND"). */
  readonly abbr: readonly string[];
  readonly en: readonly string[];
  /** How a figure in this unit reads in English after the number ("2.340 đối tượng" → "2,340 suspects"). */
  readonly unit?: string;
}

export const TERMS_FILE = fileURLToPath(new URL('./terms.json', import.meta.url));

const ENTRY_FIELDS = ['vi', 'abbr', 'en', 'unit'];

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Checks a parsed lexicon; every problem names the file and the entry (its number and first phrase). */
export function parseTerms(raw: unknown, file: string): TermEntry[] {
  if (!isObject(raw) || !Array.isArray(raw.terms)) throw new LexiconError(file, null, 'must be an object with a "terms" list');
  return (raw.terms as unknown[]).map((item, index) => {
    const first = isObject(item) && Array.isArray(item.vi) && typeof item.vi[0] === 'string' ? ` "${item.vi[0]}"` : '';
    const fail = (problem: string): never => {
      throw new LexiconError(file, `entry ${index + 1}${first}`, problem);
    };
    if (!isObject(item)) return fail('must be an object');
    for (const key of Object.keys(item)) if (!ENTRY_FIELDS.includes(key)) fail(`unknown field "${key}" (allowed: ${ENTRY_FIELDS.join(', ')})`);
    const phrases = (field: 'vi' | 'abbr' | 'en'): string[] => {
      const value = item[field];
      if (value === undefined) return [];
      if (!Array.isArray(value) || value.some((p) => typeof p !== 'string' || p.trim() === '')) {
        return fail(`"${field}" must be a list of non-empty strings`);
      }
      return (value as string[]).map((p) => p.normalize('NFC'));
    };
    const entry = { vi: phrases('vi'), abbr: phrases('abbr'), en: phrases('en') };
    // A phrase is found by its words: one of numbers alone ("27/7") would never be found.
    const wordless = [...entry.vi, ...entry.abbr, ...entry.en].find((p) => !/\p{L}/u.test(p));
    if (wordless !== undefined) fail(`"${wordless}" has no word: a phrase is found by its words`);
    if (entry.vi.length + entry.abbr.length === 0) fail('needs at least one Vietnamese phrase or abbreviation');
    if (entry.vi.length + entry.abbr.length + entry.en.length < 2) fail('needs at least two phrases: an entry says what means the same');
    if (item.unit === undefined) return entry;
    if (typeof item.unit !== 'string' || item.unit.trim() === '') return fail('"unit" must be a non-empty string');
    return { ...entry, unit: item.unit };
  });
}

let checked: readonly TermEntry[] | undefined;

/**
 * The lexicon shipped with the engine, checked on first use rather than on import, so a
 * broken file is a LexiconError an entry point can print in one line, not a crash on load.
 */
export function genreTerms(): readonly TermEntry[] {
  checked ??= parseTerms(shipped, TERMS_FILE);
  return checked;
}
