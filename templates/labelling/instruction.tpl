{{%AUTOESCAPE context="HTML"}}
<div class="fr-mt-4w fr-mb-6w">
  <h1>Instruction des dossiers</h1>
  <form method="get" action="/instruction" class="fr-mb-3w">
    <div class="fr-grid-row fr-grid-row--gutters">
      <div class="fr-col-12 fr-col-md-5">
        <div class="fr-select-group">
          <label class="fr-label" for="appel">Appel</label>
          <select class="fr-select" id="appel" name="appel">
            <option value="">Tous les appels</option>
{{#CALL_OPTION}}
            <option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{TITLE}}</option>
{{/CALL_OPTION}}
          </select>
        </div>
      </div>
      <div class="fr-col-12 fr-col-md-4">
        <div class="fr-select-group">
          <label class="fr-label" for="etat">État</label>
          <select class="fr-select" id="etat" name="etat">
            <option value="">Tous les états</option>
{{#STATE_OPTION}}
            <option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>
{{/STATE_OPTION}}
          </select>
        </div>
      </div>
      <div class="fr-col-12 fr-col-md-3">
        <button class="fr-btn fr-mt-md-4w" type="submit">Filtrer</button>
      </div>
    </div>
  </form>
{{#EXPORTS}}
  <p>Exporter les dossiers de « {{CALL_TITLE}} » : <a class="fr-link fr-link--download" href="{{CSV_HREF}}">CSV</a> · <a class="fr-link fr-link--download" href="{{XLSX_HREF}}">classeur XLSX</a></p>
{{/EXPORTS}}
{{#EMPTY}}
  <p>Aucun dossier ne correspond.</p>
{{/EMPTY}}
{{#TABLE}}
  <div class="fr-table">
    <table tabindex="0">
      <caption>{{COUNT}} à instruire</caption>
      <thead>
        <tr><th scope="col">N°</th><th scope="col">Organisation</th><th scope="col">Appel</th><th scope="col">État</th><th scope="col">Instructeur</th><th scope="col">Déposé le</th><th scope="col">Avis rendus</th></tr>
      </thead>
      <tbody>
{{#ROW}}
        <tr>
          <td><a href="{{HREF}}">{{ID}}</a></td>
          <td>{{ORGANISATION}}</td>
          <td>{{CALL_TITLE}}</td>
          <td><span class="fr-badge fr-badge--sm {{STATE_CLASS}}">{{STATE_LABEL}}</span></td>
          <td>{{INSTRUCTOR}}</td>
          <td>{{DEPOSITED_AT}}</td>
          <td>{{OPINIONS}}</td>
        </tr>
{{/ROW}}
      </tbody>
    </table>
  </div>
{{/TABLE}}
</div>
