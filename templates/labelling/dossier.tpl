{{%AUTOESCAPE context="HTML"}}
<div class="fr-mt-4w fr-mb-6w">
  <h1>Dossier n° {{ID}} — {{ORGANISATION}}</h1>
  <p><span class="fr-badge {{STATE_CLASS}}">{{STATE_LABEL}}</span></p>
{{#HAS_LABEL}}
  <div class="fr-alert fr-alert--success fr-mb-3w">
    <p>Ce dossier a obtenu le label. <a href="{{LABEL_HREF}}">Voir le label</a></p>
  </div>
{{/HAS_LABEL}}
{{#COMPLETIONS}}
  <div class="fr-alert fr-alert--warning fr-mb-3w">
    <h2 class="fr-alert__title">L’équipe d’instruction vous demande des compléments</h2>
    <p>{{COMPLETIONS_MOTIVATION}}</p>
  </div>
{{/COMPLETIONS}}
  <dl class="essaim-dossier-facts">
    <dt>Appel</dt><dd><a href="{{CALL_HREF}}">{{CALL_TITLE}}</a></dd>
    <dt>Organisation candidate</dt><dd><a href="{{ORGANISATION_HREF}}">{{ORGANISATION}}</a></dd>
{{#HAS_TERRITORY}}
    <dt>Territoire</dt><dd>{{TERRITORY}}</dd>
{{/HAS_TERRITORY}}
    <dt>Créé le</dt><dd>{{CREATED_AT}}</dd>
    <dt>Déposé le</dt><dd>{{DEPOSITED_AT}}</dd>
{{#DECIDED}}
    <dt>Décision le</dt><dd>{{DECIDED_AT}}</dd>
{{/DECIDED}}
    <dt>Dernière modification</dt><dd>{{UPDATED_AT}}</dd>
    <dt>Instructeur ou instructrice</dt><dd>{{INSTRUCTOR}}</dd>
  </dl>

  <h2 id="actions">Actions</h2>
{{#EDIT_ACTION}}
  <ul class="fr-btns-group fr-btns-group--inline-md">
    <li><a class="fr-btn" href="{{EDIT_HREF}}">Compléter et déposer le dossier</a></li>
  </ul>
{{#DELETABLE}}
  <div class="fr-mb-3w">
{{>DELETE}}
  </div>
{{/DELETABLE}}
{{/EDIT_ACTION}}
{{#ON_AGENDA}}
  <div class="fr-callout fr-mb-3w">
    <p class="fr-callout__text">Ce dossier est à l’ordre du jour du comité « {{COMMITTEE_TITLE}} » du {{MEETS_ON}}. Le comité seul décide du label.</p>
{{#COMMITTEE_LINK}}
    <p><a class="fr-link" href="{{COMMITTEE_HREF}}">Voir la séance</a></p>
{{/COMMITTEE_LINK}}
  </div>
{{/ON_AGENDA}}
  <div class="essaim-decision-buttons">
{{#TRANSITION}}
{{#WITH_DECISION}}
{{>DECISION}}
{{/WITH_DECISION}}
{{#PLAIN}}
  <form method="post" action="{{HREF}}/transition">
    <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
    <input type="hidden" name="to" value="{{TO}}">
    <button class="fr-btn" type="submit"{{#COMMITTEE_HINT}} title="Séance « {{COMMITTEE_TITLE}} »"{{/COMMITTEE_HINT}}>{{BUTTON}}</button>
  </form>
{{/PLAIN}}
{{/TRANSITION}}
  </div>
{{#NO_COMMITTEE}}
  <p class="fr-text--sm">Aucune séance du comité n’est prévue pour cet appel : le dossier pourra y être inscrit dès qu’un administrateur en aura planifié une.</p>
{{/NO_COMMITTEE}}
{{#HAS_AVIS}}
  <p><a class="fr-link" href="{{AVIS_HREF}}">Avis des experts sur ce dossier</a></p>
{{/HAS_AVIS}}

  <h2 id="reponses">Réponses au formulaire</h2>
{{ANSWERS_MARKUP:none}}

  <h2 id="pieces">Pièces jointes</h2>
{{#NO_ATTACHMENT}}
  <p>Aucune pièce jointe.</p>
{{/NO_ATTACHMENT}}
  <ul>
{{#ATTACHMENT}}
    <li><a href="{{HREF}}">{{FILE_NAME}}</a> ({{SIZE}}, ajoutée le {{ADDED_AT}})</li>
{{/ATTACHMENT}}
  </ul>

  <h2 id="historique">Historique</h2>
  <div class="fr-table">
    <table tabindex="0">
      <caption>Changements d’état du dossier</caption>
      <thead><tr><th scope="col">Date</th><th scope="col">Changement</th><th scope="col">Par</th><th scope="col">Motif</th></tr></thead>
      <tbody>
{{#HISTORY}}
        <tr><td>{{AT}}</td><td>{{FROM}} → {{TO}}</td><td>{{ACTOR}}</td><td>{{MOTIVATION}}</td></tr>
{{/HISTORY}}
      </tbody>
    </table>
  </div>

{{#MESSAGES}}
  <h2 id="echanges">Échanges avec l’équipe d’instruction</h2>
{{#NO_MESSAGE}}
  <p>Aucun message pour le moment.</p>
{{/NO_MESSAGE}}
{{#MESSAGE_ITEM}}
  <div class="fr-callout fr-mb-2w">
    <div class="fr-callout__text essaim-message-body">{{BODY:x-paragraphs}}</div>
    <p class="fr-text--sm fr-mb-0">{{AUTHOR}}, le {{AT}}</p>
  </div>
{{/MESSAGE_ITEM}}
{{#MESSAGE_FORM}}
  <form method="post" action="{{ACTION}}">
    <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
    <div class="fr-input-group {{GROUP_CLASS}}">
      <label class="fr-label" for="message">Écrire un message {{RECIPIENT}}
        <span class="fr-hint-text" id="message-aide">Il est envoyé par e-mail et reste dans le dossier.</span>
      </label>
      <textarea class="fr-input {{INPUT_CLASS}}" id="message" name="message" rows="4" required aria-describedby="message-aide{{#ERROR}} message-erreur{{/ERROR}}">{{VALUE}}</textarea>
{{#ERROR}}
      <p class="fr-error-text" id="message-erreur">{{ERROR_MESSAGE}}</p>
{{/ERROR}}
    </div>
    <button class="fr-btn" type="submit">Envoyer le message</button>
  </form>
{{/MESSAGE_FORM}}
{{/MESSAGES}}

{{#NOTES}}
  <h2 id="notes">Notes internes de l’équipe</h2>
  <p class="fr-text--sm">Le candidat et les experts ne voient pas ces notes.</p>
{{#NO_NOTE}}
  <p>Aucune note.</p>
{{/NO_NOTE}}
{{#NOTE_ITEM}}
  <div class="fr-callout fr-mb-2w">
    <div class="fr-callout__text essaim-message-body">{{BODY:x-paragraphs}}</div>
    <p class="fr-text--sm fr-mb-0">{{AUTHOR}}, le {{AT}}</p>
  </div>
{{/NOTE_ITEM}}
{{#NOTE_FORM}}
  <form method="post" action="{{ACTION}}">
    <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
    <div class="fr-input-group {{GROUP_CLASS}}">
      <label class="fr-label" for="note">Ajouter une note interne</label>
      <textarea class="fr-input {{INPUT_CLASS}}" id="note" name="message" rows="3" required{{#ERROR}} aria-describedby="note-erreur"{{/ERROR}}>{{VALUE}}</textarea>
{{#ERROR}}
      <p class="fr-error-text" id="note-erreur">{{ERROR_MESSAGE}}</p>
{{/ERROR}}
    </div>
    <button class="fr-btn fr-btn--secondary" type="submit">Enregistrer la note</button>
  </form>
{{/NOTE_FORM}}
{{/NOTES}}
</div>
