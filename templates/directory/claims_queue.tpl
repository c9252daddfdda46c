{{%AUTOESCAPE context="HTML"}}
<div class="fr-mt-4w">
  <h1>Demandes de gestion</h1>
  <p>Des membres demandent à gérer des fiches créées à partir des répertoires officiels. Les demandes faites avec une adresse sur le domaine du site de l’organisation sont acceptées sans attendre ; voici les autres. Vérifiez le lien du membre avec l’organisation avant d’accepter.</p>
{{#EMPTY_QUEUE}}
  <p>Aucune demande n’attend de décision.</p>
{{/EMPTY_QUEUE}}
{{#HAS_CLAIMS}}
  <div class="fr-table">
    <table tabindex="0">
      <caption>Demandes en attente, de la plus ancienne à la plus récente</caption>
      <thead>
        <tr><th scope="col">Organisation</th><th scope="col">Site web</th><th scope="col">Membre</th><th scope="col">Message</th><th scope="col">Reçue le</th><th scope="col">Décision</th></tr>
      </thead>
      <tbody>
{{#CLAIM}}
        <tr>
          <td><a href="{{HREF}}">{{ORGANISATION_NAME}}</a></td>
          <td>{{WEBSITE}}</td>
          <td>{{CLAIMANT}}</td>
          <td>{{MESSAGE}}</td>
          <td>{{CREATED_AT}}</td>
          <td>
            <form method="post" action="{{ACCEPT_ACTION}}">
              <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
              <ul class="fr-btns-group fr-btns-group--inline fr-btns-group--sm">
                <li><button class="fr-btn" type="submit" title="Accepter la demande pour {{ORGANISATION_NAME}}">Accepter</button></li>
                <li><a class="fr-btn fr-btn--secondary" href="{{REFUSE_HREF}}" title="Refuser la demande pour {{ORGANISATION_NAME}}">Refuser</a></li>
              </ul>
            </form>
          </td>
        </tr>
{{/CLAIM}}
      </tbody>
    </table>
  </div>
{{/HAS_CLAIMS}}
</div>
