// A consumer of the built @qorgau/sdk: compiled by test/consumer.test.ts with tsc, as an app would.
// Every @ts-expect-error below must be an error, or the compilation fails.
import {
  createClient,
  isUserErrorsOf,
  QorgauGraphQLError,
  type ErrorCode,
  type EventsQuery,
  type ItemOf,
  type UserErrorCode,
} from '@qorgau/sdk';

export async function main(url: string): Promise<string[]> {
  const qorgau = createClient({ url, apiKey: 'key', headers: { 'x-app': 'consumer' }, timeoutMs: 5000, retries: 1, lang: 'RU' });

  const page = await qorgau.events({ first: 20, filter: { kinds: ['CONFERENCE'], dateRange: { from: '2017-01-01' } } });
  const title: string = page.events.nodes[0]!.title;
  const startsOn: string | null = page.events.nodes[0]!.startsOn;
  const total: number = page.events.totalCount;
  const typedPage: EventsQuery = page;

  // @ts-expect-error: a misspelled field does not exist on the result
  page.events.nodes[0]!.titel;

  // @ts-expect-error: first is an Int, not a string
  await qorgau.events({ first: '20' });

  // @ts-expect-error: an enum value that does not exist
  await qorgau.events({ filter: { kinds: ['PARTY'] } });

  // @ts-expect-error: search needs its query
  await qorgau.search({ first: 5 });

  // @ts-expect-error: there is no such operation
  await qorgau.evnts();

  // A mutation's input is typed: an event needs its organizers; roles are a closed union.
  // @ts-expect-error: organizers are required
  await qorgau.createEvent({ input: { title: { en: 'x' }, kind: 'TRAINING' } });
  // @ts-expect-error: an organizer role that does not exist
  await qorgau.createEvent({ input: { title: { en: 'x' }, kind: 'TRAINING', organizers: [{ organization: 'gpo', role: 'HOST' }] } });
  try {
    const created = await qorgau.updateEvent({ input: { id: 'x', version: 1, title: { kk: 'y' } } });
    const version: number | undefined = created.updateEvent?.event?.version;
    void version;
  } catch (error) {
    if (isUserErrorsOf(error, 'updateEvent')) {
      const code: UserErrorCode | undefined = error.conflict?.code;
      const current: number | null | undefined = error.data.updateEvent?.event?.version;
      // @ts-expect-error: the payload of updateEvent has no organization
      void error.data.updateEvent?.organization;
      void code;
      void current;
    }
  }

  const slugs: string[] = [];
  for await (const event of qorgau.paginate.events({ first: 50 })) {
    const kind: 'CONFERENCE' | 'TRAINING' | 'OUTREACH' | 'CAMPAIGN' | 'MEETING' | 'OTHER' = event.kind;
    slugs.push(event.slug, kind);
  }
  const item: ItemOf<'organizations'> | undefined = undefined;
  void item;

  try {
    await qorgau.event({ id: 'bad' });
  } catch (error) {
    if (error instanceof QorgauGraphQLError) {
      const code: ErrorCode | undefined = error.code;
      // @ts-expect-error: codes are a closed union
      const wrong: typeof code = 'NOT_A_CODE';
      void wrong;
    }
  }
  return [title, String(startsOn), String(total), String(typedPage.events.totalCount), ...slugs];
}
