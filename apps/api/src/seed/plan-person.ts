import { seedId } from './seed-ids';
import { ContactKind, RiskLevel, type ClientFlag } from '@waymark/shared/types';
import type { DemoArea } from './demo-areas';
import { STREET_NAMES } from './demo-areas';
import { HERITAGES, type Heritage, type HeritageKey, NEUTRAL_NAMES, NICKNAMES } from './demo-names';
import type { ProgramCode } from './demo-programs';
import type { Random } from './random';
import type { ContactRow } from './seed-rows';

const YEAR_MS = 365.25 * 24 * 3600_000;

type Sex = 'female' | 'male' | 'nonbinary';

/** Who the client is, before their history and services are added. */
export interface Person {
  first: string;
  last: string;
  preferred: string | null;
  dateOfBirth: string;
  age: number;
  pronouns: string;
  gender: string;
  language: string;
  interpreterNeeded: boolean;
  phone: string | null;
  email: string | null;
  address: { line1: string | null; line2: string | null; city: string; postalCode: string; latitude: number; longitude: number } | null;
  riskLevel: RiskLevel;
  flags: ClientFlag[];
  referralSource: string;
  referralReason: string;
  presentingNeeds: string;
}

/** Ages of the people each program serves, as [min, max] with weights. */
const AGES: Record<ProgramCode, [number, number, number][]> = {
  HCBS: [[60, 94, 8], [22, 59, 2]],
  FC: [[0, 17, 9], [18, 20, 1]],
  SHL: [[19, 64, 1]],
  BH: [[13, 17, 1], [18, 75, 9]],
  DCM: [[20, 85, 1]],
};

const REFERRAL: Record<ProgramCode, { reasons: readonly string[]; needs: readonly string[] }> = {
  HCBS: {
    reasons: ['Needs help at home after a hospital stay', 'Family can no longer provide daily care alone', 'Risk of nursing-home placement'],
    needs: ['Help with bathing, dressing and meals; fall risk; lives alone.', 'Medication management; mobility; caregiver respite.', 'Home modifications; transportation to medical appointments.'],
  },
  FC: {
    reasons: ['Placed in out-of-home care by Child Welfare Services', 'Placement change; new resource family', 'Voluntary placement agreement'],
    needs: ['Placement stability; school enrollment; well-child exam due.', 'Trauma-informed counseling; visitation with parents and siblings.', 'Independent living skills; transition-age youth services.'],
  },
  SHL: {
    reasons: ['Moving from the family home into own apartment', 'Referred by the regional center for supported living', 'Support needs changed after a move'],
    needs: ['Budgeting, shopping and cooking; bus training.', 'Supported employment; social activities; medication reminders.', 'Daily living skills; ICAP renewal due; benefits paperwork.'],
  },
  BH: {
    reasons: ['Discharged from inpatient psychiatric care', 'Depression and anxiety affecting work and housing', 'Referred after an emergency department visit'],
    needs: ['Therapy and psychiatry linkage; safety planning.', 'Housing instability; substance use treatment; peer support.', 'Medication adherence; benefits; reconnecting with family.'],
  },
  DCM: {
    reasons: ['Home damaged in the wildfire', 'Displaced by flooding', 'Lost rental housing in the declared disaster'],
    needs: ['Temporary housing; FEMA appeal; replacement documents.', 'Home repairs; insurance claim; furniture and appliances.', 'Rental assistance; employment after job loss; childcare.'],
  },
};

export function ascii(text: string): string {
  return text.normalize('NFD').replace(/[^A-Za-z]/g, '').toLowerCase();
}

function calendarDate(at: Date): string {
  return at.toISOString().slice(0, 10);
}

function phone(r: Random, area: DemoArea): string {
  // 555-0100 to 555-0199 are set aside for fiction, so no demo number rings a real person.
  return `(${r.pick(area.areaCodes)}) 555-01${String(r.int(0, 99)).padStart(2, '0')}`;
}

function nameOf(r: Random, heritage: Heritage, sex: Sex): string {
  if (sex === 'nonbinary') return r.chance(0.5) ? r.pick(NEUTRAL_NAMES) : r.pick(r.chance(0.5) ? heritage.female : heritage.male);
  return r.pick(heritage[sex]);
}

function language(r: Random, heritage: Heritage, age: number): { language: string; interpreterNeeded: boolean } {
  const others = Object.keys(heritage.languages);
  if (r.chance(0.01)) return { language: 'American Sign Language', interpreterNeeded: true };
  const speaksOther = others.length > 0 && r.chance(age < 18 ? 0.08 : age >= 60 ? 0.6 : 0.4);
  if (!speaksOther) return { language: 'English', interpreterNeeded: false };
  return { language: r.weighted(heritage.languages), interpreterNeeded: r.chance(age >= 60 ? 0.85 : 0.6) };
}

function risk(r: Random, program: ProgramCode): RiskLevel {
  const high = program === 'BH' ? 22 : program === 'FC' ? 14 : 8;
  return r.weighted({ LOW: 60 - high, MODERATE: 30, HIGH: high });
}

