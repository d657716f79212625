export * from './data-source-options';
export * from './persistence-config';
export * from './persistence.module';
export * from './postgres.readiness';
export * from './run-migrations';
export * from './ensure-database';
export * from './entities';
export * from './transformers/minor-units.transformer';
