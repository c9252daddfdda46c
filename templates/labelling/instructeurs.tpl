{{%AUTOESCAPE context="HTML"}}
<div class="fr-mt-4w">
  <h1>Régions des instructeurs</h1>
  <p>Un dossier déposé est confié automatiquement à l’instructeur le moins chargé parmi l’équipe de l’appel qui couvre la région du dossier. Un instructeur sans région cochée couvre toutes les régions.</p>
{{#FORM_ERRORS}}
  <div class="fr-alert fr-alert--error fr-mb-3w" role="alert">
    <h2 class="fr-alert__title">{{FORM_ERROR_MESSAGE}}</h2>
  </div>
{{/FORM_ERRORS}}
{{#EMPTY}}
  <p>Aucun compte n’a le rôle d’instructeur. Les rôles se donnent depuis la page des comptes.</p>
{{/EMPTY}}
{{#HAS_INSTRUCTORS}}
{{#INSTRUCTOR}}
  <section class="fr-mb-4w">
    <h2 class="fr-h4">{{NAME}} <span class="fr-text--sm">({{EMAIL}})</span></h2>
    <p>Couvre actuellement : {{COVERED}}.</p>
    <form method="post" action="{{ACTION}}">
      <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
      <fieldset class="fr-fieldset{{#REGIONS_ERROR}} fr-fieldset--error{{/REGIONS_ERROR}}" id="regions-{{USER_ID}}" aria-labelledby="regions-{{USER_ID}}-legende{{#REGIONS_ERROR}} regions-{{USER_ID}}-erreur{{/REGIONS_ERROR}}">
        <legend class="fr-fieldset__legend" id="regions-{{USER_ID}}-legende">Régions couvertes par {{NAME}}
          <span class="fr-hint-text">Aucune case cochée : toutes les régions.</span>
        </legend>
{{#REGION}}
        <div class="fr-fieldset__element fr-fieldset__element--inline">
          <div class="fr-checkbox-group fr-checkbox-group--sm">
            <input type="checkbox" id="regions-{{USER_ID}}-{{CODE}}" name="regions" value="{{CODE}}"{{#CHECKED}} checked{{/CHECKED}}>
            <label class="fr-label" for="regions-{{USER_ID}}-{{CODE}}">{{NAME}}</label>
          </div>
        </div>
{{/REGION}}
{{#REGIONS_ERROR}}
        <div class="fr-messages-group" id="regions-{{USER_ID}}-erreur">
          <p class="fr-message fr-message--error">{{ERROR_MESSAGE}}</p>
        </div>
{{/REGIONS_ERROR}}
      </fieldset>
      <button class="fr-btn fr-btn--secondary" type="submit" title="Enregistrer les régions de {{NAME}}">Enregistrer</button>
    </form>
  </section>
{{/INSTRUCTOR}}
{{/HAS_INSTRUCTORS}}
</div>
