import { agesOutOfOrder, capacityOverMaximum, isWebAddress, openingTimesProblem, unpairedCoordinate } from '@waymark/shared/types';
import { HSDS_TABLES, type HsdsTableName } from './hsds-tables';

/** The fields pages link to: only http(s) addresses are taken, so an imported javascript: address never becomes a link. */
const WEB_ADDRESS_FIELDS: Partial<Record<HsdsTableName, string>> = { organization: 'website', location: 'url', service: 'url' };

/** Rules of a row beyond each field's kind (web addresses) and across fields: what HSDS means, and what the tables check. */
export function rowRules(table: HsdsTableName, values: Record<string, unknown>): { field: string; message: string }[] {
  const problems: { field: string; message: string }[] = [];
  const spec = HSDS_TABLES[table];
  const address = WEB_ADDRESS_FIELDS[table];
  if (address && typeof values[address] === 'string' && !isWebAddress(values[address])) {
    problems.push({ field: address, message: `${address} must be an http or https web address` });
  }
  if (spec.oneParentOf && spec.oneParentOf.filter((field) => values[field] != null).length !== 1) {
    problems.push({ field: spec.oneParentOf.join('|'), message: `must belong to exactly one of ${spec.oneParentOf.join(', ')}` });
  }
  if (table === 'service' && agesOutOfOrder(values.minimum_age as number | null, values.maximum_age as number | null)) {
    problems.push({ field: 'minimum_age', message: `minimum_age ${values.minimum_age} is greater than maximum_age ${values.maximum_age}` });
  }
  const unpaired = table === 'location' ? unpairedCoordinate(values.latitude, values.longitude) : null;
  if (unpaired) problems.push({ field: unpaired, message: 'latitude and longitude go together: give both or neither' });
  if (table === 'schedule' && openingTimesProblem({ opensAt: String(values.opens_at), closesAt: String(values.closes_at) }) === 'closesBeforeOpens') {
    problems.push({ field: 'closes_at', message: `closes_at ${values.closes_at} is not after opens_at ${values.opens_at}` });
  }
  if (table === 'service_capacity' && capacityOverMaximum(values.available as number, values.maximum as number | null)) {
    problems.push({ field: 'available', message: `available ${values.available} is more than maximum ${values.maximum}` });
  }
  return problems;
}
