{{%AUTOESCAPE context="HTML"}}
<div class="fr-grid-row fr-grid-row--center fr-mt-4w">
  <div class="fr-col-12 fr-col-md-8 fr-col-lg-6">
    <h1>Créer un compte</h1>
    <p>Un compte vous permet de tenir à jour votre organisation et vos projets, de candidater et de demander de l’aide. Vous recevrez un e-mail pour confirmer votre adresse.</p>
{{#FORM_ERRORS}}
    <div class="fr-alert fr-alert--error fr-mb-3w" role="alert">
      <h2 class="fr-alert__title">{{FORM_ERROR_MESSAGE}}</h2>
{{#FIELD_ERROR}}
      <p><a href="#{{FIELD}}">{{MESSAGE}}</a></p>
{{/FIELD_ERROR}}
    </div>
{{/FORM_ERRORS}}
    <form method="post" action="/inscription" novalidate>
      <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
      <p class="fr-hint-text">Tous les champs sont obligatoires.</p>
      <div class="fr-input-group {{EMAIL_GROUP_CLASS}}">
        <label class="fr-label" for="email">Adresse électronique
          <span class="fr-hint-text" id="email-aide">Format attendu : nom@domaine.fr</span>
        </label>
        <input class="fr-input {{EMAIL_INPUT_CLASS}}" type="email" id="email" name="email" value="{{EMAIL}}" autocomplete="email" required aria-describedby="email-aide{{#EMAIL_ERROR}} email-erreur{{/EMAIL_ERROR}}">
{{#EMAIL_ERROR}}
        <p class="fr-error-text" id="email-erreur">{{ERROR_EMAIL}}</p>
{{/EMAIL_ERROR}}
      </div>
      <div class="fr-input-group {{DISPLAY_NAME_GROUP_CLASS}}">
        <label class="fr-label" for="display_name">Nom affiché
          <span class="fr-hint-text" id="display_name-aide">Votre prénom et votre nom, tels que les autres membres les verront.</span>
        </label>
        <input class="fr-input {{DISPLAY_NAME_INPUT_CLASS}}" type="text" id="display_name" name="display_name" value="{{DISPLAY_NAME}}" autocomplete="name" required aria-describedby="display_name-aide{{#DISPLAY_NAME_ERROR}} display_name-erreur{{/DISPLAY_NAME_ERROR}}">
{{#DISPLAY_NAME_ERROR}}
        <p class="fr-error-text" id="display_name-erreur">{{ERROR_DISPLAY_NAME}}</p>
{{/DISPLAY_NAME_ERROR}}
      </div>
      <div class="fr-input-group {{PASSWORD_GROUP_CLASS}}">
        <label class="fr-label" for="password">Mot de passe
          <span class="fr-hint-text" id="password-aide">Au moins 12 caractères. Une phrase de plusieurs mots est facile à retenir et difficile à deviner. Les mots de passe très courants sont refusés.</span>
        </label>
        <input class="fr-input {{PASSWORD_INPUT_CLASS}}" type="password" id="password" name="password" autocomplete="new-password" required aria-describedby="password-aide{{#PASSWORD_ERROR}} password-erreur{{/PASSWORD_ERROR}}">
{{#PASSWORD_ERROR}}
        <p class="fr-error-text" id="password-erreur">{{ERROR_PASSWORD}}</p>
{{/PASSWORD_ERROR}}
      </div>
      <ul class="fr-btns-group fr-btns-group--inline-md">
        <li><button class="fr-btn" type="submit">Créer mon compte</button></li>
      </ul>
    </form>
    <p class="fr-mt-3w">Vous avez déjà un compte ? <a class="fr-link" href="/connexion">Se connecter</a></p>
  </div>
</div>
