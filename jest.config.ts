/** @jest-config-loader esbuild-register */
import type { Config } from 'jest';

/**
 * One Jest run for the API and the libraries: unit specs (`*.spec.ts`) and integration specs
 * (`*.int-spec.ts`, the real API over HTTP on a real database). Specs that need several
 * database connections at once (`*.pg-spec.ts`) run only against PostgreSQL (DATABASE_URL).
 */
const realPostgres = Boolean(process.env.DATABASE_URL);
if (!realPostgres) {
  console.log('jest: *.pg-spec.ts (concurrency across connections) left out: they need DATABASE_URL, a real PostgreSQL.');
}

const swc = {
  jsc: {
    parser: { syntax: 'typescript', decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true },
    target: 'es2022',
  },
  module: { type: 'commonjs' },
};

const config: Config = {
  testEnvironment: 'node',
  roots: ['<rootDir>/apps/api', '<rootDir>/libs/api', '<rootDir>/libs/shared'],
  testMatch: ['**/*.spec.ts', '**/*.int-spec.ts', ...(realPostgres ? ['**/*.pg-spec.ts'] : [])],
  transform: { '^.+\\.(t|m?j)s$': ['@swc/jest', swc] },
  // NestJS 12 ships ES modules only; Jest's CommonJS runtime needs them transpiled.
  transformIgnorePatterns: ['/node_modules/(?!(@nestjs|@as-integrations|content-disposition)/)'],
  moduleNameMapper: {
    '^@waymark/shared/types$': '<rootDir>/libs/shared/types/src/index.ts',
    '^@waymark/api/(common|database|audit|identity|client|care-plan|resource-directory|referral|integration)$': '<rootDir>/libs/api/$1/src/index.ts',
  },
  globalSetup: '<rootDir>/apps/api/test/global-setup.ts',
  globalTeardown: '<rootDir>/apps/api/test/global-teardown.ts',
  // The embedded database serves one session at a time.
  maxWorkers: realPostgres ? 2 : 1,
  testTimeout: 30_000,
};

export default config;
