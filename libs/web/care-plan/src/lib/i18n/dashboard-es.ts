import type { dashboardEn } from './dashboard-en';

/** Spanish texts of the care-plan feature's dashboard; the type keeps every English key present. */
export const dashboardEs: typeof dashboardEn = {};
