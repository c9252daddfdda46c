{{%AUTOESCAPE context="HTML"}}
<div class="fr-mt-4w">
  <h1>Changements d’identité</h1>
  <p>Des membres demandent à changer le nom ou un identifiant officiel d’une fiche publiée. Les labels et les données ouvertes nomment l’organisation par ces valeurs : la fiche garde les siennes jusqu’à votre décision. Vérifiez que la demande désigne bien la même personne morale avant d’accepter.</p>
{{#EMPTY_QUEUE}}
  <p>Aucune demande n’attend de décision.</p>
{{/EMPTY_QUEUE}}
{{#HAS_CHANGES}}
  <div class="fr-table">
    <table tabindex="0">
      <caption>Demandes en attente, de la plus ancienne à la plus récente</caption>
      <thead>
        <tr><th scope="col">Organisation</th><th scope="col">Changement demandé</th><th scope="col">Membre</th><th scope="col">Reçue le</th><th scope="col">Décision</th></tr>
      </thead>
      <tbody>
{{#CHANGE}}
        <tr>
          <td><a href="{{HREF}}">{{ORGANISATION_NAME}}</a></td>
          <td>
            <ul>
{{#FIELD}}
              <li>{{DESCRIPTION}}</li>
{{/FIELD}}
            </ul>
          </td>
          <td>{{REQUESTER}}</td>
          <td>{{REQUESTED_AT}}</td>
          <td>
            <form method="post" action="{{ACCEPT_ACTION}}">
              <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
              <ul class="fr-btns-group fr-btns-group--inline fr-btns-group--sm">
                <li><button class="fr-btn" type="submit" title="Accepter le changement pour {{ORGANISATION_NAME}}">Accepter</button></li>
                <li><a class="fr-btn fr-btn--secondary" href="{{REFUSE_HREF}}" title="Refuser le changement pour {{ORGANISATION_NAME}}">Refuser</a></li>
              </ul>
            </form>
          </td>
        </tr>
{{/CHANGE}}
      </tbody>
    </table>
  </div>
{{/HAS_CHANGES}}
</div>
