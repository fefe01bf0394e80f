/** A GraphQL error as the API returns it. */
export class GraphqlRequestError extends Error {
  constructor(
    readonly operation: string,
    readonly errors: { message: string; extensions?: { code?: string; reason?: string } }[],
  ) {
    super(`${operation}: ${errors.map((e) => `${e.extensions?.code ?? '?'}${e.extensions?.reason ? '/' + e.extensions.reason : ''}: ${e.message}`).join('; ')}`);
    this.name = 'GraphqlRequestError';
  }
}

/** A minimal GraphQL-over-HTTP client: the demo talks to the API exactly as a user's program would. */
export class GraphqlClient {
  constructor(readonly url: string) {}

  async request<T = any>(token: string, query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const operation = /(?:query|mutation)\s+(\w+)/.exec(query)?.[1] ?? 'request';
    const response = await fetch(this.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables, operationName: operation === 'request' ? undefined : operation }),
    });
    const body = (await response.json()) as { data?: T; errors?: GraphqlRequestError['errors'] };
    if (body.errors?.length) throw new GraphqlRequestError(operation, body.errors);
    return body.data as T;
  }
}
