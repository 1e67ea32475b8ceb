// Quill 2: the editor of many chat widgets and help desks.
import Quill from 'quill';
import { mount } from './mount.js';

mount('quill', (element, attributes) => {
  const quill = new Quill(element, { modules: { toolbar: false }, placeholder: 'Type your message here...' });
  for (const [name, value] of Object.entries(attributes)) quill.root.setAttribute(name, value);
  return {
    // Quill's text always ends with the newline of its last line.
    text: () => quill.getText().replace(/\n$/, ''),
    clear: () => quill.setText(''),
    set: (text) => quill.setText(text),
  };
}, { ownRoot: true });
