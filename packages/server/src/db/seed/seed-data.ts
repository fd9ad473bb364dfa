import type { LocalizedText } from '../../sql/table';
import type { ServiceProfileData } from '../../modules/organizations/organization.store';

/** A seed names records by slug; the applier resolves slugs to ids. */
type Slug = string;

export interface SeedData {
  /** Recorded in seed_history: a seed is applied once per database. */
  name: string;
  sources: Array<{
    slug: Slug;
    title: LocalizedText;
    publisher: LocalizedText | null;
    publishedOn: string | null;
    url: string | null;
    language: 'EN' | 'RU' | 'KK';
    kind: string;
  }>;
  regions: Array<{
    slug: Slug;
    kind: string;
    parent: Slug | null;
    name: LocalizedText;
    validFrom?: string;
    validUntil?: string;
    note?: LocalizedText;
    sources: Slug[];
  }>;
  regionSuccessions: Array<{ predecessor: Slug; successor: Slug; effectiveOn: string | null; sources: Slug[] }>;
  organizations: Array<{
    slug: Slug;
    kind: string;
    region: Slug | null;
    parent?: Slug;
    name: LocalizedText;
    shortName?: LocalizedText;
    description?: LocalizedText;
    serviceProfile?: ServiceProfileData;
    contacts?: Array<{ kind: string; value: string; label?: LocalizedText }>;
    sources: Slug[];
  }>;
  officials: Array<{
    slug: Slug;
    fullName: LocalizedText;
    posts: Array<{ organization: Slug; title: LocalizedText; startedOn?: string; endedOn?: string; attestedOn?: string }>;
    sources: Slug[];
  }>;
  events: Array<{
    slug: Slug;
    kind: string;
    status: string;
    startsOn: string | null;
    endsOn: string | null;
    title: LocalizedText;
    region: Slug | null;
    city: LocalizedText | null;
    partOf: Slug | null;
    summary?: LocalizedText;
    occasion?: LocalizedText;
    topics?: LocalizedText[];
    conclusions?: LocalizedText[];
    organizers: Array<{ organization: Slug; role: string }>;
    participants: Array<{ role: string; official?: Slug; organization?: Slug; title?: LocalizedText; note?: LocalizedText }>;
    sources: Slug[];
  }>;
  programmes: Array<{
    slug: Slug;
    name: LocalizedText;
    description?: LocalizedText;
    leadOrganization: Slug | null;
    sources: Slug[];
    pilots: Array<{
      slug: Slug;
      region: Slug;
      name: LocalizedText;
      startedOn: string | null;
      startedOnPrecision: 'DAY' | 'MONTH' | 'YEAR';
      status: string;
      areas: Array<{ name: LocalizedText; region: Slug | null; unitCount: number | null }>;
      measures: Array<{
        kind: string;
        status: string;
        title: LocalizedText;
        description?: LocalizedText;
        organization?: Slug;
        audiences?: LocalizedText[];
      }>;
      indicators: Array<{
        indicator: string;
        value: string;
        qualifier: string;
        region: Slug;
        periodStart: string;
        periodEnd: string;
        statedAs?: LocalizedText;
        kind?: 'ACTUAL' | 'TARGET';
      }>;
      sources: Slug[];
    }>;
  }>;
  recommendations: Array<{
    slug: Slug;
    event: Slug;
    theme: string;
    status: string;
    text: LocalizedText;
    dueOn: string | null;
    responsibleOrganizations: Slug[];
    history: Array<{ fromStatus: string | null; toStatus: string; changedOn: string; changedBy?: LocalizedText; note?: LocalizedText }>;
    sources: Slug[];
  }>;
}
