/** Inserts `marks` into `s` at `count` positions derived from `seed` (deterministic for a given seed): hostile copies of real text. */
export function sprinkle(s: string, marks: readonly string[], seed: number, count: number): string {
  let out = s;
  for (let i = 0; i < count; i++) {
    const at = (seed * (i + 7) * 2654435761) % Math.max(1, out.length);
    out = out.slice(0, at) + marks[i % marks.length]! + out.slice(at);
  }
  return out;
}
