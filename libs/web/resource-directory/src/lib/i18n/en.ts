import { adminEn } from './admin-en';
import { searchEn } from './search-en';

/** English texts of the resource-directory feature (namespace `directory`), one key per area. */
export const en = {
  search: searchEn,
  admin: adminEn,
};
