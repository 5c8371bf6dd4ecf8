/*
 * meike-privacy (issue 17, item 2): Tasklist saves a follow-up date by sending the whole task back
 * (PUT …/task/{id}). For a task with a Camunda Form the task carries "camundaFormRef", which
 * Camunda 7.24's REST API cannot read back: every follow-up or due date of such a task failed with
 * "Bad Request". The form reference is not something a PUT can change, so this script leaves it out
 * of that one request; nothing else is touched.
 */
const TASK_UPDATE = /\/task\/[^/?]+$/;

/** The body to send for {@code method} {@code url}: a task update without camundaFormRef. */
export function withoutFormRef(method, url, body) {
  if (String(method).toUpperCase() !== 'PUT' || !TASK_UPDATE.test(String(url).split('?')[0])
      || typeof body !== 'string' || !body.includes('camundaFormRef')) {
    return body;
  }
  try {
    const task = JSON.parse(body);
    delete task.camundaFormRef;
    return JSON.stringify(task);
  } catch (e) {
    return body;
  }
}

if (typeof XMLHttpRequest !== 'undefined' && !XMLHttpRequest.prototype.meikeTaskUpdate) {
  const open = XMLHttpRequest.prototype.open;
  const send = XMLHttpRequest.prototype.send;
  XMLHttpRequest.prototype.meikeTaskUpdate = true;
  XMLHttpRequest.prototype.open = function (method, url, ...rest) {
    this.meikeRequest = [method, url];
    return open.call(this, method, url, ...rest);
  };
  XMLHttpRequest.prototype.send = function (body) {
    const [method, url] = this.meikeRequest || [];
    return send.call(this, withoutFormRef(method, url, body));
  };
}

export default [];
