{{%AUTOESCAPE context="HTML"}}
          <form method="post" action="{{ACTION}}" novalidate>
            <div class="fr-modal__content">
              <h{{LEVEL}} id="{{ID}}-titre" class="fr-modal__title">{{TITLE}}</h{{LEVEL}}>
              <p>{{EXPLANATION}}</p>
              <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
{{#FIELD}}
              <input type="hidden" name="{{NAME}}" value="{{VALUE}}">
{{/FIELD}}
{{#REASON}}
              <div class="fr-input-group{{#ERROR}} fr-input-group--error{{/ERROR}}">
                <label class="fr-label" for="{{ID}}-motif">{{LABEL}}{{#REQUIRED}} *{{/REQUIRED}}
{{#HAS_HINT}}
                  <span class="fr-hint-text">{{HINT}}</span>
{{/HAS_HINT}}
                </label>
                <textarea class="fr-input{{#ERROR}} fr-input--error{{/ERROR}}" id="{{ID}}-motif" name="motivation" rows="4"{{#REQUIRED}} required{{/REQUIRED}}{{#ERROR}} aria-describedby="{{ID}}-motif-erreur" aria-invalid="true"{{/ERROR}}>{{VALUE}}</textarea>
{{#ERROR}}
                <p class="fr-error-text" id="{{ID}}-motif-erreur">{{MESSAGE}}</p>
{{/ERROR}}
              </div>
{{/REASON}}
            </div>
            <div class="fr-modal__footer">
              <ul class="fr-btns-group fr-btns-group--inline-md">
                <li><button class="fr-btn {{CONFIRM_CLASS}}" type="submit">{{CONFIRM}}</button></li>
{{#IN_MODAL}}
                <li><button class="fr-btn fr-btn--secondary" type="button" aria-controls="{{ID}}">Annuler</button></li>
{{/IN_MODAL}}
{{#ON_PAGE}}
                <li><a class="fr-btn fr-btn--secondary" href="{{CANCEL_HREF}}">Annuler</a></li>
{{/ON_PAGE}}
              </ul>
            </div>
          </form>
