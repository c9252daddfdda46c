{{%AUTOESCAPE context="HTML"}}
{{#EMPTY}}
<p>Aucun label en cours de validité {{WHERE}} pour l’instant.</p>
<p><a class="fr-link fr-icon-arrow-right-line fr-link--icon-right" href="/labels">Voir tous les labels</a></p>
{{/EMPTY}}
{{#TERRITORIES}}
<h3 class="fr-h5" id="labels-territoires">Territoires labellisés</h3>
<ul>
{{#ITEM}}
  <li><a href="{{LABEL_HREF}}">{{TERRITORY}}</a>, porté par <a href="{{HOLDER_HREF}}">{{HOLDER}}</a> (valable jusqu’au {{EXPIRES}})</li>
{{/ITEM}}
</ul>
{{/TERRITORIES}}
{{#STRUCTURES}}
<h3 class="fr-h5" id="labels-structures">Structures labellisées</h3>
<ul>
{{#ITEM}}
  <li><a href="{{HOLDER_HREF}}">{{HOLDER}}</a> : <a href="{{LABEL_HREF}}">label {{CATEGORY}}</a> (valable jusqu’au {{EXPIRES}})</li>
{{/ITEM}}
</ul>
{{/STRUCTURES}}
{{#NO_TERRITORY}}
<p class="fr-text--sm">Aucun territoire labellisé {{WHERE}} pour l’instant.</p>
{{/NO_TERRITORY}}
{{#NO_STRUCTURE}}
<p class="fr-text--sm">Aucune structure labellisée {{WHERE}} pour l’instant.</p>
{{/NO_STRUCTURE}}
{{#MORE}}
<p class="fr-mt-2w"><a class="fr-link fr-icon-arrow-right-line fr-link--icon-right" href="{{LIST_HREF}}">Voir les labels de la région</a></p>
{{/MORE}}
