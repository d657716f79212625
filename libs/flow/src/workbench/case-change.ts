/** What a person does to an unresolved case from the workbench. */
export type CaseChange =
  /** gives it to a person (status `assigned`, or still `retrying`) */
  | { kind: 'assign'; assignee: string }
  /** closes it: nothing is to be done about it */
  | { kind: 'dismiss'; reason: string }
  /** closes it: a person put it right outside the gateway */
  | { kind: 'resolve'; resolution: string };
