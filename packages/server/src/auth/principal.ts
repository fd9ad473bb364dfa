import { defineEnum, type EnumValue } from '../graphql/enums';

export const Role = defineEnum('Role', 'What an API key may write. Reading needs no key.', {
  ADMIN: 'Writes every record and manages API keys.',
  EDITOR:
    'Writes what belongs to its organization: the events it organizes or co-organizes, its own profile, contacts and service profile, posts in it, the status of recommendations it is responsible for, and the indicator values of pilots of programmes it leads.',
});
export type Role = EnumValue<typeof Role>;

/** Who a request acts for: the API key it carried (a request without one acts for nobody and may only read). */
export interface Principal {
  keyId: string;
  name: string;
  role: Role;
  /** The organization an editor writes for; an admin's key may name one too (for provenance). */
  organizationId: string | null;
}
