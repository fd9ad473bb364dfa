import type { Feature } from './feature';
import type { Db } from './sql/db';
import { ArgumentLoaders } from './sql/loaders';
import { FEATURES } from './modules';

type UnionToIntersection<U> = (U extends unknown ? (value: U) => void : never) extends (value: infer I) => void ? I : never;
type LoadersOf<F> = F extends Feature<infer L, infer _D> ? L : never;

/** Every DataLoader of one request: each feature's, plus the argument-keyed pages of nested lists. */
export type Loaders = UnionToIntersection<LoadersOf<(typeof FEATURES)[number]>> & {
  /** Loaders of nested connections and dashboard figures, one per field and argument set. */
  pages: ArgumentLoaders;
};

/**
 * Built by the context factory and dropped with the request: a cache must never outlive the
 * request or cross clients. Each feature gets the whole set for the loaders its joined rows prime.
 */
export function createLoaders(db: Db): Loaders {
  const loaders = { pages: new ArgumentLoaders() } as Loaders;
  for (const feature of FEATURES as readonly Feature<object, Loaders>[]) {
    if (feature.createLoaders) Object.assign(loaders, feature.createLoaders(db, loaders));
  }
  return loaders;
}
