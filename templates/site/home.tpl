{{%AUTOESCAPE context="HTML"}}
<div class="fr-grid-row fr-grid-row--gutters fr-mt-6w">
  <div class="fr-col-12 fr-col-md-8">
    <h1>Essaim, l’accélérateur national d’innovation sociale</h1>
    <p class="fr-text--lead">Essaim recense les personnes et les organisations qui inventent de nouvelles réponses aux besoins sociaux, labellise les territoires et les structures qui les accompagnent, suit les financements publics et privés et publie en données ouvertes tout ce qui est public.</p>
    <ul class="fr-btns-group fr-btns-group--inline-md">
      <li><a class="fr-btn" href="/territoires">Explorer les territoires</a></li>
{{#ANONYMOUS}}
      <li><a class="fr-btn fr-btn--secondary" href="/inscription">Créer un compte</a></li>
{{/ANONYMOUS}}
    </ul>
  </div>
</div>
<div class="fr-grid-row fr-grid-row--gutters fr-mt-4w">
  <div class="fr-col-12 fr-col-md-4">
    <div class="fr-card">
      <div class="fr-card__body"><div class="fr-card__content">
        <h2 class="fr-card__title">Identifier</h2>
        <p class="fr-card__desc">Les porteurs de projet, les structures d’accompagnement, les financeurs et les évaluateurs de l’innovation sociale, partout en France.</p>
      </div></div>
    </div>
  </div>
  <div class="fr-col-12 fr-col-md-4">
    <div class="fr-card">
      <div class="fr-card__body"><div class="fr-card__content">
        <h2 class="fr-card__title">Labelliser</h2>
        <p class="fr-card__desc">Un appel à candidatures permanent pour les territoires, incubateurs, ruches et pôles territoriaux de coopération économique.</p>
      </div></div>
    </div>
  </div>
  <div class="fr-col-12 fr-col-md-4">
    <div class="fr-card">
      <div class="fr-card__body"><div class="fr-card__content">
        <h2 class="fr-card__title">Financer</h2>
        <p class="fr-card__desc">Le suivi des financements publics et privés vers l’objectif national d’un milliard d’euros en cinq ans.</p>
      </div></div>
    </div>
  </div>
</div>
