import { lockName, type Queryable } from './db';

/** A table whose rows form a tree through a column naming each row's parent (regions, organizations, campaigns). */
export interface Tree {
  table: string;
  parentColumn: string;
}

/**
 * Whether `candidateId` is `rootId` or lies below it, at any depth: a row may not take such a
 * row as its parent, or the tree would become a cycle. Two writes that re-parent rows at the same
 * time could each see no cycle and together make one, so the check first takes the tree's lock
 * (until the transaction ends): re-parenting within one tree is serialized; nothing else waits.
 */
export async function liesWithin(db: Queryable, statement: string, tree: Tree, rootId: string, candidateId: string): Promise<boolean> {
  await lockName(db, `qorgau.tree:${tree.table}.${tree.parentColumn}`);
  const rows = await db.query(
    `/* ${statement} */ WITH RECURSIVE below AS (
       SELECT id FROM ${tree.table} WHERE id = $1::bigint
       UNION ALL SELECT t.id FROM ${tree.table} t JOIN below b ON t.${tree.parentColumn} = b.id)
     SELECT 1 FROM below WHERE id = $2::bigint`,
    [rootId, candidateId],
  );
  return rows.length > 0;
}
