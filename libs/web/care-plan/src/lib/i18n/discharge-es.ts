import type { dischargeEn } from './discharge-en';

/** Spanish texts of the care-plan feature's discharge; the type keeps every English key present. */
export const dischargeEs: typeof dischargeEn = {};
