import { Injectable } from '@nestjs/common';

/** A client as an export names them. */
export interface AuditClientName {
  displayName: string;
  clientNumber: string;
}

type Names<T> = (ids: readonly string[]) => Promise<ReadonlyMap<string, T>>;

/**
 * The names the trail keeps only as ids, for an export to spell out. The audit layer sits
 * below identity and client, so they hand it their lookups when they start (the small
 * interface the upper context provides, DESIGN.md); each is asked once per export, for every
 * id at once. Without one, the names stay empty.
 */
@Injectable()
export class AuditNames {
  private actorNames: Names<string> | null = null;
  private clientNames: Names<AuditClientName> | null = null;

  provideActors(names: Names<string>): void {
    this.actorNames = names;
  }

  provideClients(names: Names<AuditClientName>): void {
    this.clientNames = names;
  }

  actors(ids: Iterable<string | null>): Promise<ReadonlyMap<string, string>> {
    return ask(this.actorNames, ids);
  }

  clients(ids: Iterable<string | null>): Promise<ReadonlyMap<string, AuditClientName>> {
    return ask(this.clientNames, ids);
  }
}

async function ask<T>(names: Names<T> | null, ids: Iterable<string | null>): Promise<ReadonlyMap<string, T>> {
  const unique = [...new Set([...ids].filter((id): id is string => id != null))];
  return names && unique.length ? names(unique) : new Map();
}
