/** The app's fail-fast Redis connection (health checks, producers, caches). */
export const PRODUCER_REDIS = Symbol('PRODUCER_REDIS');
