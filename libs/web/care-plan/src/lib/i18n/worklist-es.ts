import type { worklistEn } from './worklist-en';

/** Spanish texts of the care-plan feature's worklist; the type keeps every English key present. */
export const worklistEs: typeof worklistEn = {};
