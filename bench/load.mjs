// The load generator, as its own process (shared/bench/WORKLOAD.md): autocannon with N
// connections, a warm-up, then the measured run. Each request takes the next body of the list.
// Reads its task as JSON on argv[2]; prints the result as JSON on stdout.
import autocannon from 'autocannon';

const task = JSON.parse(process.argv[2]);

function run(seconds) {
  let next = 0;
  return new Promise((resolve, reject) => {
    autocannon(
      {
        url: task.url,
        connections: task.connections,
        duration: seconds,
        headers: { 'content-type': 'application/json', ...task.headers },
        requests: [
          {
            method: 'POST',
            setupRequest: (request) => {
              const body = task.bodies[next % task.bodies.length];
              next += 1;
              return { ...request, body };
            },
          },
        ],
      },
      (error, result) => (error ? reject(error) : resolve(result)),
    );
  });
}

await run(task.warmupSeconds);
const result = await run(task.seconds);
process.stdout.write(
  JSON.stringify({
    rps: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    requests: result.requests.total,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  }),
);
