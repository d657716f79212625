/** The flow process-forecast files its exception cases and ledger under. */
export const FORECAST_FLOW = 'forecast';

/** The step a project's recomputation files its cases under (margin at risk, rates missing). */
export const MARGIN_STEP = 'margin';
export const PRICING_STEP = 'pricing';
