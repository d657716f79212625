import { Injectable } from '@nestjs/common';
import { ApiClient, InjectApiClient, SystemErpApi, absentOn404, unwrap } from '@p2c/clients';
import type { Onboarding, OnboardingTerms } from '@p2c/persistence';
import { ReasonCode } from '@p2c/canonical';
import type { LedgerHop, StepContext, StepHandler, StepResult } from '../step-handler';
import { StepFailure } from '../step-failure.exception';
import { ONBOARDING_FLOW, StepName } from '../step-name';
import { termsOf } from './onboarding-terms';

type Candidate = SystemErpApi.SchemaErpCustomerCandidateDto;

const MATCHED_BY = { TAX_ID: 'tax id', NAME: 'name' } as const;

/**
 * Gives the deal's customer its ERP record, never a second one: the record the cross-reference
 * names; else the one ERP customer with its tax id (or, only when none has it, its normalised
 * name), adopted and cross-referenced; else a new one. Several candidates are for a person to
 * choose between: DUPLICATE_SUSPECTED, never a guess.
 */
@Injectable()
export class ResolveCustomerStep implements StepHandler {
  readonly name = StepName.ResolveCustomer;

  constructor(
    @InjectApiClient('system-crm') private readonly crm: ApiClient<'system-crm'>,
    @InjectApiClient('system-erp') private readonly erp: ApiClient<'system-erp'>,
  ) {}

  async run({ onboarding }: StepContext): Promise<StepResult> {
    const terms = termsOf(onboarding);
    const known = await absentOn404(
      unwrap(this.erp.GET('/customers/{id}', { params: { path: { id: terms.customer } } })),
    );
    if (known)
      return {
        outcome: `Customer ${terms.customer} is ERP customer ${known.erpId} already.`,
        onboarding: { erpCustomerId: known.erpId, customerMatch: 'CROSS_REFERENCE' },
      };
    const account = await unwrap(
      this.crm.GET('/customers/{id}', { params: { path: { id: terms.customer } } }),
    );
    const matches = await unwrap(
      this.erp.GET('/customers/matches', {
        params: { query: { name: account.name, taxId: account.taxId } },
      }),
    );
    const hop = (erpId: string): LedgerHop => ({
      flow: ONBOARDING_FLOW,
      sourceSystem: 'crm',
      sourceType: 'customer',
      sourceId: account.crmId,
      sourceVersion: account.lastModifiedAt,
      targetSystem: 'erp',
      targetType: 'customer',
      targetId: erpId,
      projectId: onboarding.projectId,
      legalEntity: terms.legalEntity,
    });
    if (matches.candidates.length === 0) {
      const created = await unwrap(
        this.erp.PUT('/customers/{id}', {
          params: { path: { id: terms.customer } },
          body: {
            name: account.name,
            taxId: account.taxId,
            legalEntity: terms.legalEntity,
            currency: terms.currency,
          },
        }),
      );
      return {
        outcome: `No ERP customer matched "${account.name}": created ERP customer ${created.erpId}.`,
        onboarding: { erpCustomerId: created.erpId, customerMatch: 'CREATED' },
        hops: [hop(created.erpId)],
      };
    }
    const candidate = this.theOneCandidate(matches.candidates, account, terms, onboarding);
    const adopted = await unwrap(
      this.erp.PUT('/customers/{id}/erp-record', {
        params: { path: { id: terms.customer } },
        body: { erpId: candidate.erpId },
      }),
    );
    return {
      outcome: `Adopted ERP customer ${adopted.erpId} "${candidate.name}", matched by ${MATCHED_BY[candidate.matchedBy]}.`,
      onboarding: { erpCustomerId: adopted.erpId, customerMatch: candidate.matchedBy },
      hops: [hop(adopted.erpId)],
    };
  }

  /** The single candidate a customer may be adopted from, or the exception saying why not. */
  private theOneCandidate(
    candidates: Candidate[],
    account: { name: string; taxId?: string },
    terms: OnboardingTerms,
    onboarding: Onboarding,
  ): Candidate {
    const who = `"${account.name}" (${account.taxId ? `tax id ${account.taxId}` : 'no tax id'})`;
    const listed = candidates
      .map((c) => `${c.erpId} "${c.name}"${c.taxId ? ` (${c.taxId})` : ''}`)
      .join(', ');
    const facts = { customer: terms.customer, candidates };
    if (candidates.length > 1)
      throw new StepFailure(
        ReasonCode.DUPLICATE_SUSPECTED,
        'finance-ops',
        `${candidates.length} ERP customers could be ${who}: ${listed}. Merge the duplicates or make them inactive in the ERP, then retry the onboarding.`,
        facts,
      );
    const [candidate] = candidates;
    if (candidate.id && candidate.id !== terms.customer)
      throw new StepFailure(
        ReasonCode.DUPLICATE_SUSPECTED,
        'finance-ops',
        `ERP customer ${listed} matches ${who} but already stands for another CRM account (${candidate.id}): the CRM holds the customer twice. Merge the accounts in the CRM, then retry the onboarding of ${onboarding.opportunityCrmId ?? onboarding.opportunityId}.`,
        facts,
      );
    if (!candidate.active)
      throw new StepFailure(
        ReasonCode.CUSTOMER_INACTIVE,
        'finance-ops',
        `ERP customer ${listed} matches ${who} but is inactive; reactivate it in the ERP, then retry the onboarding.`,
        facts,
      );
    return candidate;
  }
}
