/** One JSON POST as the bench's own calls make it (logins, statement counts, probes). */
export interface JsonAnswer {
  status: number;
  statements: number | null;
  body: string;
}

export async function postJson(url: string, body: unknown, token?: string): Promise<JsonAnswer> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  return { status: response.status, statements: statementsOf(response.headers.get('x-sql-statements')), body: await response.text() };
}

/** The X-Sql-Statements header's count, or null when the server sent none. */
export function statementsOf(header: string | string[] | null | undefined): number | null {
  const value = Array.isArray(header) ? header[0] : header;
  if (value == null || !/^\d+$/.test(value)) return null;
  return Number(value);
}

/** A GraphQL answer's first error message, or null when it has none. */
export function graphqlError(body: string): string | null {
  if (!body.includes('"errors"')) return null;
  try {
    const errors = (JSON.parse(body) as { errors?: { message?: string }[] }).errors;
    return Array.isArray(errors) && errors.length ? (errors[0].message ?? 'GraphQL error') : null;
  } catch {
    return null;
  }
}
