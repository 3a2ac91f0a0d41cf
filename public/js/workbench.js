// The workbench editor, enhanced. The findings, the readability panel and the checklist update while you type (a
// debounced POST to the JSON API with the session's CSRF header); "apply" and "ignore" work without reloading; the
// keyboard walks the findings (Alt+Shift+N/P/A/I, Enter on a finding goes to its card, Escape closes an explanation).
// Without this script every button still works: it posts the editor form and the page comes back.
(() => {
  const form = document.getElementById("editor");
  const textarea = document.getElementById("text");
  if (!form || !textarea || !("fetch" in window)) return;
  const status = document.getElementById("wb-status");
  const ignoredField = document.getElementById("ignored");
  const langField = document.getElementById("lang");
  const toolbar = document.querySelector(".wb-toolbar");
  const csrf = form.querySelector('input[name="_csrf"]')?.value || "";
  const PARTS = ["marked", "findings", "readability", "checklist"];
  const DELAY_MS = 400;
  let timer;
  let controller;
  let sequence = 0;
  let current = 0;
  let bypass = false;

  const ignored = () => {
    try {
      const list = JSON.parse(ignoredField.value || "[]");
      return Array.isArray(list) ? list : [];
    } catch {
      return [];
    }
  };

  function announce(text) {
    if (status && text) status.textContent = text;
  }

  async function post(url, extra) {
    controller?.abort();
    controller = new AbortController();
    const id = ++sequence;
    const response = await fetch(url + window.location.search, {
      method: "POST",
      credentials: "same-origin",
      signal: controller.signal,
      headers: { "content-type": "application/json", accept: "application/json", "x-csrf-token": csrf },
      body: JSON.stringify({ text: textarea.value, lang: langField?.value || "", ignored: ignored(), ...extra }),
    });
    if (!response.ok) throw new Error(`status ${response.status}`);
    const data = await response.json();
    return id === sequence ? data : null;
  }

  function render(data) {
    const active = document.activeElement;
    const activeId = active && PARTS.some((p) => document.getElementById(p)?.contains(active)) ? active.id : null;
    for (const part of PARTS) {
      const container = document.getElementById(part);
      if (container && typeof data.html?.[part] === "string") container.innerHTML = data.html[part];
    }
    if (activeId) document.getElementById(activeId)?.focus();
    markCurrent();
  }

  const highlights = () => [...document.querySelectorAll("#marked .hl")];

  function markCurrent() {
    for (const el of document.querySelectorAll("#marked .hl.current")) el.classList.remove("current");
    document.getElementById(`h-${current}`)?.classList.add("current");
  }

  function choose(n) {
    const list = highlights();
    if (list.length === 0) return;
    const count = list.length;
    current = ((((n - 1) % count) + count) % count) + 1;
    const target = document.getElementById(`h-${current}`);
    markCurrent();
    target?.focus();
  }

  async function analyzeNow() {
    clearTimeout(timer);
    announce(form.dataset.updating);
    try {
      const data = await post(form.dataset.analyze);
      if (!data) return;
      render(data);
      announce(data.status);
    } catch (error) {
      if (error.name !== "AbortError") announce("");
    }
  }

  async function apply(key, submitter) {
    // A check still waiting for the typing to stop would undo this: the apply answer has the new check.
    clearTimeout(timer);
    try {
      const data = await post(form.dataset.apply, { key });
      if (!data) return;
      if (data.applied) textarea.value = data.text;
      render(data);
      announce(data.applied ? form.dataset.applied : data.status);
      // The finding that now has this number is the next one: go there, or back to the letter.
      const next = document.getElementById(`h-${current}`) || highlights()[0];
      if (next) {
        current = Number(next.dataset.n);
        markCurrent();
        next.focus();
      } else document.getElementById("marked-title")?.scrollIntoView();
    } catch (error) {
      if (error.name !== "AbortError") submitWithoutScript(submitter);
    }
  }

  function ignore(key) {
    ignoredField.value = JSON.stringify([...new Set([...ignored(), key])]);
    return analyzeNow();
  }

  function submitWithoutScript(submitter) {
    bypass = true;
    if (submitter) form.requestSubmit(submitter);
    else form.submit();
  }

  function keyOfCurrent(action) {
    const card = document.getElementById(`f-${current}`);
    return card?.querySelector(`button[data-action="${action}"]`)?.dataset.key;
  }

  textarea.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(analyzeNow, DELAY_MS);
  });
  langField?.addEventListener("change", analyzeNow);

  form.addEventListener("submit", (event) => {
    if (bypass) {
      bypass = false;
      return;
    }
    const submitter = event.submitter;
    const value = submitter?.value || "";
    const colon = value.indexOf(":");
    const verb = colon < 0 ? value : value.slice(0, colon);
    const key = colon < 0 ? "" : value.slice(colon + 1);
    if (verb === "apply" && key) {
      event.preventDefault();
      const card = submitter.closest(".finding");
      if (card) current = Number(card.dataset.n);
      apply(key, submitter);
    } else if (verb === "ignore" && key) {
      event.preventDefault();
      const card = submitter.closest(".finding");
      if (card) current = Number(card.dataset.n);
      ignore(key).then(() => (document.getElementById(`h-${current}`) || highlights()[0])?.focus());
    } else if (verb === "unignore") {
      event.preventDefault();
      ignoredField.value = "[]";
      analyzeNow();
    }
  });

  // Enter (or a click) on a finding in the letter goes to its card; "show in the letter" comes back.
  document.addEventListener("click", (event) => {
    const link = event.target.closest?.("#marked a.hl, a.show-in-letter");
    if (!link) return;
    const target = document.getElementById((link.getAttribute("href") || "").slice(1));
    if (!target) return;
    event.preventDefault();
    if (target.classList.contains("hl")) current = Number(target.dataset.n);
    else current = Number(target.dataset.n || current);
    markCurrent();
    target.focus();
    target.scrollIntoView({ block: "nearest" });
  });

  document.addEventListener("focusin", (event) => {
    const el = event.target.closest?.("#marked .hl, .finding");
    if (el?.dataset.n) {
      current = Number(el.dataset.n);
      markCurrent();
    }
  });
  document.addEventListener("focusout", (event) => {
    event.target.closest?.(".hl-wrap")?.classList.remove("tip-closed");
  });

  document.addEventListener("keydown", (event) => {
    if (event.key === "Escape") {
      const wrap = document.activeElement?.closest?.(".hl-wrap");
      if (wrap) wrap.classList.add("tip-closed");
      return;
    }
    if (!event.altKey || !event.shiftKey || event.ctrlKey || event.metaKey) return;
    const actions = {
      KeyN: () => choose(current + 1),
      KeyP: () => choose(current - 1),
      KeyA: () => {
        const key = keyOfCurrent("apply");
        if (key) apply(key);
      },
      KeyI: () => {
        const key = keyOfCurrent("ignore");
        if (key) ignore(key);
      },
    };
    const run = actions[event.code];
    if (!run) return;
    event.preventDefault();
    run();
  });

  if (toolbar) {
    toolbar.hidden = false;
    toolbar.addEventListener("click", (event) => {
      const nav = event.target.closest?.("button[data-nav]")?.dataset.nav;
      if (nav === "next") choose(current + 1);
      else if (nav === "prev") choose(current - 1);
      else if (nav === "apply") {
        const key = keyOfCurrent("apply");
        if (key) apply(key);
      } else if (nav === "ignore") {
        const key = keyOfCurrent("ignore");
        if (key) ignore(key);
      }
    });
  }
})();
