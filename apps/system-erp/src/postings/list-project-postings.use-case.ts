import { Injectable } from '@nestjs/common';
import { TimePostingPageDto } from '@p2c/canonical';
import { ErpClient } from '../erp/erp-client';
import { ErpProjectRef, ErpProjectRefs } from '../erp/erp-project-refs';
import { SuiteQlRow } from '../erp/erp-record';
import { decodeCursor, encodeCursor } from '../erp/page-cursor';
import { suiteQlText } from '../erp/suiteql';
import { TIME_BILL_COLUMNS, factsOfRow } from './time-bill-facts';
import { TimePostingMapper } from './time-posting.mapper';
import { SystemErpErrorCode, SystemErpException } from '../erp/system-erp.exception';

const DEFAULT_LIMIT = 100;

/** A project's time postings in the ERP, oldest record first, through one SuiteQL query. */
@Injectable()
export class ListProjectPostingsUseCase {
  constructor(
    private readonly erp: ErpClient,
    private readonly projects: ErpProjectRefs,
    private readonly mapper: TimePostingMapper,
  ) {}

  async page(project: string, limit?: number, cursor?: string): Promise<TimePostingPageDto> {
    const offset = decodeCursor(cursor);
    const job = await this.job(project);
    const window = await this.erp.queryWindow(this.query(job), offset, limit ?? DEFAULT_LIMIT);
    return {
      items: await this.postings(window.items),
      nextCursor: window.nextOffset === undefined ? undefined : encodeCursor(window.nextOffset),
    };
  }

  /** Every row of the project's timeBills (for sums), each page of the ERP read in turn. */
  async rows(project: string): Promise<SuiteQlRow[]> {
    return this.erp.queryAll(this.query(await this.job(project)));
  }

  private postings(rows: SuiteQlRow[]) {
    return Promise.all(rows.map((row) => this.mapper.toPosting(factsOfRow(row))));
  }

  private query(job: ErpProjectRef): string {
    return `SELECT ${TIME_BILL_COLUMNS} FROM timebill WHERE customer = ${suiteQlText(job.erpId)} ORDER BY id`;
  }

  private async job(project: string): Promise<ErpProjectRef> {
    const job = await this.projects.byId(project);
    if (!job)
      throw new SystemErpException(
        SystemErpErrorCode.NOT_FOUND,
        `The ERP has no job for project ${project}.`,
        {
          project,
        },
      );
    return job;
  }
}
