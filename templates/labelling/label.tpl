{{%AUTOESCAPE context="HTML"}}
<div class="fr-mt-4w">
  <h1>{{TITLE}}</h1>
{{#FORM_ERRORS}}
  <div class="fr-alert fr-alert--error fr-mb-3w" role="alert">
    <h2 class="fr-alert__title">{{FORM_ERROR_MESSAGE}}</h2>
{{#FIELD_ERROR}}
    <p><a href="#{{FIELD}}">{{MESSAGE}}</a></p>
{{/FIELD_ERROR}}
  </div>
{{/FORM_ERRORS}}
{{#STATUS_CURRENT}}
  <div class="fr-alert fr-alert--success fr-mb-3w" id="statut-label">
    <h2 class="fr-alert__title">{{STATUS_SENTENCE}}</h2>
    <p>Ce label est valable jusqu’au {{EXPIRES}} inclus.</p>
  </div>
{{/STATUS_CURRENT}}
{{#STATUS_EXPIRED}}
  <div class="fr-alert fr-alert--warning fr-mb-3w" id="statut-label">
    <h2 class="fr-alert__title">{{STATUS_SENTENCE}}</h2>
    <p>Ce label n’est plus valable. Il reste affiché dans l’historique des labels.</p>
  </div>
{{/STATUS_EXPIRED}}
{{#STATUS_WITHDRAWN}}
  <div class="fr-alert fr-alert--error fr-mb-3w" id="statut-label">
    <h2 class="fr-alert__title">{{STATUS_SENTENCE}}</h2>
    <p>Ce label n’est plus valable. Il reste affiché dans l’historique des labels.</p>
  </div>
{{/STATUS_WITHDRAWN}}
  <div class="fr-grid-row fr-grid-row--gutters">
    <div class="fr-col-12 fr-col-md-7">
      <h2>Le label</h2>
      <dl>
        <dt class="fr-text--bold fr-mb-0">Titulaire</dt>
        <dd class="fr-mb-2w fr-ml-0"><a class="fr-link" href="{{HOLDER_HREF}}">{{HOLDER}}</a></dd>
        <dt class="fr-text--bold fr-mb-0">Catégorie</dt>
        <dd class="fr-mb-2w fr-ml-0">{{CATEGORY}}</dd>
{{#HAS_TERRITORY}}
        <dt class="fr-text--bold fr-mb-0">Territoire labellisé</dt>
        <dd class="fr-mb-2w fr-ml-0">{{TERRITORY}}</dd>
{{/HAS_TERRITORY}}
{{#HAS_REGION}}
        <dt class="fr-text--bold fr-mb-0">Région</dt>
        <dd class="fr-mb-2w fr-ml-0">{{REGION}}</dd>
{{/HAS_REGION}}
        <dt class="fr-text--bold fr-mb-0">Attribué le</dt>
        <dd class="fr-mb-2w fr-ml-0">{{GRANTED}}</dd>
        <dt class="fr-text--bold fr-mb-0">Valable jusqu’au</dt>
        <dd class="fr-mb-2w fr-ml-0">{{EXPIRES}}</dd>
        <dt class="fr-text--bold fr-mb-0">Code de vérification</dt>
        <dd class="fr-mb-2w fr-ml-0"><span class="essaim-label-code">{{CODE}}</span></dd>
        <dt class="fr-text--bold fr-mb-0">Adresse de vérification</dt>
        <dd class="fr-mb-2w fr-ml-0">{{VERIFY_URL}}</dd>
      </dl>
      <ul class="fr-btns-group fr-btns-group--inline-md fr-btns-group--icon-left">
        <li><a class="fr-btn fr-btn--secondary fr-icon-printer-line fr-btn--icon-left" href="{{CERTIFICATE_HREF}}">Certificat à imprimer</a></li>
      </ul>
    </div>
    <div class="fr-col-12 fr-col-md-5">
{{#CAN_RENEW}}
      <div class="fr-callout fr-mb-3w">
        <h2 class="fr-callout__title">Renouveler le label</h2>
        <p class="fr-callout__text">Un nouveau dossier est créé sur le formulaire actuel de l’appel, prérempli avec les réponses de votre dernier dossier.</p>
        <form method="post" action="{{RENEW_ACTION}}">
          <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
          <button class="fr-btn" type="submit">Renouveler</button>
        </form>
      </div>
{{/CAN_RENEW}}
{{#RENEWAL_OPEN}}
      <div class="fr-callout fr-mb-3w">
        <h2 class="fr-callout__title">Renouvellement en cours</h2>
        <p class="fr-callout__text">Un dossier de renouvellement de ce label est ouvert.</p>
        <a class="fr-btn" href="{{RENEWAL_DOSSIER_HREF}}">Voir le dossier</a>
      </div>
{{/RENEWAL_OPEN}}
{{#CAN_WITHDRAW}}
      <h2 class="fr-h4">Retirer le label</h2>
      <form method="post" action="{{WITHDRAW_ACTION}}" novalidate>
        <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
        <div class="fr-input-group {{MOTIVATION_GROUP_CLASS}}">
          <label class="fr-label" for="motivation">Motif du retrait <span class="essaim-required">(obligatoire)</span>
            <span class="fr-hint-text" id="motivation-aide">Affiché sur cette page et envoyé au titulaire.</span>
          </label>
          <textarea class="fr-input {{MOTIVATION_INPUT_CLASS}}" id="motivation" name="motivation" rows="4" required aria-describedby="motivation-aide{{#MOTIVATION_ERROR}} motivation-erreur{{/MOTIVATION_ERROR}}">{{MOTIVATION}}</textarea>
{{#MOTIVATION_ERROR}}
          <p class="fr-error-text" id="motivation-erreur">{{ERROR_MOTIVATION}}</p>
{{/MOTIVATION_ERROR}}
        </div>
        <button class="fr-btn fr-btn--secondary" type="submit">Retirer le label</button>
      </form>
{{/CAN_WITHDRAW}}
      <h2 class="fr-h4">Vérifier un autre label</h2>
      <form method="get" action="/labels/verifier">
        <div class="fr-input-group">
          <label class="fr-label" for="code-verification">Code de vérification<span class="fr-hint-text">Imprimé sur le certificat, par exemple ESS-2026-K7QX3M</span></label>
          <input class="fr-input" id="code-verification" name="code" type="text" autocomplete="off">
        </div>
        <button class="fr-btn fr-btn--tertiary" type="submit">Vérifier</button>
      </form>
    </div>
  </div>
</div>
