/**
 * A light English stemmer: "spending", "spends" and "spend" meet, and so do
 * "estimated" and "estimate", "organized" and "organised". Vietnamese syllables never end
 * in -s, -ed or -ing; the few five-letter ones ending in -e lose it on both sides alike.
 */
export function stem(word: string): string {
  // British and American spellings meet: "organise"/"organize", "analyse"/"analyze".
  let w = word.replace(/([iy])z(e|es|ed|ing)$/, '$1s$2');
  if (w.length >= 5 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
  else if (w.length >= 5 && w.endsWith('ing')) w = w.slice(0, -3);
  else if (w.length >= 5 && w.endsWith('ed') && !w.endsWith('eed')) w = w.slice(0, -2);
  else if (w.length >= 4 && w.endsWith('s') && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);
  // Only longer words lose a final e: "date", "name", "done" would become Vietnamese "đạt", "năm", "đơn".
  if (w.length >= 5 && w.endsWith('e')) w = w.slice(0, -1);
  return w;
}
