import { BadUserInputError } from '../errors';

/** The GraphQL type names that have global IDs. */
export const NODE_TYPES = ['Event', 'Organization', 'Official', 'Region', 'Programme', 'PilotRegion', 'Recommendation', 'Source'] as const;
export type NodeType = (typeof NODE_TYPES)[number];

/** Opaque to clients: base64url of `Type:databaseId`. */
export function toGlobalId(type: NodeType, id: string): string {
  return Buffer.from(`${type}:${id}`, 'utf8').toString('base64url');
}

export interface DecodedId {
  type: NodeType;
  id: string;
}

export function decodeGlobalId(globalId: string, argument: string): DecodedId {
  const decoded = /^[A-Za-z0-9_-]+={0,2}$/.test(globalId) ? Buffer.from(globalId, 'base64url').toString('utf8') : '';
  const match = /^([A-Za-z]+):([1-9][0-9]{0,17})$/.exec(decoded);
  const type = match?.[1];
  if (!match || !type || !(NODE_TYPES as readonly string[]).includes(type)) {
    throw new BadUserInputError(`"${globalId}" is not a valid Qorgau ID`, argument);
  }
  return { type: type as NodeType, id: match[2] as string };
}

/** Decodes an ID that must name a record of `expected` type (as in filters). */
export function decodeTypedId(globalId: string, expected: NodeType, argument: string): string {
  const decoded = decodeGlobalId(globalId, argument);
  if (decoded.type !== expected) {
    throw new BadUserInputError(`"${globalId}" is the ID of a ${decoded.type}, not of a ${expected}`, argument);
  }
  return decoded.id;
}
