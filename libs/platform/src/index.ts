export * from './config/parse-config';
export * from './http/create-http-app';
export * from './http/problem-details';
export * from './http/problem-details.filter';
export * from './http/problem.exception';
export * from './platform.module';
export * from './gateway-apps';
export * from './gateway.module';
