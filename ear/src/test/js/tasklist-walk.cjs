// Process managers' walk through Tasklist in a headless browser (issue 17, "what must exist"): each
// finds the task in its filter by what the list shows, opens it, sees the facts, decides, and sees
// the decision in the history.
// - recording-access approval: the head of the applicant's department (no "×" on the decision the
//   process assigned; comment, History tab, follow-up date, a reject without reason stopped by the
//   form, approve), the head of security
//   (sees who decided first and when), then the applicant reads both decisions and the grant in
//   "我的申请 My applications";
// - complaint: customer service opens the complainant's attachment from the form with the Tasklist
//   sign-in (content, no 401), opens the task from a link and claims it (the form stays open),
//   escalates; the supervisor reads the escalation in the complaint's history and answers;
// - lawful disclosure: legal opens the legal document from the form, comments, reads the History
//   tab and approves;
// - incident: the head of security registers an incident from "Start process" (the start form),
//   then finds an incident by its number in "安全事件 Incidents", explains and assesses its scope;
// - shutdown: "Start process" offers it to the head of operations, not to an operations member; the
//   privacy officer asks to shut a service down from "Start process", finds the request in
//   "停运数据处置 Shutdown data disposal" by the service, explains and rejects it;
// - regulator's report: the privacy officer finds the report task of an incident graded 较大 by its
//   number, reads the facts and the draft, explains, submits it, and reads the submission in the
//   incident's history (its next task);
// - yearly drill: the head of security finds this year's drill (raised when the server started,
//   its date having passed) by its number in the incidents filter, reads the plan, explains and
//   records the drill;
// - rights request: customer service finds a verified request by its number in "个人信息权利请求
//   Data-subject requests", reads the facts, explains and fulfils it;
// - an administrator's "Start process" offers nothing.
// Each explanation is read back in the task's History tab before the decision. Fails on any engine
// error text on the page. Each user signs in once (the head of security approves, then works on
// incidents; customer service escalates the complaint, then answers the rights request), all in one
// browser profile, so Tasklist's scripts are fetched once; steps wait for what the user sees (the
// form's message, Tasklist's answer to Complete, the claim done), not for fixed pauses. Prints how
// long each part took ("[walk …]"). Run by TasklistWalkIT:
//   node tasklist-walk.cjs <base url> <order number> <screenshot dir> <complaint number> <request short id>
//     <incident short id> <rights request short id> <shutdown date yyyy-mm-dd> <reported incident short id>
//     <drill task name or -> ("-": this year's drill was recorded on this database in an earlier run)
// with NODE_PATH naming a node_modules that holds playwright-core, and CHROMIUM the browser.
const { chromium } = require('playwright-core');
const fs = require('fs');
const os = require('os');
const path = require('path');

const [base, order, shots, complaint, lawful, incident, rights, shutdownDate, reportIncident, drill] = process.argv.slice(2);
const ENGINE_TEXT = /ENGINE-\d{5}|Exception\b|Cannot submit task form|Cannot instantiate process definition|No task found for task id|Bad Request|com\.meike|org\.camunda/;
const FILTER = '录音调取审批 Recording access approvals';
const COMPLAINTS = '客诉 Complaints';
const LAWFUL = '执法披露 Lawful disclosures';
const INCIDENTS = '安全事件 Incidents and breach notices';
const RIGHTS = '个人信息权利请求 Data-subject requests';
const SHUTDOWNS = '停运数据处置 Shutdown data disposal';
const APPLICATION = '录音调取审批'; // every member of staff may apply: the start dialog has loaded when it shows
const STEP_TIMEOUT = 30000;
const STARTED = Date.now();

/** Prints how far the walk is and since when (benchmark/results.md reads these). */
function mark(what) {
  console.log(`[walk ${((Date.now() - STARTED) / 1000).toFixed(1)} s] ${what}`);
}

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

/**
 * Signs {@code user} in, in the walk's one browser profile: the previous user's session ends with
 * its cookies, while Tasklist's scripts stay in the browser's cache (revalidated, not fetched and
 * compiled again for every user, as a fresh context did).
 */
