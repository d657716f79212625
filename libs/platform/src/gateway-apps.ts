/** Every deployable app of the gateway, its default port and what it is for. */
export const GATEWAY_APPS = {
  'vendor-sandbox': {
    port: 4000,
    title: 'Vendor sandbox',
    description:
      'A CRM, PSA, ERP and HCM that speak their vendors\u2019 wire formats, with an admin API to drive them and inject faults.',
  },
  'system-crm': {
    port: 3101,
    title: 'System API: CRM',
    description: 'Canonical accounts, opportunities, contracts and change orders over the CRM.',
  },
  'system-psa': {
    port: 3102,
    title: 'System API: PSA',
    description:
      'Canonical projects, staffing, time entries, expenses and milestones over the PSA.',
  },
  'system-erp': {
    port: 3103,
    title: 'System API: ERP',
    description: 'Canonical customers, dimensions, projects, postings and invoices over the ERP.',
  },
  'system-hcm': {
    port: 3104,
    title: 'System API: HCM',
    description: 'Canonical workers and their effective-dated cost rates over the HCM.',
  },
  'process-onboarding': {
    port: 3201,
    title: 'Process API: project onboarding',
    description: 'Turns closed-won deals into staffed, active projects in the PSA and the ERP.',
  },
  'process-time': {
    port: 3202,
    title: 'Process API: time and expense posting',
    description: 'Posts approved time and expenses to the ERP exactly once.',
  },
  'process-billing': {
    port: 3203,
    title: 'Process API: billing',
    description: 'Turns billable work into ERP invoices and flows their status back to delivery.',
  },
  'process-forecast': {
    port: 3204,
    title: 'Process API: staffing and forecast',
    description:
      'Projects each project’s hours, revenue, cost and margin from its staffing, posted actuals and effective-dated rates; utilisation and bench.',
  },
  'experience-api': {
    port: 3000,
    title: 'Experience API',
    description: 'Dashboards, the finance exception workbench, the partner portal and lineage.',
  },
} as const;

export type GatewayAppName = keyof typeof GATEWAY_APPS;
