import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { DocumentOwnerType } from '@waymark/shared/types';
import { ConsentModel } from '../consent/consent.model';
import { IncidentModel } from '../incident/incident.model';
import { CaseNoteModel } from '../note/case-note.model';
import { EnrollmentModel } from '../program/enrollment.model';
import { AttachedDocumentsLoader } from './attached-documents.loader';
import { DocumentModel } from './document.model';

const DESCRIPTION = 'The documents attached to this record, the latest uploaded first';

@Resolver(() => ConsentModel)
export class ConsentDocumentsResolver {
  constructor(private readonly attached: AttachedDocumentsLoader) {}

  @ResolveField('documents', () => [DocumentModel], { description: DESCRIPTION })
  documents(@Parent() consent: ConsentModel) {
    return this.attached.load(DocumentOwnerType.CONSENT, consent.id);
  }
}

@Resolver(() => CaseNoteModel)
export class CaseNoteDocumentsResolver {
  constructor(private readonly attached: AttachedDocumentsLoader) {}

  @ResolveField('documents', () => [DocumentModel], { description: DESCRIPTION })
  documents(@Parent() note: CaseNoteModel) {
    return this.attached.load(DocumentOwnerType.CASE_NOTE, note.id);
  }
}

@Resolver(() => IncidentModel)
export class IncidentDocumentsResolver {
  constructor(private readonly attached: AttachedDocumentsLoader) {}

  @ResolveField('documents', () => [DocumentModel], { description: DESCRIPTION })
  documents(@Parent() incident: IncidentModel) {
    return this.attached.load(DocumentOwnerType.INCIDENT, incident.id);
  }
}

@Resolver(() => EnrollmentModel)
export class EnrollmentDocumentsResolver {
  constructor(private readonly attached: AttachedDocumentsLoader) {}

  @ResolveField('documents', () => [DocumentModel], { description: DESCRIPTION })
  documents(@Parent() enrollment: EnrollmentModel) {
    return this.attached.load(DocumentOwnerType.ENROLLMENT, enrollment.id);
  }
}
