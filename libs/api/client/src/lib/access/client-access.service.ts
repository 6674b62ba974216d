import { Injectable } from '@nestjs/common';
import { AuditTrail, type FieldChanges } from '@waymark/api/audit';
import { BadInputError, ForbiddenError, isUuid, NotFoundError, RequestContext, requestLoader } from '@waymark/api/common';
import { TenantScope } from '@waymark/api/database';
import { AuditAction, ClientStatus, EMERGENCY_GRANT_CHANGE, ErrorReason, FOLLOW_UP_GRACE_DAYS, Role } from '@waymark/shared/types';
import { ClsService } from 'nestjs-cls';
import { MoreThan, type ObjectLiteral, type SelectQueryBuilder } from 'typeorm';
import { ClientEntity } from '../person/client.entity';
import { ClientAccessGrantEntity } from './client-access-grant.entity';
import { ClientSettingsService } from './client-settings.service';

/**
 * What the caller means to do with the client: read the record, write to it, or reveal what
 * every screen shows masked — asked of those who may write, and still possible on a merged
 * alias, whose leftover identifiers are revealed there.
 */
export type ClientAccessNeed = 'read' | 'write' | 'reveal';

export interface ClientAccessOptions {
  /** Why a case manager opens a client outside their caseload; recorded. */
  accessReason?: string | null;
  /** The input field that named the client, for a refusal to point at. */
  field?: string;
}

/** The emergency grant a read passed through. */
interface EmergencyRead {
  grantId: string;
  reason: string;
}

interface ClientWithCaseload {
  client: ClientEntity;
  inCaseload: boolean;
  /** The caller opened the client in an emergency (breakGlass) and that access still lasts. */
  inEmergency: boolean;
}

const READ_LOADER = Symbol('client.accessReads');
const EMERGENCY_READS = Symbol('client.emergencyReads');
const OPEN_LOADER = Symbol('client.mayOpen');

/** What restrictList left in a list of clients. */
export interface ListScope {
  /** Only the caller's caseload, a few hundred clients at most: testing each costs less than searching the agency's index. */
  caseloadOnly: boolean;
  /** Every client it lets through may be opened: none needs mayOpen. */
  allOpenable: boolean;
}

/** How long opening a client outside one's caseload lasts before a new reason is asked. */
const GRANT_HOURS = 8;

/** Intake staff work on people not yet served: their records are the intake ones. */
const INTAKE_STATUSES: readonly ClientStatus[] = [ClientStatus.INQUIRY, ClientStatus.INTAKE];

/**
 * A case manager's caseload: open enrollments they lead or serve on, and intakes they took.
 * For access (not for "My caseload"), when a client's last program closes its team keeps the
 * client until the client is discharged, so the case manager can finish the case; and after
 * discharge through the program's follow-ups (its last follow-up day and FOLLOW_UP_GRACE_DAYS),
 * so the follow-up calls the worklist gives them can be made and written down.
 */
const CASELOAD_SQL = (alias: string, { awaitingDischarge = true } = {}) => `(
  EXISTS (
    SELECT 1 FROM enrollment e
    WHERE e.agency_id = ${alias}.agency_id AND e.client_id = ${alias}.id
      AND (e.closed_on IS NULL${awaitingDischarge ? ` OR (${alias}.status IN ('ACTIVE', 'ON_HOLD') AND NOT EXISTS (
        SELECT 1 FROM enrollment open WHERE open.agency_id = e.agency_id AND open.client_id = e.client_id AND open.closed_on IS NULL))
        OR (${alias}.status = 'DISCHARGED' AND e.closed_on + ${FOLLOW_UP_GRACE_DAYS} + (
          SELECT max(day::int) FROM program p, jsonb_array_elements_text(coalesce(p.rules -> 'followUpDays', '[]')) day
          WHERE p.agency_id = e.agency_id AND p.id = e.program_id) >= current_date)` : ''})
      AND (e.primary_case_manager_id = :accessUserId
        OR EXISTS (SELECT 1 FROM enrollment_team_member t WHERE t.enrollment_id = e.id AND t.user_id = :accessUserId)))
  OR (${alias}.created_by = :accessUserId AND ${alias}.status IN ('INQUIRY', 'INTAKE'))
)`;

