{{%AUTOESCAPE context="HTML"}}
<h1>Déclaration d’accessibilité</h1>
<p>L’accélérateur national d’innovation sociale s’engage à rendre son service en ligne Essaim accessible, conformément à l’article 47 de la loi n° 2005-102 du 11 février 2005.</p>
<h2>État de conformité</h2>
<p>Essaim est <strong>non conforme</strong> avec le référentiel général d’amélioration de l’accessibilité (RGAA) version 4.1 : aucun audit de conformité n’a encore été réalisé.</p>
<p>Chaque page visitée par les tests automatisés du projet est vérifiée avec l’outil axe (critères WCAG 2.1 niveaux A et AA). Ces tests ne remplacent pas un audit.</p>
<h2>Retour d’information et contact</h2>
<p>Si vous n’arrivez pas à accéder à un contenu ou à un service, vous pouvez contacter l’équipe d’Essaim pour être orienté vers une alternative accessible ou obtenir le contenu sous une autre forme.</p>
<h2>Voies de recours</h2>
<p>Si vous constatez un défaut d’accessibilité vous empêchant d’accéder à un contenu ou une fonctionnalité du site, que vous nous le signalez et que vous ne parvenez pas à obtenir une réponse de notre part, vous êtes en droit de faire parvenir vos doléances ou une demande de saisine au Défenseur des droits.</p>
