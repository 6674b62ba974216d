import { Injectable } from '@nestjs/common';
import { AuditTrail } from '@waymark/api/audit';
import { RequestContext } from '@waymark/api/common';
import { TenantScope } from '@waymark/api/database';
import { AuditAction, NoteStatus } from '@waymark/shared/types';
import type { SelectQueryBuilder } from 'typeorm';
import { ClientAccess } from '../access/client-access.service';
import { ClientEntity } from '../person/client.entity';
import { newestFirst } from '../shared/newest-first';
import { CaseNoteEntity } from './case-note.entity';
import { CaseNoteConnection, CaseNoteModel } from './case-note.model';
import { findVisibleNote, VISIBLE_NOTE_SQL } from './case-note-visibility';
import type { CaseNotesArgs } from './dto/case-notes.args';
import type { MyDraftNotesArgs } from './dto/my-draft-notes.args';

/** Reading case notes: newest contact first, filtered and paged in SQL, every note read audited. */
@Injectable()
export class CaseNoteQueryService {
  constructor(
    private readonly tenant: TenantScope,
    private readonly access: ClientAccess,
    private readonly audit: AuditTrail,
    private readonly context: RequestContext,
  ) {}

  private get notes() {
    return this.tenant.repository(CaseNoteEntity);
  }

  private get me(): string {
    return this.context.requirePrincipal().id;
  }

  async list({ clientId, first, after, types, authorId, from, to }: CaseNotesArgs): Promise<CaseNoteConnection> {
    await this.access.require(clientId, 'read');
    const query = this.notes
      .createQueryBuilder('n')
      .andWhere('n.client_id = :clientId', { clientId })
      .andWhere(VISIBLE_NOTE_SQL('n'), { viewerId: this.me });
    if (types?.length) query.andWhere('n.note_type IN (:...types)', { types });
    if (authorId) query.andWhere('n.author_id = :authorId', { authorId });
    if (from) query.andWhere('n.occurred_at >= :from', { from });
    if (to) query.andWhere('n.occurred_at <= :to', { to });
    return this.page(query, first, after);
  }

  async get(id: string): Promise<CaseNoteModel> {
    const note = await findVisibleNote(this.notes, id, this.me);
    await this.access.require(note.clientId, 'read');
    this.recordReads([note]);
    return CaseNoteModel.from(note);
  }

  /** The caller's drafts, so the composer can resume one after a reload or a new sign-in. */
  async myDrafts({ clientId, first, after }: MyDraftNotesArgs): Promise<CaseNoteConnection> {
    const query = this.notes
      .createQueryBuilder('n')
      .andWhere('n.author_id = :me', { me: this.me })
      .andWhere('n.status = :draft', { draft: NoteStatus.DRAFT });
    if (clientId) {
      await this.access.require(clientId, 'write');
      query.andWhere('n.client_id = :clientId', { clientId });
    } else {
      // Only drafts on clients the author may still open: a caseload changes.
      query.innerJoin(ClientEntity, 'c', 'c.agency_id = n.agency_id AND c.id = n.client_id');
      await this.access.restrictList(query, 'c');
    }
    return this.page(query, first, after);
  }

  private async page(query: SelectQueryBuilder<CaseNoteEntity>, first: number, after: string | undefined): Promise<CaseNoteConnection> {
    const { rows, ...connection } = await newestFirst.countedPage(query, 'n.occurred_at', 'n.id', { first, after }, CaseNoteModel.from);
    this.recordReads(rows);
    return connection;
  }

  private recordReads(notes: CaseNoteEntity[]): void {
    if (!notes.length) return;
    this.audit.recordRead(
      ...notes.map((note) => ({ action: AuditAction.READ, entityType: 'CaseNote', entityId: note.id, clientId: note.clientId })),
    );
  }
}
