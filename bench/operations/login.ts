import type { Operation } from './operation';

/** Signing in: argon2 verification on both sides. */
export const login: Operation = {
  id: 'login',
  document: `mutation BenchLogin($input: LoginInput!) {
  login(input: $input) { accessToken }
}`,
  variables: (fixtures) => ({ input: fixtures.credentials }),
  // argon2 (64 MiB, 3 passes, 4 lanes) runs on libuv's 4 threads: 50 sign-ins at once would only
  // queue there, each waiting seconds, and a 5 s run would see none finish.
  connections: 4,
};
