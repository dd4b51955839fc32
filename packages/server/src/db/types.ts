/**
 * The one storage seam. Two implementations (embedded PGlite, PostgreSQL through a pool) run the
 * same SQL with `$1` parameters, so every query is written once and tested on both.
 */

/** Something that runs SQL: the database itself or an open transaction. */
export interface Queryable {
  /** One statement, parameterised (`$1`, `$2`…). Returns the rows. */
  query<T = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<T[]>;
  /** Several statements, no parameters (migrations). */
  exec(sql: string): Promise<void>;
}

export interface Db extends Queryable {
  readonly kind: 'pglite' | 'postgres';
  /**
   * Runs `fn` in one transaction: COMMIT when it resolves, ROLLBACK when it throws. On PGlite a
   * transaction holds the only connection, so every other query waits: keep them short.
   */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}
