/**
 * The scenario document (scenario.schema.json beside this file). Codes are the firm's business
 * keys; amounts and rates are decimal strings in the currency named beside them.
 */
export type IsoDate = string;
export type Decimal = string;

export type Vendor = 'crm' | 'psa' | 'erp' | 'hcm';
export const VENDORS: readonly Vendor[] = ['crm', 'psa', 'erp', 'hcm'];

export interface ScenarioLegalEntity {
  code: string;
  name: string;
  currency: string;
  country: string;
  taxRate: Decimal;
}

export interface ScenarioCostCenter {
  code: string;
  name: string;
  legalEntity: string;
  /** false: known to the CRM/PSA but missing in the ERP. Absent means true. */
  inErp?: boolean;
}

export interface ScenarioAccountingPeriod {
  legalEntity: string;
  /** YYYY-MM */
  period: string;
  status: 'OPEN' | 'CLOSED';
}

export interface ScenarioRole {
  code: string;
  name: string;
}

export interface ScenarioRateCardLine {
  role: string;
  rate: Decimal;
  effectiveFrom: IsoDate;
  /** inclusive; absent: open-ended */
  effectiveTo?: IsoDate;
}

export interface ScenarioRateCard {
  code: string;
  currency: string;
  lines: ScenarioRateCardLine[];
}

export interface ScenarioCostRate {
  rate: Decimal;
  currency: string;
  effectiveFrom: IsoDate;
  effectiveTo?: IsoDate;
}

export interface ScenarioWorker {
  /** HCM employee number */
  id: string;
  name: string;
  email?: string;
  role: string;
  legalEntity: string;
  costCenter: string;
  /** absent means true */
  active?: boolean;
  costRates: ScenarioCostRate[];
}

export interface ScenarioCustomer {
  crmId: string;
  name: string;
  taxId?: string;
  billingCountry: string;
  partner?: string;
  /** present: the ERP already holds this customer under this spelling */
  existingErpName?: string;
}

export type OpportunityStage =
  'Prospecting' | 'Proposal' | 'Negotiation' | 'Closed Won' | 'Closed Lost';
export type BillingModel = 'TIME_AND_MATERIALS' | 'FIXED_FEE' | 'MILESTONE' | 'RETAINER';

export interface ScenarioMilestone {
  id: string;
  name: string;
  amount: Decimal;
  dueDate: IsoDate;
}

export interface ScenarioAssignment {
  /** a workers[].id */
  worker: string;
  role: string;
  startDate: IsoDate;
  endDate: IsoDate;
  hoursPerWeek: number;
}

export interface ScenarioOpportunity {
  crmId: string;
  /** a customers[].crmId */
  customer: string;
  name: string;
  stage: OpportunityStage;
  closeDate?: IsoDate;
  amount: Decimal;
  currency: string;
  billingModel: BillingModel;
  legalEntity: string;
  costCenter: string;
  rateCard?: string;
  startDate: IsoDate;
  endDate: IsoDate;
  budgetHours?: number;
  milestones?: ScenarioMilestone[];
  assignments?: ScenarioAssignment[];
}

export interface VendorRateLimit {
  perSecond?: number;
  concurrency?: number;
}

export interface VendorBehaviour {
  latencyMs?: number;
  errorRate?: number;
  timeoutRate?: number;
  rateLimit?: VendorRateLimit;
}

export interface Scenario {
  name: string;
  /** the sandbox's "today" */
  asOf: IsoDate;
  legalEntities: ScenarioLegalEntity[];
  costCenters: ScenarioCostCenter[];
  accountingPeriods: ScenarioAccountingPeriod[];
  roles: ScenarioRole[];
  rateCards: ScenarioRateCard[];
  workers: ScenarioWorker[];
  customers: ScenarioCustomer[];
  opportunities: ScenarioOpportunity[];
  vendors?: Partial<Record<Vendor, VendorBehaviour>>;
}
