{{%AUTOESCAPE context="HTML"}}
<h1 class="fr-mt-4w">Utilisateurs et rôles</h1>
<p>Le rôle « membre » appartient à tous les comptes. Les autres rôles sont accordés ici, jamais choisis par l’utilisateur lui-même.</p>
<form method="get" action="/admin/utilisateurs" class="fr-mb-4w">
  <div class="fr-search-bar" role="search">
    <label class="fr-label" for="q">Rechercher par nom ou adresse électronique</label>
    <input class="fr-input" type="search" id="q" name="q" value="{{QUERY}}" placeholder="Rechercher par nom ou adresse électronique">
    <button class="fr-btn" type="submit" title="Rechercher">Rechercher</button>
  </div>
</form>
<p>{{TOTAL}}.</p>
<div class="fr-table">
  <table tabindex="0">
    <caption>Comptes</caption>
    <thead>
      <tr><th scope="col">Adresse électronique</th><th scope="col">Nom</th><th scope="col">Adresse confirmée</th><th scope="col">Rôles</th><th scope="col">Changer un rôle</th></tr>
    </thead>
    <tbody>
{{#USER}}
      <tr>
        <td>{{EMAIL}}{{#NON_ASCII}} <p class="fr-badge fr-badge--sm fr-badge--warning fr-mt-1v">adresse non ASCII</p>{{/NON_ASCII}}</td>
        <td>{{DISPLAY_NAME}}</td>
        <td>{{CONFIRMED}}</td>
        <td>
          <ul class="fr-badges-group">
            <li><p class="fr-badge fr-badge--sm">Membre</p></li>
{{#USER_ROLE}}
            <li><p class="fr-badge fr-badge--sm fr-badge--blue-ecume">{{ROLE_LABEL}}</p></li>
{{/USER_ROLE}}
          </ul>
        </td>
        <td>
          <form method="post" action="/admin/utilisateurs/{{USER_ID}}/roles">
            <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
            <input type="hidden" name="q" value="{{QUERY}}">
            <input type="hidden" name="page" value="{{PAGE}}">
            <div class="fr-select-group">
              <label class="fr-label" for="role-{{USER_ID}}">Rôle<span class="fr-sr-only"> pour {{EMAIL}}</span></label>
              <select class="fr-select" id="role-{{USER_ID}}" name="role">
{{#ROLE_OPTION}}
                <option value="{{CODE}}">{{LABEL}}</option>
{{/ROLE_OPTION}}
              </select>
            </div>
            <ul class="fr-btns-group fr-btns-group--inline fr-btns-group--sm">
              <li><button class="fr-btn fr-btn--sm" type="submit" name="action" value="accorder">Accorder<span class="fr-sr-only"> à {{EMAIL}}</span></button></li>
              <li><button class="fr-btn fr-btn--sm fr-btn--secondary" type="submit" name="action" value="retirer">Retirer<span class="fr-sr-only"> à {{EMAIL}}</span></button></li>
            </ul>
          </form>
        </td>
      </tr>
{{/USER}}
    </tbody>
  </table>
</div>
{{#PAGINATION}}
<nav role="navigation" class="fr-pagination" aria-label="Pagination">
  <ul class="fr-pagination__list">
{{#PREVIOUS}}
    <li><a class="fr-pagination__link fr-pagination__link--prev fr-pagination__link--lg-label" href="{{PREVIOUS_HREF}}">Page précédente</a></li>
{{/PREVIOUS}}
    <li><a class="fr-pagination__link" aria-current="page" title="Page {{PAGE}}">{{PAGE}} / {{PAGE_COUNT}}</a></li>
{{#NEXT}}
    <li><a class="fr-pagination__link fr-pagination__link--next fr-pagination__link--lg-label" href="{{NEXT_HREF}}">Page suivante</a></li>
{{/NEXT}}
  </ul>
</nav>
{{/PAGINATION}}
