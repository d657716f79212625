/** One jest run for every project; each test file gets its own database and Redis prefix. */
const { compilerOptions } = require('./tsconfig.base.json');

// swc rewrites the @p2c aliases itself, so global setup files resolve them too.
const swc = {
  jsc: {
    baseUrl: __dirname,
    paths: compilerOptions.paths,
    parser: { syntax: 'typescript', decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true },
    target: 'es2022',
    keepClassNames: true,
  },
  module: { type: 'commonjs' },
  sourceMaps: 'inline',
};

module.exports = {
  rootDir: __dirname,
  roots: ['<rootDir>/apps', '<rootDir>/libs', '<rootDir>/e2e', '<rootDir>/scripts'],
  testRegex: '.*\\.(spec|test)\\.ts$',
  transform: {
    '^.+\\.ts$': ['@swc/jest', swc],
    // ESM-only packages Node loads with require(esm) but jest's module loader cannot: to CommonJS
    '/node_modules/content-disposition/.+\\.js$': ['@swc/jest', { module: { type: 'commonjs' } }],
  },
  // node_modules stay untransformed, but for the innermost package being content-disposition
  transformIgnorePatterns: ['/node_modules/(?!.*/node_modules/)(?!content-disposition/)'],
  globalSetup: '<rootDir>/libs/testing/src/global-setup.ts',
  globalTeardown: '<rootDir>/libs/testing/src/global-teardown.ts',
  testEnvironment: 'node',
  testTimeout: 30000,
  maxWorkers: 2,
};
