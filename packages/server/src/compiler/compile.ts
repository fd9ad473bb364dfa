import {
  BREAK,
  getNamedType,
  isInterfaceType,
  isNonNullType,
  isObjectType,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  visit,
} from 'graphql';
import { collectFields, collectSubfields } from 'graphql/execution/collectFields';
import { getArgumentValues } from 'graphql/execution/values';
import { FALLBACK_ORDER, type Language } from '@qorgau/schema';
import { decodeTypedId, nodeTypes } from '../graphql/global-id';
import { recordKeyOf, type Reference } from '../graphql/references';
import { RecentMap } from '../recent';
import { SqlParams } from '../sql/fragments';
import { keysetWhere, orderSql, whereClause, windowOf, type ListSpec, type PageArgs } from '../sql/pagination';
import { base64url, type FieldScope, type FieldSelection, type TypeModel } from './model';

/**
 * The operation asks for something the models do not describe (a field, an abstract type,
 * introspection): it is served by the resolvers instead. Thrown while compiling; any other error
 * (bad input found while binding arguments) also falls back, so that the resolvers report it.
 */
export class NotCompilable extends Error {
  /** Whether it follows from the document alone (a field without a model), not from the variables' values. */
  constructor(
    message: string,
    readonly structural = true,
  ) {
    super(message);
  }
}

/** One statement answering a whole operation: its `data` as JSON text, and whether its reference checks held. */
export interface CompiledStatement {
  sql: string;
  params: unknown[];
}

export interface CompileInput {
  schema: GraphQLSchema;
  models: ReadonlyMap<string, TypeModel>;
  operation: OperationDefinitionNode;
  fragments: Record<string, FragmentDefinitionNode>;
  /** Coerced variable values. */
  variables: Record<string, unknown>;
  lang: Language;
  /** Selections compiled for earlier requests of the same document (see CompiledSelections). */
  compiled?: CompiledSelections;
}

/** What compiling a selection wrote and added to its statement: replayed when the same selection comes again. */
interface CompiledSelection {
  sql: string;
  params: readonly unknown[];
  aliases: number;
  checks: readonly string[];
}

/**
 * The selections of one document compiled before, with the statement they became part of. A
 * selection that takes no variable compiles to the same SQL and parameters for every request, given
 * where it sits in its statement (the row it reads, the aliases and parameters before it) and the
 * language: a request whose variables are new (another event's id) compiles only the fields that
 * take them, and takes the rest from here. Its statement text, made of the same parts, is then the
 * same string as before too, and so are its prepared statement and its plan in PostgreSQL.
 */
export class CompiledSelections {
  private readonly selections = new RecentMap<string, CompiledSelection>(200);
  private readonly texts = new RecentMap<string, { text: string; used: readonly number[] }>(100);
  /** Whether a selection set mentions a variable, by this document's fragments (another document may name its own alike). */
  private readonly takesVariables = new WeakMap<SelectionSetNode, boolean>();

  selection(key: string): CompiledSelection | undefined {
    return this.selections.get(key);
  }

  remember(key: string, selection: CompiledSelection): void {
    this.selections.set(key, selection);
  }

  /** Whether a field's selection set mentions a variable anywhere (arguments, directives, fragments it spreads). */
  selectionTakesVariables(selectionSet: SelectionSetNode | undefined, fragments: Record<string, FragmentDefinitionNode>): boolean {
    if (!selectionSet) return false;
    let known = this.takesVariables.get(selectionSet);
    if (known === undefined) {
      known = mentionsVariables(selectionSet, fragments);
      this.takesVariables.set(selectionSet, known);
    }
    return known;
  }

  /** `usedParameters` of a statement text, the same string object for the same text. */
  usedParameters(sql: string): { text: string; used: readonly number[] } {
    return this.texts.of(sql, usedParameters);
  }
}

/** Numbers FieldNodes (the same objects for every request of a parsed document) for keys of compiled selections. */
const fieldNodeIds = new WeakMap<FieldNode, number>();
let lastFieldNodeId = 0;

function fieldNodeId(node: FieldNode): number {
  let id = fieldNodeIds.get(node);
  if (id === undefined) {
    lastFieldNodeId += 1;
    id = lastFieldNodeId;
    fieldNodeIds.set(node, id);
  }
  return id;
}