/**
 * The clients a user could have on their caseload — those of any enrollment they lead or serve
 * on the team of, and the ones they took in — as an uncorrelated set: the planner starts a
 * caseload's list from it (a few hundred rows) instead of testing every client of the agency.
 * Needs `:accessAgencyId` beside `:accessUserId`.
 */
const CASE_CANDIDATES_SQL = (alias: string) => `${alias}.id IN (
  SELECT e.client_id FROM enrollment e WHERE e.agency_id = :accessAgencyId AND e.primary_case_manager_id = :accessUserId
  UNION ALL
  SELECT e.client_id FROM enrollment_team_member t JOIN enrollment e ON e.agency_id = t.agency_id AND e.id = t.enrollment_id
  WHERE t.agency_id = :accessAgencyId AND t.user_id = :accessUserId
  UNION ALL
  SELECT own.id FROM client own WHERE own.agency_id = :accessAgencyId AND own.created_by = :accessUserId AND own.status IN ('INQUIRY', 'INTAKE')
)`;

/** CASELOAD_SQL for a list of clients: the same rule, drawn from the user's candidates. */
const CASELOAD_LIST_SQL = (alias: string, options?: { awaitingDischarge?: boolean }) =>
  `(${CASE_CANDIDATES_SQL(alias)} AND ${CASELOAD_SQL(alias, options)})`;

/** A live grant: the case manager gave a reason to open the client within the last GRANT_HOURS. */
const GRANTED_SQL = (alias: string) => `EXISTS (
  SELECT 1 FROM client_access_grant g
  WHERE g.agency_id = ${alias}.agency_id AND g.client_id = ${alias}.id AND g.user_id = :accessUserId AND g.expires_at > now()
)`;

/** A live emergency grant: the user broke the glass on the client and the access still lasts (EmergencyAccess). */
const EMERGENCY_SQL = (alias: string) => `EXISTS (
  SELECT 1 FROM client_access_grant g
  WHERE g.agency_id = ${alias}.agency_id AND g.client_id = ${alias}.id AND g.user_id = :accessUserId AND g.emergency AND g.expires_at > now()
)`;

/** Where access is refused but breaking the glass would open the record to read. */
const EMERGENCY_REFUSAL = { reason: ErrorReason.EMERGENCY_ACCESS_AVAILABLE };

/**
 * Who may open which client (DESIGN.md, Access): supervisors and admins every client of the
 * agency, auditors every client read-only, intake staff the records still in intake, case
 * managers their caseload, and — where the agency allows it — read any other client once they
 * give a reason, which is recorded; changing it stays with its case team. Every service of
 * the context asks here first.
 */
@Injectable()
export class ClientAccess {
  constructor(
    private readonly tenant: TenantScope,
    private readonly context: RequestContext,
    private readonly settings: ClientSettingsService,
    private readonly audit: AuditTrail,
    private readonly cls: ClsService,
  ) {}

  /**
   * The client if the caller may `need` it. Another agency's or an unknown id is NOT_FOUND; a
   * client the caller may not open is FORBIDDEN, with ACCESS_REASON_REQUIRED where giving a
   * reason would open it and EMERGENCY_ACCESS_AVAILABLE where only breaking the glass would. A merged record takes no writes, in any area: its data lives on in
   * the record it was merged into (BAD_USER_INPUT naming `field`).
   */
  async require(clientId: string, need: ClientAccessNeed, { accessReason, field = 'clientId' }: ClientAccessOptions = {}): Promise<ClientEntity> {
    if (this.borrowed()) throw new NotFoundError('Client');
    const found = await this.withCaseload(clientId, need);
    if (!found) throw new NotFoundError('Client');
    if (await this.requireRole(found, need, accessReason)) await this.noteEmergencyRead(clientId);
    const { client } = found;
    if (need === 'write' && client.mergedIntoId) {
      throw new BadInputError('This record was merged into another client record; change that one instead.', [{ field, message: 'merged record' }]);
    }
    // Whoever may use a client for anything may open it: the page's other fields need not ask again.
    this.knownOpenable(clientId, true);
    return client;
  }

