// Loaded (as a classic script) in front of the embed page by the hardening middleware: a payload
// that runs calls __xss(), which counts on the test page that holds the iframe.
window.__xss = function () {
  try {
    if (window.parent && window.parent !== window && typeof window.parent.__xss === 'function') window.parent.__xss('embed');
  } catch (e) {
    /* cross-origin: nothing to forward to */
  }
  window.__xssCount = (window.__xssCount || 0) + 1;
};
