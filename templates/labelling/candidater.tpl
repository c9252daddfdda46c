{{%AUTOESCAPE context="HTML"}}
<div class="fr-grid-row fr-grid-row--center fr-mt-4w fr-mb-6w">
  <div class="fr-col-12 fr-col-md-8">
    <h1>Candidater à « {{CALL_TITLE}} »</h1>
{{#NO_ORGANISATION}}
    <div class="fr-alert fr-alert--info">
      <h2 class="fr-alert__title">Vous n’êtes membre d’aucune organisation</h2>
      <p>Une candidature se dépose au nom d’une organisation. Inscrivez la vôtre, ou demandez à gérer sa fiche dans l’annuaire.</p>
    </div>
    <ul class="fr-btns-group fr-btns-group--inline-md fr-mt-3w">
      <li><a class="fr-btn" href="/organisations/nouvelle">Inscrire une organisation</a></li>
      <li><a class="fr-btn fr-btn--secondary" href="{{CALL_HREF}}">Retour à l’appel</a></li>
    </ul>
{{/NO_ORGANISATION}}
{{#FORM}}
    <p>Choisissez l’organisation au nom de laquelle vous candidatez. Un brouillon est créé : vous le complétez à votre rythme, il est enregistré au fur et à mesure, et vous le déposez quand il est prêt.</p>
{{#FORM_ERRORS}}
    <div class="fr-alert fr-alert--error fr-mb-3w" role="alert">
      <h2 class="fr-alert__title">{{FORM_ERROR_MESSAGE}}</h2>
{{#FIELD_ERROR}}
      <p><a href="#{{FIELD}}">{{MESSAGE}}</a></p>
{{/FIELD_ERROR}}
    </div>
{{/FORM_ERRORS}}
    <form method="post" action="{{ACTION}}" novalidate>
      <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
      <div class="fr-select-group {{#ORGANISATION_ERROR}}fr-select-group--error{{/ORGANISATION_ERROR}}">
        <label class="fr-label" for="organisation">Organisation candidate <span class="essaim-required">(obligatoire)</span></label>
        <select class="fr-select" id="organisation" name="organisation" required{{#ORGANISATION_ERROR}} aria-describedby="organisation-erreur"{{/ORGANISATION_ERROR}}>
          <option value="">Choisir une organisation</option>
{{#ORGANISATION_OPTION}}
          <option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{NAME}}</option>
{{/ORGANISATION_OPTION}}
        </select>
{{#ORGANISATION_ERROR}}
        <p class="fr-error-text" id="organisation-erreur">{{ERROR_ORGANISATION}}</p>
{{/ORGANISATION_ERROR}}
      </div>
{{#TERRITORY}}
      <fieldset class="fr-fieldset {{#TERRITOIRE_TYPE_ERROR}}fr-fieldset--error{{/TERRITOIRE_TYPE_ERROR}}" id="territoire_type" aria-labelledby="territoire_type-legende"{{#TERRITOIRE_TYPE_ERROR}} aria-describedby="territoire_type-erreur"{{/TERRITOIRE_TYPE_ERROR}}>
        <legend class="fr-fieldset__legend" id="territoire_type-legende">Type de territoire candidat <span class="essaim-required">(obligatoire)</span></legend>
{{#KIND}}
        <div class="fr-fieldset__element">
          <div class="fr-radio-group">
            <input type="radio" id="territoire_type-{{VALUE}}" name="territoire_type" value="{{VALUE}}"{{#CHECKED}} checked{{/CHECKED}}>
            <label class="fr-label" for="territoire_type-{{VALUE}}">{{NAME}}</label>
          </div>
        </div>
{{/KIND}}
{{#TERRITOIRE_TYPE_ERROR}}
        <div class="fr-messages-group"><p class="fr-message fr-message--error" id="territoire_type-erreur">{{ERROR_TERRITOIRE_TYPE}}</p></div>
{{/TERRITOIRE_TYPE_ERROR}}
      </fieldset>
      <div class="fr-input-group {{TERRITOIRE_CODE_GROUP_CLASS}}">
        <label class="fr-label" for="territoire_code">Code officiel du territoire <span class="essaim-required">(obligatoire)</span>
          <span class="fr-hint-text" id="territoire_code-aide">Code INSEE : par exemple 84 pour une région, 42 pour un département, 42218 pour une commune.</span>
        </label>
        <input class="fr-input {{TERRITOIRE_CODE_INPUT_CLASS}}" type="text" id="territoire_code" name="territoire_code" value="{{CODE}}" aria-describedby="territoire_code-aide{{#TERRITOIRE_CODE_ERROR}} territoire_code-erreur{{/TERRITOIRE_CODE_ERROR}}">
{{#TERRITOIRE_CODE_ERROR}}
        <p class="fr-error-text" id="territoire_code-erreur">{{ERROR_TERRITOIRE_CODE}}</p>
{{/TERRITOIRE_CODE_ERROR}}
      </div>
{{/TERRITORY}}
      <ul class="fr-btns-group fr-btns-group--inline-md">
        <li><button class="fr-btn" type="submit">Commencer le dossier</button></li>
        <li><a class="fr-btn fr-btn--secondary" href="{{CALL_HREF}}">Annuler</a></li>
      </ul>
    </form>
{{/FORM}}
  </div>
</div>
