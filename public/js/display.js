// The "now serving" screen, enhanced: live updates over Server-Sent Events, a chime and the spoken call in the
// site's languages, said twice. Browsers only play sound after one click, so staff press "Start sound" once.
// Without this script the page reloads itself every 10 seconds.
(() => {
  const main = document.getElementById("main");
  const current = document.getElementById("current-calls");
  const previous = document.getElementById("previous-calls");
  const empty = document.getElementById("no-calls");
  const button = document.getElementById("start-sound");
  const status = document.getElementById("sound-status");
  if (!main || !current || !previous || !empty || !button || !status || !("EventSource" in window)) return;

  const chime = main.dataset.chime;
  let soundOn = false;
  let playing = false;
  const queue = [];

  function callItem(call, className) {
    const li = document.createElement("li");
    if (className) li.className = className;
    const parts = [
      ["number", call.number, false],
      ["arrow", "→", true],
      ["counter", call.counterLabel, false],
    ];
    for (const [name, text, hidden] of parts) {
      const span = document.createElement("span");
      span.className = name;
      span.textContent = text;
      if (hidden) span.setAttribute("aria-hidden", "true");
      li.append(span);
    }
    return li;
  }

  function render(board) {
    current.replaceChildren(...board.current.map((call) => callItem(call, "call")));
    previous.replaceChildren(...board.previous.map((call) => callItem(call, "")));
    empty.hidden = board.current.length > 0;
  }

  function play(url) {
    return new Promise((resolve) => {
      const audio = new Audio(url);
      audio.addEventListener("ended", resolve);
      audio.addEventListener("error", resolve);
      audio.play().catch(resolve);
    });
  }

  async function playQueue() {
    if (playing) return;
    playing = true;
    while (queue.length > 0) {
      for (const url of queue.shift()) await play(url);
    }
    playing = false;
  }

  function announce(call) {
    if (!soundOn || !call) return;
    // The chime, the call in every language, and the call once more.
    queue.push([chime, ...call.audio, ...call.audio]);
    playQueue();
  }

  button.hidden = false;
  button.addEventListener("click", () => {
    soundOn = true;
    button.hidden = true;
    status.textContent = main.dataset.soundOn || "";
    queue.push([chime]);
    playQueue();
  });

  const events = new EventSource(main.dataset.events);
  events.addEventListener("board", (event) => {
    let data;
    try {
      data = JSON.parse(event.data);
    } catch {
      return;
    }
    render(data);
    announce(data.announce);
  });
})();
