{{%AUTOESCAPE context="HTML"}}
<h1 class="fr-mt-4w">Administration</h1>
<p>Les actions faites ici sont enregistrées dans le journal d’audit.</p>
<div class="fr-grid-row fr-grid-row--gutters">
  <div class="fr-col-12 fr-col-md-6">
    <div class="fr-tile fr-enlarge-link">
      <div class="fr-tile__body">
        <div class="fr-tile__content">
          <h2 class="fr-tile__title"><a href="/admin/utilisateurs">Utilisateurs et rôles</a></h2>
          <p class="fr-tile__detail">{{USER_COUNT}} ; accorder ou retirer des rôles.</p>
        </div>
      </div>
    </div>
  </div>
  <div class="fr-col-12 fr-col-md-6">
    <div class="fr-tile fr-enlarge-link">
      <div class="fr-tile__body">
        <div class="fr-tile__content">
          <h2 class="fr-tile__title"><a href="/admin/journal">Journal d’audit</a></h2>
          <p class="fr-tile__detail">Connexions, échecs, changements de rôles et de mots de passe.</p>
        </div>
      </div>
    </div>
  </div>
{{#TILE}}
  <div class="fr-col-12 fr-col-md-6">
    <div class="fr-tile fr-enlarge-link">
      <div class="fr-tile__body">
        <div class="fr-tile__content">
          <h2 class="fr-tile__title"><a href="{{TILE_HREF}}">{{TILE_TITLE}}</a></h2>
          <p class="fr-tile__detail">{{TILE_DESCRIPTION}}</p>
        </div>
      </div>
    </div>
  </div>
{{/TILE}}
</div>
<p class="fr-mt-4w">{{SESSION_COUNT}} en ce moment.</p>
