export * from './system-tier';
export * from './test-identity-provider';
