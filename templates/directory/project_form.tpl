{{%AUTOESCAPE context="HTML"}}
<div class="fr-grid-row fr-grid-row--center fr-mt-4w">
  <div class="fr-col-12 fr-col-lg-8">
    <h1>{{HEADING}}</h1>
    <p>Pour <a class="fr-link" href="{{ORGANISATION_HREF}}">{{ORGANISATION_NAME}}</a>.</p>
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

      <fieldset class="fr-fieldset" aria-labelledby="projet-legende">
        <legend class="fr-fieldset__legend" id="projet-legende"><h2 class="fr-h4 fr-mb-0">Le projet</h2></legend>
        <div class="fr-fieldset__element">
          <div class="fr-input-group {{TITLE_GROUP_CLASS}}">
            <label class="fr-label" for="title">Titre du projet <span class="essaim-required">(obligatoire)</span></label>
            <input class="fr-input {{TITLE_INPUT_CLASS}}" type="text" id="title" name="title" value="{{TITLE}}" required {{#TITLE_ERROR}}aria-describedby="title-erreur"{{/TITLE_ERROR}}>
{{#TITLE_ERROR}}
            <p class="fr-error-text" id="title-erreur">{{ERROR_TITLE}}</p>
{{/TITLE_ERROR}}
          </div>
        </div>
        <div class="fr-fieldset__element">
          <div class="fr-input-group {{SUMMARY_GROUP_CLASS}}">
            <label class="fr-label" for="summary">Résumé
              <span class="fr-hint-text" id="summary-aide">En quelques phrases : ce que fait le projet ; 1 000 caractères au plus.</span>
            </label>
            <textarea class="fr-input {{SUMMARY_INPUT_CLASS}}" id="summary" name="summary" rows="5" aria-describedby="summary-aide{{#SUMMARY_ERROR}} summary-erreur{{/SUMMARY_ERROR}}">{{SUMMARY}}</textarea>
{{#SUMMARY_ERROR}}
            <p class="fr-error-text" id="summary-erreur">{{ERROR_SUMMARY}}</p>
{{/SUMMARY_ERROR}}
          </div>
        </div>
        <div class="fr-fieldset__element">
          <div class="fr-input-group {{SOCIAL_NEED_GROUP_CLASS}}">
            <label class="fr-label" for="social_need">Besoin social auquel il répond
              <span class="fr-hint-text" id="social_need-aide">Le problème, qui il touche, ce qui manquait jusque-là.</span>
            </label>
            <textarea class="fr-input {{SOCIAL_NEED_INPUT_CLASS}}" id="social_need" name="social_need" rows="5" aria-describedby="social_need-aide{{#SOCIAL_NEED_ERROR}} social_need-erreur{{/SOCIAL_NEED_ERROR}}">{{SOCIAL_NEED}}</textarea>
{{#SOCIAL_NEED_ERROR}}
            <p class="fr-error-text" id="social_need-erreur">{{ERROR_SOCIAL_NEED}}</p>
{{/SOCIAL_NEED_ERROR}}
          </div>
        </div>
        <div class="fr-fieldset__element">
          <div class="fr-input-group {{BENEFICIARIES_GROUP_CLASS}}">
            <label class="fr-label" for="beneficiaries">Bénéficiaires
              <span class="fr-hint-text" id="beneficiaries-aide">Les personnes ou publics que le projet aide.</span>
            </label>
            <textarea class="fr-input {{BENEFICIARIES_INPUT_CLASS}}" id="beneficiaries" name="beneficiaries" rows="5" aria-describedby="beneficiaries-aide{{#BENEFICIARIES_ERROR}} beneficiaries-erreur{{/BENEFICIARIES_ERROR}}">{{BENEFICIARIES}}</textarea>
{{#BENEFICIARIES_ERROR}}
            <p class="fr-error-text" id="beneficiaries-erreur">{{ERROR_BENEFICIARIES}}</p>
{{/BENEFICIARIES_ERROR}}
          </div>
        </div>
        <div class="fr-fieldset__element">
          <div class="fr-select-group {{STAGE_SELECT_CLASS}}">
            <label class="fr-label" for="stage">Stade de développement <span class="essaim-required">(obligatoire)</span></label>
            <select class="fr-select" id="stage" name="stage" required{{#STAGE_ERROR}} aria-describedby="stage-erreur"{{/STAGE_ERROR}}>
              <option value="">Choisissez un stade</option>
{{#STAGE_OPTION}}
              <option value="{{CODE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>
{{/STAGE_OPTION}}
            </select>
{{#STAGE_ERROR}}
            <p class="fr-error-text" id="stage-erreur">{{ERROR_STAGE}}</p>
{{/STAGE_ERROR}}
          </div>
        </div>
      </fieldset>

      <fieldset class="fr-fieldset {{GROWTH_MODE_FIELDSET_CLASS}}" id="growth_mode" aria-labelledby="growth_mode-legende{{#GROWTH_MODE_ERROR}} growth_mode-erreur{{/GROWTH_MODE_ERROR}}">
        <legend class="fr-fieldset__legend" id="growth_mode-legende"><h2 class="fr-h4 fr-mb-0">Mode de développement <span class="essaim-required">(obligatoire)</span></h2>
          <span class="fr-hint-text">L’essaimage reproduit un projet existant dans un nouveau territoire.</span>
        </legend>
{{#GROWTH_MODE_OPTION}}
        <div class="fr-fieldset__element">
          <div class="fr-radio-group">
            <input type="radio" id="growth_mode-{{CODE}}" name="growth_mode" value="{{CODE}}"{{#SELECTED}} checked{{/SELECTED}}>
            <label class="fr-label" for="growth_mode-{{CODE}}">{{LABEL}}</label>
          </div>
        </div>
{{/GROWTH_MODE_OPTION}}
{{#GROWTH_MODE_ERROR}}
        <div class="fr-messages-group" id="growth_mode-erreur">
          <p class="fr-message fr-message--error">{{ERROR_GROWTH_MODE}}</p>
        </div>
{{/GROWTH_MODE_ERROR}}
        <div class="fr-fieldset__element">
          <div class="fr-input-group {{REPLICATES_GROUP_CLASS}}">
            <label class="fr-label" for="replicates">Projet d’origine (essaimage)
              <span class="fr-hint-text" id="replicates-aide">Si ce projet en reprend un autre : son numéro (le nombre à la fin de l’adresse de sa page, par exemple 12) ou son titre exact.</span>
            </label>
            <input class="fr-input {{REPLICATES_INPUT_CLASS}}" type="text" id="replicates" name="replicates" value="{{REPLICATES}}" aria-describedby="replicates-aide{{#REPLICATES_ERROR}} replicates-erreur{{/REPLICATES_ERROR}}">
{{#REPLICATES_ERROR}}
            <p class="fr-error-text" id="replicates-erreur">{{ERROR_REPLICATES}}</p>
{{/REPLICATES_ERROR}}
          </div>
        </div>
        <div class="fr-fieldset__element">
          <div class="fr-input-group {{REPLICATION_STARTED_ON_GROUP_CLASS}}">
            <label class="fr-label" for="replication_started_on">Essaimé depuis le
              <span class="fr-hint-text" id="replication_started_on-aide">Au format JJ/MM/AAAA.</span>
            </label>
            <input class="fr-input {{REPLICATION_STARTED_ON_INPUT_CLASS}}" type="date" id="replication_started_on" name="replication_started_on" value="{{REPLICATION_STARTED_ON}}" aria-describedby="replication_started_on-aide{{#REPLICATION_STARTED_ON_ERROR}} replication_started_on-erreur{{/REPLICATION_STARTED_ON_ERROR}}">
{{#REPLICATION_STARTED_ON_ERROR}}
            <p class="fr-error-text" id="replication_started_on-erreur">{{ERROR_REPLICATION_STARTED_ON}}</p>
{{/REPLICATION_STARTED_ON_ERROR}}
          </div>
        </div>
      </fieldset>

      <fieldset class="fr-fieldset {{THEMATICS_FIELDSET_CLASS}}" id="thematics" aria-labelledby="thematics-legende{{#THEMATICS_ERROR}} thematics-erreur{{/THEMATICS_ERROR}}">
        <legend class="fr-fieldset__legend" id="thematics-legende"><h2 class="fr-h4 fr-mb-0">Thématiques</h2>
          <span class="fr-hint-text">Cochez tout ce qui s’applique.</span>
        </legend>
{{#THEMATIC_OPTION}}
        <div class="fr-fieldset__element">
          <div class="fr-checkbox-group">
            <input type="checkbox" id="thematics-{{CODE}}" name="thematics" value="{{CODE}}"{{#CHECKED}} checked{{/CHECKED}}>
            <label class="fr-label" for="thematics-{{CODE}}">{{LABEL}}</label>
          </div>
        </div>
{{/THEMATIC_OPTION}}
{{#THEMATICS_ERROR}}
        <div class="fr-messages-group" id="thematics-erreur">
          <p class="fr-message fr-message--error">{{ERROR_THEMATICS}}</p>
        </div>
{{/THEMATICS_ERROR}}
      </fieldset>

      <fieldset class="fr-fieldset {{SDGS_FIELDSET_CLASS}}" id="sdgs" aria-labelledby="sdgs-legende{{#SDGS_ERROR}} sdgs-erreur{{/SDGS_ERROR}}">
        <legend class="fr-fieldset__legend" id="sdgs-legende"><h2 class="fr-h4 fr-mb-0">Objectifs de développement durable</h2>
          <span class="fr-hint-text">Les objectifs de l’ONU auxquels le projet contribue.</span>
        </legend>
{{#SDG_OPTION}}
        <div class="fr-fieldset__element">
          <div class="fr-checkbox-group">
            <input type="checkbox" id="sdgs-{{CODE}}" name="sdgs" value="{{CODE}}"{{#CHECKED}} checked{{/CHECKED}}>
            <label class="fr-label" for="sdgs-{{CODE}}">{{LABEL}}</label>
          </div>
        </div>
{{/SDG_OPTION}}
{{#SDGS_ERROR}}
        <div class="fr-messages-group" id="sdgs-erreur">
          <p class="fr-message fr-message--error">{{ERROR_SDGS}}</p>
        </div>
{{/SDGS_ERROR}}
      </fieldset>

      <fieldset class="fr-fieldset" aria-labelledby="territoires-legende">
        <legend class="fr-fieldset__legend" id="territoires-legende"><h2 class="fr-h4 fr-mb-0">Territoires d’action</h2></legend>
        <div class="fr-fieldset__element">
          <div class="fr-input-group {{TERRITORIES_GROUP_CLASS}}">
            <label class="fr-label" for="territories">Où le projet agit-il ?
              <span class="fr-hint-text" id="territories-aide">Codes séparés par des virgules : communes par leur code INSEE (42218), départements par leur numéro (42, 2A, 971), régions par R suivi de leur code (R84), ou « national ».</span>
            </label>
            <input class="fr-input {{TERRITORIES_INPUT_CLASS}}" type="text" id="territories" name="territories" value="{{TERRITORIES}}" aria-describedby="territories-aide{{#TERRITORIES_ERROR}} territories-erreur{{/TERRITORIES_ERROR}}">
{{#TERRITORIES_ERROR}}
            <p class="fr-error-text" id="territories-erreur">{{ERROR_TERRITORIES}}</p>
{{/TERRITORIES_ERROR}}
          </div>
        </div>
      </fieldset>

      <fieldset class="fr-fieldset" aria-labelledby="chiffres-legende">
        <legend class="fr-fieldset__legend" id="chiffres-legende"><h2 class="fr-h4 fr-mb-0">Chiffres clés</h2></legend>
        <div class="fr-fieldset__element">
          <div class="fr-input-group {{BENEFICIARIES_PER_YEAR_GROUP_CLASS}}">
            <label class="fr-label" for="beneficiaries_per_year">Bénéficiaires par an
              <span class="fr-hint-text" id="beneficiaries_per_year-aide">Un nombre entier, par exemple 1200.</span>
            </label>
            <input class="fr-input {{BENEFICIARIES_PER_YEAR_INPUT_CLASS}}" type="text" id="beneficiaries_per_year" name="beneficiaries_per_year" value="{{BENEFICIARIES_PER_YEAR}}" inputmode="numeric" aria-describedby="beneficiaries_per_year-aide{{#BENEFICIARIES_PER_YEAR_ERROR}} beneficiaries_per_year-erreur{{/BENEFICIARIES_PER_YEAR_ERROR}}">
{{#BENEFICIARIES_PER_YEAR_ERROR}}
            <p class="fr-error-text" id="beneficiaries_per_year-erreur">{{ERROR_BENEFICIARIES_PER_YEAR}}</p>
{{/BENEFICIARIES_PER_YEAR_ERROR}}
          </div>
        </div>
        <div class="fr-fieldset__element">
          <div class="fr-input-group {{JOBS_FTE_GROUP_CLASS}}">
            <label class="fr-label" for="jobs_fte">Emplois en équivalent temps plein
              <span class="fr-hint-text" id="jobs_fte-aide">Par exemple 2,5.</span>
            </label>
            <input class="fr-input {{JOBS_FTE_INPUT_CLASS}}" type="text" id="jobs_fte" name="jobs_fte" value="{{JOBS_FTE}}" inputmode="decimal" aria-describedby="jobs_fte-aide{{#JOBS_FTE_ERROR}} jobs_fte-erreur{{/JOBS_FTE_ERROR}}">
{{#JOBS_FTE_ERROR}}
            <p class="fr-error-text" id="jobs_fte-erreur">{{ERROR_JOBS_FTE}}</p>
{{/JOBS_FTE_ERROR}}
          </div>
        </div>
        <div class="fr-fieldset__element">
          <div class="fr-input-group {{ANNUAL_BUDGET_EUROS_GROUP_CLASS}}">
            <label class="fr-label" for="annual_budget_euros">Budget annuel (euros)
              <span class="fr-hint-text" id="annual_budget_euros-aide">Un montant en euros, sans centimes.</span>
            </label>
            <input class="fr-input {{ANNUAL_BUDGET_EUROS_INPUT_CLASS}}" type="text" id="annual_budget_euros" name="annual_budget_euros" value="{{ANNUAL_BUDGET_EUROS}}" inputmode="numeric" aria-describedby="annual_budget_euros-aide{{#ANNUAL_BUDGET_EUROS_ERROR}} annual_budget_euros-erreur{{/ANNUAL_BUDGET_EUROS_ERROR}}">
{{#ANNUAL_BUDGET_EUROS_ERROR}}
            <p class="fr-error-text" id="annual_budget_euros-erreur">{{ERROR_ANNUAL_BUDGET_EUROS}}</p>
{{/ANNUAL_BUDGET_EUROS_ERROR}}
          </div>
        </div>
      </fieldset>

      <fieldset class="fr-fieldset" aria-labelledby="besoins-legende">
        <legend class="fr-fieldset__legend" id="besoins-legende"><h2 class="fr-h4 fr-mb-0">Besoins</h2></legend>
        <div class="fr-fieldset__element">
          <div class="fr-input-group {{FUNDING_SOUGHT_EUROS_GROUP_CLASS}}">
            <label class="fr-label" for="funding_sought_euros">Financement recherché (euros)
              <span class="fr-hint-text" id="funding_sought_euros-aide">Un montant en euros, sans centimes.</span>
            </label>
            <input class="fr-input {{FUNDING_SOUGHT_EUROS_INPUT_CLASS}}" type="text" id="funding_sought_euros" name="funding_sought_euros" value="{{FUNDING_SOUGHT_EUROS}}" inputmode="numeric" aria-describedby="funding_sought_euros-aide{{#FUNDING_SOUGHT_EUROS_ERROR}} funding_sought_euros-erreur{{/FUNDING_SOUGHT_EUROS_ERROR}}">
{{#FUNDING_SOUGHT_EUROS_ERROR}}
            <p class="fr-error-text" id="funding_sought_euros-erreur">{{ERROR_FUNDING_SOUGHT_EUROS}}</p>
{{/FUNDING_SOUGHT_EUROS_ERROR}}
          </div>
        </div>
        <div class="fr-fieldset__element">
          <div class="fr-checkbox-group">
            <input type="checkbox" id="needs_support" name="needs_support" value="1"{{#NEEDS_SUPPORT_CHECKED}} checked{{/NEEDS_SUPPORT_CHECKED}}>
            <label class="fr-label" for="needs_support">Accompagnement</label>
          </div>
        </div>
        <div class="fr-fieldset__element">
          <div class="fr-checkbox-group">
            <input type="checkbox" id="needs_experimentation" name="needs_experimentation" value="1"{{#NEEDS_EXPERIMENTATION_CHECKED}} checked{{/NEEDS_EXPERIMENTATION_CHECKED}}>
            <label class="fr-label" for="needs_experimentation">Expérimentation ou dérogation</label>
          </div>
        </div>
        <div class="fr-fieldset__element">
          <div class="fr-checkbox-group">
            <input type="checkbox" id="needs_partners" name="needs_partners" value="1"{{#NEEDS_PARTNERS_CHECKED}} checked{{/NEEDS_PARTNERS_CHECKED}}>
            <label class="fr-label" for="needs_partners">Partenaires</label>
          </div>
        </div>
        <div class="fr-fieldset__element">
          <div class="fr-input-group {{NEEDS_DETAILS_GROUP_CLASS}}">
            <label class="fr-label" for="needs_details">Précisions sur les besoins
              <span class="fr-hint-text" id="needs_details-aide">Facultatif.</span>
            </label>
            <textarea class="fr-input {{NEEDS_DETAILS_INPUT_CLASS}}" id="needs_details" name="needs_details" rows="5" aria-describedby="needs_details-aide{{#NEEDS_DETAILS_ERROR}} needs_details-erreur{{/NEEDS_DETAILS_ERROR}}">{{NEEDS_DETAILS}}</textarea>
{{#NEEDS_DETAILS_ERROR}}
            <p class="fr-error-text" id="needs_details-erreur">{{ERROR_NEEDS_DETAILS}}</p>
{{/NEEDS_DETAILS_ERROR}}
          </div>
        </div>
      </fieldset>

      <ul class="fr-btns-group fr-btns-group--inline-md">
        <li><button class="fr-btn" type="submit">{{SUBMIT_LABEL}}</button></li>
        <li><a class="fr-btn fr-btn--secondary" href="{{CANCEL_HREF}}">Annuler</a></li>
      </ul>
    </form>
  </div>
</div>
