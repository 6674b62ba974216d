import { Injectable } from '@nestjs/common';
import { ClsService, type ClsStore } from 'nestjs-cls';
import { UnauthenticatedError } from './domain-error';
import type { Principal } from './principal';

export interface WaymarkStore extends ClsStore {
  requestId?: string;
  ip?: string;
  userAgent?: string;
  principal?: Principal;
}

/** The current request: who calls, from where, under which request id. */
@Injectable()
export class RequestContext {
  constructor(private readonly cls: ClsService<WaymarkStore>) {}

  get requestId(): string | undefined {
    return this.cls.isActive() ? this.cls.getId() : undefined;
  }

  get ip(): string | undefined {
    return this.cls.isActive() ? this.cls.get('ip') : undefined;
  }

  get userAgent(): string | undefined {
    return this.cls.isActive() ? this.cls.get('userAgent') : undefined;
  }

  get principal(): Principal | undefined {
    return this.cls.isActive() ? this.cls.get('principal') : undefined;
  }

  requirePrincipal(): Principal {
    const principal = this.principal;
    if (!principal) throw new UnauthenticatedError('Sign in to continue.');
    return principal;
  }

  /** The tenant of this request. Repositories scope by it; it never comes from input. */
  get agencyId(): string {
    return this.requirePrincipal().agencyId;
  }

  setPrincipal(principal: Principal): void {
    this.cls.set('principal', principal);
  }
}
