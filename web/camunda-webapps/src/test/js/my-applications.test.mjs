// "我的申请 My applications" (issue 17, item 5): `node --test web/camunda-webapps/src/test/js/`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import plugins, { chinaTime, label } from '../../main/webapp/app/tasklist/meike/my-applications.js';

test('times read as China time', () => {
  assert.equal(chinaTime('2026-12-06T16:30:00Z'), '2026-12-07 00:30');
  assert.equal(chinaTime(null), '');
});

test('codes read as their labels, an unknown code as itself', () => {
  assert.equal(label({ APPROVED: '已批准 Approved' }, 'APPROVED'), '已批准 Approved');
  assert.equal(label({}, 'NEW_STATE'), 'NEW_STATE');
});

test('one header action of Tasklist', () => {
  assert.equal(plugins.length, 1);
  assert.equal(plugins[0].pluginPoint, 'tasklist.navbar.action');
});

test('only links under /api open beside the task', async () => {
  const { isApiLink } = await import('../../main/webapp/app/tasklist/meike/form-links.js');
  assert.equal(isApiLink('/api/complaints/C/attachments/a'), true);
  assert.equal(isApiLink('https://example.com/api/x'), false);
  assert.equal(isApiLink(null), false);
});
