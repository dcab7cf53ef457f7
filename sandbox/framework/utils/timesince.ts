/** Django's timesince/timeuntil (utils/timesince.py): "2 days, 3 hours". */

const CHUNKS: [number, string, string][] = [
  [60 * 60 * 24 * 365, "year", "years"],
  [60 * 60 * 24 * 30, "month", "months"],
  [60 * 60 * 24 * 7, "week", "weeks"],
  [60 * 60 * 24, "day", "days"],
  [60 * 60, "hour", "hours"],
  [60, "minute", "minutes"],
];

const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const leapdays = (y1: number, y2: number) => {
  const before = (y: number) => Math.floor(y / 4) - Math.floor(y / 100) + Math.floor(y / 400);
  return before(y2 - 1) - before(y1 - 1);
};

/** The time between `d` and `now` in at most `depth` adjacent units; "0 minutes" when d is later. */
export function timesince(d: Date, now: Date = new Date(), reversed = false, depth = 2): string {
  const [from, to] = reversed ? [now, d] : [d, now];
  let leap = leapdays(from.getUTCFullYear(), to.getUTCFullYear());
  if (leap !== 0) {
    if (isLeap(from.getUTCFullYear())) leap -= 1;
    else if (isLeap(to.getUTCFullYear())) leap += 1;
  }
  let since = Math.floor((to.getTime() - from.getTime()) / 1000) - leap * 86400;
  const unit = (count: number, i: number) => `${count}\u00a0${count === 1 ? CHUNKS[i]?.[1] : CHUNKS[i]?.[2]}`;
  if (since <= 0) return unit(0, 5);
  let i = CHUNKS.findIndex(([seconds]) => Math.floor(since / seconds) !== 0);
  if (i < 0) return unit(0, 5);
  const result: string[] = [];
  while (i < CHUNKS.length && result.length < depth) {
    const seconds = (CHUNKS[i] as [number, string, string])[0];
    const count = Math.floor(since / seconds);
    if (count === 0) break;
    result.push(unit(count, i));
    since -= seconds * count;
    i += 1;
  }
  return result.join(", ");
}

/** timesince in the other direction: how long until `d`. */
export function timeuntil(d: Date, now: Date = new Date(), depth = 2): string {
  return timesince(d, now, true, depth);
}
