// The "×" of a task its process assigned (issue 17, item 2): `node --test web/camunda-webapps/src/test/js/`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assignedByProcess } from '../../main/webapp/app/tasklist/meike/assigned-by-process.js';

test('a routed approver\'s task (an assignee, no candidates) is assigned by its process', () => {
  assert.equal(assignedByProcess([{ type: 'assignee', userId: 'ops.head' }]), true);
});

test('a task with candidate groups or users may be given back: the "×" stays', () => {
  assert.equal(assignedByProcess([{ type: 'assignee', userId: 'cs.agent' }, { type: 'candidate', groupId: 'customer-service' }]), false);
  assert.equal(assignedByProcess([{ type: 'candidate', userId: 'legal.counsel' }]), false);
});

test('when the candidates could not be read, nothing is hidden', () => {
  assert.equal(assignedByProcess(undefined), false);
  assert.equal(assignedByProcess({ type: 'Forbidden' }), false);
});
