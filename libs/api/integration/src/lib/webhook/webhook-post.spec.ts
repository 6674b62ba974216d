import { postWebhook, webhookAgent } from './webhook-post';

describe('posting a webhook in production', () => {
  const post = (url: string) => postWebhook(webhookAgent(true), true, url, { 'content-type': 'application/json' }, '{}', 2000);

  it('refuses, before connecting, a name that resolves to an internal address and a literal internal address', async () => {
    expect(await post('http://localhost:59999/hooks')).toMatchObject({ statusCode: null, error: 'refused: the host is an internal address' });
    expect(await post('http://127.0.0.1:59999/hooks')).toMatchObject({ statusCode: null, durationMs: 0, error: 'refused: the host is an internal address' });
    expect(await post('http://[::ffff:169.254.169.254]:59999/hooks')).toMatchObject({ error: 'refused: the host is an internal address' });
  });
});
