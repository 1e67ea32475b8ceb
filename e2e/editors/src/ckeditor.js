// CKEditor 5 (GPL build from the ckeditor5 package), plain paragraphs, no toolbar.
import { ClassicEditor, Essentials, Paragraph } from 'ckeditor5';
import { mount } from './mount.js';

mount('ckeditor', async (element, attributes) => {
  const editor = await ClassicEditor.create(element, {
    licenseKey: 'GPL',
    plugins: [Essentials, Paragraph],
    toolbar: [],
  });
  // The editing view owns the editable's attributes: set on the element, they are rendered away.
  editor.editing.view.change((writer) => {
    const root = editor.editing.view.document.getRoot();
    for (const [name, value] of Object.entries(attributes)) writer.setAttribute(name, value, root);
  });
  const text = () =>
    Array.from(editor.model.document.getRoot().getChildren())
      .map((block) => Array.from(block.getChildren()).map((node) => node.data || '').join(''))
      .join('\n');
  return {
    text,
    clear: () => editor.setData(''),
    set: (value) => editor.setData(value.split('\n').map((line) => `<p>${line}</p>`).join('')),
  };
}, { ownRoot: true });
