// A process manager's walk through Tasklist in a headless browser (issue 17, "what must exist"):
// the head of the applicant's department finds the recording-access application in the filter
// "录音调取审批 Recording access approvals" by its order number, opens it, sees the facts, explains
// and decides; the head of security finds it, sees who decided when, and decides; the History tab
// shows the comment. Fails on any engine error text on the page. Run by TasklistWalkIT:
//   node tasklist-walk.cjs <base url> <order number> <screenshot dir>
// with NODE_PATH naming a node_modules that holds playwright-core, and CHROMIUM the browser.
const { chromium } = require('playwright-core');
const fs = require('fs');
const path = require('path');

const [base, order, shots] = process.argv.slice(2);
const ENGINE_TEXT = /ENGINE-\d{5}|Exception\b|Cannot submit task form|Cannot instantiate process definition|No task found for task id|Bad Request|com\.meike|org\.camunda/;
const FILTER = '录音调取审批 Recording access approvals';
const STEP_TIMEOUT = 30000;

async function noEngineText(page, where) {
  const text = await page.locator('body').innerText();
  const found = text.match(ENGINE_TEXT);
  if (found) {
    throw new Error(`${where}: the page shows engine text "${found[0]}": ${text.slice(Math.max(0, found.index - 200), found.index + 200)}`);
  }
}

async function shot(page, name) {
  await page.screenshot({ path: path.join(shots, name + '.png') });
}

async function signIn(browser, user) {
  const context = await browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai', viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  page.setDefaultTimeout(STEP_TIMEOUT);
  await page.goto(base + '/camunda/app/tasklist/');
  await page.locator('input[ng-model="username"]').fill(user);
  await page.locator('input[ng-model="password"]').fill('demo');
  await page.locator('button[type=submit].btn-primary').click();
  await page.getByText(FILTER).first().waitFor();
  return page;
}

async function openTask(page, user) {
  await page.getByText(FILTER).first().click();
  // the list tells the case: the order number is in the entry (task name and shown variables)
  const entry = page.locator('ol.tasks-list li.task').filter({ hasText: order }).first();
  await entry.waitFor();
  await shot(page, `${user}-1-list`);
  await entry.locator('h4.task a').first().click();
  await page.getByText('订单号 Order number').first().waitFor();
  // the facts: the order, and the applicant by name and department, not a login id
  await page.waitForFunction((o) => [...document.querySelectorAll('input, textarea')].some((e) => e.value === o), order);
  const applicant = await page.getByLabel(/申请人 Applicant/).first().inputValue();
  if (!applicant || applicant === 'ops.agent' || !applicant.includes('(')) {
    throw new Error(`${user}: the applicant reads "${applicant}", not a name with a department`);
  }
  await noEngineText(page, `${user} opened the task`);
}

async function claimIfNeeded(page) {
  const claim = page.getByRole('button', { name: /^(Claim|认领)$/ });
  if (await claim.count() > 0 && await claim.first().isVisible()) {
    await claim.first().click();
    await page.waitForTimeout(500);
  }
}

async function comment(page, user, text) {
  await page.locator('a.createCommentLink').first().click();
  await page.locator('#comment-form-message').fill(text);
  await page.locator('.modal-footer button.btn-primary').click();
  await page.locator('#comment-form-message').waitFor({ state: 'detached' });
  await noEngineText(page, `${user} added a comment`);
  await page.getByRole('link', { name: 'History', exact: true }).first().click();
  await page.getByText(text).first().waitFor();
  await shot(page, `${user}-2-history`);
  await noEngineText(page, `${user} read the history`);
  await page.getByRole('link', { name: 'Form', exact: true }).first().click();
  await page.getByText('订单号 Order number').first().waitFor();
}

/**
 * Sets a follow-up date the way Tasklist saves it — the whole task sent back with PUT (was "Bad
 * Request" for every task with a Camunda Form) — from inside the signed-in page.
 */
async function followUp(page) {
  const taskId = new URL(page.url().replace('#/?', '?')).searchParams.get('task');
  const status = await page.evaluate((id) => new Promise((resolve) => {
    const url = document.querySelector('base').getAttribute('engine-api') + 'engine/default/task/' + id;
    const token = (document.cookie.split('; ').find((c) => c.startsWith('XSRF-TOKEN=')) || '').split('=')[1];
    const get = new XMLHttpRequest();
    get.open('GET', url);
    get.setRequestHeader('Accept', 'application/json');
    get.onload = () => {
      const task = JSON.parse(get.responseText);
      delete task._links;
      delete task._embedded;
      task.followUp = '2030-01-02T09:00:00.000+0800';
      const put = new XMLHttpRequest();
      put.open('PUT', url);
      put.setRequestHeader('Content-Type', 'application/json');
      if (token) {
        put.setRequestHeader('X-XSRF-TOKEN', decodeURIComponent(token));
      }
      put.onload = () => resolve(put.status + ' ' + put.responseText);
      put.send(JSON.stringify(task));
    };
    get.send();
  }), taskId);
  if (!status.startsWith('204')) {
    throw new Error(`setting the follow-up date answered ${status}`);
  }
}

/** Dismisses the notifications Tasklist shows (they cover the Complete button). */
async function dismissNotifications(page) {
  for (const close of await page.locator('.page-notifications button.close').all()) {
    await close.click().catch(() => {});
  }
}

async function decide(page, user, reason) {
  await dismissNotifications(page);
  await page.getByLabel('批准 Approve').check();
  await page.getByLabel(/您的意见 Your comment/).fill(reason);
  await shot(page, `${user}-3-form`);
  await page.getByRole('button', { name: /^(Complete|完成)$/ }).click();
  await page.locator('.page-notifications').getByText(/completed|完成/i).first().waitFor().catch(() => {});
  await page.waitForTimeout(1000);
  await noEngineText(page, `${user} decided`);
}

(async () => {
  fs.mkdirSync(shots, { recursive: true });
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args: ['--no-sandbox'] });
  try {
    // the department head: a reject without a reason is stopped by the form itself
    let page = await signIn(browser, 'ops.head');
    await openTask(page, 'ops-head');
    await claimIfNeeded(page);
    await comment(page, 'ops-head', '已向申请人核实用途 checked the use with the applicant');
    await followUp(page);
    await page.getByLabel('驳回 Reject').check();
    await page.getByRole('button', { name: /^(Complete|完成)$/ }).click();
    await page.waitForTimeout(1000);
    await noEngineText(page, 'ops-head rejected without a reason');
    await page.getByText(order).first().waitFor(); // still on the task: nothing was sent
    await decide(page, 'ops-head', '争议处理需要，同意 Needed for the dispute, approved');
    await page.context().close();

    // the head of security sees who decided when, then decides
    page = await signIn(browser, 'sec.head');
    await openTask(page, 'sec-head');
    const decidedBy = await page.getByLabel(/Decided by/).first().inputValue();
    const decidedAt = await page.getByLabel(/Decided at/).first().inputValue();
    if (!decidedBy || !decidedAt) {
      throw new Error(`the security head does not see who decided first and when ("${decidedBy}", "${decidedAt}")`);
    }
    await claimIfNeeded(page);
    await shot(page, 'sec-head-2-form');
    await decide(page, 'sec-head', '同意，限本订单 Approved for this order only');
    await page.context().close();
    console.log('1 passed, 0 failed');
  } finally {
    await browser.close();
  }
})().catch((e) => {
  console.error(e.stack || String(e));
  console.log('0 passed, 1 failed');
  process.exit(1);
});
