{{%AUTOESCAPE context="HTML"}}
<div class="fr-grid-row fr-mt-4w">
  <div class="fr-col-12 fr-col-md-10">
    <h1>{{HEADING}}</h1>
{{#EXISTING}}
    <p><span class="fr-badge {{STATE_CLASS}}">{{STATE}}</span>{{#PUBLIC}} <a class="fr-link fr-ml-2w" href="{{PUBLIC_HREF}}">Voir la page publique de l’appel</a>{{/PUBLIC}}</p>
    <ul class="fr-btns-group fr-btns-group--inline-md fr-btns-group--icon-left">
      <li><a class="fr-btn fr-btn--secondary fr-icon-list-unordered" href="{{FORM_HREF}}">Formulaire de candidature ({{FIELD_COUNT}} questions)</a></li>
      <li><a class="fr-btn fr-btn--secondary fr-icon-star-line" href="{{GRID_HREF}}">Grille d’évaluation ({{CRITERION_COUNT}} critères)</a></li>
    </ul>
{{/EXISTING}}
{{#FORM_ERRORS}}
    <div class="fr-alert fr-alert--error fr-mb-3w" role="alert">
      <h2 class="fr-alert__title">{{FORM_ERROR_MESSAGE}}</h2>
{{#FIELD_ERROR}}
      <p><a href="#{{FIELD}}">{{MESSAGE}}</a></p>
{{/FIELD_ERROR}}
    </div>
{{/FORM_ERRORS}}
{{#EXISTING}}
    <h2>Description de l’appel</h2>
{{/EXISTING}}
    <form method="post" action="{{FORM_ACTION}}" novalidate>
      <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
      <div class="fr-input-group {{TITRE_GROUP_CLASS}}">
        <label class="fr-label" for="titre">Titre (obligatoire)
          <span class="fr-hint-text" id="titre-aide">200 caractères au plus, par exemple « Label Incubateur d’innovation sociale ».</span>
        </label>
        <input class="fr-input {{TITRE_INPUT_CLASS}}" type="text" id="titre" name="titre" value="{{TITRE}}" aria-describedby="titre-aide{{#TITRE_ERROR}} titre-erreur{{/TITRE_ERROR}}">
{{#TITRE_ERROR}}
        <p class="fr-error-text" id="titre-erreur">{{ERROR_TITRE}}</p>
{{/TITRE_ERROR}}
      </div>
      <div class="fr-select-group {{#CATEGORIE_ERROR}}fr-select-group--error{{/CATEGORIE_ERROR}}">
        <label class="fr-label" for="categorie">Catégorie labellisée (obligatoire)
          <span class="fr-hint-text" id="categorie-aide">Ce que devient la structure ou le territoire labellisé.</span>
        </label>
        <select class="fr-select" id="categorie" name="categorie" aria-describedby="categorie-aide{{#CATEGORIE_ERROR}} categorie-erreur{{/CATEGORIE_ERROR}}">
          <option value="">Choisir une catégorie</option>
{{#CATEGORY_OPTION}}
          <option value="{{CODE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>
{{/CATEGORY_OPTION}}
        </select>
{{#CATEGORIE_ERROR}}
        <p class="fr-error-text" id="categorie-erreur">{{ERROR_CATEGORIE}}</p>
{{/CATEGORIE_ERROR}}
      </div>
      <div class="fr-input-group {{DESCRIPTION_GROUP_CLASS}}">
        <label class="fr-label" for="description">Description
          <span class="fr-hint-text" id="description-aide">Qui peut candidater, ce que le label apporte, comment les dossiers sont évalués.</span>
        </label>
        <textarea class="fr-input {{DESCRIPTION_INPUT_CLASS}}" id="description" name="description" rows="8" aria-describedby="description-aide{{#DESCRIPTION_ERROR}} description-erreur{{/DESCRIPTION_ERROR}}">{{DESCRIPTION}}</textarea>
{{#DESCRIPTION_ERROR}}
        <p class="fr-error-text" id="description-erreur">{{ERROR_DESCRIPTION}}</p>
{{/DESCRIPTION_ERROR}}
      </div>
      <fieldset class="fr-fieldset {{#DUREE_ERROR}}fr-fieldset--error{{/DUREE_ERROR}}" id="duree" aria-labelledby="duree-legende"{{#DUREE_ERROR}} aria-describedby="duree-erreur"{{/DUREE_ERROR}}>
        <legend class="fr-fieldset__legend fr-fieldset__legend--regular" id="duree-legende">Période de candidature</legend>
        <div class="fr-fieldset__element">
          <div class="fr-radio-group">
            <input type="radio" id="duree-permanent" name="duree" value="permanent"{{#PERMANENT}} checked{{/PERMANENT}}>
            <label class="fr-label" for="duree-permanent">Appel permanent : les candidatures sont reçues tant qu’il est publié</label>
          </div>
        </div>
        <div class="fr-fieldset__element">
          <div class="fr-radio-group">
            <input type="radio" id="duree-dates" name="duree" value="dates"{{#DATED}} checked{{/DATED}}>
            <label class="fr-label" for="duree-dates">Appel daté : les candidatures sont reçues entre deux dates</label>
          </div>
        </div>
{{#DUREE_ERROR}}
        <div class="fr-messages-group"><p class="fr-message fr-message--error" id="duree-erreur">{{ERROR_DUREE}}</p></div>
{{/DUREE_ERROR}}
      </fieldset>
      <div class="fr-grid-row fr-grid-row--gutters">
        <div class="fr-col-12 fr-col-md-6">
          <div class="fr-input-group {{OUVRE_LE_GROUP_CLASS}}">
            <label class="fr-label" for="ouvre_le">Date d’ouverture (appel daté)
              <span class="fr-hint-text" id="ouvre_le-aide">Au format JJ/MM/AAAA.</span>
            </label>
            <input class="fr-input {{OUVRE_LE_INPUT_CLASS}}" type="text" id="ouvre_le" name="ouvre_le" value="{{OUVRE_LE}}" aria-describedby="ouvre_le-aide{{#OUVRE_LE_ERROR}} ouvre_le-erreur{{/OUVRE_LE_ERROR}}">
{{#OUVRE_LE_ERROR}}
            <p class="fr-error-text" id="ouvre_le-erreur">{{ERROR_OUVRE_LE}}</p>
{{/OUVRE_LE_ERROR}}
          </div>
        </div>
        <div class="fr-col-12 fr-col-md-6">
          <div class="fr-input-group {{FERME_LE_GROUP_CLASS}}">
            <label class="fr-label" for="ferme_le">Date de clôture (appel daté)
              <span class="fr-hint-text" id="ferme_le-aide">Au format JJ/MM/AAAA ; les candidatures sont reçues jusqu’à ce jour inclus.</span>
            </label>
            <input class="fr-input {{FERME_LE_INPUT_CLASS}}" type="text" id="ferme_le" name="ferme_le" value="{{FERME_LE}}" aria-describedby="ferme_le-aide{{#FERME_LE_ERROR}} ferme_le-erreur{{/FERME_LE_ERROR}}">
{{#FERME_LE_ERROR}}
            <p class="fr-error-text" id="ferme_le-erreur">{{ERROR_FERME_LE}}</p>
{{/FERME_LE_ERROR}}
          </div>
        </div>
      </div>
      <div class="fr-input-group {{ANNEES_LABEL_GROUP_CLASS}}">
        <label class="fr-label" for="annees_label">Durée du label, en années (obligatoire)
          <span class="fr-hint-text" id="annees_label-aide">De 1 à 10 ans ; 3 ans en général.</span>
        </label>
        <input class="fr-input {{ANNEES_LABEL_INPUT_CLASS}}" type="text" inputmode="numeric" id="annees_label" name="annees_label" value="{{ANNEES_LABEL}}" aria-describedby="annees_label-aide{{#ANNEES_LABEL_ERROR}} annees_label-erreur{{/ANNEES_LABEL_ERROR}}">
{{#ANNEES_LABEL_ERROR}}
        <p class="fr-error-text" id="annees_label-erreur">{{ERROR_ANNEES_LABEL}}</p>
{{/ANNEES_LABEL_ERROR}}
      </div>
      <ul class="fr-btns-group fr-btns-group--inline-md">
        <li><button class="fr-btn" type="submit">{{SUBMIT_LABEL}}</button></li>
        <li><a class="fr-btn fr-btn--secondary" href="/admin/appels">Retour aux appels</a></li>
      </ul>
    </form>
{{#EXISTING}}
    <h2 class="fr-mt-6w">Publication</h2>
{{#DRAFT}}
    <p>L’appel est en brouillon : seuls les administrateurs le voient. Pour le publier, il lui faut au moins une question dans son formulaire et au moins un critère dans sa grille. La publication fige la version actuelle du formulaire : une modification ultérieure en crée une nouvelle version, et chaque dossier garde celle avec laquelle il a été rempli.</p>
{{/DRAFT}}
{{#PUBLISHED}}
    <p>L’appel est publié : {{OPEN_TEXT}}</p>
{{/PUBLISHED}}
{{#CLOSED}}
    <p>L’appel est clos : il reste visible mais ne reçoit plus de candidatures. Vous pouvez le publier de nouveau.</p>
{{/CLOSED}}
{{#CAN_PUBLISH}}
    <div class="fr-mb-3w">
{{>PUBLISH}}
    </div>
{{/CAN_PUBLISH}}
{{#CAN_CLOSE}}
    <form method="post" action="{{CLOSE_ACTION}}">
      <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
      <button class="fr-btn fr-btn--secondary" type="submit">Clore l’appel</button>
    </form>
{{/CAN_CLOSE}}
    <h2 class="fr-mt-6w" id="equipe-titre">Équipe d’instruction</h2>
    <p>Les instructeurs de l’équipe instruisent les dossiers de cet appel et peuvent les exporter.</p>
{{#NO_MEMBER}}
    <p>Aucun instructeur n’est encore dans l’équipe.</p>
{{/NO_MEMBER}}
{{#HAS_MEMBERS}}
    <div class="fr-table">
      <table tabindex="0">
        <caption>Instructeurs de l’appel</caption>
        <thead><tr><th scope="col">Nom</th><th scope="col">Adresse électronique</th><th scope="col">Action</th></tr></thead>
        <tbody>
{{#MEMBER}}
          <tr>
            <th scope="row">{{NAME}}</th>
            <td>{{EMAIL}}</td>
            <td>
              <form method="post" action="{{REMOVE_ACTION}}">
                <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
                <button class="fr-btn fr-btn--sm fr-btn--tertiary" type="submit">Retirer {{NAME}} de l’équipe</button>
              </form>
            </td>
          </tr>
{{/MEMBER}}
        </tbody>
      </table>
    </div>
{{/HAS_MEMBERS}}
    <form method="post" action="{{TEAM_ACTION}}" novalidate>
      <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
      <div class="fr-input-group {{EMAIL_GROUP_CLASS}}">
        <label class="fr-label" for="email">Ajouter un instructeur
          <span class="fr-hint-text" id="email-aide">L’adresse électronique d’un compte qui a le rôle instructeur.</span>
        </label>
        <input class="fr-input {{EMAIL_INPUT_CLASS}}" type="email" id="email" name="email" value="{{EMAIL}}" autocomplete="off" aria-describedby="email-aide{{#EMAIL_ERROR}} email-erreur{{/EMAIL_ERROR}}">
{{#EMAIL_ERROR}}
        <p class="fr-error-text" id="email-erreur">{{ERROR_EMAIL}}</p>
{{/EMAIL_ERROR}}
      </div>
      <button class="fr-btn fr-btn--secondary" type="submit">Ajouter à l’équipe</button>
    </form>
{{/EXISTING}}
  </div>
</div>
