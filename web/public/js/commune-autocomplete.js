// Commune autocompletion for the inputs marked data-commune-autocomplete="<API URL>" (the labelling
// forms' commune fields): as the user types a name or a code, the territory module's API suggests
// communes in a <datalist>; choosing one writes its INSEE code. Without JavaScript the input still
// takes a code typed by hand.
const DELAY_MS = 200;

function enhance(input) {
  if (input.dataset.communeAutocompleteReady || input.disabled) return;
  input.dataset.communeAutocompleteReady = "1";
  const list = document.createElement("datalist");
  list.id = `${input.id}-communes`;
  input.after(list);
  input.setAttribute("list", list.id);
  let timer = null;
  let controller = null;
  input.addEventListener("input", () => {
    clearTimeout(timer);
    const query = input.value.trim();
    if (query.length < 2 || /^[0-9AB]{5}$/i.test(query)) return;
    timer = setTimeout(async () => {
      if (controller) controller.abort();
      controller = new AbortController();
      try {
        const url = `${input.dataset.communeAutocomplete}?q=${encodeURIComponent(query)}`;
        const response = await fetch(url, { signal: controller.signal, headers: { Accept: "application/json" } });
        if (!response.ok) return;
        const communes = await response.json();
        list.replaceChildren(...communes.map((commune) => {
          const option = document.createElement("option");
          option.value = commune.code;
          option.label = `${commune.name} (${commune.department_name})`;
          option.textContent = option.label;
          return option;
        }));
      } catch (error) {
        if (error.name !== "AbortError") list.replaceChildren();
      }
    }, DELAY_MS);
  });
}

document.querySelectorAll("input[data-commune-autocomplete]").forEach(enhance);
