{{%AUTOESCAPE context="HTML"}}
{{#EMPTY}}
<p>Aucun acteur référencé pour l’instant {{WHERE}}. Les organisations et les projets publiés dans l’annuaire apparaîtront ici.</p>
<p><a class="fr-link fr-icon-arrow-right-line fr-link--icon-right" href="/organisations/nouvelle">Inscrire une organisation</a></p>
{{/EMPTY}}
{{#SOME}}
<div class="fr-grid-row fr-grid-row--gutters">
  <div class="fr-col-12 fr-col-lg-6">
    <h3 id="acteurs-organisations">Organisations</h3>
{{#ORGANISATIONS}}
    <p>{{ORGANISATION_COUNT_TEXT}}</p>
    <div class="fr-table" id="tableau-types-acteurs">
      <div class="fr-table__wrapper">
        <div class="fr-table__container">
          <div class="fr-table__content">
            <table tabindex="0">
              <caption>Organisations par type d’acteur</caption>
              <thead>
                <tr>
                  <th scope="col">Type d’acteur</th>
                  <th scope="col" class="essaim-number">Organisations</th>
                </tr>
              </thead>
              <tbody>
{{#ACTOR_TYPE}}
                <tr>
                  <th scope="row">{{#LINKED}}<a href="{{HREF}}">{{LABEL}}</a>{{/LINKED}}{{#UNLINKED}}{{LABEL}}{{/UNLINKED}}</th>
                  <td class="essaim-number">{{COUNT}}</td>
                </tr>
{{/ACTOR_TYPE}}
              </tbody>
            </table>
          </div>
        </div>
      </div>
    </div>
    <p class="fr-text--xs">Une organisation peut relever de plusieurs types d’acteur.</p>
    <h4 class="fr-h6" id="acteurs-organisations-recentes">Dernières organisations mises à jour</h4>
    <ul>
{{#ORGANISATION}}
      <li><a href="{{HREF}}">{{NAME}}</a>, {{COMMUNE}}</li>
{{/ORGANISATION}}
    </ul>
{{/ORGANISATIONS}}
{{#NO_ORGANISATION}}
    <p>Aucune organisation publiée n’est implantée {{WHERE}} pour l’instant.</p>
{{/NO_ORGANISATION}}
  </div>
  <div class="fr-col-12 fr-col-lg-6">
    <h3 id="acteurs-projets">Projets</h3>
    <p class="fr-text--sm">{{PROJECT_SCOPE}}</p>
{{#PROJECTS}}
    <p>{{PROJECT_COUNT_TEXT}}</p>
    <div class="fr-table" id="tableau-etapes-projets">
      <div class="fr-table__wrapper">
        <div class="fr-table__container">
          <div class="fr-table__content">
            <table tabindex="0">
              <caption>Projets par étape</caption>
              <thead>
                <tr>
                  <th scope="col">Étape</th>
                  <th scope="col" class="essaim-number">Projets</th>
                </tr>
              </thead>
              <tbody>
{{#STAGE}}
                <tr>
                  <th scope="row">{{#LINKED}}<a href="{{HREF}}">{{LABEL}}</a>{{/LINKED}}{{#UNLINKED}}{{LABEL}}{{/UNLINKED}}</th>
                  <td class="essaim-number">{{COUNT}}</td>
                </tr>
{{/STAGE}}
              </tbody>
            </table>
          </div>
        </div>
      </div>
    </div>
    <h4 class="fr-h6" id="acteurs-projets-recents">Derniers projets mis à jour</h4>
    <ul>
{{#PROJECT}}
      <li><a href="{{HREF}}">{{TITLE}}</a>, porté par {{ORGANISATION}} ({{STAGE}})</li>
{{/PROJECT}}
    </ul>
{{/PROJECTS}}
{{#NO_PROJECT}}
    <p>Aucun projet publié n’est mené {{WHERE}} pour l’instant.</p>
{{/NO_PROJECT}}
  </div>
</div>
<p class="fr-mt-2w"><a class="fr-link fr-icon-arrow-right-line fr-link--icon-right" href="{{DIRECTORY_HREF}}">Voir tout dans l’annuaire</a></p>
{{/SOME}}
