// The schedule's "Ausdrucken" button: the browser's print dialog (the sheet's layout is in CSS).
document.querySelectorAll("[data-print]").forEach((button) => {
  button.addEventListener("click", () => window.print());
});
