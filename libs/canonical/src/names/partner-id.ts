/** A partner organisation's id, as the CRM names it and partner tokens carry it. */
export const PARTNER_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$/;
