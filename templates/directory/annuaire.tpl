{{%AUTOESCAPE context="HTML"}}
<h1 class="fr-mt-4w">Annuaire</h1>
<p class="fr-text--lead">Les organisations et les projets d’innovation sociale publiés sur Essaim.</p>
<form method="get" action="/annuaire" class="fr-mb-4w">
  <div class="fr-grid-row fr-grid-row--gutters">
    <div class="fr-col-12 fr-col-md-8">
      <div class="fr-input-group">
        <label class="fr-label" for="annuaire-q">Rechercher<span class="fr-hint-text">Un nom, un mot de la description, une commune, un numéro SIREN</span></label>
        <input class="fr-input" type="search" id="annuaire-q" name="q" value="{{Q}}">
      </div>
    </div>
    <div class="fr-col-12 fr-col-md-4">
      <div class="fr-select-group">
        <label class="fr-label" for="annuaire-tri">Trier par</label>
        <select class="fr-select" id="annuaire-tri" name="tri">
{{#SORT_OPTION}}
          <option value="{{CODE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>
{{/SORT_OPTION}}
        </select>
      </div>
    </div>
  </div>
  <button type="submit" class="fr-btn">Rechercher</button>
  <div class="fr-grid-row fr-grid-row--gutters fr-mt-2w">
    <div class="fr-col-12 fr-col-md-4">
      <h2 class="fr-h5">Filtres</h2>
{{#FACET}}
      <fieldset class="fr-fieldset" id="facette-{{NAME}}">
        <legend class="fr-fieldset__legend fr-text--regular">{{LEGEND}}{{#UNCOUNTED}}<span class="fr-hint-text">Sans nombres : plus de {{UNCOUNTED_LIMIT}} fiches à compter</span>{{/UNCOUNTED}}</legend>
{{#OPTION}}
        <div class="fr-fieldset__element">
          <div class="fr-checkbox-group fr-checkbox-group--sm">
            <input type="checkbox" id="{{ID}}" name="{{NAME}}" value="{{CODE}}"{{#CHECKED}} checked{{/CHECKED}}>
            <label class="fr-label" for="{{ID}}">{{LABEL}}{{#HAS_COUNT}} ({{COUNT}}){{/HAS_COUNT}}</label>
          </div>
        </div>
{{/OPTION}}
      </fieldset>
{{/FACET}}
      <button type="submit" class="fr-btn fr-btn--secondary">Appliquer les filtres</button>
    </div>
    <div class="fr-col-12 fr-col-md-8">
      <h2 id="resultats" class="fr-h4" aria-live="polite">{{RESULT_HEADING}}</h2>
{{#NO_RESULT}}
      <p>Aucune fiche ne correspond à ces critères. Essayez moins de mots ou retirez des filtres.</p>
{{/NO_RESULT}}
      <ul class="fr-raw-list essaim-annuaire-results">
{{#RESULT}}
        <li class="fr-mb-2w">
          <div class="fr-card fr-card--sm fr-enlarge-link fr-card--horizontal">
            <div class="fr-card__body">
              <div class="fr-card__content">
                <h3 class="fr-card__title"><a href="{{HREF}}">{{TITLE}}</a></h3>
                <p class="fr-card__desc">{{KIND_LABEL}}{{#HAS_COMMUNE}} — {{COMMUNE}}{{/HAS_COMMUNE}}</p>
              </div>
            </div>
          </div>
        </li>
{{/RESULT}}
      </ul>
{{#PAGINATION}}
      <nav role="navigation" class="fr-pagination fr-mt-2w" aria-label="Pagination des résultats">
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
    </div>
  </div>
</form>
<h2 class="fr-mt-4w">Résultats par département</h2>
<div class="fr-grid-row fr-grid-row--gutters">
  <div class="fr-col-12 fr-col-lg-6">
{{#HAS_MAP}}
    <figure class="essaim-map-figure fr-m-0">
      {{MAP:none}}
      {{LEGEND:none}}
      <figcaption class="fr-text--sm fr-mt-1w">La carte ne représente que la France métropolitaine ; le tableau donne tous les départements.</figcaption>
    </figure>
{{/HAS_MAP}}
{{#NO_MAP}}
    <p>La carte des départements est momentanément indisponible ; le tableau donne les mêmes nombres.</p>
{{/NO_MAP}}
  </div>
  <div class="fr-col-12 fr-col-lg-6">
    <div class="fr-table" id="tableau-departements">
      <div class="fr-table__wrapper">
        <div class="fr-table__container">
          <div class="fr-table__content">
            <table tabindex="0">
              <caption>Nombre de résultats par département</caption>
              <thead>
                <tr>
                  <th scope="col">Département</th>
                  <th scope="col" class="essaim-number">Résultats</th>
                </tr>
              </thead>
              <tbody>
{{#DEPARTMENT_ROW}}
                <tr>
                  <th scope="row">{{NAME}} ({{CODE}})</th>
                  <td class="essaim-number">{{COUNT}}</td>
                </tr>
{{/DEPARTMENT_ROW}}
{{#DEPARTMENTS_UNCOUNTED}}
                <tr><td colspan="2">Plus de {{DEPARTMENTS_LIMIT}} résultats : le décompte par département s’affiche quand la recherche en donne {{DEPARTMENTS_LIMIT}} ou moins. Précisez-la avec des mots ou des filtres.</td></tr>
{{/DEPARTMENTS_UNCOUNTED}}
{{#NO_DEPARTMENT}}
                <tr><td colspan="2">Aucun résultat n’est situé dans un département.</td></tr>
{{/NO_DEPARTMENT}}
              </tbody>
            </table>
          </div>
        </div>
      </div>
    </div>
  </div>
</div>
<p class="fr-text--xs fr-mt-4w">{{#MAP_CREDIT}}Fond de carte : {{MAP_PACKAGE}} {{MAP_VERSION}}, par {{MAP_AUTHOR}} d’après {{MAP_ORIGIN}}, sous licence {{#MAP_LICENCE_LINK}}<a href="{{MAP_LICENCE_URL}}" target="_blank" rel="noopener" title="{{MAP_LICENCE}} - nouvelle fenêtre">{{MAP_LICENCE}}</a>{{/MAP_LICENCE_LINK}}{{#MAP_LICENCE_TEXT}}{{MAP_LICENCE}}{{/MAP_LICENCE_TEXT}}.{{/MAP_CREDIT}}</p>
