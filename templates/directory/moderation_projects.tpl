{{%AUTOESCAPE context="HTML"}}
<div class="fr-mt-4w">
  <h1>Projets masqués</h1>
  <p>Ces projets ont été retirés de l’annuaire, de la recherche et de l’API par un administrateur ; les membres de leur organisation les voient toujours et peuvent les corriger. Republiez un projet quand la raison de son masquage ne tient plus.</p>
{{#NO_HIDDEN}}
  <p>Aucun projet n’est masqué.</p>
{{/NO_HIDDEN}}
{{#HAS_HIDDEN}}
  <div class="fr-table">
    <table tabindex="0">
      <caption>Projets masqués, du plus récent au plus ancien</caption>
      <thead>
        <tr><th scope="col">Projet</th><th scope="col">Organisation</th><th scope="col">Raison</th><th scope="col">Masqué le</th><th scope="col">Décision</th></tr>
      </thead>
      <tbody>
{{#HIDDEN_PROJECT}}
        <tr>
          <td><a href="{{HREF}}">{{TITLE}}</a></td>
          <td><a href="{{ORGANISATION_HREF}}">{{ORGANISATION_NAME}}</a></td>
          <td>{{REASON}}</td>
          <td>{{AT}}</td>
          <td>
            <form method="post" action="{{REPUBLISH_ACTION}}">
              <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
              <input type="hidden" name="retour" value="liste">
              <button class="fr-btn fr-btn--sm" type="submit" title="Republier le projet {{TITLE}}">Republier</button>
            </form>
          </td>
        </tr>
{{/HIDDEN_PROJECT}}
      </tbody>
    </table>
  </div>
{{/HAS_HIDDEN}}
</div>
