import type { HeritageKey } from './demo-names';

export interface City {
  name: string;
  postalCodes: readonly string[];
  latitude: number;
  longitude: number;
}

/** The part of California each demo agency serves, and the places its clients' lives touch. */
export interface DemoArea {
  region: string;
  cities: readonly City[];
  areaCodes: readonly string[];
  heritages: Readonly<Partial<Record<HeritageKey, number>>>;
  referralSources: readonly string[];
  clinics: readonly string[];
  schools: readonly string[];
  employers: readonly string[];
  hospital: string;
  office: string;
  /** A county office that clients often agree to share records with. */
  countyOffice: string;
}

export const STREET_NAMES = [
  'Magnolia Ave', 'Arlington Ave', 'Main St', 'Mission Blvd', 'Van Buren Blvd', 'Central Ave', 'Olive St', 'Palm Ave',
  'Lemon St', 'Orange Grove Rd', 'Sycamore Dr', 'Mesa Verde Dr', 'Canyon Crest Dr', 'Juniper Ave', 'Cottonwood Ave',
  'Pepper Tree Ln', 'Sunnyslope Ave', 'La Sierra Ave', 'Chicago Ave', 'Indiana Ave', 'Valley Blvd', 'Alessandro Blvd',
  'Ramona Expy', 'Foothill Blvd', 'Desert Willow Ct', 'Mountain View Dr', 'Jacaranda Way', 'Avocado Ave', 'Oak Creek Rd',
  'Manzanita Ln',
];

export const DEMO_AREAS: Readonly<Record<'inland' | 'east-county', DemoArea>> = {
  inland: {
    region: 'CA',
    cities: [
      { name: 'Riverside', postalCodes: ['92501', '92503', '92504', '92505', '92506', '92507', '92508'], latitude: 33.9533, longitude: -117.3962 },
      { name: 'Moreno Valley', postalCodes: ['92553', '92555', '92557'], latitude: 33.9425, longitude: -117.2297 },
      { name: 'Corona', postalCodes: ['92879', '92880', '92881', '92882'], latitude: 33.8753, longitude: -117.5664 },
      { name: 'Jurupa Valley', postalCodes: ['91752', '92509'], latitude: 33.9972, longitude: -117.4855 },
      { name: 'Perris', postalCodes: ['92570', '92571'], latitude: 33.7825, longitude: -117.2286 },
      { name: 'Hemet', postalCodes: ['92543', '92544', '92545'], latitude: 33.7475, longitude: -116.9719 },
      { name: 'Lake Elsinore', postalCodes: ['92530', '92532'], latitude: 33.6681, longitude: -117.3273 },
      { name: 'San Jacinto', postalCodes: ['92582', '92583'], latitude: 33.7839, longitude: -116.9586 },
      { name: 'Banning', postalCodes: ['92220'], latitude: 33.9256, longitude: -116.8764 },
      { name: 'Norco', postalCodes: ['92860'], latitude: 33.9311, longitude: -117.5487 },
    ],
    areaCodes: ['951', '951', '951', '909', '760'],
    heritages: { hispanic: 48, anglo: 27, black: 9, vietnamese: 3, filipino: 4, korean: 2, chinese: 2, middleEastern: 2, native: 3 },
    referralSources: [
      'Riverside University Health System – Emergency Department', 'Self-referral', 'Family member', '211 Inland Empire',
      'County Department of Public Social Services', 'Child Welfare Services', 'Adult Protective Services', 'Primary care physician',
      'Inland Regional Center', 'School counselor', 'Riverside County Superior Court', 'FEMA Disaster Recovery Center', 'Housing Authority',
    ],
    clinics: ['Riverside Family Medicine', 'Inland Valley Community Clinic', 'Moreno Valley Health Center', 'Corona Behavioral Health', 'Hemet Valley Medical Group'],
    schools: ['Riverside Unified School District', 'Moreno Valley Unified School District', 'Alvord Unified School District', 'Hemet Unified School District'],
    employers: ['Stater Bros. Markets', 'Riverside Goodwill', 'Inland Empire Job Corps', 'Canyon Crest Animal Shelter', 'Tyler Mall Cinema'],
    hospital: 'Riverside Community Hospital',
    office: 'Riverside office, 3900 Main St',
    countyOffice: 'Riverside County Department of Public Social Services',
  },
  'east-county': {
    region: 'CA',
    cities: [
      { name: 'Lakeside', postalCodes: ['92040'], latitude: 32.8572, longitude: -116.9222 },
      { name: 'El Cajon', postalCodes: ['92019', '92020', '92021'], latitude: 32.7948, longitude: -116.9625 },
      { name: 'Santee', postalCodes: ['92071'], latitude: 32.8384, longitude: -116.9739 },
      { name: 'La Mesa', postalCodes: ['91941', '91942'], latitude: 32.7678, longitude: -117.0231 },
      { name: 'Spring Valley', postalCodes: ['91977', '91978'], latitude: 32.7448, longitude: -116.9989 },
      { name: 'Alpine', postalCodes: ['91901'], latitude: 32.8351, longitude: -116.7664 },
      { name: 'Lemon Grove', postalCodes: ['91945'], latitude: 32.7426, longitude: -117.0314 },
    ],
    areaCodes: ['619', '619', '858', '760'],
    heritages: { anglo: 45, hispanic: 30, middleEastern: 12, black: 5, filipino: 4, vietnamese: 2, native: 2 },
    referralSources: [
      'Self-referral', 'Family member', '211 San Diego', 'Child Welfare Services', 'School counselor', 'Sharp Grossmont Hospital',
      'San Diego County Health and Human Services Agency', 'Primary care physician', 'FEMA Disaster Recovery Center',
    ],
    clinics: ['East County Family Health', 'La Mesa Counseling Center', 'El Cajon Community Clinic'],
    schools: ['Lakeside Union School District', 'Cajon Valley Union School District', 'Grossmont Union High School District'],
    employers: ['Lakeside Hardware', 'East County Food Bank', 'Santee Trolley Square'],
    hospital: 'Sharp Grossmont Hospital',
    office: 'Lakeside office, 9920 Maine Ave',
    countyOffice: 'San Diego County Health and Human Services Agency',
  },
};
