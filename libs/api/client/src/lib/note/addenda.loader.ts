import { Injectable } from '@nestjs/common';
import { TenantScope } from '@waymark/api/database';
import DataLoader from 'dataloader';
import { ClsService } from 'nestjs-cls';
import { In } from 'typeorm';
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
    return this.loader().load(noteId);
  }

  private loader(): DataLoader<string, CaseNoteAddendumModel[]> {
    let loader: DataLoader<string, CaseNoteAddendumModel[]> | undefined = this.cls.get(LOADER);
    if (!loader) {
      loader = new DataLoader(async (noteIds) => {
        const rows = await this.tenant
          .repository(CaseNoteAddendumEntity)
          .find({ where: { noteId: In([...noteIds]) }, order: { createdAt: 'ASC', id: 'ASC' } });
        const byNote = new Map<string, CaseNoteAddendumModel[]>(noteIds.map((id) => [id, []]));
        for (const row of rows) byNote.get(row.noteId)?.push(CaseNoteAddendumModel.from(row));
        return noteIds.map((id) => byNote.get(id) ?? []);
      });
      this.cls.set(LOADER, loader);
    }
    return loader;
  }
}
