/**
 * The emergency number to call, by region (ISO 3166-1 alpha-2), for the
 * emergency note of `<cst-ask-provider urgent>`.
 *
 * Sources: the national numbers of the United States and Canada (911), the
 * United Kingdom (999), Australia (000) and New Zealand (111); 112, the
 * single emergency number of every European Union member state (EU
 * Universal Service Directive, now the European Electronic Communications
 * Code, art. 109), which also answers in Ireland beside 999; 144, the
 * ambulance number of Switzerland and Liechtenstein (112 also answers there).
 * Norway is left out on purpose: its ambulance number is 113, and 112 is the
 * police. A region not listed gets "your local emergency number" rather than
 * a guess.
 */
const EU_112 = [
  'AT',
  'BE',
  'BG',
  'CY',
  'CZ',
  'DE',
  'DK',
  'EE',
  'ES',
  'FI',
  'FR',
  'GR',
  'HR',
  'HU',
  'IE',
  'IT',
  'LT',
  'LU',
  'LV',
  'MT',
  'NL',
  'PL',
  'PT',
  'RO',
  'SE',
  'SI',
  'SK',
] as const;

export const EMERGENCY_NUMBERS: Readonly<Record<string, string>> = {
  US: '911',
  CA: '911',
  GB: '999',
  AU: '000',
  NZ: '111',
  CH: '144',
  LI: '144',
  ...Object.fromEntries(EU_112.map((region) => [region, '112'])),
};

/** The number for a region, or undefined when we do not know it. */
export function emergencyNumberFor(region: string | undefined): string | undefined {
  return region ? EMERGENCY_NUMBERS[region] : undefined;
}
