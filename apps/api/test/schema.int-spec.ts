import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { printSchema } from 'graphql';
import { startTestApp, type TestApp } from './support/test-app';

describe('the committed schema', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('is what the code emits (run `npm run schema` and commit it)', () => {
    const committed = readFileSync(join(__dirname, '../schema.graphql'), 'utf8').replace(/^#.*\n/gm, '').trim();
    expect(printSchema(t.app.get(GraphQLSchemaHost).schema).trim()).toBe(committed);
  });
});
