export * from './correlation';
export * from './correlation-hooks';
export * from './http-metrics';
export * from './logging';
export * from './metric-once';
export * from './readiness';
export * from './request-context';
