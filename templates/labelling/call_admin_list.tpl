{{%AUTOESCAPE context="HTML"}}
<div class="fr-grid-row fr-mt-4w">
  <div class="fr-col-12">
    <h1>Appels à candidatures</h1>
    <p>Un appel labellise une catégorie de structures ou des territoires. Il est créé en brouillon ; une fois son formulaire et sa grille d’évaluation prêts, publiez-le pour recevoir des candidatures.</p>
    <p><a class="fr-btn fr-icon-add-line fr-btn--icon-left" href="/admin/appels/nouveau">Créer un appel</a></p>
{{#NO_CALL}}
    <p>Aucun appel n’a encore été créé.</p>
{{/NO_CALL}}
{{#HAS_CALLS}}
    <div class="fr-table">
      <table tabindex="0">
        <caption>Tous les appels, les plus récents d’abord</caption>
        <thead>
          <tr>
            <th scope="col">Appel</th>
            <th scope="col">Catégorie</th>
            <th scope="col">État</th>
            <th scope="col">Période</th>
            <th scope="col">Durée du label</th>
          </tr>
        </thead>
        <tbody>
{{#CALL}}
          <tr>
            <th scope="row"><a href="{{HREF}}">{{TITLE}}</a></th>
            <td>{{CATEGORY}}</td>
            <td><p class="fr-badge fr-badge--sm {{STATE_CLASS}}">{{STATE}}</p></td>
            <td>{{DATES}}</td>
            <td>{{LABEL_YEARS}} ans</td>
          </tr>
{{/CALL}}
        </tbody>
      </table>
    </div>
{{/HAS_CALLS}}
  </div>
</div>
