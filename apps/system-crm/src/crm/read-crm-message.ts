interface CrmError {
  message?: unknown;
  errorCode?: unknown;
  fields?: unknown;
}

function describe(error: CrmError): string | undefined {
  if (typeof error.message !== 'string') return undefined;
  const code = typeof error.errorCode === 'string' ? `${error.errorCode}: ` : '';
  const fields =
    Array.isArray(error.fields) && error.fields.length > 0
      ? ` (fields: ${error.fields.join(', ')})`
      : '';
  return `${code}${error.message}${fields}`;
}

/**
 * The CRM's own explanation from its error body `[{"message","errorCode","fields"}]` (a single
 * object is read the same way), e.g. `INVALID_FIELD: No such column 'Foo' on entity 'Opportunity'.`
 */
export function readCrmMessage(body: unknown): string | undefined {
  const errors = (Array.isArray(body) ? body : [body]).filter(
    (error): error is CrmError => typeof error === 'object' && error !== null,
  );
  const messages = errors.map(describe).filter((message) => message !== undefined);
  return messages.length > 0 ? messages.join('; ') : undefined;
}

/** The first errorCode of a CRM error body, e.g. `REQUEST_LIMIT_EXCEEDED`. */
export function crmErrorCode(body: unknown): string | undefined {
  const first: unknown = Array.isArray(body) ? body[0] : body;
  const code = (first as CrmError | null | undefined)?.errorCode;
  return typeof code === 'string' ? code : undefined;
}
