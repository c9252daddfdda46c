{{%AUTOESCAPE context="HTML"}}
<div class="fr-grid-row fr-grid-row--center fr-mt-4w">
  <div class="fr-col-12 fr-col-lg-8">
    <h1>Qualifier le projet « {{TITLE}} »</h1>
    <p>Porté par <a class="fr-link" href="{{ORGANISATION_HREF}}">{{ORGANISATION_NAME}}</a>. <a class="fr-link" href="{{PROJECT_HREF}}">Voir la fiche du projet</a></p>
    <p>Notez chaque critère de 0 à 3. Le projet est qualifié quand le total atteint au moins 8 sur 12 et qu’aucun critère n’est à 0.</p>
{{#LATEST}}
    <div class="fr-callout fr-mb-3w">
      <h2 class="fr-callout__title">Dernière qualification</h2>
      <p class="fr-callout__text">Le {{AT}}{{#BY}} par {{NAME}}{{/BY}} : {{TOTAL}} sur 12, {{DECISION}}.</p>
    </div>
{{/LATEST}}
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
{{#CRITERION}}
      <fieldset class="fr-fieldset{{#ERROR}} fr-fieldset--error{{/ERROR}}" id="{{FIELD}}" aria-labelledby="{{FIELD}}-legende{{#ERROR}} {{FIELD}}-erreur{{/ERROR}}">
        <legend class="fr-fieldset__legend" id="{{FIELD}}-legende"><h2 class="fr-h4 fr-mb-0">{{LABEL}} <span class="essaim-required">(obligatoire)</span></h2>
          <span class="fr-hint-text">{{HINT}}</span>
        </legend>
{{#SCORE}}
        <div class="fr-fieldset__element fr-fieldset__element--inline">
          <div class="fr-radio-group">
            <input type="radio" id="{{FIELD}}-{{VALUE}}" name="{{FIELD}}" value="{{VALUE}}"{{#CHECKED}} checked{{/CHECKED}}>
            <label class="fr-label" for="{{FIELD}}-{{VALUE}}">{{VALUE}}</label>
          </div>
        </div>
{{/SCORE}}
{{#ERROR}}
        <div class="fr-messages-group" id="{{FIELD}}-erreur">
          <p class="fr-message fr-message--error">{{MESSAGE}}</p>
        </div>
{{/ERROR}}
        <div class="fr-fieldset__element">
          <div class="fr-input-group{{#COMMENT_ERROR}} fr-input-group--error{{/COMMENT_ERROR}}">
            <label class="fr-label" for="{{FIELD}}_comment">Commentaire sur « {{LABEL}} »</label>
            <textarea class="fr-input{{#COMMENT_ERROR}} fr-input--error{{/COMMENT_ERROR}}" id="{{FIELD}}_comment" name="{{FIELD}}_comment" rows="3"{{#COMMENT_ERROR}} aria-describedby="{{FIELD}}_comment-erreur"{{/COMMENT_ERROR}}>{{COMMENT}}</textarea>
{{#COMMENT_ERROR}}
            <p class="fr-error-text" id="{{FIELD}}_comment-erreur">{{COMMENT_MESSAGE}}</p>
{{/COMMENT_ERROR}}
          </div>
        </div>
      </fieldset>
{{/CRITERION}}
      <ul class="fr-btns-group fr-btns-group--inline-md">
        <li><button class="fr-btn" type="submit">Enregistrer la qualification</button></li>
        <li><a class="fr-btn fr-btn--secondary" href="{{PROJECT_HREF}}">Annuler</a></li>
      </ul>
    </form>
  </div>
</div>
