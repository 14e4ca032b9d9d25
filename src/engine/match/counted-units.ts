import type { FigureKind } from '../knowledge/types.js';
import type { Asks } from '../text/interrogatives.js';

/**
 * What a "how many" counts, and in what: the rules by which "bao nhiêu vụ" wants "37 vụ",
 * not "642" or "12 ca", and "bao nhiêu heroin" is weighed in "2,3 kg". The scorer applies them.
 */

/** Kinds of question that ask for a quantity. */
export const QUANTITY_ASKS: ReadonlySet<Asks> = new Set(['how-many', 'percent', 'money', 'times']);
export const QUANTITY_WORDS: ReadonlySet<string> = new Set(['nhieu', 'may', 'many', 'much']);
/** Figures that count things in their own unit ("37 vụ", "41/43 vụ"): a Vietnamese "bao nhiêu X" wants X as that unit. */
export const COUNTING_KINDS: ReadonlySet<FigureKind> = new Set(['count', 'ratio', 'number']);
/** Words that count people, who are counted in whatever unit the report uses ("1.012 trường hợp"). */
export const PEOPLE: ReadonlySet<string> = new Set(['nguoi', 'people']);
/** Units of measure, folded: "bao nhiêu heroin" is weighed in "2,3 kg", so the thing is no unit. */
export const MEASURE_UNITS: ReadonlySet<string> = new Set(['kg', 'tan', 'ta', 'ha', 'km', 'km2', 'm', 'm2', 'm3', 'lit', 'mw', 'kw', 'kwh', 'gw', 'mwh']);
