import { describe, expect, it } from 'vitest';
import { countryFromLocale, EMERGENCY_NUMBERS, emergencyNumber } from './emergency';
import { isSourceId } from './sources';

describe('emergency numbers', () => {
  it('gives the well-known number of a country, each with a known source', () => {
    expect(emergencyNumber('GB').number).toBe('999');
    expect(emergencyNumber('us').number).toBe('911');
    expect(emergencyNumber('DE').number).toBe('112');
    expect(emergencyNumber('AU').number).toBe('000');
    for (const n of Object.values(EMERGENCY_NUMBERS))
      for (const s of n.sources) expect(isSourceId(s), s).toBe(true);
  });

  it('falls back to 112 when the country is unknown', () => {
    expect(emergencyNumber(null)).toMatchObject({ number: '112', known: false });
    expect(emergencyNumber('ZZ')).toMatchObject({ number: '112', known: false });
  });

  it('reads the country from a browser locale', () => {
    expect(countryFromLocale('en-GB')).toBe('GB');
    expect(countryFromLocale('de-DE')).toBe('DE');
    expect(countryFromLocale('zh-Hant-TW')).toBe('TW');
    expect(countryFromLocale('en')).toBeNull();
  });
});
