// The soak's load (pnpm soak), as its own process: readers loop over a mix of queries (Q1-Q5 and a
// few others) and writers, each with an EDITOR key, create events and move recommendations'
// statuses as writers.mjs does, two writers per organization racing on the same recommendations.
// Every request is recorded with its start, latency and outcome (OK, CONFLICT, an error code, an
// HTTP status or a network error); every write the API acknowledged is kept with its request id, so
// that the parent can look for its audit entry. The task comes from the parent over IPC; the records
// go back the same way once the deadline has passed.

/** Pause after an error, as a client with a short back-off would: no tight loop while the database is down. */
const ERROR_PAUSE_MS = 100;
const STATUSES = ['ADOPTED', 'IN_PROGRESS', 'IMPLEMENTED', 'REJECTED', 'PROPOSED'];

const CREATE_EVENT = `mutation SoakCreateEvent($input: CreateEventInput!) { createEvent(input: $input) { event { id version } userErrors { code } } }`;
const READ_STATUS = `query SoakRecommendation($id: ID!) { recommendation(id: $id) { version status } }`;
const UPDATE_STATUS = `mutation SoakUpdateStatus($input: UpdateRecommendationStatusInput!) {
  updateRecommendationStatus(input: $input) { recommendation { id version status } userErrors { code currentVersion } }
}`;

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const now = () => performance.timeOrigin + performance.now();

// The parent going away ends the load.
process.on('disconnect', () => process.exit(1));

process.once('message', async (task) => {
  const operations = [...task.reads.map((read) => read.name), 'W read status', 'W createEvent', 'W updateRecommendationStatus'];
  const operationIndex = new Map(operations.map((name, i) => [name, i]));
  const outcomes = [];
  const outcomeIndex = new Map();
  /** [start ms after t0, latency ms, operation index, outcome index] per request. */
  const records = [];
  const acknowledged = [];
  /** Writes the client saw fail (not conflicts): they may have committed all the same. */
  const failedWrites = [];

  function networkOutcome(error) {
    if (error?.name === 'TimeoutError' || error?.name === 'AbortError') return 'TIMEOUT';
    const code = error?.cause?.code ?? error?.code;
    return `NETWORK ${code ?? error?.name ?? 'error'}`;
  }

  function record(operation, started, outcome) {
    if (!outcomeIndex.has(outcome)) {
      outcomeIndex.set(outcome, outcomes.length);
      outcomes.push(outcome);
    }
    records.push([
      Math.round(started - task.t0),
      Math.round((now() - started) * 10) / 10,
      operationIndex.get(operation),
      outcomeIndex.get(outcome),
    ]);
  }

  /** One POST; the outcome names what the client saw: OK, the GraphQL error codes, the HTTP status or the network error. */
  async function post(body, headers = {}) {
    const started = now();
    let outcome;
    let json = null;
    try {
      const response = await fetch(task.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body,
        signal: AbortSignal.timeout(task.timeoutMs),
      });
      const text = await response.text();
      try {
        json = JSON.parse(text);
      } catch {
        json = null;
      }
      const codes = [...new Set((json?.errors ?? []).map((e) => e?.extensions?.code ?? 'NO_CODE'))].sort().join('+');
      if (response.status !== 200) outcome = `HTTP ${response.status}${codes ? ` ${codes}` : ''}`;
      else if (json === null) outcome = 'HTTP 200 not JSON';
      else if (codes) outcome = codes;
      else outcome = 'OK';
    } catch (error) {
      outcome = networkOutcome(error);
    }
    return { started, outcome, json };
  }

  async function reader(index, deadline) {
    const counters = task.reads.map(() => index * 7);
    let next = index;
    while (now() < deadline) {
      const which = next % task.reads.length;
      next += 1;
      const read = task.reads[which];
      const variables = read.variables[counters[which] % read.variables.length];
      counters[which] += 1;
      const { started, outcome } = await post(JSON.stringify({ query: read.query, variables }));
      record(read.name, started, outcome);
      if (outcome !== 'OK') await sleep(ERROR_PAUSE_MS);
    }
  }

  async function writer(w, index, deadline) {
    let serial = 0;
    let next = 0;
    while (now() < deadline) {
      serial += 1;
      const requestId = `soak-w${index}-${serial}`;
      const headers = { authorization: `Bearer ${w.key}`, 'x-request-id': requestId };
      let ok;
      if (serial % 2 === 1) {
        const { started, outcome, json } = await post(
          JSON.stringify({
            query: CREATE_EVENT,
            variables: {
              input: {
                title: { en: `Soak training ${index}-${serial}`, ru: `Тренинг soak ${index}-${serial}` },
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
            },
          }),
          headers,
        );
        const payload = json?.data?.createEvent;
        let result = outcome;
        if (outcome === 'OK') {
          if (payload?.event && payload.userErrors.length === 0) {
            acknowledged.push({ requestId, operation: 'createEvent', recordType: 'Event', id: payload.event.id });
          } else result = `USER_ERROR ${payload?.userErrors?.map((e) => e.code).join('+') ?? 'no payload'}`;
        }
        record('W createEvent', started, result);
        if (result !== 'OK')
          failedWrites.push({ requestId, operation: 'createEvent', outcome: result, start: Math.round(started - task.t0) });
        ok = result === 'OK';
      } else {
        const id = w.recommendations[next % w.recommendations.length];
        next += 1;
        const read = await post(JSON.stringify({ query: READ_STATUS, variables: { id } }), { authorization: `Bearer ${w.key}` });
        const current = read.json?.data?.recommendation;
        record('W read status', read.started, read.outcome === 'OK' && !current ? 'NOT_FOUND' : read.outcome);
        if (read.outcome === 'OK' && current) {
          const status = STATUSES[(STATUSES.indexOf(current.status) + 1) % STATUSES.length];
          const { started, outcome, json } = await post(
            JSON.stringify({
              query: UPDATE_STATUS,
              variables: { input: { id, version: current.version, status, note: { en: `Soak writer ${index}` } } },
            }),
            headers,
          );
          const payload = json?.data?.updateRecommendationStatus;
          let result = outcome;
          if (outcome === 'OK') {
            if (payload?.recommendation && payload.userErrors.length === 0) {
              acknowledged.push({ requestId, operation: 'updateRecommendationStatus', recordType: 'Recommendation', id });
            } else if (payload?.userErrors?.some((e) => e.code === 'CONFLICT')) result = 'CONFLICT';
            else result = `USER_ERROR ${payload?.userErrors?.map((e) => e.code).join('+') ?? 'no payload'}`;
          }
          record('W updateRecommendationStatus', started, result);
          if (result !== 'OK' && result !== 'CONFLICT')
            failedWrites.push({
              requestId,
              operation: 'updateRecommendationStatus',
              outcome: result,
              start: Math.round(started - task.t0),
            });
          ok = result === 'OK' || result === 'CONFLICT';
        } else ok = false;
      }
      if (!ok) await sleep(ERROR_PAUSE_MS);
    }
  }

  await sleep(Math.max(0, task.t0 - now()));
  const deadline = task.t0 + task.durationMs;
  await Promise.all([
    ...Array.from({ length: task.readers }, (_, i) => reader(i, deadline)),
    ...task.writers.map((w, i) => writer(w, i, deadline)),
  ]);
  process.send({ operations, outcomes, records, acknowledged, failedWrites }, () => process.exit(0));
});
