{{%AUTOESCAPE context="HTML"}}
<div class="fr-mt-4w">
  <h1>Historique de la fiche « {{NAME}} »</h1>
  <p>Chaque modification de la fiche est conservée : qui l’a faite, quand, et les valeurs avant et après.</p>
{{#NO_REVISION}}
  <p>Aucune modification n’a encore été enregistrée.</p>
{{/NO_REVISION}}
{{#HAS_REVISIONS}}
  <div class="fr-table">
    <table tabindex="0">
      <caption>Modifications, de la plus récente à la plus ancienne</caption>
      <thead>
        <tr><th scope="col">Date</th><th scope="col">Auteur</th><th scope="col">Champ</th><th scope="col">Avant</th><th scope="col">Après</th></tr>
      </thead>
      <tbody>
{{#REVISION}}
{{#CHANGE}}
        <tr class="essaim-revision-change"><td>{{REVISION_AT}}</td><td>{{REVISION_ACTOR}}</td><td>{{CHANGE_FIELD}}</td><td>{{CHANGE_BEFORE}}</td><td>{{CHANGE_AFTER}}</td></tr>
{{/CHANGE}}
{{/REVISION}}
      </tbody>
    </table>
  </div>
{{/HAS_REVISIONS}}
  <p><a class="fr-link fr-icon-arrow-left-line fr-link--icon-left" href="{{ORGANISATION_HREF}}">Retour à la fiche</a></p>
</div>
