// @ts-check
/**
 * One watched composer: reads its text as the seller types, asks for findings through the
 * scheduler, carries them across edits, draws them, opens the card, applies fixes through the
 * editor's own input path (a `beforeinput` event the editor takes, else execCommand('insertText'):
 * undo works and React-style controlled inputs see an input event), and tells the send guard
 * whether anything must be held.
 */
(function (/** @type {any} */ root) {
  /** @typedef {import('./messages.js').Finding} Finding */
  /** @typedef {import('./messages.js').LintResult} LintResult */
  /** @typedef {import('./messages.js').LintAnswer} LintAnswer */
  /** @typedef {import('./settings.js').Settings} Settings */

  const NAVIGATION_KEYS = new Set(['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End', 'PageUp', 'PageDown']);
  const SEVERITY_RANK = Object.freeze({ error: 0, warning: 1, info: 2 });
  const t = (/** @type {string} */ key, /** @type {(string | number)[]} */ ...subs) => root.GigGuard.i18n.t(key, ...subs);
  // While the service is unreachable, the draft is asked about again after these pauses (ms), so
  // a service that comes back checks a draft the seller has stopped typing in.
  const RETRY_MS = [2000, 5000, 10000, 30000];

  /**
   * @typedef {object} SessionContext
   * @property {(text: string) => Promise<LintAnswer>} send
   * @property {() => Settings} settings
   * @property {{update: (s: Session) => void, forget: (s: Session) => void}} guard
   * @property {(s: Session) => void} [rendered]  after each render: the toolbar badge's count
   * @property {() => {site: string, phase: string}} [where]  the marketplace and phase, for
   *   per-site dismissals and false-alarm reports
   */

  /** @param {Finding} f */
  const keyOf = (f) => `${f.rule}:${f.start}:${f.end}`;
  /** An ignored finding is its rule and its words: it stays ignored while the text around it changes. */
  const ignoreKey = (/** @type {Finding} */ f, /** @type {string} */ text) => `${f.rule}\u0000${text.slice(f.start, f.end)}`;

  class Session {
    /**
     * @param {HTMLElement} element
     * @param {SessionContext} ctx
     */
    constructor(element, ctx) {
      const G = root.GigGuard;
      this.element = element;
      this.ctx = ctx;
      this.text = G.domText.readText(element);
      /** @type {LintResult | null} the newest answer, carried to this.text */
      this.display = null;
      this.touched = false; // a finding was edited and the service has not answered since
      /** @type {Set<string>} findings the seller chose to ignore in this draft (ignoreKey) */
      this.ignored = new Set();
      /** @type {Finding[]} what is drawn: display's findings that the strictness shows */
      this.shown = [];
      this.offline = false;
      /** @type {string | null} a refusal from the service (bad key, unknown platform) */
      this.problem = null;
      this.answered = false;
      this.retries = 0;
      this.pasted = false;
      /** @type {(() => void)[]} the send guard waiting for the newest draft's answer */
      this.waiters = [];
      /** @type {ReturnType<typeof setTimeout> | null} */
      this.retryTimer = null;
      this.underliner = G.underline.createUnderliner(element);
      this.scheduler = G.scheduler.createScheduler({
        delayMs: G.settings.DEBOUNCE_MS,
        // The worker gives up after REQUEST_TIMEOUT_MS; this covers a worker that never answers.
        timeoutMs: G.settings.REQUEST_TIMEOUT_MS + 1000,
        send: (/** @type {string} */ text) => this.request(text),
        onAnswer: (/** @type {string} */ text, /** @type {LintAnswer} */ answer) => this.onAnswer(text, answer),
        onError: (/** @type {string} */ text, /** @type {unknown} */ error) =>
          this.onAnswer(text, { ok: false, offline: true, error: String(error) }),
      });
      this.badge = this.makeBadge();
      // Screen readers hear the count when it changes (politely: never over the seller's typing).
      this.live = G.layer.getLayer().make('div', 'gg-live');
      this.live.setAttribute('role', 'status');
      /** @type {number | null} */
      this.announced = null;
      this.unsubscribe = G.layer.getLayer().onReposition(() => this.placeBadge());

      /** @type {[string, EventListener][]} */
      this.listeners = [
        ['input', () => this.onInput()],
        // A paste is a finished thought: no debounce (the text arrives with the input event after).
        ['paste', () => { this.pasted = true; }],
        ['focus', () => this.sync()],
        ['keyup', (event) => this.onKeyup(/** @type {KeyboardEvent} */ (event))],
        ['keydown', (event) => this.onKeydown(/** @type {KeyboardEvent} */ (event))],
        ['click', () => this.openAtCaret(false)],
      ];
      for (const [type, fn] of this.listeners) element.addEventListener(type, fn);
      // Editors that rebuild their DOM (after an input, or when the page re-renders with the text
      // unchanged) leave the underlines' ranges on nodes that are gone: redraw on the new ones.
      this.redrawQueued = false;
      this.observer = G.domText.isTextarea(element) ? null : new MutationObserver(() => this.redrawSoon());
      if (this.observer) this.observer.observe(element, { childList: true, subtree: true, characterData: true });
      if (this.text.trim()) {
        this.scheduler.update(this.text);
        this.scheduler.flush();
      }
      this.placeBadge();
    }

    // -- asking ---------------------------------------------------------------------------------

    /**
     * @param {string} text
     * @returns {Promise<LintAnswer>}
     */
    request(text) {
      if (!text.trim()) return Promise.resolve({ ok: true, result: { findings: [], rewrite: null } });
      return this.ctx.send(text);
    }

    onInput() {
      this.sync();
      if (this.pasted) this.scheduler.flush();
      this.pasted = false;
    }

    /** Reads the field; when its text changed, carries the findings along and asks again. */
    sync() {
      const text = root.GigGuard.domText.readText(this.element);
      if (text === this.text) return;
      const { spans } = root.GigGuard;
      const shown = this.display ? this.display.findings.length : 0;
      if (this.display) this.display = spans.remapResult(this.display, this.text, text);
      // An edit inside a finding drops it until the service answers again; the draft may come
      // back to the text last asked about (a typo fixed, Ctrl+Z) before the debounce ends, and
      // it must still be asked again, or the guard would pass a draft it has not seen.
      if (this.display && this.display.findings.length < shown) this.touched = true;
      this.text = text;
      if (!text.trim()) this.ignored.clear(); // sent or cleared: a new draft starts
      this.scheduler.update(text, this.touched);
      this.render();
    }

    /** After the editor changed its DOM: read the text, and redraw if the underlines lost theirs. */
    redrawSoon() {
      if (this.redrawQueued) return;
      this.redrawQueued = true;
      requestAnimationFrame(() => {
        this.redrawQueued = false;
        if (!this.element.isConnected) return;
        const before = this.text;
        this.sync();
        if (this.text === before && this.underliner.stale()) this.render();
      });
    }

    /** The service's context changed (another URL or key): ask again, drop answers still out. */
    refresh() {
      this.scheduler.invalidate();
      if (!this.text.trim()) this.render();
    }

    /**
     * @param {string} text  the draft the answer is for
     * @param {LintAnswer} answer
     */
    onAnswer(text, answer) {
      this.sync();
      if (text === this.text) this.touched = false; // the service has seen this very draft
      this.answered = true;
      this.scheduleRetry(!answer.ok && answer.offline);
      if (answer.ok) {
        this.offline = false;
        this.problem = null;
        // Spans are remapped across the edits made while the request was out.
        this.display = root.GigGuard.spans.remapResult(answer.result, text, this.text);
      } else {
        // Unreachable or refused: say so, draw nothing, hold nothing.
        this.offline = answer.offline;
        this.problem = answer.offline ? null : answer.error;
        this.display = null;
      }
      this.render();
      if (this.scheduler.idle) for (const resolve of this.waiters.splice(0)) resolve();
    }

    /** @param {boolean} offline */
    scheduleRetry(offline) {
      if (this.retryTimer !== null) clearTimeout(this.retryTimer);
      this.retryTimer = null;
      if (!offline) {
        this.retries = 0;
        return;
      }
      const delay = RETRY_MS[Math.min(this.retries, RETRY_MS.length - 1)];
      this.retries++;
      this.retryTimer = setTimeout(() => {
        this.retryTimer = null;
        if (this.text.trim() && this.scheduler.idle) this.scheduler.invalidate();
      }, delay);
    }

    // -- drawing --------------------------------------------------------------------------------

    render() {
      const shownSeverities = root.GigGuard.settings.shownSeverities(this.ctx.settings().strictness);
      this.shown = (this.display ? this.display.findings : [])
        .filter((f) => shownSeverities.has(f.severity) && !this.dismissed(f))
        .sort((a, b) => a.start - b.start || SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity]);
      this.underliner.render(this.shown);
      const card = root.GigGuard.card.getCard();
      if (card.isOpenFor(this) && !this.shown.some((f) => keyOf(f) === card.openKey)) card.hide(this);
      this.updateBadge();
      // Assistive technology hears that the composer holds errors (the badge announces counts).
      // aria-description, since an aria-describedby id cannot reach into GigGuard's shadow root.
      const errors = this.shown.filter((f) => f.severity === 'error').length;
      if (errors) {
        this.element.setAttribute('aria-invalid', 'true');
        this.element.setAttribute('aria-description', errors === 1 ? t('badgeCountOne') : t('badgeCountMany', errors));
      } else {
        this.element.removeAttribute('aria-invalid');
        this.element.removeAttribute('aria-description');
      }
      this.ctx.guard.update(this);
      if (this.ctx.rendered) this.ctx.rendered(this);
    }

    makeBadge() {
      const { getLayer } = root.GigGuard.layer;
      /** @type {HTMLElement} */
      const badge = getLayer().make('button', 'gg-badge');
      badge.setAttribute('type', 'button');
      badge.hidden = true;
      badge.dataset.state = 'idle';
      badge.addEventListener('mousedown', (event) => event.preventDefault());
      badge.addEventListener('click', () => {
        if (this.shown.length) this.openCard(0, true);
      });
      return badge;
    }

    updateBadge() {
      const badge = this.badge;
      const count = this.shown.length;
      badge.className = 'gg-badge';
      badge.removeAttribute('title');
      if (this.offline) {
        badge.dataset.state = 'offline';
        badge.classList.add('gg-offline');
        badge.textContent = t('badgeOffline');
        badge.title = t('badgeOfflineTitle');
      } else if (this.problem) {
        badge.dataset.state = 'problem';
        badge.classList.add('gg-offline');
        badge.textContent = t('badgeProblem');
        badge.title = t('badgeProblemTitle', this.problem);
      } else if (count) {
        badge.dataset.state = 'findings';
        badge.classList.add(`gg-sev-${this.shown.reduce((worst, f) => (SEVERITY_RANK[f.severity] < SEVERITY_RANK[worst] ? f.severity : worst), /** @type {Finding['severity']} */ ('info'))}`);
        badge.textContent = String(count);
        badge.setAttribute('aria-label', count === 1 ? t('badgeCountOne') : t('badgeCountMany', count));
      } else {
        badge.dataset.state = this.answered ? 'clean' : 'idle';
        badge.textContent = '';
      }
      if (this.answered && !this.offline && !this.problem && count !== this.announced) {
        this.announced = count;
        this.live.textContent = count === 0 ? t('liveClean') : count === 1 ? t('badgeCountOne') : t('badgeCountMany', count);
      }
      // For tests and the popup: true while a newer draft than the one answered is waiting.
      badge.dataset.pending = String(!this.scheduler.idle);
      badge.hidden = !(this.offline || this.problem || count);
      this.placeBadge();
    }

    placeBadge() {
      const badge = this.badge;
      if (badge.hidden) return;
      const rect = this.element.getBoundingClientRect();
      if (rect.width === 0 && rect.height === 0) {
        badge.style.visibility = 'hidden';
        return;
      }
      badge.style.visibility = '';
      badge.style.left = `${Math.round(rect.right - badge.offsetWidth - 6)}px`;
      badge.style.top = `${Math.round(rect.bottom - badge.offsetHeight - 6)}px`;
    }

    // -- the card -------------------------------------------------------------------------------

    /**
     * @param {number} x
     * @param {number} y
     */
    findingAt(x, y) {
      return this.underliner.findingAt(x, y);
    }

    /**
     * @param {number} index  into this.shown
     * @param {boolean} focus move the keyboard focus into the card
     */
    openCard(index, focus) {
      const finding = this.shown[index];
      if (!finding) return;
      const anchor = this.underliner.rectOf(index) || this.element.getBoundingClientRect();
      const { card: cards } = root.GigGuard;
      const card = cards.getCard();
      const rewrite = this.display && this.display.rewrite != null;
      const mayDismiss = root.GigGuard.settings.mayDismiss(this.ctx.settings(), finding.severity);
      const content = cards.findingContent(finding, {
        applyFinding: () => this.applyFinding(finding),
        applyRewrite: rewrite ? () => this.applyRewrite() : null,
        ignore: mayDismiss ? () => this.ignore(finding) : null,
        mute: mayDismiss && this.ctx.where ? () => this.mute(finding) : null,
        report: () => this.report(finding),
      }, this.text.slice(finding.replacement_start ?? finding.start, finding.replacement_end ?? finding.end));
      content.position = { index, count: this.shown.length, go: (to) => this.openCard(to, true) };
      content.returnFocus = () => this.element.focus();
      card.show(this, keyOf(finding), content, anchor);
      if (focus) card.focusFirstButton();
    }

    /** @param {boolean} focus */
    openAtCaret(focus) {
      const caret = this.caretOffset();
      if (caret < 0) return;
      const index = this.shown.findIndex((f) => f.start <= caret && caret <= f.end);
      if (index >= 0) this.openCard(index, focus);
      else if (focus && this.shown.length) this.openCard(0, true);
    }

    caretOffset() {
      const { domText } = root.GigGuard;
      const el = this.element;
      if (domText.isTextarea(el)) {
        const textarea = /** @type {HTMLTextAreaElement} */ (el);
        return textarea.selectionStart === textarea.selectionEnd ? textarea.selectionStart : -1;
      }
      const selection = el.ownerDocument.getSelection();
      if (!selection || !selection.isCollapsed || !selection.focusNode || !el.contains(selection.focusNode)) return -1;
      return domText.offsetAt(domText.readEditable(el), selection.focusNode, selection.focusOffset);
    }

    /** @param {KeyboardEvent} event */
    onKeyup(event) {
      this.sync();
      if (NAVIGATION_KEYS.has(event.key)) this.openAtCaret(false);
      this.closeCardAwayFromCaret();
    }

    /** The card goes once the caret is outside the finding it is about: it would cover the
     * line being typed. */
    closeCardAwayFromCaret() {
      const card = root.GigGuard.card.getCard();
      if (!card.isOpenFor(this)) return;
      const caret = this.caretOffset();
      const open = this.shown.find((f) => keyOf(f) === card.openKey);
      if (caret >= 0 && (!open || caret < open.start || caret > open.end)) card.hide(this);
    }

    /** @param {KeyboardEvent} event */
    onKeydown(event) {
      // Alt+Shift+G: the card of the finding at the caret (or the first), focused, for keyboards.
      if (event.altKey && event.shiftKey && event.code === 'KeyG') {
        event.preventDefault();
        this.openAtCaret(true);
      } else if (event.key === 'Escape') {
        root.GigGuard.card.getCard().hide(this);
      }
    }

    // -- dismissing, as in a grammar checker ------------------------------------------------------

    /** Not in this draft again (it comes back in the next one). @param {Finding} finding */
    ignore(finding) {
      this.ignored.add(ignoreKey(finding, this.text));
      this.render();
    }

    /** Not on this site again, for this rule: listed and undoable in Options. @param {Finding} finding */
    async mute(finding) {
      const S = root.GigGuard.settings;
      const key = S.STORAGE_KEYS.settings;
      const stored = S.normalizeSettings((await chrome.storage.local.get(key))[key]);
      stored.muted = S.normalizeMuted([...stored.muted, { rule: finding.rule, site: this.ctx.where().site }]);
      await chrome.storage.local.set({ [key]: stored }); // every composer re-renders on the change
    }

    /**
     * A false alarm, kept in this browser only (Options shows it, exports it, deletes it), and
     * ignored in this draft. Nothing leaves the browser unless the seller exports it.
     * @param {Finding} finding
     */
    async report(finding) {
      this.ignore(finding);
      const S = root.GigGuard.settings;
      const where = this.ctx.where ? this.ctx.where() : { site: '', phase: 'pre_order' };
      const others = (this.display ? this.display.findings : []).filter((f) => keyOf(f) !== keyOf(finding));
      const entry = {
        reported_at: new Date().toISOString(),
        text: this.text,
        platform: where.site,
        phase: where.phase,
        direction: 'outgoing',
        false_alarm: { rule: finding.rule, category: finding.category, severity: finding.severity, span: this.text.slice(finding.start, finding.end) },
        labels: others.map((f) => ({ category: f.category, span: this.text.slice(f.start, f.end), value: f.value })),
      };
      const key = S.STORAGE_KEYS.reports;
      const reports = (await chrome.storage.local.get(key))[key];
      const kept = [...(Array.isArray(reports) ? reports : []), entry].slice(-S.MAX_REPORTS);
      await chrome.storage.local.set({ [key]: kept });
      this.notice('reported', 'info');
    }

    /**
     * A card by the composer that says what just happened (`<what>Title`, `<what>Message`).
     * @param {'reported' | 'editRefused'} what
     * @param {'error' | 'info'} severity
     */
    notice(what, severity) {
      root.GigGuard.card.getCard().show(this, what, {
        severity,
        title: t(`${what}Title`),
        message: t(`${what}Message`),
        actions: [],
        returnFocus: () => this.element.focus(),
      }, this.element.getBoundingClientRect());
    }

    // -- fixing ---------------------------------------------------------------------------------

    /** @param {Finding} finding */
    applyFinding(finding) {
      this.sync();
      const current = this.display && this.display.findings.find((f) => keyOf(f) === keyOf(finding));
      if (!current || current.replacement == null) return;
      this.replaceRange(current.replacement_start, current.replacement_end, current.replacement);
    }

    applyRewrite() {
      this.sync();
      if (!this.display || this.display.rewrite == null) return;
      // Replace only what differs, so text (and formatting) around the changes stays as it was.
      const edit = root.GigGuard.spans.diff(this.text, this.display.rewrite);
      if (!edit) return;
      this.replaceRange(edit.start, edit.oldEnd, this.display.rewrite.slice(edit.start, edit.newEnd));
    }

    /** The whole-draft rewrite, for the send guard's banner; null when there is none. */
    get rewriteAll() {
      return this.display && this.display.rewrite != null ? () => this.applyRewrite() : null;
    }

    /**
     * Puts text into the composer: replaces an empty draft, else goes on a new line after it.
     * @param {string} text
     */
    insertReply(text) {
      this.sync();
      if (!this.text.trim()) this.replaceRange(0, this.text.length, text);
      else this.replaceRange(this.text.length, this.text.length, `\n${text}`);
    }

    /**
     * Replaces [start, end) of the draft through the editor's own input path, then reads the
     * editor back: an editor that put its own text back (or mangled ours) is said so in the card,
     * and the guard keeps holding whatever the draft still holds.
     *
     * Rich-text editors (Lexical, Slate, CKEditor, Quill) keep the draft in a model of their own
     * and take edits from `beforeinput` events, which name the range to replace: one that takes
     * the edit cancels the event and applies it to its model. One that does not (ProseMirror,
     * Draft.js, a plain contenteditable, a textarea) gets execCommand('insertText'), the
     * browser's own editing, which the page's undo stack and framework both see.
     * @param {number} start
     * @param {number} end
     * @param {string} text
     */
    replaceRange(start, end, text) {
      const { domText } = root.GigGuard;
      const el = this.element;
      const doc = el.ownerDocument;
      const expected = this.text.slice(0, start) + text + this.text.slice(end);
      el.focus({ preventScroll: true });
      /** @type {Range | null} */
      let range = null;
      if (domText.isTextarea(el)) {
        /** @type {HTMLTextAreaElement} */ (el).setSelectionRange(start, end);
      } else {
        range = this.selectRange(start, end);
      }
      const taken = range !== null && this.offerEdit(range, text);
      if (!taken) {
        // execCommand is deprecated but still the one way to edit that the page's undo stack and
        // its framework both see (https://w3c.github.io/editing/docs/execCommand/).
        const done = text ? doc.execCommand('insertText', false, text) : doc.execCommand('delete', false);
        if (!done) this.fallbackReplace(start, end, text, range);
      }
      this.sync();
      this.checkEdit(expected);
    }

    /**
     * Selects [start, end) of a contenteditable draft (the end of an empty one).
     * @param {number} start
     * @param {number} end
     * @returns {Range}
     */
    selectRange(start, end) {
      const { domText } = root.GigGuard;
      const el = this.element;
      const doc = el.ownerDocument;
      const model = domText.readEditable(el);
      const from = domText.pointAt(model, start, 'start');
      const to = domText.pointAt(model, end, 'end');
      const range = doc.createRange();
      if (from && to) {
        range.setStart(from.node, from.offset);
        if (start === end) range.collapse(true);
        else range.setEnd(to.node, to.offset);
      } else {
        range.selectNodeContents(el); // an empty editor
        range.collapse(false);
      }
      const selection = doc.getSelection();
      if (selection) {
        selection.removeAllRanges();
        selection.addRange(range);
      }
      return range;
    }

    /**
     * Offers the edit to the editor as a `beforeinput` event naming its range, as a spelling
     * fix would (https://w3c.github.io/input-events/): true when the editor took it.
     * @param {Range} range
     * @param {string} text
     */
    offerEdit(range, text) {
      const view = this.element.ownerDocument.defaultView || window;
      const target = new view.StaticRange({
        startContainer: range.startContainer,
        startOffset: range.startOffset,
        endContainer: range.endContainer,
        endOffset: range.endOffset,
      });
      /** @type {InputEventInit} */
      const init = { bubbles: true, cancelable: true, composed: true, targetRanges: [target] };
      if (text) {
        const data = new view.DataTransfer();
        data.setData('text/plain', text);
        Object.assign(init, { inputType: 'insertReplacementText', data: null, dataTransfer: data });
      } else {
        Object.assign(init, { inputType: 'deleteContent' });
      }
      const event = new view.InputEvent('beforeinput', init);
      return !this.element.dispatchEvent(event);
    }

    /**
     * Once the editor has rendered, is the draft what the edit should have made it? When not,
     * the card says so: the guard goes on holding whatever the draft still holds.
     * @param {string} expected
     */
    checkEdit(expected) {
      const view = this.element.ownerDocument.defaultView || window;
      // Two frames: editors that batch their updates (Lexical, Slate with React) render in one.
      view.requestAnimationFrame(() =>
        view.requestAnimationFrame(() => {
          this.sync();
          if (this.text === expected || !this.element.isConnected) return;
          this.notice('editRefused', 'error'); // the guard holds whatever the draft still holds
        }),
      );
    }

    /**
     * For editors where execCommand does nothing: edit directly, then announce it as input.
     * @param {number} start
     * @param {number} end
     * @param {string} text
     * @param {Range | null} range
     */
    fallbackReplace(start, end, text, range) {
      const el = this.element;
      if (root.GigGuard.domText.isTextarea(el)) {
        /** @type {HTMLTextAreaElement} */ (el).setRangeText(text, start, end, 'end');
      } else if (range) {
        range.deleteContents();
        if (text) range.insertNode(el.ownerDocument.createTextNode(text));
      }
      el.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertReplacementText', data: text }));
    }

    // -- the guard and the popup ----------------------------------------------------------------

    errors() {
      return this.display ? this.display.findings.filter((f) => f.severity === 'error' && !this.dismissed(f)) : [];
    }

    /**
     * Ignored in this draft, or muted on this site. Only what the seller may dismiss can be: an
     * error only where the team lets a held message go anyway (settings.mayDismiss).
     * @param {Finding} f
     */
    dismissed(f) {
      const S = root.GigGuard.settings;
      const settings = this.ctx.settings();
      if (!S.mayDismiss(settings, f.severity)) return false;
      if (this.ignored.has(ignoreKey(f, this.text))) return true;
      return !!this.ctx.where && S.isMuted(settings, this.ctx.where().site, f.rule);
    }

    shouldHold() {
      this.sync();
      return !this.offline && !this.problem && this.errors().length > 0;
    }

    /**
     * The newest draft has not been answered (typed within the debounce, or a request is out).
     * False while the service is known to be offline: then nothing waits for it.
     */
    unchecked() {
      this.sync();
      return !this.offline && !this.scheduler.idle && !!this.text.trim();
    }

    /** @returns {Promise<void>} settles once the newest draft is answered */
    checkNow() {
      this.sync();
      if (this.scheduler.idle) return Promise.resolve();
      const answered = new Promise((resolve) => this.waiters.push(() => resolve(undefined)));
      this.scheduler.flush();
      return answered;
    }

    /** What the page shows, per severity (the seller's strictness respected). */
    counts() {
      const counts = { error: 0, warning: 0, info: 0 };
      for (const f of this.shown) counts[f.severity]++;
      return counts;
    }

    get idle() {
      return this.scheduler.idle;
    }

    destroy() {
      if (this.retryTimer !== null) clearTimeout(this.retryTimer);
      for (const resolve of this.waiters.splice(0)) resolve();
      this.scheduler.dispose();
      if (this.observer) this.observer.disconnect();
      this.underliner.destroy();
      this.badge.remove();
      this.live.remove();
      this.element.removeAttribute('aria-invalid');
      this.unsubscribe();
      for (const [type, fn] of this.listeners) this.element.removeEventListener(type, fn);
      root.GigGuard.card.getCard().hide(this);
      this.ctx.guard.forget(this);
    }
  }

  const api = { Session };
  const ns = /** @type {any} */ (root.GigGuard = root.GigGuard || {});
  ns.session = api;
})(globalThis);
