import { Injectable } from '@nestjs/common';
import { VendorHttpException } from '../pipeline/vendor-http.exception';
import { StateRecord } from '../world/vendor-state';
import { WorldService } from '../world/world.service';
import { hcmError } from './hcm-errors';

const DEFAULT_LIMIT = 20;
const MAX_LIMIT = 100;

export interface HcmPage {
  total: number;
  data: StateRecord[];
}

/** The HCM's staffing API and cost-rate report (Workday style) over the current world. */
@Injectable()
export class HcmApiService {
  constructor(private readonly worlds: WorldService) {}

  workers(limit: unknown, offset: unknown, base: string): HcmPage {
    const from = integer(offset, 0, 0, Number.MAX_SAFE_INTEGER, 'offset');
    const size = integer(limit, DEFAULT_LIMIT, 1, MAX_LIMIT, 'limit');
    const all = [...this.worlds.current.hcm.workers.values()];
    return {
      total: all.length,
      data: all.slice(from, from + size).map((worker) => this.present(worker, base)),
    };
  }

  worker(id: string, base: string): StateRecord {
    const worker = this.worlds.current.hcm.workers.get(id);
    if (!worker) throw new VendorHttpException(hcmError(404, 'Resource not found'));
    return this.present(worker, base);
  }

  /**
   * Worker_Cost_Rates: one row per cost rate, with the worker's Active flag as "1"/"0" and its
   * company, cost centre and job profile codes.
   */
  costRates(format: unknown): { Report_Entry: StateRecord[] } {
    if (format !== 'json')
      throw new VendorHttpException(
        hcmError(400, 'The sandbox serves this report as format=json only', 'format'),
      );
    const hcm = this.worlds.current.hcm;
    const entries = [...hcm.costRates.values()].map(({ id: _id, ...row }) => {
      const worker = hcm.workerByEmployeeId(String(row.Employee_ID));
      const entry: StateRecord = {
        ...row,
        Active: worker?.active === false ? '0' : '1',
        Company: worker?.company,
        Cost_Center: worker?.costCenter,
        Job_Profile: worker?.jobProfile,
      };
      if (entry.Effective_To === null || entry.Effective_To === undefined)
        delete entry.Effective_To;
      return entry;
    });
    return { Report_Entry: entries };
  }

  private present(worker: StateRecord, base: string): StateRecord {
    const {
      active: _active,
      company: _company,
      costCenter: _costCenter,
      jobProfile: _jobProfile,
      ...fields
    } = worker;
    return { ...fields, href: `${base}/workers/${String(worker.id)}` };
  }
}

function integer(
  value: unknown,
  fallback: number,
  min: number,
  max: number,
  field: string,
): number {
  if (value === undefined) return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < min || parsed > max)
    throw new VendorHttpException(
      hcmError(400, `${field} must be an integer from ${min} to ${max}`, field),
    );
  return parsed;
}
