{{%AUTOESCAPE context="HTML"}}
<div class="fr-grid-row fr-mt-4w">
  <div class="fr-col-12">
    <h1>Appels à candidatures</h1>
    <p>L’accélérateur labellise les structures d’accompagnement de l’innovation sociale et les territoires par des appels à candidatures. Chaque appel présente son formulaire et sa grille d’évaluation, pour que vous puissiez préparer votre dossier.</p>
    <h2>Appels en cours</h2>
{{#NO_CURRENT}}
    <p>Aucun appel n’est publié en ce moment.</p>
{{/NO_CURRENT}}
{{#HAS_CURRENT}}
    <div class="fr-grid-row fr-grid-row--gutters">
{{#CURRENT}}
      <div class="fr-col-12 fr-col-md-6">
        <div class="fr-card fr-enlarge-link">
          <div class="fr-card__body">
            <div class="fr-card__content">
              <h3 class="fr-card__title"><a href="{{HREF}}">{{TITLE}}</a></h3>
              <p class="fr-card__desc">{{DATES}} ; label valable {{LABEL_YEARS}} ans.</p>
              <div class="fr-card__start">
                <ul class="fr-badges-group">
                  <li><p class="fr-badge fr-badge--sm fr-badge--blue-ecume">{{CATEGORY}}</p></li>
                  <li><p class="fr-badge fr-badge--sm {{STATUS_CLASS}}">{{STATUS}}</p></li>
                </ul>
              </div>
            </div>
          </div>
        </div>
      </div>
{{/CURRENT}}
    </div>
{{/HAS_CURRENT}}
{{#HAS_CLOSED}}
    <h2 class="fr-mt-6w">Appels clos</h2>
    <ul>
{{#CLOSED}}
      <li><a href="{{HREF}}">{{TITLE}}</a> <span class="fr-badge fr-badge--sm fr-badge--blue-ecume">{{CATEGORY}}</span> <span class="fr-badge fr-badge--sm fr-badge--warning">Clos</span> — {{DATES}}</li>
{{/CLOSED}}
    </ul>
{{/HAS_CLOSED}}
  </div>
</div>
