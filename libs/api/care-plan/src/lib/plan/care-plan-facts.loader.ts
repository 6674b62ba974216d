import { Injectable } from '@nestjs/common';
import { ClientGate, EnrollmentFacts } from '@waymark/api/client';
import { requestLoader } from '@waymark/api/common';
import { ClsService } from 'nestjs-cls';
import type { CarePlanClientModel } from './care-plan.model';

const CLIENTS = Symbol('carePlan.clients');
const PROGRAM_NAMES = Symbol('carePlan.programNames');
const MAY_CHANGE = Symbol('carePlan.mayChange');

/**
 * What the client context knows of a page of plans (whose client, which program, whether the
 * caller may change the record), asked once per page, not once per plan.
 */
@Injectable()
export class CarePlanFactsLoader {
  constructor(
    private readonly gate: ClientGate,
    private readonly enrollments: EnrollmentFacts,
    private readonly cls: ClsService,
  ) {}

  client(clientId: string): Promise<CarePlanClientModel | null> {
    return requestLoader<string, CarePlanClientModel | null>(this.cls, CLIENTS, async (ids) => {
      const found = new Map((await this.gate.facts(ids)).map((client) => [client.id, client]));
      return ids.map((id) => {
        const client = found.get(id);
        return client ? { id: client.id, displayName: client.displayName, clientNumber: client.clientNumber } : null;
      });
    }).load(clientId);
  }

  programName(enrollmentId: string): Promise<string> {
    return requestLoader<string, string>(this.cls, PROGRAM_NAMES, async (ids) => {
      const found = new Map((await this.enrollments.facts(ids)).map((enrollment) => [enrollment.id, enrollment.programName]));
      return ids.map((id) => found.get(id) ?? 'Program');
    }).load(enrollmentId);
  }

  mayChange(clientId: string): Promise<boolean> {
    return requestLoader<string, boolean>(this.cls, MAY_CHANGE, (ids) => this.gate.mayChange(ids)).load(clientId);
  }
}
