{{%AUTOESCAPE context="HTML"}}
<h1 class="fr-mt-4w">Journal d’audit</h1>
<p>Le journal ne peut être ni modifié ni effacé. Les entrées les plus récentes viennent en premier.</p>
<form method="get" action="/admin/journal" class="fr-mb-4w">
  <div class="fr-input-group">
    <label class="fr-label" for="action">Filtrer par action
      <span class="fr-hint-text" id="action-aide">Début du nom de l’action, par exemple « auth. » ou « auth.role »</span>
    </label>
    <input class="fr-input" type="text" id="action" name="action" value="{{ACTION_PREFIX}}" aria-describedby="action-aide">
  </div>
  <button class="fr-btn fr-btn--secondary" type="submit">Filtrer</button>
</form>
{{#EMPTY}}
<p>Aucune entrée ne correspond.</p>
{{/EMPTY}}
<div class="fr-table">
  <table tabindex="0">
    <caption>Entrées du journal</caption>
    <thead>
      <tr><th scope="col">Date</th><th scope="col">Auteur</th><th scope="col">Action</th><th scope="col">Cible</th><th scope="col">Changements (avant → après)</th><th scope="col">Adresse IP</th></tr>
    </thead>
    <tbody>
{{#ENTRY}}
      <tr>
        <td>{{AT}}</td>
        <td>{{ACTOR}}</td>
        <td>{{ACTION}}<br><span class="fr-text--xs">{{ACTION_CODE}}</span></td>
        <td>{{TARGET}}</td>
        <td>{{#NO_CHANGE}}—{{/NO_CHANGE}}{{#CHANGE}}<p class="fr-text--sm fr-mb-1v"><strong>{{FIELD}}</strong> : {{BEFORE}} → {{AFTER}}</p>{{/CHANGE}}</td>
        <td>{{ADDRESS}}</td>
      </tr>
{{/ENTRY}}
    </tbody>
  </table>
</div>
<ul class="fr-btns-group fr-btns-group--inline-md">
{{#NEWEST}}
  <li><a class="fr-btn fr-btn--secondary" href="{{NEWEST_HREF}}">Entrées les plus récentes</a></li>
{{/NEWEST}}
{{#OLDER}}
  <li><a class="fr-btn fr-btn--secondary" href="{{OLDER_HREF}}">Entrées plus anciennes</a></li>
{{/OLDER}}
</ul>
