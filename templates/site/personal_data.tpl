{{%AUTOESCAPE context="HTML"}}
<h1>Données personnelles</h1>
<p>Essaim traite les données personnelles strictement nécessaires à son fonctionnement, dans le respect du règlement général sur la protection des données (RGPD).</p>
<h2>Ce que nous conservons et pourquoi</h2>
<div class="fr-table"><table>
  <caption>Données conservées</caption>
  <thead><tr><th scope="col">Donnée</th><th scope="col">Finalité</th><th scope="col">Durée</th></tr></thead>
  <tbody>
    <tr><td>Adresse électronique, nom affiché</td><td>Gérer votre compte et vous écrire à son sujet</td><td>Tant que le compte existe</td></tr>
    <tr><td>Empreinte du mot de passe (argon2id)</td><td>Vous authentifier ; le mot de passe lui-même n’est jamais conservé</td><td>Tant que le compte existe</td></tr>
    <tr><td>Sessions (empreinte du jeton, date, adresse IP, navigateur)</td><td>Vous garder connecté et vous montrer vos sessions</td><td>30 minutes d’inactivité, 12 heures au plus</td></tr>
    <tr><td>Journal de sécurité (connexions, échecs, changements de rôle)</td><td>Détecter les abus et tracer les actions</td><td>Un an</td></tr>
  </tbody>
</table></div>
<h2>Cookies</h2>
<p>Essaim n’utilise que des cookies strictement nécessaires : la session, le jeton anti-falsification des formulaires et les messages de confirmation. Aucun cookie de mesure d’audience ni de publicité.</p>
<h2>Vos droits</h2>
<p>Vous pouvez accéder à vos données, les faire rectifier ou effacer depuis votre espace « Mon compte », ou en écrivant à l’équipe d’Essaim.</p>
