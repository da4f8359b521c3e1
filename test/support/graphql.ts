export interface GqlResult<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string; details?: unknown } }[];
}

/** Sends one GraphQL operation over real HTTP, as an API client with a Bearer token would. */
export async function gql<T = Record<string, any>>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string | null,
): Promise<GqlResult<T>> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as GqlResult<T>;
  return { ...body, status: res.status };
}

/** The error code of the first error, for assertions. */
export const codeOf = (r: GqlResult) => r.errors?.[0]?.extensions?.code;

/** Signs in and returns the Bearer token; fails the test when sign-in fails. */
export async function login(url: string, username: string, password: string): Promise<string> {
  const r = await gql<{ login: { token: string } }>(
    url,
    'mutation($u: String!, $p: String!) { login(input: { username: $u, password: $p }) { token } }',
    { u: username, p: password },
  );
  if (!r.data?.login.token) throw new Error(`login ${username} failed: ${JSON.stringify(r.errors)}`);
  return r.data.login.token;
}
