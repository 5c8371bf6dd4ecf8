// Tasklist's notification rewrite (issue 17, item 3): run with `node --test web/camunda-webapps/src/test/js/`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { humane } from '../../main/webapp/app/tasklist/meike/humane-errors.js';

const ENGINE_TEXT = /ENGINE-|Exception|com\.meike|org\.camunda|:\d+:[0-9a-f-]{36}|Cannot submit|Cannot instantiate/;

test('the server\'s bilingual sentence is kept, Tasklist\'s prefix with the task id dropped', () => {
  const shown = humane('Cannot submit task form 3f2a0c1e-1111-2222-3333-444455556666: 拒绝时必须填写理由：请在“说明”中写明原因。 A rejection needs a reason: write it in the comment.');
  assert.equal(shown, '拒绝时必须填写理由：请在“说明”中写明原因。 A rejection needs a reason: write it in the comment.');
});

test('a start refusal loses the definition id, the engine code and class names', () => {
  const shown = humane('Cannot instantiate process definition recording-access-approval:1:3f2a0c1e-1111-2222-3333-444455556666: 没有这个订单号的订单，请核对订单号。 No order has this number: check the order number.');
  assert.equal(shown, '没有这个订单号的订单，请核对订单号。 No order has this number: check the order number.');
  assert.doesNotMatch(humane('ENGINE-03051 There was an exception while invoking the TaskListener. Message: \'com.meike.privacy.kernel.problem.DomainException: is required when rejecting\''), ENGINE_TEXT);
});

test('raw engine texts become a plain sentence in Chinese and English', () => {
  for (const raw of ['No task found for task id 123', 'Bad Request',
    'The user with id \'ops.head\' does not have \'TASK_ASSIGN\' permission on resource \'1\' of type \'Task\'.',
    'org.camunda.bpm.engine.AuthorizationException: x']) {
    const shown = humane(raw);
    assert.doesNotMatch(shown, ENGINE_TEXT, raw);
    assert.match(shown, /[\u4e00-\u9fff]/, raw);
  }
});

test('ordinary notifications stay as they are', () => {
  assert.equal(humane('Task saved'), 'Task saved');
  assert.equal(humane(''), '');
});
