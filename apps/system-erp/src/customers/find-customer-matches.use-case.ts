import { Injectable } from '@nestjs/common';
import {
  CustomerMatchKind,
  ErpCustomerMatchesDto,
  FindErpCustomersQueryDto,
  normalizeCompanyName,
  normalizeTaxId,
} from '@p2c/canonical';
import { ErpClient } from '../erp/erp-client';
import { suiteQlText } from '../erp/suiteql';
import { CUSTOMER_COLUMNS, CustomerFacts, factsOfRow } from './customer-facts';
import { ErpCustomerMapper } from './erp-customer.mapper';

const MAX_CANDIDATES = 100;

/**
 * Finds the ERP customers that may be the one named: those with its tax id (an exact SuiteQL
 * match first; then, reading every customer once, the same id written differently); when none
 * has it, those whose normalised name is the same — except customers with another tax id, which
 * are provably other companies. Every candidate is returned: the caller tells one clear match
 * from several and never has to guess.
 */
@Injectable()
export class FindCustomerMatchesUseCase {
  constructor(
    private readonly erp: ErpClient,
    private readonly mapper: ErpCustomerMapper,
  ) {}

  async execute(query: FindErpCustomersQueryDto): Promise<ErpCustomerMatchesDto> {
    const normalizedName = normalizeCompanyName(query.name);
    const taxId = query.taxId && normalizeTaxId(query.taxId);
    const answer = async (matchedBy: CustomerMatchKind, found: CustomerFacts[]) => ({
      matchedBy,
      normalizedName,
      candidates: await Promise.all(
        found.slice(0, MAX_CANDIDATES).map((facts) => this.mapper.toCandidate(facts, matchedBy)),
      ),
    });

    if (query.taxId) {
      const exact = await this.erp.queryAll(
        `SELECT ${CUSTOMER_COLUMNS} FROM customer WHERE vatregnumber = ${suiteQlText(query.taxId)} ORDER BY id`,
      );
      if (exact.length > 0) return answer('TAX_ID', exact.map(factsOfRow));
    }
    const customers = (
      await this.erp.queryAll(`SELECT ${CUSTOMER_COLUMNS} FROM customer ORDER BY id`)
    ).map(factsOfRow);
    const taxIdOf = (facts: CustomerFacts) => facts.taxId && normalizeTaxId(facts.taxId);
    if (taxId) {
      const sameTaxId = customers.filter((facts) => taxIdOf(facts) === taxId);
      if (sameTaxId.length > 0) return answer('TAX_ID', sameTaxId);
    }
    const sameName = customers.filter(
      (facts) =>
        normalizeCompanyName(facts.name) === normalizedName &&
        !(taxId && taxIdOf(facts) && taxIdOf(facts) !== taxId),
    );
    if (sameName.length > 0) return answer('NAME', sameName);
    return { matchedBy: 'NONE', normalizedName, candidates: [] };
  }
}
