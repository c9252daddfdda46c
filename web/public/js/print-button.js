// The certificate's print button needs JavaScript, so it stays hidden until this script runs;
// without it, the page says to use the browser's own « Imprimer ».
for (const button of document.querySelectorAll('[data-essaim-print]')) {
  button.hidden = false;
  button.addEventListener('click', () => window.print());
}
