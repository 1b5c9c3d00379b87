// The analysis task in Node, with injected timers: debounced, the latest change wins, and its completion
// resolves only once the last change is analysed.
import { describe, expect, it } from 'vitest';
import type { Analysis } from '../src/domain/analysis.js';
import { AnalysisTask, type Timers } from '../src/state/analysis-task.js';

function manualTimers() {
  const due = new Map<number, () => void>();
  let seq = 0;
  const timers: Timers = {
    setTimeout(fn) {
      due.set(++seq, fn);
      return seq;
    },
    clearTimeout(h) {
      due.delete(h as number);
    },
  };
  const fire = () => {
    const all = [...due.values()];
    due.clear();
    for (const fn of all) fn();
  };
  return { timers, fire, pending: () => due.size };
}

describe('the analysis task', () => {
  it('runs the latest scheduled document once, and completes after it', async () => {
    const { timers, fire, pending } = manualTimers();
    const ran: unknown[] = [];
    const results: unknown[] = [];
    let release: () => void = () => {};
    const task = new AnalysisTask(
      async (_key, doc) => {
        ran.push(doc);
        await new Promise<void>((r) => (release = r));
        return { issues: [] } as unknown as Analysis;
      },
      (_key, doc) => results.push(doc),
      timers,
    );
    let done = false;
    task.schedule('p', 'v1');
    task.schedule('p', 'v2');
    void task.complete().then(() => (done = true));
    expect(pending()).toBe(1);
    fire();
    await Promise.resolve();
    expect(ran).toEqual(['v2']);
    // A change while it runs: the completion waits for that one too.
    task.schedule('p', 'v3');
    release();
    await new Promise((r) => setImmediate(r));
    expect(done).toBe(false);
    fire();
    await new Promise((r) => setImmediate(r));
    release();
    await task.complete();
    expect(ran).toEqual(['v2', 'v3']);
    expect(results).toEqual(['v3']);
    expect(task.pending).toBe(false);
  });
});
