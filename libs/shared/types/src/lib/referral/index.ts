export * from './referral-status';
export * from './referral-details';
export * from './referral-fhir';
export * from './referral-move';
export * from './referral-box';
export * from './referral-label';
export * from './resource-list';
