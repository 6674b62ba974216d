export interface PostalAddress {
  line1?: string | null;
  line2?: string | null;
  city?: string | null;
  region?: string | null;
  stateProvince?: string | null;
  postalCode?: string | null;
  country?: string | null;
}

/** The address as it is written on an envelope: street lines, then "City, ST 92501". */
export function addressLines(address: PostalAddress | null | undefined): string[] {
  if (!address) return [];
  const state = address.stateProvince ?? address.region;
  const place = [address.city, [state, address.postalCode].filter(Boolean).join(' ')].filter(Boolean).join(', ');
  return [address.line1, address.line2, place].filter((line): line is string => !!line);
}

/**
 * Where a location is on OpenStreetMap, opened in a new tab (no map tiles load here): the
 * marked point when its coordinates are known, else a search for its address.
 */
export function mapLink(latitude: number | null | undefined, longitude: number | null | undefined, address: PostalAddress | null | undefined): string | null {
  if (typeof latitude === 'number' && typeof longitude === 'number') {
    return `https://www.openstreetmap.org/?mlat=${latitude}&mlon=${longitude}#map=17/${latitude}/${longitude}`;
  }
  const lines = addressLines(address);
  return lines.length ? `https://www.openstreetmap.org/search?query=${encodeURIComponent(lines.join(', '))}` : null;
}
