interface ErpErrorDetail {
  detail?: unknown;
  'o:errorCode'?: unknown;
}

function firstDetail(body: unknown): ErpErrorDetail | undefined {
  const details = (body as { 'o:errorDetails'?: unknown } | null | undefined)?.['o:errorDetails'];
  return Array.isArray(details) ? (details[0] as ErpErrorDetail | undefined) : undefined;
}

/** The ERP's own explanation out of its error body (`o:errorDetails[0].detail`). */
export function readErpMessage(body: unknown): string | undefined {
  const detail = firstDetail(body)?.detail;
  return typeof detail === 'string' && detail !== '' ? detail : undefined;
}

/** The ERP's error code (`o:errorCode`, e.g. PERIOD_CLOSED, JOB_NOT_ACTIVE). */
export function readErpErrorCode(body: unknown): string | undefined {
  const code = firstDetail(body)?.['o:errorCode'];
  return typeof code === 'string' && code !== '' ? code : undefined;
}
