import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { StaffLoader } from '../staff/staff.loader';
import { StaffModel } from '../staff/staff.model';
import { CaseNoteAddendumModel } from './case-note-addendum.model';

@Resolver(() => CaseNoteAddendumModel)
export class CaseNoteAddendumResolver {
  constructor(private readonly staff: StaffLoader) {}

  @ResolveField('author', () => StaffModel, { nullable: true })
  author(@Parent() addendum: CaseNoteAddendumModel) {
    return this.staff.load(addendum.authorId);
  }
}
