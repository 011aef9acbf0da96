// A minimal rich-text editor (contenteditable + the browser's editing commands), the kind of
// editor case-management systems embed, so the extension can be tried on both field types.
for (const button of document.querySelectorAll('[data-command]')) {
  button.addEventListener('mousedown', (event) => event.preventDefault());
  button.addEventListener('click', () => document.execCommand(button.dataset.command));
}
document.getElementById('case-form').addEventListener('submit', (event) => {
  event.preventDefault();
  document.getElementById('saved').textContent = `Saved at ${new Date().toLocaleTimeString()} (demo: nothing leaves this page).`;
});
