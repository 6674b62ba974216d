import type { adminEn } from './admin-en';

export const adminEs: typeof adminEn = {
  nav: 'Administrar directorio',
};
