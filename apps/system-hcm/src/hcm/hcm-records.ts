/** The HCM's wire records (Workday staffing v6 and the Worker_Cost_Rates custom report). */

export interface HcmWorkerRecord {
  /** Workday id (WID) */
  id: string;
  descriptor: string;
  /** the employee id: the canonical worker id */
  workerId?: string;
  businessTitle?: string;
}

export interface HcmWorkersPage {
  total: number;
  data: HcmWorkerRecord[];
}

/** One row of Worker_Cost_Rates: one cost rate of one worker, with the worker's columns. */
export interface CostRateReportEntry {
  Employee_ID: string;
  Cost_Rate: string | number;
  Currency: string;
  Effective_From: string;
  Effective_To?: string;
  /** "1" active, "0" terminated */
  Active?: string | boolean;
  Company?: string;
  Cost_Center?: string;
  Job_Profile?: string;
}

export interface CostRateReport {
  Report_Entry: CostRateReportEntry[];
}
