import { DirectoryVisibility, ServiceStatus, todayIsoDate } from '@waymark/shared/types';
import type { City } from './demo-areas';
import type { DemoServiceKind } from './demo-directory';
import type { DirectoryRecords, LocationRow, OrganizationRow } from './directory-rows';
import { addService, DIRECTORY_TIME_ZONE, type DirectoryPlanContext } from './plan-directory';
import { seedId } from './seed-ids';

/** The partner's pantry the referral browser test looks for: near Riverside's clients, Spanish spoken, open on weekdays. */
export const PARTNER_PANTRY = 'Lakeside Community Food Pantry';

const PANTRY: DemoServiceKind = {
  name: PARTNER_PANTRY,
  categories: ['food-pantry'],
  description:
    'Free groceries every weekday at our Riverside outreach office: fresh produce, rice, beans, milk and eggs, diapers for families with babies. Se habla español.',
  keywords: ['food', 'groceries', 'pantry', 'produce', 'diapers', 'despensa', 'comida'],
  hours: 'weekdayPantry',
  eligibility: 'Families and individuals in Riverside County with a low income; no one is turned away on the first visit.',
  fees: 'Free',
  documents: ['Photo ID', 'Proof of address'],
  apply: 'Walk in on any weekday, or be referred on Waymark by your case manager and we will have a box ready.',
  spanish: 100,
};

const OTHER_SERVICES: readonly DemoServiceKind[] = [
  {
    name: 'Family Counseling',
    categories: ['counseling', 'family'],
    description: 'Counseling for parents, children and couples: stress, conflict, grief and parenting through hard times.',
    keywords: ['family therapy', 'counseling', 'parents', 'children', 'consejería'],
    hours: 'office',
    fees: 'Medi-Cal accepted; sliding fee scale.',
    apply: 'Referral on Waymark, or call the intake line.',
    spanish: 100,
  },
  {
    name: 'Parenting Support Group',
    categories: ['parenting', 'support-groups'],
    description: 'A weekly evening group for parents of young children, with child care during the group.',
    keywords: ['parenting', 'support group', 'parents', 'toddlers'],
    hours: 'evenings',
    fees: 'Free',
    apply: 'Just come, or be referred on Waymark.',
    spanish: 100,
  },
];

/**
 * The partner agency as a directory organization (shared with every agency, kept by the
 * partner, naming it as its Waymark agency), so a referral to its services reaches its inbox:
 * a food pantry at an outreach office in Riverside, near the first agency's clients, and two
 * family services at its home office.
 */
export function planPartnerOrganization(
  ctx: DirectoryPlanContext,
  partner: { id: string; name: string },
  outreach: City,
  home: City,
  records: DirectoryRecords,
): void {
  const organization: OrganizationRow = {
    id: seedId(),
    visibility: DirectoryVisibility.SHARED,
    waymark_agency_id: partner.id,
    name: partner.name,
    description: `${partner.name} serves families in ${home.name} and, through its outreach office, in ${outreach.name}. It is on Waymark: referrals reach its team directly and you see each step.`,
    email: 'referrals@lakeside-family.example.org',
    website: 'https://www.lakeside-family.example.org',
    last_verified_on: todayIsoDate(ctx.now),
  };
  records.organizations.push(organization);
  const site = (city: City, street: string, latitude: number, longitude: number, name: string): LocationRow => {
    const location: LocationRow = { id: seedId(), organization_id: organization.id, name, description: null, transportation: null, latitude, longitude, time_zone: DIRECTORY_TIME_ZONE };
    records.locations.push(location);
    records.addresses.push({ id: seedId(), location_id: location.id, address_1: street, city: city.name, region: null, state_province: 'CA', postal_code: city.postalCodes[0] });
    return location;
  };
  // A few hundred metres from the centre of Riverside, where most of its clients live.
  const outreachSite = site(outreach, '3485 Orange St', outreach.latitude + 0.0031, outreach.longitude + 0.0024, `${partner.name} – ${outreach.name} outreach office`);
  const homeSite = site(home, '9920 Maine Ave', home.latitude, home.longitude, `${partner.name} – ${home.name}`);
  addService(ctx, organization, { kind: PANTRY, city: outreach, location: outreachSite }, records, ServiceStatus.ACTIVE);
  for (const kind of OTHER_SERVICES) addService(ctx, organization, { kind, city: home, location: homeSite }, records, ServiceStatus.ACTIVE);
}
