import type { en } from './en';
import { adminEs } from './admin-es';
import { searchEs } from './search-es';

export const es: typeof en = {
  search: searchEs,
  admin: adminEs,
};
