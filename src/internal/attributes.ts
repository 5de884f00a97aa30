/**
 * Attribute parsing shared by every widget. Site authors type attribute values
 * by hand, so each parser accepts the obvious variants (case, surrounding
 * spaces) and returns the documented default for anything else — it never
 * throws.
 */

/** Returns `value` trimmed and lower-cased if it is one of `allowed`, else `fallback`. */
export function oneOf<T extends string>(
  value: unknown,
  allowed: readonly T[],
  fallback: T,
): T {
  if (typeof value !== 'string') return fallback;
  const normalized = value.trim().toLowerCase();
  return (allowed as readonly string[]).includes(normalized)
    ? (normalized as T)
    : fallback;
}

/**
 * Parses a whole decimal number in `[min, max]`. Signs, decimals, exponents,
 * hex and empty strings all give `fallback`.
 */
export function wholeNumber(
  value: unknown,
  min: number,
  max: number,
  fallback: number,
): number {
  if (typeof value === 'number') value = String(value);
  if (typeof value !== 'string') return fallback;
  const text = value.trim();
  if (!/^\d{1,9}$/.test(text)) return fallback;
  const number = Number(text);
  return number >= min && number <= max ? number : fallback;
}

/** Returns the trimmed text, or `fallback` when it is missing or blank. */
export function textOr(value: unknown, fallback: string): string {
  if (typeof value !== 'string') return fallback;
  const text = value.trim();
  return text === '' ? fallback : text;
}

/**
 * Splits a list attribute (`"pain stress"`, `"pain, stress"`) into known keys,
 * in the author's order, without repeats. Unknown keys are ignored; an empty
 * result means "use the default list".
 */
export function keyList<T extends string>(value: unknown, known: readonly T[]): T[] {
  if (typeof value !== 'string') return [];
  const keys = value.toLowerCase().split(/[\s,]+/);
  const result: T[] = [];
  for (const key of keys) {
    if ((known as readonly string[]).includes(key) && !result.includes(key as T)) {
      result.push(key as T);
    }
  }
  return result;
}

/**
 * A phone number as people write it: digits, spaces, dashes, brackets and a
 * leading plus, 2–20 characters. Anything else gives undefined.
 */
export function phoneNumber(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  return /^\+?[0-9][0-9 ()-]{1,19}$/.test(text) ? text : undefined;
}
