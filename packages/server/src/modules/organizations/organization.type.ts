import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Connection, Node } from '../../common/graphql';
import type { LocalizedText } from '../../common/localized-text';
import { RecordType, recordColumns, type RecordRow } from '../../common/record';
import type { ServiceProfileData } from './organization.entity';

export const OrganizationKind = {
  STATE_BODY: 'STATE_BODY', LAW_ENFORCEMENT: 'LAW_ENFORCEMENT', PARLIAMENT: 'PARLIAMENT', NATIONAL_COMMISSION: 'NATIONAL_COMMISSION',
  OMBUDSMAN: 'OMBUDSMAN', INTERNATIONAL_ORGANIZATION: 'INTERNATIONAL_ORGANIZATION', NGO: 'NGO',
  LOCAL_EXECUTIVE_BODY: 'LOCAL_EXECUTIVE_BODY', SUPPORT_SERVICE: 'SUPPORT_SERVICE', REHABILITATION_CENTRE: 'REHABILITATION_CENTRE',
} as const;
export type OrganizationKind = (typeof OrganizationKind)[keyof typeof OrganizationKind];
registerEnumType(OrganizationKind, {
  name: 'OrganizationKind',
  description: 'What kind of body an organization is.',
  valuesConfig: {
    STATE_BODY: { description: 'A central state body: ministry, agency, administration, office.' },
    LAW_ENFORCEMENT: { description: "A law-enforcement body, such as the General Prosecutor's Office or the police." },
    PARLIAMENT: { description: 'The Parliament or one of its chambers.' },
    NATIONAL_COMMISSION: { description: 'A national commission, such as the National Commission for Women and Family and Demographic Policy.' },
    OMBUDSMAN: { description: 'The human rights ombudsman and its centre.' },
    INTERNATIONAL_ORGANIZATION: { description: 'An international organization, such as UN Women, UNFPA or UNICEF.' },
    NGO: { description: 'A non-governmental organization.' },
    LOCAL_EXECUTIVE_BODY: { description: 'A local executive body (akimat or one of its departments).' },
    SUPPORT_SERVICE: { description: 'A support service for people affected by violence.' },
    REHABILITATION_CENTRE: { description: 'A rehabilitation centre.' },
  },
});

export const ContactKind = { PHONE: 'PHONE', EMAIL: 'EMAIL', WEBSITE: 'WEBSITE', ADDRESS: 'ADDRESS' } as const;
export type ContactKind = (typeof ContactKind)[keyof typeof ContactKind];
registerEnumType(ContactKind, {
  name: 'ContactKind',
  description: 'The kind of an official contact point.',
  valuesConfig: {
    PHONE: { description: 'A telephone number.' }, EMAIL: { description: 'An e-mail address.' },
    WEBSITE: { description: 'A website.' }, ADDRESS: { description: 'A postal address.' },
  },
});

export interface ContactRow {
  kind: ContactKind;
  value: string;
  label: LocalizedText | null;
}

export interface OrganizationRow extends RecordRow {
  name: LocalizedText;
  shortName: LocalizedText | null;
  kind: OrganizationKind;
  parentId: string | null;
  regionId: string | null;
  description: LocalizedText | null;
  serviceProfile: ServiceProfileData | null;
}

export const ORGANIZATION_COLUMNS = `${recordColumns('Organization')}, t.name, t.short_name AS "shortName", t.kind,
  t.parent_id::text AS "parentId", t.region_id::text AS "regionId", t.description, t.service_profile AS "serviceProfile"`;

@ObjectType({ description: 'An official contact point of an organization (never a personal one).' })
export class Contact {
  @Field(() => ContactKind, { description: 'The kind of contact point.' }) kind!: ContactKind;
  @Field({ description: 'The number, address or URL, as published.' }) value!: string;
}

@ObjectType({ description: 'What a support service offers, as far as the sources state it; null where a source is silent.' })
export class ServiceProfile {
  @Field(() => Boolean, { nullable: true, description: 'Whether its services are free of charge.' }) freeOfCharge!: boolean | null;
  @Field(() => Boolean, { nullable: true, description: 'Whether it is reachable for the rural population.' }) accessibleToRuralPopulation!: boolean | null;
  @Field(() => Boolean, { nullable: true, description: 'Whether it has crisis beds.' }) hasCrisisBeds!: boolean | null;
}

@ObjectType({ implements: [Node, RecordType], description: 'A state body, law-enforcement body, commission, international organization, NGO, support service or centre taking part in the programme.' })
export class Organization extends RecordType {
  @Field(() => OrganizationKind, { description: 'What kind of body it is.' }) kind!: OrganizationKind;
}

export const OrganizationConnection = Connection(Organization, 'Organization', 'organizations');
