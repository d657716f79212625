export * from './correlation';
export * from './correlation-hooks';
export * from './health.controller';
export * from './http-metrics';
export * from './logging';
export * from './metrics.controller';
export * from './readiness';
