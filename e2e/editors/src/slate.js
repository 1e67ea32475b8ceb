// Slate with slate-react on React 18: the editor many marketplaces' React apps build on.
import React, { useMemo } from 'react';
import { createRoot } from 'react-dom/client';
import { createEditor, Editor, Node, Transforms } from 'slate';
import { withHistory } from 'slate-history';
import { Editable, Slate, withReact } from 'slate-react';
import { mount } from './mount.js';

mount('slate', (element, attributes) => {
  const editor = withHistory(withReact(createEditor()));
  const initial = [{ type: 'paragraph', children: [{ text: '' }] }];
  function App() {
    const value = useMemo(() => initial, []);
    return React.createElement(
      Slate,
      { editor, initialValue: value },
      React.createElement(Editable, { ...attributes, placeholder: 'Type your message here...' }),
    );
  }
  createRoot(element).render(React.createElement(App));
  const replaceAll = (text) => {
    Transforms.delete(editor, { at: { anchor: Editor.start(editor, []), focus: Editor.end(editor, []) } });
    if (text) Transforms.insertText(editor, text, { at: Editor.start(editor, []) });
  };
  return {
    text: () => editor.children.map((node) => Node.string(node)).join('\n'),
    clear: () => replaceAll(''),
    set: (text) => replaceAll(text),
  };
}, { ownRoot: true });
