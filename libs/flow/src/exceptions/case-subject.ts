/** What an exception case is about: a flow's step for one record. At most one unresolved case each. */
export interface CaseSubject {
  /** e.g. `project-onboarding`, `time-posting`, `billing` */
  flow: string;
  step: string;
  /** e.g. `opportunity`, `psa.time_entry` */
  subjectType: string;
  subjectId: string;
}
