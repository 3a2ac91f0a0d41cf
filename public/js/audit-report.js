// Sorting for the audit report's letter table: each column title becomes a button; a second press reverses the
// order. aria-sort tells assistive technology which column sorts the table. Inlined into the report file.
(() => {
  const table = document.getElementById("letters");
  if (!table?.tBodies[0]) return;
  const body = table.tBodies[0];
  const headers = [...table.tHead.rows[0].cells];
  for (const hint of document.querySelectorAll(".js-only")) hint.hidden = false;
  const sortValue = (row, index, type) => {
    const cell = row.cells[index];
    const raw = cell?.dataset.value ?? cell?.textContent ?? "";
    if (type === "number") return raw === "" ? Number.NEGATIVE_INFINITY : Number(raw);
    return raw.trim().toLocaleLowerCase();
  };
  headers.forEach((th, index) => {
    const button = document.createElement("button");
    button.type = "button";
    button.textContent = th.textContent;
    th.textContent = "";
    th.append(button);
    button.addEventListener("click", () => {
      const ascending = th.getAttribute("aria-sort") !== "ascending";
      const type = th.dataset.type;
      const rows = [...body.rows];
      rows.sort((a, b) => {
        const x = sortValue(a, index, type);
        const y = sortValue(b, index, type);
        const order = type === "number" ? x - y : String(x).localeCompare(String(y));
        return ascending ? order : -order;
      });
      for (const other of headers) other.removeAttribute("aria-sort");
      th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
      body.append(...rows);
    });
  });
})();
