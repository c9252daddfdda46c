{{%AUTOESCAPE context="HTML"}}
<div class="fr-grid-row fr-mt-4w">
  <div class="fr-col-12">
    <h1>Grille d’évaluation de l’appel « {{CALL_TITLE}} »</h1>
    <p><a class="fr-link fr-icon-arrow-left-line fr-link--icon-left" href="{{CALL_HREF}}">Retour à l’appel</a></p>
    <p>Les experts notent chaque critère de 0 à 5 en s’appuyant sur la description de chaque niveau. Le score d’un dossier est la moyenne des notes pondérée par le poids des critères. La grille est publiée avec l’appel.</p>
{{#FORM_ERRORS}}
    <div class="fr-alert fr-alert--error fr-mb-3w" role="alert">
      <h2 class="fr-alert__title">{{FORM_ERROR_MESSAGE}}</h2>
{{#FIELD_ERROR}}
      <p><a href="#{{FIELD}}">{{MESSAGE}}</a></p>
{{/FIELD_ERROR}}
    </div>
{{/FORM_ERRORS}}
    <h2>Critères</h2>
{{#NO_CRITERION}}
    <p>La grille n’a encore aucun critère.</p>
{{/NO_CRITERION}}
{{#HAS_CRITERIA}}
    <div class="fr-table">
      <table tabindex="0">
        <caption>Critères de la grille, dans l’ordre d’évaluation</caption>
        <thead><tr><th scope="col">Critère</th><th scope="col">Poids</th><th scope="col">Niveaux de 0 à 5</th><th scope="col">Actions</th></tr></thead>
        <tbody>
{{#CRITERION}}
          <tr>
            <th scope="row">{{TITLE}}{{#DESCRIPTION}}<br><span class="fr-text--sm">{{DESCRIPTION_TEXT}}</span>{{/DESCRIPTION}}</th>
            <td>{{WEIGHT}}</td>
            <td><ol start="0" class="essaim-scale">{{#LEVEL}}<li>{{LEVEL_TEXT}}</li>{{/LEVEL}}</ol></td>
            <td>
              <ul class="fr-btns-group fr-btns-group--inline fr-btns-group--sm">
                <li><a class="fr-btn fr-btn--tertiary" href="{{EDIT_HREF}}">Modifier<span class="fr-sr-only"> {{TITLE}}</span></a></li>
                <li><form method="post" action="{{ACTION}}/monter"><input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}"><button class="fr-btn fr-btn--tertiary" type="submit">Monter<span class="fr-sr-only"> {{TITLE}}</span></button></form></li>
                <li><form method="post" action="{{ACTION}}/descendre"><input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}"><button class="fr-btn fr-btn--tertiary" type="submit">Descendre<span class="fr-sr-only"> {{TITLE}}</span></button></form></li>
                <li><form method="post" action="{{ACTION}}/supprimer"><input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}"><button class="fr-btn fr-btn--tertiary" type="submit">Supprimer<span class="fr-sr-only"> {{TITLE}}</span></button></form></li>
              </ul>
            </td>
          </tr>
{{/CRITERION}}
        </tbody>
      </table>
    </div>
    <p>Poids total : {{TOTAL_WEIGHT}}.</p>
{{/HAS_CRITERIA}}
    <h2 id="critere-formulaire">{{FORM_HEADING}}</h2>
    <form method="post" action="{{FORM_ACTION}}" novalidate>
      <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
      <div class="fr-input-group {{TITRE_GROUP_CLASS}}">
        <label class="fr-label" for="titre">Titre du critère (obligatoire)
          <span class="fr-hint-text" id="titre-aide">Par exemple « Utilité sociale ».</span>
        </label>
        <input class="fr-input {{TITRE_INPUT_CLASS}}" type="text" id="titre" name="titre" value="{{TITRE}}" aria-describedby="titre-aide{{#TITRE_ERROR}} titre-erreur{{/TITRE_ERROR}}">
{{#TITRE_ERROR}}
        <p class="fr-error-text" id="titre-erreur">{{ERROR_TITRE}}</p>
{{/TITRE_ERROR}}
      </div>
      <div class="fr-input-group {{DESCRIPTION_GROUP_CLASS}}">
        <label class="fr-label" for="description">Ce que le critère évalue
          <span class="fr-hint-text" id="description-aide">Facultatif.</span>
        </label>
        <textarea class="fr-input {{DESCRIPTION_INPUT_CLASS}}" id="description" name="description" rows="3" aria-describedby="description-aide{{#DESCRIPTION_ERROR}} description-erreur{{/DESCRIPTION_ERROR}}">{{DESCRIPTION}}</textarea>
{{#DESCRIPTION_ERROR}}
        <p class="fr-error-text" id="description-erreur">{{ERROR_DESCRIPTION}}</p>
{{/DESCRIPTION_ERROR}}
      </div>
      <div class="fr-input-group {{POIDS_GROUP_CLASS}}">
        <label class="fr-label" for="poids">Poids (obligatoire)
          <span class="fr-hint-text" id="poids-aide">Un nombre entier de 1 à 100 : un critère de poids 2 compte deux fois plus qu’un critère de poids 1.</span>
        </label>
        <input class="fr-input {{POIDS_INPUT_CLASS}}" type="text" inputmode="numeric" id="poids" name="poids" value="{{POIDS}}" aria-describedby="poids-aide{{#POIDS_ERROR}} poids-erreur{{/POIDS_ERROR}}">
{{#POIDS_ERROR}}
        <p class="fr-error-text" id="poids-erreur">{{ERROR_POIDS}}</p>
{{/POIDS_ERROR}}
      </div>
      <fieldset class="fr-fieldset" aria-labelledby="niveaux-legende">
        <legend class="fr-fieldset__legend" id="niveaux-legende">Description des six niveaux (obligatoires)</legend>
{{#LEVEL_INPUT}}
        <div class="fr-fieldset__element">
          <div class="fr-input-group {{GROUP_CLASS}}">
            <label class="fr-label" for="niveau_{{LEVEL}}">Note {{LEVEL}}{{#HINT}} <span class="fr-hint-text">{{HINT_TEXT}}</span>{{/HINT}}</label>
            <input class="fr-input {{INPUT_CLASS}}" type="text" id="niveau_{{LEVEL}}" name="niveau_{{LEVEL}}" value="{{VALUE}}"{{#ERROR}} aria-describedby="niveau_{{LEVEL}}-erreur"{{/ERROR}}>
{{#ERROR}}
            <p class="fr-error-text" id="niveau_{{LEVEL}}-erreur">{{MESSAGE}}</p>
{{/ERROR}}
          </div>
        </div>
{{/LEVEL_INPUT}}
      </fieldset>
      <ul class="fr-btns-group fr-btns-group--inline-md">
        <li><button class="fr-btn" type="submit">{{SUBMIT_LABEL}}</button></li>
{{#EDITING}}
        <li><a class="fr-btn fr-btn--secondary" href="{{GRID_HREF}}">Annuler</a></li>
{{/EDITING}}
      </ul>
    </form>
  </div>
</div>
