export type WebhookDeliveryStatus = 'pending' | 'delivered' | 'failed';

/** One event on its way to one target, and how its attempts went. */
export interface WebhookDelivery {
  id: string;
  targetId: string;
  eventId: string;
  eventType: string;
  status: WebhookDeliveryStatus;
  attempts: number;
  /** the target's last HTTP status; null if it never answered */
  lastStatus: number | null;
  /** why the last attempt failed without an answer (connection refused, timeout) */
  lastError: string | null;
  updatedAt: string;
}

export interface WebhookTarget {
  id: string;
  url: string;
  createdAt: string;
}

export type WebhookTargetSummary = WebhookTarget & Record<WebhookDeliveryStatus, number>;
