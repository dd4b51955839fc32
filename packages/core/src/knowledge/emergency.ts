/**
 * The emergency telephone number to offer on an emergency result, by the person's country
 * (ISO 3166-1 alpha-2). A small table of well-known numbers, each with its source; any other country
 * gets 112, the number GSM mobile phones connect in most of the world (and every EU country) [eu-112].
 */
import type { SourceId } from './sources';

export interface EmergencyNumber {
  readonly number: string;
  readonly sources: readonly SourceId[];
}

/** The EU/EEA member states plus Switzerland, where 112 is the common emergency number [eu-112]. */
const EU_112 = [
  'AT',
  'BE',
  'BG',
  'HR',
  'CY',
  'CZ',
  'DK',
  'EE',
  'FI',
  'FR',
  'DE',
  'GR',
  'HU',
  'IE',
  'IT',
  'LV',
  'LT',
  'LU',
  'MT',
  'NL',
  'PL',
  'PT',
  'RO',
  'SK',
  'SI',
  'ES',
  'SE',
  'IS',
  'LI',
  'NO',
  'CH',
] as const;

export const EMERGENCY_NUMBERS: Readonly<Record<string, EmergencyNumber>> = {
  ...Object.fromEntries(EU_112.map((c) => [c, { number: '112', sources: ['eu-112'] }])),
  GB: { number: '999', sources: ['nhs-999'] },
  US: { number: '911', sources: ['us-911'] },
  CA: { number: '911', sources: ['ca-911'] },
  AU: { number: '000', sources: ['au-000'] },
};

export const DEFAULT_EMERGENCY_NUMBER: EmergencyNumber = { number: '112', sources: ['eu-112'] };

/** The countries with a known number, for the "Me" screen's choice (codes, sorted). */
export const EMERGENCY_COUNTRIES: readonly string[] = Object.keys(EMERGENCY_NUMBERS).toSorted();

/** The number for a country code (any case); 112 when the country is unknown or not in the table. */
export function emergencyNumber(
  country: string | null | undefined,
): EmergencyNumber & { readonly known: boolean } {
  const hit = country ? EMERGENCY_NUMBERS[country.toUpperCase()] : undefined;
  return hit ? { ...hit, known: true } : { ...DEFAULT_EMERGENCY_NUMBER, known: false };
}

/** The country a browser locale names ("en-GB" → "GB"), if it names one. */
export function countryFromLocale(locale: string | null | undefined): string | null {
  const m = /^[a-z]{2,3}(?:-[A-Za-z]{4})?-([A-Z]{2})\b/i.exec(locale ?? '');
  return m?.[1] ? m[1].toUpperCase() : null;
}
