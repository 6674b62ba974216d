import { Controller, Get, Param, Query, Req, Res, UseFilters } from '@nestjs/common';
import { Allow, AllowAnonymous, DomainError, ScopeContext } from '@waymark/api/common';
import { ANY_ROLE, ApiScopeContext, ErrorCode } from '@waymark/shared/types';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FhirResource } from 'fhir/r4';
import { searchset } from './bundle';
import { capabilityStatement } from './capability-statement';
import { FhirExceptionFilter } from './fhir-exception.filter';
import { FhirRecords } from './fhir-records.service';
import { fhirBase, selfUrl, sendFhir } from './fhir-response';
import { countParam, type FhirQuery, onlyParams, patientParam } from './fhir-search-params';

/** A search by the client alone: `patient`, and no other parameter. */
function patientSearch(query: FhirQuery): string {
  onlyParams(query, 'patient');
  return patientParam(query);
}

/** When this server's capabilities last changed: the CapabilityStatement's date. */
const CAPABILITIES_DATE = '2026-11-25';

/**
 * FHIR R4 JSON views of a client and their work, read-only, for other systems (a county's EHR,
 * a health system): each resource read by id, each type searched by `patient`, and a client's
 * whole record with Patient/{id}/$everything. The same bearer tokens, client access rules and
 * audit as GraphQL; every error an OperationOutcome. An API client needs the read scope of the
 * context that owns the data (`@ScopeContext`, which the PolicyGuard checks): client:read for
 * Patient, RelatedPerson, Consent and $everything, care-plan:read for CarePlan and Goal,
 * referral:read for ServiceRequest and Task, audit:read for AuditEvent.
 */
@Controller('fhir/r4')
@UseFilters(FhirExceptionFilter)
@Allow(...ANY_ROLE)
export class FhirController {
  constructor(private readonly records: FhirRecords) {}

  @Get('metadata')
  @AllowAnonymous()
  metadata(@Req() request: FastifyRequest, @Res() reply: FastifyReply): void {
    sendFhir(reply, capabilityStatement(fhirBase(request), CAPABILITIES_DATE));
  }

  @Get('Patient/:id')
  @ScopeContext(ApiScopeContext.CLIENT)
  async patient(@Param('id') id: string, @Res() reply: FastifyReply): Promise<void> {
    sendFhir(reply, await this.records.patient(id));
  }

  @Get('Patient/:id/$everything')
  @ScopeContext(ApiScopeContext.CLIENT)
  async everything(@Param('id') id: string, @Query() query: FhirQuery, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    onlyParams(query);
    const resources = await this.records.everything(id);
    // A trail cut at its limit: how many resources there are in all is not counted, so no total.
    this.sendBundle(request, reply, FhirRecords.all(resources), [], resources.trailCut ? null : undefined);
  }

  @Get('RelatedPerson')
  @ScopeContext(ApiScopeContext.CLIENT)
  async relatedPersons(@Query() query: FhirQuery, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    this.sendBundle(request, reply, await this.records.relatedPersons(patientSearch(query)));
  }

  @Get('RelatedPerson/:id')
  @ScopeContext(ApiScopeContext.CLIENT)
  async relatedPerson(@Param('id') id: string, @Res() reply: FastifyReply): Promise<void> {
    sendFhir(reply, await this.records.relatedPerson(id));
  }

  @Get('Consent')
  @ScopeContext(ApiScopeContext.CLIENT)
  async consents(@Query() query: FhirQuery, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    this.sendBundle(request, reply, await this.records.consents(patientSearch(query)));
  }

  @Get('Consent/:id')
  @ScopeContext(ApiScopeContext.CLIENT)
  async consent(@Param('id') id: string, @Res() reply: FastifyReply): Promise<void> {
    sendFhir(reply, await this.records.consent(id));
  }

  /** The plans match; their Goals come along as included resources, so CarePlan.goal resolves inside the Bundle. */
  @Get('CarePlan')
  @ScopeContext(ApiScopeContext.CARE_PLAN)
  async carePlans(@Query() query: FhirQuery, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const { carePlans, goals } = await this.records.carePlans(patientSearch(query));
    this.sendBundle(request, reply, carePlans, goals);
  }

  @Get('CarePlan/:id')
  @ScopeContext(ApiScopeContext.CARE_PLAN)
  async carePlan(@Param('id') id: string, @Res() reply: FastifyReply): Promise<void> {
    sendFhir(reply, await this.records.carePlan(id));
  }

  @Get('Goal')
  @ScopeContext(ApiScopeContext.CARE_PLAN)
  async goals(@Query() query: FhirQuery, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    this.sendBundle(request, reply, await this.records.goals(patientSearch(query)));
  }

  @Get('Goal/:id')
  @ScopeContext(ApiScopeContext.CARE_PLAN)
  async goal(@Param('id') id: string, @Res() reply: FastifyReply): Promise<void> {
    sendFhir(reply, await this.records.goal(id));
  }

  @Get('ServiceRequest')
  @ScopeContext(ApiScopeContext.REFERRAL)
  async serviceRequests(@Query() query: FhirQuery, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    this.sendBundle(request, reply, await this.records.serviceRequests(patientSearch(query)));
  }

  @Get('ServiceRequest/:id')
  @ScopeContext(ApiScopeContext.REFERRAL)
  async serviceRequest(@Param('id') id: string, @Res() reply: FastifyReply): Promise<void> {
    sendFhir(reply, await this.records.serviceRequest(id));
  }

  @Get('Task')
  @ScopeContext(ApiScopeContext.REFERRAL)
  async tasks(@Query() query: FhirQuery, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    this.sendBundle(request, reply, await this.records.tasks(patientSearch(query)));
  }

  @Get('Task/:id')
  @ScopeContext(ApiScopeContext.REFERRAL)
  async task(@Param('id') id: string, @Res() reply: FastifyReply): Promise<void> {
    sendFhir(reply, await this.records.task(id));
  }

  @Get('AuditEvent')
  @ScopeContext(ApiScopeContext.AUDIT)
  async auditEvents(@Query() query: FhirQuery, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    onlyParams(query, 'patient', '_count');
    const { auditEvents, total } = await this.records.auditEvents(patientParam(query), countParam(query));
    this.sendBundle(request, reply, auditEvents, [], total);
  }

  @Get('AuditEvent/:id')
  @ScopeContext(ApiScopeContext.AUDIT)
  async auditEvent(@Param('id') id: string, @Res() reply: FastifyReply): Promise<void> {
    sendFhir(reply, await this.records.auditEvent(id));
  }

  /** Any other path under /fhir/r4 (a resource type or operation we do not serve) is a FHIR 404, not our JSON one. */
  @Get('*')
  @AllowAnonymous()
  unknown(): never {
    throw new DomainError(ErrorCode.NOT_FOUND, 'This FHIR resource type or operation is not served here; see /fhir/r4/metadata.');
  }

  /** `total` as searchset takes it: how many match in all, null when not known; the matches' number when absent. */
  private sendBundle(request: FastifyRequest, reply: FastifyReply, matches: FhirResource[], included: FhirResource[] = [], total?: number | null): void {
    sendFhir(reply, searchset(fhirBase(request), selfUrl(request), matches, included, total === undefined ? matches.length : total));
  }
}
