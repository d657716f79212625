/** A CRM record id (Salesforce: 15 or 18 letters and digits; the sandbox's are shorter). */
export const CRM_ID_PATTERN = /^[A-Za-z0-9]{1,18}$/;
