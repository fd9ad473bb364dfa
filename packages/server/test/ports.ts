// The tests take free ports as the embedded PostgreSQL does.
export { freePort } from '../src/db/embedded-postgres';
