/**
 * Whether a folded word has the shape of a Vietnamese syllable: an initial consonant,
 * a vowel nucleus Vietnamese spells, and a final consonant it allows. A word of that
 * shape is most likely a real word ("vàng", "trời"), not a typo of a nearby one
 * ("đảng", "trì"); typos usually break the shape ("ngaan", "sachh", "nsach").
 */
const ONSET = '(?:ngh|ng|gh|gi|kh|nh|ph|qu|th|tr|ch|[bcdghklmnprstvx])?';
const NUCLEUS = [
  'ieu', 'yeu', 'oai', 'oay', 'oeo', 'uay', 'uoi', 'uou', 'uya', 'uye', 'uyu',
  'ai', 'ao', 'au', 'ay', 'eo', 'eu', 'ia', 'ie', 'iu', 'oa', 'oe', 'oi', 'oo', 'ua', 'ue', 'ui', 'uo', 'uu', 'uy', 'ye',
  'a', 'e', 'i', 'o', 'u', 'y',
].join('|');
const CODA = '(?:ch|nh|ng|[cmnpt])?';
const SHAPE = new RegExp(`^${ONSET}(?:${NUCLEUS})${CODA}$`);

export function hasSyllableShape(folded: string): boolean {
  return SHAPE.test(folded);
}
