export * from './lib/common.module';
export * from './lib/app-config';
export * from './lib/domain-error';
export * from './lib/policy';
export * from './lib/principal';
export * from './lib/request-context';
export * from './lib/value-checks';
export * from './lib/graphql/connection';
