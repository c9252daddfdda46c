{{%AUTOESCAPE context="HTML"}}
<h1>Contact</h1>
<p class="fr-text--lead">Une question sur Essaim, une erreur sur une fiche, une difficulté d’accès ? Écrivez à l’équipe de la plateforme.</p>
<div class="fr-callout fr-mb-4w">
  <h2 class="fr-callout__title">Par e-mail</h2>
  <p class="fr-callout__text"><a id="contact-email" href="mailto:{{CONTACT_EMAIL}}">{{CONTACT_EMAIL}}</a></p>
</div>
<h2>Par courrier</h2>
<address class="fr-mb-4w">
  {{PUBLISHER}}<br>
  {{CONTACT_ADDRESS}}
</address>
<h2>Selon votre demande</h2>
<ul>
  <li>Une fiche d’organisation ou de projet est inexacte : ses responsables peuvent la corriger ; sinon, écrivez-nous en donnant l’adresse de la fiche.</li>
  <li>Vos données personnelles : voyez d’abord la page <a href="/donnees-personnelles">Données personnelles</a> ; depuis votre compte, <a href="/compte/mes-donnees">Mes données</a> les montre et les télécharge.</li>
  <li>Un défaut d’accessibilité : la <a href="/accessibilite">déclaration d’accessibilité</a> dit comment le signaler et quels recours existent.</li>
</ul>
