/**
 * Legal-form words that say nothing about which company it is: "FABRIKAM LOGISTICS, INC." and
 * "Fabrikam Logistics" are one customer, so are "Litware Bank AG" and "Litware Bank
 * Aktiengesellschaft". Only trailing ones are dropped ("AG Insurance" keeps its "ag").
 */
const LEGAL_FORMS = new Set([
  'ab',
  'ag',
  'aktiengesellschaft',
  'bv',
  'co',
  'company',
  'corp',
  'corporation',
  'gmbh',
  'inc',
  'incorporated',
  'kg',
  'kgaa',
  'limited',
  'llc',
  'llp',
  'lp',
  'ltd',
  'nv',
  'oy',
  'plc',
  'pty',
  'sa',
  'sarl',
  'sas',
  'se',
  'spa',
]);

/**
 * The form of a company name that matching compares: case, accents, punctuation and trailing
 * legal forms ignored, `&` read as "and". "Müller & Söhne GmbH & Co. KG" → "muller and sohne".
 * A name made only of legal-form words keeps them, so it never normalises to nothing.
 */
export function normalizeCompanyName(name: string): string {
  const words = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    // S.A., O'Brien: dots and apostrophes join what they separate
    .replace(/[.'\u2019]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ')
    .filter((word) => word !== '');
  let end = words.length;
  while (end > 1 && (LEGAL_FORMS.has(words[end - 1]) || isDanglingAnd(words, end))) end -= 1;
  return words.slice(0, end).join(' ');
}

/** "… GmbH & Co. KG": the "and" that joined two legal forms goes with them. */
function isDanglingAnd(words: string[], end: number): boolean {
  return words[end - 1] === 'and' && end < words.length;
}
