/** How many phones, openings, languages, documents, fees, areas or categories one directory record takes: more than any real one has. */
export const DIRECTORY_DETAILS_MAX = 50;

/** An opening or closing time, "HH:MM" on a 24-hour clock. */
export const OPENING_TIME_PATTERN = /^([01]\d|2[0-3]):[0-5]\d$/;

/** An ISO 639 language code, optionally with a region or script ("es", "zh-Hant"). */
export const LANGUAGE_CODE_PATTERN = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

/** An ISO 3166-1 alpha-2 country code, as HSDS addresses carry it. */
export const COUNTRY_CODE_PATTERN = /^[A-Z]{2}$/;

/** Whether a name is an IANA time zone this runtime knows ("America/Los_Angeles"). */
export function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

/**
 * Whether text is an http(s) web address the directory may link to. Imported and typed addresses
 * reach pages as links, so anything else (javascript:, data:, a bare "example.org") is refused on
 * the way in and shown as plain text on the way out.
 */
export function isWebAddress(text: string): boolean {
  try {
    const { protocol } = new URL(text);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}
