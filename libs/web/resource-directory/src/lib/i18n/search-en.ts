/** The directory search and a service's page. */
export const searchEn = {
  nav: 'Directory',
};
