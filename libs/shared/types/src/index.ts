export * from './lib/role';
export * from './lib/error-code';
export * from './lib/limits';
export * from './lib/audit-action';
export * from './lib/client/client-status';
export * from './lib/client/client-risk';
export * from './lib/client/timeline-kind';
export * from './lib/client/client-limits';
