/**
 * Text that only a form keeps until it is sent (the lead form, the company name on the welcome
 * screen): a reload would lose it. Forms holding such text carry `data-unsent-typing`; this
 * notes the fields typed into there, so the update waits while any of them still holds text.
 */
type TextField = HTMLInputElement | HTMLTextAreaElement;

/** Starts watching typing in the document; returns a check: is unsent typing on screen now? */
export function watchUnsentTyping(doc: Document): () => boolean {
  const typed = new Set<TextField>();
  doc.addEventListener(
    'input',
    (event) => {
      const field = event.target;
      const isField = field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement;
      if (isField && field.closest('form[data-unsent-typing]')) typed.add(field);
    },
    true,
  );
  return () => {
    for (const field of typed) {
      // A sent form is gone from the page: its text is kept by the machine now.
      if (!field.isConnected) typed.delete(field);
    }
    return [...typed].some((field) =>
      field instanceof HTMLInputElement && field.type === 'checkbox'
        ? field.checked
        : field.value.trim() !== '',
    );
  };
}
