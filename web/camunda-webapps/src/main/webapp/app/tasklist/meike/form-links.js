/*
 * meike-privacy (issue 17, item 5): a task form's links to attachments and documents under /api
 * open in a new tab, so the task stays open beside them (form-js drops a link's target). They
 * open with the Tasklist sign-in: the EAR's modules share the session and /api accepts it for
 * reading requests.
 */
export function isApiLink(href) {
  return typeof href === 'string' && /^\/api\//.test(href);
}

function mark(root) {
  root.querySelectorAll('.fjs-container a[href]').forEach((link) => {
    if (isApiLink(link.getAttribute('href')) && link.getAttribute('target') !== '_blank') {
      link.setAttribute('target', '_blank');
      link.setAttribute('rel', 'noopener');
    }
  });
}

if (typeof document !== 'undefined' && typeof MutationObserver !== 'undefined') {
  const start = () => {
    mark(document);
    new MutationObserver(() => mark(document)).observe(document.body, { childList: true, subtree: true });
  };
  if (document.body) {
    start();
  } else {
    document.addEventListener('DOMContentLoaded', start);
  }
}

export default [];
