{{%AUTOESCAPE context="HTML"}}
<div class="fr-my-7w fr-mt-md-12w fr-mb-md-10w">
  <h1>{{HEADING}}</h1>
  <p class="fr-text--sm fr-mb-3w">Erreur {{STATUS}}</p>
  <p class="fr-text--lead fr-mb-3w">{{MESSAGE}}</p>
{{#INCIDENT}}
  <p>Numéro d’incident : <strong>{{INCIDENT_ID}}</strong></p>
{{/INCIDENT}}
  <ul class="fr-btns-group fr-btns-group--inline-md">
    <li><a class="fr-btn" href="/">Page d’accueil</a></li>
  </ul>
</div>
