import { BadUserInputError } from '../errors';

/**
 * The GraphQL types that have global IDs. Empty until the module registry (`modules.ts`) registers
 * its features' node types, which it does when it is first imported: the list is the registry's.
 */
const ID_TYPES = new Set<string>();

export function registerIdTypes(types: Iterable<string>): void {
  for (const type of types) ID_TYPES.add(type);
}

/** The types `node(id:)` returns (every registered node type), registered by the module registry too. */
const NODE_TYPES = new Set<string>();

export function registerNodeTypes(types: Iterable<string>): void {
  for (const type of types) NODE_TYPES.add(type);
}

/** The GraphQL types `node(id:)` finds records of. */
export function nodeTypes(): readonly string[] {
  return [...NODE_TYPES];
}

/** Whether `type` is a GraphQL type with global IDs. */
export function isIdType(type: string): boolean {
  return ID_TYPES.has(type);
}

/** Opaque to clients: base64url of `Type:databaseId`. */
export function toGlobalId(type: string, id: string): string {
  return Buffer.from(`${type}:${id}`, 'utf8').toString('base64url');
}

export interface DecodedId {
  type: string;
  id: string;
}

/** Whether `value` has the shape of a global ID (as opposed to a slug, which is lowercase). */
export function looksLikeGlobalId(value: string): boolean {
  return /^[A-Z][A-Za-z0-9_-]*={0,2}$/.test(value);
}

/** The type and database id inside a global ID; null when `globalId` is not one (of a known type). */
export function parseGlobalId(globalId: string): DecodedId | null {
  const decoded = /^[A-Za-z0-9_-]+={0,2}$/.test(globalId) ? Buffer.from(globalId, 'base64url').toString('utf8') : '';
  const match = /^([A-Za-z]+):([1-9][0-9]{0,17})$/.exec(decoded);
  const type = match?.[1];
  return match && type && ID_TYPES.has(type) ? { type, id: match[2] as string } : null;
}

export function decodeGlobalId(globalId: string, argument: string): DecodedId {
  const decoded = parseGlobalId(globalId);
  if (!decoded) throw new BadUserInputError(`"${globalId}" is not a valid Qorgau ID`, argument);
  return decoded;
}

/** Decodes an ID that must name a record of `expected` type (as in filters). */
export function decodeTypedId(globalId: string, expected: string, argument: string): string {
  const decoded = decodeGlobalId(globalId, argument);
  if (decoded.type !== expected) {
    throw new BadUserInputError(`"${globalId}" is the ID of a ${decoded.type}, not of a ${expected}`, argument);
  }
  return decoded.id;
}
