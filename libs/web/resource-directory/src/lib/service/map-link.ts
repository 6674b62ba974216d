import { addressLine, type PostalAddress } from '../shared/postal-address';

/**
 * Where a location is on OpenStreetMap, opened in a new tab (no map tiles load here): the
 * marked point when its coordinates are known, else a search for its address.
 */
export function mapLink(latitude: number | null | undefined, longitude: number | null | undefined, address: PostalAddress | null | undefined): string | null {
  if (typeof latitude === 'number' && typeof longitude === 'number') {
    return `https://www.openstreetmap.org/?mlat=${latitude}&mlon=${longitude}#map=17/${latitude}/${longitude}`;
  }
  const line = addressLine(address);
  return line ? `https://www.openstreetmap.org/search?query=${encodeURIComponent(line)}` : null;
}
