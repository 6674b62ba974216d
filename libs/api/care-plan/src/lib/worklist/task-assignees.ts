import { Injectable } from '@nestjs/common';
import { StaffLoader } from '@waymark/api/client';
import { BadInputError, ForbiddenError, NotFoundError, RequestContext } from '@waymark/api/common';
import { WORKLIST_OVERSEER_ROLES } from '@waymark/shared/types';

/** Who a task may be given to, and by whom. */
@Injectable()
export class TaskAssignees {
  constructor(
    private readonly staff: StaffLoader,
    private readonly context: RequestContext,
  ) {}

  get isOverseer(): boolean {
    return WORKLIST_OVERSEER_ROLES.includes(this.context.requirePrincipal().role);
  }

  /**
   * An active user of the agency (another agency's or an unknown id is NOT_FOUND); a worker
   * below supervisor gives tasks only to themselves.
   */
  async require(assigneeId: string, field = 'assigneeId'): Promise<void> {
    if (assigneeId !== this.context.requirePrincipal().id && !this.isOverseer) {
      throw new ForbiddenError('Only a supervisor or an admin gives tasks to someone else.');
    }
    const assignee = await this.staff.load(assigneeId);
    if (!assignee) throw new NotFoundError('User');
    if (!assignee.active) throw new BadInputError(`${assignee.displayName} is no longer active.`, [{ field, message: 'not an active user' }]);
  }
}
