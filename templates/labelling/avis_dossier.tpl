{{%AUTOESCAPE context="HTML"}}
<div class="fr-mt-4w">
  <h1>{{HEADING}}</h1>
  <p class="fr-text--lead">{{ORGANISATION}} — appel « {{CALL_TITLE}} »</p>
  <p>État du dossier : <span class="fr-badge fr-badge--sm">{{DOSSIER_STATE}}</span></p>
  <p><a class="fr-link fr-icon-arrow-left-line fr-link--icon-left" href="{{DOSSIER_HREF}}">Retour au dossier</a></p>
{{#FORM_ERRORS}}
  <div class="fr-alert fr-alert--error fr-mb-3w" role="alert">
    <h2 class="fr-alert__title">{{FORM_ERROR_MESSAGE}}</h2>
{{#FIELD_ERROR}}
    <p><a href="#{{FIELD}}">{{MESSAGE}}</a></p>
{{/FIELD_ERROR}}
  </div>
{{/FORM_ERRORS}}
{{#EXPERT_VIEW}}
  <div class="fr-callout fr-mb-3w">
    <p class="fr-callout__text">Vous êtes sollicité pour donner votre avis sur ce dossier.</p>
{{#OTHERS_HIDDEN}}
    <p>Les avis des autres experts vous seront montrés une fois le vôtre rendu.</p>
{{/OTHERS_HIDDEN}}
    <a class="fr-btn" href="{{OWN_HREF}}">Ouvrir votre grille d’évaluation</a>
  </div>
{{/EXPERT_VIEW}}
{{#STAFF}}
  <h2>Instructeur</h2>
  <p>Instructeur en charge : {{CURRENT_INSTRUCTOR}}</p>
  <form method="post" action="{{ASSIGN_ACTION}}" class="fr-mb-4w">
    <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
    <div class="fr-select-group {{INSTRUCTEUR_GROUP_CLASS}}">
      <label class="fr-label" for="instructeur">Confier le dossier à
        <span class="fr-hint-text" id="instructeur-aide">Un membre de l’équipe d’instruction de l’appel.</span>
      </label>
      <select class="fr-select" id="instructeur" name="instructeur" aria-describedby="instructeur-aide{{#INSTRUCTEUR_ERROR}} instructeur-erreur{{/INSTRUCTEUR_ERROR}}">
        <option value="">Choisir un instructeur</option>
{{#INSTRUCTOR_OPTION}}
        <option value="{{ID}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>
{{/INSTRUCTOR_OPTION}}
      </select>
{{#INSTRUCTEUR_ERROR}}
      <p class="fr-error-text" id="instructeur-erreur">{{ERROR_INSTRUCTEUR}}</p>
{{/INSTRUCTEUR_ERROR}}
    </div>
    <button class="fr-btn fr-btn--secondary" type="submit">Attribuer le dossier</button>
  </form>
{{/STAFF}}
  <h2>Avis des experts</h2>
{{#NO_REVIEW}}
  <p>Aucun avis n’a encore été demandé.</p>
{{/NO_REVIEW}}
{{#HAS_REVIEWS}}
  <div class="fr-table">
    <table tabindex="0">
      <caption>Demandes d’avis sur le dossier</caption>
      <thead>
        <tr><th scope="col">Expert</th><th scope="col">Demandé le</th><th scope="col">Attendu le</th><th scope="col">État</th><th scope="col">Recommandation</th><th scope="col">Note pondérée</th><th scope="col">Action</th></tr>
      </thead>
      <tbody>
{{#REVIEW}}
        <tr>
          <th scope="row">{{EXPERT}}</th>
          <td>{{REQUESTED_AT}}</td>
          <td>{{DUE_ON}}</td>
          <td><p class="fr-badge fr-badge--sm {{STATE_CLASS}}">{{STATE_LABEL}}</p>{{#CONFLICT}}<p class="fr-text--sm fr-mb-0">Motif : {{CONFLICT_REASON}}</p>{{/CONFLICT}}</td>
          <td>{{RECOMMENDATION}}</td>
          <td>{{SCORE}}</td>
          <td>
{{#CANCEL}}
            <form method="post" action="{{CANCEL_ACTION}}">
              <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
              <button class="fr-btn fr-btn--sm fr-btn--tertiary" type="submit" title="Annuler la demande d’avis à {{EXPERT}}">Annuler</button>
            </form>
{{/CANCEL}}
          </td>
        </tr>
{{/REVIEW}}
      </tbody>
    </table>
  </div>
{{/HAS_REVIEWS}}
{{#OPINION}}
  <section class="fr-mb-4w">
    <h3>Avis de {{EXPERT}}</h3>
    <p>{{#SUBMITTED}}Rendu le {{SUBMITTED_AT}} — {{/SUBMITTED}}Recommandation : <strong>{{RECOMMENDATION}}</strong> — note pondérée : {{SCORE}}</p>
    <div class="fr-table">
      <table tabindex="0">
        <caption>Notes de {{EXPERT}} par critère</caption>
        <thead>
          <tr><th scope="col">Critère</th><th scope="col">Poids</th><th scope="col">Note</th><th scope="col">Commentaire</th></tr>
        </thead>
        <tbody>
{{#CRITERION}}
          <tr><th scope="row">{{TITLE}}</th><td>{{WEIGHT}}</td><td>{{SCORE}}</td><td>{{COMMENT}}</td></tr>
{{/CRITERION}}
        </tbody>
      </table>
    </div>
    <p><strong>Commentaire général :</strong> {{COMMENT}}</p>
  </section>
{{/OPINION}}
{{#REQUESTS_CLOSED}}
  <p class="fr-mt-3w">Les avis se demandent pendant l’instruction : ce dossier n’est pas « En instruction ».</p>
{{/REQUESTS_CLOSED}}
{{#REQUEST_FORM}}
  <h2 class="fr-mt-4w">Solliciter des experts</h2>
  <form method="post" action="{{REQUEST_ACTION}}" novalidate>
    <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
    <fieldset class="fr-fieldset {{EXPERTS_FIELDSET_CLASS}}" id="experts" aria-labelledby="experts-legende{{#EXPERTS_ERROR}} experts-erreur{{/EXPERTS_ERROR}}">
      <legend class="fr-fieldset__legend" id="experts-legende">Experts <span class="essaim-required">(obligatoire)</span>
        <span class="fr-hint-text">Cochez un ou plusieurs experts : chacun reçoit un e-mail. Un expert membre de l’organisation candidate n’est pas sollicité.</span>
      </legend>
{{#NO_EXPERT}}
      <p class="fr-fieldset__element">Aucun compte n’a le rôle d’expert.</p>
{{/NO_EXPERT}}
{{#EXPERT_OPTION}}
      <div class="fr-fieldset__element">
        <div class="fr-checkbox-group">
          <input type="checkbox" id="experts-{{ID}}" name="experts" value="{{ID}}"{{#CHECKED}} checked{{/CHECKED}}>
          <label class="fr-label" for="experts-{{ID}}">{{LABEL}}</label>
        </div>
      </div>
{{/EXPERT_OPTION}}
{{#EXPERTS_ERROR}}
      <div class="fr-messages-group" id="experts-erreur">
        <p class="fr-message fr-message--error">{{ERROR_EXPERTS}}</p>
      </div>
{{/EXPERTS_ERROR}}
    </fieldset>
    <div class="fr-input-group {{ECHEANCE_GROUP_CLASS}}">
      <label class="fr-label" for="echeance">Avis attendu le <span class="essaim-required">(obligatoire)</span>
        <span class="fr-hint-text" id="echeance-aide">Une date à venir. Un rappel part quand elle est passée.</span>
      </label>
      <input class="fr-input {{ECHEANCE_INPUT_CLASS}}" type="date" id="echeance" name="echeance" value="{{ECHEANCE}}" required aria-describedby="echeance-aide{{#ECHEANCE_ERROR}} echeance-erreur{{/ECHEANCE_ERROR}}">
{{#ECHEANCE_ERROR}}
      <p class="fr-error-text" id="echeance-erreur">{{ERROR_ECHEANCE}}</p>
{{/ECHEANCE_ERROR}}
    </div>
    <button class="fr-btn" type="submit">Demander les avis</button>
  </form>
{{/REQUEST_FORM}}
</div>