function flags(r: Random, level: RiskLevel): ClientFlag[] {
  const out: ClientFlag[] = [];
  if (level === 'HIGH' && r.chance(0.35)) out.push('CRISIS');
  if (r.chance(level === 'LOW' ? 0.02 : 0.09)) out.push('SAFETY_ALERT');
  if (r.chance(0.1)) out.push('ALLERGY');
  if (out.includes('SAFETY_ALERT') ? r.chance(0.5) : r.chance(0.01)) out.push('DO_NOT_VISIT_ALONE');
  return out;
}

export function planPerson(r: Random, area: DemoArea, program: ProgramCode, now: Date): Person & { heritage: HeritageKey; sex: Sex } {
  const heritageKey = r.weighted(area.heritages as Record<HeritageKey, number>);
  const heritage: Heritage = HERITAGES[heritageKey];
  const sex: Sex = r.chance(0.02) ? 'nonbinary' : r.chance(0.53) ? 'female' : 'male';
  const band = r.pick(AGES[program].flatMap(([min, max, weight]) => Array<[number, number]>(weight).fill([min, max])));
  const age = r.int(...band);
  const born = new Date(now.getTime() - age * YEAR_MS - r.int(1, 360) * 24 * 3600_000);
  const first = nameOf(r, heritage, sex);
  const last = heritageKey === 'hispanic' && r.chance(0.15) ? `${r.pick(heritage.last)} ${r.pick(heritage.last)}` : r.pick(heritage.last);
  const trans = sex !== 'nonbinary' && age >= 16 && r.chance(0.01);
  const preferred = trans ? r.pick(sex === 'male' ? heritage.female : heritage.male) : NICKNAMES[first] && r.chance(0.4) ? NICKNAMES[first] : null;
  const [pronouns, gender] =
    sex === 'nonbinary' ? ['they/them', 'Non-binary'] : trans ? (sex === 'male' ? ['she/her', 'Transgender woman'] : ['he/him', 'Transgender man']) : sex === 'female' ? ['she/her', 'Female'] : ['he/him', 'Male'];
  const city = r.pick(area.cities);
  const unhoused = program !== 'FC' && r.chance(program === 'BH' || program === 'DCM' ? 0.12 : 0.02);
  const level = risk(r, program);
  const source = r.pick(area.referralSources);
  return {
    heritage: heritageKey,
    sex,
    first,
    last,
    preferred,
    dateOfBirth: calendarDate(born),
    age,
    pronouns,
    gender,
    ...language(r, heritage, age),
    phone: age >= 13 && r.chance(0.88) ? phone(r, area) : null,
    email: age >= 16 && r.chance(0.35) ? `${ascii(first)}.${ascii(last)}${r.int(1, 99)}@example.${r.pick(['com', 'net', 'org'])}` : null,
    address: {
      line1: unhoused ? null : `${r.int(100, 24999)} ${r.pick(STREET_NAMES)}`,
      line2: !unhoused && r.chance(0.3) ? `Apt ${r.int(1, 48)}${r.pick(['', 'A', 'B'])}` : null,
      city: city.name,
      postalCode: r.pick(city.postalCodes),
      latitude: Number((city.latitude + (r.next() - 0.5) * 0.06).toFixed(5)),
      longitude: Number((city.longitude + (r.next() - 0.5) * 0.06).toFixed(5)),
    },
    riskLevel: level,
    flags: flags(r, level),
    referralSource: source,
    referralReason: r.pick(REFERRAL[program].reasons),
    presentingNeeds: unhoused ? `Currently without stable housing. ${r.pick(REFERRAL[program].needs)}` : r.pick(REFERRAL[program].needs),
  };
}

/** The people around a client: family, friends, guardians and representatives, professionals. */
export interface Network {
  contacts: ContactRow[];
  /** "mother Rosa García", for narratives. */
  family: string | null;
  /** The contact who decides for the client, if any: guardians are told of incidents. */
  decisionMaker: ContactRow | null;
}

interface ContactSpec {
  kind: ContactKind;
  relationship: string;
  name: string;
  organization?: string;
  emergency?: boolean;
  decides?: boolean;
  share?: boolean;
  notes?: string;
}

