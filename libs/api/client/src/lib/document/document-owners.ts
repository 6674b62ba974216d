import { Injectable } from '@nestjs/common';
import type { DocumentOwnerType } from '@waymark/shared/types';

/**
 * Finds records of one kind in the caller's agency: each asked id that exists there, mapped
 * to the client it belongs to. Ids of another agency or of nothing are simply left out.
 */
export interface DocumentOwnerLookup {
  clientOf(ids: readonly string[]): Promise<Map<string, string>>;
}

/**
 * The records documents may be attached to, by owner type. The client context registers its
 * own (enrollments, notes, consents, incidents); contexts above it register theirs when their
 * module starts (referrals), so this context checks an attachment without importing them.
 */
@Injectable()
export class DocumentOwners {
  private readonly lookups = new Map<DocumentOwnerType, DocumentOwnerLookup>();

  register(ownerType: DocumentOwnerType, lookup: DocumentOwnerLookup): void {
    if (this.lookups.has(ownerType)) throw new Error(`document owner ${ownerType} is registered twice`);
    this.lookups.set(ownerType, lookup);
  }

  /** Whether records of this type can take documents in this deployment. */
  accepts(ownerType: DocumentOwnerType): boolean {
    return this.lookups.has(ownerType);
  }

  /** The client the record belongs to, or null when the caller's agency has no such record. */
  async clientOf(ownerType: DocumentOwnerType, id: string): Promise<string | null> {
    const lookup = this.lookups.get(ownerType);
    if (!lookup) return null;
    return (await lookup.clientOf([id])).get(id) ?? null;
  }
}
