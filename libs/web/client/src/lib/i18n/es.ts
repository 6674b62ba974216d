import { tabsEs } from './tabs-es';

/** Spanish texts of the client feature (namespace `client`). */
export const es: typeof import('./en').en = {
  tabs: tabsEs,
};
