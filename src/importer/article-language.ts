/**
 * Vietnamese or English, from the letters: Vietnamese prose marks about a third of its
 * letters (ă â đ ê ô ơ ư and the five tones); English marks none.
 */
const MARKED = /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/giu;
const LETTERS = /\p{L}/gu;
/** Far below Vietnamese (~30%), far above English with a few names in it. */
const VIETNAMESE_SHARE = 0.08;

export function detectLanguage(text: string): 'vi' | 'en' {
  const letters = text.match(LETTERS)?.length ?? 0;
  const marked = text.match(MARKED)?.length ?? 0;
  return letters > 0 && marked / letters >= VIETNAMESE_SHARE ? 'vi' : 'en';
}
