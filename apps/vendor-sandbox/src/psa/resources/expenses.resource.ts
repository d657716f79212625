import { z } from 'zod';
import {
  cents,
  currencyCode,
  flag,
  isoDate,
  parseAttributes,
  psaId,
  rejectIfAny,
  requiredText,
  text,
} from '../psa-attributes';
import { booleanValue, oneOfValues, timestampAfter } from '../psa-filters';
import { missingReference } from '../psa-references';
import type { PsaResource } from '../psa-resource';
import { rejectIfApproved } from './approval-lock';

const changeable = z.object({
  date: isoDate,
  category: requiredText,
  amount_in_cents: cents.min(1, 'must be more than zero'),
  currency: currencyCode.optional(),
  billable: flag.optional(),
  notes: text.nullable().optional(),
});
const attributes = changeable.extend({ workspace_id: psaId, user_id: psaId });

/** Expenses, in minor units; approved ones are locked like approved time. */
export const expensesResource: PsaResource = {
  key: 'expenses',
  singular: 'expense',
  label: 'Expense',
  filters: {
    workspace_id: oneOfValues('workspace_id'),
    user_id: oneOfValues('user_id'),
    approved: booleanValue('approved'),
    updated_after: timestampAfter('updated_at', 'updated_after'),
  },
  includes: {
    workspace: { collection: 'workspaces', foreignKey: 'workspace_id' },
    user: { collection: 'users', foreignKey: 'user_id' },
  },
  create(state, body) {
    const given = parseAttributes(attributes, body, 'expense');
    rejectIfAny([
      missingReference(state, 'workspaces', 'workspace_id', given.workspace_id),
      missingReference(state, 'users', 'user_id', given.user_id),
    ]);
    return state.insert('expenses', {
      billable: true,
      notes: null,
      ...given,
      currency: given.currency ?? state.find('workspaces', given.workspace_id)!.currency,
      approved: false,
      invoice_id: null,
    });
  },
  update(state, record, body) {
    rejectIfApproved(record, 'expenses');
    return state.update('expenses', record, parseAttributes(changeable.partial(), body, 'expense'));
  },
  remove(state, record) {
    rejectIfApproved(record, 'expenses');
    state.remove('expenses', record);
  },
};
