{{%AUTOESCAPE context="HTML"}}
<script type="application/ld+json">{{JSON_LD:none}}</script>
<div class="fr-mt-4w">
  <h1>{{TITLE}}</h1>
  <p class="fr-text--lead">Porté par <a class="fr-link" href="{{ORGANISATION_HREF}}">{{ORGANISATION_NAME}}</a></p>
{{#HIDDEN_BANNER}}
  <div class="fr-alert fr-alert--info fr-mb-3w">
    <h2 class="fr-alert__title">Projet pas encore public</h2>
    <p>Il sera visible de tous quand la fiche de son organisation sera publiée ; en attendant, seuls ses membres et les administrateurs le voient.</p>
  </div>
{{/HIDDEN_BANNER}}
{{#MODERATED_BANNER}}
  <div class="fr-alert fr-alert--warning fr-mb-3w">
    <h2 class="fr-alert__title">Projet masqué par l’équipe Essaim</h2>
    <p>Il n’apparaît plus dans l’annuaire ; seuls les membres de l’organisation et les administrateurs le voient. Raison : {{HIDDEN_REASON}}</p>
  </div>
{{/MODERATED_BANNER}}
  <ul class="fr-badges-group fr-mb-2w">
    <li><p class="fr-badge fr-badge--info fr-badge--no-icon">{{STAGE_LABEL}}</p></li>
    <li><p class="fr-badge fr-badge--no-icon">{{GROWTH_MODE_LABEL}}</p></li>
{{#QUALIFIED}}
    <li><p class="fr-badge fr-badge--success">Qualifié</p></li>
{{/QUALIFIED}}
  </ul>
{{#ORIGINAL}}
  <p>Essaimage du projet <a class="fr-link" href="{{ORIGINAL_HREF}}">{{ORIGINAL_TITLE}}</a> ({{ORIGINAL_ORGANISATION}}){{#ORIGINAL_SINCE}}, depuis le {{SINCE}}{{/ORIGINAL_SINCE}}.</p>
{{/ORIGINAL}}
{{#ACTIONS}}
  <ul class="fr-btns-group fr-btns-group--inline-md fr-btns-group--sm fr-btns-group--icon-left">
{{#CAN_EDIT}}
    <li><a class="fr-btn fr-icon-edit-line fr-btn--icon-left" href="{{EDIT_HREF}}">Modifier le projet</a></li>
{{/CAN_EDIT}}
{{#CAN_QUALIFY}}
    <li><a class="fr-btn fr-btn--secondary" href="{{QUALIFY_HREF}}">Qualifier le projet</a></li>
{{/CAN_QUALIFY}}
{{#CAN_VIEW_HISTORY}}
    <li><a class="fr-btn fr-btn--tertiary fr-icon-time-line fr-btn--icon-left" href="{{HISTORY_HREF}}">Historique du projet</a></li>
{{/CAN_VIEW_HISTORY}}
{{#CAN_HIDE}}
    <li><a class="fr-btn fr-btn--tertiary" href="{{HIDE_HREF}}">Masquer le projet</a></li>
{{/CAN_HIDE}}
{{#CAN_REPUBLISH}}
    <li>
      <form method="post" action="{{REPUBLISH_ACTION}}">
        <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
        <button class="fr-btn fr-btn--secondary" type="submit">Republier le projet</button>
      </form>
    </li>
{{/CAN_REPUBLISH}}
  </ul>
{{/ACTIONS}}
  <div class="fr-grid-row fr-grid-row--gutters">
    <div class="fr-col-12 fr-col-md-7">
      <h2>Présentation</h2>
{{#SUMMARY_PARAGRAPH}}
      <div>{{TEXT:x-paragraphs}}</div>
{{/SUMMARY_PARAGRAPH}}
{{#NO_SUMMARY}}
      <p>Ce projet n’a pas encore de résumé.</p>
{{/NO_SUMMARY}}
{{#SOCIAL_NEED_SECTION}}
      <h3>Besoin social</h3>
{{#SOCIAL_NEED_PARAGRAPH}}
      <div>{{TEXT:x-paragraphs}}</div>
{{/SOCIAL_NEED_PARAGRAPH}}
{{/SOCIAL_NEED_SECTION}}
{{#BENEFICIARIES_SECTION}}
      <h3>Bénéficiaires</h3>
{{#BENEFICIARIES_PARAGRAPH}}
      <div>{{TEXT:x-paragraphs}}</div>
{{/BENEFICIARIES_PARAGRAPH}}
{{/BENEFICIARIES_SECTION}}
      <h3>Thématiques</h3>
{{#HAS_THEMATICS}}
      <ul class="fr-tags-group">
{{#THEMATIC}}
        <li><p class="fr-tag">{{LABEL}}</p></li>
{{/THEMATIC}}
      </ul>
{{/HAS_THEMATICS}}
{{#NO_THEMATICS}}
      <p>Non précisées.</p>
{{/NO_THEMATICS}}
      <h3>Objectifs de développement durable</h3>
{{#HAS_SDGS}}
      <ul>
{{#SDG}}
        <li>{{LABEL}}</li>
{{/SDG}}
      </ul>
{{/HAS_SDGS}}
{{#NO_SDGS}}
      <p>Non précisés.</p>
{{/NO_SDGS}}
      <h3>Territoires d’action</h3>
{{#HAS_TERRITORIES}}
      <ul>
{{#NATIONAL}}
        <li>Toute la France</li>
{{/NATIONAL}}
{{#TERRITORY}}
        <li><a class="fr-link" href="{{HREF}}">{{NAME}}</a> ({{KIND}})</li>
{{/TERRITORY}}
      </ul>
{{/HAS_TERRITORIES}}
{{#NO_TERRITORIES}}
      <p>Non précisés.</p>
{{/NO_TERRITORIES}}
    </div>
    <div class="fr-col-12 fr-col-md-5">
      <h2>Chiffres clés</h2>
      <dl>
{{#FIGURE}}
        <dt class="fr-text--bold fr-mb-0">{{LABEL}}</dt>
        <dd class="fr-mb-2w fr-ml-0">{{VALUE}}</dd>
{{/FIGURE}}
      </dl>
{{#NO_FIGURES}}
      <p>Non renseignés.</p>
{{/NO_FIGURES}}
      <h2>Besoins</h2>
{{#HAS_NEEDS}}
      <ul>
{{#NEED}}
        <li>{{LABEL}}</li>
{{/NEED}}
      </ul>
{{#NEEDS_DETAILS_PARAGRAPH}}
      <div>{{TEXT:x-paragraphs}}</div>
{{/NEEDS_DETAILS_PARAGRAPH}}
{{/HAS_NEEDS}}
{{#NO_NEEDS}}
      <p>Non précisés.</p>
{{/NO_NEEDS}}
      <h2>Complétude de la fiche</h2>
      <p id="completude-libelle">Fiche complète à {{COMPLETENESS}} %</p>
      <progress class="essaim-progress" max="100" value="{{COMPLETENESS}}" aria-labelledby="completude-libelle">{{COMPLETENESS}} %</progress>
{{#MISSING}}
      <p class="fr-text--sm fr-mb-1v">Pour la compléter, indiquez :</p>
      <ul class="fr-text--sm">
{{#MISSING_ITEM}}
        <li>{{LABEL}} (+{{WEIGHT}} %)</li>
{{/MISSING_ITEM}}
      </ul>
{{/MISSING}}
      <p class="fr-text--sm">Fiche mise à jour le {{UPDATED_AT}}.</p>
    </div>
  </div>
{{#REPLICATIONS}}
  <h2>Essaimages</h2>
  <p>Portée totale de la famille de projets : <strong>{{FAMILY_REACH}} bénéficiaires par an</strong> (le projet d’origine et {{REPLICATION_TEXT}}).</p>
  <div class="fr-table">
    <table tabindex="0">
      <caption>Essaimages de ce projet</caption>
      <thead>
        <tr><th scope="col">Projet</th><th scope="col">Où</th><th scope="col">Par qui</th><th scope="col">Depuis</th><th scope="col">Bénéficiaires par an</th></tr>
      </thead>
      <tbody>
{{#REPLICATION}}
        <tr>
          <td><a href="{{HREF}}">{{TITLE}}</a></td>
          <td>{{WHERE}}</td>
          <td><a href="{{ORGANISATION_HREF}}">{{ORGANISATION_NAME}}</a></td>
          <td>{{SINCE}}</td>
          <td>{{REACH}}</td>
        </tr>
{{/REPLICATION}}
      </tbody>
    </table>
  </div>
{{/REPLICATIONS}}
</div>
