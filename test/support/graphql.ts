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

/** A viewing request (查阅申请) made through the API with `token`, for VIEW over a week; its id. */
export async function askToView(
  url: string,
  token: string,
  recordIds: string[],
  purpose = '行政复议答复需要核实',
): Promise<string> {
  const validUntil = new Date(Date.now() + 7 * 86_400_000).toISOString();
  const r = await gql<{ requestViewing: { id: string } }>(
    url,
    'mutation($in: RequestViewingInput!) { requestViewing(input: $in) { id } }',
    { in: { recordIds, actions: ['VIEW'], purpose, validUntil } },
    token,
  );
  if (!r.data?.requestViewing) throw new Error(`requestViewing refused: ${JSON.stringify(r.errors)}`);
  return r.data.requestViewing.id;
}
