import { Injectable } from '@nestjs/common';
import { ClsService } from 'nestjs-cls';
import { requestLoader } from '../shared/request-loader';
import { ClientAccess } from './client-access.service';

const LOADER = Symbol('client.visibility');

/**
 * Whether the caller may see what hangs from a client a response shows: its programs, case
 * manager and identifiers. Lists show only clients the caller may find, but the duplicate
 * check at intake looks across the whole agency: a match the caller could not otherwise find
 * shows who it is and why it matched, and nothing of the case behind it. Batched per request.
 */
@Injectable()
export class ClientVisibility {
  constructor(
    private readonly access: ClientAccess,
    private readonly cls: ClsService,
  ) {}

  mayDetail(clientId: string): Promise<boolean> {
    return requestLoader<string, boolean>(this.cls, LOADER, (clientIds) => this.access.mayFind(clientIds)).load(clientId);
  }
}
