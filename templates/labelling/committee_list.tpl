{{%AUTOESCAPE context="HTML"}}
<div class="fr-mt-4w fr-mb-6w">
  <h1>{{HEADING}}</h1>
  <p>{{LEAD}}</p>
{{#CAN_CREATE}}
  <p><a class="fr-btn fr-icon-add-line fr-btn--icon-left" href="/admin/comites/nouveau">Organiser une séance</a></p>
{{/CAN_CREATE}}
{{#GROUP}}
  <h2>{{GROUP_TITLE}}</h2>
{{#EMPTY_GROUP}}
  <p>{{EMPTY_TEXT}}</p>
{{/EMPTY_GROUP}}
{{#HAS_SESSIONS}}
  <div class="fr-table">
    <table tabindex="0">
      <caption>{{CAPTION}}</caption>
      <thead>
        <tr><th scope="col">Date</th><th scope="col">Séance</th><th scope="col">Appel</th><th scope="col">Membres</th><th scope="col">Dossiers décidés</th><th scope="col">État</th>{{#CAN_CREATE}}<th scope="col">Gestion</th>{{/CAN_CREATE}}</tr>
      </thead>
      <tbody>
{{#SESSION}}
        <tr>
          <td>{{MEETS_ON}}</td>
          <td><a href="{{HREF}}">{{TITLE}}</a></td>
          <td>{{CALL_TITLE}}</td>
          <td>{{MEMBERS}}</td>
          <td>{{DECIDED}} sur {{LINES}}</td>
          <td><p class="fr-badge fr-badge--sm {{STATE_CLASS}}">{{STATE_LABEL}}</p></td>
{{#CAN_CREATE}}
          <td><a class="fr-link" href="{{EDIT_HREF}}" title="Modifier la séance {{TITLE}}">Modifier</a></td>
{{/CAN_CREATE}}
        </tr>
{{/SESSION}}
      </tbody>
    </table>
  </div>
{{/HAS_SESSIONS}}
{{/GROUP}}
</div>
