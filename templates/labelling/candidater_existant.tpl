{{%AUTOESCAPE context="HTML"}}
<div class="fr-grid-row fr-grid-row--center fr-mt-4w fr-mb-6w">
  <div class="fr-col-12 fr-col-md-8">
    <h1>Un dossier est déjà en cours</h1>
    <p>Votre organisation a déjà un dossier en cours sur cet appel (dossier n° {{ID}}). Une organisation ne dépose qu’un dossier à la fois par appel : reprenez celui-ci.</p>
    <ul class="fr-btns-group fr-btns-group--inline-md">
      <li><a class="fr-btn" href="{{HREF}}">Voir le dossier n° {{ID}}</a></li>
      <li><a class="fr-btn fr-btn--secondary" href="/mes-dossiers">Mes dossiers</a></li>
    </ul>
  </div>
</div>
