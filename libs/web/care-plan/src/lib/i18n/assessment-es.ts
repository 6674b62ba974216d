import type { assessmentEn } from './assessment-en';

/** Spanish texts of the care-plan feature's assessment; the type keeps every English key present. */
export const assessmentEs: typeof assessmentEn = {};
