/// <reference lib="dom" />
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import * as esbuild from 'esbuild';
import type { Browser } from 'playwright-core';
import { launchChromium } from './browser';
import { startTestServer, type TestServer } from './harness';

// The SDK as `pnpm build` leaves it, bundled for a browser page as an app would bundle it.
const SDK_ENTRY = path.resolve(__dirname, '../../sdk/dist/esm/index.js');

let api: TestServer;
let browser: Browser;
let site: http.Server;
let siteOrigin: string;

beforeAll(async () => {
  if (!fs.existsSync(SDK_ENTRY)) throw new Error('packages/sdk/dist is missing: run `pnpm build` before the tests');
  const bundle = await esbuild.build({
    entryPoints: [SDK_ENTRY],
    bundle: true,
    format: 'iife',
    globalName: 'Qorgau',
    write: false,
    platform: 'browser',
  });
  const script = bundle.outputFiles[0]!.text;
  // A second origin (another port): an NGO's site with the SDK on its page.
  site = http.createServer((req, res) => {
    if (req.url === '/sdk.js') {
      res.writeHead(200, { 'content-type': 'text/javascript' }).end(script);
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>NGO site</title><script src="/sdk.js"></script>');
  });
  await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
  siteOrigin = `http://127.0.0.1:${(site.address() as AddressInfo).port}`;
  api = await startTestServer();
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await api?.stop();
  await new Promise((resolve) => site?.close(resolve));
});

/** The API's URL as a page on the site reaches it: `localhost`, another origin than 127.0.0.1's. */
function apiUrlFromSite(server: TestServer): string {
  return server.url.replace('127.0.0.1', 'localhost');
}

describe('browser apps on other origins', () => {
  it('read public data with the SDK from a page on another origin, and write with a key (preflighted)', async () => {
    const editor = await api.key('ADMIN', null, 'cors test');
    const page = await browser.newPage();
    await page.goto(siteOrigin);
    const result = await page.evaluate(
      async ({ url, apiKey }) => {
        const sdk = (window as unknown as { Qorgau: { createClient(options: object): any } }).Qorgau;
        const anonymous = sdk.createClient({ url });
        const region = await anonymous.region({ slug: 'astana' });
        const withKey = sdk.createClient({ url, apiKey, headers: { 'accept-language': 'ru' } });
        const viewer = await withKey.viewer();
        return { region: region.region?.slug, viewer: viewer.viewer?.name, origin: window.location.origin };
      },
      { url: apiUrlFromSite(api), apiKey: editor.key },
    );
    expect(result).toEqual({ region: 'astana', viewer: 'cors test', origin: siteOrigin });
  });

  it('answers a preflight with 204 and the headers the SDK and the IDE send; no credentials', async () => {
    const response = await fetch(api.url, {
      method: 'OPTIONS',
      headers: {
        origin: 'https://journalist.example',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'authorization,content-type,accept-language,apollo-require-preflight',
      },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.get('access-control-allow-credentials')).toBeNull();
    const allowed = (response.headers.get('access-control-allow-headers') ?? '').split(',');
    expect(allowed).toEqual(expect.arrayContaining(['authorization', 'content-type', 'accept-language', 'apollo-require-preflight']));
    const answer = await fetch(api.url, {
      method: 'POST',
      headers: { origin: 'https://journalist.example', 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(answer.headers.get('access-control-allow-origin')).toBe('*');
    expect(answer.headers.get('access-control-expose-headers')).toMatch(/x-request-id/);
    // API answers are data: nothing may render or frame them.
    expect(answer.headers.get('content-security-policy')).toBe("default-src 'none';frame-ancestors 'none'");
    expect(answer.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('with an allow-list, lets listed origins in and leaves the others without CORS headers (the browser blocks them)', async () => {
    const restricted = await startTestServer({ CORS_ORIGINS: `${siteOrigin},https://ngo.example` });
    try {
      const preflight = (origin: string) =>
        fetch(restricted.url, {
          method: 'OPTIONS',
          headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
        });
      expect((await preflight('https://ngo.example')).headers.get('access-control-allow-origin')).toBe('https://ngo.example');
      expect((await preflight('https://elsewhere.example')).headers.get('access-control-allow-origin')).toBeNull();

      const page = await browser.newPage();
      await page.goto(siteOrigin);
      const listed = await page.evaluate(async (url) => {
        const sdk = (window as unknown as { Qorgau: { createClient(options: object): any } }).Qorgau;
        return (await sdk.createClient({ url, retries: 0 }).region({ slug: 'astana' })).region?.slug;
      }, apiUrlFromSite(restricted));
      expect(listed).toBe('astana');
    } finally {
      await restricted.stop();
    }
    const unlisted = await startTestServer({ CORS_ORIGINS: 'https://ngo.example' });
    try {
      const page = await browser.newPage();
      await page.goto(siteOrigin);
      const outcome = await page.evaluate(async (url) => {
        const sdk = (window as unknown as { Qorgau: { createClient(options: object): any } }).Qorgau;
        try {
          await sdk.createClient({ url, retries: 0 }).region({ slug: 'astana' });
          return 'answered';
        } catch (error) {
          return (error as Error).name;
        }
      }, apiUrlFromSite(unlisted));
      expect(outcome).toBe('QorgauNetworkError');
    } finally {
      await unlisted.stop();
    }
  });
});
