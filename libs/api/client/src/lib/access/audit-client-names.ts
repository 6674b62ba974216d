import { Injectable, type OnModuleInit } from '@nestjs/common';
import { type AuditClientName, AuditNames } from '@waymark/api/audit';
import { ClientGate } from './client-gate';

/** Hands the audit layer the clients' names and numbers, for an export to spell out beside their ids. */
@Injectable()
export class AuditClientNames implements OnModuleInit {
  constructor(
    private readonly names: AuditNames,
    private readonly gate: ClientGate,
  ) {}

  onModuleInit(): void {
    this.names.provideClients(async (ids) => {
      const open = await this.gate.mayOpen(ids);
      const facts = await this.gate.facts(ids.filter((_, i) => open[i]));
      return new Map<string, AuditClientName>(facts.map((client) => [client.id, { displayName: client.displayName, clientNumber: client.clientNumber }]));
    });
  }
}
