/**
 * One GraphQL request of a bench case's set-up or check, with a bearer token: its data, or the case's
 * own error with the API's messages (a GraphQL error answers 200, so the body decides).
 */
export async function graphqlRequest<T = any>(
  url: string,
  token: string,
  query: string,
  variables: Record<string, unknown>,
  failure: (message: string) => Error,
): Promise<T> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  if (body.errors?.length) throw failure(body.errors.map((e) => e.message).join('; '));
  return body.data as T;
}
