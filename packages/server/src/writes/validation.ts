import { UserErrorCode } from '@qorgau/schema';
import type { LocalizedTextInput, LocationInput } from '../graphql/inputs';
import type { UserErrorData } from '../graphql/user-errors';
import { parseGlobalId } from '../graphql/global-id';
import type { LocalizedText } from '../sql/table';

/** Where a value sits in a mutation's arguments: `['input', 'organizers', 0, 'organization']`. */
export type FieldPath = ReadonlyArray<string | number>;

/**
 * Refuses a write for its input: the transaction rolls back and the mutation answers with these
 * user errors instead of a record. `currentRecordId` names a record that the payload shows as it
 * stands (after a CONFLICT, so that the client sees what it raced with).
 */
export class UserInputError extends Error {
  constructor(
    readonly errors: UserErrorData[],
    readonly currentRecordId: string | null = null,
  ) {
    super(errors.map((e) => `${e.code}: ${e.message}`).join('; '));
    this.name = 'UserInputError';
  }
}

/** A broken rule as the client is told it: the user error's code and message (each feature's `x.errors.ts`). */
export interface RuleViolation {
  code: UserErrorCode;
  message: string;
}

/** Limits of the registry's fields, in characters (after trimming). */
export const MAX_LENGTH = {
  name: 500,
  shortName: 100,
  text: 5000,
  slug: 120,
  url: 2000,
  contact: 500,
} as const;

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const LANGUAGE_KEYS = ['en', 'ru', 'kk'] as const;

export function fieldOf(path: FieldPath): string[] {
  return path.map(String);
}

/**
 * Collects the user errors of one mutation's input, each with its field path and code, so that a
 * client learns every problem at once. Checks return the cleaned value (trimmed texts, languages
 * without empty strings); `undefined` stays undefined (an update leaves the field alone).
 */
export class Validator {
  readonly errors: UserErrorData[] = [];

  add(path: FieldPath | null, code: UserErrorCode, message: string, currentVersion?: number): void {
    this.errors.push({ field: path ? fieldOf(path) : null, message, code, ...(currentVersion !== undefined ? { currentVersion } : {}) });
  }

  /** Records that the input at `path` breaks a rule of its feature. */
  reject(path: FieldPath, violation: RuleViolation, currentVersion?: number): void {
    this.add(path, violation.code, violation.message, currentVersion);
  }

  /** A field that may be omitted from an update but not cleared: null is REQUIRED. */
  notNull(path: FieldPath, value: unknown): void {
    if (value === null) this.add(path, UserErrorCode.REQUIRED, 'must not be null');
  }

  get failed(): boolean {
    return this.errors.length > 0;
  }

  /** Ends the write when anything was wrong. */
  throwIfAny(currentRecordId: string | null = null): void {
    if (this.failed) throw new UserInputError(this.errors, currentRecordId);
  }

  /** A plain text: trimmed, at most `max` characters. `required`: null or empty is an error. */
  text(path: FieldPath, value: string | null | undefined, options: { max: number; required?: boolean }): string | null | undefined {
    if (value === undefined) return undefined;
    // PostgreSQL text cannot hold NUL: refused here rather than failing in the database.
    if (value?.includes('\u0000')) {
      this.add(path, UserErrorCode.INVALID, 'must not contain NUL characters');
      return null;
    }
    const trimmed = value?.trim() ?? '';
    if (trimmed === '') {
      if (options.required) this.add(path, UserErrorCode.REQUIRED, 'must not be empty');
      return null;
    }
    if (trimmed.length > options.max)
      this.add(path, UserErrorCode.INVALID, `must be at most ${options.max} characters, got ${trimmed.length}`);
    return trimmed;
  }

  /** A text in up to three languages, at least one of them given when the text is. */
  localized(
    path: FieldPath,
    value: LocalizedTextInput | null | undefined,
    options: { max: number; required?: boolean },
  ): LocalizedText | null | undefined {
    if (value === undefined) return undefined;
    if (value === null) {
      if (options.required) this.add(path, UserErrorCode.REQUIRED, 'must be given in at least one of en, ru, kk');
      return null;
    }
    const text: LocalizedText = {};
    const errorsBefore = this.errors.length;
    for (const key of LANGUAGE_KEYS) {
      const cleaned = this.text([...path, key], value[key], { max: options.max });
      if (cleaned) text[key] = cleaned;
    }
    // A language refused on its own path says enough; "give one language" would mislead.
    if (Object.keys(text).length === 0 && this.errors.length === errorsBefore) {
      this.add(path, options.required ? UserErrorCode.REQUIRED : UserErrorCode.INVALID, 'must be given in at least one of en, ru, kk');
    }
    return Object.keys(text).length === 0 ? null : text;
  }

  /** A list of localized texts (topics, audiences), each required. */
  localizedList(
    path: FieldPath,
    values: readonly LocalizedTextInput[] | null | undefined,
    options: { max: number; maxItems: number },
  ): LocalizedText[] | undefined {
    if (values === undefined) return undefined;
    if (values === null) return [];
    this.maxItems(path, values, options.maxItems);
    return values.map((value, index) => this.localized([...path, index], value, { max: options.max, required: true }) ?? {});
  }