function mentionsVariables(
  selectionSet: SelectionSetNode,
  fragments: Record<string, FragmentDefinitionNode>,
  spreading: Set<string> = new Set(),
): boolean {
  let found = false;
  visit(selectionSet, {
    Variable() {
      found = true;
      return BREAK;
    },
    FragmentSpread(spread) {
      const name = spread.name.value;
      const fragment = fragments[name];
      if (!fragment || spreading.has(name)) return undefined;
      spreading.add(name);
      const inFragment = mentionsVariables(fragment.selectionSet, fragments, spreading);
      spreading.delete(name);
      if (!inFragment) return undefined;
      found = true;
      return BREAK;
    },
  });
  return found;
}

const LANGUAGE_KEYS: Record<Language, string> = { EN: 'en', RU: 'ru', KK: 'kk' };

/** PostgreSQL functions take at most 100 arguments: json_build_object at most 50 keys. */
const MAX_OBJECT_KEYS = 50;

/** The localized jsonb text `jsonb` in `lang`, else in its fallback languages (as pickLanguage does). */
function pickLanguageSql(jsonb: string, lang: Language): string {
  return `coalesce(${FALLBACK_ORDER[lang].map((l) => `nullif(${jsonb}->>'${LANGUAGE_KEYS[l]}', '')`).join(', ')})`;
}

/** Renumbers the `$n` placeholders of SQL written for its own parameters to follow `offset` others. */
function renumber(sql: string, offset: number): string {
  return offset === 0 ? sql : sql.replace(/\$(\d+)/g, (_, n: string) => `$${Number(n) + offset}`);
}

class Statement {
  readonly params = new SqlParams();
  readonly checks: string[] = [];
  private aliases = 0;

  constructor(readonly input: CompileInput) {}

  alias(): string {
    this.aliases += 1;
    return `_q${this.aliases}`;
  }

  modelOf(type: GraphQLObjectType): TypeModel {
    const model = this.input.models.get(type.name);
    if (!model) throw new NotCompilable(`${type.name} has no model`);
    return model;
  }

  fieldsOf(type: GraphQLObjectType, nodes: readonly FieldNode[]): Map<string, readonly FieldNode[]> {
    const { schema, fragments, variables } = this.input;
    return collectSubfields(schema, fragments, variables, type, nodes);
  }

  /**
   * The JSON of the selection of `nodes` on `type` over the row `row`: taken from an earlier
   * request's statement when the selection takes no variable and sits at the same place.
   */
  selectionObject(type: GraphQLObjectType, nodes: readonly FieldNode[], row: string): string {
    const { compiled, fragments, lang } = this.input;
    if (!compiled || nodes.some((node) => compiled.selectionTakesVariables(node.selectionSet, fragments))) {
      return this.object(type, this.fieldsOf(type, nodes), row);
    }
    const key = `${lang}|${type.name}|${row}|${this.aliases}|${this.params.values.length}|${nodes.map(fieldNodeId).join(',')}`;
    const known = compiled.selection(key);
    if (known) {
      this.params.values.push(...known.params);
      this.aliases += known.aliases;
      this.checks.push(...known.checks);
      return known.sql;
    }
    const before = { params: this.params.values.length, aliases: this.aliases, checks: this.checks.length };
    const sql = this.object(type, this.fieldsOf(type, nodes), row);
    compiled.remember(key, {
      sql,
      params: this.params.values.slice(before.params),
      aliases: this.aliases - before.aliases,
      checks: this.checks.slice(before.checks),
    });
    return sql;
  }

  /** `json_build_object` over the response keys of a selection, in selection order. */
  jsonObject(pairs: Array<[string, string]>): string {
    if (pairs.length > MAX_OBJECT_KEYS) throw new NotCompilable(`a selection of ${pairs.length} keys`, false);
    return `json_build_object(${pairs.map(([key, sql]) => `'${key}', ${sql}`).join(', ')})`;
  }

  /** The table a type's rows are read from (its model's). */
  tableOf(typename: string): string {
    const table = this.input.models.get(typename)?.table;
    if (!table) throw new NotCompilable(`${typename} has no table`);
    return table;
  }

  /**
   * The JSON of the selection `nodes` over the record named by its type and id (SQL of each), as
   * `node(id:)` reads it: one branch per node type; null for none, or for a type it does not return.
   */
  nodeObject(nodes: readonly FieldNode[], typeSql: string, idSql: string): string {
    const item = this.alias();
    const branches = nodeTypes().map((typename) => {
      const type = this.input.schema.getType(typename);
      if (!isObjectType(type)) throw new NotCompilable(`${typename} is not an object type`);
      const object = this.selectionObject(type, nodes, item);
      return `WHEN '${typename}' THEN (SELECT ${object} FROM ${this.tableOf(typename)} ${item} WHERE ${item}.id = ${idSql})`;
    });
    return `CASE ${typeSql} ${branches.join(' ')} END`;
  }

