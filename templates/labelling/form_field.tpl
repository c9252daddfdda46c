{{%AUTOESCAPE context="HTML"}}
{{#INPUT}}
<div class="fr-input-group {{GROUP_ERROR_CLASS}}">
  <label class="fr-label" for="{{ID}}">{{LABEL}}{{#REQUIRED}} <span class="essaim-required">(obligatoire)</span>{{/REQUIRED}}
{{#FORMAT}}
    <span class="fr-hint-text" id="{{ID}}-format">{{FORMAT_HINT}}</span>
{{/FORMAT}}
{{#HELP}}
    <span class="fr-hint-text" id="{{ID}}-aide">{{HELP_TEXT}}</span>
{{/HELP}}
  </label>
  <input class="fr-input {{INPUT_ERROR_CLASS}}" type="text" id="{{ID}}" name="{{NAME}}" value="{{VALUE}}"{{#INPUTMODE}} inputmode="{{MODE}}"{{/INPUTMODE}}{{#COMMUNE}} data-commune-autocomplete="/api/v1/communes" autocomplete="off"{{/COMMUNE}}{{#DESCRIBED}} aria-describedby="{{DESCRIBEDBY}}"{{/DESCRIBED}}{{#ERROR}} aria-invalid="true"{{/ERROR}}{{#DISABLED}} disabled{{/DISABLED}}>
{{#ERROR}}
  <p class="fr-error-text" id="{{ID}}-erreur">{{ERROR_MESSAGE}}</p>
{{/ERROR}}
{{#COMMUNE}}
  <script type="module" src="/static/js/commune-autocomplete.js"></script>
{{/COMMUNE}}
</div>
{{/INPUT}}
{{#TEXTAREA}}
<div class="fr-input-group {{GROUP_ERROR_CLASS}}">
  <label class="fr-label" for="{{ID}}">{{LABEL}}{{#REQUIRED}} <span class="essaim-required">(obligatoire)</span>{{/REQUIRED}}
{{#HELP}}
    <span class="fr-hint-text" id="{{ID}}-aide">{{HELP_TEXT}}</span>
{{/HELP}}
  </label>
  <textarea class="fr-input {{INPUT_ERROR_CLASS}}" id="{{ID}}" name="{{NAME}}" rows="6"{{#DESCRIBED}} aria-describedby="{{DESCRIBEDBY}}"{{/DESCRIBED}}{{#ERROR}} aria-invalid="true"{{/ERROR}}{{#DISABLED}} disabled{{/DISABLED}}>{{VALUE}}</textarea>
{{#ERROR}}
  <p class="fr-error-text" id="{{ID}}-erreur">{{ERROR_MESSAGE}}</p>
{{/ERROR}}
</div>
{{/TEXTAREA}}
{{#RADIOS}}
<fieldset class="fr-fieldset {{INLINE_CLASS}} {{FIELDSET_ERROR_CLASS}}" id="{{ID}}" aria-labelledby="{{ID}}-legende"{{#DESCRIBED}} aria-describedby="{{DESCRIBEDBY}}"{{/DESCRIBED}}>
  <legend class="fr-fieldset__legend fr-fieldset__legend--regular" id="{{ID}}-legende">{{LABEL}}{{#REQUIRED}} <span class="essaim-required">(obligatoire)</span>{{/REQUIRED}}
{{#HELP}}
    <span class="fr-hint-text" id="{{ID}}-aide">{{HELP_TEXT}}</span>
{{/HELP}}
  </legend>
{{#OPTION}}
  <div class="fr-fieldset__element {{INLINE_ELEMENT_CLASS}}">
    <div class="fr-radio-group">
      <input type="radio" id="{{OPTION_ID}}" name="{{NAME}}" value="{{OPTION_VALUE}}"{{#CHECKED}} checked{{/CHECKED}}{{#DISABLED}} disabled{{/DISABLED}}>
      <label class="fr-label" for="{{OPTION_ID}}">{{OPTION_LABEL}}</label>
    </div>
  </div>
{{/OPTION}}
{{#ERROR}}
  <div class="fr-messages-group">
    <p class="fr-message fr-message--error" id="{{ID}}-erreur">{{ERROR_MESSAGE}}</p>
  </div>
{{/ERROR}}
</fieldset>
{{/RADIOS}}
{{#CHECKBOXES}}
<fieldset class="fr-fieldset {{FIELDSET_ERROR_CLASS}}" id="{{ID}}" aria-labelledby="{{ID}}-legende"{{#DESCRIBED}} aria-describedby="{{DESCRIBEDBY}}"{{/DESCRIBED}}>
  <legend class="fr-fieldset__legend fr-fieldset__legend--regular" id="{{ID}}-legende">{{LABEL}}{{#REQUIRED}} <span class="essaim-required">(obligatoire)</span>{{/REQUIRED}}
{{#HELP}}
    <span class="fr-hint-text" id="{{ID}}-aide">{{HELP_TEXT}}</span>
{{/HELP}}
  </legend>
{{#OPTION}}
  <div class="fr-fieldset__element">
    <div class="fr-checkbox-group">
      <input type="checkbox" id="{{OPTION_ID}}" name="{{NAME}}" value="{{OPTION_VALUE}}"{{#CHECKED}} checked{{/CHECKED}}{{#DISABLED}} disabled{{/DISABLED}}>
      <label class="fr-label" for="{{OPTION_ID}}">{{OPTION_LABEL}}</label>
    </div>
  </div>
{{/OPTION}}
{{#ERROR}}
  <div class="fr-messages-group">
    <p class="fr-message fr-message--error" id="{{ID}}-erreur">{{ERROR_MESSAGE}}</p>
  </div>
{{/ERROR}}
</fieldset>
{{/CHECKBOXES}}
{{#FILE}}
<div class="fr-upload-group {{UPLOAD_ERROR_CLASS}}">
  <label class="fr-label" for="{{ID}}">{{LABEL}}{{#REQUIRED}} <span class="essaim-required">(obligatoire)</span>{{/REQUIRED}}
{{#HELP}}
    <span class="fr-hint-text" id="{{ID}}-aide">{{HELP_TEXT}}</span>
{{/HELP}}
  </label>
{{#ATTACHMENTS}}
  <ul class="essaim-attachments" id="{{ID}}-pieces" aria-label="Documents déjà joints">
{{#ATTACHMENT}}
    <li><a href="{{HREF}}">{{FILE_NAME}}</a> ({{SIZE}}){{#REMOVABLE}}
      <button class="fr-btn fr-btn--tertiary-no-outline fr-btn--sm fr-icon-delete-line fr-btn--icon-left" type="submit" name="retirer_piece" value="{{PIECE_ID}}">Retirer « {{FILE_NAME}} »</button>{{/REMOVABLE}}</li>
{{/ATTACHMENT}}
  </ul>
{{/ATTACHMENTS}}
  <input class="fr-upload" type="file" id="{{ID}}" name="{{NAME}}"{{#DESCRIBED}} aria-describedby="{{DESCRIBEDBY}}"{{/DESCRIBED}}{{#ERROR}} aria-invalid="true"{{/ERROR}}{{#DISABLED}} disabled{{/DISABLED}}>
{{#ERROR}}
  <p class="fr-error-text" id="{{ID}}-erreur">{{ERROR_MESSAGE}}</p>
{{/ERROR}}
{{#ATTACH}}
  <button class="fr-btn fr-btn--secondary fr-btn--sm fr-mt-2w" type="submit" name="joindre" value="{{KEY}}">Joindre à « {{LABEL}} »</button>
{{/ATTACH}}
</div>
{{/FILE}}
