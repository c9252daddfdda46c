{{%AUTOESCAPE context="HTML"}}
<section class="fr-mt-4w" aria-labelledby="projets-titre">
  <h2 id="projets-titre">Projets</h2>
{{#PROJECT}}
  <div class="fr-mb-2w">
    <h3 class="fr-h6 fr-mb-1v"><a href="{{HREF}}">{{TITLE}}</a></h3>
    <ul class="fr-badges-group">
      <li><p class="fr-badge fr-badge--info fr-badge--no-icon">{{STAGE_LABEL}}</p></li>
{{#QUALIFIED}}
      <li><p class="fr-badge fr-badge--success">Qualifié</p></li>
{{/QUALIFIED}}
{{#HIDDEN}}
      <li><p class="fr-badge fr-badge--warning">Masqué par l’équipe Essaim</p></li>
{{/HIDDEN}}
    </ul>
  </div>
{{/PROJECT}}
{{#NO_PROJECTS}}
  <p>Aucun projet présenté pour l’instant.</p>
{{/NO_PROJECTS}}
{{#CAN_ADD}}
  <a class="fr-btn fr-btn--secondary fr-icon-add-line fr-btn--icon-left" href="{{NEW_HREF}}">Présenter un projet</a>
{{/CAN_ADD}}
</section>
