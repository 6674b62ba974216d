/** English texts of the client profile's record tabs (network, consents, enrollments, notes, incidents). */
export const tabsEn = {};
