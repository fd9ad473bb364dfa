// An app's own operations, typed by GraphQL Code Generator's client preset against the API's
// schema (@qorgau/schema/schema.graphql): `pnpm graphql-codegen` writes ./gql from these.
import { graphql } from './gql';

export const BucketFields = graphql(`
  fragment BucketFields on EventBucket {
    count
    region {
      slug
      name
    }
    period {
      start
      end
    }
  }
`);

export const YearlyEvents = graphql(`
  query YearlyEvents($from: Date!, $to: Date!) {
    eventStats(filter: { dateRange: { from: $from, to: $to } }, groupBy: [REGION, YEAR]) {
      ...BucketFields
    }
  }
`);

export const RegionPages = graphql(`
  query RegionPages($first: Int!, $after: String) {
    regions(first: $first, after: $after, orderBy: { field: NAME, direction: ASC }) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        slug
      }
    }
  }
`);
