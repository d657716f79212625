import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { EmployeeMatchKind } from '@p2c/canonical';
import { ErpClient } from './erp-client';
import { SuiteQlRow } from './erp-record';
import { RefreshingList } from './refreshing-list';
import { isTrue } from './suiteql';
import { SystemErpErrorCode, SystemErpException } from './system-erp.exception';

/**
 * Dimension records carry the gateway's code as their external id (subsidiary `NWA-US`,
 * department `US-STRAT`, classification `TIME_AND_MATERIALS`, currency `USD`); a record without
 * one is not addressable by code and has `code` undefined.
 */
export interface ErpSubsidiary {
  erpId: string;
  code?: string;
  name: string;
  currencyErpId?: string;
  country?: string;
  taxRate: string;
  active: boolean;
}

export interface ErpDepartment {
  erpId: string;
  code?: string;
  name: string;
  subsidiaryErpId?: string;
  active: boolean;
}

export interface ErpClassification {
  erpId: string;
  code?: string;
  name: string;
  active: boolean;
}

export interface ErpCurrency {
  erpId: string;
  /** ISO 4217: NetSuite's currency symbol */
  code: string;
  active: boolean;
}

export interface ErpEmployee {
  erpId: string;
  entityId?: string;
  externalId?: string;
  name: string;
  subsidiaryErpId?: string;
  departmentErpId?: string;
  active: boolean;
}

export interface ErpAccountingPeriod {
  erpId: string;
  name: string;
  startDate: string;
  endDate: string;
  closed: boolean;
  subsidiaryErpId?: string;
}

/**
 * The ERP's reference data, each list read with one SuiteQL query (page after page) and reused
 * for ERP_REFERENCE_CACHE_TTL_MS: dimensions, currencies, employees and accounting periods change
 * rarely and are looked up on every posting.
 */
@Injectable()
export class ErpDirectory {
  readonly subsidiaries: RefreshingList<ErpSubsidiary>;
  readonly departments: RefreshingList<ErpDepartment>;
  readonly classes: RefreshingList<ErpClassification>;
  readonly currencies: RefreshingList<ErpCurrency>;
  readonly employees: RefreshingList<ErpEmployee>;
  readonly periods: RefreshingList<ErpAccountingPeriod>;

  constructor(erp: ErpClient, config: ConfigService) {
    const ttl = config.getOrThrow<number>('ERP_REFERENCE_CACHE_TTL_MS');
    const list = <T extends object>(query: string, map: (row: SuiteQlRow) => T) =>
      new RefreshingList(async () => (await erp.queryAll(query)).map(map), ttl);

    this.subsidiaries = list<ErpSubsidiary>(
      'SELECT id, name, externalid, country, currency, taxrate, isinactive FROM subsidiary ORDER BY id',
      (row) => ({
        erpId: String(row.id),
        code: row.externalid,
        name: row.name ?? '',
        currencyErpId: row.currency,
        country: row.country,
        taxRate: row.taxrate ?? '0',
        active: !isTrue(row.isinactive),
      }),
    );
    this.departments = list<ErpDepartment>(
      'SELECT id, name, externalid, subsidiary, isinactive FROM department ORDER BY id',
      (row) => ({
        erpId: String(row.id),
        code: row.externalid,
        name: row.name ?? '',
        subsidiaryErpId: row.subsidiary,
        active: !isTrue(row.isinactive),
      }),
    );
    this.classes = list<ErpClassification>(
      'SELECT id, name, externalid, isinactive FROM classification ORDER BY id',
      (row) => ({
        erpId: String(row.id),
        code: row.externalid,
        name: row.name ?? '',
        active: !isTrue(row.isinactive),
      }),
    );
    this.currencies = list<ErpCurrency>(
      'SELECT id, symbol, isinactive FROM currency ORDER BY id',
      (row) => ({
        erpId: String(row.id),
        code: row.symbol ?? '',
        active: !isTrue(row.isinactive),
      }),
    );
    this.employees = list<ErpEmployee>(
      'SELECT id, entityid, externalid, firstname, lastname, subsidiary, department, isinactive FROM employee ORDER BY id',
      (row) => ({
        erpId: String(row.id),
        entityId: row.entityid,
        externalId: row.externalid,
        name: [row.firstname, row.lastname].filter(Boolean).join(' ') || (row.entityid ?? ''),
        subsidiaryErpId: row.subsidiary,
        departmentErpId: row.department,
        active: !isTrue(row.isinactive),
      }),
    );
    this.periods = list<ErpAccountingPeriod>(
      'SELECT id, periodname, startdate, enddate, closed, subsidiary FROM accountingperiod ORDER BY id',
      (row) => ({
        erpId: String(row.id),
        name: row.periodname ?? '',
        startDate: row.startdate ?? '',
        endDate: row.enddate ?? '',
        closed: isTrue(row.closed),
        subsidiaryErpId: row.subsidiary,
      }),
    );
  }

  /** The legal entity code of a subsidiary internal id. */
  async legalEntityOf(erpId: string | undefined): Promise<string | undefined> {
    return erpId === undefined ? undefined : (await this.subsidiaries.find(byErpId(erpId)))?.code;
  }

  async costCenterOf(erpId: string | undefined): Promise<string | undefined> {
    return erpId === undefined ? undefined : (await this.departments.find(byErpId(erpId)))?.code;
  }

  async classOf(erpId: string | undefined): Promise<string | undefined> {
    return erpId === undefined ? undefined : (await this.classes.find(byErpId(erpId)))?.code;
  }

  async currencyOf(erpId: string | undefined): Promise<string | undefined> {
    return erpId === undefined ? undefined : (await this.currencies.find(byErpId(erpId)))?.code;
  }

  /** The reference to write for an ISO currency; a currency the ERP lacks is a 422. */
  async currencyRef(code: string): Promise<{ id: string }> {
    const currency = await this.currencies.find((entry) => entry.code === code);
    if (!currency)
      throw new SystemErpException(
        SystemErpErrorCode.UNKNOWN_CURRENCY,
        `Currency ${code} is not set up in the ERP.`,
        { currency: code },
      );
    return { id: currency.erpId };
  }

  /**
   * The ERP employee of an HCM worker: the record whose external id is the worker id (how the HCM
   * integration keys employees), else one keyed by hand with the worker id as its entity id.
   */
  async employeeOf(
    worker: string,
  ): Promise<{ employee: ErpEmployee; matchedBy: EmployeeMatchKind } | undefined> {
    // One lookup for both keys: a miss re-reads the list at most once, for either kind of match.
    const keyed = await this.employees.find(
      (employee) => employee.externalId === worker || employee.entityId === worker,
    );
    if (!keyed) return undefined;
    const byExternalId = (await this.employees.all()).find((e) => e.externalId === worker);
    return byExternalId
      ? { employee: byExternalId, matchedBy: 'EXTERNAL_ID' }
      : { employee: keyed, matchedBy: 'ENTITY_ID' };
  }
}

function byErpId(erpId: string) {
  return (entry: { erpId: string }) => entry.erpId === erpId;
}
