{{%AUTOESCAPE context="HTML"}}
<div class="fr-grid-row fr-grid-row--center fr-mt-4w">
  <div class="fr-col-12 fr-col-lg-8">
    <h1>{{HEADING}}</h1>
{{#CREATING}}
    <p>Présentez votre organisation à la communauté de l’innovation sociale. Vous en deviendrez le ou la responsable sur Essaim. Sa fiche sera publiée dans l’annuaire après validation par l’équipe Essaim.</p>
    <form method="get" action="/organisations/nouvelle" class="fr-mb-4w" novalidate>
      <fieldset class="fr-fieldset" aria-labelledby="recherche-legende">
        <legend class="fr-fieldset__legend" id="recherche-legende"><h2 class="fr-h4 fr-mb-0">Votre organisation est peut-être déjà dans l’annuaire</h2>
          <span class="fr-hint-text">Les entreprises et associations des répertoires officiels y sont déjà : commencez par son numéro.</span>
        </legend>
        <div class="fr-fieldset__element">
          <div class="fr-input-group {{IDENTIFIANT_GROUP_CLASS}}">
            <label class="fr-label" for="identifiant">SIRET ou SIREN
              <span class="fr-hint-text" id="identifiant-aide">14 ou 9 chiffres, par exemple 732 829 320 00074.</span>
            </label>
            <input class="fr-input {{IDENTIFIANT_INPUT_CLASS}}" type="text" inputmode="numeric" id="identifiant" name="identifiant" value="{{IDENTIFIANT}}" aria-describedby="identifiant-aide{{#IDENTIFIANT_ERROR}} identifiant-erreur{{/IDENTIFIANT_ERROR}}">
{{#IDENTIFIANT_ERROR}}
            <p class="fr-error-text" id="identifiant-erreur">{{ERROR_IDENTIFIANT}}</p>
{{/IDENTIFIANT_ERROR}}
          </div>
        </div>
        <div class="fr-fieldset__element">
          <button class="fr-btn fr-btn--secondary" type="submit">Rechercher ce numéro</button>
        </div>
      </fieldset>
    </form>
{{#LOOKUP_FOUND}}
    <div class="fr-callout fr-mb-4w" id="resultat-recherche">
      <h2 class="fr-callout__title fr-h4">« {{FOUND_NAME}} » est déjà dans l’annuaire</h2>
      <p class="fr-callout__text">D’après les répertoires officiels :</p>
      <dl>
{{#FOUND_FACT}}
        <dt class="fr-text--bold fr-mb-0">{{LABEL}}</dt>
        <dd class="fr-mb-2w fr-ml-0">{{VALUE}}</dd>
{{/FOUND_FACT}}
      </dl>
      <p>Est-ce votre organisation ? Demandez à gérer sa fiche plutôt que d’en créer une seconde : vous pourrez ensuite la compléter.</p>
      <ul class="fr-btns-group fr-btns-group--inline-md">
        <li><a class="fr-btn" href="{{CLAIM_HREF}}">Oui, demander à gérer cette fiche</a></li>
        <li><a class="fr-btn fr-btn--secondary" href="{{FOUND_HREF}}">Voir sa fiche</a></li>
      </ul>
    </div>
{{/LOOKUP_FOUND}}
{{#LOOKUP_MANAGED}}
    <div class="fr-alert fr-alert--info fr-mb-4w" id="resultat-recherche">
      <h2 class="fr-alert__title">« {{FOUND_NAME}} » est déjà inscrite sur Essaim</h2>
      <p>Ses responsables tiennent sa fiche à jour ; demandez-leur de vous y ajouter. <a href="{{FOUND_HREF}}">Voir sa fiche</a></p>
    </div>
{{/LOOKUP_MANAGED}}
{{#LOOKUP_UNPUBLISHED}}
    <div class="fr-alert fr-alert--info fr-mb-4w" id="resultat-recherche">
      <h2 class="fr-alert__title">Une organisation de ce numéro attend sa validation</h2>
      <p>Elle a été inscrite sur Essaim et l’équipe Essaim l’examine : une organisation n’y figure qu’une fois.</p>
    </div>
{{/LOOKUP_UNPUBLISHED}}
{{#LOOKUP_NOT_FOUND}}
    <div class="fr-alert fr-alert--info fr-mb-4w" id="resultat-recherche">
      <h2 class="fr-alert__title">Ce numéro n’est pas encore dans l’annuaire</h2>
      <p>Il est repris dans la fiche ci-dessous : complétez-la, l’équipe Essaim la vérifiera avant de la publier.</p>
    </div>
{{/LOOKUP_NOT_FOUND}}
{{/CREATING}}
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
      <p class="fr-hint-text">Les champs marqués « (obligatoire) » doivent être remplis.</p>
{{#IDENTITY_MODERATED}}
      <div class="fr-alert fr-alert--info fr-alert--sm fr-mb-3w">
        <p>Cette fiche est publiée : un changement de son nom ou d’un identifiant officiel est examiné par l’équipe Essaim avant d’entrer en vigueur, car ses labels et les données ouvertes la désignent ainsi.</p>
{{#HAS_PENDING_IDENTITY}}
        <p>Changement en attente de décision :</p>
        <ul>
{{#PENDING_IDENTITY}}
          <li>{{DESCRIPTION}}</li>
{{/PENDING_IDENTITY}}
        </ul>
{{/HAS_PENDING_IDENTITY}}
      </div>
{{/IDENTITY_MODERATED}}

      <fieldset class="fr-fieldset" aria-labelledby="identite-legende">
        <legend class="fr-fieldset__legend" id="identite-legende"><h2 class="fr-h4 fr-mb-0">Identité</h2></legend>
        <div class="fr-fieldset__element">
          <div class="fr-input-group {{NAME_GROUP_CLASS}}">
            <label class="fr-label" for="name">Nom de l’organisation <span class="essaim-required">(obligatoire)</span></label>
            <input class="fr-input {{NAME_INPUT_CLASS}}" type="text" id="name" name="name" value="{{NAME}}" required autocomplete="organization"{{#NAME_ERROR}} aria-describedby="name-erreur"{{/NAME_ERROR}}>
{{#NAME_ERROR}}
            <p class="fr-error-text" id="name-erreur">{{ERROR_NAME}}</p>
{{/NAME_ERROR}}
          </div>
        </div>
        <div class="fr-fieldset__element">
          <div class="fr-input-group {{ACRONYM_GROUP_CLASS}}">
            <label class="fr-label" for="acronym">Sigle
              <span class="fr-hint-text" id="acronym-aide">Facultatif, 30 caractères au plus.</span>
            </label>
            <input class="fr-input {{ACRONYM_INPUT_CLASS}}" type="text" id="acronym" name="acronym" value="{{ACRONYM}}" aria-describedby="acronym-aide{{#ACRONYM_ERROR}} acronym-erreur{{/ACRONYM_ERROR}}">
{{#ACRONYM_ERROR}}
            <p class="fr-error-text" id="acronym-erreur">{{ERROR_ACRONYM}}</p>
{{/ACRONYM_ERROR}}
          </div>
        </div>
      </fieldset>

      <fieldset class="fr-fieldset {{ACTOR_TYPES_FIELDSET_CLASS}}" id="actor_types" aria-labelledby="actor_types-legende{{#ACTOR_TYPES_ERROR}} actor_types-erreur{{/ACTOR_TYPES_ERROR}}">
        <legend class="fr-fieldset__legend" id="actor_types-legende"><h2 class="fr-h4 fr-mb-0">Types d’acteur <span class="essaim-required">(obligatoire)</span></h2>
          <span class="fr-hint-text">Cochez tout ce qui décrit votre organisation.</span>
        </legend>
{{#ACTOR_TYPE}}
        <div class="fr-fieldset__element">
          <div class="fr-checkbox-group">
            <input type="checkbox" id="actor_type-{{CODE}}" name="actor_types" value="{{CODE}}"{{#CHECKED}} checked{{/CHECKED}}>
            <label class="fr-label" for="actor_type-{{CODE}}">{{LABEL}}</label>
          </div>
        </div>
{{/ACTOR_TYPE}}
{{#ACTOR_TYPES_ERROR}}
        <div class="fr-messages-group" id="actor_types-erreur">
          <p class="fr-message fr-message--error">{{ERROR_ACTOR_TYPES}}</p>
        </div>
{{/ACTOR_TYPES_ERROR}}
      </fieldset>

      <fieldset class="fr-fieldset" aria-labelledby="identifiants-legende">
        <legend class="fr-fieldset__legend" id="identifiants-legende"><h2 class="fr-h4 fr-mb-0">Identifiants officiels</h2>
          <span class="fr-hint-text">Facultatifs, mais ils permettent de relier votre fiche aux répertoires de l’INSEE et des associations. Une organisation ne peut être inscrite qu’une fois.</span>
        </legend>
        <div class="fr-fieldset__element">
          <div class="fr-input-group {{SIREN_GROUP_CLASS}}">
            <label class="fr-label" for="siren">SIREN
              <span class="fr-hint-text" id="siren-aide">9 chiffres, par exemple 732 829 320.{{#SIREN_LOCKED}} Repris du répertoire SIRENE : il ne se modifie pas ici.{{/SIREN_LOCKED}}</span>
            </label>
            <input class="fr-input {{SIREN_INPUT_CLASS}}" type="text" inputmode="numeric" id="siren" name="siren" value="{{SIREN}}"{{#SIREN_LOCKED}} readonly{{/SIREN_LOCKED}} aria-describedby="siren-aide{{#SIREN_ERROR}} siren-erreur{{/SIREN_ERROR}}">
{{#SIREN_ERROR}}
            <p class="fr-error-text" id="siren-erreur">{{ERROR_SIREN}}</p>
{{/SIREN_ERROR}}
          </div>
        </div>
        <div class="fr-fieldset__element">
          <div class="fr-input-group {{SIRET_GROUP_CLASS}}">
            <label class="fr-label" for="siret">SIRET du siège
              <span class="fr-hint-text" id="siret-aide">14 chiffres : le SIREN suivi des 5 chiffres de l’établissement.{{#SIRET_LOCKED}} Repris du répertoire SIRENE : il ne se modifie pas ici.{{/SIRET_LOCKED}}</span>
            </label>
            <input class="fr-input {{SIRET_INPUT_CLASS}}" type="text" inputmode="numeric" id="siret" name="siret" value="{{SIRET}}"{{#SIRET_LOCKED}} readonly{{/SIRET_LOCKED}} aria-describedby="siret-aide{{#SIRET_ERROR}} siret-erreur{{/SIRET_ERROR}}">
{{#SIRET_ERROR}}
            <p class="fr-error-text" id="siret-erreur">{{ERROR_SIRET}}</p>
{{/SIRET_ERROR}}
          </div>
        </div>
        <div class="fr-fieldset__element">
          <div class="fr-input-group {{RNA_GROUP_CLASS}}">
            <label class="fr-label" for="rna">Numéro RNA (associations)
              <span class="fr-hint-text" id="rna-aide">La lettre W suivie de 9 chiffres ou lettres, par exemple W751234567.{{#RNA_LOCKED}} Repris du répertoire national des associations : il ne se modifie pas ici.{{/RNA_LOCKED}}</span>
            </label>
            <input class="fr-input {{RNA_INPUT_CLASS}}" type="text" id="rna" name="rna" value="{{RNA}}"{{#RNA_LOCKED}} readonly{{/RNA_LOCKED}} aria-describedby="rna-aide{{#RNA_ERROR}} rna-erreur{{/RNA_ERROR}}">
{{#RNA_ERROR}}
            <p class="fr-error-text" id="rna-erreur">{{ERROR_RNA}}</p>
{{/RNA_ERROR}}
          </div>
        </div>
      </fieldset>

      <fieldset class="fr-fieldset" aria-labelledby="activite-legende">
        <legend class="fr-fieldset__legend" id="activite-legende"><h2 class="fr-h4 fr-mb-0">Statut et activité</h2></legend>
        <div class="fr-fieldset__element">
          <div class="fr-select-group {{ESS_FAMILY_SELECT_CLASS}}">
            <label class="fr-label" for="ess_family">Famille de l’économie sociale et solidaire</label>
            <select class="fr-select" id="ess_family" name="ess_family"{{#ESS_FAMILY_ERROR}} aria-describedby="ess_family-erreur"{{/ESS_FAMILY_ERROR}}>
              <option value="">Hors ESS ou non précisée</option>
{{#ESS_FAMILY_OPTION}}
              <option value="{{CODE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>
{{/ESS_FAMILY_OPTION}}
            </select>
{{#ESS_FAMILY_ERROR}}
            <p class="fr-error-text" id="ess_family-erreur">{{ERROR_ESS_FAMILY}}</p>
{{/ESS_FAMILY_ERROR}}
          </div>
        </div>
        <div class="fr-fieldset__element">
          <div class="fr-input-group {{LEGAL_FORM_CODE_GROUP_CLASS}}">
            <label class="fr-label" for="legal_form_code">Catégorie juridique (code INSEE)
              <span class="fr-hint-text" id="legal_form_code-aide">4 chiffres, par exemple 9220 pour une association déclarée, 5710 pour une SAS.{{#LEGAL_FORM_FOUND}} Catégorie reconnue : {{LEGAL_FORM_LABEL}}.{{/LEGAL_FORM_FOUND}}</span>
            </label>
            <input class="fr-input {{LEGAL_FORM_CODE_INPUT_CLASS}}" type="text" inputmode="numeric" id="legal_form_code" name="legal_form_code" value="{{LEGAL_FORM_CODE}}" list="categories-juridiques" aria-describedby="legal_form_code-aide{{#LEGAL_FORM_CODE_ERROR}} legal_form_code-erreur{{/LEGAL_FORM_CODE_ERROR}}">
            <datalist id="categories-juridiques">
{{#LEGAL_FORM_SUGGESTION}}
              <option value="{{CODE}}">{{LABEL}}</option>
{{/LEGAL_FORM_SUGGESTION}}
            </datalist>
{{#LEGAL_FORM_CODE_ERROR}}
            <p class="fr-error-text" id="legal_form_code-erreur">{{ERROR_LEGAL_FORM_CODE}}</p>
{{/LEGAL_FORM_CODE_ERROR}}
          </div>
        </div>
        <div class="fr-fieldset__element">
          <div class="fr-input-group {{NAF_CODE_GROUP_CLASS}}">
            <label class="fr-label" for="naf_code">Code d’activité NAF
              <span class="fr-hint-text" id="naf_code-aide">Par exemple 88.99B (action sociale sans hébergement).{{#NAF_FOUND}} Activité : {{NAF_LABEL}}.{{/NAF_FOUND}}</span>
            </label>
            <input class="fr-input {{NAF_CODE_INPUT_CLASS}}" type="text" id="naf_code" name="naf_code" value="{{NAF_CODE}}" aria-describedby="naf_code-aide{{#NAF_CODE_ERROR}} naf_code-erreur{{/NAF_CODE_ERROR}}">
{{#NAF_CODE_ERROR}}
            <p class="fr-error-text" id="naf_code-erreur">{{ERROR_NAF_CODE}}</p>
{{/NAF_CODE_ERROR}}
          </div>
        </div>
        <div class="fr-fieldset__element">
          <div class="fr-select-group {{HEADCOUNT_BAND_SELECT_CLASS}}">
            <label class="fr-label" for="headcount_band">Effectif salarié</label>
            <select class="fr-select" id="headcount_band" name="headcount_band"{{#HEADCOUNT_BAND_ERROR}} aria-describedby="headcount_band-erreur"{{/HEADCOUNT_BAND_ERROR}}>
              <option value="">Non précisé</option>
{{#HEADCOUNT_OPTION}}
              <option value="{{CODE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>
{{/HEADCOUNT_OPTION}}
            </select>
{{#HEADCOUNT_BAND_ERROR}}
            <p class="fr-error-text" id="headcount_band-erreur">{{ERROR_HEADCOUNT_BAND}}</p>
{{/HEADCOUNT_BAND_ERROR}}
          </div>
        </div>
        <div class="fr-fieldset__element">
          <div class="fr-input-group {{CREATION_DATE_GROUP_CLASS}}">
            <label class="fr-label" for="creation_date">Date de création
              <span class="fr-hint-text" id="creation_date-aide">Au format JJ/MM/AAAA.</span>
            </label>
            <input class="fr-input {{CREATION_DATE_INPUT_CLASS}}" type="date" id="creation_date" name="creation_date" value="{{CREATION_DATE}}" aria-describedby="creation_date-aide{{#CREATION_DATE_ERROR}} creation_date-erreur{{/CREATION_DATE_ERROR}}">
{{#CREATION_DATE_ERROR}}
            <p class="fr-error-text" id="creation_date-erreur">{{ERROR_CREATION_DATE}}</p>
{{/CREATION_DATE_ERROR}}
          </div>
        </div>
      </fieldset>

      <fieldset class="fr-fieldset" aria-labelledby="adresse-legende">
        <legend class="fr-fieldset__legend" id="adresse-legende"><h2 class="fr-h4 fr-mb-0">Adresse du siège</h2></legend>
        <div class="fr-fieldset__element">
          <div class="fr-input-group {{ADDRESS_LINE_GROUP_CLASS}}">
            <label class="fr-label" for="address_line">Numéro et voie
              <span class="fr-hint-text" id="address_line-aide">Par exemple 12 rue de la République.</span>
            </label>
            <input class="fr-input {{ADDRESS_LINE_INPUT_CLASS}}" type="text" id="address_line" name="address_line" value="{{ADDRESS_LINE}}" autocomplete="street-address" aria-describedby="address_line-aide{{#ADDRESS_LINE_ERROR}} address_line-erreur{{/ADDRESS_LINE_ERROR}}">
{{#ADDRESS_LINE_ERROR}}
            <p class="fr-error-text" id="address_line-erreur">{{ERROR_ADDRESS_LINE}}</p>
{{/ADDRESS_LINE_ERROR}}
          </div>
        </div>
        <div class="fr-fieldset__element">
          <div class="fr-input-group {{POSTAL_CODE_GROUP_CLASS}}">
            <label class="fr-label" for="postal_code">Code postal
              <span class="fr-hint-text" id="postal_code-aide">5 chiffres.</span>
            </label>
            <input class="fr-input {{POSTAL_CODE_INPUT_CLASS}}" type="text" inputmode="numeric" id="postal_code" name="postal_code" value="{{POSTAL_CODE}}" autocomplete="postal-code" aria-describedby="postal_code-aide{{#POSTAL_CODE_ERROR}} postal_code-erreur{{/POSTAL_CODE_ERROR}}">
{{#POSTAL_CODE_ERROR}}
            <p class="fr-error-text" id="postal_code-erreur">{{ERROR_POSTAL_CODE}}</p>
{{/POSTAL_CODE_ERROR}}
          </div>
        </div>
        <div class="fr-fieldset__element">
          <div class="fr-input-group {{COMMUNE_CODE_GROUP_CLASS}}">
            <label class="fr-label" for="commune_code">Commune : code INSEE <span class="essaim-required">(obligatoire)</span>
              <span class="fr-hint-text" id="commune_code-aide">5 caractères, par exemple 42218 pour Saint-Étienne ou 2A004 pour Ajaccio. Ce n’est pas le code postal.</span>
            </label>
            <input class="fr-input {{COMMUNE_CODE_INPUT_CLASS}}" type="text" id="commune_code" name="commune_code" value="{{COMMUNE_CODE}}" required aria-describedby="commune_code-aide{{#COMMUNE_FOUND}} commune_code-trouvee{{/COMMUNE_FOUND}}{{#COMMUNE_CODE_ERROR}} commune_code-erreur{{/COMMUNE_CODE_ERROR}}">
{{#COMMUNE_FOUND}}
            <p class="fr-valid-text" id="commune_code-trouvee">Commune : {{COMMUNE_NAME}} ({{DEPARTMENT_NAME}})</p>
{{/COMMUNE_FOUND}}
{{#COMMUNE_CODE_ERROR}}
            <p class="fr-error-text" id="commune_code-erreur">{{ERROR_COMMUNE_CODE}}</p>
{{/COMMUNE_CODE_ERROR}}
          </div>
        </div>
      </fieldset>

      <fieldset class="fr-fieldset" aria-labelledby="presentation-legende">
        <legend class="fr-fieldset__legend" id="presentation-legende"><h2 class="fr-h4 fr-mb-0">Présentation</h2></legend>
        <div class="fr-fieldset__element">
          <div class="fr-input-group {{WEBSITE_GROUP_CLASS}}">
            <label class="fr-label" for="website">Site web
              <span class="fr-hint-text" id="website-aide">Par exemple https://www.exemple.fr.</span>
            </label>
            <input class="fr-input {{WEBSITE_INPUT_CLASS}}" type="url" id="website" name="website" value="{{WEBSITE}}" autocomplete="url" aria-describedby="website-aide{{#WEBSITE_ERROR}} website-erreur{{/WEBSITE_ERROR}}">
{{#WEBSITE_ERROR}}
            <p class="fr-error-text" id="website-erreur">{{ERROR_WEBSITE}}</p>
{{/WEBSITE_ERROR}}
          </div>
        </div>
        <div class="fr-fieldset__element">
          <div class="fr-input-group {{DESCRIPTION_GROUP_CLASS}}">
            <label class="fr-label" for="description">Présentation de l’organisation
              <span class="fr-hint-text" id="description-aide">Sa mission, ses publics, ses actions ; 5 000 caractères au plus. Laissez une ligne vide entre deux paragraphes.</span>
            </label>
            <textarea class="fr-input {{DESCRIPTION_INPUT_CLASS}}" id="description" name="description" rows="8" aria-describedby="description-aide{{#DESCRIPTION_ERROR}} description-erreur{{/DESCRIPTION_ERROR}}">{{DESCRIPTION}}</textarea>
{{#DESCRIPTION_ERROR}}
            <p class="fr-error-text" id="description-erreur">{{ERROR_DESCRIPTION}}</p>
{{/DESCRIPTION_ERROR}}
          </div>
        </div>
      </fieldset>

      <ul class="fr-btns-group fr-btns-group--inline-md">
        <li><button class="fr-btn" type="submit">{{SUBMIT_LABEL}}</button></li>
{{#CANCEL}}
        <li><a class="fr-btn fr-btn--secondary" href="{{CANCEL_HREF}}">Annuler</a></li>
{{/CANCEL}}
      </ul>
    </form>
  </div>
</div>
