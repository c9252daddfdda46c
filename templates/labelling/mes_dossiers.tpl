{{%AUTOESCAPE context="HTML"}}
<div class="fr-mt-4w fr-mb-6w">
  <h1>Mes dossiers</h1>
  <p>Les candidatures de vos organisations aux appels d’Essaim. <a href="/appels">Voir les appels ouverts</a></p>
{{#EMPTY}}
  <p>Vos organisations n’ont encore aucun dossier.</p>
{{/EMPTY}}
{{#TABLE}}
  <div class="fr-table">
    <table tabindex="0">
      <caption>Dossiers de vos organisations</caption>
      <thead>
        <tr><th scope="col">N°</th><th scope="col">Appel</th><th scope="col">Organisation</th><th scope="col">État</th><th scope="col">Dernière modification</th><th scope="col">Actions</th></tr>
      </thead>
      <tbody>
{{#ROW}}
        <tr>
          <td><a href="{{HREF}}">{{ID}}</a></td>
          <td>{{CALL_TITLE}}</td>
          <td>{{ORGANISATION}}</td>
          <td><span class="fr-badge fr-badge--sm {{STATE_CLASS}}">{{STATE_LABEL}}</span></td>
          <td>{{UPDATED_AT}}</td>
          <td><a href="{{HREF}}">Voir<span class="fr-sr-only"> le dossier n° {{ID}}</span></a>{{#EDITABLE}} · <a href="{{EDIT_HREF}}">Compléter<span class="fr-sr-only"> le dossier n° {{ID}}</span></a>{{/EDITABLE}}</td>
        </tr>
{{/ROW}}
      </tbody>
    </table>
  </div>
{{/TABLE}}
</div>
