import { Injectable, type OnModuleInit } from '@nestjs/common';
import { AuditNames } from '@waymark/api/audit';
import { UserService } from './user.service';

/** Hands the audit layer the users' names, for an export to spell out beside their ids. */
@Injectable()
export class AuditActorNames implements OnModuleInit {
  constructor(
    private readonly names: AuditNames,
    private readonly users: UserService,
  ) {}

  onModuleInit(): void {
    this.names.provideActors(async (ids) => new Map((await this.users.summaries(ids)).map((user) => [user.id, user.displayName])));
  }
}
