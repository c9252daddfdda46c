{{%AUTOESCAPE context="HTML"}}
{{#NO_SECTION}}
<p>Ce formulaire ne contient encore aucune question.</p>
{{/NO_SECTION}}
{{#EDIT_SECTION}}
<fieldset class="fr-fieldset essaim-form-section" id="{{SECTION_ID}}" aria-labelledby="{{SECTION_ID}}-titre">
  <legend class="fr-fieldset__legend" id="{{SECTION_ID}}-titre"><h2 class="fr-h4 fr-mb-0">{{TITLE}}</h2></legend>
{{#NO_FIELD}}
  <p class="fr-fieldset__element">Cette partie ne contient encore aucune question.</p>
{{/NO_FIELD}}
{{#FIELD}}
  <div class="fr-fieldset__element">
{{#PLAIN}}
{{>INPUT}}
{{/PLAIN}}
{{#BLOCK}}
    <fieldset class="fr-fieldset essaim-form-block {{FIELDSET_ERROR_CLASS}}" id="{{ID}}" aria-labelledby="{{ID}}-legende"{{#DESCRIBED}} aria-describedby="{{DESCRIBEDBY}}"{{/DESCRIBED}}>
      <legend class="fr-fieldset__legend" id="{{ID}}-legende">{{LABEL}}{{#REQUIRED}} <span class="essaim-required">(obligatoire)</span>{{/REQUIRED}}
{{#HELP}}
        <span class="fr-hint-text" id="{{ID}}-aide">{{HELP_TEXT}}</span>
{{/HELP}}
      </legend>
{{#ROW}}
      <div class="fr-fieldset__element">
        <fieldset class="fr-fieldset essaim-form-row" id="{{ROW_ID}}" aria-labelledby="{{ROW_ID}}-legende">
          <legend class="fr-fieldset__legend fr-fieldset__legend--regular" id="{{ROW_ID}}-legende">{{LABEL}} — ligne {{ROW_NUMBER}}{{#NEW_ROW}} (nouvelle ligne, facultative){{/NEW_ROW}}</legend>
{{#SUB_FIELD}}
          <div class="fr-fieldset__element">
{{>SUB_INPUT}}
          </div>
{{/SUB_FIELD}}
        </fieldset>
      </div>
{{/ROW}}
      <div class="fr-fieldset__element">
        <button type="submit" class="fr-btn fr-btn--secondary fr-btn--sm" name="ajouter_ligne" value="{{KEY}}"{{#DISABLED}} disabled{{/DISABLED}}>Ajouter une ligne à « {{LABEL}} »</button>
      </div>
{{#ERROR}}
      <div class="fr-messages-group">
        <p class="fr-message fr-message--error" id="{{ID}}-erreur">{{ERROR_MESSAGE}}</p>
      </div>
{{/ERROR}}
    </fieldset>
{{/BLOCK}}
  </div>
{{/FIELD}}
</fieldset>
{{/EDIT_SECTION}}
{{#READ_SECTION}}
<section class="essaim-answers-section">
  <h2 class="fr-h4">{{TITLE}}</h2>
{{#NO_FIELD}}
  <p>Cette partie ne contient aucune question.</p>
{{/NO_FIELD}}
  <dl class="essaim-answers">
{{#ITEM}}
    <dt>{{LABEL}}</dt>
    <dd>
{{#TEXT}}
      <span class="{{TEXT_CLASS}}">{{VALUE}}</span>
{{/TEXT}}
{{#CHOICES}}
      <ul>
{{#CHOICE_ITEM}}
        <li>{{CHOICE}}</li>
{{/CHOICE_ITEM}}
      </ul>
{{/CHOICES}}
{{#LINKS}}
      <ul>
{{#LINK}}
        <li><a href="{{HREF}}">{{FILE_NAME}}</a> ({{SIZE}})</li>
{{/LINK}}
      </ul>
{{/LINKS}}
{{#ROWS}}
      <ol>
{{#ROW}}
        <li>
          <dl class="essaim-answers-row">
{{#CELL}}
            <dt>{{CELL_LABEL}}</dt>
            <dd>{{CELL_VALUE}}</dd>
{{/CELL}}
          </dl>
        </li>
{{/ROW}}
      </ol>
{{/ROWS}}
{{#EMPTY}}
      <span class="essaim-no-answer">Non renseigné</span>
{{/EMPTY}}
    </dd>
{{/ITEM}}
  </dl>
</section>
{{/READ_SECTION}}
