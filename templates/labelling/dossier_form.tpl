{{%AUTOESCAPE context="HTML"}}
<div class="fr-mt-4w fr-mb-6w">
  <h1>Compléter le dossier n° {{ID}}</h1>
  <p>{{ORGANISATION}} — appel « {{CALL_TITLE}} » — <span class="fr-badge {{STATE_CLASS}}">{{STATE_LABEL}}</span></p>
{{#COMPLETIONS}}
  <div class="fr-alert fr-alert--warning fr-mb-3w">
    <h2 class="fr-alert__title">Compléments demandés par l’équipe d’instruction</h2>
    <p>{{COMPLETIONS_MOTIVATION}}</p>
  </div>
{{/COMPLETIONS}}
  <p>Vos réponses sont enregistrées à chaque clic sur « Enregistrer le brouillon », même incomplètes. Les champs marqués « obligatoire » sont vérifiés au dépôt. Fichiers acceptés : PDF, PNG, JPEG, OpenDocument, Word, Excel ou texte, 10 Mo au plus chacun, 20 pièces au plus par dossier.</p>
{{#FORM_ERRORS}}
  <div class="fr-alert fr-alert--error fr-mb-3w" role="alert">
    <h2 class="fr-alert__title">{{FORM_ERROR_MESSAGE}}</h2>
    <ul>
{{#FIELD_ERROR}}
      <li><a href="#{{FIELD}}">{{MESSAGE}}</a></li>
{{/FIELD_ERROR}}
    </ul>
  </div>
{{/FORM_ERRORS}}
  <form method="post" action="{{HREF}}/modifier" enctype="multipart/form-data" novalidate>
    <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
{{FORM_MARKUP:none}}
    <ul class="fr-btns-group fr-btns-group--inline-md fr-mt-3w">
      <li><button class="fr-btn fr-btn--secondary" type="submit" name="action" value="brouillon">Enregistrer le brouillon</button></li>
      <li><button class="fr-btn" type="submit" name="action" value="deposer">Déposer le dossier</button></li>
    </ul>
  </form>

  <h2 id="pieces">Pièces jointes</h2>
{{#NO_ATTACHMENT}}
  <p>Aucune pièce jointe pour le moment.</p>
{{/NO_ATTACHMENT}}
  <ul>
{{#ATTACHMENT}}
    <li>
      <a href="{{HREF}}">{{FILE_NAME}}</a>
      <form method="post" action="{{REMOVE_ACTION}}" class="essaim-inline-form">
        <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
        <button class="fr-btn fr-btn--tertiary-no-outline fr-btn--sm" type="submit">Retirer « {{FILE_NAME}} »</button>
      </form>
    </li>
{{/ATTACHMENT}}
  </ul>
  <form method="post" action="{{HREF}}/pieces" enctype="multipart/form-data">
    <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
    <div class="fr-upload-group">
      <label class="fr-label" for="fichier">Ajouter une autre pièce
        <span class="fr-hint-text">10 Mo au plus. PDF, PNG, JPEG, OpenDocument, Word, Excel ou texte.</span>
      </label>
      <input class="fr-upload" type="file" id="fichier" name="fichier">
    </div>
    <button class="fr-btn fr-btn--secondary fr-mt-2w" type="submit">Joindre le fichier</button>
  </form>

{{#DELETABLE}}
  <h2 id="supprimer">Supprimer le brouillon</h2>
  <form method="post" action="{{HREF}}/supprimer">
    <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
    <p>Le brouillon, ses réponses et ses pièces seront effacés définitivement.</p>
    <button class="fr-btn fr-btn--tertiary" type="submit">Supprimer ce brouillon</button>
  </form>
{{/DELETABLE}}
  <p class="fr-mt-3w"><a class="fr-link" href="{{HREF}}">Retour au dossier</a></p>
</div>
