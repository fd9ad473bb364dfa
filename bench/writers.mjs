// W1's writers (shared/bench/WORKLOAD.md), as their own process: concurrent loops that, each with an
// EDITOR key of its organization, create events (3 organizers, 5 participants) and move
// recommendations of its organization to another status. Writers are paired on the same
// recommendations, in the same order, so that they race and some of them get CONFLICT.
// Reads its task from the JSON file named by argv[2]; prints the result as JSON on stdout.
import fs from 'node:fs';

const task = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const STATUSES = ['ADOPTED', 'IN_PROGRESS', 'IMPLEMENTED', 'REJECTED', 'PROPOSED'];

const CREATE_EVENT = `mutation W1CreateEvent($input: CreateEventInput!) { createEvent(input: $input) { event { id version } userErrors { code } } }`;
const READ_STATUS = `query W1Recommendation($id: ID!) { recommendation(id: $id) { version status } }`;
const UPDATE_STATUS = `mutation W1UpdateStatus($input: UpdateRecommendationStatusInput!) {
  updateRecommendationStatus(input: $input) { recommendation { version status } userErrors { code currentVersion } }
}`;

async function post(key, query, variables) {
  const response = await fetch(task.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
    body: JSON.stringify({ query, variables }),
  });
  return response.json();
}

const stats = {
  recording: false,
  latencies: [],
  creates: 0,
  statusChanges: 0,
  conflicts: 0,
  errors: 0,
  acknowledged: { createEvent: 0, updateRecommendationStatus: 0 },
};

async function timed(write) {
  const started = performance.now();
  const outcome = await write();
  if (stats.recording) stats.latencies.push(performance.now() - started);
  return outcome;
}

async function writer(w, index, deadline) {
  let serial = 0;
  let next = 0;
  while (Date.now() < deadline) {
    serial += 1;
    if (serial % 2 === 1) {
      const body = await timed(() =>
        post(w.key, CREATE_EVENT, {
          input: {
            title: { en: `W1 training ${index}-${serial}`, ru: `Тренинг W1 ${index}-${serial}` },
            kind: 'TRAINING',
            startsOn: '2026-03-01',
            region: w.district,
            organizers: [
              { organization: w.organization, role: 'ORGANIZER' },
              { organization: w.coOrganizers[serial % w.coOrganizers.length], role: 'CO_ORGANIZER' },
              { organization: w.coOrganizers[(serial + 1) % w.coOrganizers.length], role: 'CO_ORGANIZER' },
            ],
            participants: Array.from({ length: 5 }, (_, i) => ({
              role: i === 0 ? 'MODERATOR' : 'SPEAKER',
              official: w.officials[(serial + i) % w.officials.length],
            })),
          },
        }),
      );
      if (body.data?.createEvent?.event) {
        stats.acknowledged.createEvent += 1;
        if (stats.recording) stats.creates += 1;
      } else if (stats.recording) stats.errors += 1;
    } else {
      const id = w.recommendations[next % w.recommendations.length];
      next += 1;
      const read = await post(w.key, READ_STATUS, { id });
      const current = read.data?.recommendation;
      if (!current) {
        if (stats.recording) stats.errors += 1;
        continue;
      }
      const status = STATUSES[(STATUSES.indexOf(current.status) + 1) % STATUSES.length];
      const body = await timed(() =>
        post(w.key, UPDATE_STATUS, { input: { id, version: current.version, status, note: { en: `W1 writer ${index}` } } }),
      );
      const payload = body.data?.updateRecommendationStatus;
      if (payload?.recommendation && payload.userErrors.length === 0) {
        stats.acknowledged.updateRecommendationStatus += 1;
        if (stats.recording) stats.statusChanges += 1;
      } else if (payload?.userErrors?.some((e) => e.code === 'CONFLICT')) {
        if (stats.recording) stats.conflicts += 1;
      } else if (stats.recording) stats.errors += 1;
    }
  }
}

function percentile(sorted, p) {
  if (sorted.length === 0) return 0;
  return Math.round(sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]);
}

const warmupEnd = Date.now() + task.warmupSeconds * 1000;
const end = warmupEnd + task.seconds * 1000;
setTimeout(() => (stats.recording = true), task.warmupSeconds * 1000);
await Promise.all(task.writers.map((w, index) => writer(w, index, end)));
const sorted = stats.latencies.sort((a, b) => a - b);
process.stdout.write(
  JSON.stringify({
    writers: task.writers.length,
    writes: stats.creates + stats.statusChanges,
    writesPerSecond: Math.round(((stats.creates + stats.statusChanges) / task.seconds) * 10) / 10,
    creates: stats.creates,
    statusChanges: stats.statusChanges,
    conflicts: stats.conflicts,
    errors: stats.errors,
    p50Ms: percentile(sorted, 50),
    p99Ms: percentile(sorted, 99),
    acknowledged: stats.acknowledged,
  }),
);
