/** An address as the directory holds it (HSDS): `region` is a county, `stateProvince` the state. */
export interface PostalAddress {
  line1?: string | null;
  line2?: string | null;
  city?: string | null;
  region?: string | null;
  stateProvince?: string | null;
  postalCode?: string | null;
  country?: string | null;
}

/** The address as it is written on an envelope: street lines, then "Riverside, CA 92501". The county is left out, as on an envelope. */
export function addressLines(address: PostalAddress | null | undefined): string[] {
  if (!address) return [];
  const place = [address.city, [address.stateProvince, address.postalCode].filter(Boolean).join(' ')].filter(Boolean).join(', ');
  return [address.line1, address.line2, place].filter((line): line is string => !!line);
}

/** The address on one line: "123 Main St, Suite 4, Riverside, CA 92501". */
export function addressLine(address: PostalAddress | null | undefined): string {
  return addressLines(address).join(', ');
}
