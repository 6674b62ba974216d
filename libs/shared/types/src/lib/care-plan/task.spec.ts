import { TASK_CARRIER_ROLES, taskClosesItself, TaskKind } from './task';
import { Role } from '../role';

describe('taskClosesItself', () => {
  it('holds for a generated task of a self-closing kind: the work closes it, not a hand', () => {
    expect(taskClosesItself({ kind: TaskKind.ASSESSMENT_DUE, generated: true })).toBe(true);
    expect(taskClosesItself({ kind: TaskKind.PLAN_APPROVAL, generated: true })).toBe(true);
  });

  it('does not hold for a task someone wrote, whatever its kind, nor for visits and follow-ups documented elsewhere', () => {
    expect(taskClosesItself({ kind: TaskKind.ASSESSMENT_DUE, generated: false })).toBe(false);
    expect(taskClosesItself({ kind: TaskKind.VISIT, generated: true })).toBe(false);
    expect(taskClosesItself({ kind: TaskKind.FOLLOW_UP, generated: true })).toBe(false);
  });
});

describe('TASK_CARRIER_ROLES', () => {
  it('leaves out auditors, who only read', () => {
    expect(TASK_CARRIER_ROLES).not.toContain(Role.AUDITOR);
    expect(TASK_CARRIER_ROLES).toContain(Role.CASE_MANAGER);
  });
});
