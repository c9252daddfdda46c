{{%AUTOESCAPE context="HTML"}}
<h1>Plan du site</h1>
<ul>
{{#ENTRY}}
  <li><a href="{{HREF}}">{{LABEL}}</a></li>
{{/ENTRY}}
  <li><a href="/connexion">Se connecter</a></li>
  <li><a href="/inscription">Créer un compte</a></li>
  <li><a href="/accessibilite">Déclaration d’accessibilité</a></li>
  <li><a href="/mentions-legales">Mentions légales</a></li>
  <li><a href="/donnees-personnelles">Données personnelles</a></li>
</ul>