async function signIn(context, user, filter = FILTER) {
  await context.clearCookies();
  const page = context.pages()[0] || (await context.newPage());
  page.setDefaultTimeout(STEP_TIMEOUT);
  const form = page.locator('input[ng-model="username"]');
  const listed = page.getByText(filter).first();
  // On a loaded machine Tasklist's first page after signing in can take longer than one step;
  // a second, fresh load (signed in already, or signing in again) tells slowness from a fault.
  for (let attempt = 1; ; attempt++) {
    await page.goto(base + '/camunda/app/tasklist/');
    await form.or(listed).first().waitFor({ timeout: 2 * STEP_TIMEOUT });
    if (await form.isVisible()) {
      await form.fill(user);
      await page.locator('input[ng-model="password"]').fill('demo');
      await page.locator('button[type=submit].btn-primary').click();
    }
    try {
      await listed.waitFor({ timeout: 2 * STEP_TIMEOUT });
      mark(`${user} signed in`);
      return page;
    } catch (e) {
      if (attempt === 2) throw e;
      console.log(`${user}: Tasklist did not list "${filter}" after signing in; loading it again`);
    }
  }
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
  // whether there is anything to hear (the walk's order had no visit, so no recording)
  const recordings = await page.getByLabel('录音 Recordings', { exact: true }).first().inputValue();
  if (!recordings.includes('This order has no recording')) {
    throw new Error(`${user}: the form does not say the order has no recording ("${recordings}")`);
  }
  await noEngineText(page, `${user} opened the task`);
}

async function claimIfNeeded(page) {
  const claim = page.getByRole('button', { name: /^(Claim|认领)$/ });
  if (await claim.count() > 0 && await claim.first().isVisible()) {
    await claim.first().click();
    await claim.first().waitFor({ state: 'hidden' });
  }
}

