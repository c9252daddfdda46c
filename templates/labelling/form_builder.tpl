{{%AUTOESCAPE context="HTML"}}
<div class="fr-grid-row fr-mt-4w">
  <div class="fr-col-12">
    <h1>Formulaire de l’appel « {{CALL_TITLE}} »</h1>
    <p><a class="fr-link fr-icon-arrow-left-line fr-link--icon-left" href="{{CALL_HREF}}">Retour à l’appel</a></p>
{{#FROZEN}}
    <div class="fr-notice fr-notice--info fr-mb-3w">
      <div class="fr-container"><div class="fr-notice__body">
        <p class="fr-notice__title">Version {{VERSION}}, figée : l’appel a été publié ou des dossiers l’utilisent. Votre prochaine modification créera la version {{NEXT_VERSION}} ; les dossiers déjà commencés gardent la version {{VERSION}}.</p>
      </div></div>
    </div>
{{/FROZEN}}
{{#EDITABLE}}
    <p>Version {{VERSION}}, modifiable : aucun dossier ne l’utilise encore.</p>
{{/EDITABLE}}
{{#FORM_ERRORS}}
    <div class="fr-alert fr-alert--error fr-mb-3w" role="alert">
      <h2 class="fr-alert__title">{{FORM_ERROR_MESSAGE}}</h2>
{{#FIELD_ERROR}}
      <p><a href="#{{FIELD}}">{{MESSAGE}}</a></p>
{{/FIELD_ERROR}}
    </div>
{{/FORM_ERRORS}}
    <h2>Parties et questions</h2>
{{#NO_SECTION}}
    <p>Le formulaire n’a encore aucune partie : ajoutez-en une ci-dessous, puis ses questions.</p>
{{/NO_SECTION}}
{{#SECTION}}
    <section class="fr-mb-4w essaim-builder-section">
      <h3>Partie {{SECTION_NUMBER}} : {{SECTION_TITLE}}</h3>
      <ul class="fr-btns-group fr-btns-group--inline fr-btns-group--sm">
        <li><form method="post" action="{{SECTION_ACTION}}/monter"><input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}"><button class="fr-btn fr-btn--tertiary" type="submit">Monter<span class="fr-sr-only"> la partie {{SECTION_TITLE}}</span></button></form></li>
        <li><form method="post" action="{{SECTION_ACTION}}/descendre"><input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}"><button class="fr-btn fr-btn--tertiary" type="submit">Descendre<span class="fr-sr-only"> la partie {{SECTION_TITLE}}</span></button></form></li>
        <li><form method="post" action="{{SECTION_ACTION}}/supprimer"><input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}"><button class="fr-btn fr-btn--tertiary" type="submit"><span>Supprimer<span class="fr-sr-only"> la partie {{SECTION_TITLE}}</span> avec ses questions</span></button></form></li>
      </ul>
      <form method="post" action="{{SECTION_ACTION}}/renommer" class="fr-mb-2w">
        <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
        <div class="fr-input-group">
          <label class="fr-label" for="titre-partie-{{SECTION_NUMBER}}">Titre de la partie {{SECTION_NUMBER}}</label>
          <input class="fr-input" type="text" id="titre-partie-{{SECTION_NUMBER}}" name="titre" value="{{SECTION_TITLE}}">
        </div>
        <button class="fr-btn fr-btn--sm fr-btn--secondary" type="submit">Renommer<span class="fr-sr-only"> la partie {{SECTION_NUMBER}}</span></button>
      </form>
{{#NO_FIELD}}
      <p>Cette partie n’a encore aucune question.</p>
{{/NO_FIELD}}
{{#HAS_FIELDS}}
      <div class="fr-table">
        <table tabindex="0">
          <caption>Questions de la partie « {{SECTION_TITLE}} »</caption>
          <thead><tr><th scope="col">Question</th><th scope="col">Type</th><th scope="col">Obligatoire</th><th scope="col">Clé</th><th scope="col">Actions</th></tr></thead>
          <tbody>
{{#FIELD}}
            <tr>
              <th scope="row">{{#SUB}}<span class="essaim-builder-sub">↳ {{BLOCK_LABEL}} : </span>{{/SUB}}{{LABEL}}{{#CHOICES}}<br><span class="fr-text--xs">Réponses : {{CHOICES_TEXT}}</span>{{/CHOICES}}</th>
              <td>{{KIND}}</td>
              <td>{{REQUIRED}}</td>
              <td><code>{{KEY}}</code></td>
              <td>
                <ul class="fr-btns-group fr-btns-group--inline fr-btns-group--sm">
                  <li><a class="fr-btn fr-btn--tertiary" href="{{EDIT_HREF}}">Modifier<span class="fr-sr-only"> {{LABEL}}</span></a></li>
                  <li><form method="post" action="{{FIELD_ACTION}}/monter"><input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}"><input type="hidden" name="bloc" value="{{BLOCK_KEY}}"><button class="fr-btn fr-btn--tertiary" type="submit">Monter<span class="fr-sr-only"> {{LABEL}}</span></button></form></li>
                  <li><form method="post" action="{{FIELD_ACTION}}/descendre"><input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}"><input type="hidden" name="bloc" value="{{BLOCK_KEY}}"><button class="fr-btn fr-btn--tertiary" type="submit">Descendre<span class="fr-sr-only"> {{LABEL}}</span></button></form></li>
                  <li><form method="post" action="{{FIELD_ACTION}}/supprimer"><input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}"><input type="hidden" name="bloc" value="{{BLOCK_KEY}}"><button class="fr-btn fr-btn--tertiary" type="submit">Supprimer<span class="fr-sr-only"> {{LABEL}}</span></button></form></li>
                </ul>
              </td>
            </tr>
{{/FIELD}}
          </tbody>
        </table>
      </div>
{{/HAS_FIELDS}}
    </section>
{{/SECTION}}
{{#CAN_ADD_FIELD}}
    <h2 id="ajouter-question">Ajouter une question</h2>
    <form method="post" action="{{ADD_FIELD_ACTION}}" novalidate>
      <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
      <div class="fr-select-group {{#PLACE_ERROR}}fr-select-group--error{{/PLACE_ERROR}}">
        <label class="fr-label" for="place">Où placer la question</label>
        <select class="fr-select" id="place" name="place"{{#PLACE_ERROR}} aria-describedby="place-erreur"{{/PLACE_ERROR}}>
{{#PLACE_OPTION}}
          <option value="{{PLACE_VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{PLACE_LABEL}}</option>
{{/PLACE_OPTION}}
        </select>
{{#PLACE_ERROR}}
        <p class="fr-error-text" id="place-erreur">{{ERROR_PLACE}}</p>
{{/PLACE_ERROR}}
      </div>
{{>FIELD_INPUTS}}
      <button class="fr-btn" type="submit">Ajouter la question</button>
    </form>
{{/CAN_ADD_FIELD}}
    <h2 id="ajouter-partie">Ajouter une partie</h2>
    <form method="post" action="{{ADD_SECTION_ACTION}}" novalidate>
      <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
      <div class="fr-input-group {{TITRE_GROUP_CLASS}}">
        <label class="fr-label" for="titre">Titre de la nouvelle partie
          <span class="fr-hint-text" id="titre-aide">Par exemple « Présentation de la structure ».</span>
        </label>
        <input class="fr-input {{TITRE_INPUT_CLASS}}" type="text" id="titre" name="titre" value="{{TITRE}}" aria-describedby="titre-aide{{#TITRE_ERROR}} titre-erreur{{/TITRE_ERROR}}">
{{#TITRE_ERROR}}
        <p class="fr-error-text" id="titre-erreur">{{ERROR_TITRE}}</p>
{{/TITRE_ERROR}}
      </div>
      <button class="fr-btn fr-btn--secondary" type="submit">Ajouter la partie</button>
    </form>
    <h2 class="fr-mt-6w">Aperçu du formulaire</h2>
    <p>Le formulaire tel que les candidats le verront (les champs sont désactivés ici).</p>
    <div class="essaim-form-preview">
{{PREVIEW:none}}
    </div>
  </div>
</div>
