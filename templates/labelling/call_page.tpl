{{%AUTOESCAPE context="HTML"}}
<div class="fr-grid-row fr-mt-4w">
  <div class="fr-col-12 fr-col-md-10">
    <h1>{{TITLE}}</h1>
{{#DRAFT}}
    <div class="fr-alert fr-alert--warning fr-mb-3w">
      <h2 class="fr-alert__title">Brouillon</h2>
      <p>Cet appel n’est pas publié : seuls les administrateurs voient cette page.</p>
    </div>
{{/DRAFT}}
    <ul class="fr-badges-group fr-mb-2w">
      <li><p class="fr-badge fr-badge--blue-ecume">{{CATEGORY}}</p></li>
      <li><p class="fr-badge {{STATUS_CLASS}}">{{STATUS}}</p></li>
    </ul>
    <dl class="essaim-call-facts">
      <dt>Catégorie labellisée</dt>
      <dd>{{CATEGORY}}</dd>
      <dt>Période de candidature</dt>
      <dd>{{DATES}}</dd>
      <dt>Durée du label</dt>
      <dd>{{LABEL_YEARS}} ans</dd>
    </dl>
{{#DESCRIPTION}}
    <div class="essaim-call-description fr-mb-4w">{{DESCRIPTION_TEXT:x-paragraphs}}</div>
{{/DESCRIPTION}}
{{#OPEN}}
    <p><a class="fr-btn fr-btn--lg" href="{{APPLY_HREF}}">Déposer un dossier</a></p>
    <p class="fr-text--sm">Vous devez être membre de l’organisation qui candidate. Le dossier s’enregistre au fur et à mesure ; vous le déposez quand il est complet.</p>
{{/OPEN}}
{{#NOT_OPEN}}
    <p class="fr-text--lg">{{NOT_OPEN_TEXT}}</p>
{{/NOT_OPEN}}
    <h2 class="fr-mt-6w">Le formulaire de candidature</h2>
    <p>Voici les questions du dossier, pour préparer vos réponses et vos documents. Les questions marquées « obligatoire » doivent être remplies pour déposer le dossier.</p>
{{#NO_QUESTION}}
    <p>Le formulaire n’a pas encore de questions.</p>
{{/NO_QUESTION}}
{{#SECTION}}
    <h3>{{SECTION_TITLE}}</h3>
    <ul class="essaim-call-questions">
{{#QUESTION}}
      <li>
        <strong>{{LABEL}}</strong> — {{KIND}}{{#REQUIRED}} (obligatoire){{/REQUIRED}}
{{#HELP}}
        <br><span class="fr-text--sm">{{HELP_TEXT}}</span>
{{/HELP}}
{{#CHOICES}}
        <br><span class="fr-text--sm">Réponses proposées : {{CHOICES_TEXT}}</span>
{{/CHOICES}}
{{#HAS_SUB}}
        <ul>
{{#SUB}}
          <li>{{SUB_LABEL}} — {{SUB_KIND}}{{#SUB_REQUIRED}} (obligatoire){{/SUB_REQUIRED}}</li>
{{/SUB}}
        </ul>
{{/HAS_SUB}}
      </li>
{{/QUESTION}}
    </ul>
{{/SECTION}}
    <h2 class="fr-mt-6w">La grille d’évaluation</h2>
    <p>Des experts notent chaque critère de 0 à 5 ; le score du dossier est la moyenne des notes pondérée par le poids des critères. Le comité de labellisation décide au vu des avis.</p>
{{#NO_CRITERION}}
    <p>La grille n’a pas encore de critères.</p>
{{/NO_CRITERION}}
{{#HAS_CRITERIA}}
    <div class="fr-table">
      <table tabindex="0">
        <caption>Critères d’évaluation, leur poids et la signification de chaque note</caption>
        <thead>
          <tr>
            <th scope="col">Critère</th>
            <th scope="col">Poids</th>
            <th scope="col">Note 0</th>
            <th scope="col">Note 1</th>
            <th scope="col">Note 2</th>
            <th scope="col">Note 3</th>
            <th scope="col">Note 4</th>
            <th scope="col">Note 5</th>
          </tr>
        </thead>
        <tbody>
{{#CRITERION}}
          <tr>
            <th scope="row">{{CRITERION_TITLE}}{{#CRITERION_DESCRIPTION}}<br><span class="fr-text--sm">{{CRITERION_DESCRIPTION_TEXT}}</span>{{/CRITERION_DESCRIPTION}}</th>
            <td>{{WEIGHT}}</td>
{{#LEVEL}}
            <td>{{LEVEL_TEXT}}</td>
{{/LEVEL}}
          </tr>
{{/CRITERION}}
        </tbody>
      </table>
    </div>
{{/HAS_CRITERIA}}
{{#ADMIN}}
    <p class="fr-mt-4w"><a class="fr-link" href="{{ADMIN_HREF}}">Gérer cet appel</a></p>
{{/ADMIN}}
  </div>
</div>