  /** The JSON of `fields` (response key → nodes) of `type` over the row `row`. */
  object(type: GraphQLObjectType, fields: Map<string, readonly FieldNode[]>, row: string): string {
    const model = this.modelOf(type);
    const pairs: Array<[string, string]> = [];
    for (const [key, nodes] of fields) {
      const node = nodes[0] as FieldNode;
      const name = node.name.value;
      if (name === '__typename') {
        pairs.push([key, `'${type.name}'::text`]);
        continue;
      }
      const definition = type.getFields()[name];
      const compileField = model.fields[name];
      if (!definition || !compileField) throw new NotCompilable(`${type.name}.${name} has no model`);
      pairs.push([key, compileField(new Scope(this, definition, nodes, row))]);
    }
    return this.jsonObject(pairs);
  }

  /** The whole operation's data as one JSON object. */
  root(): string {
    const { schema, fragments, variables, operation } = this.input;
    const queryType = schema.getQueryType();
    if (!queryType || operation.operation !== 'query') throw new NotCompilable('not a query');
    return this.object(queryType, collectFields(schema, fragments, variables, queryType, operation.selectionSet), 'NULL');
  }
}

class Scope implements FieldScope {
  readonly args: Readonly<Record<string, unknown>>;
  readonly lang: Language;
  readonly nonNull: boolean;

  constructor(
    private readonly statement: Statement,
    private readonly definition: GraphQLField<unknown, unknown>,
    private readonly nodes: readonly FieldNode[],
    readonly row: string,
  ) {
    this.args = getArgumentValues(definition, nodes[0] as FieldNode, statement.input.variables);
    this.lang = (this.args.lang as Language | undefined) ?? statement.input.lang;
    this.nonNull = isNonNullType(definition.type);
  }

  get params(): SqlParams {
    return this.statement.params;
  }

  param(value: unknown): string {
    return this.statement.params.add(value);
  }

  get selection(): Selection {
    return new Selection(this.statement, getNamedType(this.definition.type), this.nodes);
  }

  tableOf(typename: string): string {
    return this.statement.tableOf(typename);
  }

  alias(): string {
    return this.statement.alias();
  }

  adopt(spec: ListSpec): ListSpec {
    const offset = this.statement.params.values.length;
    this.statement.params.values.push(...spec.params.values);
    return {
      ...spec,
      select: renumber(spec.select, offset),
      from: renumber(spec.from, offset),
      where: spec.where.map((condition) => renumber(condition, offset)),
      orderKey: renumber(spec.orderKey, offset),
      params: this.statement.params,
    };
  }

  text(jsonb: string): string {
    const picked = pickLanguageSql(jsonb, this.lang);
    return this.nonNull ? `coalesce(${picked}, '')` : picked;
  }

  objectAs(typename: string, alias: string): string {
    return this.selection.objectAs(typename, alias);
  }

  nodeOf(typeSql: string, idSql: string): string {
    return this.statement.nodeObject(this.nodes, typeSql, idSql);
  }

  private objectType(): GraphQLObjectType {
    const type = getNamedType(this.definition.type);
    if (!isObjectType(type)) throw new NotCompilable(`${type.name} is not an object type`);
    return type;
  }

  object(alias: string): string {
    const type = this.objectType();
    return this.statement.selectionObject(type, this.nodes, alias);
  }

  objectById(idSql: string): string {
    return this.objectWhere((item) => `${item}.id = ${idSql}`);
  }

  /** The selection over the one row of the field's type that `where(item)` picks; null when none. */
  objectWhere(where: (item: string) => string): string {
    const table = this.statement.modelOf(this.objectType()).table;
    if (!table) throw new NotCompilable(`${this.objectType().name} has no table`);
    const item = this.alias();
    return `(SELECT ${this.object(item)} FROM ${table} ${item} WHERE ${where(item)})`;
  }

  list(from: (item: string) => string, orderBy: (item: string) => string): string {
    const item = this.alias();
    return `coalesce((SELECT json_agg(${this.object(item)} ORDER BY ${orderBy(item)}) FROM ${from(item)}), '[]'::json)`;
  }

