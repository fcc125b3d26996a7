// Applies the reader's chosen text size before the page paints, so a reload does not flash
// the default size first. Kept tiny and synchronous on purpose; site.js does the rest.
(function () {
  try {
    var level = window.localStorage.getItem('cjournal.fontLevel');
    if (level && /^[1-7]$/.test(level)) {
      document.documentElement.setAttribute('data-font-level', level);
    }
  } catch (e) {
    // Storage can be blocked (private mode, policies); the default size is fine then.
  }
})();
