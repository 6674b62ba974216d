import request from 'supertest';
import { startTestApp, type TestApp } from './support/test-app';

describe('health', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('answers live without touching the database', async () => {
    const res = await request(t.app.getHttpAdapter().getInstance().server).get('/health/live');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: 'ok' });
  });

  it('answers ready when the database answers', async () => {
    const res = await request(t.app.getHttpAdapter().getInstance().server).get('/health/ready');
    expect(res.status).toBe(200);
    expect(res.body.details.database.status).toBe('up');
  });

  it('echoes a request id, or makes one, on every response', async () => {
    const server = t.app.getHttpAdapter().getInstance().server;
    const given = await request(server).get('/health/live').set('x-request-id', 'trace-42');
    expect(given.headers['x-request-id']).toBe('trace-42');
    const made = await request(server).get('/health/live');
    expect(made.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });
});
