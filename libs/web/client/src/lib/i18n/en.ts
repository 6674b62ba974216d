import { tabsEn } from './tabs-en';

/** English texts of the client feature (namespace `client`). */
export const en = {
  tabs: tabsEn,
};
