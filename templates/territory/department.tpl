{{%AUTOESCAPE context="HTML"}}
<h1 class="fr-mt-4w">{{NAME}} ({{CODE}})</h1>
<p class="fr-text--lead">Département de la région <a href="{{REGION_HREF}}">{{REGION_NAME}}</a> : {{POPULATION}} habitants, {{COMMUNE_COUNT}} communes.</p>
<div class="fr-grid-row fr-grid-row--gutters">
  <div class="fr-col-12 fr-col-lg-5">
{{#HAS_MAP}}
    <figure class="essaim-map-figure fr-m-0">
      {{MAP:none}}
      <figcaption class="fr-text--sm fr-mt-1w">{{NAME}} est en surbrillance sur la carte des départements.</figcaption>
    </figure>
{{/HAS_MAP}}
{{#NOT_ON_MAP}}
    <div class="fr-callout">
      <p class="fr-callout__text">{{NAME}} n’apparaît pas sur la carte, qui ne représente que la France métropolitaine. Ses communes figurent dans le tableau.</p>
    </div>
{{/NOT_ON_MAP}}
  </div>
  <div class="fr-col-12 fr-col-lg-7">
    <div class="fr-table" id="tableau-communes">
      <div class="fr-table__wrapper">
        <div class="fr-table__container">
          <div class="fr-table__content">
            <table tabindex="0">
              <caption>Communes : {{NAME}}, par population décroissante{{#SEVERAL_PAGES}} (page {{PAGE}} sur {{PAGE_COUNT}}){{/SEVERAL_PAGES}}</caption>
              <thead>
                <tr>
                  <th scope="col">Commune</th>
                  <th scope="col">Code Insee</th>
                  <th scope="col">Codes postaux</th>
                  <th scope="col" class="essaim-number">Population</th>
                </tr>
              </thead>
              <tbody>
{{#COMMUNE}}
                <tr>
                  <th scope="row">{{NAME}}</th>
                  <td>{{CODE}}</td>
                  <td>{{POSTAL_CODES}}</td>
                  <td class="essaim-number">{{POPULATION}}</td>
                </tr>
{{/COMMUNE}}
              </tbody>
            </table>
          </div>
        </div>
      </div>
    </div>
{{#PAGINATION}}
    <nav role="navigation" class="fr-pagination fr-mt-2w" aria-label="Pagination des communes">
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
{{#CONTRIBUTED_SECTION}}
<section class="fr-mt-6w" aria-labelledby="{{SECTION_ID}}">
  <h2 id="{{SECTION_ID}}">{{SECTION_TITLE}}</h2>
  {{SECTION_MARKUP:none}}
</section>
{{/CONTRIBUTED_SECTION}}
<p class="fr-text--xs fr-mt-4w">Découpage administratif et populations : @etalab/decoupage-administratif (Etalab, d’après l’Insee).
{{#MAP_CREDIT}}Fond de carte : {{MAP_PACKAGE}} {{MAP_VERSION}}, par {{MAP_AUTHOR}} d’après {{MAP_ORIGIN}}, sous licence {{#MAP_LICENCE_LINK}}<a href="{{MAP_LICENCE_URL}}" target="_blank" rel="noopener" title="{{MAP_LICENCE}} - nouvelle fenêtre">{{MAP_LICENCE}}</a>{{/MAP_LICENCE_LINK}}{{#MAP_LICENCE_TEXT}}{{MAP_LICENCE}}{{/MAP_LICENCE_TEXT}}.{{/MAP_CREDIT}}</p>
