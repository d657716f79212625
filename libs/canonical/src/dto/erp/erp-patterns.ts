/**
 * What the ERP API accepts as a canonical id (customer, project, posting, invoice): it becomes the
 * ERP record's external id and part of request paths, so it is plain text without spaces.
 */
export const ERP_EXTERNAL_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:@-]{0,127}$/;

/** A legal entity, cost centre or class code (the ERP dimension record's external id). */
export const DIMENSION_CODE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$/;

/** An ERP internal id, e.g. `1007`. */
export const ERP_ID_PATTERN = /^\d{1,18}$/;

/** A tax (VAT registration) id as written: letters, digits, spaces, dots, dashes, slashes. */
export const ERP_TAX_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9 ./-]{0,39}$/;
