{{%AUTOESCAPE context="HTML"}}
      <div class="fr-input-group {{LIBELLE_GROUP_CLASS}}">
        <label class="fr-label" for="libelle">Libellé de la question (obligatoire)
          <span class="fr-hint-text" id="libelle-aide">Ce que le candidat lit, par exemple « Budget annuel ».</span>
        </label>
        <input class="fr-input {{LIBELLE_INPUT_CLASS}}" type="text" id="libelle" name="libelle" value="{{LIBELLE}}" aria-describedby="libelle-aide{{#LIBELLE_ERROR}} libelle-erreur{{/LIBELLE_ERROR}}">
{{#LIBELLE_ERROR}}
        <p class="fr-error-text" id="libelle-erreur">{{ERROR_LIBELLE}}</p>
{{/LIBELLE_ERROR}}
      </div>
      <div class="fr-select-group {{#TYPE_ERROR}}fr-select-group--error{{/TYPE_ERROR}}">
        <label class="fr-label" for="type">Type de réponse
          <span class="fr-hint-text" id="type-aide">Un bloc répétable regroupe des questions que le candidat remplit une fois par ligne (par exemple, une personne de l’équipe) ; ajoutez-lui ses questions ensuite.</span>
        </label>
        <select class="fr-select" id="type" name="type" aria-describedby="type-aide{{#TYPE_ERROR}} type-erreur{{/TYPE_ERROR}}">
{{#KIND_OPTION}}
          <option value="{{KIND_CODE}}"{{#SELECTED}} selected{{/SELECTED}}>{{KIND_LABEL}}</option>
{{/KIND_OPTION}}
        </select>
{{#TYPE_ERROR}}
        <p class="fr-error-text" id="type-erreur">{{ERROR_TYPE}}</p>
{{/TYPE_ERROR}}
      </div>
      <div class="fr-input-group {{AIDE_GROUP_CLASS}}">
        <label class="fr-label" for="aide">Texte d’aide
          <span class="fr-hint-text" id="aide-aide">Facultatif : une précision affichée sous le libellé.</span>
        </label>
        <input class="fr-input {{AIDE_INPUT_CLASS}}" type="text" id="aide" name="aide" value="{{AIDE}}" aria-describedby="aide-aide{{#AIDE_ERROR}} aide-erreur{{/AIDE_ERROR}}">
{{#AIDE_ERROR}}
        <p class="fr-error-text" id="aide-erreur">{{ERROR_AIDE}}</p>
{{/AIDE_ERROR}}
      </div>
      <div class="fr-input-group {{CHOIX_GROUP_CLASS}}">
        <label class="fr-label" for="choix">Réponses proposées (choix unique ou multiple)
          <span class="fr-hint-text" id="choix-aide">Une réponse par ligne.</span>
        </label>
        <textarea class="fr-input {{CHOIX_INPUT_CLASS}}" id="choix" name="choix" rows="4" aria-describedby="choix-aide{{#CHOIX_ERROR}} choix-erreur{{/CHOIX_ERROR}}">{{CHOIX}}</textarea>
{{#CHOIX_ERROR}}
        <p class="fr-error-text" id="choix-erreur">{{ERROR_CHOIX}}</p>
{{/CHOIX_ERROR}}
      </div>
      <div class="fr-checkbox-group fr-mb-3w">
        <input type="checkbox" id="obligatoire" name="obligatoire" value="oui"{{#OBLIGATOIRE}} checked{{/OBLIGATOIRE}}>
        <label class="fr-label" for="obligatoire">Réponse obligatoire pour déposer le dossier</label>
      </div>
{{#NEW_KEY}}
      <div class="fr-input-group {{CLE_GROUP_CLASS}}">
        <label class="fr-label" for="cle">Clé technique
          <span class="fr-hint-text" id="cle-aide">Facultatif : faite à partir du libellé si vide. Minuscules sans accent, chiffres et _ ; elle nomme la colonne des exports.</span>
        </label>
        <input class="fr-input {{CLE_INPUT_CLASS}}" type="text" id="cle" name="cle" value="{{CLE}}" aria-describedby="cle-aide{{#CLE_ERROR}} cle-erreur{{/CLE_ERROR}}">
{{#CLE_ERROR}}
        <p class="fr-error-text" id="cle-erreur">{{ERROR_CLE}}</p>
{{/CLE_ERROR}}
      </div>
{{/NEW_KEY}}
