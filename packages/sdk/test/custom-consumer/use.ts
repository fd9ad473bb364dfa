import { createClient } from '@qorgau/sdk';
import { RegionPages, YearlyEvents } from './queries';

const qorgau = createClient({ url: process.env.QORGAU_URL ?? 'http://localhost:4000/graphql' });

export async function main(): Promise<string> {
  const data = await qorgau.request(YearlyEvents, { from: '2017-01-01', to: '2017-12-31' });
  const first = data.eventStats[0];
  const count: number = first?.count ?? 0;
  const slug: string | undefined = first?.region?.slug;
  const start: string | undefined = first?.period?.start;
  // @ts-expect-error: the query does not select kind
  void first?.kind;
  const slugs: string[] = [];
  let totalCount = 0;
  for await (const page of qorgau.pages(RegionPages, { first: 2 })) {
    totalCount = page.regions.totalCount;
    slugs.push(...page.regions.nodes.map((node) => node.slug));
  }
  return JSON.stringify({ count, slug, start, regions: slugs.length, totalCount });
}

/** Never called: what the compiler must refuse. */
export function refused(): Promise<unknown> {
  // @ts-expect-error: from is a Date (a string), not a number
  return qorgau.request(YearlyEvents, { from: 2017, to: '2017-12-31' });
}

main().then(
  (line) => console.log(line),
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);
