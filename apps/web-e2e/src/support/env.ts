/** Settings the test server runs with; the tests rely on them. */
export const IDLE_LOCK_MINUTES = 0.2;
export const ACCESS_TOKEN_TTL_SECONDS = 30;
