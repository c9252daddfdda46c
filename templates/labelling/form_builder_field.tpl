{{%AUTOESCAPE context="HTML"}}
<div class="fr-grid-row fr-mt-4w">
  <div class="fr-col-12 fr-col-md-8">
    <h1>Modifier la question « {{FIELD_LABEL}} »</h1>
    <p>Appel « {{CALL_TITLE}} », clé <code>{{FIELD_KEY}}</code>.{{#FROZEN}} La version {{VERSION}} du formulaire est figée : l’enregistrement créera la version {{NEXT_VERSION}}.{{/FROZEN}}</p>
{{#FORM_ERRORS}}
    <div class="fr-alert fr-alert--error fr-mb-3w" role="alert">
      <h2 class="fr-alert__title">{{FORM_ERROR_MESSAGE}}</h2>
{{#FIELD_ERROR}}
      <p><a href="#{{FIELD}}">{{MESSAGE}}</a></p>
{{/FIELD_ERROR}}
    </div>
{{/FORM_ERRORS}}
    <form method="post" action="{{FORM_ACTION}}" novalidate>
      <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
      <input type="hidden" name="bloc" value="{{BLOCK_KEY}}">
{{>FIELD_INPUTS}}
      <ul class="fr-btns-group fr-btns-group--inline-md">
        <li><button class="fr-btn" type="submit">Enregistrer la question</button></li>
        <li><a class="fr-btn fr-btn--secondary" href="{{BUILDER_HREF}}">Annuler</a></li>
      </ul>
    </form>
  </div>
</div>
