/** A tax id as matching compares it: "DE 298 765 432" and "de298765432" are the same id. */
export function normalizeTaxId(taxId: string): string {
  return taxId.replace(/[^\p{L}\p{N}]/gu, '').toUpperCase();
}
