import { createApiClient, type TestApiClient } from './support/api-client-fixtures';
import { CREATE_TASK, TASKS } from './support/care-plan-worklist-fixtures';
import { daysFromToday, newClient, ok, staffedAgency, type StaffedAgency } from './support/client-fixtures';
import { startTestApp, type TestApp } from './support/test-app';

const RECORD_TRAINING = `mutation ($input: RecordCareTeamTrainingInput!) { recordCareTeamTraining(input: $input) { id trainees { id } } }`;

/**
 * An API key's companion user stands for it where a row names who wrote it, but it is no one's
 * worker (inactive, never signed in): work that would fall to "whoever acts" goes to the
 * supervisors' queue instead when a key acts.
 */
describe('API clients: work a key causes goes to the supervisors, not to the key', () => {
  let t: TestApp;
  let a: StaffedAgency<'supervisor'>;
  let key: TestApiClient;
  beforeAll(async () => {
    t = await startTestApp();
    a = await staffedAgency(t, { supervisor: 'SUPERVISOR' });
    key = await createApiClient(t, a.people.admin.token, { name: 'County EHR', scopes: ['client:write', 'care-plan:write'] });
  });
  afterAll(() => t.close());

  it('puts a task a key writes without an assignee in the supervisors’ queue, where they find it', async () => {
    const clientId = await newClient(t, a.people.admin.token);
    const task = await ok(t.gql(CREATE_TASK, { input: { clientId, title: 'Call back about the discharge summary', dueOn: daysFromToday(2) } }, { token: key.token }));
    expect(task.assignee).toBeNull();
    const [row] = await t.db.query(`SELECT assignee_id, created_by FROM task WHERE id = $1`, [task.id]);
    expect(row).toEqual({ assignee_id: null, created_by: key.id });
    const queue = await ok(a.as('supervisor')(TASKS, { filter: { unassigned: true }, first: 100 }));
    expect(queue.edges.map((edge: { node: { id: string } }) => edge.node.id)).toContain(task.id);
  });

  it('gives a refresher for a client with no worker to the supervisors’ queue when a key records the training', async () => {
    const clientId = await newClient(t, a.people.admin.token);
    const training = await ok(
      t.gql(
        RECORD_TRAINING,
        {
          input: {
            clientId,
            topic: 'MEDICATION_SUPPORT',
            description: 'Doses and what to do when one is refused.',
            trainedOn: daysFromToday(-3),
            trainerName: 'County nurse',
            trainees: [{ name: 'Night staff', role: 'RESIDENTIAL_STAFF' }],
          },
        },
        { token: key.token },
      ),
    );
    const refreshers = await t.db.query(`SELECT assignee_id FROM task WHERE kind = 'TRAINING_REFRESHER' AND subject_id = $1`, [training.trainees[0].id]);
    expect(refreshers).toEqual([{ assignee_id: null }]);
  });
});
