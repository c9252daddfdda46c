{{%AUTOESCAPE context="HTML"}}
<h1 class="fr-mt-4w">Mes données</h1>
<p class="fr-text--lead">Voici tout ce qu’Essaim conserve à votre sujet. Vous pouvez aussi le télécharger dans un fichier au format JSON, lisible par un autre service.</p>
<ul class="fr-btns-group fr-btns-group--inline-md fr-btns-group--icon-left">
  <li><a class="fr-btn fr-btn--icon-left fr-icon-download-line" href="/compte/mes-donnees.json" download>Télécharger mes données (JSON)</a></li>
  <li><a class="fr-btn fr-btn--secondary" href="/compte/suppression">Supprimer mon compte</a></li>
</ul>
<p>Pour savoir pourquoi et combien de temps chaque donnée est conservée, lisez la page <a href="/donnees-personnelles">Données personnelles</a>.</p>

<h2 class="fr-mt-4w">Mon compte</h2>
<ul class="fr-raw-list">
  <li><strong>Numéro de compte :</strong> {{ACCOUNT_ID}}</li>
  <li><strong>Adresse électronique :</strong> <span id="donnees-email">{{EMAIL}}</span></li>
  <li><strong>Nom affiché :</strong> {{DISPLAY_NAME}}</li>
  <li><strong>Compte créé le :</strong> {{CREATED_AT}}</li>
  <li><strong>Adresse confirmée le :</strong> {{CONFIRMED_AT}}</li>
  <li><strong>Mot de passe changé le :</strong> {{PASSWORD_CHANGED_AT}} (le mot de passe lui-même n’est jamais conservé, seulement son empreinte)</li>
</ul>

