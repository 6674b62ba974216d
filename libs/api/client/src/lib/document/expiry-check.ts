import { BadInputError } from '@waymark/api/common';

/** A document cannot lapse before it was signed or issued. */
export function checkExpiry(documentDate: string, expiresOn: string | null): void {
  if (expiresOn && expiresOn < documentDate) {
    throw new BadInputError('The expiry date comes before the document’s date.', [{ field: 'expiresOn', message: 'before documentDate' }]);
  }
}
