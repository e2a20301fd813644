// An unattended wall must come back by itself. Blazor toggles classes on #components-reconnect-modal: when the
// server no longer knows this page's circuit (it restarted: "rejected") or gave up retrying ("failed"), wait until
// the server answers /healthz again and reload the page.
(() => {
  const gaveUp = ["components-reconnect-rejected", "components-reconnect-failed", "components-reconnect-resume-failed"];
  let reloading = false;

  async function reloadWhenServerAnswers() {
    if (reloading) {
      return;
    }
    reloading = true;
    for (;;) {
      try {
        const response = await fetch("healthz", { cache: "no-store" });
        if (response.ok) {
          location.reload();
          return;
        }
      } catch {
        // The server is still down: keep waiting.
      }
      await new Promise((resolve) => setTimeout(resolve, 2000));
    }
  }

  const modal = document.getElementById("components-reconnect-modal");
  new MutationObserver(() => {
    if (gaveUp.some((name) => modal.classList.contains(name))) {
      reloadWhenServerAnswers();
    }
  }).observe(modal, { attributes: true, attributeFilter: ["class"] });
})();
