// Mirrors, in one request as the API resolves the document: CaseloadResolver.myCaseload →
// CaseloadService.mine → ClientSearchService.list (caseloadOf, sorted by name; the total a window
// over the page's query), TaskResolver.myTasks →
// TaskQueryService.myTasks (OVERDUE, the total likewise), and Client.nextTask, which a
// hand-written page reads in one batched query for the page's clients.
// The page's reads are audited in one insert at the end.
import type { FastifyInstance } from 'fastify';
import { auditSource, recordAudit } from '../audit';
import { CASELOAD_LIST_SQL, CLIENT_COLUMNS, type ClientRow, caseManagersOpenAnyClient, displayName, OPENABLE_SQL } from '../clients';
import { type Deps, signedInRoute } from '../route';

interface DashboardBody {
  first: number;
}

interface TaskRow {
  id: string;
  client_id: string | null;
  title: string;
  due_on: string;
  total_count?: string;
}

const TASK_COLUMNS = `t.id, t.created_at, t.updated_at, t.version, t.agency_id, t.client_id, t.enrollment_id, t.kind, t.title, t.details, t.status, t.priority,
  t.due_on, t.assignee_id, t.subject_type, t.subject_id, t.dedupe_key, t.escalated_at, t.completed_at, t.completed_by, t.completion_note, t.created_by`;

export function dashboard(app: FastifyInstance, deps: Deps): void {
  signedInRoute<DashboardBody>(app, deps, 'dashboard', async ({ db, body, caller, request }) => {
    const caseManager = caller.role === 'CASE_MANAGER';
    const today = new Date().toISOString().slice(0, 10);
    // The tasks' filter to clients the caller may open depends on the agency's settings.
    const openAny = caseManager && (await caseManagersOpenAnyClient(db, caller.agencyId));

    // My caseload is the caseload rule alone: whoever is on it may be opened.
    const caseload = (async () => {
      const rows = await db.query<ClientRow & { total_count: string }>(
        `SELECT ${CLIENT_COLUMNS('c')}, count(*) OVER () AS total_count, c.legal_last_name AS sort_0, c.legal_first_name AS sort_1, c.id AS sort_2, true AS may_open
           FROM client c WHERE c.agency_id = $1 AND c.merged_into_id IS NULL AND ${CASELOAD_LIST_SQL('c', '$3', '$2', false)}
          ORDER BY sort_0, sort_1, sort_2 LIMIT ${body.first + 1}`,
        [caller.agencyId, caller.agencyId, caller.userId],
      );
      return { totalCount: Number(rows[0]?.total_count ?? 0), clients: rows.slice(0, body.first) };
    })();

    const overdue = (async () => {
      const openableTask = caseManager ? ` AND (t.client_id IS NULL OR EXISTS (SELECT 1 FROM client openable WHERE openable.id = t.client_id AND ${OPENABLE_SQL('openable', '$2', openAny)}))` : '';
      const rows = await db.query<TaskRow>(
        `SELECT ${TASK_COLUMNS}, count(*) OVER () AS total_count FROM task t
          WHERE t.agency_id = $1 AND t.assignee_id = $2 AND t.status = 'OPEN'${openableTask} AND t.due_on < $3
          ORDER BY t.due_on ASC, t.id ASC LIMIT ${body.first + 1}`,
        [caller.agencyId, caller.userId, today],
      );
      return { totalCount: Number(rows[0]?.total_count ?? 0), tasks: rows.slice(0, body.first) };
    })();

    const [page, due] = await Promise.all([caseload, overdue]);
    const shown = page.clients.map((client) => client.id);
    const nextTasks = shown.length
      ? await db.query<TaskRow>(
          `SELECT t.id, t.client_id, t.title, t.due_on FROM task t
            WHERE t.agency_id = $1 AND t.id IN (SELECT (SELECT n.id FROM task n WHERE n.agency_id = $1 AND n.client_id = c.id AND n.status = 'OPEN'
                                                        ORDER BY n.due_on, n.id LIMIT 1) FROM unnest($2::uuid[]) c(id))`,
          [caller.agencyId, shown],
        )
      : [];
    const next = new Map(nextTasks.map((task) => [task.client_id, { id: task.id, title: task.title, dueOn: task.due_on }]));

    const taskRead = (task: TaskRow) => ({ action: 'READ', entityType: 'Task', entityId: task.id, clientId: task.client_id });
    await recordAudit(db, auditSource(request, caller), [
      ...page.clients.map((client) => ({ action: 'READ', entityType: 'ClientList', entityId: client.id, clientId: client.id })),
      ...due.tasks.filter((task) => task.client_id).map(taskRead),
      ...nextTasks.map(taskRead),
    ]);
    return {
      myCaseload: {
        totalCount: page.totalCount,
        edges: page.clients.map((client) => ({
          node: { id: client.id, displayName: displayName(client), riskLevel: client.risk_level, nextTask: next.get(client.id) ?? null },
        })),
      },
      overdue: {
        totalCount: due.totalCount,
        edges: due.tasks.map((task) => ({ node: { id: task.id, title: task.title, dueOn: task.due_on, clientId: task.client_id } })),
      },
    };
  });
}
