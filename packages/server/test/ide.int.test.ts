/// <reference lib="dom" />
import fs from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { launchChromium } from './browser';
import { startTestServer, type TestServer } from './harness';

// The IDE bundle comes from `pnpm build` (scripts/build-ide.mjs).
const IDE_BUILT = fs.existsSync(path.resolve(__dirname, '../dist-ide/index.html'));

let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  if (!IDE_BUILT) throw new Error('dist-ide is missing: run `pnpm build` before the tests');
  server = await startTestServer();
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('the GraphQL IDE at /graphql', () => {
  it('loads from the server alone, shows the example operations and runs one', async () => {
    const page = await browser.newPage();
    const origin = new URL(server.url).origin;
    const foreignRequests: string[] = [];
    const failedRequests: string[] = [];
    page.on('request', (request) => {
      const url = request.url();
      if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) foreignRequests.push(url);
    });
    page.on('requestfailed', (request) => failedRequests.push(request.url()));
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));

    const cspViolations: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) cspViolations.push(message.text());
    });
    const response = await page.goto(server.url);
    expect(response?.headers()['content-type']).toContain('text/html');
    // It runs under a policy that allows this server's own scripts, styles and workers only.
    expect(response?.headers()['content-security-policy']).toMatch(/script-src 'self'(;|$)/);
    expect(response?.headers()['x-content-type-options']).toBe('nosniff');
    await page.waitForSelector('.graphiql-container', { timeout: 30_000 });

    const tabs = await page.locator('.graphiql-tab').allInnerTexts();
    expect(tabs.map((tab) => tab.trim())).toEqual(expect.arrayContaining(['Conference', 'OrganizationProfile', 'PilotFigures', 'Search']));

    // The Monaco editor (loaded from the server's own worker bundles) shows the first example.
    // Monaco renders spaces as no-break spaces.
    await page.waitForFunction(
      () => (document.querySelector('.graphiql-query-editor')?.textContent ?? '').replace(/\u00a0/g, ' ').includes('query Conference'),
      undefined,
      { timeout: 30_000 },
    );
    await page.click('.graphiql-execute-button');
    await page.waitForFunction(() => (document.querySelector('.result-window')?.textContent ?? '').includes('CONFERENCE'), undefined, {
      timeout: 30_000,
    });
    const result = (await page.locator('.result-window').innerText()).replace(/\u00a0/g, ' ');
    expect(cspViolations).toEqual([]);
    expect(result).toContain('"startsOn": "2017-12-08"');
    expect(result).toContain('"kind": "CONFERENCE"');

    // The documentation explorer reads the schema's descriptions.
    await page.click('[aria-label="Show Documentation Explorer"]');
    await page.waitForSelector('.graphiql-doc-explorer', { timeout: 10_000 });
    expect(await page.locator('.graphiql-doc-explorer').innerText()).toContain('Query');

    expect(foreignRequests).toEqual([]);
    expect(failedRequests).toEqual([]);
    expect(pageErrors).toEqual([]);
    await page.close();
  });

  it('still answers GraphQL over GET and POST at the same path', async () => {
    const get = await fetch(`${server.url}?query=${encodeURIComponent('{ region(slug: "astana") { slug } }')}`, {
      headers: { accept: 'application/json', 'apollo-require-preflight': 'true' },
    });
    expect(await get.json()).toMatchObject({ data: { region: { slug: 'astana' } } });
  });
});
