export * from './test-database';
export * from './test-redis';
export * from './test-run';
export * from './tcp-proxy';
export * from './log-capture';
export * from './wait-for';
export * from './worker-process';
export * from './built-app';
