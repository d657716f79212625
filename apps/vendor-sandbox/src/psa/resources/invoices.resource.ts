import { z } from 'zod';
import type { PsaCollection } from '../psa-collections';
import type { PsaState } from '../psa-state';
import {
  AttributeProblem,
  cents,
  currencyCode,
  isoDate,
  oneOf,
  parseAttributes,
  psaId,
  rejectIfAny,
  text,
} from '../psa-attributes';
import { oneOfValues, timestampAfter } from '../psa-filters';
import { missingReference, reversedDates } from '../psa-references';
import type { PsaResource } from '../psa-resource';

export const INVOICE_STATUSES = ['draft', 'submitted', 'partially_paid', 'paid', 'void'] as const;

const changeable = z.object({
  number: text.nullable().optional(),
  status: oneOf(INVOICE_STATUSES).optional(),
  invoice_date: isoDate.nullable().optional(),
  due_date: isoDate.nullable().optional(),
  amount_in_cents: cents.nullable().optional(),
  tax_in_cents: cents.nullable().optional(),
  paid_in_cents: cents.nullable().optional(),
  external_reference: text.nullable().optional(),
});
const attributes = changeable.extend({
  workspace_id: psaId,
  currency: currencyCode.optional(),
  time_entry_ids: z.array(psaId, { error: 'must be a list of ids' }).optional(),
  expense_ids: z.array(psaId, { error: 'must be a list of ids' }).optional(),
});

/** Only approved, not yet invoiced work of the invoice's workspace can be put on it. */
function unbillable(
  state: PsaState,
  collection: PsaCollection,
  field: string,
  ids: string[],
  workspaceId: string,
): AttributeProblem[] {
  return ids.flatMap((id) => {
    const record = state.find(collection, id);
    const reason = !record
      ? 'does not exist'
      : record.workspace_id !== workspaceId
        ? 'belongs to another workspace'
        : record.approved !== true
          ? 'is not approved'
          : record.invoice_id !== null && record.invoice_id !== undefined
            ? 'is already invoiced'
            : undefined;
    return reason ? [{ field, message: `${id} ${reason}` }] : [];
  });
}

/** Invoices the gateway records back into the PSA, linking the time and expenses they bill. */
export const invoicesResource: PsaResource = {
  key: 'invoices',
  singular: 'invoice',
  label: 'Invoice',
  filters: {
    workspace_id: oneOfValues('workspace_id'),
    status: oneOfValues('status'),
    external_reference: oneOfValues('external_reference'),
    updated_after: timestampAfter('updated_at', 'updated_after'),
  },
  includes: {
    workspace: { collection: 'workspaces', foreignKey: 'workspace_id' },
    time_entries: {
      collection: 'time_entries',
      inverseKey: 'invoice_id',
      idsField: 'time_entry_ids',
    },
    expenses: { collection: 'expenses', inverseKey: 'invoice_id', idsField: 'expense_ids' },
  },
  create(state, body) {
    const {
      time_entry_ids = [],
      expense_ids = [],
      ...given
    } = parseAttributes(attributes, body, 'invoice');
    const workspace = state.find('workspaces', given.workspace_id);
    rejectIfAny([
      missingReference(state, 'workspaces', 'workspace_id', given.workspace_id),
      reversedDates(given.invoice_date, given.due_date, 'due_date'),
      ...unbillable(state, 'time_entries', 'time_entry_ids', time_entry_ids, given.workspace_id),
      ...unbillable(state, 'expenses', 'expense_ids', expense_ids, given.workspace_id),
    ]);
    const invoice = state.insert('invoices', {
      number: null,
      status: 'draft',
      invoice_date: null,
      due_date: null,
      amount_in_cents: null,
      tax_in_cents: null,
      paid_in_cents: null,
      external_reference: null,
      ...given,
      currency: given.currency ?? workspace!.currency,
    });
    const link = (collection: PsaCollection, ids: string[]) => {
      for (const id of ids)
        state.update(collection, state.find(collection, id)!, { invoice_id: invoice.id });
    };
    link('time_entries', time_entry_ids);
    link('expenses', expense_ids);
    return invoice;
  },
  update(state, record, body) {
    const changes = parseAttributes(changeable.partial(), body, 'invoice');
    const merged = { ...record, ...changes };
    rejectIfAny([reversedDates(merged.invoice_date, merged.due_date, 'due_date')]);
    return state.update('invoices', record, changes);
  },
};
