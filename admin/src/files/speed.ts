interface Sample {
  at: number;
  bytes: number;
}

/** Window over which the speed is averaged: steady enough to read, quick to follow a change. */
const WINDOW_MS = 5000;

/** Upload speed and time left per upload, from its recent progress reports. */
export class Speedometer {
  private readonly samples = new Map<string, Sample[]>();

  reset(key: string) {
    this.samples.delete(key);
  }

  sample(key: string, sent: number, total: number, at = performance.now()) {
    // Bytes can go back after a retry: the server had kept less than was sent.
    const known = (this.samples.get(key) ?? []).filter((s) => s.bytes <= sent);
    // The last sample before the window stays as its start, so a stall still counts.
    const inWindow = known.findIndex((s) => at - s.at <= WINDOW_MS);
    const recent = known.slice(inWindow < 0 ? -1 : Math.max(0, inWindow - 1));
    recent.push({ at, bytes: sent });
    this.samples.set(key, recent);
    const first = recent[0]!;
    const seconds = (at - first.at) / 1000;
    if (seconds < 0.5 || sent <= first.bytes) return { speed: null, remaining: null };
    const speed = (sent - first.bytes) / seconds;
    return { speed, remaining: (total - sent) / speed };
  }
}
