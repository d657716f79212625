import type { ProcessBillingApi, ProcessTimeApi } from '@p2c/clients';
import type { PartnerInvoiceDto } from './dto/partner-invoice.dto';
import type { PartnerProjectDto } from './dto/partner-project.dto';
import type { PartnerTimeEntryDto } from './dto/partner-time-entry.dto';
import type { PartnerOnboarding } from './partner-projects';

/** A project as its partner sees it: no internal dimensions, costs or set-up steps. */
export function partnerProject(onboarding: PartnerOnboarding): PartnerProjectDto {
  return {
    project: onboarding.project,
    name: onboarding.name,
    customer: onboarding.customer,
    status: onboarding.status === 'COMPLETED' ? 'ACTIVE' : 'SETTING_UP',
    billingModel: onboarding.terms?.billingModel,
    contractValue: onboarding.terms?.amount,
    startDate: onboarding.terms?.startDate,
    endDate: onboarding.terms?.endDate,
    activatedAt: onboarding.completedAt,
    createdAt: onboarding.createdAt,
  };
}

/** An invoice as its partner sees it: no run, approvals, exceptions or errors. */
export function partnerInvoice(event: ProcessBillingApi.SchemaBillingEventDto): PartnerInvoiceDto {
  return {
    invoice: event.billingEvent,
    number: event.invoiceNumber,
    document: event.document,
    project: event.project,
    customer: event.customer,
    period: event.period,
    issueDate: event.issueDate,
    dueDate: event.dueDate,
    net: event.net,
    tax: event.tax,
    total: event.total,
    paymentStatus: event.paymentStatus,
    amountPaid: event.amountPaid,
    amountDue: event.amountDue,
    paidOn: event.paidOn,
  };
}

/** A time entry as its partner sees it: no worker, cost or rates. */
export function partnerTimeEntry(posting: ProcessTimeApi.SchemaPostingDto): PartnerTimeEntryDto {
  return {
    timeEntry: posting.sourceId,
    project: posting.project!,
    workDate: posting.workDate,
    hours: posting.minutes === undefined ? undefined : posting.minutes / 60,
    billable: posting.billable,
    status: posting.status,
    version: posting.latestVersion,
    approvedAt: posting.approvedAt,
    postedAt: posting.postedAt,
  };
}
