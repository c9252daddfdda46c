{{%AUTOESCAPE context="HTML"}}
<div class="fr-mt-4w">
  <h1>Organisations à modérer</h1>
  <p>Les fiches créées par des membres attendent ici leur publication. Vérifiez qu’elles décrivent un acteur réel de l’innovation sociale, puis publiez-les ou refusez-les en expliquant pourquoi : la raison est envoyée à leurs responsables.</p>
{{#EMPTY_QUEUE}}
  <p>Aucune fiche n’attend de validation.</p>
{{/EMPTY_QUEUE}}
{{#HAS_PENDING}}
  <div class="fr-table">
    <table tabindex="0">
      <caption>{{TOTAL}}, de la plus ancienne à la plus récente{{#PARTIAL}} ({{SHOWN}} affichées){{/PARTIAL}}</caption>
      <thead>
        <tr><th scope="col">Organisation</th><th scope="col">SIREN</th><th scope="col">Commune</th><th scope="col">Créée le</th><th scope="col">Par</th><th scope="col">Décision</th></tr>
      </thead>
      <tbody>
{{#PENDING}}
        <tr>
          <td><a href="{{HREF}}">{{NAME}}</a></td>
          <td>{{SIREN}}</td>
          <td>{{COMMUNE}}</td>
          <td>{{CREATED_AT}}</td>
          <td>{{CREATOR}}</td>
          <td>
            <form method="post" action="{{PUBLISH_ACTION}}">
              <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
              <ul class="fr-btns-group fr-btns-group--inline fr-btns-group--sm">
                <li><button class="fr-btn" type="submit" title="Publier la fiche de {{NAME}}">Publier</button></li>
                <li><a class="fr-btn fr-btn--secondary" href="{{REFUSE_HREF}}" title="Refuser la fiche de {{NAME}}">Refuser</a></li>
              </ul>
            </form>
          </td>
        </tr>
{{/PENDING}}
      </tbody>
    </table>
  </div>
{{/HAS_PENDING}}
</div>
