/** The condition on a billing event `e` that it bills a project of a `:partner`'s customer. */
export const OF_PARTNER =
  'e.project IN (SELECT project FROM billing_projects WHERE partner = :partner)';
