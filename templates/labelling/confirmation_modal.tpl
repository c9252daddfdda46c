{{%AUTOESCAPE context="HTML"}}
<form method="get" action="{{PAGE_HREF}}" class="essaim-decision">
{{#FIELD}}
  <input type="hidden" name="{{NAME}}" value="{{VALUE}}">
{{/FIELD}}
  <button class="fr-btn {{BUTTON_CLASS}}" type="submit" data-fr-opened="false" aria-controls="{{ID}}">{{BUTTON}}</button>
</form>
<dialog class="fr-modal" id="{{ID}}" aria-labelledby="{{ID}}-titre">
  <div class="fr-container fr-container--fluid fr-container-md">
    <div class="fr-grid-row fr-grid-row--center">
      <div class="fr-col-12 fr-col-md-8 fr-col-lg-6">
        <div class="fr-modal__body">
          <div class="fr-modal__header">
            <button class="fr-btn--close fr-btn" type="button" aria-controls="{{ID}}" title="Fermer la fenêtre « {{TITLE}} »">Fermer</button>
          </div>
{{>FORM}}
        </div>
      </div>
    </div>
  </div>
</dialog>
<script type="module" src="/static/js/confirmation-modal.js"></script>
