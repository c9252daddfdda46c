{{%AUTOESCAPE context="HTML"}}
<div class="fr-mt-4w fr-mb-6w">
  <h1>{{TITLE}}</h1>
  <p>Séance du {{MEETS_ON}} · {{CALL_TITLE}} · <span class="fr-badge fr-badge--sm {{STATE_CLASS}}">{{STATE_LABEL}}</span></p>
{{#CAN_EDIT}}
  <p><a class="fr-link fr-icon-edit-line fr-link--icon-left" href="{{EDIT_HREF}}">Modifier la séance et ses membres</a></p>
{{/CAN_EDIT}}
{{#FORM_ERRORS}}
  <div class="fr-alert fr-alert--error fr-mb-3w" role="alert">
    <h2 class="fr-alert__title">{{FORM_ERROR_MESSAGE}}</h2>
{{#FIELD_ERROR}}
    <p><a href="#{{FIELD}}">{{MESSAGE}}</a></p>
{{/FIELD_ERROR}}
  </div>
{{/FORM_ERRORS}}

  <h2>Membres</h2>
{{#NO_MEMBERS}}
  <p>Aucun membre n’est encore désigné.</p>
{{/NO_MEMBERS}}
{{#HAS_MEMBERS}}
  <ul>
{{#MEMBER}}
    <li>{{NAME}} ({{EMAIL}})</li>
{{/MEMBER}}
  </ul>
{{/HAS_MEMBERS}}

  <h2>Classement des dossiers</h2>
  <p>Les dossiers sont classés par note moyenne pondérée des avis d’experts (de 0 à 5), de la plus haute à la plus basse ; à note égale, l’écart le plus faible entre experts passe devant. Les dossiers sans avis viennent en dernier.</p>
{{#EMPTY_AGENDA}}
  <p>L’ordre du jour est vide.</p>
{{/EMPTY_AGENDA}}
{{#HAS_AGENDA}}
  <div class="fr-table">
    <table tabindex="0">
      <caption>Ordre du jour classé par note moyenne</caption>
      <thead>
        <tr><th scope="col">Rang</th><th scope="col">Dossier</th><th scope="col">Organisation</th><th scope="col">Appel</th><th scope="col">Note moyenne</th><th scope="col">Écart entre experts</th><th scope="col">Avis rendus</th><th scope="col">Recommandations</th><th scope="col">Décision</th></tr>
      </thead>
      <tbody>
{{#LINE}}
        <tr>
          <td>{{RANK}}</td>
          <td><a href="{{DOSSIER_HREF}}">Dossier n° {{DOSSIER_ID}}</a><br><a class="fr-link fr-link--sm" href="{{OPINIONS_HREF}}" title="Les avis du dossier n° {{DOSSIER_ID}}">Lire les avis</a></td>
          <th scope="row">{{ORGANISATION}}</th>
          <td>{{CALL_TITLE}}</td>
          <td>{{MEAN}}</td>
          <td>{{SPREAD}}</td>
          <td>{{OPINIONS}}</td>
          <td>{{FAVORABLE}} favorable · {{RESERVE}} réservé · {{DEFAVORABLE}} défavorable</td>
          <td>{{#DECIDED}}<p class="fr-badge fr-badge--sm {{DECISION_CLASS}}">{{DECISION_LABEL}}</p>{{/DECIDED}}{{#UNDECIDED}}<a href="#decision-{{DOSSIER_ID}}">À décider</a>{{/UNDECIDED}}{{#OUT_OF_COMMITTEE}}<p class="fr-badge fr-badge--sm">{{STATE_LABEL}}</p>{{/OUT_OF_COMMITTEE}}</td>
        </tr>
{{/LINE}}
      </tbody>
    </table>
  </div>

  <h2>Décisions</h2>
{{#DECISION_BLOCK}}
  <section class="fr-mb-4w" aria-labelledby="dossier-{{DOSSIER_ID}}-titre">
    <h3 id="dossier-{{DOSSIER_ID}}-titre">{{RANK}}. Dossier n° {{DOSSIER_ID}} — {{ORGANISATION}}</h3>
{{#HAS_OPINIONS}}
    <h4 class="fr-h6">Avis des experts</h4>
    <ul>
{{#OPINION}}
      <li><strong>{{EXPERT}}</strong> : {{RECOMMENDATION}}, note pondérée {{SCORE}} sur 5{{#HAS_COMMENT}}. « {{COMMENT}} »{{/HAS_COMMENT}}</li>
{{/OPINION}}
    </ul>
{{/HAS_OPINIONS}}
{{#DECIDED}}
    <p><span class="fr-badge {{DECISION_CLASS}}">{{DECISION_LABEL}}</span> — décidé le {{DECIDED_AT}}{{#HAS_DECIDER}} par {{DECIDED_BY}}{{/HAS_DECIDER}}.</p>
{{#HAS_MOTIVATION}}
    <p>Motivation : {{MOTIVATION}}</p>
{{/HAS_MOTIVATION}}
{{/DECIDED}}
{{#OUT_OF_COMMITTEE}}
    <p>Ce dossier n’est plus en comité : <span class="fr-badge">{{STATE_LABEL}}</span>. Il n’y a rien à décider.</p>
{{/OUT_OF_COMMITTEE}}
{{#AWAITING}}
    <p id="decision-{{DOSSIER_ID}}">La décision n’est pas encore prise.</p>
{{/AWAITING}}
{{#DECISION_BUTTONS}}
    <p class="fr-text--sm" id="decision-{{DOSSIER_ID}}">Chaque décision est confirmée avant d’être enregistrée ; un refus, un classement sans suite ou un renvoi demande son motif.</p>
    <div class="essaim-decision-buttons">
{{#DECISION_BUTTON}}
{{>BUTTON}}
{{/DECISION_BUTTON}}
    </div>
{{/DECISION_BUTTONS}}
  </section>
{{/DECISION_BLOCK}}
{{/HAS_AGENDA}}

{{#CAN_HOLD}}
  <h2>Clôture de la séance</h2>
  <p>Tous les dossiers de l’ordre du jour sont décidés.</p>
  <form method="post" action="{{HOLD_ACTION}}">
    <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
    <button class="fr-btn fr-btn--secondary" type="submit">Marquer la séance comme tenue</button>
  </form>
{{/CAN_HOLD}}

{{#CAN_FILL}}
  <h2>Compléter l’ordre du jour</h2>
{{#NO_CANDIDATE}}
  <p>Aucun dossier en instruction ne peut être inscrit{{#FOR_CALL}} pour cet appel{{/FOR_CALL}}.</p>
{{/NO_CANDIDATE}}
{{#HAS_CANDIDATES}}
  <form method="post" action="{{AGENDA_ACTION}}" novalidate>
    <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
    <fieldset class="fr-fieldset {{DOSSIERS_FIELDSET_CLASS}}" id="dossiers" aria-labelledby="dossiers-legende{{#DOSSIERS_ERROR}} dossiers-erreur{{/DOSSIERS_ERROR}}">
      <legend class="fr-fieldset__legend" id="dossiers-legende">Dossiers en instruction à inscrire
        <span class="fr-hint-text">Chaque dossier inscrit passe « En comité » et son candidat en est informé.</span>
      </legend>
{{#CANDIDATE}}
      <div class="fr-fieldset__element">
        <div class="fr-checkbox-group">
          <input type="checkbox" id="dossier-candidat-{{DOSSIER_ID}}" name="dossiers" value="{{DOSSIER_ID}}"{{#CHECKED}} checked{{/CHECKED}}>
          <label class="fr-label" for="dossier-candidat-{{DOSSIER_ID}}">Dossier n° {{DOSSIER_ID}} — {{ORGANISATION}} ({{CALL_TITLE}})</label>
        </div>
      </div>
{{/CANDIDATE}}
{{#DOSSIERS_ERROR}}
      <div class="fr-messages-group" id="dossiers-erreur">
        <p class="fr-message fr-message--error">{{ERROR_DOSSIERS}}</p>
      </div>
{{/DOSSIERS_ERROR}}
    </fieldset>
    <button class="fr-btn" type="submit">Inscrire à l’ordre du jour</button>
  </form>
{{/HAS_CANDIDATES}}
{{/CAN_FILL}}
</div>
