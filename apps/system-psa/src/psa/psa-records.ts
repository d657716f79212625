/**
 * The PSA's records as its API answers them (Kantata style: snake_case, ids as strings, amounts
 * in minor units). Only the fields the gateway reads are named.
 */
export interface PsaRecord {
  id: string;
  created_at?: string;
  updated_at?: string;
}

export type PsaWorkspaceStatus =
  'estimate' | 'in_planning' | 'active' | 'on_hold' | 'completed' | 'cancelled';

export interface PsaWorkspace extends PsaRecord {
  title: string;
  price_in_cents: number | null;
  currency: string;
  rate_card_id: string | null;
  status: PsaWorkspaceStatus;
  external_reference: string | null;
  start_date: string | null;
  due_date: string | null;
  story_ids?: string[];
  participation_ids?: string[];
  workspace_resource_ids?: string[];
  external_reference_ids?: string[];
}

export type PsaStoryState = 'not_started' | 'started' | 'completed' | 'blocked';

export interface PsaStory extends PsaRecord {
  workspace_id: string;
  title: string;
  story_type: 'task' | 'deliverable' | 'milestone';
  state: PsaStoryState;
  budget_estimate_in_cents: number | null;
  start_date: string | null;
  due_date: string | null;
}

export interface PsaParticipation extends PsaRecord {
  workspace_id: string;
  user_id: string;
  role_id: string | null;
  hours_per_week: number;
  start_date: string | null;
  end_date: string | null;
}

/** A role on a workspace; without a user it is an unnamed resource (a role held open). */
export interface PsaWorkspaceResource extends PsaRecord {
  workspace_id: string;
  user_id: string | null;
  role_id: string;
  label: string;
  hours_per_week: number;
  start_date: string | null;
  end_date: string | null;
}

export interface PsaUser extends PsaRecord {
  full_name: string;
  employee_number: string | null;
  role_id: string | null;
  active: boolean;
}

export interface PsaRole extends PsaRecord {
  name: string;
  code: string;
}

export interface PsaRateCard extends PsaRecord {
  title: string;
  currency: string;
  rate_card_role_ids?: string[];
}

export interface PsaRateCardRole extends PsaRecord {
  rate_card_id: string;
  role_id: string | null;
  rate_in_cents: number;
  effective_from: string;
  effective_to: string | null;
}

/** Time and expenses carry a `version` that every edit bumps. */
export interface PsaVersioned extends PsaRecord {
  version: number;
  workspace_id: string;
  user_id: string;
  approved: boolean;
  billable: boolean;
  notes: string | null;
  invoice_id: string | null;
}

export interface PsaTimeEntry extends PsaVersioned {
  date_performed: string;
  time_in_minutes: number;
  role_id: string | null;
  story_id: string | null;
  currency: string | null;
}

export interface PsaExpense extends PsaVersioned {
  date: string;
  category: string;
  amount_in_cents: number;
  currency: string;
}

export type PsaInvoiceStatus = 'draft' | 'submitted' | 'partially_paid' | 'paid' | 'void';

export interface PsaInvoice extends PsaRecord {
  workspace_id: string;
  number: string | null;
  status: PsaInvoiceStatus;
  currency: string;
  invoice_date: string | null;
  due_date: string | null;
  amount_in_cents: number | null;
  tax_in_cents: number | null;
  paid_in_cents: number | null;
  external_reference: string | null;
  time_entry_ids?: string[];
  expense_ids?: string[];
}

export type VendorSubjectType = 'Workspace' | 'Story' | 'TimeEntry' | 'Expense' | 'Invoice';

export interface PsaExternalReference extends PsaRecord {
  subject_type: VendorSubjectType;
  subject_id: string;
  service_name: string;
  service_model: string;
  service_model_ref: string;
  status: string | null;
  last_synced_at: string | null;
}

/** One entry of `subscribed_events.json`, and the body of a webhook delivery. */
export interface PsaEvent extends PsaRecord {
  event_type: string;
  subject_type: string;
  subject_id: string;
  created_at: string;
  payload: Record<string, unknown>;
}