  requireReferences(references: readonly Reference[]): void {
    for (const [argument, type, value, accepts = 'id'] of references) {
      if (value == null) continue;
      const table = this.statement.input.models.get(type)?.table;
      if (!table) throw new NotCompilable(`${type} has no table`);
      const key = accepts === 'id' ? { id: decodeTypedId(value, type, argument) } : recordKeyOf(value, type, argument);
      const condition = 'id' in key ? `id = ${this.param(key.id)}::bigint` : `slug = ${this.param(key.slug)}`;
      this.statement.checks.push(`EXISTS (SELECT 1 FROM ${table} WHERE ${condition})`);
    }
  }

  connection(spec: ListSpec, parent?: { key: string; id: string }): string {
    const statement = this.statement;
    const connectionType = this.objectType();
    const nodeType = getNamedType(connectionType.getFields().nodes?.type);
    const edgeType = getNamedType(connectionType.getFields().edges?.type);
    if (!(isObjectType(nodeType) || isInterfaceType(nodeType)) || !isObjectType(edgeType)) {
      throw new NotCompilable(`${connectionType.name} is not a connection`);
    }
    /** A node's JSON over the page's row `row`: the row itself, or for `Node` the record the row names by `__typename` and `id`. */
    const nodeJson = (row: string, fieldNodes: readonly FieldNode[]): string =>
      isObjectType(nodeType)
        ? statement.selectionObject(nodeType, fieldNodes, row)
        : statement.nodeObject(fieldNodes, `${row}."__typename"`, `${row}.id`);
    const pageInfoType = getNamedType(connectionType.getFields().pageInfo?.type) as GraphQLObjectType;

    const window = windowOf(this.args as PageArgs);
    const adopted = this.adopt(spec);
    const list: ListSpec = parent ? { ...adopted, where: [...adopted.where, `${parent.key} = ${parent.id}`] } : adopted;
    const pageWhere = keysetWhere(list, window, statement.params);
    const { direction } = orderSql(list, window.backward);
    const limit = window.limit;
    const hasCursor = window.cursor !== null;
    const row = this.alias();
    const numbered = `${row}._n <= ${limit}`;
    const order = window.backward ? 'DESC' : 'ASC';
    const cursor = base64url(`'[' || coalesce(to_json(${row}._k)::text, 'null') || ',' || to_json(${row}.id::text)::text || ']'`);
    let readsRows = false;
    const rowsOr = (sql: string, empty: string): string => {
      if (limit === 0) return empty;
      readsRows = true;
      return sql;
    };
    const firstCursor = (reverse: boolean) =>
      rowsOr(`(array_agg(${cursor} ORDER BY ${row}._n ${reverse ? 'DESC' : 'ASC'}) FILTER (WHERE ${numbered}))[1]`, 'NULL::text');
    const overflow = () => rowsOr(`count(*) > ${limit}`, 'false');
    /** A JSON array of one item per row of the page, in the page's order. */
    const inPage = (json: string) =>
      rowsOr(`coalesce(json_agg(${json} ORDER BY ${row}._n ${order}) FILTER (WHERE ${numbered}), '[]'::json)`, `'[]'::json`);

    const pairs: Array<[string, string]> = [];
    for (const [key, nodes] of statement.fieldsOf(connectionType, this.nodes)) {
      const name = (nodes[0] as FieldNode).name.value;
      if (name === '__typename') pairs.push([key, `'${connectionType.name}'::text`]);
      else if (name === 'totalCount') {
        pairs.push([key, `(SELECT count(*)::int FROM ${list.from} ${whereClause(list.where)})`]);
      } else if (name === 'nodes') {
        pairs.push([key, inPage(nodeJson(row, nodes))]);
      } else if (name === 'edges') {
        const edgePairs: Array<[string, string]> = [];
        for (const [edgeKey, edgeNodes] of statement.fieldsOf(edgeType, nodes)) {
          const edgeField = (edgeNodes[0] as FieldNode).name.value;
          if (edgeField === '__typename') edgePairs.push([edgeKey, `'${edgeType.name}'::text`]);
          else if (edgeField === 'cursor') edgePairs.push([edgeKey, cursor]);
          else if (edgeField === 'node') edgePairs.push([edgeKey, nodeJson(row, edgeNodes)]);
          else throw new NotCompilable(`${edgeType.name}.${edgeField}`);
        }
        const edge = statement.jsonObject(edgePairs);
        pairs.push([key, inPage(edge)]);
      } else if (name === 'pageInfo') {
        const infoPairs: Array<[string, string]> = [];
        for (const [infoKey, infoNodes] of statement.fieldsOf(pageInfoType, nodes)) {
          const infoField = (infoNodes[0] as FieldNode).name.value;
          if (infoField === '__typename') infoPairs.push([infoKey, `'${pageInfoType.name}'::text`]);
          else if (infoField === 'hasNextPage') infoPairs.push([infoKey, window.backward ? String(hasCursor) : overflow()]);
          else if (infoField === 'hasPreviousPage') infoPairs.push([infoKey, window.backward ? overflow() : String(hasCursor)]);
          else if (infoField === 'startCursor') infoPairs.push([infoKey, firstCursor(window.backward)]);
          else if (infoField === 'endCursor') infoPairs.push([infoKey, firstCursor(!window.backward)]);
          else throw new NotCompilable(`${pageInfoType.name}.${infoField}`);
        }
        pairs.push([key, statement.jsonObject(infoPairs)]);
      } else throw new NotCompilable(`${connectionType.name}.${name}`);
    }
    const json = statement.jsonObject(pairs);
    if (!readsRows) return json;
    const ordering = `(${list.orderKey}) ${direction}, t.id ${direction}`;
    return `(SELECT ${json} FROM (
      SELECT t.*, (${list.orderKey})::text AS _k, row_number() OVER (ORDER BY ${ordering}) AS _n
      FROM ${list.from} ${whereClause(pageWhere)} ORDER BY ${ordering} LIMIT ${limit + 1}) ${row})`;
  }
}

