{{%AUTOESCAPE context="HTML"}}
<div class="fr-grid-row fr-grid-row--center fr-mt-4w">
  <div class="fr-col-12 fr-col-md-8 fr-col-lg-6">
    <h1>Se connecter à Essaim</h1>
{{#FORM_ERRORS}}
    <div class="fr-alert fr-alert--error fr-mb-3w" role="alert">
      <h2 class="fr-alert__title">{{FORM_ERROR_MESSAGE}}</h2>
{{#FIELD_ERROR}}
      <p><a href="#{{FIELD}}">{{MESSAGE}}</a></p>
{{/FIELD_ERROR}}
    </div>
{{/FORM_ERRORS}}
{{#LOCKED_OUT}}
    <p class="fr-mb-3w"><a class="fr-link" href="/mot-de-passe-oublie">Réinitialiser mon mot de passe pour me connecter sans attendre</a></p>
{{/LOCKED_OUT}}
{{#UNCONFIRMED}}
    <form method="post" action="/inscription/renvoyer" class="fr-mb-4w">
      <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
      <input type="hidden" name="email" value="{{UNCONFIRMED_EMAIL}}">
      <button class="fr-btn fr-btn--secondary" type="submit">Recevoir un nouveau lien de confirmation</button>
    </form>
{{/UNCONFIRMED}}
    <form method="post" action="/connexion" novalidate>
      <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
      <input type="hidden" name="retour" value="{{RETOUR}}">
      <div class="fr-input-group {{EMAIL_GROUP_CLASS}}">
        <label class="fr-label" for="email">Adresse électronique
          <span class="fr-hint-text" id="email-aide">Format attendu : nom@domaine.fr</span>
        </label>
        <input class="fr-input {{EMAIL_INPUT_CLASS}}" type="email" id="email" name="email" value="{{EMAIL}}" autocomplete="username" required aria-describedby="email-aide{{#EMAIL_ERROR}} email-erreur{{/EMAIL_ERROR}}">
{{#EMAIL_ERROR}}
        <p class="fr-error-text" id="email-erreur">{{ERROR_EMAIL}}</p>
{{/EMAIL_ERROR}}
      </div>
      <div class="fr-input-group {{PASSWORD_GROUP_CLASS}}">
        <label class="fr-label" for="password">Mot de passe</label>
        <input class="fr-input {{PASSWORD_INPUT_CLASS}}" type="password" id="password" name="password" autocomplete="current-password" required{{#PASSWORD_ERROR}} aria-describedby="password-erreur"{{/PASSWORD_ERROR}}>
{{#PASSWORD_ERROR}}
        <p class="fr-error-text" id="password-erreur">{{ERROR_PASSWORD}}</p>
{{/PASSWORD_ERROR}}
        <p class="fr-mt-1w"><a class="fr-link" href="/mot-de-passe-oublie">Mot de passe oublié ?</a></p>
      </div>
      <button class="fr-btn" type="submit">Se connecter</button>
    </form>
    <hr class="fr-mt-4w">
    <h2 class="fr-h5">Vous n’avez pas de compte ?</h2>
    <a class="fr-btn fr-btn--secondary" href="/inscription">Créer un compte</a>
{{#DEMO}}
    <div class="fr-mt-6w">
      <h2 class="fr-h4">Comptes de démonstration</h2>
      <p>Ce site est une démonstration : ces comptes et leurs mots de passe sont publics. N’y saisissez aucune donnée réelle.</p>
      <div class="fr-table">
        <table tabindex="0">
          <caption>Un compte par rôle</caption>
          <thead><tr><th scope="col">Rôle</th><th scope="col">Adresse électronique</th><th scope="col">Mot de passe</th></tr></thead>
          <tbody>
{{#DEMO_ACCOUNT}}
            <tr><td>{{ROLE}}</td><td>{{DEMO_EMAIL}}</td><td><code>{{DEMO_PASSWORD}}</code></td></tr>
{{/DEMO_ACCOUNT}}
          </tbody>
        </table>
      </div>
    </div>
{{/DEMO}}
  </div>
</div>
