{{%AUTOESCAPE context="HTML"}}
  <div class="fr-alert fr-alert--error fr-mb-3w" role="alert" id="erreurs">
    <h2 class="fr-alert__title">{{SUMMARY_TITLE}}</h2>
    <ul>
{{#SUMMARY_ITEM}}
      <li><a href="{{ITEM_HREF}}">{{ITEM_TEXT}}</a></li>
{{/SUMMARY_ITEM}}
    </ul>
  </div>
