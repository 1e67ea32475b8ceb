// @ts-check
/** A clock for the scheduler's tests: time moves only when a test calls advance(). */
'use strict';

class FakeClock {
  constructor() {
    this.now = 0;
    /** @type {{id: number, at: number, fn: () => void}[]} */
    this.timers = [];
    this.nextId = 1;
  }

  /**
   * @param {() => void} fn
   * @param {number} ms
   */
  setTimeout(fn, ms) {
    const id = this.nextId++;
    this.timers.push({ id, at: this.now + ms, fn });
    return id;
  }

  /** @param {unknown} id */
  clearTimeout(id) {
    this.timers = this.timers.filter((t) => t.id !== id);
  }

  /**
   * Runs every timer due within `ms`, in order, settling promises after each.
   * @param {number} ms
   */
  async advance(ms) {
    const target = this.now + ms;
    await settle();
    for (;;) {
      const due = this.timers.filter((t) => t.at <= target).sort((a, b) => a.at - b.at || a.id - b.id)[0];
      if (!due) break;
      this.timers = this.timers.filter((t) => t !== due);
      this.now = due.at;
      due.fn();
      await settle();
    }
    this.now = target;
  }
}

/** Lets every promise callback that is ready run (a macrotask turn of the real event loop). */
function settle() {
  return new Promise((resolve) => setImmediate(resolve));
}

/**
 * A promise the test resolves by hand, to play a request that is out.
 * @template T
 */
function deferred() {
  /** @type {(value: T) => void} */
  let resolve = () => {};
  /** @type {(error: unknown) => void} */
  let reject = () => {};
  /** @type {Promise<T>} */
  const promise = new Promise((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

module.exports = { FakeClock, settle, deferred };
