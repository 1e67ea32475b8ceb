// Lexical (Meta; the editor of Facebook and WhatsApp Web), vanilla, with rich text and history.
import { $createParagraphNode, $createTextNode, $getRoot, createEditor } from 'lexical';
import { registerHistory, createEmptyHistoryState } from '@lexical/history';
import { HeadingNode, QuoteNode, registerRichText } from '@lexical/rich-text';
import { mount } from './mount.js';

mount('lexical', (element) => {
  const editor = createEditor({
    namespace: 'gigguard-e2e',
    nodes: [HeadingNode, QuoteNode],
    onError: (error) => {
      throw error;
    },
  });
  element.contentEditable = 'true'; // vanilla Lexical leaves that to the page
  editor.setRootElement(element);
  registerRichText(editor);
  registerHistory(editor, createEmptyHistoryState(), 300);
  return {
    text: () => editor.getEditorState().read(() => $getRoot().getTextContent()),
    clear: () =>
      editor.update(
        () => {
          const root = $getRoot();
          root.clear();
          root.append($createParagraphNode());
        },
        { discrete: true },
      ),
    set: (text) =>
      editor.update(
        () => {
          const root = $getRoot();
          root.clear();
          for (const line of text.split('\n')) root.append($createParagraphNode().append($createTextNode(line)));
        },
        { discrete: true },
      ),
  };
});