  /**
   * The client with whether it is on the caller's caseload, in one statement. Reads of one
   * request share it (a profile's root fields each name the client); a change reads afresh,
   * and the reads after it too.
   */
  private async withCaseload(clientId: string, need: ClientAccessNeed): Promise<ClientWithCaseload | null> {
    const reads = requestLoader<string, ClientWithCaseload | null>(this.cls, READ_LOADER, (ids) => this.loadWithCaseload(ids));
    if (need === 'read') return reads.load(clientId);
    reads.clear(clientId);
    return (await this.loadWithCaseload([clientId]))[0];
  }

  private async loadWithCaseload(clientIds: readonly string[]): Promise<(ClientWithCaseload | null)[]> {
    const ids = clientIds.filter(isUuid);
    if (!ids.length) return clientIds.map(() => null);
    const { role, id: userId } = this.context.requirePrincipal();
    const query = this.tenant.repository(ClientEntity).createQueryBuilder('c').andWhere('c.id IN (:...requiredIds)', { requiredIds: ids });
    if (role === Role.CASE_MANAGER) query.addSelect(CASELOAD_SQL('c'), 'in_caseload').setParameter('accessUserId', userId);
    if (role === Role.CASE_MANAGER || role === Role.INTAKE) query.addSelect(EMERGENCY_SQL('c'), 'in_emergency').setParameter('accessUserId', userId);
    const { entities, raw } = await query.getRawAndEntities<{ in_caseload?: boolean; in_emergency?: boolean }>();
    const found = new Map(entities.map((client, i) => [client.id, { client, inCaseload: raw[i].in_caseload === true, inEmergency: raw[i].in_emergency === true }]));
    return clientIds.map((id) => found.get(id) ?? null);
  }

  /**
   * Intake staff past intake and case managers off their caseload (where the agency does not
   * let them open any client with a reason) are told they may break the glass; while that
   * emergency access lasts, they read the record.
   */
  private async requireRole({ client, inCaseload, inEmergency }: ClientWithCaseload, need: ClientAccessNeed, accessReason: string | null | undefined): Promise<boolean> {
    const { role, id: userId } = this.context.requirePrincipal();
    const emergencyRead = need === 'read' && inEmergency;
    switch (role) {
      case Role.ADMIN:
      case Role.SUPERVISOR:
        return false;
      case Role.AUDITOR:
        if (need !== 'read') throw new ForbiddenError('Auditors read client records; they do not change them.');
        return false;
      case Role.INTAKE:
        if (INTAKE_STATUSES.includes(client.status)) return false;
        if (emergencyRead) return true;
        throw new ForbiddenError('This client is past intake; their case team holds the record.', need === 'read' ? EMERGENCY_REFUSAL : {});
      case Role.CASE_MANAGER:
        if (inCaseload) return false;
        if (emergencyRead) return true;
        if (need !== 'read') throw new ForbiddenError("This client is not on your caseload: their case team or a supervisor changes the record.");
        await this.requireGrant(client, userId, accessReason);
        return false;
    }
    return false;
  }

  /** Remembers, for the request, the emergency grant a read of the client passed through only (emergencyRead). */
  private async noteEmergencyRead(clientId: string): Promise<void> {
    const reads: Map<string, EmergencyRead> = this.cls.get(EMERGENCY_READS) ?? new Map();
    if (reads.has(clientId)) return;
    const [grant] = await this.tenant.repository(ClientAccessGrantEntity).find({
      where: { clientId, userId: this.context.requirePrincipal().id, emergency: true, expiresAt: MoreThan(new Date()) },
      order: { expiresAt: 'DESC' },
      take: 1,
    });
    if (!grant) return;
    reads.set(clientId, { grantId: grant.id, reason: grant.reason });
    this.cls.set(EMERGENCY_READS, reads);
  }

  /**
   * What a READ of the client records when only emergency access let the caller read it: the
   * grant (EMERGENCY_GRANT_CHANGE, which rates the event high) and its reason. Empty otherwise.
   */
  emergencyReadAudit(clientId: string): { changes?: FieldChanges; reason?: string } {
    const read = (this.cls.get(EMERGENCY_READS) as Map<string, EmergencyRead> | undefined)?.get(clientId);
    return read ? { changes: { [EMERGENCY_GRANT_CHANGE]: { to: read.grantId } }, reason: read.reason } : {};
  }

