{{%AUTOESCAPE context="HTML"}}
<script type="application/ld+json">{{JSON_LD:none}}</script>
<div class="fr-mt-4w">
  <h1>{{NAME}}{{#HAS_ACRONYM}} <span class="fr-text--lead">({{ACRONYM}})</span>{{/HAS_ACRONYM}}</h1>
{{#PENDING_BANNER}}
  <div class="fr-alert fr-alert--info fr-mb-3w">
    <h2 class="fr-alert__title">Fiche en attente de validation</h2>
    <p>Elle n’est visible que des membres de l’organisation et des administrateurs, jusqu’à sa publication par l’équipe Essaim.</p>
  </div>
{{/PENDING_BANNER}}
{{#REFUSED_BANNER}}
  <div class="fr-alert fr-alert--error fr-mb-3w">
    <h2 class="fr-alert__title">Fiche refusée</h2>
    <p>Raison donnée par l’équipe Essaim : {{REFUSAL_REASON}}</p>
{{#RESUBMIT_HINT}}
    <p>Corrigez la fiche : elle sera de nouveau examinée.</p>
{{/RESUBMIT_HINT}}
  </div>
{{/REFUSED_BANNER}}
{{#CEASED_BANNER}}
  <div class="fr-alert fr-alert--warning fr-mb-3w">
    <h2 class="fr-alert__title">Organisation cessée</h2>
    <p>Le répertoire officiel indique que cette organisation a cessé son activité.</p>
  </div>
{{/CEASED_BANNER}}
  <ul class="fr-tags-group" aria-label="Types d’acteur">
{{#ACTOR_TYPE}}
    <li><p class="fr-tag">{{ACTOR_TYPE_LABEL}}</p></li>
{{/ACTOR_TYPE}}
  </ul>
{{#CURRENT_LABELS}}
  <ul class="fr-mb-3w essaim-organisation-labels" aria-label="Labels en cours">
{{#CURRENT_LABEL}}
    <li><p class="fr-badge fr-badge--success fr-badge--sm">Label {{LABEL_CATEGORY}}</p> <a class="fr-link fr-text--sm" href="{{LABEL_HREF}}">Label {{LABEL_CATEGORY}} valable jusqu’au {{LABEL_EXPIRES}} (code {{LABEL_CODE}})</a></li>
{{/CURRENT_LABEL}}
  </ul>
{{/CURRENT_LABELS}}
{{#CAN_EDIT}}
  <ul class="fr-btns-group fr-btns-group--inline-md fr-btns-group--sm fr-btns-group--icon-left">
    <li><a class="fr-btn fr-icon-edit-line fr-btn--icon-left" href="{{EDIT_HREF}}">Modifier la fiche</a></li>
{{#CAN_VIEW_HISTORY}}
    <li><a class="fr-btn fr-btn--secondary fr-icon-time-line fr-btn--icon-left" href="{{HISTORY_HREF}}">Historique des modifications</a></li>
{{/CAN_VIEW_HISTORY}}
  </ul>
{{/CAN_EDIT}}
{{#CAN_CLAIM}}
  <div class="fr-callout fr-mb-3w">
    <h2 class="fr-callout__title">Vous faites partie de cette organisation ?</h2>
    <p class="fr-callout__text">{{#FROM_REGISTERS}}Cette fiche vient des répertoires officiels et personne ne la gère encore sur Essaim.{{/FROM_REGISTERS}}{{#NO_MANAGER}}Cette fiche a été créée par un membre d’Essaim, et plus personne ne la gère.{{/NO_MANAGER}} Demandez à en devenir responsable pour la compléter.</p>
    <a class="fr-btn" href="{{CLAIM_HREF}}">Demander à gérer cette fiche</a>
  </div>
{{/CAN_CLAIM}}
{{#MODERATION}}
  <div class="fr-callout fr-mb-3w">
    <h2 class="fr-callout__title">Modération</h2>
    <p class="fr-callout__text">Vérifiez la fiche, puis publiez-la ou refusez-la en expliquant pourquoi.</p>
    <form method="post" action="{{PUBLISH_ACTION}}" class="fr-mb-2w">
      <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
      <ul class="fr-btns-group fr-btns-group--inline-md">
        <li><button class="fr-btn" type="submit">Publier la fiche</button></li>
        <li><a class="fr-btn fr-btn--secondary" href="{{REFUSE_HREF}}">Refuser la fiche</a></li>
      </ul>
    </form>
  </div>
{{/MODERATION}}
  <div class="fr-grid-row fr-grid-row--gutters">
    <div class="fr-col-12 fr-col-md-7">
      <h2>Présentation</h2>
{{#PARAGRAPH}}
      <div>{{PARAGRAPH_TEXT:x-paragraphs}}</div>
{{/PARAGRAPH}}
{{#NO_DESCRIPTION}}
      <p>Cette organisation n’a pas encore rédigé sa présentation.</p>
{{/NO_DESCRIPTION}}
    </div>
    <div class="fr-col-12 fr-col-md-5">
      <h2>En bref</h2>
      <dl>
{{#FACT}}
        <dt class="fr-text--bold fr-mb-0">{{FACT_LABEL}}</dt>
        <dd class="fr-mb-2w fr-ml-0">{{#FACT_TEXT}}{{FACT_VALUE}}{{/FACT_TEXT}}{{#FACT_LINK}}<a class="fr-link" href="{{FACT_HREF}}"{{#FACT_EXTERNAL}} rel="nofollow ugc"{{/FACT_EXTERNAL}}>{{FACT_VALUE}}</a>{{/FACT_LINK}}</dd>
{{/FACT}}
      </dl>
      <p class="fr-text--sm">Fiche mise à jour le {{UPDATED_AT}}.</p>
    </div>
  </div>
{{#LABEL_HISTORY}}
  <h2 class="fr-mt-4w">Historique des labels</h2>
  <div class="fr-table" id="historique-labels">
    <div class="fr-table__wrapper">
      <div class="fr-table__container">
        <div class="fr-table__content">
          <table tabindex="0">
            <caption>Labels expirés ou retirés</caption>
            <thead>
              <tr>
                <th scope="col">Label</th>
                <th scope="col">Attribué le</th>
                <th scope="col">Statut</th>
                <th scope="col">Code</th>
              </tr>
            </thead>
            <tbody>
{{#PAST_LABEL}}
              <tr>
                <th scope="row"><a href="{{LABEL_HREF}}">Label {{LABEL_CATEGORY}}</a></th>
                <td>{{LABEL_GRANTED}}</td>
                <td>{{LABEL_STATUS}}</td>
                <td>{{LABEL_CODE}}</td>
              </tr>
{{/PAST_LABEL}}
            </tbody>
          </table>
        </div>
      </div>
    </div>
  </div>
{{/LABEL_HISTORY}}
{{>PROJECTS}}
</div>
