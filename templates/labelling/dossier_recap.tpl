{{%AUTOESCAPE context="HTML"}}
<div class="fr-mt-4w fr-mb-6w">
  <h1>Récapitulatif du dossier n° {{ID}}</h1>
  <p>{{ORGANISATION}} — appel « {{CALL_TITLE}} »</p>
{{>ERROR_SUMMARY}}
{{#MISSING}}
  <div class="fr-alert fr-alert--warning fr-mb-3w" id="manquants">
    <h2 class="fr-alert__title">{{MISSING_TITLE}}</h2>
    <ul>
{{#MISSING_ITEM}}
      <li><a href="{{ITEM_HREF}}">{{ITEM_TEXT}}</a></li>
{{/MISSING_ITEM}}
    </ul>
  </div>
{{/MISSING}}
  <p>Relisez vos réponses et vos pièces : c’est ce que l’équipe d’instruction recevra.</p>
{{ANSWERS_MARKUP:none}}
{{#ATTACHMENTS}}
  <section class="essaim-answers-section">
    <h2 class="fr-h4">Autres pièces</h2>
    <ul>
{{#ATTACHMENT}}
      <li><a href="{{HREF}}">{{FILE_NAME}}</a></li>
{{/ATTACHMENT}}
    </ul>
  </section>
{{/ATTACHMENTS}}
{{#CONFIRM}}
  <div class="essaim-danger-zone fr-mt-4w fr-p-3w">
    <h2 class="fr-h4">Confirmer le dépôt</h2>
    <p>Le dépôt est définitif : une fois déposé, le dossier ne se modifie plus, sauf si l’équipe d’instruction vous demande des compléments.</p>
    <form method="post" action="{{HREF}}/deposer">
      <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
      <ul class="fr-btns-group fr-btns-group--inline-md">
        <li><button class="fr-btn essaim-btn--danger" type="submit">Confirmer le dépôt du dossier</button></li>
        <li><a class="fr-btn fr-btn--secondary" href="{{EDIT_HREF}}">Modifier encore mes réponses</a></li>
      </ul>
    </form>
  </div>
{{/CONFIRM}}
{{#INCOMPLETE}}
  <p class="fr-mt-4w">Le dépôt sera possible une fois ces éléments complétés.</p>
  <p><a class="fr-btn" href="{{EDIT_HREF}}">Compléter le dossier</a></p>
{{/INCOMPLETE}}
</div>
