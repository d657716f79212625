import { ErpEntityType } from '../erp/erp-links';
import { ErpRecordType } from '../erp/erp-record';

/** A kind of sales document: its ERP record type, its cross-reference type and its name. */
export interface SalesDocumentKind {
  recordType: Extract<ErpRecordType, 'invoice' | 'creditMemo'>;
  entityType: Extract<ErpEntityType, 'invoice' | 'credit-memo'>;
  name: string;
}

export const INVOICE: SalesDocumentKind = {
  recordType: 'invoice',
  entityType: 'invoice',
  name: 'invoice',
};

export const CREDIT_MEMO: SalesDocumentKind = {
  recordType: 'creditMemo',
  entityType: 'credit-memo',
  name: 'credit memo',
};
