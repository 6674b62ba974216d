export * from './lib/role';
export * from './lib/error-code';
export * from './lib/limits';
export * from './lib/audit-action';
