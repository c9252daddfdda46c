// A decision button is the submit button of a small GET form that leads to a confirmation page,
// so that it works without JavaScript. Where the DSFR script runs, the button opens its modal
// (aria-controls) instead, and the form must then not be sent.
document.addEventListener('click', (event) => {
  const button = event.target.closest('form.essaim-decision button[aria-controls]');
  if (!button || !window.dsfr)
    return;
  const modal = document.getElementById(button.getAttribute('aria-controls'));
  if (modal && modal.classList.contains('fr-modal'))
    event.preventDefault();
});
