{{%AUTOESCAPE context="HTML"}}
<div class="fr-grid-row fr-grid-row--center fr-mt-4w fr-mb-6w">
  <div class="fr-col-12 fr-col-md-8">
    <h1>{{HEADING}}</h1>
    <p>Le comité de labellisation examine les dossiers inscrits à son ordre du jour et décide pour chacun. Ses membres voient la séance, les dossiers et les avis des experts.</p>
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
      <div class="fr-input-group {{TITRE_GROUP_CLASS}}">
        <label class="fr-label" for="titre">Titre de la séance <span class="essaim-required">(obligatoire)</span>
          <span class="fr-hint-text" id="titre-aide">Par exemple : Comité de labellisation des incubateurs, printemps.</span>
        </label>
        <input class="fr-input {{TITRE_INPUT_CLASS}}" type="text" id="titre" name="titre" value="{{TITRE}}" maxlength="200" required aria-describedby="titre-aide{{#TITRE_ERROR}} titre-erreur{{/TITRE_ERROR}}">
{{#TITRE_ERROR}}
        <p class="fr-error-text" id="titre-erreur">{{ERROR_TITRE}}</p>
{{/TITRE_ERROR}}
      </div>
      <div class="fr-input-group {{DATE_SEANCE_GROUP_CLASS}}">
        <label class="fr-label" for="date_seance">Date de la séance <span class="essaim-required">(obligatoire)</span>
          <span class="fr-hint-text" id="date_seance-aide">Au format JJ/MM/AAAA.</span>
        </label>
        <input class="fr-input {{DATE_SEANCE_INPUT_CLASS}}" type="date" id="date_seance" name="date_seance" value="{{DATE_SEANCE}}" required aria-describedby="date_seance-aide{{#DATE_SEANCE_ERROR}} date_seance-erreur{{/DATE_SEANCE_ERROR}}">
{{#DATE_SEANCE_ERROR}}
        <p class="fr-error-text" id="date_seance-erreur">{{ERROR_DATE_SEANCE}}</p>
{{/DATE_SEANCE_ERROR}}
      </div>
      <div class="fr-select-group {{APPEL_SELECT_CLASS}}">
        <label class="fr-label" for="appel">Appel examiné
          <span class="fr-hint-text" id="appel-aide">Sans appel choisi, la séance peut examiner les dossiers de tous les appels.</span>
        </label>
        <select class="fr-select" id="appel" name="appel" aria-describedby="appel-aide{{#APPEL_ERROR}} appel-erreur{{/APPEL_ERROR}}">
          <option value="">Tous les appels</option>
{{#CALL_OPTION}}
          <option value="{{ID}}"{{#SELECTED}} selected{{/SELECTED}}>{{TITLE}}</option>
{{/CALL_OPTION}}
        </select>
{{#APPEL_ERROR}}
        <p class="fr-error-text" id="appel-erreur">{{ERROR_APPEL}}</p>
{{/APPEL_ERROR}}
      </div>
      <div class="fr-input-group {{MEMBRES_GROUP_CLASS}}">
        <label class="fr-label" for="membres">Membres du comité
          <span class="fr-hint-text" id="membres-aide">Les adresses e-mail de leurs comptes, une par ligne : administrateurs, instructeurs, experts ou personnalités qualifiées.</span>
        </label>
        <textarea class="fr-input {{MEMBRES_INPUT_CLASS}}" id="membres" name="membres" rows="6" aria-describedby="membres-aide{{#MEMBRES_ERROR}} membres-erreur{{/MEMBRES_ERROR}}">{{MEMBRES}}</textarea>
{{#MEMBRES_ERROR}}
        <p class="fr-error-text" id="membres-erreur">{{ERROR_MEMBRES}}</p>
{{/MEMBRES_ERROR}}
      </div>
      <ul class="fr-btns-group fr-btns-group--inline-md">
        <li><button class="fr-btn" type="submit">{{SUBMIT_LABEL}}</button></li>
        <li><a class="fr-btn fr-btn--secondary" href="{{CANCEL_HREF}}">Annuler</a></li>
      </ul>
    </form>
  </div>
</div>
