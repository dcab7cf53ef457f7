/** Expected and actual values, read from the framework's assertion messages. */
export interface Comparison {
  expected: string;
  actual: string;
}

/**
 * Reads "11 != 1 : 11 queries executed, 1 expected" (assertEqual, assertNumQueries) and
 * "... was 404 (expected 200)" (assertContains); null for other messages.
 */
export function comparisonOf(message: string): Comparison | null {
  const unequal = /^(.+?) != (.+?)(?: : |$)/m.exec(message);
  if (unequal) return { actual: unequal[1] ?? "", expected: unequal[2] ?? "" };
  const status = /was (\d+) \(expected (\d+)\)/.exec(message);
  if (status) return { actual: status[1] ?? "", expected: status[2] ?? "" };
  return null;
}
