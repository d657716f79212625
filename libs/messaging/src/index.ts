export * from './messaging-config';
export * from './messaging.module';
export * from './redis-connection';
export * from './redis.readiness';
export * from './redis.tokens';
