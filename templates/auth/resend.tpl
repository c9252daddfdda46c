{{%AUTOESCAPE context="HTML"}}
<div class="fr-grid-row fr-grid-row--center fr-mt-4w">
  <div class="fr-col-12 fr-col-md-8 fr-col-lg-6">
    <h1>Recevoir un nouveau lien de confirmation</h1>
    <p>Saisissez l’adresse avec laquelle vous avez créé votre compte. Si ce compte attend sa confirmation, nous vous enverrons un nouveau lien, valable 48 heures.</p>
    <form method="post" action="/inscription/renvoyer">
      <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
      <div class="fr-input-group">
        <label class="fr-label" for="email">Adresse électronique
          <span class="fr-hint-text" id="email-aide">Format attendu : nom@domaine.fr</span>
        </label>
        <input class="fr-input" type="email" id="email" name="email" value="{{EMAIL}}" autocomplete="email" required aria-describedby="email-aide">
      </div>
      <button class="fr-btn" type="submit">Envoyer un nouveau lien</button>
    </form>
  </div>
</div>
