// Tasklist's task update without camundaFormRef (issue 17, item 2): `node --test web/camunda-webapps/src/test/js/`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withoutFormRef } from '../../main/webapp/app/tasklist/meike/task-update.js';

test('a task update leaves out the form reference Camunda cannot read back', () => {
  const body = JSON.stringify({ id: 't', followUp: '2030-01-02T09:00:00.000+0800', camundaFormRef: { key: 'f', binding: 'latest' } });
  const sent = JSON.parse(withoutFormRef('PUT', '/camunda/api/engine/engine/default/task/t', body));
  assert.equal(sent.followUp, '2030-01-02T09:00:00.000+0800');
  assert.equal(sent.camundaFormRef, undefined);
});

test('every other request is sent as it is', () => {
  const body = JSON.stringify({ camundaFormRef: {} });
  assert.equal(withoutFormRef('POST', '/camunda/api/engine/engine/default/task/t', body), body);
  assert.equal(withoutFormRef('PUT', '/camunda/api/engine/engine/default/task/t/variables/x', body), body);
  assert.equal(withoutFormRef('PUT', '/camunda/api/engine/engine/default/task/t', undefined), undefined);
});
