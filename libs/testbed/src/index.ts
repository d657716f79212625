export * from './system-tier';