async function comment(page, user, text, facts = '订单号 Order number') {
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
  await page.getByText(facts).first().waitFor();
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

/**
 * Waits for Tasklist's answer to Complete and fails on engine text. Tasklist shows no notice when a
 * task is completed: it closes the task (or opens the process's next task for the same user), so
 * the answer is the task leaving the address, or an error notice. (Waiting for a "completed" notice
 * that never came cost the walk 30 s per decision.)
 */
async function completed(page, user, taskId) {
  await page.waitForFunction(
    (id) => !new URLSearchParams(location.hash.replace(/^#\/?\??/, '')).getAll('task').includes(id)
      || document.querySelector('.page-notifications .alert-danger, .page-notifications .alert-error, .page-notifications .alert-warning'),
    taskId);
  await noEngineText(page, `${user} decided`);
}

/**
 * Closes the notifications Tasklist shows (they cover the Complete button), polling until none is
 * shown. Tasklist keeps closed and fading notices in the page, hidden: clicking those with
 * Playwright waited for them to become clickable until its time-out (about 30 s each, three times a
 * walk), so the visible ones are closed from inside the page.
 */
async function dismissNotifications(page) {
  const until = Date.now() + 5000;
  while (Date.now() < until) {
    const shown = await page.evaluate(() => {
      const visible = [...document.querySelectorAll('.page-notifications button.close')]
        .filter((close) => close.getClientRects().length > 0);
      visible.forEach((close) => close.click());
      return visible.length;
    });
    if (shown === 0) {
      return;
    }
    await page.waitForTimeout(100);
  }
}

/**
 * What "Start process" offers the signed-in user: the dialog's text once {@code listed} (a process
 * every such user may start) shows; the dialog is closed again.
 */
async function startOffers(page, listed) {
  await dismissNotifications(page);
  await page.getByText('Start process').first().click();
  const modal = page.locator('.modal-content').first();
  await modal.getByText(listed).first().waitFor();
  const offered = await modal.innerText();
  await page.keyboard.press('Escape');
  await modal.waitFor({ state: 'detached', timeout: 5000 }).catch(async () => {
    await modal.locator('.modal-footer button').first().click();
    await modal.waitFor({ state: 'detached' });
  });
  return offered;
}

async function decide(page, user, reason) {
  await dismissNotifications(page);
  await page.getByLabel('批准 Approve').check();
  await page.getByLabel(/您的意见 Your comment/).fill(reason);
  await shot(page, `${user}-3-form`);
  const task = taskIdOf(page);
  await page.getByRole('button', { name: /^(Complete|完成)$/ }).click();
  await completed(page, user, task);
}

/** Opens the task of {@code filter} whose list entry shows {@code text}; waits for a field holding {@code value}. */
async function openFromList(page, user, filter, text, value) {
  await page.getByText(filter).first().click();
  const entry = page.locator('ol.tasks-list li.task').filter({ hasText: text }).first();
  await entry.waitFor();
  await shot(page, `${user}-1-list`);
  await entry.locator('h4.task a').first().click();
  await page.waitForFunction((v) => [...document.querySelectorAll('input, textarea')].some((e) => e.value === v), value);
  await noEngineText(page, `${user} opened the task`);
}

/** The form's link under /api opens beside the task and answers with content for this sign-in — no 401, no second login. */
async function opensWithTheSignIn(page, user, selector, type) {
  const link = page.locator(`.fjs-container a[href*="${selector}"]`).first();
  await link.waitFor();
  await link.scrollIntoViewIfNeeded();
  const href = await link.getAttribute('href');
  if (await link.getAttribute('target') !== '_blank') {
    throw new Error(`${user}: the link ${href} does not open beside the task`);
  }
  const answer = await page.context().request.get(new URL(href, base).toString(), { maxRedirects: 0 });
  const body = await answer.body();
  if (answer.status() !== 200 || !String(answer.headers()['content-type']).startsWith(type)) {
    throw new Error(`${user}: ${href} answered ${answer.status()} ${answer.headers()['content-type']} with the Tasklist sign-in`);
  }
  return body;
}

function taskIdOf(page) {
  return new URL(page.url().replace('#/?', '?')).searchParams.get('task');
}

async function radio(page, label) {
  await page.getByLabel(label, { exact: true }).check();
}

async function complete(page, user) {
  await dismissNotifications(page);
  const task = taskIdOf(page);
  await page.getByRole('button', { name: /^(Complete|完成)$/ }).click();
  await completed(page, user, task);
}

/** A form-js select: opens it by its label and picks the option. */
async function choose(page, label, option) {
  await page.locator('.fjs-form-field-select').filter({ hasText: label }).first().locator('.fjs-input-group').click();
  await page.locator('.fjs-dropdownlist-item').filter({ hasText: option }).first().click();
}

/**
 * A form-js date (and time): typed as the picker reads it — the browser's locale format (form-js's
 * own rule), HH:mm. The time goes into form-js's time picker (the field's second <input> is the
 * date calendar's hidden year box); not clicked: its open list of times covers it.
 */
async function date(page, label, isoDate, time) {
  const [y, m, d] = isoDate.split('-').map(Number);
  const field = page.locator('.fjs-form-field-datetime').filter({ hasText: label }).first();
  const day = field.locator('input').first();
  const typed = await day.evaluate((_, [yy, mm, dd]) => new Intl.DateTimeFormat('default').format(new Date(yy, mm - 1, dd, 12)), [y, m, d]);
  await day.fill(typed);
  await day.press('Tab');
  if (time) {
    const clock = field.locator('.fjs-timepicker input');
    await clock.fill(time);
    await clock.press('Tab');
  }
}

/** "Start process": picks the process by its name, fills its start form, starts it. */
async function startProcess(page, user, name, fill) {
  await dismissNotifications(page);
  await page.getByText('Start process').first().click();
  const modal = page.locator('.modal-content').first();
  await modal.getByText(name).first().click();
  await modal.locator('.fjs-container').first().waitFor();
  await fill(modal);
  await page.waitForTimeout(500); // form-js takes typed text in after a short debounce
  await noEngineText(page, `${user} filled the start form of ${name}`);
  await shot(page, `${user}-start-form`);
  await modal.getByRole('button', { name: /^(Start|启动|开始)$/ }).click();
  await page.locator('.modal-content').waitFor({ state: 'detached' });
  await noEngineText(page, `${user} started ${name}`);
}

/** Finds the task of {@code filter} whose entry shows {@code text}, opens it and claims it. */
async function openAndClaim(page, user, filter, text, facts) {
  await dismissNotifications(page);
  await page.getByText(filter).first().click();
  const entry = page.locator('ol.tasks-list li.task').filter({ hasText: text }).first();
  await entry.waitFor();
  await shot(page, `${user}-list`);
  await entry.locator('h4.task a').first().click();
  await page.getByText(facts).first().waitFor();
  await noEngineText(page, `${user} opened the task`);
  await claimIfNeeded(page);
  await page.getByText(facts).first().waitFor();
}

/** Today in China, as yyyy-mm-dd. */
function chinaToday() {
  return new Date(Date.now() + 8 * 3600 * 1000).toISOString().slice(0, 10);
}

(async () => {
  fs.mkdirSync(shots, { recursive: true });
  mark('browser starting');
  // one profile for every user (signIn ends the previous session): Tasklist's scripts are fetched once
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'tasklist-walk-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--no-sandbox'],
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    viewport: { width: 1400, height: 900 },
  });
  try {
    // --- recording-access approval: the department head; a reject without a reason is stopped by the form itself
    let page = await signIn(context, 'ops.head');
    if (await page.locator('.create-task-action').first().isVisible()) {
      throw new Error('ops-head is offered "Create task" (free tasks belong to no case)');
    }
    // the head of operations (the directory's) may ask for a shutdown; the rest of operations may not
    if (!(await startOffers(page, APPLICATION)).includes(SHUTDOWNS)) {
      throw new Error(`ops-head is not offered "${SHUTDOWNS}" in Start process`);
    }
    await openTask(page, 'ops-head');
    await claimIfNeeded(page);
    // the process assigned this decision to the head: no "×" to give it back (the engine would refuse)
    await page.locator('ul.actors.meike-assigned-by-process').waitFor({ state: 'attached' });
    if (await page.locator('ul.actors li.assignee .unclaim').first().isVisible()) {
      throw new Error('ops-head is offered the "×" on a decision its process assigned to them');
    }
    await comment(page, 'ops-head', '已向申请人核实用途 checked the use with the applicant');
    await followUp(page);
    await page.getByLabel('驳回 Reject').check();
    await page.getByRole('button', { name: /^(Complete|完成)$/ }).click();
    await page.locator('.fjs-form-field-error').first().waitFor(); // the form marks the comment
    await noEngineText(page, 'ops-head rejected without a reason');
    await page.getByText(order).first().waitFor(); // still on the task: nothing was sent
    await decide(page, 'ops-head', '争议处理需要，同意 Needed for the dispute, approved');
    mark('ops.head decided the approval');

    // the head of security sees who decided when, then decides
    page = await signIn(context, 'sec.head');
    await openTask(page, 'sec-head');
    const decidedBy = await page.getByLabel(/Decided by/).first().inputValue();
    const decidedAt = await page.getByLabel(/Decided at/).first().inputValue();
    if (!decidedBy || !decidedAt) {
      throw new Error(`the security head does not see who decided first and when ("${decidedBy}", "${decidedAt}")`);
    }
    await claimIfNeeded(page);
    await shot(page, 'sec-head-2-form');
    await decide(page, 'sec-head', '同意，限本订单 Approved for this order only');
    mark('sec.head decided the approval');

    // --- incident, the same head of security: registers one from the start form ...
    await startProcess(page, 'sec-head', '个人信息安全事件处置', async (form) => {
      await date(form, '发现日期 Discovered on', chinaToday(), '00:00'); // always past, whenever the walk runs
      await form.getByLabel(/事件经过 What happened/).fill('走查：测试桶误设为公开读 walk: a test bucket was public');
      await form.getByLabel(/涉及系统 Systems involved/).fill('media-store');
      await form.getByLabel(/个人信息类别 Categories/).fill('device.camera');
      await form.getByLabel(/涉及人数/).fill('3');
      await choose(form, '初步分级 First grading', '一般 (general)');
    });
    // ... and assesses the scope of the incident the list names by its number
    await openAndClaim(page, 'sec-head-incident', INCIDENTS, incident, '事件概况 The incident');
    await comment(page, 'sec-head-incident', '范围已核实：仅相机上传 scope checked: camera uploads only', '事件概况 The incident');
    await shot(page, 'sec-head-incident-form');
    await complete(page, 'sec-head-incident');
    mark('sec.head started and assessed incidents');

    // --- yearly drill, the same head of security: this year's drill, found by its number
    if (drill === '-') {
      console.log('[walk] yearly drill: this year\'s drill was recorded on this database in an earlier run; not walked');
    } else {
      await openAndClaim(page, 'sec-head-drill', INCIDENTS, drill, '现行预案 The plan in force');
      const plan = await page.getByLabel(/现行预案 The plan in force/).first().inputValue();
      if (!plan.trim()) {
        throw new Error('sec-head: the drill task does not show the plan in force');
      }
      await comment(page, 'sec-head-drill', '演练已与客服、法务共同完成 held with customer service and legal', '现行预案 The plan in force');
      await date(page, '演练日期 Held on', chinaToday());
      await page.getByLabel(/演练情景 Scenario/).fill('走查：儿童账号手机号泄露 walk: children\'s phone numbers leaked');
      await page.getByLabel(/参与岗位/).fill('安全负责人、客服主管、法务 head of security, CS supervisor, legal');
      await page.getByLabel(/发现的问题 What was found/).fill('监护人联系方式不全 guardians\' contacts incomplete');
      await page.getByLabel(/改进措施 What will change/).fill('补全监护人联系方式 complete the guardians\' contacts');
      await shot(page, 'sec-head-drill-form');
      await complete(page, 'sec-head-drill');
      mark('sec.head recorded the yearly drill');
    }

    // the applicant follows the application: both decisions and the grant, read only
    page = await signIn(context, 'ops.agent', '我的任务 My tasks');
    const offeredToMember = await startOffers(page, APPLICATION);
    if (offeredToMember.includes(SHUTDOWNS)) {
      throw new Error(`ops-agent, not head of operations, is offered "${SHUTDOWNS}" in Start process: ${offeredToMember}`);
    }
    await page.getByText('我的申请 My applications').first().click();
    const mine = page.locator(`.meike-application[data-order="${order}"]`);
    await mine.waitFor();
    const application = await mine.innerText();
    for (const expected of ['已批准 Approved', '部门负责人 Department head', '安全负责人 Head of security', '授权 Grant', '有效 Valid']) {
      if (!application.includes(expected)) {
        throw new Error(`the applicant's "My applications" does not show "${expected}": ${application}`);
      }
    }
    await noEngineText(page, 'ops-agent read their applications');
    await shot(page, 'ops-agent-1-my-applications');
    mark('ops.agent read My applications');

    // --- complaint: customer service finds it by its number, opens the attachment with the Tasklist sign-in
    page = await signIn(context, 'cs.agent', COMPLAINTS);
    await openFromList(page, 'cs-agent', COMPLAINTS, complaint, complaint);
    const attachment = await opensWithTheSignIn(page, 'cs-agent', '/attachments/', 'application/pdf');
    if (!attachment.toString('latin1').startsWith('%PDF')) {
      throw new Error('cs-agent: the attachment is not the complainant\'s file');
    }
    await shot(page, 'cs-agent-2-attachment-link');
    // the same task opened from a link (as from a reminder), unclaimed: Claim keeps the form open
    const taskId = taskIdOf(page);
    await page.goto('about:blank');
    await page.goto(`${base}/camunda/app/tasklist/default/#/?task=${taskId}`);
    const claim = page.getByRole('button', { name: /^(Claim|认领)$/ });
    await claim.first().waitFor();
    await page.waitForFunction((v) => [...document.querySelectorAll('input')].some((e) => e.value === v), complaint);
    await claim.first().click();
    await page.locator('[cam-tasklist-task-meta] .claim').waitFor({ state: 'detached' }).catch(() => {});
    await page.waitForTimeout(1500);
    if (taskIdOf(page) !== taskId || await page.locator('.fjs-container').count() === 0) {
      throw new Error(`cs-agent: pressing Claim on a task opened from a link closed its form (${page.url()})`);
    }
    await page.waitForFunction((v) => [...document.querySelectorAll('input')].some((e) => e.value === v), complaint);
    await noEngineText(page, 'cs-agent claimed the task opened from a link');
    await radio(page, '升级至主管 Escalate to a supervisor');
    await page.getByLabel(/Why you escalate/).fill('顾客要求主管答复 The customer asks for a supervisor');
    // a claimed complaint can be given back: its "×" stays
    if (!(await page.locator('ul.actors li.assignee .unclaim').first().isVisible())) {
      throw new Error('cs-agent cannot give back the complaint they claimed (no "×")');
    }
    await shot(page, 'cs-agent-3-form');
    await complete(page, 'cs-agent');
    mark('cs.agent escalated the complaint');

    // --- rights request, the same agent: finds the verified request by its number and fulfils it
    await openAndClaim(page, 'cs-agent-rights', RIGHTS, rights, '请求类型 Kind');
    await comment(page, 'cs-agent-rights', '已核对账户，可提供副本 account checked, a copy can be given', '请求类型 Kind');
    await radio(page, '办理 Fulfil');
    await page.getByLabel(/给申请人的答复/).fill('您的个人信息副本已生成，请在应用内下载。 Your copy is ready in the app.');
    await shot(page, 'cs-agent-rights-form');
    await complete(page, 'cs-agent-rights');
    mark('cs.agent fulfilled the rights request');

    // the supervisor reads the escalation in the complaint's history, and answers
    page = await signIn(context, 'cs.head', COMPLAINTS);
    await openFromList(page, 'cs-head', COMPLAINTS, complaint, complaint);
    const history = await page.getByLabel(/History so far/).first().inputValue();
    if (!history.includes('ESCALATED') || !history.includes('cs.agent')) {
      throw new Error(`cs-head: the complaint's history does not show the escalation by cs.agent: ${history}`);
    }
    await claimIfNeeded(page);
    await radio(page, '答复 Answer');
    await page.getByLabel(/Answer to the complainant/).fill('已安排重新上门服务 We will send a beautician again at no charge.');
    await radio(page, '部分成立 Partially upheld');
    await shot(page, 'cs-head-2-form');
    await complete(page, 'cs-head');
    mark('cs.head answered the complaint');

    // --- lawful disclosure: legal finds the request by its number, reads the document, explains and decides
    page = await signIn(context, 'legal.counsel', LAWFUL);
    await page.getByText(LAWFUL).first().click();
    const request = page.locator('ol.tasks-list li.task').filter({ hasText: lawful }).first();
    await request.waitFor();
    await shot(page, 'legal-counsel-1-list');
    await request.locator('h4.task a').first().click();
    await page.getByText('机关类别 Authority').first().waitFor();
    await page.getByText('打开法律文书 Open the legal document').first().waitFor();
    await noEngineText(page, 'legal-counsel opened the task');
    await opensWithTheSignIn(page, 'legal-counsel', '/document', '');
    await claimIfNeeded(page);
    await comment(page, 'legal-counsel', '已与签发机关核实 verified with the issuing body', '机关类别 Authority');
    await radio(page, '批准披露 Approve the disclosure');
    await page.getByLabel(/理由 Reason/).fill('调查函与范围相符 The investigation letter covers the scope');
    await shot(page, 'legal-counsel-2-form');
    await complete(page, 'legal-counsel');
    mark('legal.counsel decided the lawful disclosure');

    // --- shutdown: the privacy officer asks from the start form, finds the request by its service and rejects it
    page = await signIn(context, 'privacy.officer', SHUTDOWNS);
    await startProcess(page, 'privacy-officer', '停运数据处置 Shutdown data disposal', async (form) => {
      await choose(form, '停运的服务 Service to shut down', '语音购物 (voice shopping)');
      await date(form, '停运日期 Shutdown date', shutdownDate);
      await form.getByLabel(/停运原因 Reason/).fill('走查：语音购物下线评估 walk: voice shopping may be retired');
    });
    await openAndClaim(page, 'privacy-officer-shutdown', SHUTDOWNS, '语音购物', '最早可停运日');
    await comment(page, 'privacy-officer-shutdown', '业务方仍需此功能 the business still needs it', '最早可停运日');
    await radio(page, '驳回 Reject');
    await page.getByLabel(/理由（必填）/).fill('业务方仍需此功能，暂不停运 The business still needs it; not now');
    await shot(page, 'privacy-officer-shutdown-form');
    await complete(page, 'privacy-officer-shutdown');
    mark('privacy.officer asked for and rejected a shutdown');

    // --- regulator's report, the same privacy officer: an incident graded 较大 (relatively major),
    // assessed and contained, waits for its report; found by its number, the facts and the draft
    // read, explained, submitted, and the submission read in the incident's history afterwards
    await openAndClaim(page, 'privacy-officer-report', INCIDENTS, reportIncident, '由记录生成的报告');
    const facts = await page.getByLabel(/事件概况 The incident/).first().inputValue();
    const draft = await page.getByLabel(/由记录生成的报告/).first().inputValue();
    if (!facts.includes('走查：导出文件误发 walk: an export was sent to the wrong partner') || !draft.trim()) {
      throw new Error(`privacy-officer: the report task does not show the incident and the draft ("${facts}", "${draft}")`);
    }
    await comment(page, 'privacy-officer-report', '已电话告知网信办值班人员 the CAC duty officer was phoned', '由记录生成的报告');
    const now = new Date(Date.now() + 8 * 3600 * 1000).toISOString(); // China time, to the minute
    await date(page, '提交日期 Submitted on', now.slice(0, 10), now.slice(11, 16));
    await page.getByLabel(/回执编号/).fill('网信报〔2026〕走查号');
    await shot(page, 'privacy-officer-report-form');
    await complete(page, 'privacy-officer-report');
    await openFromList(page, 'privacy-officer-notices', INCIDENTS, reportIncident, '');
    await page.waitForFunction(() => [...document.querySelectorAll('textarea')].some((e) => e.value.includes('网信报〔2026〕走查号')));
    const after = await page.getByLabel(/处理记录 History so far/).first().inputValue();
    if (!after.includes('REPORT_SUBMITTED') || !after.includes('privacy.officer')) {
      throw new Error(`privacy-officer: the incident's history does not show the report submitted: ${after}`);
    }
    await shot(page, 'privacy-officer-report-history');
    mark('privacy.officer submitted the regulator\'s report');

    // --- an administrator is offered no process to start
    page = await signIn(context, 'admin', 'Start process');
    await page.getByText('Start process').first().click();
    await page.locator('.modal-content').first().waitFor();
    await page.waitForTimeout(1500);
    const offered = await page.locator('.modal-content').first().innerText();
    if (/录音调取审批|Recording access|Breach|Data-subject|个人信息/.test(offered)) {
      throw new Error(`admin is offered processes to start: ${offered}`);
    }
    mark('admin was offered nothing');
    console.log('1 passed, 0 failed');
  } finally {
    await context.close();
    fs.rmSync(profile, { recursive: true, force: true });
  }
})().catch((e) => {
  console.error(e.stack || String(e));
  console.log('0 passed, 1 failed');
  process.exit(1);
});
