import { readHsdsJson } from './hsds-json-reader';

describe('reading HSDS JSON', () => {
  it('flattens one service of the 3.0 form into its records, parents first, each child given what it is nested in', () => {
    const [unit] = readHsdsJson('services.json', JSON.stringify([
      {
        id: 's1',
        name: 'Pantry',
        organization: { id: 'o1', name: 'Org' },
        service_at_locations: [{ id: 'sal1', location: { id: 'l1', addresses: [{ id: 'a1' }], phones: [{ id: 'p1', languages: [{ id: 'g1' }] }] } }],
        attributes: [{ id: 'at1', taxonomy_term: { id: 't1', taxonomy_detail: { id: 'x1' } } }],
        capacities: [{ id: 'c1', unit: { id: 'u1' } }],
      },
    ]));
    expect(unit.row).toBe(1);
    expect(unit.records.map((record) => [record.table, record.at])).toEqual([
      ['taxonomy', 'attributes[0].taxonomy_term.taxonomy_detail.'],
      ['taxonomy_term', 'attributes[0].taxonomy_term.'],
      ['unit', 'capacities[0].unit.'],
      ['organization', 'organization.'],
      ['location', 'service_at_locations[0].location.'],
      ['service', ''],
      ['service_at_location', 'service_at_locations[0].'],
      ['address', 'service_at_locations[0].location.addresses[0].'],
      ['phone', 'service_at_locations[0].location.phones[0].'],
      ['language', 'service_at_locations[0].location.phones[0].languages[0].'],
      ['attribute', 'attributes[0].'],
      ['service_capacity', 'capacities[0].'],
    ]);
    const values = Object.fromEntries(unit.records.map((record) => [record.table, record.values]));
    expect(values.service.organization_id).toBe('o1');
    expect(values.service_at_location).toMatchObject({ service_id: 's1', location_id: 'l1' });
    expect(values.phone.location_id).toBe('l1');
    expect(values.language.phone_id).toBe('p1');
    expect(values.taxonomy_term.taxonomy_id).toBe('x1');
    expect(values.attribute).toMatchObject({ link_id: 's1', link_entity: 'service', taxonomy_term_id: 't1' });
    expect(values.service_capacity).toMatchObject({ service_id: 's1', unit_id: 'u1' });
  });

  it('reads a tabular object one entry per unit, parents first, whatever order its keys come in', () => {
    const units = readHsdsJson('tables.json', JSON.stringify({ services: [{ id: 's1' }], organizations: [{ id: 'o1' }, { id: 'o2' }], contacts: [{ id: 'x' }] }));
    expect(units.map((unit) => [unit.row, unit.records[0].table, unit.records[0].at])).toEqual([
      [1, 'organization', 'organizations[0].'],
      [2, 'organization', 'organizations[1].'],
      [1, 'service', 'services[0].'],
    ]);
  });

  it('refuses what is not HSDS JSON', () => {
    expect(() => readHsdsJson('x.json', '{"nothing": []}')).toThrow('x.json holds neither HSDS services nor HSDS tables.');
    expect(() => readHsdsJson('x.json', 'nope')).toThrow(/x.json is not JSON/);
  });
});
