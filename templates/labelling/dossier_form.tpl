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
  <p>Vos réponses sont enregistrées au fur et à mesure de la saisie, et à chaque clic sur « Enregistrer le brouillon » ou « Joindre », même incomplètes. Les champs marqués « obligatoire » sont vérifiés au dépôt. Fichiers acceptés : PDF, PNG, JPEG, OpenDocument, Word, Excel ou texte, 10 Mo au plus chacun, 20 pièces au plus par dossier.</p>
{{>ERROR_SUMMARY}}
  <form method="post" action="{{HREF}}/modifier" enctype="multipart/form-data" novalidate data-autosave="{{HREF}}/reponses" data-autosave-status="enregistrement">
    <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
{{FORM_MARKUP:none}}
    <fieldset class="fr-fieldset essaim-form-section" id="autres-pieces" aria-labelledby="autres-pieces-titre">
      <legend class="fr-fieldset__legend" id="autres-pieces-titre"><h2 class="fr-h4 fr-mb-0">Autres pièces (facultatives)</h2></legend>
      <div class="fr-fieldset__element">
{{#NO_ATTACHMENT}}
        <p>Aucune autre pièce pour le moment.</p>
{{/NO_ATTACHMENT}}
{{#ATTACHMENTS}}
        <ul class="essaim-attachments" id="fichier-pieces" aria-label="Autres pièces déjà jointes">
{{#ATTACHMENT}}
          <li><a href="{{HREF}}">{{FILE_NAME}}</a>
            <button class="fr-btn fr-btn--tertiary-no-outline fr-btn--sm fr-icon-delete-line fr-btn--icon-left" type="submit" name="retirer_piece" value="{{PIECE_ID}}">Retirer « {{FILE_NAME}} »</button></li>
{{/ATTACHMENT}}
        </ul>
{{/ATTACHMENTS}}
        <div class="fr-upload-group {{FREE_UPLOAD_ERROR_CLASS}}">
          <label class="fr-label" for="fichier">Ajouter une autre pièce
            <span class="fr-hint-text" id="fichier-aide">10 Mo au plus. PDF, PNG, JPEG, OpenDocument, Word, Excel ou texte.</span>
          </label>
          <input class="fr-upload" type="file" id="fichier" name="fichier" aria-describedby="fichier-aide{{#FREE_UPLOAD_ERROR}} fichier-erreur{{/FREE_UPLOAD_ERROR}}"{{#FREE_UPLOAD_ERROR}} aria-invalid="true"{{/FREE_UPLOAD_ERROR}}>
{{#FREE_UPLOAD_ERROR}}
          <p class="fr-error-text" id="fichier-erreur">{{FREE_UPLOAD_MESSAGE}}</p>
{{/FREE_UPLOAD_ERROR}}
          <button class="fr-btn fr-btn--secondary fr-btn--sm fr-mt-2w" type="submit" name="joindre" value="autres">Joindre cette pièce</button>
        </div>
      </div>
    </fieldset>
    <p class="fr-hint-text essaim-autosave-status" id="enregistrement" role="status" aria-live="polite"></p>
    <ul class="fr-btns-group fr-btns-group--inline-md fr-mt-3w">
      <li><button class="fr-btn fr-btn--secondary" type="submit" name="action" value="brouillon">Enregistrer le brouillon</button></li>
      <li><button class="fr-btn" type="submit" name="action" value="verifier">Déposer le dossier</button></li>
    </ul>
    <p class="fr-hint-text">« Déposer le dossier » enregistre vos réponses et mène au récapitulatif, où vous confirmez le dépôt.</p>
  </form>

{{#DELETABLE}}
  <h2 class="fr-mt-6w" id="supprimer">Supprimer le brouillon</h2>
  <form method="post" action="{{HREF}}/supprimer">
    <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
    <p>Le brouillon, ses réponses et ses pièces seront effacés définitivement.</p>
    <button class="fr-btn fr-btn--tertiary" type="submit">Supprimer ce brouillon</button>
  </form>
{{/DELETABLE}}
  <p class="fr-mt-3w"><a class="fr-link" href="{{HREF}}">Retour au dossier</a></p>
</div>
<script type="module" src="/static/js/dossier-autosave.js"></script>
