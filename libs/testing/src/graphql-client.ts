/**
 * Sends one GraphQL operation to the gateway at `origin`, as the bearer of `token` when given: its data, or an
 * error carrying the API's messages.
 */
export async function postGraphql<T>(
  origin: string,
  query: string,
  variables: object = {},
  token?: string,
): Promise<T> {
  const response = await fetch(`${origin}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  if (body.errors?.length) throw new Error(body.errors.map((error) => error.message).join('; '));
  return body.data as T;
}
