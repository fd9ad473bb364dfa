import { registerEnumType } from 'type-graphql';

/**
 * A GraphQL enum whose values are their own names, registered with a description for the type and
 * for each value (the schema describes every enum value). Returns the value object to use in code.
 */
export function defineEnum<const D extends Record<string, string>>(
  name: string,
  description: string,
  values: D,
): { readonly [K in keyof D]: K } {
  const object = Object.fromEntries(Object.keys(values).map((key) => [key, key])) as { [K in keyof D]: K };
  registerEnumType(object, {
    name,
    description,
    valuesConfig: Object.fromEntries(Object.entries(values).map(([key, text]) => [key, { description: text }])) as never,
  });
  return object;
}

/** The union of an enum object's values: `type EventKind = EnumValue<typeof EventKind>`. */
export type EnumValue<T> = T[keyof T];
