import { DEFAULT_ALERT_CONFIG } from '@handcheck/core';
import { describe, expect, it } from 'vitest';
import { alertConfigFromEnv } from '../src/store/alerts';

describe('alert thresholds from HANDCHECK_ALERT_CONFIG', () => {
  it('are core’s defaults when the variable is unset or empty', () => {
    expect(alertConfigFromEnv({})).toEqual(DEFAULT_ALERT_CONFIG);
    expect(alertConfigFromEnv({ HANDCHECK_ALERT_CONFIG: '  ' })).toEqual(DEFAULT_ALERT_CONFIG);
  });

  it('override only the thresholds a site names', () => {
    const config = alertConfigFromEnv({
      HANDCHECK_ALERT_CONFIG: '{"worseningPoints": 3, "overdueDays": 28}',
    });
    expect(config).toEqual({ ...DEFAULT_ALERT_CONFIG, worseningPoints: 3, overdueDays: 28 });
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
    expect(() => alertConfigFromEnv({ HANDCHECK_ALERT_CONFIG: text })).toThrow(words);
  });
});
