/*
 * meike-privacy (issue 17, item 2): a task its process assigned to one person — a routed
 * approver's decision, which has no candidate users or groups — cannot be given back or handed on:
 * the engine refuses with one sentence (TaskDoors). Tasklist shows its "×" (unclaim) and the
 * editable assignee on every task alike, so this script marks such a task's header
 * (`meike-assigned-by-process`, hidden by user-styles.css). It asks the engine once per task for
 * the task's candidates, the rule TaskDoors applies; if it cannot tell, nothing is hidden.
 */

/** Whether a task with these identity links was assigned by its process (no candidates). */
export function assignedByProcess(identityLinks) {
  return Array.isArray(identityLinks) && !identityLinks.some((link) => link && link.type === 'candidate');
}

const MARK = 'meike-assigned-by-process';
const known = new Map(); // task id -> true / false, or null while asking

function openTaskId() {
  const query = (location.hash || '').replace(/^#\/?\??/, '');
  return new URLSearchParams(query).get('task');
}

function ask(taskId) {
  known.set(taskId, null);
  const base = document.querySelector('base');
  const api = base && base.getAttribute('engine-api');
  if (!api) {
    return;
  }
  const request = new XMLHttpRequest();
  request.open('GET', api + 'engine/default/task/' + encodeURIComponent(taskId) + '/identity-links');
  request.setRequestHeader('Accept', 'application/json');
  request.onload = () => {
    try {
      known.set(taskId, request.status === 200 && assignedByProcess(JSON.parse(request.responseText)));
    } catch (e) {
      known.set(taskId, false);
    }
    mark();
  };
  request.onerror = () => known.set(taskId, false);
  request.send();
}

function mark() {
  const header = document.querySelector('ul.actors');
  if (!header) {
    return;
  }
  const taskId = openTaskId();
  if (taskId && !known.has(taskId) && header.querySelector('li.assignee .unclaim, li.assignee .reset-assignee')) {
    ask(taskId);
  }
  const hide = Boolean(taskId) && known.get(taskId) === true;
  if (header.classList.contains(MARK) !== hide) {
    header.classList.toggle(MARK, hide);
  }
}

if (typeof document !== 'undefined' && typeof MutationObserver !== 'undefined') {
  const start = () => {
    mark();
    new MutationObserver(mark).observe(document.body, { childList: true, subtree: true });
    window.addEventListener('hashchange', mark);
  };
  if (document.body) {
    start();
  } else {
    document.addEventListener('DOMContentLoaded', start);
  }
}

export default [];
