/** @handcheck/server: the HTTP application, storage and the pieces later routes reuse. */
export { type AppOptions, buildApp } from './app';
export { canReadPatient, currentUser, SESSION_COOKIE } from './auth/guard';
export { type Db, openDb, type Queryable } from './db';
export { seedDemo } from './demo';
export { startServer } from './main';
export { audit } from './store/audit';
export { audited } from './store/audited';
export { loadPatientRecord } from './store/record';