<h2 class="fr-mt-4w">Mes rôles et équipes</h2>
<ul>
{{#ROLE}}
  <li>{{ROLE_LABEL}}</li>
{{/ROLE}}
</ul>
{{#NO_TEAM}}<p>Vous ne faites partie d’aucune équipe d’instruction ni d’aucun comité.</p>{{/NO_TEAM}}
{{#HAS_TEAMS}}
<ul>
{{#TEAM}}
  <li>{{TEAM_KIND}} : {{TEAM_LABEL}}</li>
{{/TEAM}}
</ul>
{{/HAS_TEAMS}}

<h2 class="fr-mt-4w">Mes sessions</h2>
{{#NO_SESSION}}<p>Aucune session ouverte.</p>{{/NO_SESSION}}
{{#HAS_SESSIONS}}
<div class="fr-table">
  <table tabindex="0">
    <caption>Sessions ouvertes sur votre compte</caption>
    <thead><tr><th scope="col">Ouverte le</th><th scope="col">Dernière activité</th><th scope="col">Adresse IP</th><th scope="col">Navigateur (tel qu’il se présente)</th></tr></thead>
    <tbody>
{{#SESSION}}
      <tr><td>{{OPENED_AT}}</td><td>{{LAST_SEEN_AT}}</td><td>{{ADDRESS}}</td><td>{{USER_AGENT}}</td></tr>
{{/SESSION}}
    </tbody>
  </table>
</div>
{{/HAS_SESSIONS}}

<h2 class="fr-mt-4w">Mes organisations</h2>
{{#NO_ORGANISATION}}<p>Vous n’êtes membre d’aucune organisation.</p>{{/NO_ORGANISATION}}
{{#HAS_ORGANISATIONS}}
<ul>
{{#ORGANISATION}}
  <li><a href="/organisations/{{ORGANISATION_ID}}">{{ORGANISATION_NAME}}</a> — {{MEMBERSHIP_ROLE}}</li>
{{/ORGANISATION}}
</ul>
{{/HAS_ORGANISATIONS}}

<h2 class="fr-mt-4w">Projets de mes organisations</h2>
{{#NO_PROJECT}}<p>Aucun projet.</p>{{/NO_PROJECT}}
{{#HAS_PROJECTS}}
<div class="fr-table">
  <table tabindex="0">
    <caption>Projets des organisations dont vous êtes membre ou que vous avez créés</caption>
    <thead><tr><th scope="col">Projet</th><th scope="col">Organisation</th><th scope="col">Statut</th></tr></thead>
    <tbody>
{{#PROJECT}}
      <tr><td><a href="/projets/{{PROJECT_ID}}">{{PROJECT_TITLE}}</a></td><td>{{PROJECT_ORGANISATION}}</td><td>{{PROJECT_STATUS}}</td></tr>
{{/PROJECT}}
    </tbody>
  </table>
</div>
{{/HAS_PROJECTS}}

<h2 class="fr-mt-4w">Dossiers de candidature</h2>
{{#NO_DOSSIER}}<p>Aucun dossier de candidature.</p>{{/NO_DOSSIER}}
{{#HAS_DOSSIERS}}
{{#DOSSIER}}
<h3 class="fr-mt-3w">Dossier n°{{DOSSIER_ID}} — {{DOSSIER_CALL}}</h3>
<ul class="fr-raw-list">
  <li><strong>Organisation :</strong> {{DOSSIER_ORGANISATION}}</li>
  <li><strong>État :</strong> {{DOSSIER_STATE}}</li>
  <li><strong>Créé le :</strong> {{DOSSIER_CREATED_AT}} ; <strong>modifié le :</strong> {{DOSSIER_UPDATED_AT}} ; <strong>déposé le :</strong> {{DOSSIER_DEPOSITED_AT}}</li>
</ul>
<h4 class="fr-h6">Réponses</h4>
{{#NO_ANSWER}}<p>Aucune réponse enregistrée.</p>{{/NO_ANSWER}}
{{#HAS_ANSWERS}}
<dl>
{{#ANSWER}}
  <dt>{{ANSWER_KEY}}</dt><dd>{{ANSWER_VALUE}}</dd>
{{/ANSWER}}
</dl>
{{/HAS_ANSWERS}}
<h4 class="fr-h6">Pièces jointes</h4>
{{#NO_ATTACHMENT}}<p>Aucune pièce jointe.</p>{{/NO_ATTACHMENT}}
{{#HAS_ATTACHMENTS}}
<div class="fr-table">
  <table tabindex="0">
    <caption>Pièces jointes du dossier n°{{DOSSIER_ID}}</caption>
    <thead><tr><th scope="col">Fichier</th><th scope="col">Type</th><th scope="col">Taille</th></tr></thead>
    <tbody>
{{#ATTACHMENT}}
      <tr><td><a href="{{ATTACHMENT_HREF}}">{{ATTACHMENT_NAME}}</a></td><td>{{ATTACHMENT_TYPE}}</td><td>{{ATTACHMENT_SIZE}}</td></tr>
{{/ATTACHMENT}}
    </tbody>
  </table>
</div>
{{/HAS_ATTACHMENTS}}
{{/DOSSIER}}
{{/HAS_DOSSIERS}}

<h2 class="fr-mt-4w">Mes avis d’expert</h2>
{{#NO_REVIEW}}<p>Aucun avis ne vous a été demandé.</p>{{/NO_REVIEW}}
{{#HAS_REVIEWS}}
<div class="fr-table">
  <table tabindex="0">
    <caption>Avis demandés en tant qu’expert</caption>
    <thead><tr><th scope="col">Dossier</th><th scope="col">État</th><th scope="col">Échéance</th><th scope="col">Avis</th><th scope="col">Commentaire</th></tr></thead>
    <tbody>
{{#REVIEW}}
      <tr><td>n°{{REVIEW_DOSSIER}}</td><td>{{REVIEW_STATE}}</td><td>{{REVIEW_DUE_ON}}</td><td>{{REVIEW_RECOMMENDATION}}</td><td>{{REVIEW_COMMENT}}</td></tr>
{{/REVIEW}}
    </tbody>
  </table>
</div>
{{/HAS_REVIEWS}}

<h2 class="fr-mt-4w">Mes demandes de rattachement</h2>
{{#NO_CLAIM}}<p>Aucune demande de rattachement à une organisation.</p>{{/NO_CLAIM}}
{{#HAS_CLAIMS}}
<ul>
{{#CLAIM}}
  <li>{{CLAIM_ORGANISATION}} — {{CLAIM_STATUS}}, le {{CLAIM_AT}} : {{CLAIM_MESSAGE}}</li>
{{/CLAIM}}
</ul>
{{/HAS_CLAIMS}}

<h2 class="fr-mt-4w">Mes messages sur les dossiers</h2>
{{#NO_MESSAGE}}<p>Aucun message.</p>{{/NO_MESSAGE}}
{{#HAS_MESSAGES}}
<ul>
{{#MESSAGE}}
  <li>Dossier n°{{MESSAGE_DOSSIER}}, le {{MESSAGE_AT}} : {{MESSAGE_BODY}}</li>
{{/MESSAGE}}
</ul>
{{/HAS_MESSAGES}}

<h2 class="fr-mt-4w">Journal de sécurité</h2>
<p>Les événements de sécurité de votre compte (connexions, échecs, changements), au plus les {{JOURNAL_LIMIT}} plus récents.</p>
{{#NO_JOURNAL}}<p>Aucun événement.</p>{{/NO_JOURNAL}}
{{#HAS_JOURNAL}}
<div class="fr-table">
  <table tabindex="0">
    <caption>Événements de sécurité vous concernant</caption>
    <thead><tr><th scope="col">Date</th><th scope="col">Événement</th><th scope="col">Adresse IP</th></tr></thead>
    <tbody>
{{#JOURNAL}}
      <tr><td>{{JOURNAL_AT}}</td><td>{{JOURNAL_ACTION}}</td><td>{{JOURNAL_ADDRESS}}</td></tr>
{{/JOURNAL}}
    </tbody>
  </table>
</div>
{{/HAS_JOURNAL}}
