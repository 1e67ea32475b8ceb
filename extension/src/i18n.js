// @ts-check
/**
 * The interface's words in the seller's language: chrome.i18n over _locales/<locale>/messages.json
 * (English is the default locale, and what a key without a translation falls back to). Only the
 * interface: what a finding says comes from the service, which is sent the interface language
 * (`ui_lang`) with each lint.
 */
(function (/** @type {any} */ root) {
  /**
   * @param {string} key  a key of _locales/en/messages.json
   * @param {...(string | number)} substitutions  its $1, $2…
   * @returns {string}
   */
  function t(key, ...substitutions) {
    const i18n = root.chrome && root.chrome.i18n;
    const message = i18n ? i18n.getMessage(key, substitutions.map(String)) : '';
    return message || key;
  }

  /** One of two keys by a count: "…One" for 1, "…Many" (with the count as $1) otherwise. */
  function plural(/** @type {string} */ key, /** @type {number} */ count) {
    return count === 1 ? t(`${key}One`) : t(`${key}Many`, count);
  }

  /** The browser's interface language ("es", "pt-BR"), sent to the service as ui_lang. */
  function uiLanguage() {
    const i18n = root.chrome && root.chrome.i18n;
    return (i18n && i18n.getUILanguage()) || 'en';
  }

  /**
   * The writing direction of the locale the interface is shown in: GigGuard's own cards and
   * banners follow it. Each locale says it (`textDirection`): Chrome's @@bidi_dir follows the
   * browser's locale, which may be one the extension has no messages for.
   */
  function direction() {
    return t('textDirection') === 'rtl' ? 'rtl' : 'ltr';
  }

  /**
   * Puts an extension page (options, popup) in the interface language: the text of every
   * `data-i18n` element, the placeholder of every `data-i18n-placeholder` one, and the page's own
   * lang and dir. The English in the HTML stays as the text before this runs.
   * @param {Document} doc
   */
  function localizePage(doc) {
    for (const el of doc.querySelectorAll('[data-i18n]')) el.textContent = t(/** @type {string} */ (el.getAttribute('data-i18n')));
    for (const el of doc.querySelectorAll('[data-i18n-placeholder]')) {
      el.setAttribute('placeholder', t(/** @type {string} */ (el.getAttribute('data-i18n-placeholder'))));
    }
    doc.documentElement.lang = uiLanguage();
    doc.documentElement.dir = direction();
  }

  const api = { t, plural, uiLanguage, direction, localizePage };
  const ns = /** @type {any} */ (root.GigGuard = root.GigGuard || {});
  ns.i18n = api;
  if (typeof module === 'object' && module.exports) module.exports = api;
})(globalThis);
