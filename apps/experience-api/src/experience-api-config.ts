import { apiClientsConfigShapeFor } from '@p2c/clients';
import { ConfigOf } from '@p2c/platform';
import { dashboardsConfigShape } from './dashboards/dashboards-config';
import { queuesBoardConfigShape } from './queues-board/queues-board-config';
import { throttlingConfigShape } from './throttling/throttling-config';
import { webUiConfigShape } from './web-ui/web-ui-config';

/**
 * What the experience API composes: the process APIs only (never a system API or a vendor).
 */
export const EXPERIENCE_API_CALLS = [
  'process-onboarding',
  'process-time',
  'process-billing',
  'process-forecast',
] as const;

/** The variables of the experience API, besides the shared gateway ones. */
export const experienceApiConfigShape = {
  ...apiClientsConfigShapeFor(EXPERIENCE_API_CALLS),
  ...throttlingConfigShape,
  ...dashboardsConfigShape,
  ...queuesBoardConfigShape,
  ...webUiConfigShape,
};

export type ExperienceApiConfig = ConfigOf<typeof experienceApiConfigShape>;
