{{%AUTOESCAPE context="HTML"}}
<div class="fr-mt-4w">
  <h1>Labels Essaim</h1>
  <p class="fr-text--lead">Les structures d’accompagnement et les territoires labellisés à l’issue de l’appel à candidatures permanent. Chaque label a sa page de vérification.</p>
  <p>Données ouvertes : <a class="fr-link" href="/labels.csv">tous les labels au format CSV</a> ou <a class="fr-link" href="/labels.json">au format JSON</a> (labels en cours, expirés et retirés).</p>
  <form method="get" action="/labels" class="fr-mb-4w">
    <div class="fr-grid-row fr-grid-row--gutters">
      <div class="fr-col-12 fr-col-md-4">
        <div class="fr-select-group">
          <label class="fr-label" for="labels-categorie">Catégorie</label>
          <select class="fr-select" id="labels-categorie" name="categorie">
            <option value="">Toutes les catégories</option>
{{#CATEGORY_OPTION}}
            <option value="{{CODE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>
{{/CATEGORY_OPTION}}
          </select>
        </div>
      </div>
      <div class="fr-col-12 fr-col-md-4">
        <div class="fr-select-group">
          <label class="fr-label" for="labels-region">Région</label>
          <select class="fr-select" id="labels-region" name="region">
            <option value="">Toutes les régions</option>
{{#REGION_OPTION}}
            <option value="{{CODE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>
{{/REGION_OPTION}}
          </select>
        </div>
      </div>
      <div class="fr-col-12 fr-col-md-4">
        <div class="fr-select-group">
          <label class="fr-label" for="labels-statut">Statut</label>
          <select class="fr-select" id="labels-statut" name="statut">
{{#STATUS_OPTION}}
            <option value="{{CODE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>
{{/STATUS_OPTION}}
          </select>
        </div>
      </div>
    </div>
    <button type="submit" class="fr-btn fr-mt-2w">Filtrer</button>
  </form>
  <h2 id="resultats" class="fr-h4">{{RESULT_HEADING}}</h2>
{{#NO_LABEL}}
  <p>Aucun label ne correspond à ces critères.</p>
{{/NO_LABEL}}
{{#HAS_LABELS}}
  <div class="fr-table" id="tableau-labels">
    <div class="fr-table__wrapper">
      <div class="fr-table__container">
        <div class="fr-table__content">
          <table tabindex="0">
            <caption>Labels correspondant aux critères</caption>
            <thead>
              <tr>
                <th scope="col">Titulaire</th>
                <th scope="col">Catégorie</th>
                <th scope="col">Territoire</th>
                <th scope="col">Région</th>
                <th scope="col">Attribué le</th>
                <th scope="col">Valable jusqu’au</th>
                <th scope="col">Statut</th>
                <th scope="col">Code</th>
              </tr>
            </thead>
            <tbody>
{{#LABEL_ROW}}
              <tr>
                <th scope="row"><a href="{{HREF}}">{{HOLDER}}</a></th>
                <td>{{CATEGORY}}</td>
                <td>{{TERRITORY}}</td>
                <td>{{REGION}}</td>
                <td>{{GRANTED}}</td>
                <td>{{EXPIRES}}</td>
                <td><p class="fr-badge fr-badge--sm {{STATUS_CLASS}}">{{STATUS}}</p></td>
                <td>{{CODE}}</td>
              </tr>
{{/LABEL_ROW}}
            </tbody>
          </table>
        </div>
      </div>
    </div>
  </div>
{{/HAS_LABELS}}
{{#PAGINATION}}
  <nav role="navigation" class="fr-pagination fr-mt-2w" aria-label="Pagination des labels">
    <ul class="fr-pagination__list">
      <li>{{#FIRST_LINK}}<a class="fr-pagination__link fr-pagination__link--first" href="{{FIRST_HREF}}" title="Première page">Première page</a>{{/FIRST_LINK}}{{#FIRST_DISABLED}}<a class="fr-pagination__link fr-pagination__link--first" aria-disabled="true" role="link">Première page</a>{{/FIRST_DISABLED}}</li>
      <li>{{#PREVIOUS_LINK}}<a class="fr-pagination__link fr-pagination__link--prev fr-pagination__link--lg-label" href="{{PREVIOUS_HREF}}" title="Page précédente">Page précédente</a>{{/PREVIOUS_LINK}}{{#PREVIOUS_DISABLED}}<a class="fr-pagination__link fr-pagination__link--prev fr-pagination__link--lg-label" aria-disabled="true" role="link">Page précédente</a>{{/PREVIOUS_DISABLED}}</li>
{{#PAGE_ITEM}}
      <li>{{#PAGE_LINK}}<a class="fr-pagination__link" href="{{PAGE_HREF}}" title="Page {{NUMBER}}">{{NUMBER}}</a>{{/PAGE_LINK}}{{#PAGE_CURRENT}}<a class="fr-pagination__link" aria-current="page" title="Page {{NUMBER}}">{{NUMBER}}</a>{{/PAGE_CURRENT}}{{#PAGE_GAP}}<span class="fr-pagination__link fr-hidden fr-unhidden-lg">…</span>{{/PAGE_GAP}}</li>
{{/PAGE_ITEM}}
      <li>{{#NEXT_LINK}}<a class="fr-pagination__link fr-pagination__link--next fr-pagination__link--lg-label" href="{{NEXT_HREF}}" title="Page suivante">Page suivante</a>{{/NEXT_LINK}}{{#NEXT_DISABLED}}<a class="fr-pagination__link fr-pagination__link--next fr-pagination__link--lg-label" aria-disabled="true" role="link">Page suivante</a>{{/NEXT_DISABLED}}</li>
      <li>{{#LAST_LINK}}<a class="fr-pagination__link fr-pagination__link--last" href="{{LAST_HREF}}" title="Dernière page">Dernière page</a>{{/LAST_LINK}}{{#LAST_DISABLED}}<a class="fr-pagination__link fr-pagination__link--last" aria-disabled="true" role="link">Dernière page</a>{{/LAST_DISABLED}}</li>
    </ul>
  </nav>
{{/PAGINATION}}
  <h2 class="fr-mt-4w">Labels par région</h2>
  <div class="fr-grid-row fr-grid-row--gutters">
    <div class="fr-col-12 fr-col-lg-6">
{{#HAS_MAP}}
      <figure class="essaim-map-figure fr-m-0">
        {{MAP:none}}
        {{LEGEND:none}}
        <figcaption class="fr-text--sm fr-mt-1w">La carte ne représente que la France métropolitaine ; le tableau donne toutes les régions.</figcaption>
      </figure>
{{/HAS_MAP}}
{{#NO_MAP}}
      <p>La carte des régions est momentanément indisponible ; le tableau donne les mêmes nombres.</p>
{{/NO_MAP}}
    </div>
    <div class="fr-col-12 fr-col-lg-6">
      <div class="fr-table" id="tableau-labels-regions">
        <div class="fr-table__wrapper">
          <div class="fr-table__container">
            <div class="fr-table__content">
              <table tabindex="0">
                <caption>Nombre de labels par région</caption>
                <thead>
                  <tr>
                    <th scope="col">Région</th>
                    <th scope="col" class="essaim-number">Labels</th>
                  </tr>
                </thead>
                <tbody>
{{#REGION_ROW}}
                  <tr>
                    <th scope="row"><a href="{{HREF}}">{{NAME}}</a></th>
                    <td class="essaim-number">{{COUNT}}</td>
                  </tr>
{{/REGION_ROW}}
{{#NO_REGION}}
                  <tr><td colspan="2">Aucun label ne correspond à ces critères.</td></tr>
{{/NO_REGION}}
                </tbody>
              </table>
            </div>
          </div>
        </div>
      </div>
    </div>
  </div>
  <p class="fr-text--xs fr-mt-4w">{{#MAP_CREDIT}}Fond de carte : {{MAP_PACKAGE}} {{MAP_VERSION}}, par {{MAP_AUTHOR}} d’après {{MAP_ORIGIN}}, sous licence {{#MAP_LICENCE_LINK}}<a href="{{MAP_LICENCE_URL}}" target="_blank" rel="noopener" title="{{MAP_LICENCE}} - nouvelle fenêtre">{{MAP_LICENCE}}</a>{{/MAP_LICENCE_LINK}}{{#MAP_LICENCE_TEXT}}{{MAP_LICENCE}}{{/MAP_LICENCE_TEXT}}.{{/MAP_CREDIT}}</p>
</div>
