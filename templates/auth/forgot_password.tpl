{{%AUTOESCAPE context="HTML"}}
<div class="fr-grid-row fr-grid-row--center fr-mt-4w">
  <div class="fr-col-12 fr-col-md-8 fr-col-lg-6">
    <h1>Mot de passe oublié</h1>
    <p>Saisissez l’adresse de votre compte. Nous vous enverrons un lien pour choisir un nouveau mot de passe ; il est valable une heure et ne sert qu’une fois.</p>
{{#FORM_ERRORS}}
    <div class="fr-alert fr-alert--error fr-mb-3w" role="alert">
      <h2 class="fr-alert__title">{{FORM_ERROR_MESSAGE}}</h2>
    </div>
{{/FORM_ERRORS}}
    <form method="post" action="/mot-de-passe-oublie">
      <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
      <div class="fr-input-group">
        <label class="fr-label" for="email">Adresse électronique
          <span class="fr-hint-text" id="email-aide">Format attendu : nom@domaine.fr</span>
        </label>
        <input class="fr-input" type="email" id="email" name="email" value="{{EMAIL}}" autocomplete="email" required aria-describedby="email-aide">
      </div>
      <button class="fr-btn" type="submit">Recevoir le lien</button>
    </form>
  </div>
</div>
