import type { CapabilityStatement, CapabilityStatementRestResource } from 'fhir/r4';

/** The resource types served, each read by id and searched by `patient` (any other search parameter is refused with 400). */
const RESOURCES: { type: CapabilityStatementRestResource['type']; documentation: string; extraSearch?: { name: string; type: 'number'; documentation: string }[] }[] = [
  { type: 'Patient', documentation: "A client's record; $everything answers it with all the resources below." },
  { type: 'RelatedPerson', documentation: "People of the client's support network." },
  { type: 'Consent', documentation: 'Releases of information (privacy consents), revoked or expired ones inactive.' },
  { type: 'CarePlan', documentation: "Every version of the care plans; a search includes their Goals (a superseded version's are not listed)." },
  { type: 'Goal', documentation: 'Goals of the care plans, per plan version: the plan in force (active…), a draft or pending revision (proposed).' },
  { type: 'ServiceRequest', documentation: 'Referrals sent: what was asked.' },
  { type: 'Task', documentation: "Referrals' fulfilment (Task.focus is the ServiceRequest), owned by the receiving organization." },
  {
    type: 'AuditEvent',
    documentation: "The client's audit trail, newest first; admins and auditors only.",
    extraSearch: [{ name: '_count', type: 'number', documentation: 'How many events, 100 unless told, at most 500.' }],
  },
];

/** What this server does, for GET /fhir/r4/metadata: read-only JSON views of a client and their work. */
export function capabilityStatement(base: string, date: string): CapabilityStatement {
  return {
    resourceType: 'CapabilityStatement',
    status: 'active',
    date,
    kind: 'instance',
    software: { name: 'Waymark' },
    implementation: { description: 'Waymark FHIR R4 views (read-only)', url: base },
    fhirVersion: '4.0.1',
    format: ['application/fhir+json'],
    rest: [
      {
        mode: 'server',
        security: { service: [{ coding: [{ system: 'http://terminology.hl7.org/CodeSystem/restful-security-service', code: 'OAuth', display: 'OAuth' }] }], description: 'A bearer token: a user session or an API client key (wmk_…) with the read scopes of the data asked for.' },
        resource: RESOURCES.map(({ type, documentation, extraSearch = [] }) =>
          type === 'Patient'
            ? { type, documentation, interaction: [{ code: 'read' }], operation: [{ name: 'everything', definition: 'http://hl7.org/fhir/OperationDefinition/Patient-everything' }] }
            : {
                type,
                documentation,
                interaction: [{ code: 'read' }, { code: 'search-type' }],
                searchParam: [{ name: 'patient', type: 'reference', documentation: 'The client: its id or Patient/{id}. Required.' }, ...extraSearch],
              },
        ),
      },
    ],
  };
}
