import { Injectable } from '@nestjs/common';
import { type Principal, RequestContext } from '@waymark/api/common';
import { ActorType } from '@waymark/shared/types';
import { ClsService } from 'nestjs-cls';
import { apiCallRecord, describeRoute } from './api-call';
import { type AuditRecord, AuditTrail } from './audit-trail.service';

const GRAPHQL_CALL = Symbol('audit.graphqlCall');
const OPEN_CALL = Symbol('audit.openCall');

/** What a plain route's call came to at the guard: let through, or refused with this code. */
export const ROUTE_ADMITTED = 'ADMITTED';

/** The operations of one GraphQL request answered so far, and the flush the last of them does for all. */
interface GraphqlCall {
  expected: number;
  operations: string[];
  outcomes: string[];
  flushed: Promise<void>;
  settle: (error?: unknown) => void;
}

/**
 * The request's caller, identified as an API client as the request arrived. A box, set in the
 * request's own context, so whatever answers the call (in a nested context too) marks it answered.
 */
interface OpenCall {
  client: Principal;
  call: string;
  answered: boolean;
}

/** The parts of the HTTP request a call is named by (Fastify's request, as Nest hands it over). */
export interface CalledRequest {
  method: string;
  body?: unknown;
  query?: unknown;
  routeOptions?: { url?: string };
}

/**
 * Every HTTP request made with an API key leaves one API_CALL event, whatever it touched (a
 * directory read, a user list, FHIR metadata), written with the request's other audit rows in
 * the one insert before its response leaves; if it cannot be written, the request fails. A
 * person's requests leave none: their reads and writes of client data are audited as such.
 */
@Injectable()
export class ApiCallAudit {
  constructor(
    private readonly cls: ClsService,
    private readonly context: RequestContext,
    private readonly trail: AuditTrail,
  ) {}

  /**
   * The request was made by this API client (identified once, as it arrived: ApiCallers in
   * identity). From here its call is owed: whatever answers it names it (holdRouteCall,
   * operationAnswered), and if nothing does (GraphQL refused the request before any operation,
   * an unknown route, a body that does not parse), writeOnSend records it with its HTTP status.
   */
  openCall(client: Principal, request: CalledRequest): void {
    this.cls.set(OPEN_CALL, { client, call: describeCall(request), answered: false } satisfies OpenCall);
  }

  /**
   * A call refused before its caller was let in (RATE_LIMITED), as the authenticator records it:
   * named like any other call of that request, with the refusal as its outcome.
   */
  refusedCall(client: Principal, request: CalledRequest, outcome: string): AuditRecord {
    return apiCallRecord(client, describeCall(request), [], [outcome]);
  }

  /**
   * A plain route's call, as the guard let it through or refused it. Held until the route's own
   * audit insert or, failing one, the flush as the response is sent (see writeOnSend).
   */
  holdRouteCall(client: Principal, request: CalledRequest, outcome: string): void {
    this.answered();
    this.trail.holdCall(apiCallRecord(client, describeCall(request), [], [outcome]));
  }

  /**
   * As the response leaves: writes what the request still holds for the trail, in one insert. A
   * plain route's reads and call; for GraphQL, which wrote its own as it answered
   * (AuditFlushPlugin), only a call nothing answered. An open call nothing answered is recorded
   * here, its outcome the response's status (`HTTP 400`).
   */
  async writeOnSend(statusCode: number, graphql: boolean): Promise<void> {
    if (!this.cls.isActive()) return;
    const open: OpenCall | undefined = this.cls.get(OPEN_CALL);
    if (open && !open.answered) {
      open.answered = true;
      this.trail.holdCall(apiCallRecord(open.client, open.call, [], [`HTTP ${statusCode}`]));
    } else if (graphql) {
      return;
    }
    await this.trail.flushReads();
  }

  /**
   * One GraphQL operation of the request is about to be answered. The operations of a batch are
   * answered together, so the last of them writes the request's reads and its call in one insert
   * and the others wait for that: none sends data before the call is recorded, and if it cannot
   * be, all of them fail.
   */
  async operationAnswered(request: CalledRequest | undefined, operation: string, outcome: string): Promise<void> {
    if (!this.cls.isActive()) return; // an operation run outside any request (none is recorded then)
    let call: GraphqlCall | undefined = this.cls.get(GRAPHQL_CALL);
    if (!call) {
      call = openGraphqlCall(Array.isArray(request?.body) ? request.body.length : 1);
      this.cls.set(GRAPHQL_CALL, call);
    }
    call.operations.push(operation);
    call.outcomes.push(outcome);
    if (call.operations.length < call.expected) return call.flushed;

    const principal = this.context.principal;
    if (principal?.actorType === ActorType.API_CLIENT) {
      this.answered();
      this.trail.holdCall(apiCallRecord(principal, `${request?.method ?? 'POST'} /graphql`, call.operations, call.outcomes));
    }
    try {
      await this.trail.flushReads();
      call.settle();
    } catch (error) {
      call.settle(error);
      throw error;
    }
  }

  private answered(): void {
    const open: OpenCall | undefined = this.cls.get(OPEN_CALL);
    if (open) open.answered = true;
  }
}

/** A request as its call is named: its method, its route's pattern and its parameters' names. */
function describeCall(request: CalledRequest): string {
  return describeRoute(request.method, request.routeOptions?.url ?? '(unknown route)', request.query);
}

function openGraphqlCall(expected: number): GraphqlCall {
  let settle: GraphqlCall['settle'] = () => undefined;
  const flushed = new Promise<void>((resolve, reject) => {
    settle = (error) => (error ? reject(error) : resolve());
  });
  // Nobody waits on it in a request of one operation; its failure is the last operation's to report.
  flushed.catch(() => undefined);
  return { expected, operations: [], outcomes: [], flushed, settle };
}
