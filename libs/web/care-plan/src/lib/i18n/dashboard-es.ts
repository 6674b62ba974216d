import type { dashboardEn } from './dashboard-en';

/** Spanish texts of the care-plan feature's dashboard; the type keeps every English key present. */
export const dashboardEs: typeof dashboardEn = {
  glance: 'Mi trabajo de un vistazo',
  count: {
    overdue: 'Vencidas',
    dueToday: 'Para hoy',
    upcoming_one: 'Próximo {{count}} día',
    upcoming_other: 'Próximos {{count}} días',
    assessmentsDue_one: 'Evaluaciones que vencen dentro de {{count}} día',
    assessmentsDue_other: 'Evaluaciones que vencen dentro de {{count}} días',
    caseload: 'Clientes de mis casos',
  },
  countLink: '{{label}}: {{number}}',
  tasks: 'Mis tareas',
  sections: {
    OVERDUE: 'Vencidas',
    TODAY: 'Para hoy',
    UPCOMING_one: 'Próximo {{count}} día',
    UPCOMING_other: 'Próximos {{count}} días',
  },
  empty: {
    OVERDUE: 'Nada vencido.',
    TODAY: 'Nada vence hoy.',
    UPCOMING_one: 'Nada vence mañana.',
    UPCOMING_other: 'Nada vence en los próximos {{count}} días.',
  },
  nextAfter: 'Lo siguiente:',
  seeAll_one: 'Ver la {{number}} tarea en Tareas',
  seeAll_other: 'Ver las {{number}} en Tareas',
  openWorklist: 'Abrir Tareas',
  approvals: {
    title: 'Planes por aprobar',
    empty: 'Ningún plan espera aprobación.',
    openQueue: 'Abrir la cola de aprobación',
    plan: '{{client}}, {{program}}',
    unknownClient: 'Un cliente',
    submitted: 'Enviado el {{date}} por {{author}}',
    submittedNoAuthor: 'Enviado el {{date}}',
    revision: 'Versión {{revision}}',
  },
  overdueByWorker: {
    title: 'Trabajo vencido por persona',
    empty: 'Nadie tiene trabajo vencido.',
    worker: 'Persona',
    overdue: 'Vencidas',
    escalated: 'Escaladas',
    oldest: 'Vence desde',
    open: 'Abrir las tareas de {{name}}',
  },
};
