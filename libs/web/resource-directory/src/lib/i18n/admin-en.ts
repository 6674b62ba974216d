/** Keeping the directory: import, export and editing entries. */
export const adminEn = {
  nav: 'Directory admin',
};
