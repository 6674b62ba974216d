import type { progressEn } from './progress-en';

/** Spanish texts of the care-plan feature's progress; the type keeps every English key present. */
export const progressEs: typeof progressEn = {};
