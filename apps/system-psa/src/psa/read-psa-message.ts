import type { VendorMessageReader } from '@p2c/vendor-http';

interface PsaErrorItem {
  type?: unknown;
  message?: unknown;
  field?: unknown;
}

/**
 * The PSA's own explanation out of its error body `{"errors":[{"type","message","field"?}]}`:
 * every message, each with the field it is about ("rate_card_id: Rate card … bills in GBP").
 */
export const readPsaMessage: VendorMessageReader = (body) => {
  const errors = (body as { errors?: unknown } | undefined)?.errors;
  if (!Array.isArray(errors)) return undefined;
  const messages = (errors as PsaErrorItem[])
    .filter((error) => typeof error?.message === 'string' && error.message !== '')
    .map((error) =>
      typeof error.field === 'string' && error.field !== ''
        ? `${error.field}: ${String(error.message)}`
        : String(error.message),
    );
  return messages.length > 0 ? messages.join('; ') : undefined;
};
