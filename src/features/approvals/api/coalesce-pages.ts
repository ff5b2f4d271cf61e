/**
 * Groups the pages of a stream so the screen redraws at most about once per `everyMs`: the first
 * page goes through at once (first rows as soon as possible); later pages wait for the interval
 * to pass (checked as each page arrives), and whatever is left goes through when the stream ends.
 * Every redraw of a growing list costs the same whatever it adds, so fewer, larger steps keep the
 * main thread free while the rest of a long list pages in.
 */
export async function* coalescePages<T>(
  pages: AsyncIterable<T[]>,
  everyMs: number,
  now: () => number = () => performance.now(),
): AsyncGenerator<T[]> {
  let held: T[] = [];
  let last: number | undefined;
  for await (const page of pages) {
    held = held.length === 0 ? page : held.concat(page);
    const at = now();
    if (last === undefined || at - last >= everyMs) {
      yield held;
      held = [];
      last = at;
    }
  }
  if (held.length > 0) yield held;
}
