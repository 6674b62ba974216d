export * from './webhook';
export * from './webhook-signature';
