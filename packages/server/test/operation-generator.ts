import {
  getNamedType,
  getNullableType,
  isAbstractType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  isUnionType,
  parse,
  print,
  type GraphQLAbstractType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputObjectType,
  type GraphQLInputType,
  type GraphQLInterfaceType,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';

/**
 * Random valid query operations for the differential test, derived from the schema alone: the same
 * operation is sent to the server that compiles SQL and to the one with ordinary resolvers, and their
 * answers are compared. Everything here stays well within the server's limits (depth 12, 30
 * aliases, 50 directives, a query cost of 250,000), so that both servers answer rather than refuse.
 */

export interface GeneratorPools {
  /** Global IDs of existing records by GraphQL type name (e.g. 'Event' -> [...]). */
  ids: Record<string, string[]>;
  /** Slugs of existing records by GraphQL type name. */
  slugs: Record<string, string[]>;
  /** Cursors seen in earlier answers, by connection type name (e.g. 'EventConnection'). May be empty. */
  cursors: Record<string, string[]>;
  /** Words that occur in the data (for full-text `query` filters and `search`). */
  words: string[];
}

export interface GeneratedOperation {
  /** The document text: one named query operation plus any fragment definitions it uses. */
  query: string;
  variables: Record<string, unknown>;
  /** An Accept-Language header value or undefined. */
  acceptLanguage: string | undefined;
}

/** Deterministic PRNG helper, exported for the test: mulberry32. */
export function randomSource(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function generateOperation(schema: GraphQLSchema, seed: number, pools: GeneratorPools): GeneratedOperation {
  return new OperationGenerator(schema, seed, pools).generate();
}

/** The root fields operations start from (the public read API; never keys, the audit log or the viewer). */
const ROOT_FIELDS = [
  'event',
  'events',
  'organization',
  'organizations',
  'official',
  'officials',
  'region',
  'regions',
  'recommendation',
  'recommendations',
  'pilotRegion',
  'pilotRegions',
  'programme',
  'programmes',
  'search',
  'node',
  'nodes',
  'changes',
  'source',
  'sources',
  'indicatorValues',
  'eventStats',
  'recommendationStats',
  'indicatorTotals',
];

/** Fields never selected at any level: they need a key, or answer differently per key. */
const FORBIDDEN_FIELDS = new Set(['apiKeys', 'auditLog', 'me', 'viewer']);

const ACCEPT_LANGUAGES = [undefined, 'ru', 'kk-KZ,ru;q=0.8', 'en'];
const FALLBACK_WORDS = ['violence', 'family', 'training', 'support'];

/** Record levels below the root: at the last, only leaf fields are selected. */
const MAX_LEVEL = 4;
/** Field depth, counting the root fields as 1 (the server allows 12). */
const MAX_FIELD_DEPTH = 11;
/** Connections nested on one path: each multiplies the cost by its page size. */
const MAX_CONNECTIONS_ON_PATH = 2;
const MAX_PAGE_SIZE = 5;
/** Below the server's 30 aliases and 50 directives. */
const MAX_ALIASES = 20;
const MAX_DIRECTIVES = 10;
/** Below the server's query cost limit of 250,000, as its own cost model counts (limits/query-cost.ts). */
const COST_BUDGET = 100_000;
/** The page size the server assumes for a connection without `first`/`last` (sql/pagination.ts). */
const DEFAULT_PAGE_SIZE = 20;
/**
 * The size the server counts for a plain list of objects whose field declares none (`@MaxItems` sets
 * the `maxItems` extension; a schema built from SDL has no extensions). The largest size declared,
 * so that the estimate never falls short of the server's count: with an SDL schema, plain lists of
 * records rarely nest.
 */
const UNKNOWN_LIST_ITEMS = 1000;

/** How often an optional argument is given, by name; others get DEFAULT_ARGUMENT_CHANCE. */
const ARGUMENT_CHANCE: Record<string, number> = { filter: 0.55, orderBy: 0.4, lang: 0.35, types: 0.4 };
const DEFAULT_ARGUMENT_CHANCE = 0.25;
const VARIABLE_CHANCE = 0.15;

/** The scalars the generator can make values of (others, such as JSONObject, are left out). */
const FILLABLE_SCALARS = new Set(['ID', 'String', 'Int', 'Float', 'Boolean', 'Date', 'DateTime']);

const DAY_MS = 86_400_000;
const FIRST_DAY = Date.UTC(2015, 0, 1);
const LAST_DAY = Date.UTC(2027, 11, 31);

type Composite = GraphQLObjectType | GraphQLInterfaceType;
type AnyField = GraphQLField<unknown, unknown>;

/** Where a selection set stands in the operation. */
interface Place {
  /** The record level of the set's type (the root Query is 0). */
  level: number;
  /** The depth of the fields in the set (root fields are 1). */
  depth: number;
  /** How many times the set runs in the server's cost model (page sizes and list sizes above it). */
  multiplier: number;
  /** Connections on the path to the set. */
  connections: number;
  /**
   * Response names used in the set, fragments included (they merge into one set): name -> signature.
   * A signature is shared by argument-less leaf fields of one name and type, which merge however
   * often they appear; '' marks a name that nothing else may take. Keeping names apart this way
   * satisfies OverlappingFieldsCanBeMerged (e.g. `status` is EventStatus on Event, PilotStatus on
   * PilotRegion, and the two cannot share a name inside one `node { ... }`).
   */
  scope: Map<string, string>;
  /** Fragments the set is nested in, to bound fragments within fragments. */
  nesting: number;
}

interface ArgumentChoice {
  argument: GraphQLArgument;
  value: unknown;
  asVariable: boolean;
}

/** The arguments chosen for a field, decided before the field is committed to the document. */
interface ArgumentPlan {
  choices: ArgumentChoice[];
  /** `first` or `last`, for the cost. */
  pageSize: number | undefined;
  /** Items of list arguments (the server counts each). */
  listItems: number;
  /** The number of `ids` given, when the field takes them (`nodes`). */
  idCount: number | undefined;
  /** The types of the records the given IDs name, to select fragments on. */
  idTypes: string[];
}

function isRequiredArgument(argument: GraphQLArgument): boolean {
  return isNonNullType(argument.type) && argument.defaultValue === undefined;
}

/** A Relay connection: the server counts its page size (limits/query-cost.ts tells them by name). */
function isConnection(type: GraphQLNamedType): type is GraphQLObjectType {
  if (!isObjectType(type) || !type.name.endsWith('Connection')) return false;
  const fields = type.getFields();
  return ['edges', 'nodes', 'pageInfo', 'totalCount'].every((name) => name in fields);
}

/** A type whose values the server counts as records fetched: as isRecordType in limits/query-cost.ts. */
function isRecord(type: GraphQLNamedType): boolean {
  if (isObjectType(type)) return type.getInterfaces().some((i) => i.name === 'Node');
  return isUnionType(type) || (isInterfaceType(type) && type.name === 'Node');
}

function declaredMaxItems(field: AnyField): number {
  const value = field.extensions?.['maxItems'];
  return typeof value === 'number' ? value : UNKNOWN_LIST_ITEMS;
}

function toGlobalId(type: string, id: number): string {
  return Buffer.from(`${type}:${id}`, 'utf8').toString('base64url');
}

/** Prints `value` (enum values as names, input objects as plain objects) as a literal of `type`. */
function printLiteral(value: unknown, type: GraphQLInputType): string {
  const nullable = getNullableType(type);
  if (value === null) return 'null';
  if (isListType(nullable)) {
    const items = Array.isArray(value) ? value : [value];
    return `[${items.map((item) => printLiteral(item, nullable.ofType as GraphQLInputType)).join(', ')}]`;
  }
  if (isInputObjectType(nullable)) {
    const fields = nullable.getFields();
    const entries = Object.entries(value as Record<string, unknown>).map(([name, fieldValue]) => {
      const field = fields[name];
      if (!field) throw new Error(`${nullable.name} has no field ${name}`);
      return `${name}: ${printLiteral(fieldValue, field.type)}`;
    });
    return `{ ${entries.join(', ')} }`;
  }
  if (isEnumType(nullable)) return String(value);
  return typeof value === 'string' ? JSON.stringify(value) : String(value);
}

class OperationGenerator {
  private readonly random: () => number;
  private readonly variableDefinitions: string[] = [];
  private readonly variables: Record<string, unknown> = {};
  private readonly fragments: string[] = [];
  /** The type each generated ID names, so that `node`/`nodes` select a fragment that matches. */
  private readonly idTypes = new Map<string, string>();
  /** Object type names, longest first, to tell which type an ID field (`pilotRegion`) refers to. */
  private readonly objectTypeNames: string[];
  private variableCount = 0;
  private fragmentCount = 0;
  private aliasCount = 0;
  private directiveCount = 0;
  private cost = 0;

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly seed: number,
    private readonly pools: GeneratorPools,
  ) {
    this.random = randomSource(seed);
    this.objectTypeNames = Object.values(schema.getTypeMap())
      .filter((type) => isObjectType(type) && !type.name.startsWith('__'))
      .map((type) => type.name)
      .sort((a, b) => b.length - a.length || a.localeCompare(b));
  }

  generate(): GeneratedOperation {
    const acceptLanguage = this.pick(ACCEPT_LANGUAGES);
    const roots = this.rootSelections();
    const definitions = this.variableDefinitions.length > 0 ? `(${this.variableDefinitions.join(', ')})` : '';
    const name = `Generated${Math.abs(Math.trunc(this.seed))}`;
    const text = [`query ${name}${definitions} { ${roots.join(' ')} }`, ...this.fragments].join('\n');
    // Parsing and printing formats the document (and would throw on a generator bug).
    return { query: print(parse(text)), variables: this.variables, acceptLanguage };
  }

  // Random choices -----------------------------------------------------------------------------------

  private chance(probability: number): boolean {
    return this.random() < probability;
  }

  /** An integer in [min, max]. */
  private int(min: number, max: number): number {
    return min + Math.floor(this.random() * (max - min + 1));
  }

  private pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick from an empty list');
    return items[Math.floor(this.random() * items.length)] as T;
  }

  /** `count` distinct items in random order. */
  private sample<T>(items: readonly T[], count: number): T[] {
    const copy = [...items];
    for (let i = 0; i < Math.min(count, copy.length); i++) {
      const j = i + Math.floor(this.random() * (copy.length - i));
      [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
    }
    return copy.slice(0, count);
  }

  // Values -------------------------------------------------------------------------------------------

  private words(): string[] {
    return this.pools.words.length > 0 ? this.pools.words : FALLBACK_WORDS;
  }

  private madeUpId(type: string): string {
    const id = toGlobalId(type, this.int(900_000, 999_999));
    this.idTypes.set(id, type);
    return id;
  }

  /** An ID of a record of `type`; sometimes a well-formed one of a record that does not exist. */
  private idOf(type: string, missing = 0.12): string {
    const pool = this.pools.ids[type] ?? [];
    if (pool.length === 0 || this.chance(missing)) return this.madeUpId(type);
    const id = this.pick(pool);
    this.idTypes.set(id, type);
    return id;
  }

  /** An ID of a record of any type in the pools. */
  private anyId(): string {
    const types = Object.keys(this.pools.ids).filter((type) => (this.pools.ids[type] ?? []).length > 0);
    if (this.chance(0.03)) return 'nope';
    return types.length > 0 ? this.idOf(this.pick(types), 0.1) : this.madeUpId('Event');
  }

  /** The ID a lookup by ID gets: mostly existing, sometimes unknown, rarely malformed. */
  private lookupId(type: string): string {
    return this.chance(0.05) ? 'nope' : this.idOf(type, 0.15);
  }

  private slugOf(type: string): string {
    const pool = this.pools.slugs[type] ?? [];
    if (pool.length === 0 || this.chance(0.15)) return `no-such-${type.toLowerCase()}-${this.int(1, 9999)}`;
    return this.pick(pool);
  }

  private date(): string {
    const day = this.int(0, Math.round((LAST_DAY - FIRST_DAY) / DAY_MS));
    return new Date(FIRST_DAY + day * DAY_MS).toISOString().slice(0, 10);
  }

  private dateTime(): string {
    const time = this.chance(0.6)
      ? 'T00:00:00.000Z'
      : `T${String(this.int(0, 23)).padStart(2, '0')}:${String(this.int(0, 59)).padStart(2, '0')}:00.000Z`;
    return `${this.date()}${time}`;
  }

  /** `from` <= `to` mostly; sometimes one end only; rarely reversed, which the servers must treat alike. */
  private dateRange(): Record<string, string> {
    const [a, b] = [this.date(), this.date()].sort();
    const [from, to] = [a as string, b as string];
    const roll = this.random();
    if (roll < 0.6) return { from, to };
    if (roll < 0.75) return { from };
    if (roll < 0.9) return { to };
    if (roll < 0.95) return { from, to: from };
    return { from: to, to: from };
  }

  /** The type an ID input field refers to, from its name (`region`, `responsibleOrganization`, `partOf`). */
  private idTypeOfField(fieldName: string, owner: string): string | undefined {
    if (fieldName === 'partOf') return 'Event';
    if (fieldName === 'parent') {
      // A region's parent is a region, an organization's an organization.
      const base = owner.replace(/(Filter|Input)$/, '');
      return isObjectType(this.schema.getType(base)) ? base : 'Organization';
    }
    const lower = fieldName.toLowerCase();
    return this.objectTypeNames.find((name) => lower.endsWith(name.toLowerCase()));
  }

  /** Whether a value of `type` can be made (custom scalars other than dates cannot). */
  private canFill(type: GraphQLInputType, nesting = 0): boolean {
    const named = getNamedType(type);
    if (isEnumType(named)) return named.getValues().length > 0;
    if (isScalarType(named)) return FILLABLE_SCALARS.has(named.name);
    if (nesting > 3) return false;
    return Object.values(named.getFields()).every(
      (field) => !(isNonNullType(field.type) && field.defaultValue === undefined) || this.canFill(field.type, nesting + 1),
    );
  }

  /**
   * A value of `type` for the input field or argument `name` of `owner` (an input type or the field's
   * parent type); undefined when none can be made.
   */
  private inputValue(type: GraphQLInputType, name: string, owner: string, nesting: number): unknown {
    const nullable = getNullableType(type);
    if (isListType(nullable)) {
      const itemType = nullable.ofType as GraphQLInputType;
      const itemNamed = getNamedType(itemType);
      const count = this.int(1, 2);
      // Enum lists hold distinct values, as filters by kinds or statuses do.
      if (isEnumType(itemNamed)) return this.sample(itemNamed.getValues(), count).map((value) => value.name);
      const items: unknown[] = [];
      for (let i = 0; i < count; i++) {
        const item = this.inputValue(itemType, name, owner, nesting);
        if (item === undefined) return undefined;
        items.push(item);
      }
      return items;
    }
    if (isEnumType(nullable)) return this.pick(nullable.getValues()).name;
    if (isInputObjectType(nullable)) return this.inputObject(nullable, nesting + 1);
    switch (nullable.name) {
      case 'ID': {
        const target = this.idTypeOfField(name, owner);
        return target ? this.idOf(target) : this.anyId();
      }
      case 'Boolean':
        return this.chance(0.5);
      case 'Int':
        return name === 'first' || name === 'last' ? this.int(1, MAX_PAGE_SIZE) : this.int(0, 5);
      case 'Float':
        return this.int(0, 40) / 4;
      case 'String':
        if (name === 'query') return this.sample(this.words(), this.int(1, 2)).join(' ');
        if (name === 'slug') return this.slugOf(owner);
        return this.pick(this.words());
      case 'Date':
        return this.date();
      case 'DateTime':
        return this.dateTime();
      default:
        return undefined;
    }
  }

  /** A random subset of the fields of an input object (all its required ones); undefined if it cannot be made. */
  private inputObject(type: GraphQLInputObjectType, nesting: number): Record<string, unknown> | undefined {
    const fields = Object.values(type.getFields());
    const names = fields.map((field) => field.name);
    if (names.includes('from') && names.includes('to')) return this.dateRange();
    if (nesting > 3) return undefined;
    const required = (field: (typeof fields)[number]) => isNonNullType(field.type) && field.defaultValue === undefined;
    const optional = fields.filter((field) => !required(field) && this.canFill(field.type, nesting));
    // Mostly one to three conditions; now and then none (`filter: {}`), which must match everything.
    const chosen = new Set(this.sample(optional, this.chance(0.05) ? 0 : this.int(1, Math.min(3, optional.length))));
    const value: Record<string, unknown> = {};
    for (const field of fields) {
      if (!required(field) && !chosen.has(field)) continue;
      const fieldValue = this.inputValue(field.type, field.name, type.name, nesting);
      if (fieldValue === undefined) {
        if (required(field)) return undefined;
        continue;
      }
      value[field.name] = fieldValue;
    }
    return value;
  }

  // Arguments ----------------------------------------------------------------------------------------

  /** Chooses the arguments of `field`; undefined when a required one cannot be given. */
  private planArguments(field: AnyField, parent: Composite): ArgumentPlan | undefined {
    const type = getNamedType(field.type);
    const byName = new Map(field.args.map((argument) => [argument.name, argument]));
    const choices: ArgumentChoice[] = [];
    const decided = new Set<string>();
    const give = (argument: GraphQLArgument, value: unknown) => {
      choices.push({ argument, value, asVariable: this.chance(VARIABLE_CHANCE) });
    };

    // A lookup by ID or by slug (`event(id:, slug:)`): exactly one of the two.
    const idArgument = byName.get('id');
    const slugArgument = byName.get('slug');
    if (idArgument && slugArgument && !isNonNullType(idArgument.type) && !isNonNullType(slugArgument.type)) {
      if (this.chance(0.6)) give(idArgument, this.lookupId(type.name));
      else give(slugArgument, this.slugOf(type.name));
      decided.add('id').add('slug');
    }

    let pageSize: number | undefined;
    if (isConnection(type)) {
      // Always a page size of at most 5, so that nested connections stay cheap.
      const first = byName.get('first');
      const last = byName.get('last');
      const cursors = this.pools.cursors[type.name] ?? [];
      const cursor = (): string | undefined => {
        if (this.chance(0.04)) return this.chance(0.5) ? 'bogus' : Buffer.from('not a cursor').toString('base64url');
        return cursors.length > 0 && this.chance(0.35) ? this.pick(cursors) : undefined;
      };
      if (last && (!first || this.chance(0.35))) {
        pageSize = this.int(1, MAX_PAGE_SIZE);
        give(last, pageSize);
        const before = byName.get('before');
        const value = before ? cursor() : undefined;
        if (before && value !== undefined) give(before, value);
      } else if (first) {
        pageSize = this.int(0, MAX_PAGE_SIZE);
        give(first, pageSize);
        const after = byName.get('after');
        const value = after ? cursor() : undefined;
        if (after && value !== undefined) give(after, value);
      }
      for (const name of ['first', 'last', 'after', 'before']) decided.add(name);
    }

    for (const argument of field.args) {
      if (decided.has(argument.name)) continue;
      const required = isRequiredArgument(argument);
      if (!required && !this.chance(ARGUMENT_CHANCE[argument.name] ?? DEFAULT_ARGUMENT_CHANCE)) continue;
      const value = this.argumentValue(argument, type, parent);
      if (value === undefined) {
        if (required) return undefined;
        continue;
      }
      give(argument, value);
    }

    let listItems = 0;
    let idCount: number | undefined;
    const idTypes: string[] = [];
    for (const { argument, value } of choices) {
      if (Array.isArray(value)) listItems += value.length;
      if (argument.name === 'ids' && Array.isArray(value)) idCount = value.length;
      if (argument.name === 'id' || argument.name === 'ids') {
        for (const id of [value].flat()) {
          const idType = typeof id === 'string' ? this.idTypes.get(id) : undefined;
          if (idType && !idTypes.includes(idType)) idTypes.push(idType);
        }
      }
    }
    return { choices, pageSize, listItems, idCount, idTypes };
  }

  private argumentValue(argument: GraphQLArgument, type: GraphQLNamedType, parent: Composite): unknown {
    if (argument.name === 'id' && getNamedType(argument.type).name === 'ID') {
      // `node(id:)` takes any record; a typed lookup an ID of its own type.
      return isObjectType(type) ? this.lookupId(type.name) : this.anyId();
    }
    if (argument.name === 'ids' && isListType(getNullableType(argument.type))) {
      return Array.from({ length: this.int(1, 4) }, () => this.anyId());
    }
    if (argument.name === 'slug') return this.slugOf(type.name);
    return this.inputValue(argument.type, argument.name, parent.name, 0);
  }

  /** Prints the chosen arguments, declaring the variables of those passed as variables. */
  private renderArguments(choices: ArgumentChoice[]): string {
    if (choices.length === 0) return '';
    const printed = choices.map(({ argument, value, asVariable }) => {
      if (!asVariable) return `${argument.name}: ${printLiteral(value, argument.type)}`;
      // The exact type of the argument, so that the variable fits where it is used.
      return `${argument.name}: $${this.declareVariable(String(argument.type), value)}`;
    });
    return `(${printed.join(', ')})`;
  }

  private declareVariable(type: string, value: unknown): string {
    const name = `v${(this.variableCount += 1)}`;
    this.variableDefinitions.push(`$${name}: ${type}`);
    this.variables[name] = value;
    return name;
  }

  /** Sometimes `@include(if: …)` or `@skip(if: …)`, with a literal or a Boolean variable; mostly keeping the selection. */
  private maybeDirective(probability: number): string {
    if (this.directiveCount >= MAX_DIRECTIVES || !this.chance(probability)) return '';
    this.directiveCount += 1;
    const include = this.chance(0.5);
    const keep = this.chance(0.75);
    const condition = include ? keep : !keep;
    const argument = this.chance(0.35) ? `$${this.declareVariable('Boolean!', condition)}` : String(condition);
    return ` @${include ? 'include' : 'skip'}(if: ${argument})`;
  }

  // Selections ---------------------------------------------------------------------------------------

  /**
   * Takes the response name `fieldName` (or an alias) in `scope`; returns the alias prefix to print,
   * or undefined when the name is taken and no alias is left.
   */
  private reserveName(scope: Map<string, string>, fieldName: string, signature: string, alias: boolean): string | undefined {
    const taken = scope.get(fieldName);
    if (!alias && (taken === undefined || (signature !== '' && taken === signature))) {
      scope.set(fieldName, signature);
      return '';
    }
    if (this.aliasCount >= MAX_ALIASES) return undefined;
    this.aliasCount += 1;
    const name = `${fieldName}_${this.aliasCount}`;
    scope.set(name, '');
    return `${name}: `;
  }

  private typename(place: Place): string {
    // Always fits: every `__typename` has the same signature.
    place.scope.set('__typename', '__typename: String!');
    return '__typename';
  }

  /** Whether `field` may be selected at `place` (its required arguments can be given, limits allow it). */
  private selectable(field: AnyField, place: Place): boolean {
    if (field.name.startsWith('__') || FORBIDDEN_FIELDS.has(field.name)) return false;
    if (field.args.some((argument) => isRequiredArgument(argument) && !this.canFill(argument.type))) return false;
    const type = getNamedType(field.type);
    if (isLeafType(type)) return true;
    if (place.level >= MAX_LEVEL || place.depth + 1 > MAX_FIELD_DEPTH) return false;
    if (isConnection(type)) return place.connections < MAX_CONNECTIONS_ON_PATH && place.depth + 3 <= MAX_FIELD_DEPTH;
    return true;
  }

  /**
   * One field with its arguments and selection, or undefined when it does not fit (the cost budget,
   * the limits, the names taken). Nothing is declared (variables, fragments) before the field is
   * certain to be printed, so that the document never holds an unused variable or fragment.
   */
  private field(parent: Composite, field: AnyField, place: Place, alias = false): string | undefined {
    if (!this.selectable(field, place)) return undefined;
    const type = getNamedType(field.type);
    const plan = this.planArguments(field, parent);
    if (!plan) return undefined;
    const leaf = isLeafType(type);

    // The server's cost model (limits/query-cost.ts): list arguments count per item, a connection
    // its page size, a plain list of objects its declared maximum, a record 1; each multiplies what
    // is selected below it.
    let cost = place.multiplier * plan.listItems;
    let inner = place.multiplier;
    if (isConnection(type)) {
      inner = place.multiplier * Math.max(1, plan.pageSize ?? DEFAULT_PAGE_SIZE);
      cost += inner;
    } else if (!leaf && isListType(getNullableType(field.type))) {
      const items = plan.idCount ?? declaredMaxItems(field);
      inner = place.multiplier * Math.max(1, items);
      if (plan.idCount === undefined) cost += place.multiplier * items;
    } else if (!leaf && isRecord(type)) {
      cost += place.multiplier;
    }
    if (this.cost + cost > COST_BUDGET) return undefined;

    // Argument-less leaf fields of one name and type merge; anything else needs a name of its own.
    const signature = leaf && plan.choices.length === 0 ? `${field.name}: ${String(field.type)}` : '';
    const prefix = this.reserveName(place.scope, field.name, signature, alias || this.chance(0.04));
    if (prefix === undefined) return undefined;
    this.cost += cost;

    const head = `${prefix}${field.name}${this.renderArguments(plan.choices)}${this.maybeDirective(0.06)}`;
    if (leaf) return head;
    if (isConnection(type)) return `${head} ${this.connection(type, place, inner)}`;
    const below: Place = {
      level: place.level + 1,
      depth: place.depth + 1,
      multiplier: inner,
      connections: place.connections,
      scope: new Map(),
      nesting: 0,
    };
    return `${head} ${this.selectionSet(type, below, plan.idTypes)}`;
  }

  private selectionSet(type: GraphQLNamedType, place: Place, preferred: string[] = []): string {
    let selections: string[];
    if (isObjectType(type)) selections = this.objectSelections(type, place);
    else if (isAbstractType(type)) selections = this.abstractSelections(type, place, preferred);
    else throw new Error(`${type.name} has no fields to select`);
    return `{ ${selections.join(' ')} }`;
  }

  /** A random subset (at least one) of the fields of `type`, with aliases, `__typename` and fragments sprinkled in. */
  private objectSelections(type: Composite, place: Place, maxFields = 5): string[] {
    const candidates = Object.values(type.getFields()).filter((field) => this.selectable(field, place));
    const chosen = candidates.length > 0 ? this.sample(candidates, this.int(1, Math.min(maxFields, candidates.length))) : [];
    const selections: string[] = [];
    const add = (selection: string | undefined) => {
      if (selection !== undefined) selections.push(selection);
    };
    for (const field of chosen) add(this.field(type, field, place));

    // The same field again under an alias with other arguments: `title_3: title(lang: RU)` beside `title`.
    const withArguments = chosen.filter((field) => field.args.length > 0 && isLeafType(getNamedType(field.type)));
    if (withArguments.length > 0 && this.chance(0.25)) add(this.field(type, this.pick(withArguments), place, true));

    if (this.chance(0.2)) add(this.typename(place));
    if (isObjectType(type) && place.nesting < 2) {
      if (this.chance(0.12)) add(this.inlineFragment(type, place));
      if (this.chance(0.1)) add(this.fragmentSpread(type, place));
    }
    if (selections.length === 0) add(this.typename(place));
    return selections;
  }

  /** `__typename` and fragments on one to three possible types (those the given IDs name first). */
  private abstractSelections(type: GraphQLAbstractType, place: Place, preferred: string[]): string[] {
    const possible = this.schema.getPossibleTypes(type);
    const count = this.int(1, Math.min(3, possible.length));
    const chosen: GraphQLObjectType[] = [];
    for (const candidate of [...possible.filter((t) => preferred.includes(t.name)), ...this.sample(possible, count)]) {
      if (chosen.length < Math.max(count, Math.min(3, preferred.length)) && !chosen.includes(candidate)) chosen.push(candidate);
    }
    const selections = [this.typename(place)];
    // An interface's own fields (`id` of Node), selected beside the fragments.
    if (isInterfaceType(type) && this.chance(0.4)) selections.push(...this.objectSelections(type, { ...place, nesting: 2 }, 2));
    for (const concrete of chosen) {
      if (place.nesting < 2 && this.chance(0.2)) selections.push(this.fragmentSpread(concrete, place));
      else selections.push(this.inlineFragment(concrete, place, true));
    }
    return selections;
  }

  /** `... on Type { … }` in the same merged set; on the set's own type the condition may be left out. */
  private inlineFragment(type: GraphQLObjectType, place: Place, needsCondition = false): string {
    const condition = needsCondition || this.chance(0.85) ? ` on ${type.name}` : '';
    const directive = this.maybeDirective(0.25);
    const selections = this.objectSelections(type, { ...place, nesting: place.nesting + 1 }, 3);
    return `...${condition}${directive} { ${selections.join(' ')} }`;
  }

  /** `...F1`, with `fragment F1 on Type { … }` defined after the operation (each fragment spread once). */
  private fragmentSpread(type: GraphQLObjectType, place: Place): string {
    const name = `F${(this.fragmentCount += 1)}`;
    const selections = this.objectSelections(type, { ...place, nesting: place.nesting + 1 }, 4);
    this.fragments.push(`fragment ${name} on ${type.name} { ${selections.join(' ')} }`);
    return `...${name}${this.maybeDirective(0.15)}`;
  }

  /**
   * The selection of a connection at `place` (the set holding the connection field) whose records
   * run `inner` times: a non-empty subset of totalCount, nodes, edges and pageInfo.
   */
  private connection(type: GraphQLObjectType, place: Place, inner: number): string {
    const fields = type.getFields();
    const below = (depth: number): Place => ({
      level: place.level + 1,
      depth,
      multiplier: inner,
      connections: place.connections + 1,
      scope: new Map(),
      nesting: 0,
    });
    const parts = new Set(this.sample(['totalCount', 'nodes', 'edges', 'pageInfo'], this.int(1, 4)));
    const selections: string[] = [];
    if (parts.has('totalCount') && this.cost + place.multiplier <= COST_BUDGET) {
      // A count per connection instance.
      this.cost += place.multiplier;
      selections.push('totalCount');
    }
    const nodesField = fields['nodes'];
    if (parts.has('nodes') && nodesField) {
      selections.push(`nodes${this.maybeDirective(0.05)} ${this.selectionSet(getNamedType(nodesField.type), below(place.depth + 2))}`);
    }
    const edgesField = fields['edges'];
    const edgeType = edgesField && getNamedType(edgesField.type);
    if (parts.has('edges') && edgeType && isObjectType(edgeType)) {
      const edgeSelections: string[] = [];
      for (const field of Object.values(edgeType.getFields())) {
        const fieldType = getNamedType(field.type);
        if (isLeafType(fieldType) && field.args.length === 0 && this.chance(0.6)) edgeSelections.push(field.name);
        else if (!isLeafType(fieldType) && this.chance(0.85)) {
          edgeSelections.push(`${field.name} ${this.selectionSet(fieldType, below(place.depth + 3))}`);
        }
      }
      if (edgeSelections.length === 0) edgeSelections.push('cursor' in edgeType.getFields() ? 'cursor' : '__typename');
      selections.push(`edges { ${edgeSelections.join(' ')} }`);
    }
    const pageInfoField = fields['pageInfo'];
    const pageInfoType = pageInfoField && getNamedType(pageInfoField.type);
    if ((parts.has('pageInfo') || selections.length === 0) && pageInfoType && isObjectType(pageInfoType)) {
      const leaves = Object.values(pageInfoType.getFields()).filter((field) => isLeafType(getNamedType(field.type)));
      const chosen = this.sample(leaves, this.int(1, leaves.length)).map((field) => field.name);
      selections.push(`pageInfo { ${chosen.length > 0 ? chosen.join(' ') : '__typename'} }`);
    }
    if (selections.length === 0 || this.chance(0.1)) selections.push('__typename');
    return `{ ${selections.join(' ')} }`;
  }

  /** One or two root fields (now and then the same one twice, under an alias). */
  private rootSelections(): string[] {
    const query = this.schema.getQueryType();
    if (!query) throw new Error('the schema has no Query type');
    const fields = query.getFields();
    const available = ROOT_FIELDS.flatMap((name) => (fields[name] ? [fields[name]] : []));
    if (available.length === 0) throw new Error('the schema has none of the root fields to generate from');
    const place: Place = { level: 0, depth: 1, multiplier: 1, connections: 0, scope: new Map(), nesting: 2 };
    let picks: AnyField[];
    if (this.chance(0.12)) {
      const field = this.pick(available);
      picks = [field, field];
    } else {
      picks = this.sample(available, this.chance(0.45) ? 2 : 1);
    }
    const selections: string[] = [];
    for (const field of picks) {
      const selection = this.field(query, field, place);
      if (selection !== undefined) selections.push(selection);
    }
    // A root field can be refused (a required argument that cannot be made): take another.
    for (const field of this.sample(available, available.length)) {
      if (selections.length > 0) break;
      const selection = this.field(query, field, place);
      if (selection !== undefined) selections.push(selection);
    }
    if (selections.length === 0) throw new Error('no root field could be generated');
    return selections;
  }
}
