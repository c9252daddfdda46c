{{%AUTOESCAPE context="HTML"}}
<div class="fr-grid-row fr-grid-row--center fr-mt-4w">
  <div class="fr-col-12 fr-col-md-8">
    <h1>Masquer le projet « {{TITLE}} »</h1>
    <p>Le projet, porté par {{ORGANISATION_NAME}}, disparaîtra de l’annuaire, de la recherche et de l’API. La raison sera envoyée par e-mail aux responsables de l’organisation et affichée sur la page du projet, que ses membres voient toujours.</p>
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
      <div class="fr-input-group {{HIDDEN_REASON_GROUP_CLASS}}">
        <label class="fr-label" for="hidden_reason">Raison du masquage <span class="essaim-required">(obligatoire)</span>
          <span class="fr-hint-text" id="hidden_reason-aide">2 000 caractères au plus.</span>
        </label>
        <textarea class="fr-input {{HIDDEN_REASON_INPUT_CLASS}}" id="hidden_reason" name="hidden_reason" rows="6" required aria-describedby="hidden_reason-aide{{#HIDDEN_REASON_ERROR}} hidden_reason-erreur{{/HIDDEN_REASON_ERROR}}">{{HIDDEN_REASON}}</textarea>
{{#HIDDEN_REASON_ERROR}}
        <p class="fr-error-text" id="hidden_reason-erreur">{{ERROR_HIDDEN_REASON}}</p>
{{/HIDDEN_REASON_ERROR}}
      </div>
      <ul class="fr-btns-group fr-btns-group--inline-md">
        <li><button class="fr-btn" type="submit">Masquer le projet</button></li>
        <li><a class="fr-btn fr-btn--secondary" href="{{PROJECT_HREF}}">Revoir le projet</a></li>
      </ul>
    </form>
  </div>
</div>
