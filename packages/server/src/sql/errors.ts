/** The parts of a PostgreSQL error that writes act on (SQLSTATE and constraint name). */
export interface PgError {
  code: string;
  constraint?: string;
}

/** The PostgreSQL error behind `error` (pg's own, or TypeORM's QueryFailedError wrapping it), if any. */
export function pgErrorOf(error: unknown): PgError | null {
  const candidates = [error, (error as { driverError?: unknown } | null)?.driverError];
  for (const candidate of candidates) {
    const code = (candidate as { code?: unknown } | null)?.code;
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) {
      const constraint = (candidate as { constraint?: unknown }).constraint;
      return { code, ...(typeof constraint === 'string' ? { constraint } : {}) };
    }
  }
  return null;
}
