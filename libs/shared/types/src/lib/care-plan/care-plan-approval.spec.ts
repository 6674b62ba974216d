import { SelfApproval, selfApproval } from './care-plan-approval';

describe('self-approval of a care plan', () => {
  it('refuses the author, whoever submitted the plan', () => {
    expect(selfApproval({ authorId: 'cm', submittedById: 'cm' }, 'cm')).toBe(SelfApproval.AUTHOR);
    expect(selfApproval({ authorId: 'sup', submittedById: 'cm' }, 'sup')).toBe(SelfApproval.AUTHOR);
  });

  it("refuses a supervisor who submitted someone else's plan", () => {
    expect(selfApproval({ authorId: 'cm', submittedById: 'sup' }, 'sup')).toBe(SelfApproval.SUBMITTER);
  });

  it('lets anyone else decide, and a plan written by the system refuses no one', () => {
    expect(selfApproval({ authorId: 'cm', submittedById: 'cm' }, 'sup')).toBeNull();
    expect(selfApproval({ authorId: null, submittedById: null }, 'sup')).toBeNull();
    expect(selfApproval({ authorId: null, submittedById: null }, null)).toBeNull();
  });
});