  /** A new slug for an existing record: a record keeps one, so null is REQUIRED. */
  changedSlug(path: FieldPath, value: string | null | undefined): string | null | undefined {
    this.notNull(path, value);
    return this.slug(path, value);
  }

  /** A slug: lowercase letters, digits and single hyphens (null or omitted on create: one is made). */
  slug(path: FieldPath, value: string | null | undefined): string | null | undefined {
    const cleaned = this.text(path, value, { max: MAX_LENGTH.slug });
    if (cleaned && !SLUG.test(cleaned)) {
      this.add(
        path,
        UserErrorCode.INVALID,
        'must be lowercase letters and digits separated by single hyphens, e.g. `regional-crisis-centre`',
      );
    }
    return cleaned;
  }

  /** An http(s) URL. */
  url(path: FieldPath, value: string | null | undefined): string | null | undefined {
    const cleaned = this.text(path, value, { max: MAX_LENGTH.url });
    if (!cleaned) return cleaned;
    try {
      const url = new URL(cleaned);
      if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error('not http');
    } catch {
      this.add(path, UserErrorCode.INVALID, 'must be an http or https URL');
    }
    return cleaned;
  }

  /** A list of at most `max` items. */
  maxItems(path: FieldPath, values: readonly unknown[] | null | undefined, max: number): void {
    if (values && values.length > max) this.add(path, UserErrorCode.INVALID, `takes at most ${max} items, got ${values.length}`);
  }

  /**
   * Refuses every item whose key an earlier item has, at `pathOf(index)`. Items without a key (a
   * reference not found, an empty value) are left to the errors they already have.
   */
  unique<T>(
    items: readonly T[] | null | undefined,
    keyOf: (item: T) => string | undefined,
    pathOf: (index: number) => FieldPath,
    violation: RuleViolation,
  ): void {
    const seen = new Set<string>();
    items?.forEach((item, index) => {
      const key = keyOf(item);
      if (!key) return;
      if (seen.has(key)) this.reject(pathOf(index), violation);
      seen.add(key);
    });
  }

  /**
   * A location: coordinates within their ranges, both or neither, and an address; at least one of
   * them. Null clears it (every column null); omitted leaves it.
   */
  location(
    path: FieldPath,
    value: LocationInput | null | undefined,
  ): { latitude: number | null; longitude: number | null; address: LocalizedText | null } | undefined {
    if (value === undefined) return undefined;
    if (value === null) return { latitude: null, longitude: null, address: null };
    const latitude = value.latitude ?? null;
    const longitude = value.longitude ?? null;
    if (latitude !== null && !(latitude >= -90 && latitude <= 90))
      this.add([...path, 'latitude'], UserErrorCode.INVALID, 'must be from -90 to 90');
    if (longitude !== null && !(longitude >= -180 && longitude <= 180)) {
      this.add([...path, 'longitude'], UserErrorCode.INVALID, 'must be from -180 to 180');
    }
    if ((latitude === null) !== (longitude === null)) {
      this.add([...path, latitude === null ? 'latitude' : 'longitude'], UserErrorCode.REQUIRED, 'is required with the other coordinate');
    }
    const address = this.localized([...path, 'address'], value.address, { max: MAX_LENGTH.name }) ?? null;
    if (latitude === null && longitude === null && address === null && value.address == null) {
      this.add(path, UserErrorCode.INVALID, 'must give coordinates, an address or both (null clears the location)');
    }
    return { latitude, longitude, address };
  }

  /**
   * The sub-records a replaced list keeps (participants, contacts, measures): each item's `id`, the
   * global ID of a `typename` among `existing` (this record's own), at most once; null for a new
   * item. A wrong one is INVALID at `pathOf(index)`.
   */
  subRecordIds(
    ids: ReadonlyArray<string | null | undefined>,
    typename: string,
    existing: ReadonlySet<string>,
    pathOf: (index: number) => FieldPath,
  ): Array<string | null> {
    const seen = new Set<string>();
    return ids.map((globalId, index) => {
      if (globalId == null) return null;
      const decoded = parseGlobalId(globalId);
      if (decoded?.type !== typename) {
        this.add(pathOf(index), UserErrorCode.INVALID, `is not the ID of a ${typename}`);
        return null;
      }
      if (!existing.has(decoded.id)) {
        this.add(pathOf(index), UserErrorCode.INVALID, `is not one of this record's, so it cannot be kept (omit it for a new one)`);
        return null;
      }
      if (seen.has(decoded.id)) {
        this.add(pathOf(index), UserErrorCode.INVALID, 'is listed twice');
        return null;
      }
      seen.add(decoded.id);
      return decoded.id;
    });
  }

  /** A non-negative number. */
  nonNegative(path: FieldPath, value: number | null | undefined): void {
    if (value !== null && value !== undefined && (!Number.isFinite(value) || value < 0))
      this.add(path, UserErrorCode.INVALID, 'must be zero or more');
  }
}
