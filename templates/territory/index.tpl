{{%AUTOESCAPE context="HTML"}}
<h1 class="fr-mt-4w">Territoires</h1>
<p class="fr-text--lead">Les {{REGION_COUNT}} régions de France, leurs départements et leurs communes, avec leur population.</p>
<div class="fr-grid-row fr-grid-row--gutters">
  <div class="fr-col-12 fr-col-lg-6">
{{#HAS_MAP}}
    <figure class="essaim-map-figure fr-m-0">
      {{MAP:none}}
      <figcaption class="fr-text--sm fr-mt-1w">Choisissez une région sur la carte ou dans le tableau.{{#OFF_MAP}} Les régions d’outre-mer ({{OFF_MAP_NAMES}}) n’apparaissent pas sur la carte, qui ne représente que la France métropolitaine ; elles figurent dans le tableau.{{/OFF_MAP}}</figcaption>
    </figure>
{{/HAS_MAP}}
{{#NO_MAP}}
    <p>La carte des régions est momentanément indisponible ; toutes les régions figurent dans le tableau.</p>
{{/NO_MAP}}
  </div>
  <div class="fr-col-12 fr-col-lg-6">
    <div class="fr-table" id="tableau-regions">
      <div class="fr-table__wrapper">
        <div class="fr-table__container">
          <div class="fr-table__content">
            <table tabindex="0">
              <caption>Les {{REGION_COUNT}} régions, leur population et leur nombre de départements</caption>
              <thead>
                <tr>
                  <th scope="col">Région</th>
                  <th scope="col" class="essaim-number">Population</th>
                  <th scope="col" class="essaim-number">Départements</th>
                </tr>
              </thead>
              <tbody>
{{#REGION}}
                <tr class="essaim-region-row">
                  <th scope="row"><a href="{{HREF}}">{{NAME}}</a></th>
                  <td class="essaim-number">{{POPULATION}}</td>
                  <td class="essaim-number">{{DEPARTMENT_COUNT}}</td>
                </tr>
{{/REGION}}
              </tbody>
            </table>
          </div>
        </div>
      </div>
    </div>
  </div>
</div>
{{#COLLECTIVITIES}}
<h2 class="fr-mt-4w">Collectivités d’outre-mer</h2>
<p>Elles ne sont pas des régions mais ont leurs communes, que la recherche de communes connaît.</p>
<ul>
{{#COLLECTIVITY}}
  <li><a href="{{HREF}}">{{NAME}}</a> ({{#PEOPLE}}{{POPULATION}} habitants{{/PEOPLE}}{{#NOBODY}}sans population recensée{{/NOBODY}})</li>
{{/COLLECTIVITY}}
</ul>
{{/COLLECTIVITIES}}
<h2 class="fr-mt-4w">Acteurs, labels et financements</h2>
<p>Les acteurs de l’innovation sociale, les territoires et structures labellisés et les financements engagés apparaîtront ici, région par région.</p>
<p class="fr-text--xs fr-mt-4w">Découpage administratif et populations : @etalab/decoupage-administratif (Etalab, d’après l’Insee).
{{#MAP_CREDIT}}Fond de carte des départements : {{MAP_PACKAGE}} {{MAP_VERSION}}, par {{MAP_AUTHOR}} d’après {{MAP_ORIGIN}}, sous licence {{#MAP_LICENCE_LINK}}<a href="{{MAP_LICENCE_URL}}" target="_blank" rel="noopener" title="{{MAP_LICENCE}} - nouvelle fenêtre">{{MAP_LICENCE}}</a>{{/MAP_LICENCE_LINK}}{{#MAP_LICENCE_TEXT}}{{MAP_LICENCE}}{{/MAP_LICENCE_TEXT}} ; les régions y sont tracées en regroupant leurs départements (modification).{{/MAP_CREDIT}}</p>
