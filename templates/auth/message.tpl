{{%AUTOESCAPE context="HTML"}}
<div class="fr-grid-row fr-grid-row--center fr-mt-4w">
  <div class="fr-col-12 fr-col-md-8 fr-col-lg-6">
    <h1>{{HEADING}}</h1>
    <p class="fr-text--lead">{{LEAD}}</p>
{{#DETAIL}}
    <p>{{DETAIL_TEXT}}</p>
{{/DETAIL}}
{{#LINK}}
    <ul class="fr-btns-group fr-btns-group--inline-md">
      <li><a class="fr-btn" href="{{LINK_HREF}}">{{LINK_LABEL}}</a></li>
    </ul>
{{/LINK}}
  </div>
</div>
