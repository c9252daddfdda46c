{{%AUTOESCAPE context="HTML"}}
<div class="fr-grid-row fr-grid-row--center fr-mt-4w">
  <div class="fr-col-12 fr-col-md-8">
    <h1>Demander à gérer la fiche « {{NAME}} »</h1>
    <p>{{#FROM_REGISTERS}}Cette fiche a été créée à partir des répertoires officiels et personne ne la gère encore sur Essaim.{{/FROM_REGISTERS}}{{#NO_MANAGER}}Cette fiche a été créée par un membre d’Essaim, et plus personne ne la gère.{{/NO_MANAGER}} Si vous faites partie de l’organisation, demandez à en devenir responsable : vous pourrez alors la compléter et la tenir à jour.</p>
{{#HAS_WEBSITE}}
    <p>Votre adresse {{EMAIL}} est sur le domaine du site de l’organisation ({{WEBSITE}}) ? Votre demande sera alors acceptée immédiatement. Sinon, l’équipe Essaim l’examinera.</p>
{{/HAS_WEBSITE}}
{{#FORM_ERRORS}}
    <div class="fr-alert fr-alert--error fr-mb-3w" role="alert">
      <h2 class="fr-alert__title">{{FORM_ERROR_MESSAGE}}</h2>
{{#FIELD_ERROR}}
      <p><a href="#{{FIELD}}">{{MESSAGE}}</a></p>
{{/FIELD_ERROR}}
    </div>
{{/FORM_ERRORS}}
    <form method="post" action="{{FORM_ACTION}}" novalidate>
      <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
      <div class="fr-input-group {{MESSAGE_GROUP_CLASS}}">
        <label class="fr-label" for="message">Votre rôle dans l’organisation <span class="essaim-required">(obligatoire)</span>
          <span class="fr-hint-text" id="message-aide">Par exemple : « Je suis directrice de l’association depuis 2019. » 1 000 caractères au plus.</span>
        </label>
        <textarea class="fr-input {{MESSAGE_INPUT_CLASS}}" id="message" name="message" rows="5" required aria-describedby="message-aide{{#MESSAGE_ERROR}} message-erreur{{/MESSAGE_ERROR}}">{{MESSAGE}}</textarea>
{{#MESSAGE_ERROR}}
        <p class="fr-error-text" id="message-erreur">{{ERROR_MESSAGE}}</p>
{{/MESSAGE_ERROR}}
      </div>
      <ul class="fr-btns-group fr-btns-group--inline-md">
        <li><button class="fr-btn" type="submit">Envoyer la demande</button></li>
        <li><a class="fr-btn fr-btn--secondary" href="{{ORGANISATION_HREF}}">Annuler</a></li>
      </ul>
    </form>
  </div>
</div>
