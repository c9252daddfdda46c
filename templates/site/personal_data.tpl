{{%AUTOESCAPE context="HTML"}}
<h1>Données personnelles</h1>
<p>Essaim traite les données personnelles strictement nécessaires à son fonctionnement, dans le respect du règlement général sur la protection des données (RGPD). Aucune donnée n’est vendue ni transmise à des fins publicitaires.</p>

<h2>Ce que nous conservons, pourquoi et combien de temps</h2>
<div class="fr-table"><table tabindex="0">
  <caption>Données conservées, finalité et durée de conservation</caption>
  <thead><tr><th scope="col">Donnée</th><th scope="col">Finalité</th><th scope="col">Durée de conservation</th></tr></thead>
  <tbody>
    <tr><th scope="row">Compte : adresse électronique, nom affiché, dates de création et de confirmation</th><td>Gérer votre compte et vous écrire à son sujet</td><td>Tant que le compte existe. Un compte dont l’adresse n’est jamais confirmée est supprimé au bout de 30 jours, après un rappel par e-mail 7 jours avant.</td></tr>
    <tr><th scope="row">Empreinte du mot de passe (argon2id)</th><td>Vous authentifier ; le mot de passe lui-même n’est jamais conservé</td><td>Tant que le compte existe</td></tr>
    <tr><th scope="row">Rôles, équipes d’instruction, régions instruites, comités</th><td>Donner accès aux fonctions d’instruction et de décision</td><td>Tant que le compte existe ; les décisions prises restent attribuées à un pseudonyme après sa suppression</td></tr>
    <tr><th scope="row">Sessions : empreinte du jeton, dates, adresse IP, navigateur</th><td>Vous garder connecté et vous montrer vos sessions</td><td>30 minutes d’inactivité, 12 heures au plus ; supprimées avec le compte</td></tr>
    <tr><th scope="row">Liens de confirmation et de réinitialisation (empreinte)</th><td>Confirmer votre adresse, réinitialiser le mot de passe</td><td>Jusqu’à leur expiration ; supprimés avec le compte</td></tr>
    <tr><th scope="row">Tentatives de connexion échouées (adresse saisie, adresse IP, date)</th><td>Limiter les essais de mots de passe</td><td>15 minutes</td></tr>
    <tr><th scope="row">Journal de sécurité (connexions, échecs, changements de rôle, actions d’instruction)</th><td>Détecter les abus et tracer qui a fait quoi</td><td>Pour la durée du service, sans modification possible ; à la suppression d’un compte, l’adresse électronique et le nom y sont remplacés par « compte supprimé n° » suivi d’un numéro</td></tr>
    <tr><th scope="row">Organisations et projets (annuaire public) et vos rattachements</th><td>Publier l’annuaire des acteurs de l’innovation sociale</td><td>Les fiches publiques concernent des personnes morales et sont conservées tant que l’organisation existe, y compris après la suppression du compte de leur dernier membre (sans son nom) ; les rattachements sont supprimés avec le compte</td></tr>
    <tr><th scope="row">Demandes de rattachement à une organisation et leur message</th><td>Vérifier qu’une personne agit pour l’organisation</td><td>Tant que le compte existe</td></tr>
    <tr><th scope="row">Brouillons de dossiers de candidature et leurs pièces jointes</th><td>Préparer une candidature à un appel à labellisation</td><td>Supprimés après 180 jours sans modification, après un avertissement par e-mail 7 jours avant ; supprimés avec le compte de leur auteur quand il est le seul membre de l’organisation</td></tr>
    <tr><th scope="row">Dossiers déposés, réponses, pièces jointes, messages et décisions</th><td>Instruire les candidatures et justifier les décisions de labellisation</td><td>Pour la durée de l’instruction et du label ; après la suppression d’un compte, conservés sous pseudonyme</td></tr>
    <tr><th scope="row">Avis d’expert (notes, commentaires, conflits d’intérêts déclarés)</th><td>Éclairer la décision du comité</td><td>Avec le dossier concerné ; conservés sous pseudonyme après la suppression du compte de l’expert</td></tr>
    <tr><th scope="row">Labels attribués</th><td>Publier la liste des labels (données ouvertes sur des personnes morales)</td><td>Jusqu’à leur expiration ou leur retrait, puis pour l’historique</td></tr>
    <tr><th scope="row">E-mails envoyés (destinataire, objet, texte)</th><td>Vous informer (confirmation, rappels, décisions) et réessayer un envoi en échec</td><td>Tant que le compte existe ; ceux qui vous sont adressés sont supprimés avec le compte</td></tr>
  </tbody>
</table></div>
<p>Les journaux techniques du serveur ne contiennent ni adresse électronique ni nom : seulement des numéros de compte, les adresses des pages demandées et les adresses IP.</p>

<h2>Cookies</h2>
<p>Essaim n’utilise que des cookies strictement nécessaires : la session, le jeton anti-falsification des formulaires et les messages de confirmation. Aucun cookie de mesure d’audience ni de publicité.</p>

<h2>Vos droits</h2>
<p>Vous disposez d’un droit d’accès, de rectification, d’effacement, de limitation, de portabilité et d’opposition sur vos données.</p>
<ul>
  <li><strong>Accès et portabilité :</strong> la page <a href="/compte/mes-donnees">Mes données</a> montre tout ce qu’Essaim conserve à votre sujet et permet de le télécharger au format JSON.</li>
  <li><strong>Effacement :</strong> la page <a href="/compte/suppression">Supprimer mon compte</a> supprime votre compte après confirmation de votre mot de passe ; ce qui appartient à d’autres (dossiers déposés, avis rendus, fiches d’organisations) est conservé sans votre nom ni votre adresse.</li>
  <li><strong>Rectification :</strong> modifiez vos informations depuis <a href="/compte">Mon compte</a> et les fiches de vos organisations, ou écrivez à l’équipe d’Essaim.</li>
</ul>
<p>Ces pages demandent d’être connecté. Si vous n’avez plus accès à votre compte, écrivez à l’équipe d’Essaim. Vous pouvez aussi adresser une réclamation à la Commission nationale de l’informatique et des libertés (CNIL).</p>
