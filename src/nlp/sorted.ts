/** Number of entries of the ascending array `sorted` that are below `pos` (binary search). */
export function countBelow(sorted: readonly number[], pos: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] as number) < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
