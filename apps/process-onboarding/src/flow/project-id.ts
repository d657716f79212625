/**
 * The canonical project id of a deal: `opp_5b7d…` → `prj_5b7d…`. Derived, never issued, so every
 * run of the onboarding (a retry, a second detection, another replica) names the same project in
 * the PSA and the ERP, and a project id always leads back to its deal.
 */
export function projectIdOf(opportunityId: string): string {
  return `prj_${opportunityId.replace(/^opp_/, '')}`;
}
