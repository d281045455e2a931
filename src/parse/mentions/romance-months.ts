/** Month names of French, Spanish and Portuguese pages, plain (lower case, no accents), and how to read one. */

export const FRENCH_MONTHS = ['janvier', 'fevrier', 'mars', 'avril', 'mai', 'juin', 'juillet', 'aout', 'septembre', 'octobre', 'novembre', 'decembre'];
export const IBERIAN_MONTHS = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'];
export const PORTUGUESE_MONTHS = ['janeiro', 'fevereiro', 'marco', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro', 'dezembro'];

/** A month's name in lower case without accents ("Février" → "fevrier", "março" → "marco"). */
export const plainLower = (name: string): string =>
  name
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '');

export function iberianMonth(name: string): number | null {
  const n = plainLower(name).replace(/^setiembre$/, 'septiembre');
  return IBERIAN_MONTHS.indexOf(n) + 1 || PORTUGUESE_MONTHS.indexOf(n) + 1 || null;
}
