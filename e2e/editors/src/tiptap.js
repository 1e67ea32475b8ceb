// TipTap 3 (on ProseMirror) with its starter kit: the editor of many Vue and React apps.
import { Editor } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import { mount } from './mount.js';

mount('tiptap', (element, attributes) => {
  const editor = new Editor({ element, extensions: [StarterKit], editorProps: { attributes } });
  return {
    text: () => editor.getText({ blockSeparator: '\n' }),
    clear: () => editor.commands.clearContent(true),
    set: (text) => editor.commands.setContent(text.split('\n').map((line) => `<p>${line}</p>`).join('')),
  };
}, { ownRoot: true });
