// The one thing every editor bundle does: mount its editor as the fixture page's composer and
// expose it as window.fixtureEditor, so the page can send what the editor holds and a test can
// read the editor's own text (not the DOM's) back.

/** The composer's attributes: what the Fiverr adapter's selectors look for. */
const ATTRIBUTES = { 'data-testid': 'message-input', 'aria-label': 'Message' };

/**
 * @param {string} name
 * @param {(element: HTMLElement, attributes: Record<string, string>) => any} create
 * @param {{ownRoot?: boolean}} [options] the editor makes its own contenteditable inside `element`
 */
export async function mount(name, create, options = {}) {
  const element = document.getElementById('composer');
  if (!options.ownRoot) for (const [key, value] of Object.entries(ATTRIBUTES)) element.setAttribute(key, value);
  const api = await create(element, ATTRIBUTES);
  window.fixtureEditor = { name, ...api };
  document.dispatchEvent(new CustomEvent('fixture-editor-ready'));
}
