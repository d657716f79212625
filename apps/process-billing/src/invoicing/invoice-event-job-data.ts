/** One billing event's invoice, a child of its run's flow; state is in Postgres. */
export interface InvoiceEventJobData {
  runId: string;
  eventId: string;
}
