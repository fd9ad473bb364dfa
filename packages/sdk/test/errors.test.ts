import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createClient, QorgauGraphQLError, QorgauNetworkError, QorgauUserErrors, type ErrorCode } from '../src';
import { serverUrl } from './server';

async function closedPortUrl(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return `http://127.0.0.1:${port}/graphql`;
}

describe('errors', () => {
  it('a GraphQL error surfaces with its typed code, the argument and the operation name', async () => {
    const qorgau = createClient({ url: serverUrl() });
    const error = await qorgau.events({ after: 'not-a-cursor' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(QorgauGraphQLError);
    const graphQLError = error as QorgauGraphQLError;
    const code: ErrorCode | undefined = graphQLError.code;
    expect(code).toBe('BAD_USER_INPUT');
    expect(graphQLError.errors[0]?.extensions?.argument).toBe('after');
    expect(graphQLError.operationName).toBe('Events');
    expect(graphQLError.message).toBe('Events failed: BAD_USER_INPUT: "not-a-cursor" is not a cursor of this list (argument after)');
    expect(graphQLError.codes).toEqual(['BAD_USER_INPUT']);
  });

  it('a validation error (HTTP 400) is a GraphQL error too', async () => {
    const qorgau = createClient({ url: serverUrl() });
    const error = await qorgau.request('query Broken { nope }').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(QorgauGraphQLError);
    expect((error as QorgauGraphQLError).code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect((error as QorgauGraphQLError).status).toBe(400);
  });

  it('a network failure is a network error naming the operation, after the allowed retries', async () => {
    const qorgau = createClient({ url: await closedPortUrl(), retries: 1, retryDelayMs: 1 });
    const error = await qorgau.region({ slug: 'astana' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(QorgauNetworkError);
    expect((error as QorgauNetworkError).message).toMatch(/^Region failed: network error/);
    expect((error as QorgauNetworkError).status).toBeUndefined();
  });

  it('a time-out is a network error', async () => {
    const hanging = createServer(() => undefined);
    await new Promise<void>((resolve) => hanging.listen(0, '127.0.0.1', resolve));
    try {
      const qorgau = createClient({
        url: `http://127.0.0.1:${(hanging.address() as AddressInfo).port}/graphql`,
        timeoutMs: 200,
        retries: 0,
      });
      const error = await qorgau.programmes().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(QorgauNetworkError);
      expect((error as Error).message).toBe('Programmes failed: network error: timed out');
    } finally {
      hanging.closeAllConnections();
      await new Promise((resolve) => hanging.close(resolve));
    }
  });

  it('mutation userErrors surface as QorgauUserErrors with field paths and codes', async () => {
    // The API has no mutations yet: a server stub answers the way mutation payloads will.
    const stub: Server = createServer((_req, res) => {
      res.setHeader('content-type', 'application/json');
      res.end(
        JSON.stringify({
          data: {
            updateThing: {
              thing: null,
              userErrors: [{ field: ['input', 'version'], message: 'The record changed since version 3', code: 'CONFLICT' }],
            },
          },
        }),
      );
    });
    await new Promise<void>((resolve) => stub.listen(0, '127.0.0.1', resolve));
    try {
      const qorgau = createClient({ url: `http://127.0.0.1:${(stub.address() as AddressInfo).port}/graphql` });
      const error = await qorgau
        .request('mutation UpdateThing { updateThing { userErrors { field message code } } }')
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(QorgauUserErrors);
      expect((error as QorgauUserErrors).userErrors[0]?.code).toBe('CONFLICT');
      expect((error as Error).message).toBe('UpdateThing refused: CONFLICT: The record changed since version 3 (input.version)');
    } finally {
      await new Promise((resolve) => stub.close(resolve));
    }
  });
});
