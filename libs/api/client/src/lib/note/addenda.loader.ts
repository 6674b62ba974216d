import { Injectable } from '@nestjs/common';
import { TenantScope } from '@waymark/api/database';
import { ClsService } from 'nestjs-cls';
import { In } from 'typeorm';
import { groupedBy, requestLoader } from '@waymark/api/common';
import { CaseNoteAddendumEntity } from './case-note-addendum.entity';
import { CaseNoteAddendumModel } from './case-note-addendum.model';

const LOADER = Symbol('client.addendaLoader');

/** The addenda of a page of notes in one query, per request, oldest first per note. */
@Injectable()
export class AddendaLoader {
  constructor(
    private readonly tenant: TenantScope,
    private readonly cls: ClsService,
  ) {}

  load(noteId: string): Promise<CaseNoteAddendumModel[]> {
    return requestLoader<string, CaseNoteAddendumModel[]>(this.cls, LOADER, async (noteIds) => {
      const rows = await this.tenant
        .repository(CaseNoteAddendumEntity)
        .find({ where: { noteId: In([...noteIds]) }, order: { createdAt: 'ASC', id: 'ASC' } });
      return groupedBy(noteIds, rows, (row) => row.noteId).map((group) => group.map(CaseNoteAddendumModel.from));
    }).load(noteId);
  }
}
