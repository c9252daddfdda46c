{{%AUTOESCAPE context="HTML"}}
<div class="fr-mt-4w">
  <h1>Mes avis à donner</h1>
  <p>Les dossiers sur lesquels l’équipe d’instruction vous demande votre avis d’expert.</p>
{{#EMPTY}}
  <p>Aucun avis ne vous est demandé pour le moment.</p>
{{/EMPTY}}
{{#HAS_REQUESTS}}
  <div class="fr-table">
    <table tabindex="0">
      <caption>Demandes d’avis, les avis attendus en premier</caption>
      <thead>
        <tr><th scope="col">Dossier</th><th scope="col">Appel</th><th scope="col">Attendu le</th><th scope="col">État</th></tr>
      </thead>
      <tbody>
{{#REQUEST}}
        <tr>
          <th scope="row">{{#LINK}}<a href="{{HREF}}">Dossier n° {{DOSSIER_ID}} — {{ORGANISATION}}</a>{{/LINK}}{{#NO_LINK}}Dossier n° {{DOSSIER_ID}} — {{ORGANISATION}}{{/NO_LINK}}</th>
          <td>{{CALL_TITLE}}</td>
          <td>{{DUE_ON}}</td>
          <td>
            <ul class="fr-badges-group">
              <li><p class="fr-badge fr-badge--sm">{{STATE_LABEL}}</p></li>
{{#LATE}}
              <li><p class="fr-badge fr-badge--sm fr-badge--error">En retard</p></li>
{{/LATE}}
            </ul>
          </td>
        </tr>
{{/REQUEST}}
      </tbody>
    </table>
  </div>
{{/HAS_REQUESTS}}
</div>
