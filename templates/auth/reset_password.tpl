{{%AUTOESCAPE context="HTML"}}
<div class="fr-grid-row fr-grid-row--center fr-mt-4w">
  <div class="fr-col-12 fr-col-md-8 fr-col-lg-6">
    <h1>Choisir un nouveau mot de passe</h1>
    <p>Une fois le mot de passe changé, toutes les sessions ouvertes sur votre compte seront fermées et vous pourrez vous connecter avec le nouveau.</p>
{{#FORM_ERRORS}}
    <div class="fr-alert fr-alert--error fr-mb-3w" role="alert">
      <h2 class="fr-alert__title">{{FORM_ERROR_MESSAGE}}</h2>
{{#FIELD_ERROR}}
      <p><a href="#{{FIELD}}">{{MESSAGE}}</a></p>
{{/FIELD_ERROR}}
    </div>
{{/FORM_ERRORS}}
    <form method="post" action="/mot-de-passe/reinitialiser" novalidate>
      <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
      <input type="hidden" name="jeton" value="{{JETON}}">
      <div class="fr-input-group {{PASSWORD_GROUP_CLASS}}">
        <label class="fr-label" for="password">Nouveau mot de passe
          <span class="fr-hint-text" id="password-aide">Au moins 12 caractères. Les mots de passe très courants sont refusés.</span>
        </label>
        <input class="fr-input {{PASSWORD_INPUT_CLASS}}" type="password" id="password" name="password" autocomplete="new-password" required aria-describedby="password-aide{{#PASSWORD_ERROR}} password-erreur{{/PASSWORD_ERROR}}">
{{#PASSWORD_ERROR}}
        <p class="fr-error-text" id="password-erreur">{{ERROR_PASSWORD}}</p>
{{/PASSWORD_ERROR}}
      </div>
      <button class="fr-btn" type="submit">Enregistrer le nouveau mot de passe</button>
    </form>
  </div>
</div>
