import type { planEn } from './plan-en';

/** Spanish texts of the care-plan feature's plan; the type keeps every English key present. */
export const planEs: typeof planEn = {};
