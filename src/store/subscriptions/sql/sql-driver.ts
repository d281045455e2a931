/** Runs SQL written with `?` placeholders (the PostgreSQL driver numbers them). */
export interface SqlRunner {
  /** Rows of a query (or of a statement with RETURNING). */
  all: <R>(sql: string, params?: readonly unknown[]) => Promise<R[]>;
  /** A statement; resolves with the number of rows it changed. */
  run: (sql: string, params?: readonly unknown[]) => Promise<number>;
}

/**
 * One SQL engine behind the subscription store: reads outside transactions see committed data
 * only; `transaction` runs a write transaction and rolls it back when `fn` throws.
 */
export interface SqlDriver extends SqlRunner {
  readonly dialect: 'sqlite' | 'postgres';
  transaction<T>(fn: (tx: SqlRunner) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** `(?, ?, ?), (?, ?, ?)`: the VALUES of a multi-row insert. */
export const valuesList = (rows: number, columns: number): string => Array.from({ length: rows }, () => `(${Array.from({ length: columns }, () => '?').join(', ')})`).join(', ');
/** `?, ?, ?`: the members of an IN list. */
export const placeholders = (n: number): string => Array.from({ length: n }, () => '?').join(', ');
