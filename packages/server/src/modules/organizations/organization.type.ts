import { Field, ID, Int, ObjectType } from 'type-graphql';
import { defineEnum, type EnumValue } from '../../graphql/enums';
import { Payload } from '../../graphql/payload';
import { Connection, Node } from '../../graphql/types';
import { RecordType } from '../sources/record.type';

export const OrganizationKind = defineEnum('OrganizationKind', 'What kind of body an organization is.', {
  STATE_BODY: 'A central state body: ministry, agency, administration, office.',
  LAW_ENFORCEMENT: "A law-enforcement body, such as the General Prosecutor's Office or the police.",
  PARLIAMENT: 'The Parliament or one of its chambers.',
  NATIONAL_COMMISSION: 'A national commission, such as the National Commission for Women and Family and Demographic Policy.',
  OMBUDSMAN: 'The human rights ombudsman and its centre.',
  INTERNATIONAL_ORGANIZATION: 'An international organization, such as UN Women, UNFPA or UNICEF.',
  NGO: 'A non-governmental organization.',
  LOCAL_EXECUTIVE_BODY: 'A local executive body (akimat or one of its departments).',
  SUPPORT_SERVICE: 'A support service for people affected by violence.',
  REHABILITATION_CENTRE: 'A rehabilitation centre.',
});
export type OrganizationKind = EnumValue<typeof OrganizationKind>;

export const ContactKind = defineEnum('ContactKind', 'The kind of an official contact point.', {
  PHONE: 'A telephone number.',
  EMAIL: 'An e-mail address.',
  WEBSITE: 'A website.',
  ADDRESS: 'A postal address.',
});
export type ContactKind = EnumValue<typeof ContactKind>;

@ObjectType({ simpleResolvers: true, description: 'An official contact point of an organization (never a personal one).' })
export class Contact {
  @Field(() => ContactKind, { description: 'The kind of contact point.' }) kind!: ContactKind;
  @Field({ description: 'The number, address or URL, as published.' }) value!: string;
}

@ObjectType({
  simpleResolvers: true,
  description: 'What a support service offers, as far as the sources state it; null where a source is silent.',
})
export class ServiceProfile {
  @Field(() => Boolean, { nullable: true, description: 'Whether its services are free of charge.' }) freeOfCharge!: boolean | null;
  @Field(() => Boolean, { nullable: true, description: 'Whether it is reachable for the rural population.' }) accessibleToRuralPopulation!:
    boolean | null;
  @Field(() => Boolean, { nullable: true, description: 'Whether it has crisis beds.' }) hasCrisisBeds!: boolean | null;
  @Field(() => Int, { nullable: true, description: 'How many crisis beds it has.' }) crisisBedCount!: number | null;
  @Field(() => Boolean, { nullable: true, description: 'Whether it runs a hotline.' }) hotline!: boolean | null;
}

@ObjectType({
  simpleResolvers: true,
  implements: [Node, RecordType],
  description:
    'A state body, law-enforcement body, commission, international organization, NGO, support service or centre taking part in the programme.',
})
export class Organization extends RecordType {
  @Field(() => OrganizationKind, { description: 'What kind of body it is.' }) kind!: OrganizationKind;
}

export const OrganizationConnection = Connection(Organization, 'Organization', 'organizations');

export const CreateOrganizationPayload = Payload('createOrganization', {
  organization: { type: () => Organization, description: 'The new organization.' },
});
export const UpdateOrganizationPayload = Payload('updateOrganization', {
  organization: { type: () => Organization, description: 'The organization as it is now (after a CONFLICT: as it stands, unchanged).' },
});
export const DeleteOrganizationPayload = Payload('deleteOrganization', {
  deletedOrganizationId: { type: () => ID, description: 'The ID the deleted organization had.' },
});
