{{%AUTOESCAPE context="HTML"}}
<div class="fr-mt-4w essaim-certificate-page">
  <p class="essaim-no-print">Cette page est prévue pour l’impression : utilisez le bouton ci-dessous ou la commande « Imprimer » de votre navigateur. <a class="fr-link" href="{{LABEL_HREF}}">Retour à la page du label</a></p>
  <p class="essaim-no-print"><button class="fr-btn fr-btn--secondary fr-icon-printer-line fr-btn--icon-left" type="button" data-essaim-print hidden>Imprimer le certificat</button></p>
{{#NOT_CURRENT}}
  <div class="fr-alert fr-alert--warning fr-mb-3w">
    <p class="fr-alert__title">{{STATUS_SENTENCE}}</p>
    <p>Ce certificat n’atteste plus d’un label valable.</p>
  </div>
{{/NOT_CURRENT}}
  <article class="essaim-certificate">
    <p class="essaim-certificate__issuer">Essaim — accélérateur national de l’innovation sociale</p>
    <h1 class="essaim-certificate__title">Certificat de labellisation</h1>
    <p class="essaim-certificate__lead">Essaim atteste que</p>
    <p class="essaim-certificate__holder">{{HOLDER}}</p>
    <p class="essaim-certificate__lead">est titulaire du label</p>
    <p class="essaim-certificate__category">{{CATEGORY}}</p>
{{#HAS_TERRITORY}}
    <p>{{TERRITORY}}</p>
{{/HAS_TERRITORY}}
    <dl class="essaim-certificate__facts">
      <dt>Attribué le</dt>
      <dd>{{GRANTED}}</dd>
      <dt>Valable jusqu’au</dt>
      <dd>{{EXPIRES}}</dd>
      <dt>Code de vérification</dt>
      <dd><span class="essaim-label-code">{{CODE}}</span></dd>
    </dl>
    <p class="essaim-certificate__verify">Vérifiez ce code et le statut du label sur la page de vérification : <a href="{{VERIFY_CODE_URL}}">{{VERIFY_CODE_URL}}</a>. Page du label : {{VERIFY_URL}}</p>
  </article>
</div>
<script type="module" src="/static/js/print-button.js"></script>