  /**
   * Limits a list of clients (aliased `alias`) to those the caller may find: intake staff the
   * records still in intake, case managers their caseload — or, where the agency lets them
   * open any client, every client, those they may not open yet shown as a summary (see
   * mayOpen). (Duplicate checks at intake look across the agency on purpose.)
   */
  async restrictList<T extends ObjectLiteral>(query: SelectQueryBuilder<T>, alias: string): Promise<ListScope> {
    if (this.borrowed()) {
      query.andWhere('false');
      return { caseloadOnly: true, allOpenable: true };
    }
    const { role, id } = this.context.requirePrincipal();
    if (role === Role.INTAKE) {
      query.andWhere(`${alias}.status IN (:...intakeStatuses)`, { intakeStatuses: INTAKE_STATUSES });
      return { caseloadOnly: false, allOpenable: true };
    }
    if (role !== Role.CASE_MANAGER) return { caseloadOnly: false, allOpenable: true };
    if ((await this.settings.current()).caseManagersOpenAnyClient) return { caseloadOnly: false, allOpenable: false };
    query.andWhere(CASELOAD_LIST_SQL(alias), { accessUserId: id, accessAgencyId: this.context.agencyId });
    return { caseloadOnly: true, allOpenable: true };
  }

  /**
   * Which of these clients the caller may open without giving a reason now: intake staff
   * those in intake, case managers their caseload and the clients they gave a reason for
   * within the last hours (while the agency allows it), both those they broke the glass on
   * while that lasts, everyone else any client.
   */
  async mayOpen(clientIds: readonly string[]): Promise<boolean[]> {
    if (this.borrowed()) return clientIds.map(() => false);
    const condition = await this.openCondition('c');
    if (!condition) return clientIds.map(() => true);
    const query = this.tenant.repository(ClientEntity).createQueryBuilder('c').select('c.id', 'id').andWhere('c.id IN (:...openIds)', { openIds: clientIds });
    query.andWhere(condition.sql, condition.params);
    const open = new Set((await query.getRawMany<{ id: string }>()).map((row) => row.id));
    return clientIds.map((clientId) => open.has(clientId));
  }

  /** mayOpen for one client, batched with the others the request asks about. */
  mayOpenOne(clientId: string): Promise<boolean> {
    return this.openLoader().load(clientId);
  }

  /** Keeps what a list learned in its own statement (openCondition), so the page's fields need not ask again. */
  knownOpenable(clientId: string, openable: boolean): void {
    this.openLoader().prime(clientId, openable);
  }

  private openLoader() {
    return requestLoader<string, boolean>(this.cls, OPEN_LOADER, (clientIds) => this.mayOpen(clientIds));
  }

  /**
   * Limits a query of records that may be about a client (the client's id in `clientIdColumn`,
   * nullable) to those about no client or about one the caller may open (mayOpen, in SQL), so
   * a list pages over what the caller may see.
   */
  async restrictToOpenable<T extends ObjectLiteral>(query: SelectQueryBuilder<T>, clientIdColumn: string): Promise<SelectQueryBuilder<T>> {
    const condition = await this.openCondition('openable');
    if (!condition) return query;
    return query.andWhere(
      `(${clientIdColumn} IS NULL OR EXISTS (SELECT 1 FROM client openable WHERE openable.id = ${clientIdColumn} AND ${condition.sql}))`,
      condition.params,
    );
  }

  /** What mayOpen asks of a client aliased `alias`, as SQL; null when the caller may open every client. */
  async openCondition(alias: string): Promise<{ sql: string; params: ObjectLiteral } | null> {
    if (this.borrowed()) return { sql: 'false', params: {} };
    const { role, id } = this.context.requirePrincipal();
    if (role === Role.INTAKE) {
      return { sql: `(${alias}.status IN (:...intakeStatuses) OR ${EMERGENCY_SQL(alias)})`, params: { intakeStatuses: INTAKE_STATUSES, accessUserId: id } };
    }
    if (role !== Role.CASE_MANAGER) return null;
    const anyClient = (await this.settings.current()).caseManagersOpenAnyClient;
    return { sql: `(${CASELOAD_SQL(alias)} OR ${anyClient ? GRANTED_SQL(alias) : EMERGENCY_SQL(alias)})`, params: { accessUserId: id } };
  }

