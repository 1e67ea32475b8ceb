// @ts-check
/**
 * When to ask the service about a draft: debounced after the last change, one request in flight
 * at a time, answers that are no longer the newest dropped. Time comes from an injected clock so
 * tests drive it without real timers.
 *
 *   update(p) ─► [debounce delayMs] ─► send(p) ─► onAnswer(p, answer)
 *                 restarts on update     │  one at a time; a change while it is out is sent
 *                                        │  when it returns (or times out)
 *                                        └► an answer older than the newest one shown is dropped
 */
(function (/** @type {any} */ root) {
  /**
   * @typedef {object} Clock
   * @property {(fn: () => void, ms: number) => unknown} setTimeout
   * @property {(handle: unknown) => void} clearTimeout
   */

  /**
   * @template P, A
   * @typedef {object} SchedulerOptions
   * @property {number} delayMs                 debounce after the last update
   * @property {number} [timeoutMs]             a request out longer than this is abandoned
   * @property {(payload: P) => Promise<A>} send
   * @property {(payload: P, answer: A) => void} onAnswer
   * @property {(payload: P, error: unknown) => void} [onError]  a rejected or abandoned request
   * @property {(a: P, b: P) => boolean} [same] payloads that need no new request (default ===)
   * @property {Clock} [clock]
   */

  /**
   * @template P, A
   * @param {SchedulerOptions<P, A>} options
   */
  function createScheduler(options) {
    const clock = options.clock || {
      setTimeout: (/** @type {() => void} */ fn, /** @type {number} */ ms) => globalThis.setTimeout(fn, ms),
      clearTimeout: (/** @type {any} */ handle) => globalThis.clearTimeout(handle),
    };
    const same = options.same || ((a, b) => a === b);
    /** @type {{payload: P} | null} */
    let latest = null; // the newest payload, whether sent or not
    /** @type {{payload: P} | null} */
    let lastSent = null; // the payload of the newest request, out or answered
    let dirty = false; // latest has not been sent yet
    /** @type {unknown} */
    let timer = null;
    /** @type {{seq: number, timeout: unknown} | null} */
    let inFlight = null;
    let sentSeq = 0;
    let answeredSeq = 0; // the newest answer taken; anything older is stale
    let generation = 0;
    let disposed = false;
    let dropped = 0;

    /**
     * @param {P} payload
     * @param {boolean} [force]  ask even when it equals what was last sent (what the caller
     *   shows for it is no longer that answer: findings dropped by an edit since undone)
     */
    function update(payload, force = false) {
      if (disposed) return;
      latest = { payload };
      // Back to what was last sent (typed, then undone while the request was out): no request,
      // unless the caller no longer holds that request's answer.
      dirty = force || !(lastSent && same(lastSent.payload, payload));
      clearTimer();
      if (!dirty) return;
      timer = clock.setTimeout(fire, options.delayMs);
    }

    /** Send the newest payload now instead of waiting for the debounce (focus, paste). */
    function flush() {
      if (disposed || !dirty) return;
      clearTimer();
      fire();
    }

    /**
     * Answers to requests already out belong to an outdated context (another service, another
     * platform): drop them, and send the newest payload again.
     */
    function invalidate() {
      generation++;
      if (latest) {
        dirty = true;
        lastSent = null;
        if (inFlight) abandon(inFlight.seq);
        flush();
      }
    }

    function dispose() {
      disposed = true;
      clearTimer();
      if (inFlight) clock.clearTimeout(inFlight.timeout);
      inFlight = null;
    }

    function clearTimer() {
      if (timer !== null) clock.clearTimeout(timer);
      timer = null;
    }

    function fire() {
      timer = null;
      if (inFlight || !dirty || !latest) return; // sent when the request out returns
      dispatch(latest.payload);
    }

    /** @param {P} payload */
    function dispatch(payload) {
      dirty = false;
      lastSent = { payload };
      const seq = ++sentSeq;
      const gen = generation;
      const timeout =
        options.timeoutMs === undefined
          ? null
          : clock.setTimeout(() => {
              if (inFlight && inFlight.seq === seq) {
                abandon(seq);
                lastSent = null; // the same draft may be asked again
                if (options.onError) options.onError(payload, new Error('timed out'));
                afterRequest();
              }
            }, options.timeoutMs);
      inFlight = { seq, timeout };
      let promise;
      try {
        promise = Promise.resolve(options.send(payload));
      } catch (error) {
        promise = Promise.reject(error);
      }
      promise.then(
        (answer) => settle(seq, gen, payload, () => options.onAnswer(payload, answer)),
        (error) =>
          settle(seq, gen, payload, () => {
            if (seq === sentSeq) lastSent = null; // the same draft may be asked again
            if (options.onError) options.onError(payload, error);
          }),
      );
    }

    /** @param {number} seq */
    function abandon(seq) {
      if (inFlight && inFlight.seq === seq) {
        clock.clearTimeout(inFlight.timeout);
        inFlight = null;
      }
    }

    /**
     * @param {number} seq
     * @param {number} gen
     * @param {P} _payload
     * @param {() => void} deliver
     */
    function settle(seq, gen, _payload, deliver) {
      const current = inFlight !== null && inFlight.seq === seq;
      if (current) abandon(seq);
      if (disposed) return;
      if (gen !== generation || seq <= answeredSeq || (!current && seq < sentSeq)) {
        dropped++;
      } else {
        answeredSeq = seq;
        deliver();
      }
      if (current) afterRequest();
    }

    function afterRequest() {
      if (!disposed && dirty && timer === null && latest) dispatch(latest.payload);
    }

    return {
      update,
      flush,
      invalidate,
      dispose,
      /** Nothing waiting and nothing out: the last answer is for the newest payload. */
      get idle() {
        return !dirty && inFlight === null && timer === null;
      },
      get inFlight() {
        return inFlight !== null;
      },
      get pending() {
        return timer !== null || dirty;
      },
      /** How many answers were dropped as stale (for tests and diagnostics). */
      get dropped() {
        return dropped;
      },
      get sent() {
        return sentSeq;
      },
    };
  }

  const api = { createScheduler };
  const ns = /** @type {any} */ (root.GigGuard = root.GigGuard || {});
  ns.scheduler = api;
  // @ts-ignore -- CommonJS for node --test only
  if (typeof module === 'object' && module.exports) module.exports = api;
})(globalThis);
