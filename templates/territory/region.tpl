{{%AUTOESCAPE context="HTML"}}
<h1 class="fr-mt-4w">{{NAME}}</h1>
<ul class="fr-tags-group">
  <li><p class="fr-tag">{{KIND}}</p></li>
  <li><p class="fr-tag">Code {{CODE}}</p></li>
</ul>
<p class="fr-text--lead">{{POPULATION}} habitants, {{DEPARTMENT_COUNT_TEXT}}.</p>
<div class="fr-grid-row fr-grid-row--gutters">
  <div class="fr-col-12 fr-col-lg-6">
{{#HAS_MAP}}
    <figure class="essaim-map-figure fr-m-0">
      {{MAP:none}}
      <figcaption class="fr-text--sm fr-mt-1w">{{NAME}} est en surbrillance sur la carte des régions.</figcaption>
    </figure>
{{/HAS_MAP}}
{{#NOT_ON_MAP}}
    <div class="fr-callout">
      <p class="fr-callout__text">{{NAME}} n’apparaît pas sur la carte, qui ne représente que la France métropolitaine. Ses départements figurent dans le tableau.</p>
    </div>
{{/NOT_ON_MAP}}
  </div>
  <div class="fr-col-12 fr-col-lg-6">
    <div class="fr-table" id="tableau-departements">
      <div class="fr-table__wrapper">
        <div class="fr-table__container">
          <div class="fr-table__content">
            <table tabindex="0">
              <caption>Départements : {{NAME}}</caption>
              <thead>
                <tr>
                  <th scope="col">Code</th>
                  <th scope="col">Département</th>
                  <th scope="col" class="essaim-number">Population</th>
                  <th scope="col" class="essaim-number">Communes</th>
                </tr>
              </thead>
              <tbody>
{{#DEPARTMENT}}
                <tr>
                  <td>{{CODE}}</td>
                  <th scope="row"><a href="{{HREF}}">{{NAME}}</a></th>
                  <td class="essaim-number">{{POPULATION}}</td>
                  <td class="essaim-number">{{COMMUNE_COUNT}}</td>
                </tr>
{{/DEPARTMENT}}
              </tbody>
            </table>
          </div>
        </div>
      </div>
    </div>
  </div>
</div>
{{#CONTRIBUTED_SECTION}}
<section class="fr-mt-6w" aria-labelledby="{{SECTION_ID}}">
  <h2 id="{{SECTION_ID}}">{{SECTION_TITLE}}</h2>
  {{SECTION_MARKUP:none}}
</section>
{{/CONTRIBUTED_SECTION}}
<p class="fr-text--xs fr-mt-4w">Découpage administratif et populations : @etalab/decoupage-administratif (Etalab, d’après l’Insee).
{{#MAP_CREDIT}}Fond de carte des départements : {{MAP_PACKAGE}} {{MAP_VERSION}}, par {{MAP_AUTHOR}} d’après {{MAP_ORIGIN}}, sous licence {{#MAP_LICENCE_LINK}}<a href="{{MAP_LICENCE_URL}}" target="_blank" rel="noopener" title="{{MAP_LICENCE}} - nouvelle fenêtre">{{MAP_LICENCE}}</a>{{/MAP_LICENCE_LINK}}{{#MAP_LICENCE_TEXT}}{{MAP_LICENCE}}{{/MAP_LICENCE_TEXT}} ; les régions y sont tracées en regroupant leurs départements (modification).{{/MAP_CREDIT}}</p>
