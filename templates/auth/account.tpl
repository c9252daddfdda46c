{{%AUTOESCAPE context="HTML"}}
<h1 class="fr-mt-4w">Mon compte</h1>
<div class="fr-grid-row fr-grid-row--gutters">
  <div class="fr-col-12 fr-col-md-6">
    <h2>Mes informations</h2>
    <ul class="fr-raw-list">
      <li><strong>Adresse électronique :</strong> <span id="compte-email">{{EMAIL}}</span></li>
      <li><strong>Nom affiché :</strong> {{DISPLAY_NAME}}</li>
      <li><strong>Compte créé le :</strong> {{CREATED_AT}}</li>
      <li><strong>Rôles :</strong>
        <ul class="fr-badges-group fr-mt-1w">
{{#ROLE}}
          <li><p class="fr-badge fr-badge--blue-ecume">{{ROLE_LABEL}}</p></li>
{{/ROLE}}
        </ul>
      </li>
    </ul>
  </div>
  <div class="fr-col-12 fr-col-md-6">
    <h2>Mes organisations</h2>
{{#NO_ORGANISATION}}
    <p>Vous n’êtes membre d’aucune organisation pour le moment.</p>
{{/NO_ORGANISATION}}
{{#HAS_ORGANISATIONS}}
    <ul>
{{#ORGANISATION}}
      <li><a href="/organisations/{{ORGANISATION_ID}}">{{ORGANISATION_NAME}}</a> — {{MEMBERSHIP_ROLE}}</li>
{{/ORGANISATION}}
    </ul>
{{/HAS_ORGANISATIONS}}
    <p><a class="fr-link fr-icon-add-line fr-link--icon-left" href="/organisations/nouvelle">Inscrire une organisation</a></p>
  </div>
</div>

<h2 class="fr-mt-4w">Mes données personnelles</h2>
<ul class="fr-btns-group fr-btns-group--inline-md">
  <li><a class="fr-btn fr-btn--secondary" href="/compte/mes-donnees">Mes données</a></li>
  <li><a class="fr-btn fr-btn--tertiary" href="/compte/suppression">Supprimer mon compte</a></li>
</ul>

<h2 class="fr-mt-4w">Mes sessions</h2>
<p>Chaque appareil ou navigateur connecté à votre compte ouvre une session. Une session se ferme d’elle-même après 30 minutes d’inactivité et au plus tard 12 heures après la connexion. Fermez celles que vous ne reconnaissez pas, puis changez votre mot de passe.</p>
<div class="fr-table">
  <table tabindex="0">
    <caption>Sessions ouvertes sur votre compte</caption>
    <thead>
      <tr><th scope="col">Navigateur</th><th scope="col">Adresse IP</th><th scope="col">Ouverte le</th><th scope="col">Dernière activité</th><th scope="col">Action</th></tr>
    </thead>
    <tbody>
{{#SESSION}}
      <tr>
        <td>{{BROWSER}}{{#CURRENT}} <p class="fr-badge fr-badge--success fr-badge--sm">Cette session</p>{{/CURRENT}}</td>
        <td>{{ADDRESS}}</td>
        <td>{{OPENED_AT}}</td>
        <td>{{LAST_SEEN_AT}}</td>
        <td>
          <form method="post" action="/compte/sessions/{{PUBLIC_ID}}/fin">
            <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
            <button class="fr-btn fr-btn--sm fr-btn--secondary" type="submit">Fermer<span class="fr-sr-only"> la session {{BROWSER}} ouverte le {{OPENED_AT}}</span></button>
          </form>
        </td>
      </tr>
{{/SESSION}}
    </tbody>
  </table>
</div>
<form method="post" action="/compte/deconnexion-partout">
  <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
  <button class="fr-btn fr-btn--tertiary fr-icon-logout-box-r-line fr-btn--icon-left" type="submit">Me déconnecter partout, y compris ici</button>
</form>

<h2 class="fr-mt-6w" id="mot-de-passe">Changer mon mot de passe</h2>
<div class="fr-grid-row">
  <div class="fr-col-12 fr-col-md-8 fr-col-lg-6">
{{#FORM_ERRORS}}
    <div class="fr-alert fr-alert--error fr-mb-3w" role="alert">
      <h3 class="fr-alert__title">{{FORM_ERROR_MESSAGE}}</h3>
{{#FIELD_ERROR}}
      <p><a href="#{{FIELD}}">{{MESSAGE}}</a></p>
{{/FIELD_ERROR}}
    </div>
{{/FORM_ERRORS}}
    <p>Vos autres sessions seront fermées ; celle-ci reste ouverte. Vous recevrez un e-mail de confirmation.</p>
    <form method="post" action="/compte/mot-de-passe" novalidate>
      <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
      <div class="fr-input-group {{CURRENT_PASSWORD_GROUP_CLASS}}">
        <label class="fr-label" for="current_password">Mot de passe actuel</label>
        <input class="fr-input {{CURRENT_PASSWORD_INPUT_CLASS}}" type="password" id="current_password" name="current_password" autocomplete="current-password" required{{#CURRENT_PASSWORD_ERROR}} aria-describedby="current_password-erreur"{{/CURRENT_PASSWORD_ERROR}}>
{{#CURRENT_PASSWORD_ERROR}}
        <p class="fr-error-text" id="current_password-erreur">{{ERROR_CURRENT_PASSWORD}}</p>
{{/CURRENT_PASSWORD_ERROR}}
      </div>
      <div class="fr-input-group {{NEW_PASSWORD_GROUP_CLASS}}">
        <label class="fr-label" for="new_password">Nouveau mot de passe
          <span class="fr-hint-text" id="new_password-aide">Au moins 12 caractères. Les mots de passe très courants sont refusés.</span>
        </label>
        <input class="fr-input {{NEW_PASSWORD_INPUT_CLASS}}" type="password" id="new_password" name="new_password" autocomplete="new-password" required aria-describedby="new_password-aide{{#NEW_PASSWORD_ERROR}} new_password-erreur{{/NEW_PASSWORD_ERROR}}">
{{#NEW_PASSWORD_ERROR}}
        <p class="fr-error-text" id="new_password-erreur">{{ERROR_NEW_PASSWORD}}</p>
{{/NEW_PASSWORD_ERROR}}
      </div>
      <button class="fr-btn" type="submit">Changer mon mot de passe</button>
    </form>
  </div>
</div>
