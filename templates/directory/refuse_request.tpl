{{%AUTOESCAPE context="HTML"}}
<div class="fr-grid-row fr-grid-row--center fr-mt-4w">
  <div class="fr-col-12 fr-col-md-8">
    <h1>{{HEADING}}</h1>
    <p>{{INTRO}}</p>
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
      <div class="fr-input-group {{REFUSAL_REASON_GROUP_CLASS}}">
        <label class="fr-label" for="refusal_reason">Raison du refus <span class="essaim-required">(obligatoire)</span>
          <span class="fr-hint-text" id="refusal_reason-aide">2 000 caractères au plus.</span>
        </label>
        <textarea class="fr-input {{REFUSAL_REASON_INPUT_CLASS}}" id="refusal_reason" name="refusal_reason" rows="6" required aria-describedby="refusal_reason-aide{{#REFUSAL_REASON_ERROR}} refusal_reason-erreur{{/REFUSAL_REASON_ERROR}}">{{REFUSAL_REASON}}</textarea>
{{#REFUSAL_REASON_ERROR}}
        <p class="fr-error-text" id="refusal_reason-erreur">{{ERROR_REFUSAL_REASON}}</p>
{{/REFUSAL_REASON_ERROR}}
      </div>
      <ul class="fr-btns-group fr-btns-group--inline-md">
        <li><button class="fr-btn" type="submit">{{SUBMIT_LABEL}}</button></li>
        <li><a class="fr-btn fr-btn--secondary" href="{{QUEUE_HREF}}">Retour aux demandes</a></li>
      </ul>
    </form>
  </div>
</div>
