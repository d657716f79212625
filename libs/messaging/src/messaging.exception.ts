export enum MessagingExceptionCode {
  /** Redis may evict keys: queued jobs could vanish */
  REDIS_EVICTION_POLICY = 'REDIS_EVICTION_POLICY',
  /** Redis did not answer (start-up check, enqueue) */
  REDIS_UNREACHABLE = 'REDIS_UNREACHABLE',
  /** the queues were closed (the app is shutting down) */
  QUEUES_CLOSED = 'QUEUES_CLOSED',
}

export class MessagingException extends Error {
  constructor(
    readonly code: MessagingExceptionCode,
    message: string,
  ) {
    super(message);
    this.name = 'MessagingException';
  }
}
