/** Suggestions for a mistyped name: a rule code in a comment, a configuration file or an option. */

/** The known name closest to an unknown one (at most two edits away), for a "did you mean" in a message. */
export function closestName(code: string, knownCodes: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = 3;
  for (const known of knownCodes) {
    const distance = editDistance(code, known, bestDistance);
    if (distance < bestDistance) {
      best = known;
      bestDistance = distance;
    }
  }
  return best;
}

/** Levenshtein distance, giving up (returning `limit`) once it must reach `limit`. */
function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) >= limit) return limit;
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMinimum = i;
    for (let j = 1; j <= b.length; j++) {
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      current.push(value);
      rowMinimum = Math.min(rowMinimum, value);
    }
    if (rowMinimum >= limit) return limit;
    previous = current;
  }
  return Math.min(previous[b.length]!, limit);
}
