import { DEMO_AGENCIES, DEMO_PASSWORD } from '../seed/demo-agencies';

/** What a person needs after `npm start`: where to go and, where the demo is loaded, how to sign in. */
export function banner(url: string, embedded: boolean, webBuilt: boolean, demoLoaded: boolean): string {
  const lines = [
    '',
    `  Waymark is running at ${url}`,
    webBuilt ? `  Open it in a browser, or send GraphQL to ${url}/graphql` : `  GraphQL: ${url}/graphql (the SPA is not built: npm run build:web)`,
    `  Database: ${embedded ? 'embedded PGlite (set DATABASE_URL to use PostgreSQL)' : 'PostgreSQL from DATABASE_URL'}`,
    '',
    ...(demoLoaded
      ? [
          `  Demo logins (password: ${DEMO_PASSWORD})`,
          ...DEMO_AGENCIES.flatMap((agency) => [
            `    ${agency.name}`,
            ...agency.users.map((user) => `      ${user.role.padEnd(13)} ${user.email}`),
          ]),
          '',
        ]
      : []),
  ];
  return lines.join('\n');
}
