// The baseline of shared/bench/WORKLOAD.md: a minimal Node http server with the same pg pool as the
// API, answering each query with one hand-written SQL statement that returns the final JSON.
// Run as its own process: node baseline.mjs <port> <databaseUrl> <poolSize>
import http from 'node:http';
import pg from 'pg';
import { buildQueries } from './queries.mjs';

const [port, databaseUrl, poolSize] = process.argv.slice(2);
const pool = new pg.Pool({ connectionString: databaseUrl, max: Number(poolSize) });
const queries = new Map(buildQueries().map((q) => [q.name, q]));

const server = http.createServer((req, res) => {
  const chunks = [];
  req.on('data', (chunk) => chunks.push(chunk));
  req.on('end', async () => {
    try {
      const { name, params } = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      const query = queries.get(name);
      if (!query) throw new Error(`unknown query ${name}`);
      const result = await pool.query({ text: query.sql, values: params, name });
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(result.rows[0].body);
    } catch (error) {
      res.writeHead(500, { 'content-type': 'text/plain' });
      res.end(String(error));
    }
  });
});
server.listen(Number(port), '127.0.0.1', () => process.send?.('ready'));
process.on('SIGTERM', () => server.close(() => pool.end().then(() => process.exit(0))));
