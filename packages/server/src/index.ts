/** @handcheck/server: the HTTP application, storage and the pieces later routes reuse. */
export { type AppOptions, buildApp } from './app';
export { canReadPatient, currentUser, SESSION_COOKIE } from './auth/guard';
export { defaultConfig, loadConfig, type ServerConfig } from './config';
export { type Db, openDb, type Queryable } from './db';
export { seedDemo } from './demo';
export { startServer } from './main';
export { loadPatientRecord } from './record/read';
export { RecordService } from './record/service';
export { audit, audited } from './repos/audit';
