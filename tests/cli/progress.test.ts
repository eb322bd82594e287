import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatDuration, Progress, type ProgressStream } from '../../cli/progress.js';

/** A stream that records what is written and says whether it is a terminal. */
function stream(isTTY: boolean): ProgressStream & { text: () => string } {
  const written: string[] = [];
  return { isTTY, columns: 100, write: (text: string) => written.push(text), text: () => written.join('') };
}

/** A clock the test moves by hand. */
function clock(): { now: () => number; advance: (ms: number) => void } {
  let at = 0;
  return { now: () => at, advance: (ms) => void (at += ms) };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('progress on stderr', () => {
  it('on a terminal: one bar redrawn in place with done/total, documents/s, ETA and failures', () => {
    const out = stream(true);
    const time = clock();
    const progress = new Progress({ total: 10, stream: out, now: time.now });
    time.advance(2000);
    progress.update({ done: 4, failed: 1, reused: 0 });
    const bar = `[${'#'.repeat(16)}${'.'.repeat(24)}] 4/10  2,0 dok/s  kvar 3 s  1 misslyckades`;
    expect(out.text()).toBe(`\r\u001b[2K${bar}`);
    progress.log('rapportkoll: a.pdf: encrypted: …');
    expect(out.text().endsWith(`\r\u001b[2Krapportkoll: a.pdf: encrypted: …\n${bar}`)).toBe(true);
    progress.stop();
    expect(out.text().endsWith('\r\u001b[2K')).toBe(true);
  });

  it('on a terminal, redraws at most ten times a second but always the last document', () => {
    const out = stream(true);
    const time = clock();
    const progress = new Progress({ total: 3, stream: out, now: time.now });
    time.advance(1000);
    progress.update({ done: 1, failed: 0, reused: 0 });
    progress.update({ done: 2, failed: 0, reused: 0 });
    progress.update({ done: 3, failed: 0, reused: 0 });
    expect(
      out
        .text()
        .split('\r')
        .filter(Boolean)
        .map((frame) => frame.match(/\] (\d+)\/3/)?.[1]),
    ).toEqual(['1', '3']);
  });

  it('not on a terminal: a plain line every few seconds, nothing in between', () => {
    vi.useFakeTimers();
    const out = stream(false);
    const time = clock();
    const progress = new Progress({ total: 1000, stream: out, now: time.now, lineIntervalMs: 5000 });
    time.advance(4000);
    progress.update({ done: 40, failed: 0, reused: 0 });
    vi.advanceTimersByTime(4999);
    expect(out.text()).toBe('');
    vi.advanceTimersByTime(1);
    expect(out.text()).toBe('rapportkoll: 40/1000 dokument (4 %), 10,0 dokument/s, klart om 1:36, 0 misslyckades\n');
    progress.stop();
    vi.advanceTimersByTime(60_000);
    expect(out.text().split('\n').filter(Boolean)).toHaveLength(1);
  });

  it('does not count results reused from an earlier run in documents/s', () => {
    const time = clock();
    const progress = new Progress({ total: 100, stream: stream(false), now: time.now });
    time.advance(10_000);
    progress.update({ done: 60, failed: 0, reused: 50 });
    expect(progress.plainLine()).toBe('rapportkoll: 60/100 dokument (60 %), 1,0 dokument/s, klart om 40 s, 0 misslyckades');
    progress.stop();
    const english = new Progress({ total: 100, stream: stream(false), now: time.now, lang: 'en' });
    time.advance(10_000);
    english.update({ done: 60, failed: 0, reused: 50 });
    expect(english.plainLine()).toBe('rapportkoll: 60/100 documents (60 %), 1.0 documents/s, ETA 40 s, 0 failed');
    expect(english.barLine()).toMatch(/\] 60\/100 {2}1\.0 docs\/s {2}ETA 40 s {2}0 failed$/);
    english.stop();
  });

  it.each([
    [null, '?'],
    [48.4, '48 s'],
    [125, '2:05'],
    [3725, '1:02:05'],
  ])('formats %s seconds as %s', (seconds, text) => {
    expect(formatDuration(seconds)).toBe(text);
  });
});
