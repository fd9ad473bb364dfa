import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { parse } from 'graphql';
import { getEventListeners } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createClient, QorgauGraphQLError, type IncomingResponse, type OutgoingRequest, type RequestOptions } from '../src';
import { serverUrl } from './server';

// What apps build on beside the typed methods: hooks around every exchange (headers, the query's
// cost and the rate-limit budget from `extensions`), partial data with its errors, cancelling
// where AbortSignal.any is missing, and paging through a connection query of one's own.

describe('hooks', () => {
  it('see every request before it goes, may add headers, and see every response with its extensions', async () => {
    const requests: OutgoingRequest[] = [];
    const responses: IncomingResponse[] = [];
    const qorgau = createClient({
      url: serverUrl(),
      hooks: {
        onRequest: (request) => {
          requests.push(request);
          request.headers['x-request-id'] = 'sdk-hook-test-0001';
        },
        onResponse: (response) => {
          responses.push(response);
        },
      },
    });
    await qorgau.regions({ first: 3 });
    expect(requests).toHaveLength(1);
    expect(requests[0]).toMatchObject({ operationName: 'Regions', kind: 'query', attempt: 1, variables: { first: 3 } });
    expect(responses).toHaveLength(1);
    const [response] = responses;
    expect(response!.status).toBe(200);
    // The header the hook added reached the server, which echoes a sensible request id.
    expect(response!.headers.get('x-request-id')).toBe('sdk-hook-test-0001');
    expect(response!.extensions).toMatchObject({ cost: { requested: expect.any(Number), limit: expect.any(Number) } });
    expect(response!.durationMs).toBeGreaterThanOrEqual(0);
  });

  it('fail the call when they throw', async () => {
    const qorgau = createClient({
      url: serverUrl(),
      hooks: {
        onRequest: () => {
          throw new Error('not allowed offline');
        },
      },
    });
    await expect(qorgau.regions({ first: 1 })).rejects.toThrow('not allowed offline');
  });
});

describe('error policy', () => {
  const PARTIAL = `query Partial { region(slug: "astana") { slug } node(id: "not a global id") { id } }`;

  it('throws by default, with the data that did resolve', async () => {
    const qorgau = createClient({ url: serverUrl() });
    const error = await qorgau.request(PARTIAL).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(QorgauGraphQLError);
    expect((error as QorgauGraphQLError).data).toEqual({ region: { slug: 'astana' }, node: null });
  });

  it("returns the partial data with its errors under errorPolicy 'return'", async () => {
    const qorgau = createClient({ url: serverUrl() });
    const { data, errors } = await qorgau.request(PARTIAL, undefined, { errorPolicy: 'return' });
    expect(data).toEqual({ region: { slug: 'astana' }, node: null });
    expect(errors.map((e) => [e.path, e.extensions?.code, e.extensions?.argument])).toEqual([[['node'], 'BAD_USER_INPUT', 'id']]);
    // Typed methods too: a call without errors has an empty list.
    const clean = await qorgau.region({ slug: 'astana' }, { errorPolicy: 'return' });
    expect(clean.errors).toEqual([]);
    expect(clean.data?.region?.slug).toBe('astana');
  });
});

describe('cancelling without AbortSignal.any', () => {
  const any = AbortSignal.any;
  const timeout = AbortSignal.timeout;
  afterEach(() => {
    AbortSignal.any = any;
    AbortSignal.timeout = timeout;
  });

  it("aborts a call with the caller's signal and times out on the client's timer, with neither built in", async () => {
    // As in browsers before 2023: neither AbortSignal.any nor AbortSignal.timeout.
    (AbortSignal as { any?: unknown }).any = undefined;
    (AbortSignal as { timeout?: unknown }).timeout = undefined;
    const qorgau = createClient({ url: serverUrl(), retries: 0 });
    const controller = new AbortController();
    controller.abort(new Error('the user left the page'));
    await expect(qorgau.regions({ first: 1 }, { signal: controller.signal })).rejects.toThrow('the user left the page');
    // A server that never answers: the client's own timer must end the call (the API itself may
    // answer within a millisecond).
    const hanging = createServer(() => undefined);
    await new Promise<void>((resolve) => hanging.listen(0, '127.0.0.1', resolve));
    try {
      const waiting = createClient({ url: `http://127.0.0.1:${(hanging.address() as AddressInfo).port}/graphql`, retries: 0 });
      await expect(waiting.regions({ first: 1 }, { timeoutMs: 50 })).rejects.toThrow(/timed out/);
    } finally {
      hanging.closeAllConnections();
      await new Promise((resolve) => hanging.close(resolve));
    }
    expect((await qorgau.regions({ first: 1 }, { signal: new AbortController().signal })).regions.nodes).toHaveLength(1);
  });

  it('leaves no listener on a long-lived signal once calls are done', async () => {
    const qorgau = createClient({ url: serverUrl() });
    const page = new AbortController();
    // Options held in a variable of the exported type are accepted as they are.
    const options: RequestOptions = { signal: page.signal };
    for (let i = 0; i < 5; i += 1) await qorgau.regions({ first: 1 }, options);
    expect(getEventListeners(page.signal, 'abort')).toHaveLength(0);
  });
});

describe('pages of a connection query of your own', () => {
  const REGIONS: TypedDocumentNode<
    { regions: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; nodes: Array<{ slug: string }> } },
    { first: number; after?: string | null }
  > = parse(`query MyRegions($first: Int!, $after: String) {
    regions(first: $first, after: $after, orderBy: { field: NAME, direction: ASC }) { totalCount pageInfo { hasNextPage endCursor } nodes { slug } }
  }`);

  it('walks every page, with totalCount, and resumes from a cursor', async () => {
    const qorgau = createClient({ url: serverUrl() });
    const all = (await qorgau.regions({ first: 100, orderBy: { field: 'NAME', direction: 'ASC' } })).regions;
    const slugs: string[] = [];
    let cursorAfterTwo: string | null = null;
    for await (const page of qorgau.pages(REGIONS, { first: 2 })) {
      expect(page.regions.totalCount).toBe(all.totalCount);
      slugs.push(...page.regions.nodes.map((node) => node.slug));
      if (slugs.length === 2) cursorAfterTwo = page.regions.pageInfo.endCursor;
    }
    expect(slugs).toEqual(all.nodes.map((node) => node.slug));
    const resumed: string[] = [];
    for await (const page of qorgau.pages(REGIONS, { first: 2, after: cursorAfterTwo }))
      resumed.push(...page.regions.nodes.map((n) => n.slug));
    expect(resumed).toEqual(slugs.slice(2));
    // paginate(document, variables) is the same walk.
    const viaPaginate: string[] = [];
    for await (const page of qorgau.paginate(REGIONS, { first: 3 })) viaPaginate.push(...page.regions.nodes.map((n) => n.slug));
    expect(viaPaginate).toEqual(slugs);
    // A query without $after would get its first page again: refused before any request.
    await expect(qorgau.pages(`query { regions(first: 2) { pageInfo { hasNextPage endCursor } nodes { slug } } }`).next()).rejects.toThrow(
      /takes \$after/,
    );
    // The built-in paginators resume the same way.
    const fromCursor: string[] = [];
    for await (const region of qorgau.paginate.regions({ first: 2, after: cursorAfterTwo, orderBy: { field: 'NAME', direction: 'ASC' } })) {
      fromCursor.push(region.slug);
    }
    expect(fromCursor).toEqual(slugs.slice(2));
  });
});
