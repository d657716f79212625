/** Where the experience API serves the finance workbench (`/workbench` redirects to `/workbench/`). */
export const WORKBENCH_UI_PATH = '/workbench';
