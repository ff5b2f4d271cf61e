/**
 * The emulator's virtual clock. Every read of "now" in the emulator goes through it, so tests
 * and demos can set or advance time. It runs with wall time plus an offset unless frozen.
 */
export interface Clock {
  now(): Date;
  nowMs(): number;
  set(at: Date): void;
  advance(ms: number): void;
  freeze(): void;
  resume(): void;
  readonly frozen: boolean;
}

export function createClock(options: { start?: Date; frozen?: boolean } = {}): Clock {
  let offset = options.start ? options.start.getTime() - Date.now() : 0;
  let frozenAt: number | null = options.frozen ? Date.now() + offset : null;
  const nowMs = (): number => frozenAt ?? Date.now() + offset;
  return {
    nowMs,
    now: () => new Date(nowMs()),
    set(at) {
      if (frozenAt !== null) frozenAt = at.getTime();
      else offset = at.getTime() - Date.now();
    },
    advance(ms) {
      if (frozenAt !== null) frozenAt += ms;
      else offset += ms;
    },
    freeze() {
      frozenAt ??= nowMs();
    },
    resume() {
      if (frozenAt === null) return;
      offset = frozenAt - Date.now();
      frozenAt = null;
    },
    get frozen() {
      return frozenAt !== null;
    },
  };
}

/** Parses an ISO 8601 duration such as `PT1H30M`, `P1D` or `-PT5M` into milliseconds. */
export function parseIsoDuration(value: string): number | null {
  const m =
    /^(-)?P(?:(\d+(?:\.\d+)?)W)?(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/.exec(
      value,
    );
  if (!m || value === 'P' || value.endsWith('T')) return null;
  const [, sign, w, d, h, min, s] = m;
  const n = (x: string | undefined): number => (x ? Number(x) : 0);
  const ms = ((n(w) * 7 + n(d)) * 86400 + n(h) * 3600 + n(min) * 60 + n(s)) * 1000;
  return sign ? -ms : ms;
}
