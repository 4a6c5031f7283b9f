/** "Did you mean …?" for mistyped ids and field names. */
import { distance } from 'fastest-levenshtein';

/** The known id closest to `input`, if it is close enough to be a likely typo. */
export function closestId(input: string, known: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of known) {
    const d = distance(input.toLowerCase(), candidate);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  const tolerance = Math.max(2, Math.floor(input.length / 3));
  return bestDistance <= tolerance ? best : undefined;
}
