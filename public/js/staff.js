// The counter panel, enhanced: when the queue changes (a new ticket, a call at another counter, a help request),
// the lists are fetched again and replaced, keeping the focus where it was. Without this script every button
// still works: it posts a form and comes back to the panel.
(() => {
  const live = document.getElementById("live");
  if (!live?.dataset.events || !("EventSource" in window) || !("DOMParser" in window)) return;
  const SECTIONS = ["current", "help", "waiting"];
  let timer;

  /** Something to find the focused control again in the new HTML. */
  function focusKey(element) {
    if (element.id) return `#${CSS.escape(element.id)}`;
    const form = element.closest("form");
    if (form) return `form[action="${CSS.escape(form.getAttribute("action") || "")}"] ${element.tagName.toLowerCase()}`;
    return null;
  }

  async function refresh() {
    const url = new URL(window.location.href);
    for (const name of ["notice", "ticket", "kiosk"]) url.searchParams.delete(name);
    const response = await fetch(url, { credentials: "same-origin", headers: { accept: "text/html" } });
    if (!response.ok || response.redirected) return;
    const doc = new DOMParser().parseFromString(await response.text(), "text/html");
    for (const id of SECTIONS) {
      const fresh = doc.getElementById(id);
      const old = document.getElementById(id);
      if (!fresh || !old || fresh.innerHTML === old.innerHTML) continue;
      const active = document.activeElement;
      const key = active && old.contains(active) ? focusKey(active) : null;
      old.replaceWith(document.importNode(fresh, true));
      if (active && old.contains(active)) {
        const again = key ? document.querySelector(key) : null;
        const heading = document.getElementById(`${id}-title`);
        if (again) again.focus();
        else if (heading) {
          heading.setAttribute("tabindex", "-1");
          heading.focus();
        }
      }
    }
  }

  const events = new EventSource(live.dataset.events);
  events.addEventListener("change", () => {
    clearTimeout(timer);
    timer = setTimeout(() => refresh().catch(() => undefined), 250);
  });
})();