export function planNetwork(
  r: Random,
  area: DemoArea,
  client: { id: string; heritage: HeritageKey; last: string; age: number; language: string; program: ProgramCode; since: Date },
  now: Date,
): Network {
  const heritage: Heritage = HERITAGES[client.heritage];
  const relative = (sex: 'female' | 'male') => `${r.pick(heritage[sex])} ${r.chance(0.85) ? client.last : r.pick(heritage.last)}`;
  const stranger = () => {
    const other: Heritage = HERITAGES[r.weighted(area.heritages as Record<HeritageKey, number>)];
    return `${r.pick(r.chance(0.5) ? other.female : other.male)} ${r.pick(other.last)}`;
  };
  const doctor = () => `Dr. ${stranger()}`;
  const spanishOnly = client.language === 'Spanish' && r.chance(0.5) ? 'Speaks Spanish only.' : undefined;
  const specs: ContactSpec[] = [];

  if (client.program === 'FC') {
    specs.push({ kind: 'FAMILY', relationship: 'Resource parent', name: stranger(), emergency: true, share: true, notes: 'Licensed resource family.' });
    specs.push({ kind: 'PROFESSIONAL', relationship: 'Child welfare social worker', name: stranger(), organization: area.countyOffice, share: true, decides: true });
    if (r.chance(0.7)) specs.push({ kind: 'FAMILY', relationship: r.pick(['Birth mother', 'Birth father', 'Grandmother']), name: relative('female'), share: false, notes: 'Supervised visits only.' });
    if (client.age >= 5) specs.push({ kind: 'PROFESSIONAL', relationship: 'School counselor', name: stranger(), organization: r.pick(area.schools), share: true });
  } else if (client.age < 18) {
    const parent = r.chance(0.7) ? 'female' : 'male';
    specs.push({ kind: 'FAMILY', relationship: parent === 'female' ? 'Mother' : 'Father', name: relative(parent), emergency: true, decides: true, share: true, notes: spanishOnly });
    specs.push({ kind: 'PROFESSIONAL', relationship: 'Therapist', name: stranger(), organization: r.pick(area.clinics), share: true });
  } else {
    const family = r.pick(client.age >= 60 ? ['Daughter', 'Son', 'Spouse', 'Niece'] : ['Mother', 'Sister', 'Brother', 'Partner', 'Spouse', 'Aunt']);
    const sex = ['Daughter', 'Niece', 'Mother', 'Sister', 'Aunt'].includes(family) ? 'female' : family === 'Son' || family === 'Brother' ? 'male' : r.chance(0.5) ? 'female' : 'male';
    if (r.chance(0.85)) specs.push({ kind: 'FAMILY', relationship: family, name: relative(sex), emergency: true, share: r.chance(0.7), notes: spanishOnly });
    if (r.chance(0.3)) specs.push({ kind: 'FRIEND', relationship: r.pick(['Friend', 'Neighbor', 'Friend from church']), name: stranger(), emergency: specs.length === 0 });
    specs.push({ kind: 'PROFESSIONAL', relationship: 'Primary care physician', name: doctor(), organization: r.pick(area.clinics), share: true });
    if (client.program === 'BH' && r.chance(0.7)) specs.push({ kind: 'PROFESSIONAL', relationship: r.pick(['Therapist', 'Psychiatrist']), name: stranger(), organization: r.pick(area.clinics), share: true });
    if (client.program === 'HCBS' && r.chance(0.5)) specs.push({ kind: 'PROFESSIONAL', relationship: 'Home health nurse', name: stranger(), organization: 'Visiting Nurse Association', share: true });
    if (client.program === 'SHL') {
      if (r.chance(0.4)) specs.push({ kind: 'GUARDIAN', relationship: 'Limited conservator', name: relative(r.chance(0.6) ? 'female' : 'male'), decides: true, share: true, notes: 'Conservatorship papers on file.' });
      if (r.chance(0.5)) specs.push({ kind: 'PROFESSIONAL', relationship: 'Job coach', name: stranger(), organization: r.pick(area.employers), share: true });
    }
    if ((client.program === 'HCBS' || client.program === 'SHL') && r.chance(0.15)) {
      specs.push({ kind: 'REPRESENTATIVE', relationship: 'Representative payee', name: stranger(), organization: 'Community Money Management Services', share: true });
    }
    if (client.program === 'HCBS' && client.age >= 75 && r.chance(0.3)) {
      specs.push({ kind: 'REPRESENTATIVE', relationship: 'Authorized representative (durable power of attorney)', name: relative('female'), decides: true, share: true });
    }
  }

  const contacts = specs.map((spec): ContactRow => {
    const created = new Date(Math.min(now.getTime(), client.since.getTime() + r.int(0, 20) * 24 * 3600_000));
    return {
      id: seedId(),
      client_id: client.id,
      kind: spec.kind,
      relationship: spec.relationship,
      name: spec.name,
      organization: spec.organization ?? null,
      phone: r.chance(0.9) ? phone(r, area) : null,
      email: spec.organization && r.chance(0.5) ? `${ascii(spec.name.split(' ').slice(-2).join(''))}@example.org` : null,
      address: spec.kind === 'FAMILY' && r.chance(0.3) ? `${r.int(100, 24999)} ${r.pick(STREET_NAMES)}, ${r.pick(area.cities).name}, CA` : null,
      emergency_contact: spec.emergency ?? false,
      legal_decision_maker: spec.decides ?? false,
      may_share_information: spec.share ?? false,
      notes: spec.notes ?? null,
      archived_at: r.chance(0.03) ? new Date(Math.min(now.getTime(), created.getTime() + r.int(30, 300) * 24 * 3600_000)) : null,
      created_at: created,
    };
  });
  const familyContact = contacts.find((contact) => contact.kind === 'FAMILY' && !contact.archived_at);
  return {
    contacts,
    family: familyContact ? `${familyContact.relationship.toLowerCase()} ${familyContact.name}` : null,
    decisionMaker: contacts.find((contact) => contact.legal_decision_maker) ?? null,
  };
}
