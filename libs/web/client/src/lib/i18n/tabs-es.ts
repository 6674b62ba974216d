/** Spanish texts of the client profile's record tabs. */
export const tabsEs: typeof import('./tabs-en').tabsEn = {};
