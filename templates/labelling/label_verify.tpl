{{%AUTOESCAPE context="HTML"}}
<div class="fr-grid-row fr-grid-row--center fr-mt-4w">
  <div class="fr-col-12 fr-col-md-8">
    <h1>Vérifier un label</h1>
{{#UNKNOWN}}
    <div class="fr-alert fr-alert--error fr-mb-3w" role="alert">
      <h2 class="fr-alert__title">Code inconnu</h2>
      <p>Aucun label ne porte le code saisi. Un label retiré ou expiré garde son code : un code inconnu n’a jamais été attribué.</p>
    </div>
{{/UNKNOWN}}
    <p>Saisissez le code imprimé sur le certificat pour afficher la page du label et son statut.</p>
    <form method="get" action="/labels/verifier" novalidate>
      <div class="fr-input-group {{CODE_GROUP_CLASS}}">
        <label class="fr-label" for="code">Code de vérification
          <span class="fr-hint-text" id="code-aide">Par exemple ESS-2026-K7QX3M</span>
        </label>
        <input class="fr-input {{CODE_INPUT_CLASS}}" id="code" name="code" type="text" value="{{CODE}}" autocomplete="off" aria-describedby="code-aide{{#CODE_ERROR}} code-erreur{{/CODE_ERROR}}">
{{#CODE_ERROR}}
        <p class="fr-error-text" id="code-erreur">{{ERROR_CODE}}</p>
{{/CODE_ERROR}}
      </div>
      <button class="fr-btn" type="submit">Vérifier</button>
    </form>
  </div>
</div>