/** A field's selection: its response keys, each with a selection of its own, compiled over rows on demand. */
class Selection implements FieldSelection {
  constructor(
    private readonly statement: Statement,
    readonly type: GraphQLNamedType,
    private readonly nodes: readonly FieldNode[],
  ) {}

  fields(): Array<{ key: string; name: string; selection: FieldSelection }> {
    if (!isObjectType(this.type)) throw new NotCompilable(`${this.type.name} is not an object type`);
    const type = this.type;
    return [...this.statement.fieldsOf(type, this.nodes)].map(([key, nodes]) => {
      const name = (nodes[0] as FieldNode).name.value;
      const field = type.getFields()[name];
      const named = name === '__typename' ? type : field ? getNamedType(field.type) : undefined;
      if (!named) throw new NotCompilable(`${type.name}.${name}`);
      return { key, name, selection: new Selection(this.statement, named, nodes) };
    });
  }

  objectAs(typename: string, alias: string): string {
    const type = this.statement.input.schema.getType(typename);
    if (!isObjectType(type)) throw new NotCompilable(`${typename} is not an object type`);
    return this.statement.selectionObject(type, this.nodes, alias);
  }

  jsonObject(pairs: Array<[string, string]>): string {
    return this.statement.jsonObject(pairs);
  }
}

/**
 * One SQL statement answering a whole query operation: `data` (its JSON text) and `ok` (false when
 * a record a filter names does not exist; the resolvers then report NOT_FOUND). Throws
 * NotCompilable when the models do not cover the operation, or the argument errors that the
 * resolvers would report.
 */
export function compileOperation(input: CompileInput): CompiledStatement {
  const statement = new Statement(input);
  const data = statement.root();
  const ok = statement.checks.length > 0 ? statement.checks.join(' AND ') : 'true';
  const sql = `/* compiled */ SELECT ${data}::text AS data, ${ok} AS ok`;
  const { text, used } = input.compiled ? input.compiled.usedParameters(sql) : usedParameters(sql);
  const values = statement.params.values;
  return { sql: text, params: used.map((index) => values[index]) };
}

/**
 * The text with its placeholders renumbered to the parameters it uses, and the (0-based) index of
 * each of those: a list whose rows the selection does not read (a page of 0, a totalCount alone)
 * leaves its filter's and cursor's parameters unused, and PostgreSQL cannot type a parameter that
 * appears nowhere.
 */
function usedParameters(sql: string): { text: string; used: number[] } {
  const renumbered = new Map<number, number>();
  const used: number[] = [];
  const text = sql.replace(/\$(\d+)/g, (_, n: string) => {
    const index = Number(n);
    let placeholder = renumbered.get(index);
    if (placeholder === undefined) {
      used.push(index - 1);
      placeholder = used.length;
      renumbered.set(index, placeholder);
    }
    return `$${placeholder}`;
  });
  return { text, used };
}
