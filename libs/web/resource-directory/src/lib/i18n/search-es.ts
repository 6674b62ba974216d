import type { searchEn } from './search-en';

export const searchEs: typeof searchEn = {
  nav: 'Directorio',
};
