/** Validation limits shared by the API's inputs and the SPA's forms. */
export const EMAIL_MAX_LENGTH = 254;
export const DISPLAY_NAME_MAX_LENGTH = 120;
export const PASSWORD_MIN_LENGTH = 12;
/** argon2 hashes whatever it is given; the cap keeps a request from making it hash megabytes. */
export const PASSWORD_MAX_LENGTH = 256;
export const AGENCY_NAME_MAX_LENGTH = 200;
export const PAGE_SIZE_MAX = 100;
