import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AllowSignedIn, Idempotent, PersonOnly } from '@waymark/api/common';
import { StaffLoader } from '../staff/staff.loader';
import { StaffModel } from '../staff/staff.model';
import { AddendaLoader } from './addenda.loader';
import { CaseNoteAddendumModel } from './case-note-addendum.model';
import { CaseNoteConnection, CaseNoteModel } from './case-note.model';
import { CaseNoteQueryService } from './case-note-query.service';
import { CaseNoteService } from './case-note.service';
import { AddCaseNoteAddendumInput } from './dto/add-case-note-addendum.input';
import { CaseNoteIdArgs } from './dto/case-note-id.args';
import { CaseNoteVersionInput } from './dto/case-note-version.input';
import { CaseNotesArgs } from './dto/case-notes.args';
import { CreateCaseNoteInput } from './dto/create-case-note.input';
import { MyDraftNotesArgs } from './dto/my-draft-notes.args';
import { UpdateCaseNoteInput } from './dto/update-case-note.input';

/** Case notes. Who may read or write a client's notes is ClientAccess's call, per client. */
@Resolver(() => CaseNoteModel)
export class CaseNoteResolver {
  constructor(
    private readonly notes: CaseNoteService,
    private readonly queries: CaseNoteQueryService,
    private readonly staff: StaffLoader,
    private readonly addenda: AddendaLoader,
  ) {}

  @Query(() => CaseNoteConnection, { description: "A client's notes, newest contact first. Drafts are listed only to their author." })
  @AllowSignedIn()
  caseNotes(@Args() args: CaseNotesArgs) {
    return this.queries.list(args.withCriteria());
  }

  @Query(() => CaseNoteModel)
  @AllowSignedIn()
  caseNote(@Args() { id }: CaseNoteIdArgs) {
    return this.queries.get(id);
  }

  @Query(() => CaseNoteConnection, { description: "The caller's unsigned drafts, newest contact first" })
  @AllowSignedIn()
  myDraftNotes(@Args() args: MyDraftNotesArgs) {
    return this.queries.myDrafts(args);
  }

  @Mutation(() => CaseNoteModel, { description: 'Start a draft note; only its author sees and edits it until it is signed' })
  @AllowSignedIn()
  @Idempotent()
  createCaseNote(@Args('input') input: CreateCaseNoteInput) {
    return this.notes.create(input);
  }

  @Mutation(() => CaseNoteModel, { description: 'Change a draft (its author only). A signed note is refused with LOCKED_RECORD.' })
  @AllowSignedIn()
  updateCaseNote(@Args('input') input: UpdateCaseNoteInput) {
    return this.notes.update(input);
  }

  @Mutation(() => Boolean, { description: 'Throw away a draft (its author only)' })
  @AllowSignedIn()
  discardCaseNoteDraft(@Args('input') input: CaseNoteVersionInput) {
    return this.notes.discard(input);
  }

  @Mutation(() => CaseNoteModel, { description: 'Sign and lock a draft (its author only); a late one is marked lateEntry' })
  @AllowSignedIn()
  @PersonOnly()
  signCaseNote(@Args('input') input: CaseNoteVersionInput) {
    return this.notes.sign(input);
  }

  @Mutation(() => CaseNoteModel, { description: 'Append a correction to a signed note; addenda are never changed' })
  @AllowSignedIn()
  @Idempotent()
  addCaseNoteAddendum(@Args('input') input: AddCaseNoteAddendumInput) {
    return this.notes.addAddendum(input);
  }

  @ResolveField('author', () => StaffModel, { nullable: true })
  author(@Parent() note: CaseNoteModel) {
    return this.staff.load(note.authorId);
  }

  @ResolveField('addenda', () => [CaseNoteAddendumModel])
  addendaOf(@Parent() note: CaseNoteModel) {
    return this.addenda.load(note.id);
  }
}
