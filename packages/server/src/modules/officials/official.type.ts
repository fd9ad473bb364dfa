import { Field, ObjectType } from 'type-graphql';
import { Connection, Node, DateScalar } from '../../common/graphql';
import type { LocalizedText } from '../../common/localized-text';
import { RecordType, type RecordRow } from '../../common/record';
import { RowShape, recordFields } from '../../common/row-shape';

export interface OfficialRow extends RecordRow {
  fullName: LocalizedText;
}

export const OFFICIAL_SHAPE = new RowShape([...recordFields('Official'), ['fullName', (a) => `${a}.full_name`]]);

export const OFFICIAL_COLUMNS = OFFICIAL_SHAPE.columns('t');

export interface PostRow {
  id: string;
  officialId: string;
  organizationId: string;
  title: LocalizedText;
  startedOn: string | null;
  endedOn: string | null;
  attestedOn: string | null;
}

export const POST_COLUMNS = `p.id::text AS id, p.official_id::text AS "officialId", p.organization_id::text AS "organizationId",
  p.title, p.started_on AS "startedOn", p.ended_on AS "endedOn", p.attested_on AS "attestedOn"`;

/** SQL: a post known to be held today (a start on or before today and no end, or an end after today). */
export const POST_IS_CURRENT_SQL = `(p.started_on IS NOT NULL AND p.started_on <= current_date AND (p.ended_on IS NULL OR p.ended_on > current_date))`;

@ObjectType({ simpleResolvers: true, description: 'A post an official holds or held in an organization.' })
export class Post {
  @Field(() => DateScalar, { nullable: true, description: 'The first day in the post; null when the sources do not say.' }) startedOn!:
    string | null;
  @Field(() => DateScalar, { nullable: true, description: 'The last day in the post; null while held or when the sources do not say.' })
  endedOn!: string | null;
  @Field(() => DateScalar, {
    nullable: true,
    description: 'A day on which a source shows the post held, for posts whose start and end are not known.',
  })
  attestedOn!: string | null;
}

@ObjectType({
  simpleResolvers: true,
  implements: [Node, RecordType],
  description:
    'A person holding public posts. Officials are public figures: the registry keeps their names, posts and official contact points only.',
})
export class Official extends RecordType {}

export const OfficialConnection = Connection(Official, 'Official', 'officials');
