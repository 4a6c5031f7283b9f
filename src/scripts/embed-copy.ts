/**
 * The Insluiten page's copy buttons, a progressive enhancement: without
 * JavaScript the buttons stay hidden and the snippet is selected and copied
 * by hand from its read-only field.
 */
for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
  // The messages are given once, on the element around all views.
  const messages = button.closest<HTMLElement>('[data-copied]')?.dataset ?? {};
  const field = document.getElementById(button.dataset['copy'] ?? '');
  const status = button.parentElement?.querySelector('[role="status"]');
  if (!(field instanceof HTMLTextAreaElement) || !status || !button.parentElement) continue;
  button.parentElement.hidden = false;
  button.addEventListener('click', async () => {
    status.textContent = ''; // so that a second copy is announced again
    try {
      await navigator.clipboard.writeText(field.value);
      status.textContent = messages['copied'] ?? '';
    } catch {
      // No clipboard (an insecure context, or permission refused): select the code for Ctrl+C.
      field.focus();
      field.select();
      status.textContent = messages['failed'] ?? '';
    }
  });
}
