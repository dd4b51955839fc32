import { DEFAULT_ALERT_CONFIG } from '@handcheck/core';
import { describe, expect, it } from 'vitest';
import { loadConfig, parseAlertConfig } from '../src/config';

describe('alert thresholds from HANDCHECK_ALERT_CONFIG', () => {
  it('are core’s defaults when the variable is unset or empty', () => {
    expect(parseAlertConfig(undefined)).toEqual(DEFAULT_ALERT_CONFIG);
    expect(parseAlertConfig('  ')).toEqual(DEFAULT_ALERT_CONFIG);
    expect(loadConfig({}, {}).alerts).toEqual(DEFAULT_ALERT_CONFIG);
  });

  it('override only the thresholds a site names', () => {
    const config = loadConfig({}, { HANDCHECK_ALERT_CONFIG: '{"worseningPoints": 3, "overdueDays": 28}' });
    expect(config.alerts).toEqual({ ...DEFAULT_ALERT_CONFIG, worseningPoints: 3, overdueDays: 28 });
  });

  it.each([
    ['not JSON', '{worseningPoints: 3}', 'not valid JSON'],
    ['a threshold out of range', '{"overdueDays": 2}', 'overdueDays'],
    ['a misspelt threshold', '{"worseningPoint": 3}', 'worseningPoint'],
    [
      'a strength that is not weak, moderate or strong',
      '{"newPatternMinStrength": "high"}',
      'newPatternMinStrength',
    ],
  ])('refuse %s, naming it', (_what, text, words) => {
    expect(() => loadConfig({}, { HANDCHECK_ALERT_CONFIG: text })).toThrow(words);
  });
});

describe('the server configuration', () => {
  it('is read once from flags, then the environment, then defaults', () => {
    const c = loadConfig(
      { port: '3000' },
      {
        PORT: '4000',
        HOST: '0.0.0.0',
        DATABASE_URL: 'postgres://x@h/db',
        HANDCHECK_PUBLIC_URL: 'https://hc.example/',
        HANDCHECK_TRUST_PROXY: 'true',
        INIT_CWD: '/tmp/here',
        HANDCHECK_DATA: 'mine',
      },
    );
    expect(c).toMatchObject({
      port: 3000,
      host: '0.0.0.0',
      databaseUrl: 'postgres://x@h/db',
      publicUrl: 'https://hc.example',
      trustProxy: 1, // one proxy hop in front
      dataDir: '/tmp/here/mine',
    });
  });

  it('treats an empty variable as unset and refuses a port that is not one', () => {
    const c = loadConfig({}, { DATABASE_URL: '', HANDCHECK_DATA: '' });
    expect(c.databaseUrl).toBeUndefined();
    expect(c.port).toBe(8080);
    expect(() => loadConfig({ port: 'eighty' }, {})).toThrow('--port must be 0–65535');
  });
});
