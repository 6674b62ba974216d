import type { FastifyReply, FastifyRequest } from 'fastify';

/** The media type of FHIR's JSON format (http://hl7.org/fhir/R4/http.html#mime-type). */
export const FHIR_JSON = 'application/fhir+json; charset=utf-8';

/** Where the FHIR API is reached, as the caller reached it (behind a proxy, as TRUST_PROXY allows): Bundle entries' full URLs start with it. */
export function fhirBase(request: FastifyRequest): string {
  return `${request.protocol}://${request.host}/fhir/r4`;
}

/** The request's own absolute URL, for a Bundle's self link. */
export function selfUrl(request: FastifyRequest): string {
  return `${request.protocol}://${request.host}${request.url}`;
}

export function sendFhir(reply: FastifyReply, resource: object): void {
  void reply.status(200).header('content-type', FHIR_JSON).send(JSON.stringify(resource));
}
