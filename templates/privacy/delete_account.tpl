{{%AUTOESCAPE context="HTML"}}
<h1 class="fr-mt-4w">Supprimer mon compte</h1>
<div class="fr-grid-row">
  <div class="fr-col-12 fr-col-md-10 fr-col-lg-8">
{{#FORM_ERRORS}}
    <div class="fr-alert fr-alert--error fr-mb-3w" role="alert">
      <h2 class="fr-alert__title">{{FORM_ERROR_MESSAGE}}</h2>
{{#FIELD_ERROR}}
      <p><a href="#{{FIELD}}">{{MESSAGE}}</a></p>
{{/FIELD_ERROR}}
    </div>
{{/FORM_ERRORS}}
    <p>La suppression est définitive. Avant de continuer, vous pouvez <a href="/compte/mes-donnees">consulter et télécharger vos données</a>.</p>
    <h2>Ce qui est supprimé</h2>
    <ul>
      <li>votre adresse électronique ({{EMAIL}}), votre nom et l’empreinte de votre mot de passe ;</li>
      <li>vos sessions, vos liens de confirmation ou de réinitialisation, vos rôles et vos rattachements aux organisations ;</li>
      <li>les brouillons de candidature que vous avez commencés pour une organisation dont vous êtes le seul membre, et leurs pièces jointes ;</li>
      <li>les e-mails qui vous sont adressés et les tentatives de connexion enregistrées avec votre adresse.</li>
    </ul>
    <h2>Ce qui est conservé sans votre nom</h2>
    <p>Les informations qui appartiennent à d’autres restent, votre nom et votre adresse y étant remplacés par « compte supprimé » suivi d’un numéro : les organisations et leurs projets (données publiques sur des personnes morales, même si vous en étiez le seul membre), les dossiers déposés et en cours d’instruction, les avis d’expert rendus, les décisions de comité et le journal de sécurité.</p>
    <form method="post" action="/compte/suppression" id="formulaire-suppression" novalidate>
      <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
      <div class="fr-input-group {{PASSWORD_GROUP_CLASS}}">
        <label class="fr-label" for="password">Mot de passe actuel
          <span class="fr-hint-text" id="password-aide">Pour confirmer que vous êtes bien le titulaire du compte.</span>
        </label>
        <input class="fr-input {{PASSWORD_INPUT_CLASS}}" type="password" id="password" name="password" autocomplete="current-password" required aria-describedby="password-aide{{#PASSWORD_ERROR}} password-erreur{{/PASSWORD_ERROR}}">
{{#PASSWORD_ERROR}}
        <p class="fr-error-text" id="password-erreur">{{ERROR_PASSWORD}}</p>
{{/PASSWORD_ERROR}}
      </div>
      <div class="fr-fieldset {{#CONFIRMATION_ERROR}}fr-fieldset--error{{/CONFIRMATION_ERROR}}" role="group" aria-labelledby="confirmation-legende{{#CONFIRMATION_ERROR}} confirmation-erreur{{/CONFIRMATION_ERROR}}">
        <p class="fr-sr-only" id="confirmation-legende">Confirmation de la suppression</p>
        <div class="fr-fieldset__element">
          <div class="fr-checkbox-group">
            <input type="checkbox" id="confirmation" name="confirmation" value="oui" {{CONFIRMATION_CHECKED}}{{#CONFIRMATION_ERROR}} aria-describedby="confirmation-erreur"{{/CONFIRMATION_ERROR}}>
            <label class="fr-label" for="confirmation">Je comprends que mon compte sera supprimé définitivement et que cette action ne peut pas être annulée.</label>
          </div>
        </div>
{{#CONFIRMATION_ERROR}}
        <div class="fr-messages-group" id="confirmation-erreur" aria-live="assertive">
          <p class="fr-message fr-message--error">{{ERROR_CONFIRMATION}}</p>
        </div>
{{/CONFIRMATION_ERROR}}
      </div>
      <ul class="fr-btns-group fr-btns-group--inline-md fr-btns-group--icon-left">
        <li class="essaim-without-js"><button class="fr-btn fr-btn--icon-left fr-icon-delete-line essaim-btn--danger" type="submit">Supprimer définitivement mon compte</button></li>
        <li class="essaim-with-js"><button class="fr-btn fr-btn--icon-left fr-icon-delete-line essaim-btn--danger" type="button" data-fr-opened="false" aria-controls="confirmer-suppression">Supprimer définitivement mon compte</button></li>
        <li><a class="fr-btn fr-btn--secondary" href="/compte">Annuler</a></li>
      </ul>
    </form>
    <dialog id="confirmer-suppression" class="fr-modal" aria-labelledby="confirmer-suppression-titre">
      <div class="fr-container fr-container--fluid fr-container-md">
        <div class="fr-grid-row fr-grid-row--center">
          <div class="fr-col-12 fr-col-md-8 fr-col-lg-6">
            <div class="fr-modal__body">
              <div class="fr-modal__header">
                <button class="fr-btn--close fr-btn" type="button" aria-controls="confirmer-suppression" title="Fermer">Fermer</button>
              </div>
              <div class="fr-modal__content">
                <h2 id="confirmer-suppression-titre" class="fr-modal__title"><span class="fr-icon-warning-line fr-icon--lg" aria-hidden="true"></span> Supprimer définitivement votre compte ?</h2>
                <p>Votre compte {{EMAIL}} et vos données personnelles seront supprimés tout de suite. Cette action ne peut pas être annulée.</p>
              </div>
              <div class="fr-modal__footer">
                <ul class="fr-btns-group fr-btns-group--right fr-btns-group--inline-reverse fr-btns-group--inline-lg">
                  <li><button class="fr-btn essaim-btn--danger" type="submit" form="formulaire-suppression">Oui, supprimer mon compte</button></li>
                  <li><button class="fr-btn fr-btn--secondary" type="button" aria-controls="confirmer-suppression">Non, garder mon compte</button></li>
                </ul>
              </div>
            </div>
          </div>
        </div>
      </div>
    </dialog>
  </div>
</div>
