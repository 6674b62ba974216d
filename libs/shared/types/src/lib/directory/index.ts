export * from './directory-status';
export * from './directory-search';
export * from './opening-hours';
export * from './directory-import';
export * from './directory-fields';
export * from './directory-rules';
export * from './earth-distance';
export * from './hsds-api';
