/*
 * Kiosk enhancements. Every screen works without this file; with it:
 * - big "read aloud" and "again" buttons drive the screen's <audio>, and speech stops when the visitor moves on;
 * - after the site's idle time a warning asks "are you still there?" for at least 20 s, then the kiosk goes back to
 *   the language screen through /kiosk/:site/reset, which deletes the visitor's letters and cookies;
 * - the ticket screen gets a print button;
 * - while Klaar reads a letter ("working on it" screen) the progress follows status.json, the idle timer waits, and the
 *   explanation opens when it is ready; there the spoken essentials play once by themselves (where the browser lets
 *   them), and the "hard words" and "whole explanation" buttons play their own tracks.
 * Loaded in <head> (no defer) so <html> is marked .js before the first paint; the rest waits for the DOM.
 */
document.documentElement.classList.add("js");

document.addEventListener("DOMContentLoaded", () => {
  const body = document.body;
  const audio = document.querySelector("[data-speech-audio]");

  // ---- read aloud -------------------------------------------------------------------------------------------
  const stopSpeech = () => {
    if (audio && !audio.paused) audio.pause();
  };
  for (const button of document.querySelectorAll("[data-speech]")) {
    button.addEventListener("click", () => {
      if (!audio) return;
      if (button.getAttribute("data-speech") === "repeat" || audio.ended) audio.currentTime = 0;
      if (audio.paused) void audio.play().catch(() => {});
      else if (button.getAttribute("data-speech") === "play") audio.pause();
    });
  }
  // Moving on stops the speech: a link, a form, or the page going away.
  document.addEventListener("click", (event) => {
    const target = event.target instanceof Element ? event.target.closest("a, button[type=submit]") : null;
    if (target) stopSpeech();
  });
  window.addEventListener("pagehide", stopSpeech);

  // Other tracks (the hard words, the whole explanation) play in the same player.
  const essentialsSrc = audio?.getAttribute("src");
  for (const button of document.querySelectorAll("[data-speech-src]")) {
    button.addEventListener("click", () => {
      if (!audio) return;
      audio.src = button.getAttribute("data-speech-src");
      audio.currentTime = 0;
      void audio.play().catch(() => {});
    });
  }
  for (const button of document.querySelectorAll("[data-speech]")) {
    // "Read aloud" and "again" are for the essentials once another track was chosen.
    button.addEventListener(
      "click",
      () => {
        if (audio && essentialsSrc && !audio.src.endsWith(essentialsSrc)) audio.src = essentialsSrc;
      },
      { capture: true },
    );
  }
  // The essentials of an explained letter, read aloud once by themselves (not again on reload or "back").
  const autoplay = document.querySelector("[data-autoplay]");
  if (audio && autoplay) {
    const key = `klaar-played:${location.pathname}`;
    let played = false;
    try {
      played = sessionStorage.getItem(key) === "1";
      sessionStorage.setItem(key, "1");
    } catch {
      // storage off: play once per page view
    }
    if (!played) void audio.play().catch(() => {});
  }

  // ---- print ------------------------------------------------------------------------------------------------
  for (const button of document.querySelectorAll("[data-print]"))
    button.addEventListener("click", () => window.print());

  // ---- working on a letter ----------------------------------------------------------------------------------
  // Klaar is busy, not the visitor idle: no idle warning on this screen; it follows the job and moves on by itself.
  const working = document.querySelector("[data-letter-status]");
  if (working) {
    const progress = working.querySelector("progress");
    const poll = async () => {
      try {
        const response = await fetch(working.getAttribute("data-letter-status"), { cache: "no-store" });
        const status = await response.json();
        if (progress && typeof status.progress === "number") progress.value = status.progress;
        if (status.href) return window.location.replace(status.href);
        if (status.state === "gone") return window.location.reload();
      } catch {
        // a hiccup: ask again
      }
      window.setTimeout(poll, 1000);
    };
    window.setTimeout(poll, 1000);
    return;
  }

  // ---- idle -------------------------------------------------------------------------------------------------
  const timeout = Number(body.dataset.idleTimeout);
  const warning = Number(body.dataset.idleWarning);
  const resetUrl = body.dataset.idleReset;
  const dialog = document.querySelector("[data-idle-dialog]");
  // The staff preview shows screens in frames: they must not reset anything.
  if (!resetUrl || !timeout || !dialog || window.self !== window.top) return;

  const count = dialog.querySelector("[data-idle-count]");
  let warnTimer = 0;
  let tick = 0;
  let left = warning;

  const reset = () => {
    try {
      sessionStorage.clear();
      localStorage.clear();
    } catch {
      // storage may be off; nothing to clear then
    }
    for (const field of document.querySelectorAll("input, textarea")) field.value = "";
    stopSpeech();
    window.location.replace(resetUrl);
  };

  const showWarning = () => {
    left = warning;
    if (count) count.textContent = String(left);
    if (!dialog.open) dialog.showModal();
    dialog.querySelector("[data-idle-stay]")?.focus();
    tick = window.setInterval(() => {
      left -= 1;
      if (left <= 0) {
        window.clearInterval(tick);
        reset();
      } else if (count) count.textContent = String(left);
    }, 1000);
  };

  const restart = () => {
    window.clearTimeout(warnTimer);
    window.clearInterval(tick);
    if (dialog.open) dialog.close();
    warnTimer = window.setTimeout(showWarning, Math.max(1, timeout - warning) * 1000);
  };

  dialog.querySelector("[data-idle-stay]")?.addEventListener("click", restart);
  // Escape closes a modal dialog: that is an answer too.
  dialog.addEventListener("cancel", (event) => {
    event.preventDefault();
    restart();
  });
  for (const type of ["pointerdown", "keydown", "input", "wheel", "touchstart"]) {
    document.addEventListener(
      type,
      () => {
        if (!dialog.open) restart();
      },
      { passive: true, capture: true },
    );
  }
  // Speech that plays is not idleness.
  audio?.addEventListener("playing", restart);
  restart();
});

