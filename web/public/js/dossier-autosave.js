// Saves a dossier's answers as they are typed, for the form marked data-autosave="<URL>" (the
// dossier form): a moment after the typing stops, the inputs of the questions just changed are
// posted with the CSRF token in a header, and the status line says "Enregistré à HH:MM".
// Without JavaScript, every button of the form posts all the answers: nothing is lost either way.
const DELAY_MS = 800;

function questionKey(name) {
  if (!name || !name.startsWith("champ_")) return null;
  return name.slice("champ_".length).split("__")[0];
}

function enhance(form) {
  const url = form.dataset.autosave;
  const status = document.getElementById(form.dataset.autosaveStatus);
  const token = form.querySelector("input[name=csrf_token]")?.value ?? "";
  const pending = new Set();
  let timer = null;
  let queue = Promise.resolve();

  const say = (text) => { if (status) status.textContent = text; };

  function body(keys) {
    const params = new URLSearchParams();
    for (const key of keys) {
      params.append("champ", key);
      for (const element of form.elements) {
        if (questionKey(element.name) !== key || element.disabled) continue;
        if ((element.type === "checkbox" || element.type === "radio") && !element.checked) continue;
        params.append(element.name, element.value);
      }
    }
    return params;
  }

  function send(options = {}) {
    clearTimeout(timer);
    if (pending.size === 0) return;
    const params = body([...pending]);
    pending.clear();
    // One request at a time, in order: a later answer is never overwritten by an earlier one.
    queue = queue.then(async () => {
      say("Enregistrement…");
      try {
        const response = await fetch(url, {
          method: "POST",
          credentials: "same-origin",
          keepalive: options.keepalive === true,
          headers: { "X-CSRF-Token": token, Accept: "application/json" },
          body: params,
        });
        if (!response.ok) throw new Error(String(response.status));
        const saved = await response.json();
        const errors = Object.keys(saved.erreurs ?? {}).length;
        say(`Enregistré à ${saved.enregistre_a}` + (errors > 0
          ? ". Une réponse est à corriger : elle sera signalée au dépôt." : ""));
      } catch {
        say("L’enregistrement automatique a échoué : utilisez « Enregistrer le brouillon ».");
      }
    });
  }

  function changed(event) {
    const key = questionKey(event.target.name);
    if (key === null) return;
    pending.add(key);
    clearTimeout(timer);
    timer = setTimeout(send, DELAY_MS);
  }

  form.addEventListener("input", changed);
  form.addEventListener("change", changed);
  // A button of the form posts every answer itself: nothing is left to send.
  form.addEventListener("submit", () => { clearTimeout(timer); pending.clear(); });
  // Leaving the page (a link, a reload) sends what was typed in the last moment.
  window.addEventListener("pagehide", () => send({ keepalive: true }));
}

document.querySelectorAll("form[data-autosave]").forEach(enhance);
