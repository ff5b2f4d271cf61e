/** One Graph request the emulator answered, for tests and benchmarks that count round trips. */
export interface RequestLogEntry {
  method: string;
  /** Path relative to the emulator's Graph root, e.g. `/v1.0/me`. */
  path: string;
  /** The raw query string without `?` (empty when none). */
  query: string;
  status: number;
  /** For `$batch`: how many requests it carried, and each one's outcome. */
  batchItems?: number;
  items?: { method: string; url: string; status: number }[];
  /** Virtual-clock time the request arrived (ISO 8601). */
  at: string;
}

export interface RequestLog {
  record(entry: RequestLogEntry): void;
  entries(): readonly RequestLogEntry[];
  clear(): void;
}

/** Keeps the most recent entries; a long demo must not grow memory without bound. */
export function createRequestLog(limit = 10000): RequestLog {
  let entries: RequestLogEntry[] = [];
  return {
    record(entry) {
      entries.push(entry);
      if (entries.length > limit) entries = entries.slice(entries.length - limit);
    },
    entries: () => entries,
    clear() {
      entries = [];
    },
  };
}
