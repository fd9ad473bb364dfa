// Distances on the earth (migration Locations: cube + earthdistance, `geo` on organizations with
// a GiST index). earthdistance models the earth as a sphere of 6,378,168 m: distances are within
// ~0.5% of the ellipsoid's, plenty for "services within 30 km".
import { BadUserInputError } from '../errors';
import type { SqlParams } from './fragments';

export interface NearPoint {
  latitude: number;
  longitude: number;
  radiusKm: number;
}

/** The largest radius a `near` filter takes: a region, not the planet. */
export const MAX_RADIUS_KM = 2_000;

/** Checks a `near` filter at `argument` (e.g. `filter.near`): BAD_USER_INPUT with the offending field. */
export function assertNear(near: NearPoint, argument: string): void {
  if (!(near.latitude >= -90 && near.latitude <= 90))
    throw new BadUserInputError('latitude must be from -90 to 90', `${argument}.latitude`);
  if (!(near.longitude >= -180 && near.longitude <= 180)) {
    throw new BadUserInputError('longitude must be from -180 to 180', `${argument}.longitude`);
  }
  if (!(near.radiusKm > 0 && near.radiusKm <= MAX_RADIUS_KM)) {
    throw new BadUserInputError(`radiusKm must be more than 0 and at most ${MAX_RADIUS_KM}`, `${argument}.radiusKm`);
  }
}

/**
 * SQL over the row aliased `t` (with a `geo` column) for a circle bound once to `params`: `within`,
 * the row lies in it (the box lets the GiST index find the candidates); `distance`, metres from its
 * centre. Both use the same placeholders, so that a statement using only `within` (a count) binds
 * no parameter it does not use.
 */
export function nearSql(t: string, near: NearPoint, params: SqlParams): { within: string; distance: string } {
  const point = `ll_to_earth(${params.add(near.latitude)}::float8, ${params.add(near.longitude)}::float8)`;
  const radius = `${params.add(near.radiusKm * 1000)}::float8`;
  const distance = `earth_distance(${point}, ${t}.geo::earth)`;
  return { within: `earth_box(${point}, ${radius}) @> ${t}.geo AND ${distance} <= ${radius}`, distance };
}
