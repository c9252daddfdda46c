{{%AUTOESCAPE context="HTML"}}
<div class="fr-mt-4w">
  <h1>{{HEADING}}</h1>
  <p class="fr-text--lead">{{ORGANISATION}} — appel « {{CALL_TITLE}} »</p>
  <p>Avis attendu le {{DUE_ON}} — état : <span class="fr-badge fr-badge--sm">{{STATE_LABEL}}</span></p>
  <ul class="fr-links-group">
    <li><a class="fr-link" href="{{DOSSIER_HREF}}">Lire la candidature</a></li>
    <li><a class="fr-link" href="{{REVIEWS_HREF}}">Avis sur ce dossier</a></li>
  </ul>
{{#FORM_ERRORS}}
  <div class="fr-alert fr-alert--error fr-mb-3w" role="alert">
    <h2 class="fr-alert__title">{{FORM_ERROR_MESSAGE}}</h2>
{{#FIELD_ERROR}}
    <p><a href="#{{FIELD}}">{{MESSAGE}}</a></p>
{{/FIELD_ERROR}}
  </div>
{{/FORM_ERRORS}}
{{#EDIT}}
  <h2>Grille d’évaluation</h2>
  <form method="post" action="{{FORM_ACTION}}" novalidate>
    <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
{{#CRITERION}}
    <fieldset class="fr-fieldset{{#SCORE_ERROR}} fr-fieldset--error{{/SCORE_ERROR}}" id="{{SCORE_NAME}}" aria-labelledby="{{SCORE_NAME}}-legende{{#SCORE_ERROR}} {{SCORE_NAME}}-erreur{{/SCORE_ERROR}}">
      <legend class="fr-fieldset__legend" id="{{SCORE_NAME}}-legende"><h3 class="fr-h5 fr-mb-0">{{TITLE}} (poids {{WEIGHT}}) <span class="essaim-required">(obligatoire)</span></h3>
{{#HAS_DESCRIPTION}}
        <span class="fr-hint-text">{{DESCRIPTION}}</span>
{{/HAS_DESCRIPTION}}
      </legend>
{{#LEVEL}}
      <div class="fr-fieldset__element">
        <div class="fr-radio-group">
          <input type="radio" id="{{SCORE_NAME}}-{{LEVEL}}" name="{{SCORE_NAME}}" value="{{LEVEL}}"{{#CHECKED}} checked{{/CHECKED}}>
          <label class="fr-label" for="{{SCORE_NAME}}-{{LEVEL}}">{{LEVEL_LABEL}}</label>
        </div>
      </div>
{{/LEVEL}}
{{#SCORE_ERROR}}
      <div class="fr-messages-group" id="{{SCORE_NAME}}-erreur">
        <p class="fr-message fr-message--error">{{MESSAGE}}</p>
      </div>
{{/SCORE_ERROR}}
      <div class="fr-fieldset__element">
        <div class="fr-input-group{{#COMMENT_ERROR}} fr-input-group--error{{/COMMENT_ERROR}}">
          <label class="fr-label" for="{{COMMENT_NAME}}">Commentaire sur « {{TITLE}} »</label>
          <textarea class="fr-input{{#COMMENT_ERROR}} fr-input--error{{/COMMENT_ERROR}}" id="{{COMMENT_NAME}}" name="{{COMMENT_NAME}}" rows="3"{{#COMMENT_ERROR}} aria-describedby="{{COMMENT_NAME}}-erreur"{{/COMMENT_ERROR}}>{{COMMENT}}</textarea>
{{#COMMENT_ERROR}}
          <p class="fr-error-text" id="{{COMMENT_NAME}}-erreur">{{MESSAGE}}</p>
{{/COMMENT_ERROR}}
        </div>
      </div>
    </fieldset>
{{/CRITERION}}
    <fieldset class="fr-fieldset {{RECOMMANDATION_FIELDSET_CLASS}}" id="recommandation" aria-labelledby="recommandation-legende{{#RECOMMANDATION_ERROR}} recommandation-erreur{{/RECOMMANDATION_ERROR}}">
      <legend class="fr-fieldset__legend" id="recommandation-legende"><h3 class="fr-h5 fr-mb-0">Recommandation <span class="essaim-required">(obligatoire)</span></h3></legend>
{{#RECOMMENDATION_OPTION}}
      <div class="fr-fieldset__element">
        <div class="fr-radio-group">
          <input type="radio" id="recommandation-{{CODE}}" name="recommandation" value="{{CODE}}"{{#CHECKED}} checked{{/CHECKED}}>
          <label class="fr-label" for="recommandation-{{CODE}}">{{LABEL}}</label>
        </div>
      </div>
{{/RECOMMENDATION_OPTION}}
{{#RECOMMANDATION_ERROR}}
      <div class="fr-messages-group" id="recommandation-erreur">
        <p class="fr-message fr-message--error">{{ERROR_RECOMMANDATION}}</p>
      </div>
{{/RECOMMANDATION_ERROR}}
    </fieldset>
    <div class="fr-input-group {{COMMENTAIRE_GROUP_CLASS}}">
      <label class="fr-label" for="commentaire">Commentaire général
        <span class="fr-hint-text" id="commentaire-aide">Ce que le comité doit retenir de votre avis.</span>
      </label>
      <textarea class="fr-input {{COMMENTAIRE_INPUT_CLASS}}" id="commentaire" name="commentaire" rows="5" aria-describedby="commentaire-aide{{#COMMENTAIRE_ERROR}} commentaire-erreur{{/COMMENTAIRE_ERROR}}">{{COMMENTAIRE}}</textarea>
{{#COMMENTAIRE_ERROR}}
      <p class="fr-error-text" id="commentaire-erreur">{{ERROR_COMMENTAIRE}}</p>
{{/COMMENTAIRE_ERROR}}
    </div>
    <button class="fr-btn" type="submit">Rendre mon avis</button>
  </form>

  <h2 class="fr-mt-6w">Conflit d’intérêts</h2>
  <p>Si vous avez un lien avec la structure candidate, déclarez-le : vous ne donnerez pas d’avis et l’équipe d’instruction sollicitera un autre expert.</p>
  <form method="post" action="{{CONFLICT_ACTION}}" novalidate>
    <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
    <div class="fr-input-group {{MOTIF_GROUP_CLASS}}">
      <label class="fr-label" for="motif">Nature du conflit d’intérêts <span class="essaim-required">(obligatoire)</span></label>
      <textarea class="fr-input {{MOTIF_INPUT_CLASS}}" id="motif" name="motif" rows="3" required{{#MOTIF_ERROR}} aria-describedby="motif-erreur"{{/MOTIF_ERROR}}>{{MOTIF}}</textarea>
{{#MOTIF_ERROR}}
      <p class="fr-error-text" id="motif-erreur">{{ERROR_MOTIF}}</p>
{{/MOTIF_ERROR}}
    </div>
    <button class="fr-btn fr-btn--secondary" type="submit">Déclarer un conflit d’intérêts</button>
  </form>
{{/EDIT}}
{{#READ}}
  <h2>Votre avis, rendu le {{SUBMITTED_AT}}</h2>
  <div class="fr-table">
    <table tabindex="0">
      <caption>Vos notes par critère</caption>
      <thead>
        <tr><th scope="col">Critère</th><th scope="col">Poids</th><th scope="col">Note</th><th scope="col">Commentaire</th></tr>
      </thead>
      <tbody>
{{#CRITERION}}
        <tr><th scope="row">{{TITLE}}</th><td>{{WEIGHT}}</td><td>{{SCORE_TEXT}}</td><td>{{COMMENT_TEXT}}</td></tr>
{{/CRITERION}}
      </tbody>
    </table>
  </div>
  <p><strong>Recommandation :</strong> {{RECOMMENDATION_TEXT}}</p>
  <p><strong>Commentaire général :</strong> {{COMMENTAIRE_TEXT}}</p>
{{/READ}}
</div>