/*
 * Camera capture on the "explain my letter" screen: a live preview, "take the photo" and "take it again". The photo
 * becomes the form's file, so the server reads it like an upload. Browsers only allow the camera on localhost or https.
 */
document.addEventListener("DOMContentLoaded", () => {
  const box = document.querySelector("[data-camera]");
  const fileInput = document.querySelector("#k-file");
  if (!box || !fileInput || !navigator.mediaDevices?.getUserMedia || typeof DataTransfer !== "function") return;
  const video = box.querySelector("[data-camera-video]");
  const photo = box.querySelector("[data-camera-photo]");
  const start = box.querySelector("[data-camera-start]");
  const take = box.querySelector("[data-camera-take]");
  const retake = box.querySelector("[data-camera-retake]");
  let stream = null;
  const show = (element, visible) => {
    element.hidden = !visible;
  };
  const stop = () => {
    for (const track of stream?.getTracks() ?? []) track.stop();
    stream = null;
  };
  const open = async () => {
    try {
      stream = await navigator.mediaDevices.getUserMedia({
        video: { facingMode: "environment", width: { ideal: 3840 } },
      });
    } catch {
      show(box, false); // no camera or no permission: the file field stays
      return;
    }
    video.srcObject = stream;
    await video.play().catch(() => {});
    show(video, true);
    show(photo, false);
    show(start, false);
    show(retake, false);
    show(take, true);
    take.focus();
  };
  show(box, true);
  start.addEventListener("click", open);
  retake.addEventListener("click", open);
  take.addEventListener("click", () => {
    const canvas = document.createElement("canvas");
    canvas.width = video.videoWidth;
    canvas.height = video.videoHeight;
    canvas.getContext("2d").drawImage(video, 0, 0);
    stop();
    canvas.toBlob(
      (blob) => {
        if (!blob) return;
        const files = new DataTransfer();
        files.items.add(new File([blob], "foto.jpg", { type: "image/jpeg" }));
        fileInput.files = files.files;
        photo.src = URL.createObjectURL(blob);
        show(video, false);
        show(photo, true);
        show(take, false);
        show(retake, true);
        retake.focus();
      },
      "image/jpeg",
      0.92,
    );
  });
  window.addEventListener("pagehide", stop);
});
