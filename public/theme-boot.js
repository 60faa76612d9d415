// The saved theme, applied before the first paint so a reload never flashes the other one. Loaded by
// index.html as a classic blocking script in <head>, from a file of its own: the Content-Security-Policy
// (script-src 'self') refuses inline scripts. Same rule as resolveTheme (src/domain/theme.ts);
// src/app/theme.ts takes over once the app runs.
(function () {
  var preference = "system";
  try {
    preference = JSON.parse(localStorage.getItem("chat-studio:meta")).settings.theme || "system";
  } catch {
    // Nothing saved, or nothing readable: follow the system.
  }
  var dark =
    preference === "dark" ||
    (preference !== "light" && window.matchMedia("(prefers-color-scheme: dark)").matches);
  document.documentElement.dataset.theme = dark ? "dark" : "light";
  document.documentElement.style.colorScheme = dark ? "dark" : "light";
})();
