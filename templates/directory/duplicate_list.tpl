{{%AUTOESCAPE context="HTML"}}
<div class="fr-mt-4w">
  <h1>Doublons possibles</h1>
  <p>Ces paires de fiches ont le même nom, ou des noms très proches, dans la même commune (la forme juridique et les articles sont ignorés). Fusionner garde une fiche : elle reprend les membres, les projets, les demandes de gestion et l’historique de l’autre, ainsi que ses champs qu’elle n’avait pas renseignés ; l’autre fiche n’est pas supprimée mais n’est plus publiée. Écarter retient que les deux fiches décrivent des acteurs distincts.</p>
{{#NO_PAIRS}}
  <p>Aucun doublon possible.</p>
{{/NO_PAIRS}}
{{#HAS_PAIRS}}
  <p>{{COUNT}}{{#MAYBE_MORE}} affichées ; traitez-les pour voir les suivantes{{/MAYBE_MORE}}.</p>
{{#PAIR}}
  <section class="fr-mt-4w">
    <h2 class="fr-h5">{{FIRST_NAME}} / {{SECOND_NAME}}</h2>
    <p class="fr-badge fr-badge--info">{{REASON}}</p>
    <div class="fr-table">
      <table tabindex="0">
        <caption>Les deux fiches côte à côte</caption>
        <thead>
          <tr><th scope="col">Champ</th><th scope="col">Fiche n° {{FIRST_ID}}</th><th scope="col">Fiche n° {{SECOND_ID}}</th></tr>
        </thead>
        <tbody>
          <tr><th scope="row">Nom</th><td><a href="{{FIRST_HREF}}">{{FIRST_NAME}}</a></td><td><a href="{{SECOND_HREF}}">{{SECOND_NAME}}</a></td></tr>
          <tr><th scope="row">Sigle</th><td>{{FIRST_ACRONYM}}</td><td>{{SECOND_ACRONYM}}</td></tr>
          <tr><th scope="row">SIREN</th><td>{{FIRST_SIREN}}</td><td>{{SECOND_SIREN}}</td></tr>
          <tr><th scope="row">RNA</th><td>{{FIRST_RNA}}</td><td>{{SECOND_RNA}}</td></tr>
          <tr><th scope="row">Commune</th><td>{{FIRST_COMMUNE}}</td><td>{{SECOND_COMMUNE}}</td></tr>
          <tr><th scope="row">Adresse</th><td>{{FIRST_ADDRESS}}</td><td>{{SECOND_ADDRESS}}</td></tr>
          <tr><th scope="row">Site</th><td>{{FIRST_WEBSITE}}</td><td>{{SECOND_WEBSITE}}</td></tr>
          <tr><th scope="row">Statut</th><td>{{FIRST_STATUS}}</td><td>{{SECOND_STATUS}}</td></tr>
          <tr><th scope="row">Origine</th><td>{{FIRST_SOURCE}}</td><td>{{SECOND_SOURCE}}</td></tr>
          <tr><th scope="row">Créée le</th><td>{{FIRST_CREATED_AT}}</td><td>{{SECOND_CREATED_AT}}</td></tr>
          <tr><th scope="row">Membres</th><td>{{FIRST_MEMBERS}}</td><td>{{SECOND_MEMBERS}}</td></tr>
          <tr><th scope="row">Projets</th><td>{{FIRST_PROJECTS}}</td><td>{{SECOND_PROJECTS}}</td></tr>
        </tbody>
      </table>
    </div>
    <ul class="fr-btns-group fr-btns-group--inline fr-btns-group--sm">
      <li>
        <form method="post" action="/admin/doublons/fusionner">
          <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
          <input type="hidden" name="kept_id" value="{{FIRST_ID}}">
          <input type="hidden" name="absorbed_id" value="{{SECOND_ID}}">
          <button class="fr-btn" type="submit" title="Garder la fiche n° {{FIRST_ID}} et y fusionner la fiche n° {{SECOND_ID}}">Garder n° {{FIRST_ID}}</button>
        </form>
      </li>
      <li>
        <form method="post" action="/admin/doublons/fusionner">
          <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
          <input type="hidden" name="kept_id" value="{{SECOND_ID}}">
          <input type="hidden" name="absorbed_id" value="{{FIRST_ID}}">
          <button class="fr-btn" type="submit" title="Garder la fiche n° {{SECOND_ID}} et y fusionner la fiche n° {{FIRST_ID}}">Garder n° {{SECOND_ID}}</button>
        </form>
      </li>
      <li>
        <form method="post" action="/admin/doublons/ecarter">
          <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
          <input type="hidden" name="first_id" value="{{FIRST_ID}}">
          <input type="hidden" name="second_id" value="{{SECOND_ID}}">
          <button class="fr-btn fr-btn--secondary" type="submit" title="Écarter : les fiches n° {{FIRST_ID}} et n° {{SECOND_ID}} sont distinctes">Pas un doublon</button>
        </form>
      </li>
    </ul>
  </section>
{{/PAIR}}
{{/HAS_PAIRS}}
</div>
