// Draft.js on React 18: the editor of older Facebook-era React apps, still in many inboxes.
import React, { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { ContentState, Editor, EditorState } from 'draft-js';
import { mount } from './mount.js';

mount('draft', (element, attributes) => {
  let current = EditorState.createEmpty();
  let setExternal = null;
  function App() {
    const [state, setState] = useState(current);
    setExternal = setState;
    current = state;
    return React.createElement(Editor, {
      editorState: state,
      onChange: (next) => {
        current = next;
        setState(next);
      },
      placeholder: 'Type your message here...',
      webDriverTestID: attributes['data-testid'],
      ariaLabel: attributes['aria-label'],
    });
  }
  createRoot(element).render(React.createElement(App));
  const replaceAll = (text) => {
    current = EditorState.push(current, ContentState.createFromText(text), 'insert-characters');
    setExternal(current);
  };
  return {
    text: () => current.getCurrentContent().getPlainText('\n'),
    clear: () => replaceAll(''),
    set: (text) => replaceAll(text),
  };
}, { ownRoot: true });
