import { EXPERIENCE_API_CALLS } from '../experience-api-config';

/** The process apps whose exception cases and dead letters the workbench works. */
export const WORKBENCH_APPS = EXPERIENCE_API_CALLS;
export type WorkbenchApp = (typeof WORKBENCH_APPS)[number];
