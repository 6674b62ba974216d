/** English texts of the care-plan feature's dashboard (namespace `carePlan`, key `dashboard`). */
export const dashboardEn = {
  glance: 'My work at a glance',
  count: {
    overdue: 'Overdue',
    dueToday: 'Due today',
    upcoming: 'Next 7 days',
    assessmentsDue: 'Assessments due',
    caseload: 'Clients in my caseload',
  },
  countLink: '{{label}}: {{count}}',
  tasks: 'My tasks',
  sections: {
    OVERDUE: 'Overdue',
    TODAY: 'Due today',
    UPCOMING: 'Upcoming',
  },
  empty: {
    OVERDUE: 'Nothing overdue.',
    TODAY: 'Nothing due today.',
    UPCOMING: 'Nothing due in the coming days.',
  },
  seeAll_one: 'See the {{count}} task in the worklist',
  seeAll_other: 'See all {{count}} in the worklist',
  openWorklist: 'Open the worklist',
  approvals: {
    title: 'Plans awaiting approval',
    empty: 'No plan is waiting for approval.',
    openQueue: 'Open the approval queue',
    plan: '{{client}}, {{program}}',
    submitted: 'Submitted {{date}} by {{author}}',
    submittedNoAuthor: 'Submitted {{date}}',
    revision: 'Version {{revision}}',
  },
  overdueByWorker: {
    title: 'Overdue work by worker',
    empty: 'No one has overdue work.',
    worker: 'Worker',
    overdue: 'Overdue',
    escalated: 'Escalated',
    oldest: 'Oldest due',
    open: 'Open the worklist of {{name}}',
  },
};
