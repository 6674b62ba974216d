import { Injectable } from '@nestjs/common';
import { ClsService } from 'nestjs-cls';
import { requestLoader } from '@waymark/api/common';
import { ClientAccess } from './client-access.service';

const CHANGE_LOADER = Symbol('client.changeable');

/**
 * Whether a response may show the whole of a client or only who they are (ClientModel.summary,
 * and no programs, case manager or identifiers): the duplicate check at intake looks across
 * the whole agency, and a case manager whose agency lets them open any client finds every
 * client but opens one outside their caseload only by giving a reason. Also whether the caller
 * may change it, so the SPA shows no edit on a record it may only read. Batched per request.
 */
@Injectable()
export class ClientVisibility {
  constructor(
    private readonly access: ClientAccess,
    private readonly cls: ClsService,
  ) {}

  mayDetail(clientId: string): Promise<boolean> {
    return this.access.mayOpenOne(clientId);
  }

  mayChange(clientId: string): Promise<boolean> {
    return requestLoader<string, boolean>(this.cls, CHANGE_LOADER, (clientIds) => this.access.mayChange(clientIds)).load(clientId);
  }
}