  /**
   * Which of these clients the caller may change now — what require(…, 'write') lets through:
   * supervisors and admins any, auditors none, intake staff those in intake, case managers
   * their caseload (a reason opens a record to read only). A merged record takes no change.
   */
  async mayChange(clientIds: readonly string[]): Promise<boolean[]> {
    const { role, id } = this.context.requirePrincipal();
    if (role === Role.AUDITOR || this.borrowed()) return clientIds.map(() => false);
    const query = this.tenant
      .repository(ClientEntity)
      .createQueryBuilder('c')
      .select('c.id', 'id')
      .andWhere('c.id IN (:...changeIds)', { changeIds: clientIds })
      .andWhere('c.merged_into_id IS NULL');
    if (role === Role.INTAKE) query.andWhere('c.status IN (:...intakeStatuses)', { intakeStatuses: INTAKE_STATUSES });
    if (role === Role.CASE_MANAGER) query.andWhere(CASELOAD_SQL('c'), { accessUserId: id });
    const changeable = new Set((await query.getRawMany<{ id: string }>()).map((row) => row.id));
    return clientIds.map((clientId) => changeable.has(clientId));
  }

  /**
   * Limits a list of clients (aliased `alias`) to the caller's own caseload, as far as restrictList
   * lets them find it: "My caseload". A case manager's own caseload always meets restrictList's rule.
   */
  async restrictToOwnCaseload<T extends ObjectLiteral>(query: SelectQueryBuilder<T>, alias: string): Promise<ListScope> {
    const { role, id } = this.context.requirePrincipal();
    this.restrictToCaseload(query, alias, id);
    if (role === Role.CASE_MANAGER) return { caseloadOnly: true, allOpenable: true };
    return { ...(await this.restrictList(query, alias)), caseloadOnly: true };
  }

  /** Limits a list of clients (aliased `alias`) to the user's caseload, whatever their role. */
  restrictToCaseload<T extends ObjectLiteral>(query: SelectQueryBuilder<T>, alias: string, userId: string): SelectQueryBuilder<T> {
    if (this.borrowed()) return query.andWhere('false');
    return query.andWhere(CASELOAD_LIST_SQL(alias, { awaitingDischarge: false }), { accessUserId: userId, accessAgencyId: this.context.agencyId });
  }

  /**
   * Whether the caller acts in another agency's scope (Principal.onBehalfOfAgencyId): their
   * role is their own agency's, so it opens none of this agency's clients.
   */
  borrowed(): boolean {
    return this.context.requirePrincipal().onBehalfOfAgencyId != null;
  }

  private async requireGrant(client: ClientEntity, userId: string, accessReason?: string | null): Promise<void> {
    if (!(await this.settings.current()).caseManagersOpenAnyClient) {
      throw new ForbiddenError('This client is not on your caseload.', EMERGENCY_REFUSAL);
    }
    const grants = this.tenant.repository(ClientAccessGrantEntity);
    const live = await grants.findOneBy({ clientId: client.id, userId, expiresAt: MoreThan(new Date()) });
    if (live) return;
    const reason = accessReason?.trim();
    if (!reason) {
      throw new ForbiddenError('This client is not on your caseload. Give a reason to open the record.', {
        reason: ErrorReason.ACCESS_REASON_REQUIRED,
      });
    }
    const grant = await grants.save(
      grants.create({ clientId: client.id, userId, reason, grantedAt: new Date(), expiresAt: new Date(Date.now() + GRANT_HOURS * 3600_000), emergency: false }),
    );
    await this.audit.record({
      action: AuditAction.CREATE,
      entityType: 'ClientAccessGrant',
      entityId: grant.id,
      clientId: client.id,
      reason,
      changes: { userId: { to: userId }, expiresAt: { to: grant.expiresAt.toISOString() } },
    });
  }
}
