/**
 * Every BullMQ queue of the gateway.
 *
 * WIRE CONTRACT: each value is the queue's key in Redis, shared by every replica that produces to or
 * works the queue, and stored in unsent outbox rows. Renaming one strands whatever waits under the
 * old name (delayed, retrying and failed jobs, outbox rows) and splits a rolling deploy in two. To
 * rename: add the new name, let the old queue drain, then remove the old name.
 */
export enum QueueName {
  /** closed-won opportunity → validated dimensions, ERP customer, PSA and ERP project, activation */
  ProjectOnboarding = 'project-onboarding',
  /** scheduled polls of the CRM change feed that start onboarding and change orders */
  CrmChangeFeed = 'crm-change-feed',
  /**
   * PSA events system-psa took in by webhook and some process app consumes (see PSA_EVENT_QUEUES),
   * job name = event type, data = `PsaEventJobData` (the PSA event's id and type)
   */
  PsaEvents = 'psa-events',
  /** PSA milestone completions (job data = `PsaEventJobData`), for billing's milestone schedules */
  PsaMilestoneEvents = 'psa-milestone-events',
  /** process-time's schedules: the PSA event feed and sweep that catch missed webhooks, recovery */
  TimeIntake = 'time-intake',
  /** one version of an approved time entry or expense → its ERP posting (or correction) */
  TimePosting = 'time-posting',
  /** a billing run for a legal entity and period → billing events */
  BillingRun = 'billing-run',
  /** an approved billing event → its ERP invoice */
  Invoicing = 'invoicing',
  /** invoice number, status and payments from the ERP → the PSA */
  InvoiceStatus = 'invoice-status',
  /** scheduled passes over open invoices that read their payments from the ERP */
  PaymentSync = 'payment-sync',
  /** PSA vs ERP vs ledger, per legal entity, period, project and type */
  Reconciliation = 'reconciliation',
  /**
   * business events a flow publishes once its change has committed (`ProjectActivated`, …), job
   * name = event type, data = the event (ids only), for the apps that react to them
   */
  BusinessEvents = 'business-events',
  /**
   * the business events process-forecast consumes (BUSINESS_EVENT_QUEUES), published beside
   * business-events: job name = event type, data = the event (ids only)
   */
  ForecastBusinessEvents = 'forecast-business-events',
  /**
   * PSA staffing changes (job data = `PsaEventJobData`): assignments created or removed, roles
   * held open or filled, for process-forecast's recomputation of the project's forecast
   */
  PsaStaffingEvents = 'psa-staffing-events',
  /** process-forecast's schedules: the PSA event feed that catches missed webhooks, nightly recomputes */
  ForecastIntake = 'forecast-intake',
  /**
   * bulk retries of process-onboarding's exception cases from the workbench: job `start-batch`
   * (data = `RetryBatchJobData`) adds one `retry-case` job per case (`RetryCaseJobData`)
   */
  OnboardingExceptionRetries = 'onboarding-exception-retries',
  /** bulk retries of process-time's exception cases, as OnboardingExceptionRetries */
  TimeExceptionRetries = 'time-exception-retries',
  /** bulk retries of process-billing's exception cases, as OnboardingExceptionRetries */
  BillingExceptionRetries = 'billing-exception-retries',
  /** bulk retries of process-forecast's exception cases, as OnboardingExceptionRetries */
  ForecastExceptionRetries = 'forecast-exception-retries',
}
